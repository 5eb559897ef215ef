"""The extraction gold sets must stay loadable and sound.

A typo in a gold file (a ``num`` that is not in its sentence, an interval
upside down, a kind we do not have) would silently skew the benchmark, so
it fails CI here instead. All four sets are checked: the main one and the
three held-out ones written apart from the extractor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pytest

from gold_cases import (CLAIM_KINDS, GOLD_DIR, HELDOUT2_DIR, HELDOUT3_DIR, HELDOUT_DIR, GoldCase, load_gold,
                        parse_cases)


@dataclass
class GoldSet:
    """One gold folder as loaded, with the size it must at least have."""

    folder: Path
    cases: list[GoldCase]
    errors: list[str]
    min_cases: int
    min_claimless: int


SETS = {"gold": (GOLD_DIR, 400, 30), "heldout": (HELDOUT_DIR, 160, 20), "heldout2": (HELDOUT2_DIR, 200, 25),
        "heldout3": (HELDOUT3_DIR, 150, 18)}


@pytest.fixture(scope="module", params=sorted(SETS))
def gold(request):
    folder, min_cases, min_claimless = SETS[request.param]
    cases, errors = load_gold(folder)
    return GoldSet(folder, cases, errors, min_cases, min_claimless)


def test_gold_files_have_no_errors(gold):
    assert gold.errors == []


def test_gold_set_is_large_enough(gold):
    assert len(gold.cases) >= gold.min_cases


def test_every_topic_file_contributes(gold):
    files = {path.stem for path in gold.folder.glob("*.yaml")}
    assert files == {case.file for case in gold.cases}


def test_heldout_sentences_are_not_in_the_main_set():
    """A held-out sentence that is also a main-set sentence is not held out."""
    main = {case.text.lower() for case in load_gold(GOLD_DIR)[0]}
    shared = [case.ref for case in load_gold(HELDOUT_DIR)[0] if case.text.lower() in main]
    assert shared == []


def test_second_heldout_sentences_are_in_neither_other_set():
    """heldout2 must not repeat a sentence of the main set or of the first held-out set,
    which has since been used to develop the extractor."""
    others = {case.text.lower() for folder in (GOLD_DIR, HELDOUT_DIR) for case in load_gold(folder)[0]}
    repeated = [case.ref for case in load_gold(HELDOUT2_DIR)[0] if case.text.lower() in others]
    assert repeated == []


def test_third_heldout_sentences_are_in_no_other_set():
    """heldout3 must not repeat a sentence of the main set or of either earlier held-out set."""
    others = {case.text.lower() for folder in (GOLD_DIR, HELDOUT_DIR, HELDOUT2_DIR)
              for case in load_gold(folder)[0]}
    repeated = [case.ref for case in load_gold(HELDOUT3_DIR)[0] if case.text.lower() in others]
    assert repeated == []


def test_claims_point_at_their_number(gold):
    for case in gold.cases:
        for claim in case.claims:
            assert case.text[claim.span.start:claim.span.end] == claim.num, case.ref


def test_intervals_are_ordered_and_hold_the_value(gold):
    for case in gold.cases:
        for claim in case.claims:
            assert claim.kind in CLAIM_KINDS, case.ref
            assert claim.low <= claim.high, case.ref
            if claim.value is not None:
                assert claim.low <= claim.value <= claim.high, case.ref
            else:
                assert not math.isinf(claim.low), f"{case.ref}: a range needs a finite low end"


def test_gold_covers_claimless_sentences(gold):
    """False-extraction tests need sentences with no claim at all."""
    assert sum(1 for case in gold.cases if not case.claims) >= gold.min_claimless


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
