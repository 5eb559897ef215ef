"""The row the scanner hands on: one numeric mention read from text alone.

``make_mention`` is the single place where a value and its interval are
converted to the base unit of their dimension (via :mod:`.units`), so
every reader in the scanner builds its rows the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import units as un


@dataclass
class Mention:
    """One numeric mention, as read from the text alone."""

    start: int
    end: int
    text: str                 # == source[start:end], qualifier words included
    value: float | None       # figure as written, in ``unit``
    low: float | None         # interval the wording allows, in ``unit``
    high: float | None
    qualifier: str            # normalised qualifier ("over", "about", ...) or ""
    unit: str                 # normalised unit name, "" for a bare count
    dimension: str            # "count", "length", "currency", "percent", ...
    base_unit: str
    base_value: float | None
    base_low: float | None
    base_high: float | None
    kind: str                 # one of factcheck.model.KINDS
    noun_hint: str = ""       # the plain noun right after the figure, if any


#: Kinds whose figures are no quantities to convert (a year, a date, a rank).
_UNCONVERTED_KINDS = {"year", "date", "time", "ordinal", "identifier"}


def make_mention(text: str, start: int, end: int, value, low, high, *, qualifier: str = "",
             unit: str = "", dimension: str = "count", kind: str = "count",
             noun_hint: str = "", base: tuple[str, float] | None = None) -> Mention:
    """Build a Mention, converting value and bounds to the base unit."""
    if kind in _UNCONVERTED_KINDS or (base is None and not unit):
        base_unit, convert = "", (lambda v: v)
        base_low, base_high = low, high
    elif base is not None:  # currencies with a minor unit: (base code, factor)
        code, factor = base
        base_unit = code
        convert = lambda v: None if v is None else v * factor  # noqa: E731
        base_low, base_high = convert(low), convert(high)
    else:
        base_unit, _ = un.to_base(unit, 1.0)
        convert = lambda v: un.to_base(unit, v)[1]  # noqa: E731
        base_low, base_high = un.to_base_bounds(unit, low, high)  # ('60 tons': short, metric or long)
    return Mention(
        start=start, end=end, text=text[start:end], value=value, low=low, high=high,
        qualifier=qualifier, unit=unit, dimension=dimension, base_unit=base_unit,
        base_value=convert(value), base_low=base_low, base_high=base_high,
        kind=kind, noun_hint=noun_hint,
    )
