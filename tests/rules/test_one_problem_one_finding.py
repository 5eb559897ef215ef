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
