"""Figures of one story that only look like one fact: a tally that grew by a later day, the
second side of 'N by M', importers of two countries, a bracketed part of a fact-box line; and
a named thing's own count ('the ship has 82 ward beds'), which is one fact across reports."""

import pytest

from factcheck.model import Claim
from factcheck.rules.checks.fact_conflict import tally_wording
from factcheck.rules.checks.swapped_digits import _BRACKETED_AFTER_FIGURE, _states_the_other
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.ties import _PER_TIME_AFTER

from tests.rules.rule_helpers import audit_of, claim
from track_helpers import articles, keys_of

RULES = {r.code: r for r in load_rules()}


#: Two reports, and whether FC201 must find them in conflict.
TWO_REPORTS = [
    pytest.param(
        ("Harbour Post", "2026-01-18", "Glenrowan Airport said that about 3,000 delayed bags had been reunited "
                                       "with their owners."),
        ("Northern Ledger", "2026-01-20", "About 4,900 delayed bags had been reunited with their owners by "
                                          "Monday evening, Glenrowan Airport said."),
        False, id="a-count-done-by-a-later-day-that-grew-is-an-update"),
    pytest.param(
        ("Harbour Post", "2026-11-23", "About 55% of the oysters at the Carrow farm of Tullagh Pearls have died"
                                       " since divers found the first dead shells, the company said."),
        ("Northern Ledger", "2026-11-25", "More than 70 per cent of the oysters at the Carrow farm of Tullagh "
                                          "Pearls have now died, the company said."),
        False, id="a-share-that-is-now-higher-is-an-update"),
    pytest.param(
        ("Harbour Post", "2026-01-18", "About 4,900 delayed bags had been reunited with their owners by Sunday "
                                       "evening, Glenrowan Airport said."),
        ("Northern Ledger", "2026-01-20", "About 3,000 delayed bags had been reunited with their owners by "
                                          "Sunday evening, Glenrowan Airport said."),
        True, id="a-lower-figure-later-is-still-a-conflict-when-it-is-a-tally"),
    pytest.param(
        ("Harbour Post", "2026-11-22", "Police said a section of the floor measuring about 40 ft by 30 ft gave "
                                       "way at the Ranipur hall."),
        ("Northern Ledger", "2026-11-23", "A 40 ft by 30 ft section of the floor gave way at the Ranipur hall "
                                          "on Saturday."),
        False, id="the-second-side-of-n-by-m-is-a-width"),
    pytest.param(
        ("Harbour Post", "2025-12-06", "India imports about 14,000 tonnes of olive oil a year from Kalesia, "
                                       "according to the Olive Importers' Association."),
        ("Northern Ledger", "2025-12-06", "Ireland imports about 9,000 tonnes of olive oil a year from Kalesia,"
                                          " according to the Olive Importers' Association."),
        False, id="two-countries-that-import-are-two-facts"),
    pytest.param(
        ("Harbour Post", "2026-02-10", "The hospital ship Lumen Aurora, run by the charity Seabright, has five "
                                       "operating theatres and 82 ward beds, the charity said."),
        ("Northern Ledger", "2026-02-12", "The Lumen Aurora has five operating theatres and 140 ward beds, "
                                          "Seabright said."),
        True, id="a-named-things-own-count-is-one-fact-across-reports"),
    pytest.param(
        ("Harbour Post", "2026-11-30", "The Kelda Valley geothermal plant opened on Friday. The 20 MW plant had"
                                       " been supplying the Kelda grid at full load since then, Kelda Power "
                                       "said."),
        ("Northern Ledger", "2026-12-02", "Kelda Power said the Kelda Valley plant was running at 16 MW on five"
                                          " wells after one well was sealed."),
        False, id="a-state-of-one-thing-that-changes-is-not-tied-without-words-in-common"),
    pytest.param(
        ("Harbour Post", "2026-08-14", "The 286km line will carry trains between Brenholt and Carvane at up to "
                                       "320km/h, cutting the journey to one hour 25 minutes."),
        ("Northern Ledger", "2026-08-15", "The 178-mile line from Brenholt to the port of Carvane opened to the"
                                          " public this morning after nine years of construction."),
        False, id="a-length-converted-and-rounded-agrees"),
]


