"""Check kind ``deed-year-vs-decade``: a deed dated by its verb and, later, by its noun.

"a partial skeleton excavated in 1987" and "That 1970s excavation recovered
just 30 bones"; "The north face was first attempted in 1983" and "that 1970s
Japanese attempt"; "The volcano had not erupted since 1953" and "the
volcano's last eruption in the 1960s". The verb and the noun are matched by
the stem they share (excavat-ed / excavat-ion, erupt-ed / erupt-ion), so the
rule lists no deeds; FC404 keeps the events it names (founded, closed,
opened), and a pair both rules see is reported once.

A statement is read as:

* a year after a verb in the past ("excavated in 1987", "first attempted in
  1983"), after "not ... since" ("had not erupted since 1953": its last
  time), or after a noun told with "was in" ("whose only major
  refurbishment was in 1987");
* a decade before the deed's noun, after "the", "that", "its" or a
  possessor ("That 1970s excavation", "the theatre's 1970s refurbishment"),
  the noun being the head of its phrase ("the 1970s excavation site" is a
  site); or after "last" and the noun ("the last eruption in the 1960s").

A year told as the deed's first ("first attempted in 1983") rules out only
a decade before it, or a decade told as the first time too ("first explored
in 1958" / "Since its first exploration in the 1970s"); a last time ("not
erupted since 1953") rules out a decade after it, and a decade told as the
last time too. A noun's ending is left out when the stems are compared
(explor-ation, erupt-ion). Only an article
that gives the deed a single year is judged, and the two holders must
agree (as FC404 reads them: a possessor, a subject, a pronoun or none).
A year one either side of the decade is allowed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from factcheck.model import Claim
from factcheck.rules.checks.event_decade import holder_of, same_holder
from factcheck.rules.checks.sentences import is_decade, sentences_by_article
from factcheck.rules.registry import WORD_LIST, Hit, check

PARAMS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        # nouns sharing a verb's stem that name no deed ('the 1970s operation' of a firm, 'settlement')
        "not_deeds": WORD_LIST,
    },
}

_WHEN = r"(?:first|last|only|originally)"
#: Right before a year: a verb in the past, maybe with who did it ('first identified by the Geological
#: Survey in 1973'); or 'not ... since' (its last time); or a noun told with 'was in'.
_VERB_YEAR = re.compile(rf"\b(?:(?P<which>{_WHEN})\s+)?(?P<verb>[a-z]{{4,}}ed)\s+"
                        r"(?:by\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,4})?in\s+$")
_NOT_SINCE_YEAR = re.compile(r"\b(?:not|never|n['\u2019]t)\s+(?:been\s+)?(?P<verb>[a-z]{4,}ed)\s+since\s+$")
_NOUN_YEAR = re.compile(rf"\b(?:(?P<which>{_WHEN})\s+(?:[a-z]+\s+)?)?(?P<noun>[a-z]{{5,}})\s+"
                        r"(?:was|came|took\s+place|happened)\s+in\s+$")
#: Right before a decade: a definite determiner or a possessor ('that', "the theatre's").
_DEFINITE = re.compile(r"(?:\b(?:the|that|this|its|their|his|her)|[A-Za-z][\w-]*['\u2019]s?)\s+$", re.I)
_DETERMINERS = {"the", "that", "this", "its", "their", "his", "her"}
#: Right before a decade: the deed's last or first time ('the volcano's last eruption in the').
_NOUN_DECADE = re.compile(r"\b(?P<which>first|last|only)\s+(?P<noun>[a-z]{5,})\s+in\s+the\s+"
                          r"(?:early\s+|mid-?|late\s+)?$")
#: After a decade: up to one word, then the deed's noun ('1970s Japanese attempt', '1970s excavation').
_NOUN_AFTER = re.compile(r"^(?:-era)?\s+(?:(?P<first>[A-Za-z][\w'\u2019-]*)\s+)?(?P<second>[a-z]{5,})\b")
#: After a noun: it ends its phrase (punctuation, a verb, a function word), so it is the head.
_HEAD_END = re.compile(r"^(?:\s*[,.;:!?)\"\u201d\u2019]|\s*$|\s+(?:was|were|is|are|had|has|have|did|of|on|at|in|by|"
                       r"for|to|that|which|who|and|but|or|first|still|also|never|only|as|when|with|from|"
                       r"[a-z]+ed|caught|took|found|made|began|came|saw|left|led|drew|ran|won|lost|put|set|got|"
                       r"gave|went|brought|kept|held|told|struck|fell|broke|built|dug|met|became|showed|shows|"
                       r"remains|lives|stands)\b)")
#: Nouns for the doer, not the deed ('the 1980s operator', 'the 1970s explorer').
_DOER = re.compile(r"(?:or|er|ers|ors|ist|ists|ees?)$")


@dataclass
class _Told:
    """One statement of when a deed was done."""

    claim: Claim
    word: str          # the verb ('excavated') or the noun ('excavation') as written, lower case
    which: str         # 'first', 'last', 'only' or ''
    holder: str
    decade: bool


def _stem(word: str) -> str:
    return word[:-2] if word.endswith("ed") else word


#: The ending a noun of a deed adds to its verb's stem ('explor-ation', 'erupt-ion').
_NOUN_ENDING = re.compile(r"(?:ation|ition|ion)$")


def same_deed(one: str, other: str) -> bool:
    """Do two words name one deed: the same noun, or a verb and a noun on one stem of at least five
    letters ('excavated' / 'excavation', 'attempted' / 'attempt', 'demolished' / 'demolition',
    'explored' / 'exploration', whose noun's ending is left out)?"""
    a, b = _stem(one), _stem(other)
    if _shares_stem(a, b):
        return True
    a, b = _NOUN_ENDING.sub("", a), _NOUN_ENDING.sub("", b)
    return min(len(a), len(b)) >= 5 and _shares_stem(a, b)


def _shares_stem(a: str, b: str) -> bool:
    shared = len(os.path.commonprefix([a, b]))
    return shared >= 5 and shared >= max(len(a), len(b)) - 4 and shared >= min(len(a), len(b)) - 2


def _whose_holder(before: str) -> str:
    """The holder of a deed told after 'whose' ('The Grand, whose only major refurbishment'): the name."""
    return holder_of(re.sub(r",?\s*whose\s*$", "", before))


def _years(sentence, claim, not_deeds: set[str]) -> _Told | None:
    before = sentence.before(claim, 90)
    for pattern, which in ((_NOT_SINCE_YEAR, "last"), (_VERB_YEAR, None), (_NOUN_YEAR, None)):
        match = pattern.search(before)
        if match:
            word = (match.groupdict().get("verb") or match.group("noun")).lower()
            if word in not_deeds:
                return None
            which = which or (match.group("which") or "").lower()
            return _Told(claim, word, "" if which == "originally" else which,
                         _whose_holder(before[:match.start()]), False)
    return None


def _decades(sentence, claim, not_deeds: set[str]) -> list[_Told]:
    before = sentence.before(claim, 90)
    match = _NOUN_DECADE.search(before)
    if match:
        return [_Told(claim, match.group("noun").lower(), match.group("which").lower(),
                      holder_of(before[:match.start()]), True)]
    definite = _DEFINITE.search(before)
    after = _NOUN_AFTER.match(sentence.after(claim, 60))
    if not definite or not after:
        return []
    told = []
    for group in ("first", "second"):
        word = after.group(group)
        if (word and word.islower() and not _DOER.search(word) and word not in not_deeds
                and _HEAD_END.match(sentence.after(claim, 90)[after.end(group):])):
            possessor = definite.group().split()[0].lower() not in _DETERMINERS  # "the theatre's", not "that"
            told.append(_Told(claim, word, "", holder_of(before[:definite.end()]) if possessor else "", True))
    return told


def _contradicts(year: _Told, decade: _Told) -> bool:
    low, high = int(decade.claim.low), int(decade.claim.high)
    at = int(year.claim.low)
    if low - 1 <= at <= high + 1:
        return False
    if year.which == "first":
        # the first time cannot come after one told of a decade before it, nor be told as first twice
        return decade.which == "first" or high + 1 < at
    if year.which == "last":
        return decade.which == "last" or at + 1 < low
    return decade.which in ("", "only")


@check("deed-year-vs-decade", params=PARAMS)
def deed_year_vs_decade(rule, audit):
    """A deed's single year outside the decade the same article gives that deed."""
    not_deeds = {w.lower() for w in rule.params.get("not_deeds", [])}
    for article_id, article_sentences in sentences_by_article(audit).items():
        article = audit.articles.get(article_id)
        text = f"{article.title or ''}\n{article.text}" if article is not None else ""
        years, decades = [], []
        for sentence in article_sentences:
            for claim in sentence.claims:
                if claim.kind != "year" or claim.low is None or claim.high is None:
                    continue
                if is_decade(claim):
                    decades.extend(_decades(sentence, claim, not_deeds))
                elif claim.low == claim.high:
                    told = _years(sentence, claim, not_deeds)
                    if told:
                        years.append(told)
        for decade in decades:
            dated = [y for y in years if same_deed(y.word, decade.word)]
            if len({int(y.claim.low) for y in dated}) != 1:
                continue  # an article that gives the deed two years speaks of two of them
            year = dated[0]
            if same_holder(year, decade, frozenset(), text) and _contradicts(year, decade):
                yield Hit(
                    claim_ids=[year.claim.id, decade.claim.id],
                    fields={"year": year.claim.text, "decade": decade.claim.text, "deed": decade.word},
                    suggestion=f"Something done in {year.claim.text} was done in the {int(year.claim.low) // 10 * 10}s; "
                               "check the year and the decade.",
                )
