"""Check kind ``event-year-twice``: one article gives two years for an event that happens once.

"Lorne and Dianne Pelletier founded the ranch in 1989 with 30 animals. Since
its founding in 1998, the ranch has grown to about 420 bison." A thing is
founded once and opens once, so within one article the years of its one
founding (or opening) must be the same year.

The events and their words are read as ``event-year-vs-decade`` reads them
(a verb or a noun of the event right before the year, and whose it is from
the words before). Two statements are of one event of one holder when:

* the later one tells it of "its" or "it" ("Since its founding in 1998",
  "Since it opened its doors in 2001") and sits in the sentence right after
  the earlier one, or in the same sentence, with no other statement of the
  event between; the earlier one names its holder ("founded the ranch in
  1989", "The Silver Heron, which opened in 1998"); or
* both name the same holder by a word that is not generic ("the ranch was
  founded in 1989" ... "the ranch, founded in 1998"); "the company" or "the
  club" may be two firms or two clubs in one article.
"""

from __future__ import annotations

import re

from factcheck.model import Claim
from factcheck.rules.checks.event_decade import EVENT_WORDS, Dated, dated_statements, event_patterns
from factcheck.rules.checks.sentences import Sentence, sentences_by_article
from factcheck.rules.registry import WORD_LIST, Hit, check

PARAMS = {
    "type": "object",
    "required": ["events"],
    "additionalProperties": False,
    "properties": {
        "events": {"type": "object", "additionalProperties": EVENT_WORDS},
        # words that may stand for several holders in one article ('the company', 'the club')
        "generic_holders": WORD_LIST,
    },
}

#: Right before an event's verb or noun: the pronoun of the thing the copy has just dated ('Since its',
#: 'since it'), maybe with 'first'.
_ITS_BEFORE = re.compile(r"\b(?:its|it)\s+(?:first\s+|original\s+)?$", re.I)


def _told_of_it(statement: Dated, sentence: Sentence, pattern: re.Pattern) -> bool:
    """Is the event told of 'its' or 'it' ('Since its founding in 1998')?"""
    before = sentence.before(statement.claim, 80)
    match = pattern.search(before)
    return match is not None and _ITS_BEFORE.search(before[:match.start()]) is not None


def _next_to(earlier: Claim, later: Claim, text: str) -> bool:
    """Is the later figure in the same sentence as the earlier one, or in the sentence right after?"""
    if earlier.sentence_start == later.sentence_start:
        return True
    gap = text[earlier.sentence_start + len(earlier.sentence):later.sentence_start]
    return earlier.sentence_start < later.sentence_start and not gap.strip()


@check("event-year-twice", params=PARAMS)
def event_year_twice(rule, audit):
    """Two different years one article gives the one founding or opening of one holder."""
    patterns = event_patterns(rule.params["events"])
    generic = {w.lower() for w in rule.params.get("generic_holders", [])}
    for article_id, article_sentences in sentences_by_article(audit).items():
        article = audit.articles.get(article_id)
        text = article.text if article is not None else ""
        sentence_of = {c.id: s for s in article_sentences for c in s.claims}
        statements = [s for s in dated_statements(article_sentences, patterns) if not s.decade]
        for event, pattern in patterns.items():
            told = sorted((s for s in statements if s.event == event), key=lambda s: s.claim.start)
            for earlier, later in zip(told, told[1:]):
                if earlier.low == later.low or not earlier.holder or earlier.holder.startswith("another "):
                    continue
                of_it = (not later.holder and _told_of_it(later, sentence_of[later.claim.id], pattern)
                         and _next_to(earlier.claim, later.claim, text))
                named_twice = later.holder == earlier.holder and earlier.holder not in generic
                if of_it or named_twice:
                    yield Hit(
                        claim_ids=[earlier.claim.id, later.claim.id],
                        fields={"event": event, "first": earlier.claim.text, "second": later.claim.text},
                        suggestion=f"A thing is {event} once; check which year is right, "
                                   f"{earlier.claim.text} or {later.claim.text}.",
                    )
