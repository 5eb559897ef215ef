"""A falling toll is reported once, by FC203, not also by FC201 (real extraction)."""

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

RULES = {r.code: r for r in load_rules()}


@pytest.mark.parametrize("example", RULES["FC203"].examples["fire"])
def test_fc201_leaves_decreases_to_fc203(example):
    assert run_example(RULES["FC203"], example)
    assert not run_example(RULES["FC201"], example)


def test_fc201_still_flags_same_day_disagreement():
    example = {"articles": [
        {"source": "Harbour Post", "published": "2025-03-04", "text": "Fourteen people were killed in Dornbury, officials said."},
        {"source": "Northern Ledger", "published": "2025-03-04", "text": "Nine people were killed in Dornbury, officials said."},
    ]}
    assert run_example(RULES["FC201"], example)
    assert not run_example(RULES["FC203"], example)


def test_an_impossible_figure_is_reported_once_as_implausible():
    """A '348-mile' bridge in one article and '348m' in another: FC101 says the bridge cannot be
    348 miles long; FC201 does not also call it a conflict (the engine runs value-judging rules
    first and the comparing checks leave their figures out)."""
    from factcheck.pipeline import audit_ingested
    from factcheck.ingest.reader import IngestResult
    from factcheck.model import Article

    texts = {
        "a": ("Harbour Post", "The new Saltmere bridge is 348m long and opened on Monday in Saltmere."),
        "b": ("Daily Meridian", "The new Saltmere bridge is 348 miles long and opened on Monday in Saltmere."),
    }
    articles = [Article(id=k, path=k, text=t, source=s, published="2025-03-04") for k, (s, t) in texts.items()]
    result = audit_ingested(IngestResult(articles=articles))
    rules = [f.rule for f in result.findings]
    assert "FC101" in rules
    assert "FC201" not in rules
