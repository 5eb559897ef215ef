"""The extractor keeps the issue's accuracy targets on our gold set.

Accuracy, not timing: the same scoring as ``tests/benchmarks/extraction.py``,
for factcheck alone, so a change that loses a target fails CI.
"""

from __future__ import annotations

import pytest

from gold_cases import load_gold
from gold_scoring import score_gold
from systems import load_factcheck


@pytest.fixture(scope="module")
def metrics():
    system, why = load_factcheck()
    assert system is not None, why
    cases, errors = load_gold()
    assert not errors, errors[:5]
    return score_gold(system, cases).metrics()


def test_value_accuracy_target(metrics):
    assert metrics["value accuracy"] >= 0.97


def test_subject_accuracy_target(metrics):
    assert metrics["subject accuracy"] >= 0.90


def test_false_extractions_target(metrics):
    assert metrics["false extractions /100 sentences"] <= 1.0


def test_no_sentence_crashes(metrics):
    assert metrics["sentences that crashed"] == 0
