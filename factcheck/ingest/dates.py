"""Normalise publication dates to ISO ``YYYY-MM-DD``.

Dates arrive as YAML dates (front matter), ISO strings (JSON feeds,
trafilatura) or newsroom prose ("3 June 2024", "June 3, 2024").  Later stages
compare them as plain strings, so anything we cannot read *completely* (day,
month and year) stays ``None`` rather than being guessed.
"""

from __future__ import annotations

from datetime import date, datetime

from dateutil import parser as date_parser

# Two far-apart defaults: a field the string does not give takes the default's
# value, so a date that comes out differently under the two is incomplete
# ("June 2024" has no day) and is rejected rather than filled in.
_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2001, 2, 2)

#: Longer strings are not a date line; dateutil would only waste time on them.
_MAX_DATE_CHARS = 80


def normalise_date(value: object) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD``, or ``None`` when it is not a full date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        first = date_parser.parse(text, default=_DEFAULT_A)
        second = date_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    if first.date() != second.date():
        return None
    return first.date().isoformat()
