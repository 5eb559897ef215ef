"""General wording of real copy for FC401: an age and a year of birth in different sentences,
their owner resolved by name, role or pronoun (and left alone when unsure).
"""

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from rule_helpers import fires

RULES = {rule.code: rule for rule in load_rules()}
PUBLISHED = "2026-04-10"



# --- FC401: age vs year of birth, across sentences (owner resolved by name, role or pronoun) -------

def fires_at(code: str, text: str, published: str = PUBLISHED) -> bool:
    return fires(code, text, published)


@pytest.mark.parametrize("text", [
    # surname in both sentences, with another sentence between
    "Jo Orme was trapped for two days. Orme, 42, was freed on Monday. Rescuers praised him. "
    "Orme, who was born in 1990, is recovering.",
    # "Born in 1990, he" -> the one person just named
    "Jo Orme was trapped underground. Born in 1990, he has worked at the pit for ten years. Orme, 42, was freed.",
    # a role noun tied to a name earlier in the article
    "The education minister, Sara Bell, was born in 1971 in Leeds. Teachers met her on Monday. "
    "The 49-year-old minister said exams would go ahead.",
    "The curator, Ann Lyle, said the gold was irreplaceable. Lyle was born in 1961 in Kell. "
    "Police spoke to staff. The 58-year-old curator said she was devastated.",
    # "The 58-year-old" opening a sentence -> the person just named
    "Union leader Deniz Kemal addressed the rally. Born in 1979, she joined the airline as a steward. "
    "The 58-year-old told members to hold firm.",
    # where, then when, then the person
    "Whitcombe, 58, confirmed the purchase. Born in the mining town of Mundaree, Western Australia, in 1961, "
    "Whitcombe made his fortune in iron ore.",
    # ages of the past in the later sentence do not hide the age now
    "Arjun Sethi, born on March 14, 1999, rode the winner on Saturday. The 24-year-old learnt to ride "
    "before he was 10 and rode his first winner at 17.",
])
def test_age_birth_pairs_one_person_across_sentences(text):
    assert fires_at("FC401", text)


@pytest.mark.parametrize("text", [
    # the age agrees with the year of birth at publication (35 or 36 in April 2026)
    "Jo Orme was trapped for two days. Orme, 35, was freed on Monday. Orme, who was born in 1990, is recovering.",
    # "she" could mean either of two people named together
    "Jo Orme and Ann Lyle were trapped. Born in 1990, she has worked at the pit for ten years. Orme, 42, was freed.",
    # one surname, two people
    "Jo Orme was trapped. His father, Tom Orme, was born in 1950. Orme, 42, was freed.",
    # a relative who shares the surname: "her sister, Kate Orme, 29" is not Jo Orme
    "Jo Orme was born in 1990 in Kell. \"She never gives up,\" said her sister, Kate Orme, 29.",
    # "the 49-year-old" after another person is named
    "The minister, Sara Bell, was born in 1971. Her deputy, Owen Price, spoke. The 49-year-old said exams would go ahead.",
    # someone new, or someone else
    "Jo Orme was born in 1990. A 42-year-old man was arrested.",
    "Jo Orme was born in 1990. Ann Lyle, 42, was freed.",
    # the age of a relative named beside the person born
    "At 58, Tom Smith, born in 1968, is the oldest player in the league, and his son, 30, is the youngest.",
    # a year after a place and a verb of another deed is no year of birth
    "Whitcombe, 58, confirmed the purchase. Born in Leeds, he moved to London in 1961 and made his fortune.",
    # the later sentence's only age now agrees (26 or 27 in April 2026)
    "Arjun Sethi, born on March 14, 1999, rode the winner on Saturday. The 27-year-old learnt to ride "
    "before he was 10 and rode his first winner at 17.",
])
def test_age_birth_stays_silent_when_the_owner_is_unsure(text):
    assert not fires_at("FC401", text)


def test_age_birth_needs_a_publication_date():
    example = "Jo Orme was trapped. Orme, 42, was freed. Orme, who was born in 1990, is recovering."
    assert not any(f.rule == "FC401" for f in run_example(RULES["FC401"], example))


def test_a_full_name_the_tagger_misses_is_known_by_its_surname_opening_a_sentence():
    """'Kenya's Ndirangu Mwaura' is not tagged a person; 'Mwaura, who was born in 2001' names him."""
    from factcheck.rules.checks.time_people import people_of
    text = ("BELLWOOD, Nov 23 (Wire) - Kenya's Ndirangu Mwaura said on Monday he had run on feel.\n\n"
            "Mwaura, who was born in 2001 in the village of Kapsowar, finished in 2:10:02.")
    assert "ndirangu mwaura" in people_of(text).full_names
    # the end of a longer name is no one's: 'Port Alder General Hospital'
    assert not people_of("Nine were taken to Port Alder General Hospital. Hospital, who said nothing, "
                         "declined to comment.").full_names.get("general hospital")


# --- FC401: a rank before a bracketed age; a title's gender telling two of one surname apart -------

@pytest.mark.parametrize("text", [
    # an age in brackets after a rank and a full name, then a comma: the person's age
    "The trawler's skipper, Captain Aidan Rourke (44), has fished out of the harbour for 20 years. "
    "Born in Kilbride in 1961, he was not on board.",
    # 'Mr Dolan' is the man of two Dolans when the other is 'his daughter'
    "Mr Dolan, 58, a retired signalman, died on Sunday. His daughter, Aoife Dolan, 31, thanked the nurses. "
    "Born in Athmore in 1951, Mr Dolan worked on the railway for 40 years.",
])
def test_an_age_resolved_by_rank_or_title_contradicts_the_year_of_birth(text):
    assert fires_at("FC401", text, "2026-12-05")


@pytest.mark.parametrize("text", [
    # a place and its count in brackets, after a word that is no rank
    "Boats landed at Port Inchmurra (44), Port Selby (26) and Kilbride (12). Born in 1961, she counted them.",
    # 'Mr Dolan' when the other Dolan is a man too, and named in full: no telling which
    "Mr Dolan, 58, a retired signalman, died on Sunday. His son, Ciaran Dolan, 31, thanked the nurses. "
    "Born in Athmore in 1951, Mr Dolan worked on the railway for 40 years. Eamon Dolan was 60.",
])
def test_an_age_of_an_unresolved_owner_is_left_alone(text):
    assert not fires_at("FC401", text, "2026-12-05")
