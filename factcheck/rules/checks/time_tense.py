"""The tense of the verb a date belongs to, read from a dependency parse.

"The hoard was dug up by a detectorist near Kell in 2031" and "Industry
experts were excited about new formats coming to the fore in 2031" both
have a past-tense word before the date; only in the first is the dated
event told in the past. Word patterns cannot tell the two apart, but the
parse can: the date hangs from "in", which hangs from "dug" (a participle
with "was") in the first, and from "coming" in the second.

This is used by the event-after-publication check only for the few dates
that lie after an article's publication, so the extra parse costs little.
The parse comes from the extractor's shared spaCy pipeline.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract.nlp import load_nlp

#: Prepositions that put an event at a date ("in 2031", "on 4 May 2031", "during 2031").
EVENT_PREPOSITIONS = {"in", "on", "during", "at", "last"}
#: Participles that look ahead ("set for release in 2031", "scheduled for 2031").
_LOOKING_AHEAD = {"set", "due", "scheduled", "planned", "expected", "slated", "billed", "timed", "booked",
                  "earmarked", "proposed", "intended", "pencilled", "penciled", "poised", "tipped", "projected",
                  "forecast", "forecasted", "predicted", "estimated", "pushed", "moved", "postponed", "delayed"}
#: Participles that look towards what comes next ("Looking ahead to the vote on 9 May, she said").
_LOOKING_TOWARDS = {"look", "prepare", "plan", "wait", "expect", "head", "aim", "gear", "count", "hope", "build"}
#: What is "set" when it is done: "the record set in 1998" (not "set for release in 2031").
_RECORDS = {"record", "precedent", "benchmark", "best", "high", "low", "mark"}
#: Verbs whose past and present are one word ("they all hit the shops in 2031"): past only after "was"/"had".
_SAME_IN_PRESENT = {"hit", "put", "cut", "set", "shut", "quit", "beat", "spread", "cast", "hurt", "burst",
                    "let", "cost", "read", "bid", "split", "shed", "upset", "broadcast", "forecast"}
#: Of those, deeds whose date is their own: past with a singular subject ('the minister cut the ribbon on').
_DEEDS_SAME_IN_PRESENT = {"hit", "put", "cut", "shut", "quit", "beat", "spread", "hurt", "burst", "split", "shed"}
#: Nouns of scheduled events: a date just after one is the event's date, not the verb's
#: ("drew France as their last home match on 7 September", "faces trial on 16 June").
EVENT_NOUNS = {"match", "game", "fixture", "tie", "final", "semi-final", "trial", "hearing", "meeting", "election",
               "vote", "referendum", "poll", "summit", "launch", "release", "debut", "deadline", "date", "visit",
               "tour", "concert", "show", "ceremony", "opening", "start", "kick-off", "race", "fight", "bout",
               "opener", "decider", "clash", "derby", "premiere"}
#: Occasions a date sets a past deed in, framed by 'in', 'during' or 'at' ('In Saturday's run on February 12, Munro took it').
_OCCASIONS = EVENT_NOUNS | {"run", "attempt", "raid", "flight", "session", "outing", "test"}
#: Occasions and gatherings a date set before them dates, a past deed told at them ('At a June 14 debrief, the
#: Forest Service told ...').
_DATED_GATHERINGS = _OCCASIONS | {"debrief", "briefing", "conference", "inquest", "assembly", "forum"}
#: Verbs of arranging an event for later: a date in their clause is the event's ('organised a party ... on').
_ARRANGING_VERBS = {"organise", "organize", "arrange", "plan", "book", "schedule", "announce", "call", "fix"}
#: What is arranged for a day: the scheduled events, and gatherings.
_ARRANGED_EVENTS = EVENT_NOUNS | {"party", "reception", "dinner", "celebration", "gala", "recital", "homecoming", "parade",
                                  "rally", "vigil", "funeral", "memorial", "wedding", "screening", "auction", "festival",
                                  "fundraiser"}
#: Dependencies that keep climbing from a date to the word it belongs to.
_CLIMB = {"pobj", "compound", "nummod", "npadvmod", "appos", "nmod", "amod", "quantmod", "prep"}


@lru_cache(maxsize=2048)
def _parse(sentence: str):
    return load_nlp()(sentence)


def _date_root(doc, start: int, end: int):
    """The token of the span ``start``-``end`` whose head lies outside it."""
    tokens = [t for t in doc if t.idx < end and t.idx + len(t) > start]
    for token in tokens:
        if not (start <= token.head.idx < end) or token.head is token:
            return token
    return None


def _arranges_an_event(verb) -> bool:
    """Is ``verb`` one of arranging whose object is an event ('have organised a welcome-home party',
    'called a meeting')?"""
    return verb.lemma_.lower() in _ARRANGING_VERBS and any(
        child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in _ARRANGED_EVENTS for child in verb.children)


def _after_record(verb) -> bool:
    """Does ``verb`` describe a record noun, as its clause or set off right after it?"""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in _RECORDS:
        return True
    before = [t for t in verb.doc[max(0, verb.i - 2):verb.i] if not t.is_punct]
    return bool(before) and before[-1].lemma_.lower() in _RECORDS


#: Verbs whose following verb is done when they are: "began writing", "started to refund".
_ASPECT_VERBS = {"begin", "start", "stop", "resume", "finish", "continue", "cease"}


def _past_verb(verb) -> bool:
    """Is ``verb`` told in the past: "walked", "was dug up", "had closed", "(the hoard,) found in"?"""
    while verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head  # "was shot and stabbed": "stabbed" takes the helpers of "shot"
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.lower_ == "set" and verb.tag_ == "VBN" and not helpers and _after_record(verb):
        return True  # "the previous record, set in November 2027": a record is set in the past
    if verb.lower_ in _LOOKING_AHEAD:
        return False
    if verb.dep_ == "xcomp" and verb.tag_ in ("VBG", "VB") and verb.head.lemma_ in _ASPECT_VERBS:
        return _past_verb(verb.head)  # "began writing to owners on March 25": as told as "began"
    if verb.lower_ in _SAME_IN_PRESENT and not helpers:
        # 'cut', 'put', 'hit' read as the present only with a plural subject: 'the minister cut
        # the ribbon' is past (the present would be 'cuts')
        if verb.lower_ not in _DEEDS_SAME_IN_PRESENT:
            return False  # 'forecast rain on 9 October', 'set a date on': the date is another event's
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and (subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it"))
    if any(h.tag_ == "MD" or h.lower_ in ("to", "will", "shall", "'ll") for h in helpers):
        return False
    if (verb.tag_ == "VBG" and verb.dep_ == "advcl" and not helpers and verb.head.pos_ in ("VERB", "AUX")
            and verb.i < verb.head.i and verb.lemma_.lower() not in _LOOKING_TOWARDS):
        # an opening participle takes its verb's time: "Speaking at the unveiling on 9 December, Dr
        # Achterberg said" (not one that follows it: "has paid for a week, leaving on 19 December")
        return _past_verb(verb.head)
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    if any(h.lower_ == "being" for h in helpers):
        return False  # "is being run", "was being held": in progress, not done
    if any((h.tag_ == "VBD" and h.lemma_ == "be") or (h.tag_ in ("VBD", "VBZ", "VBP") and h.lemma_ == "have")
           for h in helpers):
        return True  # "was found", "had closed", "has opened" (not "is held", a present passive)
    if helpers:
        return False
    if verb.dep_ == "acomp" and verb.head.lemma_ == "be" and verb.head.tag_ == "VBD":
        return True  # "was last frozen in 2028", parsed as 'was' + an adjective-like participle
    # A bare participle describing a noun: "The brooch, found by a walker in 2029, ...", or a
    # simple past the tagger took for a participle ("The inquiry opened on ...": it has a subject).
    # (or one the parser hung on its noun as a conjunct: 'The Castlemere summer fete, held on 16 July, raised')
    return (verb.dep_ == "acl" or any(c.dep_ == "nsubj" for c in verb.children)
            or (verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN")))


#: Prepositions that put a past verb's event inside a dated noun: "approved the plan at a meeting
#: on 28 July", "spoke during the debate on 3 May", "opened an inquest into the deaths on 17 July".
_INSIDE_PREPOSITIONS = {"at", "during", "into"}


def _held_at(noun):
    """The past verb whose event took place at, during or into ``noun``, or None: "approved the
    plan at a meeting on 28 July" (the meeting was held); "drew France as their last home match
    on 7 September" is no such thing (the match is still to come)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _INSIDE_PREPOSITIONS:
        return None
    verb = preposition.head
    return verb if verb.pos_ in ("VERB", "AUX") and _past_verb(verb) else None


