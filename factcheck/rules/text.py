"""Small helpers that word figures for messages."""

from __future__ import annotations

import math
import re


def number(value: float | None) -> str:
    """A figure as an editor would write it: 1,300 / 2.5 / 1.3 million."""
    if value is None:
        return "?"
    if math.isinf(value):
        return "no limit" if value > 0 else "-no limit"
    if abs(value) >= 1e6 and value % 1e5 == 0:
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(value) >= scale:
                return f"{value / scale:g} {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.1f}"


def number_like(value: float | None, written: str) -> str:
    """A figure in the scale another is written in: Indian copy counts in lakh and crore
    ('10 lakh' beside 'Rs 12 lakh', not '1 million')."""
    for scale, word in ((1e7, "crore"), (1e5, "lakh")):
        if value is not None and re.search(rf"\b{word}s?\b", written, re.I):
            return f"{number(value / scale)} {word}"
    for scale, words, word in ((1e9, "bn|billion", "billion"), (1e6, "m|million", "million")):
        if value is not None and abs(value) >= scale and re.search(rf"\d\s*(?:{words})\b", written, re.I):
            return f"{round(value / scale, 3):g} {word}"  # '3.55 million' beside '£4.8m', not '3,550,000'
    return number(value)


#: A currency sign or code written right before a sum's digits: "£", "A$", "Rs ", "₹".
_CURRENCY_BEFORE = re.compile(r"(?:(?<![A-Za-z])[A-Z]{1,3})?[$£€¥₹]\s?$|\bRs\.?\s?$")


def money_like(value: float | None, written: str) -> str:
    """A sum written the way another is: '£1.9 million' beside '£1.8m', 'Rs 460 crore'."""
    digit = re.search(r"\d", written)
    sign = _CURRENCY_BEFORE.search(written[:digit.start()]) if digit else None
    amount = number_like(value, written)
    if value is not None and re.fullmatch(r"\d+\.\d", amount) and re.search(r"\d\.\d\d(?!\d)", written):
        amount += "0"  # '£6.30' beside '£2.10', not '£6.3'
    return (sign.group(0) if sign else "") + amount


_PLURALS = {"foot": "feet", "inch": "inches", "degree Celsius": "degrees Celsius",
            "degree Fahrenheit": "degrees Fahrenheit", "percent": "per cent",
            "mile per hour": "miles per hour", "kilometre per hour": "kilometres per hour"}


def describe_quantity(value: float, unit: str) -> str:
    """'162 metres', '1 mile', '30 per cent'."""
    if not unit:
        return number(value)
    if value == 1:
        return f"{number(value)} {unit}"
    return f"{number(value)} {_PLURALS.get(unit, unit + 's')}"


#: Words read with a vowel sound though spelt with a consonant, and the reverse.
_AN_BEFORE = re.compile(r"(?:hour|honest|honou?r|heir)")
_A_BEFORE = re.compile(r"(?:one\b|once|uni|use|usu|ut[aeiou]|eu|ewe|ur[aeiou])")


def indefinite_article(phrase: str) -> str:
    """'a' or 'an' for a phrase as it is read aloud: 'an 18-mile runway', 'an 8,000-metre peak',
    'a 110-metre tower', 'an oil tanker', 'a one-mile bridge'."""
    word = phrase.lstrip("\u201c\"'(").lower()
    digits = re.match(r"\d[\d,]*", word)
    if digits:
        whole = digits.group(0).replace(",", "")
        # read aloud, a figure begins 'eight...' or, in groups of three, 'eleven'/'eighteen...'
        eleven = whole[:2] in ("11", "18") and len(whole) % 3 == 2
        return "an" if whole.startswith("8") or eleven else "a"
    if _AN_BEFORE.match(word):
        return "an"
    if word[:1] in "aeiou" and word[:1] and not _A_BEFORE.match(word):
        return "an"
    return "a"


#: A figure and one unit word: '162-mile', '18 mile', '300km', '2,000 miles'.
_FIGURE_AND_UNIT = re.compile(r"\d[\d,.]*(?:-|\s?)([a-z]+)", re.I)


def _attributive(text: str) -> bool:
    """Whether a figure can stand before its noun as written: '162-mile', '300km', not
    '2,000 miles' or 'about 300 km'."""
    match = _FIGURE_AND_UNIT.fullmatch(text)
    if not match:
        return False
    unit = match.group(1).lower()
    return len(unit) <= 3 or not (unit.endswith("s") or unit == "feet")


#: A bound written as a comparison: 'as long as 60 metres', 'as much as 1,100 pounds'.
_AS_BIG_AS = re.compile(r"^as\s+(?:long|tall|high|deep|wide|big|large|heavy|much|many|far|fast|old)\s+as\s+", re.I)


def a_thing_measuring(text: str, noun: str, measure: str = "figure") -> str:
    """The thing a figure describes, as the copy would name it: 'a 162-mile bridge', 'a bridge
    of about 300 km', 'a length of 40 miles' when the thing has no name."""
    text, noun = _AS_BIG_AS.sub("up to ", text.strip()), noun.strip()  # ('as long as 60 metres': up to 60 metres)
    if not noun:
        return f"{indefinite_article(measure)} {measure} of {text}"
    if _attributive(text):
        return f"{indefinite_article(text)} {text} {noun}"
    return f"{indefinite_article(noun)} {noun} of {text}"


def interval(low: float | None, high: float | None, value: float | None = None) -> str:
    """An interval in words: '479', 'over 400', '450 to 500'."""
    if low is None or high is None:
        return number(value)
    if low == high:
        return number(low)
    if math.isinf(high):
        return f"at least {number(low)}"
    if low <= 0 and value is not None:
        return f"up to {number(high)}"
    return f"{number(low)} to {number(high)}"


def cite(audit, claim, within_article: bool = False) -> str:
    """'"21" (Harbour Post, 2024-06-03)', or '"21" (line 14)' inside one article."""
    if within_article:
        return f"\u201c{claim.text}\u201d (line {claim.line})"
    article = audit.article_of(claim)
    where = ", ".join(x for x in (article.source or article.id, article.published or "") if x)
    return f"\u201c{claim.text}\u201d ({where})"
