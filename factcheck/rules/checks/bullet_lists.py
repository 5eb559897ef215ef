"""Breakdowns laid out as bulleted lists, for the ``components-sum`` check.

Copy often sets a breakdown out as a list under a lead-in line::

    How the £1.9bn will be raised:
    - £1.1bn from a consortium of pension funds
    - £500m from the National Wealth Bank
    - £200m from Tidewell Energy itself

or as a fact box whose last entry is the total::

    - Tuesday: £3.1m
    - Wednesday: £2.8m
    - Thursday: £5.9m
    - Total: £12.4m

``bulleted_breakdowns`` finds both shapes and yields the total with its
parts. A lead-in must say the list is the whole breakdown ("made up of:",
"break down as follows:", "How the £1.9bn will be raised:"); a lead-in
with no figure of its own ("The gap is made up of:") breaks down the
nearest earlier figure of the article that names the same thing, failing
that the one figure of the same kind in the sentence right before it. In a
fact box, the entries above "Total:" count only when each is named by a
proper name (a day or month, or a name the article never writes in lower
case: "Tuesday", "Ballyvarna"), so "Dead: 2 / Injured: 5 / Total evacuated: 300" is not
read as a sum. Every part must open its line, and no line may say the figure
is for each of several things.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.model import Claim
from factcheck.rules.checks.nearby import singular_noun
from factcheck.rules.checks.sentences import comparable

#: The start of a bulleted line: '- ', '* ', '\u2022 ', '\u2013 '.
_BULLET = r"[ \t]*[-\u2022*\u2013][ \t]+"
#: A line ending with a colon, then (after at most one blank line) two or more bulleted lines.
_BLOCK = re.compile(r"^(?P<lead>[^\n]*\S)[ \t]*:[ \t]*\n(?:[ \t]*\n)?"
                    rf"(?P<items>(?:{_BULLET}[^\n]*(?:\n|$)){{2,}})", re.M)
#: A fact box: bulleted "Label: figure" lines (the block is the whole run of bulleted lines).
_BULLETED_RUN = re.compile(rf"(?:^{_BULLET}[^\n]*(?:\n|$)){{3,}}", re.M)
_ITEM = re.compile(rf"^{_BULLET}(?P<body>[^\n]*)", re.M)
#: A lead-in that gives the list as the whole breakdown.
_WHOLE_BREAKDOWN = re.compile(
    r"\b(?:made up of|consists? of|comprises?|compris(?:ed|ing)|break(?:s)? down|broken down|breakdown|"
    r"split|divided|as follows|(?:funded|financed|paid for|met|covered) by|"
    r"how\b.*\b(?:raised|spent|split|shared|divided|funded|financed|paid for|allocated|made up))\b", re.I)
#: A line whose figure is for each of several things ('Rs 1.4 crore to each of the five players').
_EACH = re.compile(r"\b(?:each|every|per|apiece)\b", re.I)
_TOTAL_LABEL = re.compile(r"^(?:total|in all|overall|grand total)(?:\s+[a-z-]+)?\s*:\s*", re.I)
_LABEL = re.compile(r"^(?P<label>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})\s*:\s*")
#: How many sentences before a lead-in with no figure its total may stand.
_LEAD_BACK = 3


@dataclass
class BulletedBreakdown:
    """A total and the parts a list gives as all of it (both shapes are read only when whole)."""
    total: Claim
    parts: list[Claim]


def bulleted_breakdowns(audit):
    """Every bulleted breakdown of the copy (``BulletedBreakdown``), article by article."""
    by_article: dict[str, list[Claim]] = {}
    for claim in audit.claims.values():
        if claim.is_claim and not claim.negated:
            by_article.setdefault(claim.article_id, []).append(claim)
    for article_id, claims in by_article.items():
        text = audit.articles[article_id].text
        claims.sort(key=lambda c: c.start)
        yield from _lead_in_lists(text, claims)
        yield from _fact_box_totals(text, claims)


def _items(text: str, start: int, end: int):
    """(body start, body) of each bulleted line between ``start`` and ``end``."""
    for match in _ITEM.finditer(text, start, end):
        yield match.start("body"), match.group("body")


def _opening_figure(claims: list[Claim], at: int, body: str) -> Claim | None:
    """The figure a list line opens with ('£500m from the ...'), if it opens with one."""
    first = next((c for c in claims if at <= c.start < at + len(body)), None)
    return first if first is not None and first.start - at <= 2 else None


def _lead_in_lists(text: str, claims: list[Claim]):
    for block in _BLOCK.finditer(text):
        lead = block.group("lead")
        if not _WHOLE_BREAKDOWN.search(lead):
            continue
        lead_start = block.start("lead")
        lines = list(_items(text, block.start("items"), block.end("items")))
        parts = [_opening_figure(claims, at, body) for at, body in lines]
        if any(p is None for p in parts) or any(_EACH.search(body) for _, body in lines):
            continue
        in_lead = [c for c in claims if lead_start <= c.start < block.start("items") and comparable(c, parts[0])]
        total = in_lead[-1] if in_lead else _earlier_total(text, claims, lead, lead_start, parts[0])
        if total is not None and all(comparable(total, p) for p in parts):
            yield BulletedBreakdown(total, parts)


def _earlier_total(text: str, claims: list[Claim], lead: str, lead_start: int, part: Claim) -> Claim | None:
    """The total a lead-in with no figure breaks down ('The gap is made up of:'): the nearest
    earlier figure of the article whose subject the lead-in names, else the one comparable
    figure of the sentence right before."""
    sentence_start = max(lead.rfind(". "), lead.rfind("\n")) + 1
    own_words = {singular_noun(w.lower()) for w in re.findall(r"[A-Za-z-]+", lead[sentence_start:])}
    earlier = [c for c in claims if c.start < lead_start + sentence_start and comparable(c, part)]
    sentence_starts = sorted({c.sentence_start for c in earlier})[-_LEAD_BACK:]
    recent = [c for c in earlier if c.sentence_start in sentence_starts]
    named = [c for c in recent if c.subject and c.subject in own_words]
    if named:
        return named[-1]
    if sentence_starts:
        last = [c for c in recent if c.sentence_start == sentence_starts[-1]]
        gap = text[last[0].sentence_start + len(last[0].sentence):lead_start + sentence_start]
        if len(last) == 1 and not gap.strip():
            return last[0]
    return None


_CALENDAR = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                       r"August|September|October|November|December)$")


def _proper_name_in_text(text: str, label: str) -> bool:
    """Is ``label`` a proper name, not a fact-box heading such as 'Dead' or 'Injured': a day or
    a month, a name written capitalised in running text after a lower-case word ('in Kilcreel'),
    or a word the article never writes in lower case ('Ballyvarna')?"""
    return bool(_CALENDAR.match(label) or re.search(r"\b[a-z][\w'-]*\s+" + re.escape(label) + r"\b", text)
                or not re.search(r"\b" + re.escape(label.lower()) + r"\b", text))


def _fact_box_totals(text: str, claims: list[Claim]):
    for run in _BULLETED_RUN.finditer(text):
        lines = list(_items(text, run.start(), run.end()))
        for i, (at, body) in enumerate(lines):
            label = _TOTAL_LABEL.match(body)
            if not label or i < 2:
                continue
            total = _opening_figure(claims, at + label.end(), body[label.end():])
            parts = []
            for part_at, part_body in reversed(lines[:i]):
                named = _LABEL.match(part_body)
                if not named or not _proper_name_in_text(text, named.group("label")):
                    break
                part = _opening_figure(claims, part_at + named.end(), part_body[named.end():])
                if part is None or _EACH.search(part_body):
                    break
                parts.insert(0, part)
            if total is not None and len(parts) >= 2 and all(comparable(total, p) for p in parts):
                yield BulletedBreakdown(total, parts)
