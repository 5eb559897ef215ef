"""Qualifier words, and the interval each one allows around a figure.

A news figure is rarely a point: "more than 400", "about 1.3 million",
"up to 41". The scanner reads the qualifier next to the number and this
module turns (qualifier, figure) into the interval [low, high] that the
wording allows; the rules later compare intervals, not figures.

Qualifier table (``n`` is the figure as written, ``r`` its rounding
interval, see below; ``floor`` is 0 for quantities that cannot be
negative and -inf for temperatures and negative figures):

===========  ==================================================  =================
qualifier    written as (before the figure unless marked "after")  interval
===========  ==================================================  =================
over         over, more than, above, exceeding, in excess of,    [n, inf)
             upwards of, greater than, higher than, north of,
             well over, well above; also the verbs in
             ``OVER_VERB_BEFORE_RE`` ("turnout may exceed 70%"),
             which stay out of the mention's text
at least     at least, no fewer than, no less than, not less      [n, inf)
             than, a minimum of, fully; after: or more, or over, and
             over, and above, or above, -plus, plus, +
just over    just over, just above, slightly more than, a little  [n, 1.1 n]
             over, a little more than, slightly over
about        about, around, roughly, approximately, approx.,      [0.9 n, 1.1 n] joined
             some, an estimated, estimated, circa, c., ca.,        with r
             in the region of, of the order of, on the order of,
             give or take, something like;
             after: or so, or thereabouts, -odd, odd, -ish
nearly       nearly, almost, just under, just short of, just      [0.9 n, n]
             below, approaching, not quite, just shy of, shy of,
             close on, getting on for, close to
up to        up to, as many as, as much as, at most, no more      [floor, n]
             than, not more than, a maximum of, a max of, within
fewer than   fewer than, less than, under, below, lower than,     [floor, n]
             no greater than, well under, well below; after: or
             less, or fewer, or under
exactly      exactly, precisely, a record, only, just, a total    r (as plain)
             of (kept as "" except exactly/precisely)
average      an average of, averaging, a mean of, a median of      r (as plain): an
                                                                  average is a computed
                                                                  figure, as precise as
                                                                  any other
between      between X and Y, X to Y, X-Y                          [X, Y]
vague        tens of thousands, hundreds of, dozens of, ...        see VAGUE_PLURALS
===========  ==================================================  =================

Bounds are inclusive: "more than 90" gives low = 90 (not 90 + a step),
so an exact 90 elsewhere is not flagged as a conflict; the rules may be
stricter if they like.  Unbounded sides are ``float('inf')``.

Rounding (plain figures): a figure with a scale word is a rounded figure,
"1.3 million" covers [1.25 million, 1.35 million]: half a step of the last
stated digit either side.  Figures written out in full ("1,300", "400")
are exact (low == high == value).
"""

from __future__ import annotations

import math
import re

INF = float("inf")

# normalised name -> surfaces written before the figure
BEFORE = {
    "over": ["over", "more than", "above", "exceeding", "in excess of", "upwards of",
             "greater than", "higher than", "north of", "well over", "well above",
             "well in excess of", "over and above", "bigger than", "larger than"],
    "at least": ["at least", "no fewer than", "no less than", "not less than",
                 "not fewer than", "a minimum of", "minimum of", "at the very least",
                 "fully"],
    "just over": ["just over", "just above", "slightly more than", "a little over",
                  "a little more than", "slightly over", "just more than", "a touch over"],
    "about": ["about", "around", "roughly", "approximately", "approx.", "approx", "some",
              "an estimated", "estimated", "circa", "c.", "ca.", "in the region of",
              "of the order of", "on the order of", "give or take",
              "more or less", "something like",
              "somewhere around", "round about", "an approximate", "a reported"],
    "nearly": ["nearly", "almost", "just under", "just short of", "just below",
               "approaching", "not quite", "just shy of", "shy of", "close on",
               "getting on for", "just less than", "slightly less than", "slightly under",
               "a little under", "a little less than", "close to", "closer to"],
    "up to": ["up to", "as many as", "as much as", "at most", "no more than",
              "not more than", "a maximum of", "a max of", "maximum of", "as high as",
              "as long as", "as far as", "within", "inside"],
    "fewer than": ["fewer than", "less than", "under", "below", "lower than",
                   "no greater than", "well under", "well below", "smaller than"],
    "exactly": ["exactly", "precisely", "a precise", "exact"],
    "average": ["an average of", "averaging", "an average", "a mean of", "a median of"],
}

