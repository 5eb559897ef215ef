"""Session 50: which fact a later report of a running total joins, read on two stories of the benchmark sets
(our own writing). A report joins the fact of its window's reports, not one with more ties to reports outside
it (set 39: 4 January's 'has now infected 29' joins 31 December's 34, not 24 December's 19); and of facts tied
as strongly it joins the toll, not what was left of a toll on a day (set 47: 'nine people were injured' joins
'Twelve people were hurt', not 'The two people who were critically injured ... remain in hospital')."""

from pathlib import Path

import pytest

from factcheck.ingest import read_paths
from factcheck.pipeline import check_claims, extract_all
from track_helpers import rule_of

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "rules"


def _decreases(set_name: str, prefix: str) -> list[str]:
    ingest = read_paths(sorted((SETS / set_name / "articles").glob(f"{prefix}-*.md")))
    _, outcome = check_claims(ingest.articles, extract_all(ingest.articles), [rule_of("FC203")])
    return [f.message for f in outcome.findings]


@pytest.mark.parametrize("set_name, prefix, earlier, later", [
    ("heldout39", "legion", "“34”", "“29”"),
    ("heldout47", "gasleak", "“Twelve”", "“nine”"),
])
def test_a_later_report_joins_the_toll_of_its_window(set_name, prefix, earlier, later):
    assert any(earlier in m and later in m for m in _decreases(set_name, prefix))
