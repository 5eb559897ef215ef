"""FC205 on whole reports of our annotated sets: a measure to the decimal told of one deed in the same
words, a year in another clause of the sentence, and a count of deeds that grew by a later day's tally."""

from functools import cache
from pathlib import Path

from factcheck.ingest import read_paths
from factcheck.pipeline import check_claims, extract_all
from factcheck.rules.loader import load_rules

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "rules"


@cache
def _rule(code: str):
    return next(r for r in load_rules() if r.code == code)


def _findings(code: str, set_name: str, *files: str) -> list[str]:
    ingest = read_paths([SETS / set_name / "articles" / f for f in files])
    _, outcome = check_claims(ingest.articles, extract_all(ingest.articles), [_rule(code)])
    return [f.message for f in outcome.findings]


def test_a_measure_to_the_decimal_told_of_one_deed_in_the_same_words():
    """'armed men tied up two guards ... and took 3.2 tonnes of green vanilla' / 'when armed men tied up two
    guards and made off with 2.3 tonnes' (a figure under 100, whose subject the second report leaves out)."""
    found = _findings("FC205", "heldout52", "vanilla-01-lanyard-newswire.md", "vanilla-03-tessera-wire.md")
    assert any("3.2 tonnes" in m and "2.3 tonnes" in m for m in found)


def test_a_year_in_another_clause_of_the_sentence_is_not_the_figures():
    """'a five-storey hostel that houses 212 students' / 'The building plan approved in 2009 allowed 40 rooms;
    the hostel was running 68, packing in its 221 residents': the year is the plan's, not the residents'."""
    found = _findings("FC205", "heldout52", "fumes-01-malwa-sentinel.md", "fumes-03-malwa-sentinel.md")
    assert any("“212”" in m and "“221”" in m for m in found)


def test_a_count_of_deeds_that_grew_by_a_later_days_tally_is_no_swap():
    """'sealed 17 other hostels in a late-night drive' / days later 'have since inspected 378 ... and sealed 71';
    but how many a funicular car was carrying is no tally ('57 passengers' / '75 passengers')."""
    assert _findings("FC205", "heldout52", "fumes-02-tungabhadra-times.md", "fumes-05-tessera-wire.md") == []
    found = _findings("FC205", "heldout49", "funicular-01-corvane-wire.md", "funicular-04-corvane-wire.md")
    assert any("“57”" in m and "“75”" in m for m in found)
