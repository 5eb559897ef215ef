"""The extraction gold set must stay loadable and sound.

A typo in a gold file (a ``num`` that is not in its sentence, an interval
upside down, a kind we do not have) would silently skew the benchmark, so
it fails CI here instead.
"""

from __future__ import annotations

import math

import pytest

from gold_cases import CLAIM_KINDS, GOLD_DIR, load_gold, parse_cases

MIN_CASES = 400


@pytest.fixture(scope="module")
def gold():
    return load_gold()


def test_gold_files_have_no_errors(gold):
    _, errors = gold
    assert errors == []


def test_gold_set_is_large_enough(gold):
    cases, _ = gold
    assert len(cases) >= MIN_CASES


def test_every_topic_file_contributes(gold):
    cases, _ = gold
    files = {path.stem for path in GOLD_DIR.glob("*.yaml")}
    assert files == {case.file for case in cases}


def test_claims_point_at_their_number(gold):
    cases, _ = gold
    for case in cases:
        for claim in case.claims:
            assert case.text[claim.span.start:claim.span.end] == claim.num, case.ref


def test_intervals_are_ordered_and_hold_the_value(gold):
    cases, _ = gold
    for case in cases:
        for claim in case.claims:
            assert claim.kind in CLAIM_KINDS, case.ref
            assert claim.low <= claim.high, case.ref
            if claim.value is not None:
                assert claim.low <= claim.value <= claim.high, case.ref
            else:
                assert not math.isinf(claim.low), f"{case.ref}: a range needs a finite low end"


def test_gold_covers_claimless_sentences(gold):
    """False-extraction tests need sentences with no claim at all."""
    cases, _ = gold
    assert sum(1 for case in cases if not case.claims) >= 30


@pytest.mark.parametrize("raw, problem", [
    ([{"text": "Police arrested 12 people.", "claims": [{"num": "13", "value": 13, "kind": "count"}]}],
     "not in text"),
    ([{"text": "Police arrested 12 people.", "claims": [{"num": "12", "value": 12, "kind": "year"}]}],
     "claim kind"),
    ([{"text": "Up to 12 people.", "claims": [{"num": "12", "value": 12, "low": 12, "high": 0, "kind": "count"}]}],
     "low"),
    ([{"text": "Police arrested 12 people.", "claims": [{"num": "12", "value": "12", "kind": "count"}]}],
     "must be a number"),
    ([{"text": "Police arrested 12 people.", "claims": [{"num": "12", "value": 12, "kind": "count",
                                                         "subject": "People"}]}],
     "lower-case"),
    ([{"text": "Police arrested 12 people."}], "claims"),
    ([{"text": "A 4.6-mile route with trams every 6 minutes.",
       "claims": [{"num": "6", "value": 6, "kind": "measure", "unit": "minute"}]}],
     "inside a longer figure"),
])
def test_validator_rejects_broken_cases(raw, problem):
    errors: list[str] = []
    parse_cases(raw, "broken", errors)
    assert any(problem in error for error in errors), errors
