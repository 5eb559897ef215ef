"""Claims of one article read sentence by sentence, with the words around them.

The arithmetic and time checks look inside one sentence ("five killed,
including six children"): they need the claims of a sentence in order and
the text between two figures. The decade or century a mention tells
(``period``) and how a message names one (``with_article``, ``period_of``)
are read here too, for the year-vs-decade checks. Nothing here compares
claims across articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from factcheck.model import Claim


@dataclass
class Sentence:
    article_id: str
    start: int
    text: str
    claims: list[Claim]          # every mention of the sentence, in order (years and dates too)

    def between(self, a: Claim, b: Claim) -> str:
        """The text from the end of ``a`` to the start of ``b``."""
        return self.text[a.end - self.start:b.start - self.start]

    def before(self, claim: Claim, width: int = 60) -> str:
        at = claim.start - self.start
        return self.text[max(0, at - width):at]

    def after(self, claim: Claim, width: int = 60, skip: int = 0) -> str:
        """The ``width`` characters after ``claim``, leaving out the first ``skip`` (the '-century' of
        a century)."""
        at = claim.end - self.start + skip
        return self.text[at:at + width]


def sentences(audit) -> list[Sentence]:
    """Every sentence that holds a mention, grouped per article, in text order."""
    groups: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in audit.claims.values():
        groups[(claim.article_id, claim.sentence_start)].append(claim)
    result = []
    for (article_id, start), claims in sorted(groups.items()):
        claims.sort(key=lambda c: c.start)
        result.append(Sentence(article_id, start, claims[0].sentence, claims))
    return result


def sentences_by_article(audit) -> dict[str, list[Sentence]]:
    """Every sentence that holds a mention, grouped by article, each article's in text order."""
    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences(audit):
        by_article.setdefault(sentence.article_id, []).append(sentence)
    return by_article


def is_decade(claim: Claim) -> bool:
    """A decade as written: "the 1980s", "1980s-built" (a year mention spanning ten years)."""
    return claim.high - claim.low == 9 and claim.text.rstrip("'\u2019").endswith("s")


@dataclass(frozen=True)
class Period:
    """Years told as one stretch: a decade ('the 1980s') or a century ('an 18th-century ghat')."""

    low: int
    high: int
    text: str       # as a message says it: '1980s', '18th-century'
    skip: int = 0   # characters after the claim that belong to it ('-century')


#: Right after an ordinal: the word that makes it a century ('18th-century', 'the 15th century'), not
#: one before Christ ('the 5th century BC') and not a count of them ('the 3rd and 4th centuries').
_CENTURY_AFTER = re.compile(r"^[\s-]century\b(?!\s+B\.?C)", re.I)


def period(sentence: Sentence, claim: Claim) -> Period | None:
    """The decade or century a mention tells, or None: 'the 1980s' (1980-1989), '18th-century'
    (1700-1799)."""
    if claim.low is None or claim.high is None:
        return None
    if claim.kind == "year" and is_decade(claim):
        return Period(int(claim.low), int(claim.high), claim.text)
    if claim.kind == "ordinal" and claim.low == claim.high and 1 <= claim.low <= 21:
        century = _CENTURY_AFTER.match(sentence.after(claim, 20))
        if century:
            number = int(claim.low)
            return Period((number - 1) * 100, number * 100 - 1, f"{claim.text}-century", century.end())
    return None


def with_article(decade: str) -> str:
    """'a 1980s', 'an 1880s' (said 'eighteen-eighties'), 'an 80s', 'an 18th-century'."""
    return ("an " if re.match(r"(?:1[18]\d\d|8\d|11)\b|(?:1[18]\d\d|8\d)s|(?:8|11|18)th\b", decade) else "a ") + decade


def ordinal(number: int) -> str:
    """'19th', '21st', '2nd'."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def period_of(year: int, like: str) -> str:
    """The decade ('1880s') or, when ``like`` is a century, the century ('19th-century') of a year."""
    return f"{ordinal(year // 100 + 1)}-century" if like.endswith("century") else f"{year // 10 * 10}s"


#: Characters between two sentences that follow each other with no sentence between them.
NEIGHBOUR_GAP = 3


def gap_after(before: Sentence, sentence: Sentence) -> int:
    """Characters from the end of ``before`` to the start of ``sentence`` (negative when it does
    not come after)."""
    return sentence.start - (before.start + len(before.text))


def next_sentences(all_sentences: list[Sentence], reach: int = NEIGHBOUR_GAP):
    """(sentence, the next one with a mention in its article) for each pair that starts within
    ``reach`` characters of the first's end (by default: no sentence without a claim between
    them)."""
    for before, sentence in zip(all_sentences, all_sentences[1:]):
        if before.article_id == sentence.article_id and 0 <= gap_after(before, sentence) <= reach:
            yield before, sentence


def comparable(a: Claim, b: Claim) -> bool:
    """Same kind of quantity in the same unit (counts with counts, pounds with pounds)."""
    return (a.is_claim and b.is_claim and a.dimension == b.dimension
            and (a.base_unit or a.unit) == (b.base_unit or b.unit)
            and a.base_low is not None and b.base_low is not None)


#: Where a clause ends: hard punctuation, or a comma that opens a new clause
#: ("..., as rents pushed families out to the towns", "..., where the limit is").
_CLAUSE_BOUNDARY = re.compile(
    r"[;:()\[\]\u2013\u2014]|\s-\s|,\s*(?:and|but|or|while|whereas|as|after|before|when|where|which|who|whose|"
    r"although|though|because|since|until|unless|if|so|yet|with|according)\b", re.I)


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` that holds the characters ``start``-``end``.

    A skip word ("data", "towns", "lava") explains a figure only when it is
    written in the figure's own clause: "Leaked data suggest the train
    reached 1,450 km/h" is about a train, and "a city of 52 million, grew
    slowly, as rents pushed families out to the towns" is about a city.
    """
    left = 0
    for match in _CLAUSE_BOUNDARY.finditer(sentence, 0, start):
        left = match.end()
    right = _CLAUSE_BOUNDARY.search(sentence, end)
    return sentence[left:right.start() if right else len(sentence)]
