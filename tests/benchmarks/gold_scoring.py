"""Score one system against the hand-written gold set.

Matching: a gold claim is matched by the predicted *claim* (claim kind)
whose span overlaps the gold ``num`` most; each prediction serves one gold
claim at most. Every metric except the false-extraction rate divides by the
number of gold claims, so a claim the system missed counts as wrong.

* value     - predicted value within 0.5% of the gold value; for a gold
              range (value null) the predicted interval must match instead.
* interval  - predicted low and high each within 1% of gold (or both
              infinite on the open side).
* unit      - same normalised unit name ("" for plain counts).
* kind      - same kind (factcheck only: peers have no kinds of their own).
* subject / predicate / polarity - factcheck only; over the gold claims
              that state them (polarity: negated and hedged both right;
              a phrasal verb's particle is ignored: "carry out" = carry).
* false extractions per 100 sentences - predicted claims that match no gold
              claim (a predicted claim over a gold non-claim is one of them).
* non-claims kept out - share of gold non-claims not overlapped by any
              predicted claim.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from gold_cases import GoldCase, GoldClaim
from systems import Mention, System

VALUE_TOLERANCE = 0.005
INTERVAL_TOLERANCE = 0.01


def close(predicted: float | None, gold: float | None, tolerance: float) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    if math.isinf(gold) or math.isinf(predicted):
        return predicted == gold
    if gold == 0:
        return abs(predicted) <= tolerance
    return abs(predicted - gold) <= tolerance * abs(gold)


def interval_right(m: Mention, g: GoldClaim) -> bool:
    return close(m.low, g.low, INTERVAL_TOLERANCE) and close(m.high, g.high, INTERVAL_TOLERANCE)


def value_right(m: Mention, g: GoldClaim) -> bool:
    if g.value is None:
        return interval_right(m, g)
    return close(m.value, g.value, VALUE_TOLERANCE)


def predicate_right(m: Mention, g: GoldClaim) -> bool:
    """Same verb lemma; a phrasal verb's particle is not graded ("carry out" = carry)."""
    predicted = (m.predicate or "").split()
    return bool(predicted) and predicted[0] == g.predicate


def _overlap(m: Mention, g: GoldClaim) -> int:
    return min(m.end, g.span.end) - max(m.start, g.span.start)


def match(case: GoldCase, mentions: list[Mention]) -> tuple[list[Mention | None], list[Mention]]:
    """Predicted claim matched to each gold claim, and the unmatched claims."""
    free = [m for m in mentions if m.is_claim]
    matched: list[Mention | None] = []
    for gold in case.claims:
        candidates = [m for m in free if _overlap(m, gold) > 0]
        if not candidates:
            matched.append(None)
            continue
        best = max(candidates, key=lambda m: (_overlap(m, gold), -m.start))
        free.remove(best)
        matched.append(best)
    return matched, free


@dataclass
class Miss:
    """One graded field a system got wrong, for the --misses listing."""

    case: str
    text: str
    num: str
    field: str
    gold: object
    got: object


@dataclass
class GoldScore:
    system: str
    sentences: int = 0
    claims: int = 0
    found: int = 0
    value: int = 0
    interval: int = 0
    unit: int = 0
    kind: int = 0
    subject: int = 0
    subject_graded: int = 0
    predicate: int = 0
    predicate_graded: int = 0
    polarity: int = 0
    nonclaims: int = 0
    nonclaims_kept_out: int = 0
    false_extractions: int = 0
    crashes: int = 0
    has_context: bool = False
    misses: list[Miss] = field(default_factory=list)

    def share(self, hits: int, total: int) -> float | None:
        return hits / total if total else None

    def metrics(self) -> dict[str, float | None]:
        context = self.has_context
        return {
            "claims found": self.share(self.found, self.claims),
            "value accuracy": self.share(self.value, self.claims),
            "interval accuracy": self.share(self.interval, self.claims),
            "unit accuracy": self.share(self.unit, self.claims),
            "kind accuracy": self.share(self.kind, self.claims) if context else None,
            "subject accuracy": self.share(self.subject, self.subject_graded) if context else None,
            "predicate accuracy": self.share(self.predicate, self.predicate_graded) if context else None,
            "polarity accuracy": self.share(self.polarity, self.claims) if context else None,
            "non-claims kept out": self.share(self.nonclaims_kept_out, self.nonclaims),
            "false extractions /100 sentences":
                100 * self.false_extractions / self.sentences if self.sentences else None,
            "sentences that crashed": self.crashes,
        }


def score_gold(system: System, cases: list[GoldCase]) -> GoldScore:
    score = GoldScore(system=system.name, has_context=system.has_context)
    for case in cases:
        try:
            mentions = system.extract(case.text)
        except Exception as exc:   # a crash loses the sentence's claims, not the run
            score.crashes += 1
            score.misses.append(Miss(case.ref, case.text, "", "crash", None, repr(exc)))
            mentions = []
        matched, unmatched = match(case, mentions)
        score.sentences += 1
        score.false_extractions += len(unmatched)
        for extra in unmatched:
            score.misses.append(Miss(case.ref, case.text, extra.text, "false extraction", None, extra.kind))
        for gold, got in zip(case.claims, matched):
            _grade(score, case, gold, got)
        claims = [m for m in mentions if m.is_claim]
        for nonclaim in case.nonclaims:
            score.nonclaims += 1
            if not any(nonclaim.span.overlaps(m.start, m.end) for m in claims):
                score.nonclaims_kept_out += 1
    return score


def _grade(score: GoldScore, case: GoldCase, gold: GoldClaim, got: Mention | None) -> None:
    score.claims += 1
    if gold.subject is not None:
        score.subject_graded += 1
    if gold.predicate is not None:
        score.predicate_graded += 1

    def miss(name, want, have):
        score.misses.append(Miss(case.ref, case.text, gold.num, name, want, have))

    if got is None:
        miss("not found", gold.value, None)
        return
    score.found += 1
    checks = [
        ("value", value_right(got, gold), gold.value, got.value),
        ("interval", interval_right(got, gold), (gold.low, gold.high), (got.low, got.high)),
        ("unit", got.unit == gold.unit, gold.unit, got.unit),
    ]
    if score.has_context:
        checks += [
            ("kind", got.kind == gold.kind, gold.kind, got.kind),
            ("polarity", (got.negated, got.hedged) == (gold.negated, gold.hedged),
             (gold.negated, gold.hedged), (got.negated, got.hedged)),
        ]
        if gold.subject is not None:
            checks.append(("subject", got.subject == gold.subject, gold.subject, got.subject))
        if gold.predicate is not None:
            checks.append(("predicate", predicate_right(got, gold), gold.predicate, got.predicate))
    for name, right, want, have in checks:
        if right:
            setattr(score, name, getattr(score, name) + 1)
        else:
            miss(name, want, have)
