"""Labels that name again a figure of their own article (session 32): a narrowing word that is the
earlier figure's holder, a label whose sentence tells what will befall the set, a thing first
given with its name after its noun, a figure set against another's limit, and yearless dates
that lie a few days ahead of publication.

Each case is our own wording of a general pattern of news copy.
"""

from datetime import date

import pytest

from factcheck.track.when import claim_day

from track_helpers import fires_within


@pytest.mark.parametrize("text", [
    # the narrowing word names the holder the earlier figure's sentence gave
    "The monkey house held 160 animals before the fire, from 38 species. The zoo said that all 210 animals in "
    "the monkey house had been accounted for.",
    # a set named again in a sentence that tells what will happen to it next week
    "Local 12 has 1,400 members at the depot. All 1,100 members will walk out at 6 a.m. Monday, Dec. 7, the "
    "union said.",
    # the earlier figure named the thing right after its noun
    "Four of the six crew of the 24-metre trawler Morning Star were rescued from a life raft. The 31-metre "
    "Morning Star, built in 1991, was one of 30 boats registered in the port.",
    # a figure set against another's limit no longer hides the label beside it
    "The club said the 4.5-metre float had passed its checks. But the guild said the six-metre-high float was "
    "well above the 4.9 metres it allows.",
])
def test_a_label_naming_a_figure_again_with_another_value_fires(text):
    assert fires_within(text)


@pytest.mark.parametrize("text", [
    # a label narrowed by another holder after its noun
    "Nine dogs trained by Harold Pike failed drug tests. The two dogs from Jean Orme's kennel that failed "
    "retests will be dealt with at a hearing on December 12.",
    # the narrowing word is nobody's holder in the earlier sentence
    "The monkey house held 160 animals before the fire. The zoo said that all 210 animals in the park had been "
    "accounted for.",
    # a label dated by its own past deed, unlike the figure it would name
    "Volunteers returned 26 whales to the sea, and seven remain on the beach tonight. Eight whales were "
    "refloated at dawn, adding to the 18 that were guided out on Monday evening.",
    # a different name after the earlier figure's noun
    "The crew of the 24-metre trawler Morning Star were rescued. The 31-metre Evening Star, built in 1991, "
    "went to help.",
])
def test_a_label_that_names_another_set_is_left_alone(text):
    assert not fires_within(text)


def test_a_yearless_date_a_few_days_ahead_is_in_the_papers_year():
    # 'Monday, Nov. 23' in a paper of Saturday 21 November is the coming Monday, not last year's
    assert claim_day(["Monday, Nov. 23"], "2026-11-21").date == date(2026, 11, 23)
    # a date weeks ahead without a weekday: a coming event of the same year
    assert claim_day(["Dec. 3"], "2026-11-27").date == date(2026, 12, 3)
    # a date far ahead is last year's ('Dec. 30' in a January paper)
    assert claim_day(["Dec. 30"], "2026-01-10").date == date(2025, 12, 30)
    # a weekday that fits only last year's date keeps last year
    assert claim_day(["Sunday, Nov. 23"], "2026-11-21").date == date(2025, 11, 23)


def test_a_size_hyphened_to_its_thing_is_not_what_a_denial_denies():
    # 'would not restart' denies the work, not the tower's height; the tower's name is no place
    assert fires_within("The fallen crane was one of two working on the 32-storey Harbour Point tower, which had reached "
                        "its 19th floor. Halden Construction said work on the 23-storey tower would not restart until the "
                        "inquiry was complete.")
    assert not fires_within("The fallen crane was one of two working on the 32-storey Harbour Point tower. Halden "
                            "Construction said it would not build the 23-storey tower it had planned beside it.")


def test_a_set_its_holder_owns_is_named_again_whatever_its_sentences_verb():
    # 'its three hospitals' names the system's hospitals, though its sentence tells what staff did there
    assert fires_within("The outage sent staff at its three hospitals back to paper charts, the health system said. "
                        "Nurses at all four of the system's hospitals were told to write orders by hand.")
    # a toll is no set its holder owns
    assert not fires_within("The blast killed three of its workers on Monday. All 40 of the plant's workers were sent home.")
