"""Score every system on other projects' public test suites.

The suites are read from ../shared/data beside the repo (never copied into the repo):
six English model specs of Microsoft Recognizers-Text and quantulum3's own
``quantities.json``. A suite case gives an input and the values its
authors expect. For each system we count

* found    - expected values that some predicted value equals (relative
             tolerance 1e-6; each prediction used once),
* extra    - predicted values that equal no expected value,
* F1       - 2 * found / (expected + predicted).

A Recognizers-Text model only reports one type (the Currency model reports
money, not every number), so each system's output is first filtered to
that type (see ``SUITES``); otherwise every system would be punished for
numbers the suite deliberately leaves out. Cases whose ``NotSupported``
names python, or that carry ``NotSupportedByDesign``, are scored in a
separate bucket: their own authors did not expect them to pass.

Conventions that differ between systems and suites are settled the same
way for every system (none of these rules looks at which system spoke):

* Quantities only.  A system that *types* a number as a clock time, date,
  ordinal or identifier ("at 2 pm", "the 21st century", "Voyager 2",
  "OAO-1") says it is not a quantity, so those rows are not graded, just
  as spaCy's TIME/DATE/ORDINAL entities never are.  Systems that do not
  type such numbers (quantulum3) are graded on everything they report.
* Ranges.  When the suite gives a range (quantulum3's ``uncertainty``:
  "44 mg to 50 mg" is 47 +/- 3), one predicted value at its midpoint or
  two predicted values at its two ends match it; a matched pair of ends is
  one found value and one prediction (the same fact written as a pair).
* Units that are a fixed multiple of another.  An expected value in a
  minor currency unit ("34 cents", "197 pence") or a counting unit ("a
  dozen") is matched by the value as written (34, 1) or converted to the
  major unit or a plain count (0.34, 12).  Writers of news compare "3p"
  with "£0.03", so systems may report either.
"""

from __future__ import annotations

import os
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from systems import Mention, System

#: ../shared/data beside the repo, or $FACTCHECK_SHARED_DATA
SHARED_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data"))
DATA = SHARED_DATA
RECOGNIZERS = DATA / "recognizers-text"


def _is_percent(m: Mention) -> bool:
    return m.unit == "percent" or m.kind == "percent" or m.dimension == "percent"


def _is_money(m: Mention) -> bool:
    return m.kind == "money" or m.dimension == "currency"


def _is_temperature(m: Mention) -> bool:
    return m.dimension == "temperature" or m.unit.lower().startswith("degree")


def _is_age(m: Mention) -> bool:
    return m.kind == "age" or m.dimension == "time"


def _is_dimension(m: Mention) -> bool:
    plain = m.dimension in ("", "count", "currency", "percent", "time", "temperature")
    return not plain and m.unit not in ("", "percent") and m.kind not in ("money", "percent", "age")


#: Kinds with which a system says "this number is not a quantity".
NOT_QUANTITY_KINDS = frozenset({"time", "date", "ordinal", "identifier"})


def _any_number(m: Mention) -> bool:
    return m.value is not None and m.kind not in NOT_QUANTITY_KINDS


@dataclass
class Suite:
    name: str
    path: Path
    keeps: Callable[[Mention], bool]   # which predictions this suite grades


SUITES = [
    Suite("RT Number", RECOGNIZERS / "Number/English/NumberModel.json", _any_number),
    Suite("RT Percent", RECOGNIZERS / "Number/English/PercentModel.json", _is_percent),
    Suite("RT Currency", RECOGNIZERS / "NumberWithUnit/English/CurrencyModel.json", _is_money),
    Suite("RT Dimension", RECOGNIZERS / "NumberWithUnit/English/DimensionModel.json", _is_dimension),
    Suite("RT Age", RECOGNIZERS / "NumberWithUnit/English/AgeModel.json", _is_age),
    Suite("RT Temperature", RECOGNIZERS / "NumberWithUnit/English/TemperatureModel.json", _is_temperature),
    Suite("quantulum3 quantities", DATA / "quantulum3-tests/quantities.json", _any_number),
]


#: Units (as the suites name them, lower case) that are a fixed multiple of
#: a major currency unit or of a plain count: value as written x factor.
UNIT_FACTORS = {
    "cent": 0.01, "cents": 0.01, "penny": 0.01, "pence": 0.01, "sen": 0.01, "satoshi": 1e-8,
    "dozen": 12.0, "baker's dozen": 13.0, "gross": 144.0,
}


@dataclass
class Expected:
    """One value a suite expects, with the other ways of writing it that count."""

    value: float
    also: tuple[float, ...] = ()              # the same amount in the major unit / as a count
    ends: tuple[float, float] | None = None   # a range's two ends, when the suite gives them

    def accepts(self, have: float) -> bool:
        return any(same_value(want, have) for want in (self.value, *self.also))


