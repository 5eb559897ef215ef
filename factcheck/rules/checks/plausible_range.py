"""Check kind ``plausible-range``: a figure outside what the world allows.

Params name the subjects (head lemmas and synonyms) and the dimension the
rule speaks of, the plausible interval in base units, and the phrases that
explain a value above or below it. When the same number read in a
neighbouring unit (``alternatives``) or scale (``scales``) would be
plausible, the finding suggests it: a unit slip is the commonest cause.
"""

from __future__ import annotations

from factcheck.extract.units import to_base
from factcheck.rules.registry import Hit, check
from factcheck.rules.text import describe_quantity, number

PARAMS = {
    "type": "object",
    "required": ["subjects", "dimension", "min", "max", "too_high", "too_low"],
    "additionalProperties": False,
    "properties": {
        "subjects": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "dimension": {"type": "string"},
        "kinds": {"type": "array", "items": {"type": "string"}},
        "min": {"type": "number"},
        "max": {"type": "number"},
        "too_high": {"type": "string"},
        "too_low": {"type": "string"},
        "alternatives": {"type": "array", "items": {"type": "string"}},
        "scales": {"type": "array", "items": {"type": "number", "exclusiveMinimum": 0}},
    },
}


def _in_range(value: float, params) -> bool:
    return params["min"] <= value <= params["max"]


def _alternative(claim, params) -> str:
    """A reading of the same number that would be plausible, or ''."""
    for unit in params.get("alternatives", []):
        if unit == claim.unit or claim.value is None:
            continue
        base_unit, base = to_base(unit, claim.value)
        if base_unit == claim.base_unit and base is not None and _in_range(base, params):
            return f"{describe_quantity(claim.value, unit)} would be ordinary"
    for scale in params.get("scales", []):
        if claim.value is not None and _in_range(claim.base_value * scale, params):
            return f"{number(claim.value * scale)} would be ordinary"
    return ""


@check("plausible-range", params=PARAMS)
def plausible_range(rule, audit):
    """Claims about one of ``subjects`` in ``dimension`` whose value lies outside [min, max]."""
    p = rule.params
    subjects = {s.lower() for s in p["subjects"]}
    kinds = set(p.get("kinds", []))
    for claim in audit.claims.values():
        if not claim.is_claim or claim.base_value is None or claim.subject not in subjects:
            continue
        if claim.dimension != p["dimension"] or (kinds and claim.kind not in kinds):
            continue
        # an interval that reaches into the plausible range is not implausible
        low = claim.base_low if claim.base_low is not None else claim.base_value
        high = claim.base_high if claim.base_high is not None else claim.base_value
        if high < p["min"]:
            problem = p["too_low"]
        elif low > p["max"]:
            problem = p["too_high"]
        else:
            continue
        yield Hit(
            claim_ids=[claim.id],
            fields={"text": claim.text, "subject": claim.subject, "problem": problem},
            suggestion=_alternative(claim, p),
        )
