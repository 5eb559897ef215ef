"""Check kind ``implied-speed``: a distance covered in a time no mover could manage.

"Brolga's Echo ... covering the 2,400 kilometres in 2 minutes 27.84
seconds" makes a racehorse travel at 58,000 km/h; "she swam the 34km in
94 minutes" makes a swimmer faster than a motor boat. Neither figure is
impossible alone: the distance is an ordinary one and so is the time, so no
range rule sees it. The check divides a distance by the time told right
after it ("<distance> in <time>"), after a verb of travelling over it
("covered", "ran", "swam", "completed"), and compares the speed with the
rule's bound: ``max`` in metres a second, or the lower ``max`` of a kind of
mover (``movers``) whose words the sentence uses ("jockey", "swam"). The speed is the
lowest the two figures' intervals allow ("under two hours" may be two).
Sentences with ``unless`` words (aircraft, spacecraft, signals) are left
alone. When the distance in one of ``alternatives`` (metres for
kilometres) gives an ordinary speed, the finding says so.
"""

from __future__ import annotations

import re

from factcheck.extract.units import to_base
from factcheck.model import Claim
from factcheck.rules.checks.sentences import sentences
from factcheck.rules.registry import WORD_LIST, Hit, check
from factcheck.rules.text import describe_quantity, number

PARAMS = {
    "type": "object",
    "required": ["max"],
    "additionalProperties": False,
    "properties": {
        "max": {"type": "number", "exclusiveMinimum": 0},
        "movers": {"type": "array", "items": {
            "type": "object", "required": ["name", "words", "max"], "additionalProperties": False,
            "properties": {"name": {"type": "string"}, "words": {"type": "string"},
                           "max": {"type": "number", "exclusiveMinimum": 0}}}},
        "unless": WORD_LIST,
        "alternatives": WORD_LIST,
    },
}

#: Right before the distance: a verb of travelling over it, with no clause break ('covering the ',
#: 'swam the ', 'completed the 42km course' is read with 'course' after the figure).
_TRAVELLED_BEFORE = re.compile(r"\b(?:cover(?:ed|ing|s)?|ran|run(?:s|ning)?|swam|swim(?:s|ming)?|cycled|rode|ridden|"
                               r"raced|drove|driven|sailed|walked|hiked|rowed|paddled|skated|skied|completed|finished|"
                               r"travell?ed|travell?ing|crossed|crossing|clocked|went|going|goes|sprinted|galloped)"
                               r"\s+(?:the\s+|a\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z-]+\s+){0,2}?$", re.I)
#: Between the distance and its time: ' in ', ' (1,491 miles) in just ', ' course in under '.
_IN_BETWEEN = re.compile(r"^(?:\s*\([^()]*\))?(?:\s+[a-z-]+){0,2}?\s+in\s+(?:just\s+|only\s+|under\s+|less than\s+|"
                         r"a little (?:over|under)\s+|a record\s+|a time of\s+)?$", re.I)


def _km_per_hour(metres_per_second: float) -> str:
    return f"{number(round(metres_per_second * 3.6))} km/h"


def _pairs(sentence):
    """(distance, time) for every "<verb> <distance> in <time>" of the sentence."""
    claims = [c for c in sentence.claims if c.is_claim and not c.negated and c.base_value is not None]
    for distance, time in zip(claims, claims[1:]):
        if distance.dimension != "length" or time.dimension != "time" or time.kind == "year":
            continue
        if _IN_BETWEEN.match(sentence.between(distance, time)) and _TRAVELLED_BEFORE.search(sentence.before(distance, 60)):
            yield distance, time


def _longest(time: Claim) -> float | None:
    """The longest the time's interval allows, in seconds."""
    return time.base_high if time.base_high is not None else time.base_value


def _low_speed(distance: Claim, time: Claim) -> float | None:
    """The lowest speed in metres a second the two figures' intervals allow."""
    far = distance.base_low if distance.base_low is not None else distance.base_value
    long = _longest(time)
    if not far or not long or long <= 0 or far <= 0:
        return None
    return far / long


def _bound(params, sentence: str) -> tuple[float, str]:
    """The bound in metres a second for the slowest kind of mover the sentence names, and its name."""
    bound, name = params["max"], ""
    for mover in params.get("movers", []):
        if mover["max"] < bound and re.search(rf"\b(?:{mover['words']})\b", sentence, re.I):
            bound, name = mover["max"], mover["name"]
    return bound, name


def _alternative(distance: Claim, time: Claim, params, bound: float) -> str:
    """The distance in another unit, at an ordinary speed: '2,400 metres would be 58 km/h'."""
    long = _longest(time)
    for unit in params.get("alternatives", []):
        if unit == distance.unit:
            continue
        _, far = to_base(unit, distance.value)
        if far and long and bound / 10 <= far / long <= bound:  # (an ordinary speed, not a crawl)
            return f"{describe_quantity(distance.value, unit)} would be {_km_per_hour(far / long)}"
    return ""


@check("implied-speed", params=PARAMS, judges_values=True)
def implied_speed(rule, audit):
    """A distance and the time it took that make a speed beyond the mover's."""
    params = rule.params
    unless = params.get("unless", [])
    for sentence in sentences(audit):
        for distance, time in _pairs(sentence):
            if distance.id in audit.impossible or time.id in audit.impossible:
                continue
            if any(re.search(rf"\b(?:{word})\b", sentence.text, re.I) for word in unless):
                continue
            speed = _low_speed(distance, time)
            bound, mover = _bound(params, sentence.text)
            if speed is None or speed <= bound:
                continue
            alternative = _alternative(distance, time, params, bound)
            limit = f"more than the {_km_per_hour(bound)} {('any ' + mover) if mover else 'anything on land or water'} can reach"
            problem = limit + (f"; {alternative}" if alternative else "")
            yield Hit(
                claim_ids=[distance.id, time.id],
                fields={"distance": distance.text, "time": time.text, "speed": _km_per_hour(speed),
                        "problem": problem},
                suggestion=(f"Check the unit of {distance.text}: {alternative}." if alternative
                            else "Check the distance and the time."),
            )
