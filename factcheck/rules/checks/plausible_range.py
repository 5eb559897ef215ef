"""Check kind ``plausible-range``: a figure outside what the world allows.

Params name the subjects (head lemmas and synonyms) and the dimension the
rule speaks of, the plausible interval, and the phrases that explain a
value above or below it. When the same number read in a neighbouring unit
(``alternatives``) or scale (``scales``) would be plausible, the finding
suggests it: a unit slip is the commonest cause.

The same word can carry several measures ("a tower 300 metres high" and
"the tower, 3 miles away"), so a rule can ask for a cue next to the figure
(``near``: "high", "tall", "long"...); a measure written as the subject's
own modifier ("a 300m tower", "the 162-mile bridge") always counts.
``unless`` lists words that, anywhere in the sentence, explain an extreme
value ("lava", "skeleton", "orbit") and keep the rule quiet.

Bounds are in the dimension's base unit unless ``unit`` names the unit
they are written in (``unit: year`` for ages, ``unit: kilometre per hour``).
``named_subjects: true`` also accepts a subject that is a tagged name
(people and organisations: "Mrs Calment, 122"). ``max_by_subject`` narrows the upper bound for some subjects (trains are
slower than aircraft).
"""

from __future__ import annotations

import re

from factcheck.extract.units import to_base
from factcheck.rules.registry import Hit, check
from factcheck.rules.text import describe_quantity

_WORDS = {"type": "array", "items": {"type": "string"}}

PARAMS = {
    "type": "object",
    "required": ["dimension", "too_high"],
    "additionalProperties": False,
    "properties": {
        "subjects": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "dimension": {"type": "string"},
        "kinds": _WORDS,
        "unit": {"type": "string"},
        "min": {"type": "number"},
        "max": {"type": "number"},
        "max_by_subject": {"type": "object", "additionalProperties": {"type": "number"}},
        "too_high": {"type": "string"},
        "too_low": {"type": "string"},
        "alternatives": _WORDS,
        "scales": {"type": "array", "items": {"type": "number", "exclusiveMinimum": 0}},
        "near": _WORDS,
        "near_window": {"type": "integer", "minimum": 1},
        "unless": _WORDS,
        "named_subjects": {"type": "boolean"},
    },
}

#: What may stand between a figure and the noun it modifies: "a 300m tower",
#: "the 162-mile Saltmere bridge", "a 1,500m-tall skyscraper".
_MODIFIER_GAP = re.compile(r"^[\s-]*(?:(?:tall|high|long|deep)\b[\s-]*)?(?:[A-Z][\w'-]*\s+){0,3}$")


def _to_base(params, value: float | None) -> float | None:
    if value is None or "unit" not in params:
        return value
    return to_base(params["unit"], value)[1]


class _Bounds:
    """The rule's interval in base units, for one subject."""

    def __init__(self, params, subject: str):
        self.low = _to_base(params, params.get("min"))
        high = params.get("max_by_subject", {}).get(subject, params.get("max"))
        self.high = _to_base(params, high)

    def holds(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


def _alternative(claim, params, bounds: _Bounds) -> str:
    """A reading of the same number that would be plausible, or ''."""
    if claim.value is None:
        return ""
    for unit in params.get("alternatives", []):
        if unit == claim.unit:
            continue
        base_unit, base = to_base(unit, claim.value)
        if base_unit == claim.base_unit and base is not None and bounds.holds(base):
            return f"{describe_quantity(claim.value, unit)} would be ordinary"
    for scale in params.get("scales", []):
        if claim.base_value is not None and bounds.holds(claim.base_value * scale):
            return f"{describe_quantity(claim.value * scale, claim.unit)} would be ordinary"
    return ""


def is_modifier(claim) -> bool:
    """Is the figure written as its subject's modifier ("a 300m tower")?"""
    if not claim.subject_text or claim.dimension == "count":
        return False  # "100 million people" names what is counted, not a modified noun
    rel_end = claim.end - claim.sentence_start
    rest = claim.sentence[rel_end:]
    at = rest.find(claim.subject_text)
    return at >= 0 and bool(_MODIFIER_GAP.match(rest[:at]))


def _is_named(claim) -> bool:
    """Is the subject a name the sentence's entity tagger found ("Calment, aged 125")?

    Only for figures that follow the name: "the 160-year-old Harrods" is a
    firm, and a modifier's noun is the thing described, which may be anything.
    """
    text = claim.subject_text.lower()
    if not text or "old" in claim.text.lower():
        return False
    return any(text in e.lower() for e in claim.entities)


def _window(claim, width: int) -> str:
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return claim.sentence[max(0, start - width):start] + " " + claim.sentence[end:end + width]


def _any(patterns, text: str) -> bool:
    return any(re.search(rf"\b{p}\b", text, re.I) for p in patterns)


def _applies(claim, params, subjects, kinds) -> bool:
    if not claim.is_claim or claim.base_value is None or claim.negated:
        return False
    if subjects and claim.subject not in subjects and not (
            params.get("named_subjects") and _is_named(claim)):
        return False
    if claim.dimension != params["dimension"] or (kinds and claim.kind not in kinds):
        return False
    if params.get("near") and not is_modifier(claim) and not _any(
            params["near"], _window(claim, params.get("near_window", 30))):
        return False
    return not _any(params.get("unless", []), claim.sentence)


@check("plausible-range", params=PARAMS)
def plausible_range(rule, audit):
    """Claims about one of ``subjects`` in ``dimension`` whose value lies outside [min, max]."""
    p = rule.params
    subjects = {s.lower() for s in p.get("subjects", [])}
    kinds = set(p.get("kinds", []))
    for claim in audit.claims.values():
        if not _applies(claim, p, subjects, kinds):
            continue
        bounds = _Bounds(p, claim.subject)
        # an interval that reaches into the plausible range is not implausible
        low = claim.base_low if claim.base_low is not None else claim.base_value
        high = claim.base_high if claim.base_high is not None else claim.base_value
        if bounds.low is not None and high < bounds.low:
            problem = p.get("too_low", "too small to be real")
        elif bounds.high is not None and low > bounds.high:
            problem = p["too_high"]
        else:
            continue
        yield Hit(
            claim_ids=[claim.id],
            fields={"text": claim.text, "subject": claim.subject,
                    "value": describe_quantity(claim.value, claim.unit) if claim.value is not None else claim.text,
                    "subject_text": claim.subject_text or claim.subject, "problem": problem},
            suggestion=_alternative(claim, p, bounds),
        )
