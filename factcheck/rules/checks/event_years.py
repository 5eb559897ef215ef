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

With ``scope: story`` (FC208) the two statements are in two reports of one
story (``Places.same_story``) and both name the holder by the same word that
is not generic ("The mall, which opened in 2014" / "The mall, which opened in
2021").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.model import Claim
from factcheck.rules.checks.event_decade import (EVENTS, Dated, dated_statements, event_patterns, goes_on_before,
                                                 name_told_with, only_holders, since_statements)
from factcheck.rules.checks.sentences import Sentence, sentences_by_article
from factcheck.rules.registry import WORD_LIST, Hit, check

PARAMS = {
    "type": "object",
    "required": ["events"],
    "additionalProperties": False,
    "properties": {
        "events": EVENTS,
        # words that may stand for several holders in one article ('the company', 'the club')
        "generic_holders": WORD_LIST,
        # 'article' (the default): two statements in one article; 'story': in two articles of one story
        "scope": {"enum": ["article", "story"]},
        # events a thing is told to have gone on since: 'Harrow's record has stood since 2016' after 'set in 2019'
        "since_events": WORD_LIST,
        # holders whose opening is their founding: 'whose father founded the park in 1962' / 'Since the park opened'
        "opened_when_founded": WORD_LIST,
    },
}

#: Right before an event's verb or noun: the pronoun of the thing the copy has just dated ('Since its',
#: 'since it', 'Since they'), maybe with 'first'.
_ITS_BEFORE = re.compile(r"\b(?:its|it|they|their)\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?"
                         r"(?:first\s+|original\s+)?$", re.I)  # ('since it was set up in 2013')


def _told_of_it(statement: Dated, sentence: Sentence, pattern: re.Pattern) -> bool:
    """Is the event told of 'its' or 'it' ('Since its founding in 1998')?"""
    before = sentence.before(statement.claim, 80)
    match = pattern.search(before)
    return match is not None and _ITS_BEFORE.search(before[:match.start()]) is not None


def _names_it_after(statement: Dated, holder: str, sentence: Sentence, generic: set[str], text: str) -> bool:
    """Does the sentence name the holder right after the year it tells of 'its' ('Since its founding in 1966, this
    bank has never lost a rupee'), by a word that is not generic, or by a noun the article gives the holder's name
    ('since its founding in 1878, the university had', in copy of 'Cardell State University')?"""
    named = re.match(r"^\s*,?\s*(?:this|the|our|that)\s+([a-z][\w-]*)\b", sentence.after(statement.claim, 40), re.I)
    if named is None or named.group(1).lower() in generic:
        return False
    noun = named.group(1).lower()
    return noun == holder or name_told_with(holder.split()[-1], noun, text)


#: Before 'it' and its event: the clause's subject, a noun after 'the' ('the mill had been running since it was
#: set up').
_SUBJECT_BEFORE_IT = re.compile(r"\bthe\s+([a-z][\w-]*)\s+(?:has|had|have|was|is|were|are)\b[^.;,]*$", re.I)


def _names_it_before(statement: Dated, holder: str, sentence: Sentence, text: str) -> bool:
    """Does the clause that tells the event of 'it' open on a noun the article gives the holder's name ('Prosecutors
    said the mill had been running since it was set up in 2013', in copy of 'the Westbrook Pacific diploma mill'), or
    does the sentence open on the holder's own name and a clause on it ('Vennor, which says it has been making safe
    appliances since its founding in 2014')?"""
    before = sentence.before(statement.claim, 160)
    subject = _SUBJECT_BEFORE_IT.search(before)
    if subject is not None and (name_told_with(holder, subject.group(1).lower(), text)
                                or _initials_end_in(holder, subject.group(1), text)):
        return True
    # (or its own name as the subject of the clause: 'Aurigen has flown seven missions since its founding in 2021')
    opening = re.match(r"^\W*((?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)(?:,\s+(?:which|who)\b|\s+(?:has|had|have)\s)",
                       before)
    return opening is not None and opening.group(1).split()[-1].lower() == holder.split()[-1]


def _initials_end_in(holder: str, noun: str, text: str) -> bool:
    """Is the holder a name of initials (three or more capitals in the copy) whose last stands for the noun ('The
    KSCA, founded in 1952' ... 'the association has faced since its founding in 1962')?"""
    return (len(holder) >= 3 and re.search(rf"\b{re.escape(holder.upper())}\b", text) is not None
            and holder[-1].lower() == noun[:1].lower())


#: A sentence that opens on a time since the event of a holder told by its noun ('Since the firm was founded in 2016').
_SINCE_THE_GENERIC = re.compile(r"^\W*Since\s+the\s+[a-z]+\s+(?:was|were)\s")


#: A sentence that keeps to the thing just named, its subject 'It' or 'Its' ('It was rebuilt in 2011').
_KEEPS_TO_IT = re.compile(r"^\W*(?:It|Its)\b")


def _keeps_to(sentence: str, holder: str) -> bool:
    """Does a sentence keep to the thing: its subject 'It', or the holder named again ('the plaza')?"""
    return bool(_KEEPS_TO_IT.match(sentence)) or (bool(holder) and re.search(
        rf"\b(?:the|its)\s+{re.escape(holder.split()[-1])}\b", sentence, re.I) is not None)


def _next_to(earlier: Claim, later: Claim, text: str, holder: str = "") -> bool:
    """Is the later figure in the same sentence as the earlier one, or in the sentence right after, or
    after one or two sentences of the same paragraph that keep to the thing ('It was rebuilt in 2011', 'Centre manager
    Paul Sestak said the plaza had never had an armed robbery')?"""
    if earlier.sentence_start == later.sentence_start:
        return True
    if earlier.sentence_start > later.sentence_start:
        return False
    gap = text[earlier.sentence_start + len(earlier.sentence):later.sentence_start].strip()
    between = [s for s in re.split(r"(?<=[.!?])\s+", gap) if re.search(r"\w", s)]  # (not a quote mark left over)
    if not gap or ("\n" not in gap and len(between) <= 2 and all(_keeps_to(s, holder) for s in between)):
        return True
    # a quote in the next paragraph that keeps to the thing, after its first sentence kept to it: 'Cormack Cove
    # Marina was opened in 1976 ... It now has 260 slips.' / '"My father built the first dock ...," Koyama said.
    # "It's been the family's business since it opened in 1967"'
    return (gap.count("\n\n") <= 1 and len(between) <= 3 and bool(between) and bool(_KEEPS_TO_IT.match(between[0]))
            and bool(_KEEPS_TO_IT.match(later.sentence.lstrip("\"\u201c\u2018' "))))


@check("event-year-twice", params=PARAMS)
def event_year_twice(rule, audit):
    """Two different years one article (or two reports of one story) give the one founding or opening
    of one holder."""
    patterns = event_patterns(rule.params["events"])
    only = only_holders(rule.params["events"])
    since_events = set(rule.params.get("since_events", []))
    generic = {w.lower() for w in rule.params.get("generic_holders", [])}
    opened_when_founded = {w.lower() for w in rule.params.get("opened_when_founded", [])}
    if rule.params.get("scope", "article") == "story":
        yield from _across_a_story(audit, patterns, generic, only)
        return
    for article_id, article_sentences in sentences_by_article(audit).items():
        article = audit.articles.get(article_id)
        text = article.text if article is not None else ""
        sentence_of = {c.id: s for s in article_sentences for c in s.claims}
        statements = [_as_founding(s, opened_when_founded)
                      for s in dated_statements(article_sentences, patterns, holders_of=only) if not s.decade]
        sinces = since_statements(article_sentences, years=True) if since_events else []
        for event, pattern in patterns.items():
            told = sorted((s for s in statements if s.event == event), key=lambda s: s.claim.start)
            if event in since_events and len({s.low for s in told}) == 1:
                for since in sinces:
                    if goes_on_before(told[0], since):
                        yield Hit(
                            claim_ids=[told[0].claim.id, since[0].id],
                            fields={"event": event, "first": told[0].claim.text, "second": since[0].text},
                            suggestion=f"Going on since {since[0].text} puts it before it was {event} in "
                                       f"{told[0].claim.text}; check which year is right.",
                        )
            for earlier, later in zip(told, told[1:]):
                if earlier.low == later.low or not earlier.holder or earlier.holder.startswith("another "):
                    continue
                told_of_it = not later.holder and _told_of_it(later, sentence_of[later.claim.id], pattern)
                of_it = told_of_it and (_next_to(earlier.claim, later.claim, text, earlier.holder)
                                        or _names_it_after(later, earlier.holder, sentence_of[later.claim.id], generic,
                                                           text)
                                        or _names_it_before(later, earlier.holder, sentence_of[later.claim.id], text))
                named_twice = later.holder == earlier.holder and earlier.holder not in generic
                by_its_founder = (later.holder in generic and len({s.holder for s in told}) == 2
                                  and _one_founder(earlier, later, sentence_of, pattern))
                # ('Sol Dorado, which was set up in 2013 ...' / 'Since the firm was founded in 2016, it has never ...': the
                # next sentence opens on the one dated holder by its generic word)
                generic_next = (later.holder in generic and len({s.holder for s in told}) == 2
                                and _SINCE_THE_GENERIC.match(later.claim.sentence) is not None
                                and _next_to(earlier.claim, later.claim, text))
                if of_it or named_twice or by_its_founder or generic_next:
                    yield Hit(
                        claim_ids=[earlier.claim.id, later.claim.id],
                        fields={"event": event, "first": earlier.claim.text, "second": later.claim.text},
                        suggestion=f"A thing is {event} once; check which year is right, "
                                   f"{earlier.claim.text} or {later.claim.text}.",
                    )


def _doer(statement: Dated, sentence: Sentence, pattern: re.Pattern) -> str:
    """The word right before the event's verb: its doer ('Lyle founded', 'he started'), or ''."""
    before = sentence.before(statement.claim, 120)
    match = pattern.search(before)
    doer = re.search(r"([A-Za-z][\w'\u2019-]*)\s+$", before[:match.start()]) if match else None
    return doer.group(1) if doer else ""


def _one_founder(earlier: Dated, later: Dated, sentence_of: dict, pattern: re.Pattern) -> bool:
    """Is a founding told of a generic holder ('he started the business in 2011') the one a person named by
    surname founded before ('Lyle founded Lyle Reserve Cellars in 2014'): by that surname, or by 'he' or 'she' in a
    sentence that names that person before ('had bought from Lyle since shortly after he started the business')?"""
    first = _doer(earlier, sentence_of[earlier.claim.id], pattern)
    later_sentence = sentence_of[later.claim.id]
    second = _doer(later, later_sentence, pattern)
    if not first[:1].isupper() or first.lower() in ("it", "they", "who", "which", "that", "the", "he", "she"):
        return False
    return second == first or (second.lower() in ("he", "she") and re.search(
        rf"\b{re.escape(first)}\b", later_sentence.before(later.claim, 160)) is not None)


def _as_founding(statement: Dated, opened_when_founded: set[str]) -> Dated:
    """The statement, its opening read as the founding of a holder that opens when it is founded (a park, a farm,
    a cafe)."""
    words = statement.holder.split()
    if statement.event == "opened" and words and words[-1] in opened_when_founded:
        return replace(statement, event="founded")
    return statement


def _across_a_story(audit, patterns: dict[str, re.Pattern], generic: set[str], only: dict[str, set[str]]):
    """Two years for one founding or opening in two reports of one story, each naming the holder by the
    same word that is not generic ('The mall, which opened in 2014' / 'The mall, which opened in 2021')."""
    statements = [s for article_sentences in sentences_by_article(audit).values()
                  for s in dated_statements(article_sentences, patterns, holders_of=only)
                  if not s.decade and s.holder and s.holder not in generic and not s.holder.startswith("another ")]
    reported: set[tuple[str, str, int, int]] = set()
    for i, a in enumerate(statements):
        for b in statements[i + 1:]:
            if a.event != b.event or a.holder != b.holder or a.low == b.low \
                    or a.claim.article_id == b.claim.article_id or not audit.places.same_story(a.claim, b.claim):
                continue
            if _narrowing(a) != _narrowing(b) or not _names_agree(audit, a, b):
                continue  # 'The press, set up in 1996' / 'The government press, established in 1952'; two temples
            first, second = sorted((a, b), key=lambda d: (d.claim.article_id, d.claim.start))
            key = (first.claim.article_id, second.claim.article_id, first.low, second.low)
            if key in reported:
                continue
            reported.add(key)
            yield Hit(
                claim_ids=[first.claim.id, second.claim.id],
                fields={"event": a.event, "holder": a.holder, "first": first.claim.text, "second": second.claim.text,
                        "sources": f"{audit.article_of(first.claim).source or first.claim.article_id}, "
                                   f"{audit.article_of(second.claim).source or second.claim.article_id}"},
                suggestion=f"A thing is {a.event} once; check which year the {a.holder}'s own records give.",
            )


def _narrowing(statement: Dated) -> tuple[str, ...]:
    """The words between the determiner and the holder ('The government press' -> ('government',))."""
    before = statement.claim.sentence[:statement.claim.start - statement.claim.sentence_start]
    told = list(re.finditer(rf"\b(?:the|its|their|this|that)\s+((?:[\w-]+\s+){{0,3}}?){re.escape(statement.holder)}\b",
                            before, re.I))
    return tuple(told[-1].group(1).lower().split()) if told else ()  # (the holder told last before the year)


def _names_agree(audit, a: Dated, b: Dated) -> bool:
    """Do the two articles name the holder alike? When either gives it a name ('the Kanak Plaza mall', 'Shree
    Ganesh Temple'), the other must give one of the same names: two reports of one crush may each tell of a
    temple of their own town."""
    names = [_names_of_holder(audit.article_of(one.claim).text, one.holder) for one in (a, b)]
    return not (names[0] or names[1]) or bool(names[0] & names[1])


#: Capitalised words that open a sentence or a name without naming it.
_NOT_NAME_WORDS = {"the", "a", "an", "this", "that", "its", "their", "our", "new", "old"}


def _names_of_holder(text: str, holder: str) -> frozenset[str]:
    """The last words of the names the text puts before the holder word ('Kanak Plaza mall' -> 'plaza',
    'Anandam Spinning Mills' -> 'spinning')."""
    found = set()
    for match in re.finditer(rf"((?:[A-Z][\w'\u2019-]*\s+){{1,3}})(?i:{re.escape(holder)})(?:s|es)?\b", text):
        words = [w for w in match.group(1).split() if w.lower() not in _NOT_NAME_WORDS]
        if words:
            found.add(words[-1].lower())  # the name's word next to the holder ('Hollin Vale's Brackenfold Arcade')
    return frozenset(found)
