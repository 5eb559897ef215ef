"""Check kind ``first-before-founding``: an organisation's first deed dated before it existed.

"The orchestra was founded in 1993" and, later, "since its first overseas
tour in the 1980s"; "founded Ironbark in 1996" and "since brewing its first
batch in the late 1980s". Nothing does a first thing before it exists, so
within one article a date given to "its first ..." must not end before the
founding year (one year of slack, as for the other time checks).

The founding is read as ``event-year-vs-decade`` reads it (the rule's
``founding`` verbs and nouns right before the year). When the article
founds several things ("a share scheme set up in 2015"), the deed must
come before every one of them that may be its holder. The first deed is a year or decade right
after "its first <up to three words> in" or "<holder>'s first ... in"; its
holder is "its" (the article's own subject) or a possessor that is the
founding's holder. "his first" and "their first" are left alone: a founder
often did the thing before founding the firm.
"""

from __future__ import annotations

import re

from factcheck.rules.checks.event_decade import EVENT_WORDS, Dated, dated_statements, event_patterns
from factcheck.rules.checks.sentences import is_decade, sentences_by_article
from factcheck.rules.registry import Hit, check

PARAMS = {
    "type": "object",
    "required": ["founding"],
    "additionalProperties": False,
    "properties": {"founding": EVENT_WORDS},  # the words of founding, as event-year-vs-decade reads an event
}

#: Right before a date: "its first overseas tour in (the late)", "the brewery's first batch in".
_FIRST_BEFORE = re.compile(
    r"\b(?P<owner>its|[A-Za-z][\w-]*['\u2019]s?)\s+(?:very\s+)?first\s+(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?:in|during)\s+(?:the\s+(?:early\s+|mid-?|late\s+)?)?$", re.I)


def _first_deeds(article_sentences) -> list[tuple[object, str]]:
    """(claim, owner) for each date given to a first deed; owner "" for "its"."""
    found = []
    for sentence in article_sentences:
        for claim in sentence.claims:
            if claim.kind != "year" or claim.low is None or claim.high is None:
                continue
            if claim.low != claim.high and not is_decade(claim):
                continue
            match = _FIRST_BEFORE.search(sentence.before(claim, 80))
            if match:
                owner = match.group("owner").lower()
                found.append((claim, "" if owner == "its" else re.sub(r"['\u2019]s?$", "", owner)))
    return found


@check("first-before-founding", params=PARAMS)
def first_before_founding(rule, audit):
    """A first deed of an organisation dated before the year the same article founds it."""
    patterns = event_patterns({"founded": rule.params["founding"]})
    for article_sentences in sentences_by_article(audit).values():
        founded: list[Dated] = [s for s in dated_statements(article_sentences, patterns) if not s.decade]
        for claim, owner in _first_deeds(article_sentences):
            holders = [s for s in founded if not owner or not s.holder or s.holder == owner]
            if not holders:
                continue
            founding = min(holders, key=lambda s: s.low)
            if claim.high >= founding.low - 1:
                continue  # (before every founding the article gives: whichever 'its' is, it did not exist yet)
            deed = f"the {claim.text}" if is_decade(claim) else claim.text
            yield Hit(
                claim_ids=[founding.claim.id, claim.id],
                fields={"year": founding.claim.text, "first": claim.sentence[
                    claim.sentence.rfind(" first ", 0, claim.start - claim.sentence_start) + 1:
                    claim.end - claim.sentence_start].strip()},
                suggestion=f"Founded in {founding.claim.text}, it could do nothing first in {deed}; "
                           f"check the founding year and the date of the first deed.",
            )