#: Verbs that carry out the event their object names: 'played its first game on', 'held its first
#: hearing on', 'began its first science run on' (the date is the verb's as well as the event's).
_PERFORMING = {"play", "hold", "stage", "begin", "start", "complete", "finish", "run", "host", "conduct", "carry"}


def _performed(noun):
    """The past verb that carried out the event ``noun`` names as its object, or None."""
    verb = noun.head
    return verb if (noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _PERFORMING
                    and _past_verb(verb)) else None


def dated_event_is_past(sentence: str, start: int, end: int) -> int | None:
    """Where the past-tense verb of the event the date at ``start``-``end`` of ``sentence`` dates is
    (its offset into the sentence), or None when the date does not date an event told in the past.

    The date must hang from an event preposition ("in", "on", "during")
    attached to a verb in the past. A date inside a noun phrase ("the 2031
    Six Nations", "a plan for 2031") or after "by", "until", "from",
    "before" is not the time of a past event.
    """
    doc = _parse(sentence)
    token = _date_root(doc, start, end)
    if token is not None and token.head.lower_ in _DATED_GATHERINGS and token.dep_ in ("nmod", "compound"):
        verb = _held_at(token.head)
        return verb.idx if verb is not None else None  # 'At a June 14 debrief with race organizers, the Forest
        # Service told the race': the occasion's date, and the occasion was held
    if token is None or token.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return None  # the date describes a noun: "the 2031 Golden Globes", "the 2031-32 budget"
    preposition = None
    steps = 0
    date_root = token
    while token is not None and steps < 6:
        steps += 1
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod",):
            # a day hung straight on its verb, American style: "The report, released March 30, ..."
            bare_day = preposition is None and date_root.head.i == token.i and date_root.dep_ == "npadvmod"
            if _arranges_an_event(token):
                return None  # 'have organised a welcome-home party at the Anchor pub on July 17': the party's date
            return token.idx if (preposition in EVENT_PREPOSITIONS or bare_day) and _past_verb(token) else None
        if token.pos_ == "ADP":
            if preposition is not None:
                return None  # "in the plan for 2031": the date belongs to a noun
            preposition = token.lower_
            if token.i > 0 and doc[token.i - 1].lower_ in EVENT_NOUNS and _held_at(doc[token.i - 1]) is None:
                performed = _performed(doc[token.i - 1])  # ('held its first hearing on 3 December')
                return performed.idx if performed is not None else None  # "their last home match on 7 September 2031"
        elif token.pos_ in ("NOUN", "PROPN") and preposition is not None:
            if (preposition in EVENT_PREPOSITIONS and token.dep_ in ("nsubj", "nsubjpass")
                    and token.lower_ not in EVENT_NOUNS and token.head.pos_ in ("VERB", "AUX")
                    and _past_verb(token.head)):
                return token.head.idx  # "The last derailment on the line, at Sowden in 2029, killed ..."
            verb = (_held_at(token) or _performed(token)) if preposition in EVENT_PREPOSITIONS else None
            if verb is not None:
                return verb.idx  # "approved the plan at a meeting on 28 July", "began its first run on 19 November"
            frame = token.head
            if (preposition in EVENT_PREPOSITIONS and token.dep_ == "pobj" and token.lower_ in _OCCASIONS
                    and frame.lower_ in ("in", "during", "at") and frame.head.pos_ in ("VERB", "AUX")
                    and _past_verb(frame.head)):
                return frame.head.idx  # "In Saturday's run on February 12, Munro took it to 1,104 km/h"
            return None  # "the jobs gains in December", "matches in the 2031 Six Nations"
        if token.dep_ not in _CLIMB or token.head is token:
            return None
        token = token.head
    return None
