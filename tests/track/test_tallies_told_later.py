"""Session 49, running totals read in general form from set 55: a tally told as it stood on a named later day is
the tally, not that day's cases; a tally kept to date that 'remains' somewhere is no remnant of the day; a report or
a count is no doer of a tally; an article the tagger took into a name does not part two names. Our own wording;
each case has its near miss."""

from pathlib import Path

from factcheck.pipeline import run_audit
from factcheck.rules.examples import run_example
from factcheck.track.facts import _left_on_the_day
from factcheck.track.ties import _actors
from track_helpers import articles, claims_by_text, rule_of

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "rules"

EARLIER = ("2027-03-06", "The measles outbreak centred on Kelby College has begun to spread into the wider Tarlow "
                         "community, health officials said Saturday, as the number of confirmed cases rose to 64.")


def _fall(*reports: tuple[str, str, str]) -> list[str]:
    return [f.message for f in run_example(rule_of("FC203"), articles(*reports))]


def test_a_tally_told_as_of_a_later_named_day_is_the_tally():
    later = ("Tarlow Health's Tuesday update put the Kelby College outbreak at 58 confirmed cases, with another 12 "
             "probable cases awaiting tests.")
    found = _fall(("Harbour Post", *EARLIER), ("Northern Ledger", "2027-03-09", later))
    assert len(found) == 1 and "64" in found[0] and "58" in found[0]


def test_cases_that_fell_ill_on_a_later_named_day_are_that_days():
    later = "Eleven more students at Kelby College fell ill with measles on Tuesday, Tarlow Health said."
    assert _fall(("Harbour Post", *EARLIER), ("Northern Ledger", "2027-03-09", later)) == []


def test_a_tally_to_date_that_remains_somewhere_is_no_remnant_of_the_day():
    so_far = claims_by_text("The 11 people arrested so far remain in police custody.")["11"]
    left = claims_by_text("Two people injured in the storm remain in hospital.")["Two"]
    assert not _left_on_the_day(so_far)
    assert _left_on_the_day(left)


def test_set_55_tallies_across_a_week():
    """Set 55: 'taking the total number of arrests to 13' (9 January) / 'The 11 persons arrested so far remain in
    police custody' (12 January); 'the number of confirmed cases rose to 81' (8 January) / "North Coast Health's
    Tuesday update put the outbreak at 74 confirmed cases" (11 January)."""
    folder = SETS / "heldout55" / "articles"
    skimmer = run_audit(sorted(folder.glob("skimmer-*.md")), rules=[rule_of("FC203")]).findings
    assert any("13" in f.message and "11" in f.message for f in skimmer)
    mumps = run_audit(sorted(folder.glob("mumps-*.md")), rules=[rule_of("FC203")]).findings
    assert any("81" in f.message and "74" in f.message for f in mumps)


def test_an_article_taken_into_a_name_is_left_out():
    put = claims_by_text("Tarlow Health put the Kelby College outbreak at 58 confirmed cases.")["58"]
    assert "the Kelby College" in put.entities  # (as the tagger reads it)
    assert "kelby college" in _actors(put) and "the kelby college" not in _actors(put)