def expected_value(raw, unit: str | None = None, uncertainty=None) -> Expected | None:
    """The Expected for a suite's raw value, unit name and range half-width."""
    value = _resolution_value(raw)
    if value is None:
        return None
    factor = UNIT_FACTORS.get((unit or "").strip().lower())
    also = (value * factor,) if factor else ()
    spread = _resolution_value(uncertainty)
    ends = (value - spread, value + spread) if spread else None
    return Expected(value, also, ends)


@dataclass
class SuiteCase:
    text: str
    expected: list[Expected]
    unsupported: bool        # not expected to pass even by the suite's authors (python)


def _resolution_value(raw) -> float | None:
    if raw is None:
        return None
    text = str(raw).strip().rstrip("%").replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _unsupported(case: dict) -> bool:
    not_supported = str(case.get("NotSupported", "")).lower()
    return "python" in not_supported or bool(case.get("NotSupportedByDesign"))


def read_suite(suite: Suite) -> list[SuiteCase]:
    """The cases of one suite file, in a shared shape."""
    with open(suite.path, encoding="utf-8-sig") as handle:
        raw = json.load(handle)
    cases = []
    for case in raw:
        if "req" in case:   # quantulum3's format
            values = [expected_value(r.get("value"), r.get("unit"), r.get("uncertainty"))
                      for r in case.get("res", [])]
            cases.append(SuiteCase(case["req"], [v for v in values if v is not None], False))
            continue
        resolutions = [r.get("Resolution") or {} for r in case.get("Results", [])]
        values = [expected_value(r.get("value"), r.get("unit")) for r in resolutions]
        cases.append(SuiteCase(case["Input"], [v for v in values if v is not None], _unsupported(case)))
    return cases


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


@dataclass
class Tally:
    expected: int = 0
    predicted: int = 0
    found: int = 0
    cases: int = 0
    crashes: int = 0

    @property
    def extra(self) -> int:
        return self.predicted - self.found

    @property
    def f1(self) -> float | None:
        total = self.expected + self.predicted
        return 2 * self.found / total if total else None

    def as_dict(self) -> dict:
        return {"cases": self.cases, "expected": self.expected, "found": self.found,
                "extra": self.extra, "f1": self.f1, "crashes": self.crashes}


def count_found(expected: list[Expected], predicted: list[float]) -> tuple[int, int]:
    """(expected values matched one-to-one by predicted values, ranges matched
    by a pair of end values).  Single values are matched first, so a pair is
    only used for a range that no single prediction matched."""
    left = list(predicted)
    found = 0
    unmatched = []
    for want in expected:
        at = next((i for i, have in enumerate(left) if want.accepts(have)), None)
        if at is None:
            unmatched.append(want)
        else:
            found += 1
            del left[at]
    pairs = 0
    for want in unmatched:
        if want.ends is None:
            continue
        low = next((i for i, have in enumerate(left) if same_value(want.ends[0], have)), None)
        high = next((i for i, have in enumerate(left) if i != low and same_value(want.ends[1], have)), None)
        if low is not None and high is not None:
            found += 1
            pairs += 1
            for i in sorted((low, high), reverse=True):
                del left[i]
    return found, pairs


def score_suite(system: System, suite: Suite, cases: list[SuiteCase]) -> tuple[Tally, Tally]:
    """(main tally, tally of the cases the suite's authors marked unsupported)."""
    main, unsupported = Tally(), Tally()
    for case in cases:
        tally = unsupported if case.unsupported else main
        tally.cases += 1
        tally.expected += len(case.expected)
        try:
            mentions = system.extract(case.text)
        except Exception:   # a crash is a miss on every expected value, not a dead run
            tally.crashes += 1
            continue
        values = [m.value for m in mentions if m.value is not None and suite.keeps(m)]
        found, pairs = count_found(case.expected, values)
        tally.predicted += len(values) - pairs   # a pair of range ends is one prediction
        tally.found += found
    return main, unsupported


def score_peer_suites(systems: list[System]) -> tuple[list[dict], list[str]]:
    """One row per (suite, system), plus notes on suites that are absent."""
    rows, notes = [], []
    for suite in SUITES:
        if not suite.path.exists():
            notes.append(f"{suite.name}: {suite.path} absent, skipped")
            continue
        cases = read_suite(suite)
        for system in systems:
            main, unsupported = score_suite(system, suite, cases)
            rows.append({"suite": suite.name, "system": system.name,
                         **main.as_dict(), "unsupported": unsupported.as_dict()})
    return rows, notes
