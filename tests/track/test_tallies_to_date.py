"""Tallies kept to the day of writing ('bringing the total to 17', 'since the trial began') are
running totals whatever they count, and the people at a gathering are the people of its toll."""

import pytest

from factcheck.model import Claim
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.readings import is_counted_to_date

from track_helpers import articles, keys_of

RULES = {r.code: r for r in load_rules()}


def _count(sentence: str, text: str) -> Claim:
    start = sentence.index(text)
    return Claim(id="a:1", article_id="a", text=text, value=1.0, kind="count", unit="", dimension="count",
                 sentence=sentence, sentence_start=0, start=start, end=start + len(text), line=1, low=1.0, high=1.0)


@pytest.mark.parametrize("sentence,text,to_date", [
    ("Foxes bit three more people on Saturday, bringing the total to 17.", "17", True),
    ("A total of 15 people have been bitten, the council said.", "15", True),
    ("The buses have carried 94,100 passengers since the trial began.", "94,100", True),
    ("The scheme has paid out £4m so far, and 312 claims have been settled to date.", "312", True),
    ("Bringing the number of farms infected to five, the disease reached Kerrow on Monday.", "five", True),
    ("The buses carried 9,400 passengers on Saturday.", "9,400", False),
    ("Since 9am, the ferry has been cancelled.", "9", False),
    ("The club has 300 members, up from 120 in 2019.", "300", False),
])
def test_a_count_kept_to_date_is_read_from_its_wording(sentence, text, to_date):
    assert is_counted_to_date(_count(sentence, text)) is to_date


def test_a_tally_kept_to_date_that_falls_is_a_running_total_decrease_not_a_conflict():
    example = articles(
        ("Harbour Post", "2026-11-29", "Three more people were bitten by foxes in Corrachan on Saturday, "
                                       "bringing the total to 17, the council said."),
        ("Northern Ledger", "2026-12-03", "A total of 15 people have been bitten by foxes in Corrachan since "
                                          "October, the council said."),
    )
    assert run_example(RULES["FC203"], example)
    assert not run_example(RULES["FC201"], example)


def test_a_tally_kept_to_date_that_grows_is_an_update():
    example = articles(
        ("Harbour Post", "2026-11-29", "The trams have carried 86,300 passengers since the trial began."),
        ("Northern Ledger", "2026-12-03", "The trams have carried 94,100 passengers since the trial began."),
    )
    assert not run_example(RULES["FC203"], example)
    assert not run_example(RULES["FC201"], example)


def test_counts_of_single_days_are_not_tied_as_a_tally():
    example = articles(
        ("Harbour Post", "2026-11-29", "The trams carried 9,400 passengers on Saturday, the operator said."),
        ("Northern Ledger", "2026-12-03", "The trams carried 8,600 passengers on Tuesday, the operator said."),
    )
    assert not run_example(RULES["FC203"], example)
    assert not run_example(RULES["FC201"], example)


@pytest.mark.parametrize("noun", ["worshippers", "pilgrims", "supporters", "shoppers", "spectators"])
def test_the_people_at_a_gathering_are_the_people_of_its_toll(noun):
    keys = keys_of(f"About 600 people were evacuated from the cathedral. The 450 {noun} evacuated were "
                   "taken to a school.")
    assert keys["About 600"][:3] == keys["450"][:3] == ("people", "", "evacuate")


@pytest.mark.parametrize("sentence,text,so_far", [
    # a toll given 'in all' is the total as published, whatever day a part of it is told for
    ("In all, 31 children were taken to hospital, police said on Friday.", "31", True),
    ("Eleven people have now been arrested, including five on Thursday.", "Eleven", True),
    ("Five people were arrested on Thursday.", "Five", False),
    ("The ban applies in all 31 counties.", "31", False),
])
def test_a_toll_told_as_the_total_so_far_is_read_from_its_wording(sentence, text, so_far):
    from factcheck.track.ties import _is_total_so_far
    assert _is_total_so_far(_count(sentence, text)) is so_far