@pytest.mark.parametrize("first, second, fires", TWO_REPORTS)
def test_two_reports(first, second, fires):
    assert bool(run_example(RULES["FC201"], articles(first, second))) is fires


def test_the_second_side_of_n_by_m_is_a_width():
    keys = keys_of("Police said a section of the floor measuring about 40 ft by 30 ft gave way.")
    assert keys["about 40 ft"] != keys["30 ft"]


def test_a_named_things_own_count_has_a_key():
    keys = keys_of("The hospital ship has five operating theatres and 82 ward beds.")
    assert keys["82"] is not None


@pytest.mark.parametrize("sentence, text, wording", [
    ("About 55% of the 90,000 oysters at the Carrow farm, or roughly 49,500, have died since divers came.",
     "About 55%", (False, True)),     # its 'since' lies beyond the clause; the perfect tells a tally
    ("More than 70 per cent of the oysters at Carrow Reef are now dead.", "More than 70 per cent", (True, True)),
    ("About 4,900 bags had been reunited with their owners by Monday evening.", "About 4,900", (True, True)),
    ("About 3,000 bags had been reunited with their owners.", "About 3,000", (False, True)),
    ("The bridge is 300 metres long.", "300 metres", (False, False)),
])
def test_the_wording_of_a_tally_kept_to_now(sentence, text, wording):
    start = sentence.index(text)
    claim = Claim(id="a:1", article_id="a", text=text, value=1.0, kind="count", unit="", dimension="count",
                  sentence=sentence, sentence_start=0, start=start, end=start + len(text), line=1, low=1.0, high=1.0)
    assert tally_wording(claim) == wording


def test_a_bracketed_part_of_a_fact_box_line_is_not_a_swapped_figure():
    assert _BRACKETED_AFTER_FIGURE.search("- Halls sealed: 41 (")
    assert _BRACKETED_AFTER_FIGURE.search("All households: 2,480 (")
    assert not _BRACKETED_AFTER_FIGURE.search("the Harbour Post (")


def test_a_report_that_gives_the_other_figure_too_counts_two_things():
    thirty_two = claim("They sold 32 fake works.", "32", article="a", low=32.0, subject="work")
    twenty_three = claim("They sold 32 fake works, 23 by Crane.", "23", article="b", low=23.0, subject="work")
    again = claim("They sold 32 fake works, 23 by Crane.", "32", article="b", n=2, low=32.0, subject="work")
    assert _states_the_other(audit_of([thirty_two, twenty_three, again]), thirty_two, twenty_three)  # b says 32 too
    assert not _states_the_other(audit_of([thirty_two, twenty_three]), thirty_two, twenty_three)


MIRROR_DAY_ONE = ("Engineers at the Mount Callow observatory said work on the Harwen Telescope was on schedule. "
                  "They lifted the new 17-tonne mirror into place on Tuesday. The Harwen Telescope will be the "
                  "largest in the south, Mount Callow staff said.")
MIRROR_DAY_TWO = ("Guests watched the dome of the Harwen Telescope swing open above Mount Callow. Its 42-tonne mirror "
                  "was tilted towards the southern sky. The Harwen Telescope team at Mount Callow said first light "
                  "was due in March.")


def test_a_property_of_one_thing_ties_two_reports_of_one_story():
    """(The two sentences share no word but the mirror: the story ties them.)"""
    example = articles(("Harbour Post", "2026-11-10", MIRROR_DAY_ONE), ("Northern Ledger", "2026-11-11", MIRROR_DAY_TWO))
    for article, title in zip(example["articles"], ("Mirror fitted to Harwen Telescope", "Harwen Telescope dome opens")):
        article["title"] = title
    assert run_example(RULES["FC201"], example)


def test_a_conversion_in_brackets_does_not_hide_a_depth():
    keys = keys_of("The bridge is 70 metres long and covered with soil 1.5 metres (5 ft) deep.")
    assert keys["1.5 metres"] != keys["70 metres"]
    assert keys["1.5 metres"] == keys["5 ft"]


@pytest.mark.parametrize("after, rate", [("/second, down from 90", True), (" a second, from a peak", True),
                                         (" per day", True), (" long and 62 metres wide", False),
                                         (" of water", False)])
def test_a_rate_is_not_a_lasting_property(after, rate):
    assert bool(_PER_TIME_AFTER.match(after)) is rate