#: Verbs that put their object above a figure: "may exceed 70%", "topped £1bn",
#: "surpassed 50,000".  The interval is "over", but the verb is the claim's
#: predicate, so the scanner leaves it out of the mention's text.
OVER_VERB_BEFORE_RE = re.compile(
    r"(?i:\b(?:exceed(?:s|ed)?|surpass(?:es|ed|ing)?|topped|tops|outstrip(?:s|ped|ping)?|"
    r"eclips(?:e|es|ed|ing))\s+$)")

#: Surfaces written after the figure ("400 or more", "40-odd", "50-plus").
AFTER = {
    "at least": ["or more", "or over", "and over", "and above", "or above", "plus",
                 "or greater", "and upwards", "and up", "+"],
    "about": ["or so", "or thereabouts", "odd", "ish"],
    "fewer than": ["or less", "or fewer", "or under", "or below"],
}

#: Vague plural quantities: surface -> (low, high).  "hundreds" starts at
#: two hundred because one hundred would be written "a hundred"; "tens of"
#: starts at ten ("tens of thousands" = [10 000, 99 999], as the gold set's
#: conventions in tests/benchmarks/gold/extraction/README.md have it).
VAGUE_PLURALS = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (10_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2e9, 9.999e9),
    "tens of billions": (1e10, 9.9999e10),
    "hundreds of billions": (2e11, 9.99999e11),
    "trillions": (2e12, 9.999e12),
    "a few hundred": (200, 999),
    "a few thousand": (2_000, 9_999),
    "a few hundred thousand": (200_000, 999_999),
    "a few million": (2_000_000, 9_999_999),
    "a few billion": (2e9, 9.999e9),
    "several hundred": (300, 900),
    "several thousand": (3_000, 9_000),
    "several hundred thousand": (300_000, 900_000),
    "several million": (3_000_000, 9_000_000),
    "several billion": (3e9, 9e9),
}

_ALIASES = {surface: name for name, surfaces in BEFORE.items() for surface in surfaces}
_AFTER_ALIASES = {surface: name for name, surfaces in AFTER.items() for surface in surfaces}


def _alternation(surfaces) -> str:
    parts = sorted(surfaces, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in s.split()) for s in parts)


#: A qualifier ending just before the figure (``search`` the left context).
BEFORE_RE = re.compile(rf"(?i:(?<![\w.])(?P<qualifier>{_alternation(_ALIASES)}))\s*$")
#: A qualifier right after the figure (``match`` at its end).
AFTER_RE = re.compile(
    rf"(?i:(?:\s+|\s*-\s*)(?P<qualifier>{_alternation(s for s in _AFTER_ALIASES if s != '+')})(?![\w-])"
    rf"|(?P<plus>\+)(?![\d\w]))"
)


def normalise_before(surface: str) -> str:
    """Normalised name of a qualifier written before the figure."""
    return _ALIASES.get(re.sub(r"\s+", " ", surface.lower()), "")


def normalise_after(surface: str) -> str:
    """Normalised name of a qualifier written after the figure."""
    return _AFTER_ALIASES.get(re.sub(r"[\s-]+", " ", surface.lower()).strip(), "")


def rounding_interval(value: float, step: float) -> tuple[float, float]:
    """Values that round to ``value`` when ``step`` is the last stated digit."""
    half = step / 2
    return value - half, value + half


def interval(qualifier: str, value: float, rounded: tuple[float, float] | None = None,
             can_be_negative: bool = False) -> tuple[float, float]:
    """The interval [low, high] that ``qualifier value`` allows.

    ``rounded`` is the rounding interval of the figure (None when it is
    exact); ``can_be_negative`` sets the floor of "up to"/"fewer than".
    """
    exact = rounded or (value, value)
    floor = -INF if can_be_negative or value < 0 else 0.0
    spread = abs(value) * 0.1
    if qualifier in ("over", "at least"):
        return value, INF
    if qualifier == "just over":
        return value, value + spread
    if qualifier == "about":
        return min(value - spread, exact[0]), max(value + spread, exact[1])
    if qualifier == "nearly":
        return value - spread, value
    if qualifier in ("up to", "fewer than"):
        return floor, value
    return exact


def is_finite(number: float | None) -> bool:
    return number is not None and not math.isinf(number) and not math.isnan(number)
