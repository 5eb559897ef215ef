"""Load and validate the hand-written extraction gold set.

The gold set lives in ``gold/extraction/*.yaml``: one list of cases per
topic file. Each case is a sentence we wrote, the numeric claims a careful
reader finds in it, and optionally the surfaces that must *not* be claims
(years, dates, ordinals, identifiers...). The conventions for intervals and
units are in ``gold/extraction/README.md``.

Validation lives here (not only in the pytest test) so that the benchmark
refuses to score a broken gold file instead of reporting odd numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

GOLD_DIR = Path(__file__).parent / "gold" / "extraction"
#: Written apart from the extractor (see its README), but since used to develop it,
#: so it no longer measures generalisation on its own: HELDOUT2_DIR does.
HELDOUT_DIR = Path(__file__).parent / "gold" / "heldout"
#: A second held-out set, written apart from the extractor *and* from the first
#: held-out set once that one had been used to develop the extractor. Never tune on it.
HELDOUT2_DIR = Path(__file__).parent / "gold" / "heldout2"
#: A third held-out set, written apart from the extractor and from the sentences of
#: the three sets above (only their READMEs were read). Never tune on it.
HELDOUT3_DIR = Path(__file__).parent / "gold" / "heldout3"

CLAIM_KINDS = ("count", "measure", "percent", "money", "ratio", "age")
NONCLAIM_KINDS = ("year", "date", "time", "ordinal", "identifier", "other")
CLAIM_FIELDS = {"num", "at", "value", "low", "high", "unit", "kind", "subject",
                "subject_text", "predicate", "negated", "hedged"}
NONCLAIM_FIELDS = {"num", "at", "kind"}
CASE_FIELDS = {"text", "claims", "nonclaims", "note"}


@dataclass
class Span:
    """Where a gold surface sits in its sentence (character offsets)."""

    start: int
    end: int

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


@dataclass
class GoldClaim:
    num: str
    span: Span
    value: float | None
    low: float
    high: float
    kind: str
    unit: str = ""
    subject: str | None = None       # None: the case does not grade the subject
    predicate: str | None = None
    negated: bool = False
    hedged: bool = False


@dataclass
class GoldNonClaim:
    num: str
    span: Span
    kind: str | None = None


@dataclass
class GoldCase:
    file: str
    index: int
    text: str
    claims: list[GoldClaim] = field(default_factory=list)
    nonclaims: list[GoldNonClaim] = field(default_factory=list)

    @property
    def ref(self) -> str:
        return f"{self.file}#{self.index}"


def locate(text: str, num: str, at: int = 1) -> Span | None:
    """Span of the ``at``-th occurrence (1-based) of ``num`` in ``text``."""
    pos = -1
    for _ in range(at):
        pos = text.find(num, pos + 1)
        if pos < 0:
            return None
    return Span(pos, pos + len(num))


def splits_a_number(text: str, span: Span) -> bool:
    """True when the span starts or ends inside a longer figure.

    ``num: "6"`` in "4.6-mile ... every 6 minutes" finds the 6 of 4.6 first;
    such a gold entry would grade the wrong mention, so it is refused (use
    ``at:``). Letters before a number are allowed: "G7", "M25", "Cop28".
    """
    before = text[span.start - 1] if span.start > 0 else ""
    before2 = text[span.start - 2] if span.start > 1 else ""
    after = text[span.end] if span.end < len(text) else ""
    after2 = text[span.end + 1] if span.end + 1 < len(text) else ""
    first, last = text[span.start], text[span.end - 1]
    if first.isdigit() and (before.isdigit() or (before in ".," and before2.isdigit())):
        return True
    return last.isdigit() and (after.isdigit() or (after in ".," and after2.isdigit()))


def _number(value, name: str, errors: list[str], where: str, allow_none=False):
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        errors.append(f"{where}: {name} must be a number, got {value!r}")
        return None
    return float(value)


def _check_claim(raw: dict, text: str, where: str, errors: list[str]) -> GoldClaim | None:
    if not isinstance(raw, dict):
        errors.append(f"{where}: claim must be a mapping")
        return None
    unknown = set(raw) - CLAIM_FIELDS
    if unknown:
        errors.append(f"{where}: unknown claim fields {sorted(unknown)}")
    for required in ("num", "kind"):
        if required not in raw:
            errors.append(f"{where}: claim needs '{required}'")
            return None
    if "value" not in raw:
        errors.append(f"{where}: claim needs 'value' (null for a range)")
        return None
    num = str(raw["num"])
    span = locate(text, num, int(raw.get("at", 1)))
    if span is None:
        errors.append(f"{where}: num {num!r} (occurrence {raw.get('at', 1)}) not in text")
        return None
    if splits_a_number(text, span):
        errors.append(f"{where}: num {num!r} sits inside a longer figure; use 'at:'")
    value = _number(raw["value"], "value", errors, where, allow_none=True)
    low = _number(raw.get("low", raw["value"]), "low", errors, where, allow_none=True)
    high = _number(raw.get("high", raw["value"]), "high", errors, where, allow_none=True)
    if low is None or high is None:
        errors.append(f"{where}: a claim with value null needs low and high")
        return None
    if low > high:
        errors.append(f"{where}: low {low} > high {high}")
    if value is not None and not (low <= value <= high):
        errors.append(f"{where}: value {value} outside [{low}, {high}]")
    kind = raw["kind"]
    if kind not in CLAIM_KINDS:
        errors.append(f"{where}: claim kind {kind!r} is not one of {CLAIM_KINDS}")
    for name in ("unit", "subject", "predicate", "subject_text"):
        if name in raw and not isinstance(raw[name], str):
            errors.append(f"{where}: {name} must be a string")
    for name in ("negated", "hedged"):
        if name in raw and not isinstance(raw[name], bool):
            errors.append(f"{where}: {name} must be true or false")
    subject = raw.get("subject")
    if isinstance(subject, str) and subject != subject.lower():
        errors.append(f"{where}: subject {subject!r} must be a lower-case lemma")
    return GoldClaim(
        num=num, span=span, value=value, low=low, high=high, kind=kind,
        unit=raw.get("unit", ""), subject=subject, predicate=raw.get("predicate"),
        negated=raw.get("negated", False), hedged=raw.get("hedged", False),
    )


def _check_nonclaim(raw, text: str, where: str, errors: list[str]) -> GoldNonClaim | None:
    if isinstance(raw, (str, int)):
        raw = {"num": str(raw)}
    if not isinstance(raw, dict) or "num" not in raw:
        errors.append(f"{where}: nonclaim must be a string or a mapping with 'num'")
        return None
    unknown = set(raw) - NONCLAIM_FIELDS
    if unknown:
        errors.append(f"{where}: unknown nonclaim fields {sorted(unknown)}")
    num = str(raw["num"])
    span = locate(text, num, int(raw.get("at", 1)))
    if span is None:
        errors.append(f"{where}: nonclaim {num!r} not in text")
        return None
    if splits_a_number(text, span):
        errors.append(f"{where}: nonclaim {num!r} sits inside a longer figure; use 'at:'")
    kind = raw.get("kind")
    if kind is not None and kind not in NONCLAIM_KINDS:
        errors.append(f"{where}: nonclaim kind {kind!r} is not one of {NONCLAIM_KINDS}")
    return GoldNonClaim(num=num, span=span, kind=kind)


def parse_cases(raw_cases, file: str, errors: list[str]) -> list[GoldCase]:
    """Turn one YAML file's list into cases; problems go to ``errors``."""
    if not isinstance(raw_cases, list):
        errors.append(f"{file}: top level must be a list of cases")
        return []
    cases = []
    for index, raw in enumerate(raw_cases, start=1):
        where = f"{file}#{index}"
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            errors.append(f"{where}: case needs a 'text' string")
            continue
        unknown = set(raw) - CASE_FIELDS
        if unknown:
            errors.append(f"{where}: unknown case fields {sorted(unknown)}")
        if "claims" not in raw or not isinstance(raw["claims"] or [], list):
            errors.append(f"{where}: case needs a 'claims' list (may be empty)")
            continue
        text = raw["text"]
        claims = [_check_claim(c, text, where, errors) for c in raw["claims"] or []]
        nonclaims = [_check_nonclaim(n, text, where, errors) for n in raw.get("nonclaims") or []]
        case = GoldCase(file=file, index=index, text=text,
                        claims=[c for c in claims if c], nonclaims=[n for n in nonclaims if n])
        spans = [(c.span.start, c.span.end) for c in case.claims] + \
                [(n.span.start, n.span.end) for n in case.nonclaims]
        if len(set(spans)) != len(spans):
            errors.append(f"{where}: two gold entries point at the same span")
        cases.append(case)
    return cases


def load_gold(gold_dir: Path = GOLD_DIR) -> tuple[list[GoldCase], list[str]]:
    """All gold cases, and the list of validation errors (empty when sound)."""
    errors: list[str] = []
    cases: list[GoldCase] = []
    files = sorted(gold_dir.glob("*.yaml"))
    if not files:
        errors.append(f"no gold files in {gold_dir}")
    for path in files:
        with open(path, encoding="utf-8") as handle:
            try:
                raw = yaml.safe_load(handle)
            except yaml.YAMLError as exc:
                errors.append(f"{path.name}: YAML error {exc}")
                continue
        cases.extend(parse_cases(raw, path.stem, errors))
    texts = [c.text for c in cases]
    duplicates = {t for t in texts if texts.count(t) > 1}
    for text in sorted(duplicates):
        errors.append(f"duplicate sentence: {text[:60]!r}")
    return cases, errors
