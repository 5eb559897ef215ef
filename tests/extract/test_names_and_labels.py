"""Numbers that name something rather than count it, found reading BBC copy (sentences ours)."""

import pytest

import factcheck


@pytest.mark.parametrize("sentence", [
    "He will miss the Six Nations with a knee injury.",
    "Her new single One Night will be out next week.",
    "It was their first Five or Six Nations title for a decade.",
    "It became the band's third number one single.",
    "He was picked for the number seven shirt.",
    "No-one at the meeting spoke.",
    "She is the reigning 200m champion.",
    "The 4x400m relay team were disqualified.",
])
def test_names_and_labels_are_no_claims(sentence):
    claims = factcheck.extract(sentence)
    assert not claims["kind"].isin(["count", "measure", "money", "percent"]).any(), claims[["text", "kind"]]


@pytest.mark.parametrize("sentence, figure", [
    ("Two people were hurt, and the song fell to number six.", "six"),
    ("The athletes ran 800m before breakfast.", "800m"),
    ("He has lived there for the last 16 years.", "16 years"),
])
def test_figures_beside_such_words_stay_claims(sentence, figure):
    claims = factcheck.extract(sentence)
    assert figure in set(claims["text"]), claims[["text", "kind"]]


def test_character_references_are_read_as_characters():
    from factcheck.ingest.decode import clean_text
    assert clean_text("a caf&#233; in F&#244;n &amp; more") == "a café in Fôn & more"
    assert factcheck.extract(clean_text("Bryn F&#244;n sang in the caf&#233;.")).empty


def reading(sentence: str, figure: str, column: str):
    """One column of the claim ``figure`` in the sentence's claims table."""
    return factcheck.extract(sentence).set_index("text").loc[figure, column]


def test_handed_over_is_no_lower_bound():
    assert reading("The rapper handed over $103,500 to the charity.", "$103,500", "qualifier") == ""
    assert reading("The bowler took over 200 wickets.", "over 200", "qualifier") == "over"


def test_a_listed_part_after_a_name_is_no_age():
    sentence = "The repair took 140 engineers: 90 from Eastmarch Water, 35 from contractors and 15 from Fenholt."
    assert reading(sentence, "35", "kind") == "count"
    assert reading("John Smith, 45 from Leeds, was hurt.", "45", "kind") == "age"
    # the part before names its noun: '70 yachts from Ireland, 31 from Britain'
    sentence = "The field is made up of 70 yachts from Ireland, 31 from Britain and 14 from elsewhere."
    assert reading(sentence, "31", "kind") == "count"


def test_goes_up_to_a_figure_from_another_is_where_it_moved():
    assert reading("The minimum fare goes up to Rs 48 from Rs 40 on Monday.", "Rs 48", "qualifier") == ""
    assert reading("The fine goes up to £5,000 for a second offence.", "up to £5,000", "qualifier") == "up to"


@pytest.mark.parametrize("sentence, figure, kind", [
    ("He makes his debut in the mass participation 10km race.", "10km", "identifier"),
    ("She won the women's 60m race.", "60m", "identifier"),
    ("The UK now has 19 broadband lines per 100 people.", "100", "other"),
    # the record a figure sets, a rate 'every N minutes', a distance run: still claims
    ("The river peaked just under the 6m record set in 1947.", "6m", "measure"),
    ("Trams will run every 6 minutes.", "6 minutes", "measure"),
    ("She ran 10km in 40 minutes.", "10km", "measure"),
])
def test_race_names_and_rate_denominators(sentence, figure, kind):
    assert reading(sentence, figure, "kind") == kind


def test_a_person_called_by_age_is_no_subject_old():
    assert reading("The 28-year-old, who joined Harrowby from Fenby for £1.2m, is fit again.", "£1.2m", "subject") != "old"


@pytest.mark.parametrize("sentence, figure, subject", [
    ("Between 15,000 and 20,000 couples go to court each year.", "Between 15,000 and 20,000", "couple"),
    ("A couple of people were hurt.", "A couple", "people"),
])
def test_couples_counted_and_a_couple_of(sentence, figure, subject):
    assert reading(sentence, figure, "subject") == subject


def test_a_size_set_off_beside_the_subject_is_not_negated_by_its_verb():
    sentence = "The animals, some as long as 60 metres, cannot be lifted by hand."
    assert not reading(sentence, "as long as 60 metres", "negated")
    assert reading("The animals cannot be lifted to 60 metres.", "60 metres", "negated")
