"""How precisely a figure is told: the step of its last significant digit.

"About 1,900" is given to the hundred, so the writer means 1,850-1,950, not
the tenth either side that "about" allows in general; "about £486 million"
is given to the million. The arithmetic checks (FC303 for a change's
endpoints, FC304/FC305 for a total and its parts) read such a figure as its
digits tell it (``as_told``).
"""

from __future__ import annotations

import re
from dataclasses import replace

#: A figure's own digits: '1,900' in 'about 1,900', '2.4' in '£2.4m'.
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def last_digit(claim) -> tuple[float, int] | None:
    """The step of a figure's last significant digit in base units, and how many significant digits
    it has ('about 1,900': 100 and 2; '£2.4m': £100,000 and 2; '1,160': 10 and 3)."""
    match = _DIGITS.search(claim.text)
    if not match or not claim.base_value:
        return None
    token = match.group().replace(",", "")
    number = float(token)
    if not number:
        return None
    whole, _, decimals = token.partition(".")
    step = 10.0 ** -len(decimals) if decimals else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    digits = (whole + decimals).lstrip("0")
    significant = len(digits if decimals else digits.rstrip("0"))
    return step * claim.base_value / number, significant


def as_told(claim, at_least: float = 0.0):
    """A figure as its digits tell it: 'about 1,900', given to the hundred, is 1,850-1,950 (not
    the tenth either side that "about" allows in general); a one-digit 'about £2m' keeps its reading.
    ``at_least`` keeps that share of the figure either side whatever its digits ('about £486
    million' at 0.02 is £476m-£496m)."""
    digit = last_digit(claim) if claim.qualifier == "about" and claim.base_low is not None else None
    if digit is None or digit[1] < 2 or digit[0] / 2 >= abs(claim.base_value) * 0.1:
        return claim
    half = max(digit[0] / 2, abs(claim.base_value) * at_least)
    return replace(claim, base_low=claim.base_value - half, base_high=claim.base_value + half)
