"""Check kind ``year-vs-decade``: "built in 1972" and "a 1980s block" for one building.

A building put up in 1972 is a 1970s building. The check pairs, within one
article, a year of construction ("was built in 1972", "completed in 1972",
"dating from 1972") with a decade used as the same noun's modifier ("the
1980s block", "a 1980s-built tower"). The noun must name the same kind of
building in both places: the same word from ``nouns``, or words that
``same_as`` lists together because reporters use them for one structure
(plant and factory, viaduct and bridge). A year one either side of the
decade is allowed (a 1979-81 build).
"""

from __future__ import annotations

import re

from factcheck.rules.checks.sentences import sentences
from factcheck.rules.registry import Hit, check

PARAMS = {
    "type": "object",
    "required": ["nouns"],
    "additionalProperties": False,
    "properties": {
        "nouns": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "same_as": {"type": "array", "items": {"type": "array", "minItems": 2, "items": {"type": "string"}}},
    },
}
#: A clause that is only a participle ("The walls, built in 1991, ...") names its building in the clause before.
_PARTICIPLE_ONLY = re.compile(r"^\s*(?:(?:which|that)\b|(?:first\s+|originally\s+)?(?:built|constructed|erected|"
                              r"completed|opened|put up|dating|designed)\b)", re.I)

_BUILT_BEFORE = re.compile(r"\b(?:was|were|been|being)?\s*(?:built|constructed|erected|completed|put up|"
                           r"designed|opened)\s+(?:in\s+|between\s+|around\s+|circa\s+|c\.\s*)$|"
                           r"\b(?:dating|dates)\s+(?:back\s+)?(?:from|to)\s+$|\bbuilt\s+$", re.I)


def _noun_before(text: str, nouns: set[str]) -> str | None:
    """The last building noun of the clause before "was built in"."""
    found = [w for w in re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower()) if w.rstrip("s") in nouns]
    return found[-1].rstrip("s") if found else None


def _noun_after_decade(after: str, nouns: set[str]) -> str | None:
    """The building noun a decade modifies: "1980s block", "1980s-built concrete tower"."""
    match = re.match(r"^(?:[\s-]+[a-z]+){0,3}?[\s-]+([a-z]+)", after.lower())
    if not match:
        return None
    words = re.findall(r"[a-z]+", after.lower())[:4]
    return next((w.rstrip("s") for w in words if w.rstrip("s") in nouns), None)


@check("year-vs-decade", params=PARAMS)
def year_vs_decade(rule, audit):
    """A construction year outside the decade the article gives the same building."""
    nouns = {n.lower() for n in rule.params["nouns"]}
    kind_of = {n: n for n in nouns}  # noun -> the word that stands for its kind of building
    for group in rule.params.get("same_as", []):
        for word in group:
            kind_of[word.lower()] = group[0].lower()
    nouns |= set(kind_of)
    by_article: dict[str, tuple[list, list]] = {}
    for sentence in sentences(audit):
        builds, decades = by_article.setdefault(sentence.article_id, ([], []))
        for c in sentence.claims:
            if c.kind != "year" or c.low is None:
                continue
            if c.low == c.high and _BUILT_BEFORE.search(sentence.before(c, 40)):
                clauses = re.split(r"[,;:]", sentence.before(c, 100))
                clause = clauses[-1]
                if _PARTICIPLE_ONLY.match(clause) and len(clauses) > 1:
                    clause = clauses[-2]  # "the 1960s tower, which was completed in 1975"
                noun = _noun_before(clause, nouns)
                if noun:
                    builds.append((c, noun))
            elif c.high - c.low == 9 and c.text.rstrip("'").endswith("s"):
                noun = _noun_after_decade(sentence.after(c, 40), nouns)
                if noun:
                    decades.append((c, noun))
    for builds, decades in by_article.values():
        for year, noun in builds:
            for decade, other in decades:
                if kind_of[noun] != kind_of[other] or decade.low - 1 <= year.value <= decade.high + 1:
                    continue
                yield Hit(
                    claim_ids=[year.id, decade.id],
                    fields={"year": year.text, "decade": decade.text, "noun": noun, "decade_noun": other},
                    suggestion=f"A {noun} built in {year.text} is a {int(year.value) // 10 * 10}s {noun}.",
                )
