"""What a figure is about: subject, predicate, polarity and the sentence's entities.

Works on a parsed spaCy ``Doc`` of one sentence. For each numeric mention
(character offsets relative to that sentence) it reads the dependency tree:

* subject  - the noun the number counts or the measure describes
  (factcheck.extract.subjects, factcheck.extract.measures): ``479 drones``, ``41 of Russia's jets``,
  ``12 kilograms of cocaine``, ``a 162 mile bridge``, ``400 miles from the
  border`` (a distance), ``unemployment rose to 5%``; with no noun of its
  own (``more than 90 wounded``) a count borrows the subject of the
  previous count in the sentence. A tally of casualties counts people
  (``the death toll rose to 19``: people, kill), a bare share won in an
  election is a share of the vote, and a sum someone moves with nothing
  said about it is plain ``money`` (see factcheck.extract.subjects). A count
  of a whole set is a level of its owner: ``a town of 84,000 people`` and
  ``Halvik grew to 84,000`` are Halvik's population, ``the train's eight
  carriages`` how many carriages the train has (``_read_as_whole``).
* agent - who or what does the verb, by the name the text gives it
  (``the Union Party`` -> ``union party``, ``Lars Brenner`` -> ``brenner``).
* predicate, negated, hedged (factcheck.extract.predicates) - the nearest
  governing verb with its particle (``shoot down``), its negation and hedges.
* entities, places, dates - the sentence's named entities by type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.extract.lemmas import modifier_lemma, noun_lemma, participle_verb, verb_lemma
from factcheck.extract.predicates import (
    governing_verb, is_forecast_verb, misread_doer, noun_before_verb, polarity, predicate, relative_clause_verb,
    stated_verb, verb_of_noun_root, verb_read_as_noun,
)
from factcheck.extract.measures import measure_subject
from factcheck.extract.nonclaims import nth_death, nth_deed
from factcheck.extract.scanner import PEOPLE_OF_AN_AGE
from factcheck.extract.subjects import (
    NOUN_ROLES, NOT_SUBJECTS, POPULATION_NOUNS, PRONOUNS, clause_subject, count_subject, counted_noun, figure_top, is_nounish,
    is_participle_word, is_unit_name,
    PLACE_NOUNS, is_place, of_object, part_owner, population_place, population_predicate, possessor, tally_reading,
    sold_thing, through_collective, TOLL_VERBS, transfer_verb, vote_share_verb, polled_verb, inverted_tally, brought_tally,
    risen_tally,
    stranded_subject,
)
from factcheck.model import fact_box_label

_PERSON_LABELS = {"PERSON", "ORG", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC", "EVENT"}  # where, or which named event ("the Holocaust")
_DATE_LABELS = {"DATE", "TIME"}


@dataclass
class EarlierReading:
    """A figure read before the current one in the same sentence (sentence-relative offsets)."""

    start: int
    end: int
    kind: str
    context: "Context"
    dimension: str = ""


@dataclass
class Context:
    subject: str = ""
    subject_text: str = ""
    subject_modifiers: list[str] = field(default_factory=list)
    agent: str = ""
    predicate: str = ""
    negated: bool = False
    hedged: bool = False
    entities: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)


_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
               "north-east", "north-west", "south-east", "south-west", "away", "outside", "near"}


def _is_reference_point(ent) -> bool:
    """A place named only to measure from: '280 miles south of Valmora', '40km from Ostrel'."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("of", "from"):
        return False
    anchor = root.head.head
    return anchor.lower_ in _DIRECTIONS or anchor.like_num or any(c.like_num for c in anchor.children)


def _add(items: list[str], text: str) -> None:
    text = text.strip()
    if text and text not in items:
        items.append(text)


def entities(doc, verb=None, figure=None) -> tuple[list[str], list[str], list[str]]:
    """People/organisations, places and date words tied to a figure.

    Places and dates are read from the figure's own clause (the subtree of
    its verb) so that "two killed in Ostrel" is not also tied to the other
    city the sentence names; with no place in the clause, the sentence's
    places are used. Places named only as reference points of a distance are
    left out. Dates are the clause's own (a date elsewhere in the sentence is
    usually when something was *said*), but not those of a relative clause on a person or a named
    thing other than the figure's ('The 26 people injured included Bridget Cawley, who died on
    Monday').
    """
    people, places, dates = [], [], []
    main_dates: set[int] = set()
    if verb is not None and verb.dep_ in ("relcl", "acl") and verb.head != verb:
        if not any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in verb.children):
            main_dates = _main_verb_dates(verb.head)  # (not 'The tigress that had killed four people was
            # tranquillised on Tuesday': the killings came before)
        verb = verb.head  # 'a strike on Jan. 17 that killed seven': the noun's phrase
    elif verb is not None and verb.dep_ == "advcl" and verb.head != verb \
            and any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children):
        main_dates = _dates_told_by(verb.head)  # ('the ring, broken up last week when police raided five
        # warehouses': what was done when something else was is of that time)
    clause = {t.i for t in verb.subtree} if verb is not None else None
    if clause is not None and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        # a verb that shares the subject of the one before ('The last major fire, the 2018 Crestline
        # Fire, burned 31,000 acres and destroyed 86 homes'): the subject is of its clause too
        # (not what a clause on the subject tells: 'That bridge, built in 1931, carries ... and has had a
        # 7.5-tonne weight limit since 2016')
        subjects = [c for c in verb.head.children if c.dep_.startswith("nsubj")]
        told_of_subject = {t.i for s in subjects for m in s.subtree if m.dep_ in ("acl", "relcl") for t in m.subtree}
        clause |= {t.i for s in subjects for t in s.subtree} - told_of_subject
    if clause is not None and figure is not None:
        clause -= _others_relative_clauses(verb, figure)
    sentence_places: list[str] = []
    for ent in doc.ents:
        in_clause = clause is None or ent.root.i in clause
        if ent.label_ in _PERSON_LABELS:
            _add(people, ent.text)
        elif ent.label_ in _PLACE_LABELS and ent.root.pos_ == "PROPN" and not _is_reference_point(ent):
            # ('Turnout was 64%': a capitalised common noun the tagger knows is no place)
            if not _PART_PLACE_BEFORE.search(doc.text[max(0, ent.start_char - 40):ent.start_char]) \
                    and not _SERVICE_AFTER.match(doc.text[ent.end_char:ent.end_char + 40]) \
                    and (in_clause or not _where_said(ent)):
                _add(places if in_clause else sentence_places, ent.text)
        elif ent.label_ in _DATE_LABELS and (in_clause or ent.root.i in main_dates) \
                and not _in_dateline(doc.text, ent.start_char, ent.end_char) \
                and not _COMPARED_BEFORE.search(doc.text[max(0, ent.start_char - 30):ent.start_char]) \
                and not _dates_the_level_before(doc, ent, figure):
            _add(dates, ent.text)
    return people, places or sentence_places, dates


def _dates_the_level_before(doc, ent, figure) -> bool:
    """Does the date tell when the level a change is measured from held, which the figure comes before
    ('Turnout was 47.2 per cent, up from 38.6 per cent in the October 2025 general election': not the
    47.2's date, though it is the 38.6's)?"""
    start = max(0, ent.start_char - 60)
    found = _UP_FROM_BEFORE.search(doc.text[start:ent.start_char])
    return found is not None and figure is not None and figure.idx < start + found.start()


def _where_said(ent) -> bool:
    """Is the place where something was said ('Varma told reporters at the Samudrapur collectorate'): in a
    phrase of place under the nearest verb above it, a verb of saying? (Not the one who said it:
    'Glenrowan Airport said' names the source, which may be where the figure is; nor a place that
    narrows the one who said it.)"""
    below, token = None, ent.root
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        below, token = token, token.head
    # (the phrase must hang on the verb itself: 'Police in Ridgeline said' names where the police are)
    return below is not None and below.dep_ == "prep" and token.lemma_.lower() in ("say", "tell")


def _others_relative_clauses(verb, figure) -> set[int]:
    """The tokens of relative clauses in the verb's clause that tell of a person or a named thing
    other than the figure's and hold no part of it ('..., who died in hospital on Monday'; 'the Wend
    Bridge, which was built in 1931'). A clause on a common noun may tell the figure's own event
    ('in the attack, which began shortly before midnight on Sunday') and is kept."""
    found: set[int] = set()
    for token in verb.subtree:
        if token.dep_ != "relcl" or token == verb or figure in token.head.subtree:
            continue
        if token.head.pos_ == "PROPN" or any(t.lower_ in ("who", "whom", "whose") for t in token.children):
            found |= {t.i for t in token.subtree}
    return found


#: Verbs that say when an event took place ('The market ... was held on March 19 and 20'): what the
#: event's relative clause tells happened then too (not 'the terminal where two workers died partly
#: reopened on Tuesday', nor 'The firm, which employs 300 people, said on Monday').
_TAKING_PLACE = {"hold", "stage", "happen", "occur", "take"}


def _main_verb_dates(noun) -> set[int]:
    """The tokens of the dates the main verb of a noun's sentence is told at, when the noun is its
    subject and the verb says when it took place ('The two-night market, which drew 16,000 visitors,
    was held on March 19 and 20': the market's figure is of those days)."""
    main = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or main.lemma_ not in _TAKING_PLACE:
        return set()
    return _dates_told_by(main)


def _dates_told_by(verb) -> set[int]:
    """The tokens of the words that tell when a verb took place: a bare time ('last week') or a phrase
    of time ('on March 19')."""
    found: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("npadvmod", "tmod"):
            found |= {t.i for t in child.subtree}
        elif child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during", "over", "between"):
            found |= {t.i for t in child.subtree}
    return found


#: Right before a date: the time of what the figure is compared with ('slightly lower than at the 2023
#: state election', 'compared with 2019'), not the figure's own.
_COMPARED_BEFORE = re.compile(r"\b(?:than|compared (?:with|to)|against)\s+(?:(?:at|in|on|for|during)\s+)?(?:the\s+)?$", re.I)


#: Right before a date: the time of the level a change is measured from ('Turnout was 47.2 per cent, up from
#: 38.6 per cent in the October 2025 general election'), not the figure's own.
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+[^,;()]{1,30}?\s+(?:in|at|on|during|for)\s+(?:the\s+)?$", re.I)


#: Right after a place the tagger read: the rest of a public body's name, so the words are the body's, not
#: where the figure is ('West Midshire Fire and Rescue Service said', 'Kent County Council').
_SERVICE_AFTER = re.compile(r"^\s*(?:(?:Fire|Ambulance|Police|County|City|District|Borough|Health)\s+)?(?:and\s+Rescue\s+)?"
                            r"(?:Service|Services|Police|Council|Constabulary|Authority|Board|Brigade|Department)\b")
#: Right before a place: it is where a part of the figure is, not all of it ('63 homes have been destroyed
#: and another 29 damaged, most of them in Corella Creek'; 'mostly in the north'; but '900 of them in
#: Ashgrove' is where the 900 are).
_PART_PLACE_BEFORE = re.compile(r"\b(?:(?:most|many|some|half|several|all but \w+|the majority|a few)\s+of\s+(?:them|which|those|these)|"
                                r"mostly|mainly|largely|chiefly|principally)\s+(?:in|at|on|around|near)\s+(?:the\s+)?$",
                                re.I)


#: A dateline before a date: 'DUBLIN, ', 'NANDIPUR, India, '; and after it, the agency and the dash
#: ('DUBLIN, Nov 26 (Corvane) - '): the day the story was filed, not a day its figures tell of.
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z.'\u2019 -]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?,\s*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?[-\u2013\u2014:]")


def _in_dateline(text: str, start: int, end: int) -> bool:
    return bool(_DATELINE_BEFORE.match(text[:start]) and (
        _DATELINE_AFTER.match(text[end:]) or re.search(r"\s[-\u2013\u2014]\s", text[start:end])))  # ('Sept 10 - Floods')


#: Right before a sum that describes the noun after it: a determiner ('The £95m scheme', 'a £1.2bn bypass').
_DESCRIBING_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that)|\w['\u2019]s?)\s+$", re.I)


#: Nouns that name what a sum is, which the tagger may read as adjectives ('The £18.6m fine').
_SUM_NOUNS = {"fine", "fines", "penalty", "penalties"}


def _thing_of_sum(doc, span):
    """The thing a sum with no subject is the cost or worth of, when the parse lost it: the noun
    'worth' describes ('a naming rights deal worth £45m'), or the noun right after a sum that
    follows a determiner, past a bracketed conversion ('The 21 million euro ($24 million) bridge',
    'The £95m scheme to replace the estate')."""
    worth = doc[span.start - 1] if span.start > 0 else None  # (a qualifier is part of the figure: 'worth about £45m')
    if worth is not None and worth.lower_ == "worth":
        head = worth.head if worth.dep_ == "amod" else None
        if head is not None and head.i < worth.i and head.is_alpha and head.dep_ in NOUN_ROLES | {"ROOT"}:
            return head  # (by its role: the parse may tag it a verb)
        return None
    if not _DESCRIBING_BEFORE.search(doc.text[:span.start_char]):
        return None
    i = span.end
    if i < len(doc) and doc[i].text == "(":  # a conversion in brackets
        close = next((t.i for t in doc[i:i + 8] if t.text == ")"), None)
        if close is None:
            return None
        i = close + 1
    noun = None
    while i < len(doc) and doc[i].is_alpha and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and i < span.end + 12:
        noun = doc[i] if doc[i].pos_ in ("NOUN", "PROPN") or doc[i].lower_ in _SUM_NOUNS else noun
        i += 1
    return noun if noun is not None and noun.lemma_.lower() not in NOT_SUBJECTS else None


def _noun_phrase(tok) -> str:
    """The noun with its conjuncts: 'soldiers and civilians'."""
    conj = [c for c in tok.conjuncts if c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]
    if not conj:
        return tok.text
    return tok.doc[tok.i: conj[-1].i + 1].text


#: Modifiers that say how many or which one, not what kind of thing.
_NOT_MODIFIERS = {"more", "many", "few", "several", "other", "some", "same", "such", "least", "most",
                  "further", "additional", "extra", "total", "overall", "estimate", "estimated",
                  # descriptors that do not change which thing is meant ("the new bridge")
                  "new", "old", "former", "current", "latest", "planned", "proposed", "whole", "entire",
                  "record", "club-record", "all-time", "sellout", "sell-out", "sold-out"}


#: Places named by their kind only ('killed 11 people in the city'): they say where, as
#: the clause's places do, and do not narrow what is counted.
_GENERIC_PLACES = {"city", "town", "village", "region", "country", "area", "district", "province", "state",
                   "capital", "county", "nation", "world", "site", "neighbourhood", "neighborhood", "suburb",
                   "borough", "island", "zone", "locality", "municipality", "territory", "street", "place",
                   # settings, not kinds: 'bought the painting at auction', 'the figure at the meeting'
                   "auction", "meeting", "ceremony", "conference", "hearing", "event"}


def _before_a_name(tok) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"


#: Nouns of a span of time: a figure's period ('profit in the six months'), which narrows it.
_SPAN_NOUNS = {"second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "season", "year", "decade"}


def _hyphened_to_a_number(token) -> bool:
    """Is the word part of a figure hyphened to its noun ('the 6.5-metre mirror', 'a 160-foot-wide
    roof')? It is that figure's unit or aspect, not a kind of the noun."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text in ("-", "\u2010", "\u2011"):
        if doc[i - 2].like_num:
            return True
        i -= 2
    return False


def _modifiers(noun, figure) -> list[str]:
    """Lemmas of the words that narrow a subject: 'pothole repairs' -> ['pothole'],
    'cruise missiles' -> ['cruise'], 'sales at restaurants' -> ['restaurant'];
    numbers, quantity words and the words of a figure hyphened to the noun are left out."""
    # (a word before the noun's own determiner or possessor is no part of its phrase: 'told Latitude the
    # company's 170 workers', where the parser hangs the dative 'Latitude' on 'workers')
    opens = min((c.left_edge.i for c in noun.children if c.dep_ in ("det", "poss") and c.i < noun.i), default=-1)
    words = {
        modifier_lemma(c) for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") and opens < c.i < noun.i and c not in figure
        and not _hyphened_to_a_number(c)
        and c.is_alpha and not c.like_num and c.pos_ != "ADV" and c.lemma_.lower() not in _NOT_MODIFIERS
    }
    before = noun.doc[noun.i - 1] if noun.i >= 2 else None
    if (before is not None and before == noun.head and is_participle_word(before)
            and noun.doc[noun.i - 2] in figure and before.lemma_.lower() not in _NOT_MODIFIERS):
        words.add(modifier_lemma(before))  # 'the eleven destroyed homes', parsed as 'eleven (destroyed homes)'
    if noun.pos_ == "PROPN":
        return sorted(words)  # a name needs no narrowing: 'Anton Brezhar, 57, in the cab of his truck'
    # 'sales at restaurants', 'sales in the generics business' (named places are ``places``)
    words |= {
        o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "for", "from")
        for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o not in figure
        and o.lemma_.lower() not in _GENERIC_PLACES
        and not (any(c.dep_ == "nummod" for c in o.children) and o.lemma_.lower() not in _SPAN_NOUNS)
        # ('at 1,165 metres' is another figure, no kind; 'profit in the six months' names its period)
        and not _before_a_name(o)  # 'for the striker Tomas Reyna': a title, not a kind of fee
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children)  # 'at the Stannerton tower
        # block': one named place, where it happened, not a kind of thing counted
    }
    return sorted(words)


def _describes_what_exists(span, top) -> bool:
    """The figure describes a thing already there, which the clause's modal
    does not put in doubt: set off after its noun ('The limit, 30mph, may
    be lowered') or joined by a hyphen to a noun with a definite determiner
    ('would cut the 90-mile trip')."""
    if top.dep_ == "appos":
        return True
    if not _joined_by_hyphen(span):
        return False
    noun = top.head if top.head != top else top
    return any(c.dep_ in ("det", "poss") and (c.lower_ == "the" or c.dep_ == "poss") for c in noun.children)


def _is_headline_label(tok) -> bool:
    """'BREAKING:', 'LIVE:', 'UPDATE:' - a label that opens a headline, followed by a
    colon; it names the kind of story, never what the figure counts."""
    return tok.i <= 1 and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == ":" and (
        tok.text.isupper() or tok.lower_ in ("breaking", "live", "update", "exclusive", "watch", "pictured"))


def _participle_verb(top, subject_tok, measure: bool):
    """The participle straight after the counted or measured noun that says
    what happened to it, as a relative clause would: '40 prisoners released on
    Friday' -> released, '3,000 rescued after ferry sinks' -> rescued, '5kg of
    heroin seized at port' -> seized (a headline writes its verb so)."""
    anchors = [top]
    # a count's of-phrase is the whole set ('27 of the 30 boxes lost'); a measure before
    # its noun is a property of it ('the 50mph limit set by ...'), not what happened
    if subject_tok is not None and subject_tok != top and (
            of_object(top) == subject_tok if measure else top.head == subject_tok):
        anchors.append(subject_tok)
    for anchor in anchors:
        # 'one of the eight people bitten since ...': the parse hangs the participle on 'one'
        one = _one_of(anchor)
        for child in [*anchor.children, *(one.children if one is not None else ())]:
            if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and child.i == anchor.i + 1 \
                    and child.lower_ not in _DESCRIBING_PARTICIPLES:
                return child
        # the parse may hang it on the noun's preposition ('Of the 141 people sickened, 38 were ...')
        after = anchor.nbor(1) if anchor.i + 1 < len(anchor.doc) else None
        if after is not None and after.dep_ == "dep" and after.tag_ in ("VBN", "VBD") and anchor.dep_ == "pobj" \
                and after.head == anchor.head and after.lower_ not in _DESCRIBING_PARTICIPLES:
            return after
    return None


def _one_of(noun):
    """'one' in 'one of the eight people', for the noun 'people'; else None."""
    of = noun.head if noun.dep_ == "pobj" else None
    return of.head if of is not None and of.lower_ == "of" and of.head.lower_ == "one" else None


def _holds_in_apposition(tok, figure) -> bool:
    """'Jarrah Bin Sali, one of the 28 divers stood down': the figure is in the name's apposition,
    so the name is one of the things counted, not who did the verb to them."""
    return any(a.dep_ == "appos" and any(t in figure for t in a.subtree) for a in tok.children)


#: Participles that describe the noun rather than tell what happened to it:
#: '900 adults aged 40 to 60', '300 firms based in Leeds', 'covers 14 lots made between March and August',
#: 'have arrested 12 people suspected of helping the escape'.
_DESCRIBING_PARTICIPLES = {"aged", "based", "called", "named", "dubbed", "known", "located", "situated",
                           "numbered", "listed", "labelled", "labeled", "made", "manufactured", "produced",
                           # what the people are thought to have done: 'arrested 12 people suspected of helping'
                           "suspected", "accused", "alleged", "believed", "thought", "feared", "wanted"}


def _agent(verb, subject_tok, figure) -> str:
    """Who or what does the verb: 'Sarvenia launched 20 missiles' -> 'sarvenia'."""
    if verb is None:
        return ""
    # the subject nearest the verb: a dateline ('VALMORA, Ardenia —') may hang on it too
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c != subject_tok and c not in figure
                and not _holds_in_apposition(c, figure)]
    # a passive names its doer in a by-phrase: '25% owned by Richard Branson'
    subjects += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not subjects and verb.dep_ == "amod" and misread_doer(verb) is not None:
        subjects = [misread_doer(verb)]  # 'Each migrant paid smugglers $3,000': the verb read as a modifier
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and stranded_subject(verb) is None:
        # "Brannock's has 412 stores and employs 61,000 people": the first verb's doer does both
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c not in figure]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # 'The Greens gained ground, winning 27.5%': the participle's doer is the main clause's
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c not in figure]
    if not subjects:
        return ""
    # 'A blade about 45 meters (148 feet) long snapped': the parse may make the size a second subject
    subjects = [c for c in subjects if not (is_unit_name(c.lemma_.lower()) and any(
        k.dep_ == "nummod" for k in c.children))] or subjects
    child = min(subjects, key=lambda c: abs(verb.i - c.i))
    if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        child = verb.head  # 'Patrick Corporation, which owns 46%': the corporation
        if child.pos_ == "PROPN" and child.dep_ == "pobj" and child.head.lower_ in ("in", "on", "at", "near") \
                and child.head.head.pos_ == "NOUN":
            child = child.head.head  # 'the contact centre in Harnsby, which employs 1,400': the centre
        if child == subject_tok:
            return ""  # 'the five people who died': they are what is counted, not a doer
    if child.pos_ in ("PRON", "DET") or child.like_num or child.lemma_.lower() in NOT_SUBJECTS:
        return ""
    return agent_name(child)


def agent_name(tok) -> str:
    """The agent as the text names it, so that one actor reads the same in every article.

    'the Union Party' -> 'union party' (its name, not the generic 'party'); 'the
    Greens' -> 'greens'; 'Lars Brenner' and 'Brenner' -> 'brenner' (a person by the
    surname later mentions use); 'The owner, Halden Textiles' -> 'halden textiles'
    (the name set beside a common noun); 'the plant' -> 'plant'.
    """
    if tok.pos_ != "PROPN":
        names = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if not names:
            return tok.lemma_.lower()
        tok = names[0]
    if tok.ent_type_ == "PERSON":
        return tok.lower_
    words = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    return " ".join(w.lower_ for w in words + [tok])


def _age_subject(span, verb):
    """'a 76-year-old woman' (old -> woman), 'the man, aged 76' (aged -> man), 'The singer, 29'."""
    for tok in span:
        if tok.lower_ in ("old", "aged") and is_nounish(tok.head) and tok.head not in span:
            return tok.head
    of = span.root.head
    if of.lower_ == "of" and of not in span and of.head.lemma_.lower() in PEOPLE_OF_AN_AGE:
        return of.head  # 'a woman of 49'
    if span.root.head not in span and is_nounish(span.root.head):
        return span.root.head
    subject = clause_subject(verb)
    if subject is not None and (subject.like_num or subject.lemma_.lower() in NOT_SUBJECTS
                                or subject.lower_ in _PART_WORDS):
        # 'Only 15% of the nurses are under 25': the age is the set's, not the share's
        subject = next((of_object(t) for t in subject.subtree if of_object(t) is not None), None)
    return subject if subject is not None and subject not in span else None


#: Words that take a part of a set: 'most of the players', 'a third of the staff'.
_PART_WORDS = {"most", "many", "some", "half", "third", "quarter", "fifth", "tenth", "majority", "minority",
               "all", "none", "few"}


def _tally_phrase(noun) -> str:
    """'death toll', 'number of wounded': the tally as written, without its article."""
    words = [t for t in noun.subtree if t.dep_ not in ("det", "poss") and t.i >= noun.i or t.dep_ == "compound"]
    if noun.lemma_.lower() == "toll":
        words = [t for t in words if t.i <= noun.i]
    else:
        words = [t for t in words if t.i <= max(t.i for t in noun.subtree if t.dep_ == "pobj")]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _gapped_figure(doc, span, kind):
    """(earlier figure, name) when the figure shares an earlier figure's verb with the
    verb left out: 'The Union Party won 41.2% of the vote and the Greens 27.5%', 'The
    Greens won 19 seats, the Liberals 11' -> the Greens' 27.5%, the Liberals' 11 seats.

    The parser hangs such a figure on the name (as an apposition or a number
    modifier) and the name on the first clause as a conjunct or loose dependent.
    """
    if kind not in ("count", "percent", "money"):
        return None  # 'Margaret Doyle, 71' is an age beside a name, not a left-out verb
    top = figure_top(span)
    name = top.head
    if top.dep_ not in ("appos", "nummod") or name in span or name.pos_ not in ("PROPN", "NOUN"):
        return None
    if name.ent_type_ == "PERSON":
        return None
    if name.dep_ not in ("conj", "dep", "appos") or name.i > span.start:
        return None
    label = {"percent": "PERCENT", "money": "MONEY"}.get(kind)
    first = min(t.i for t in name.subtree)
    for tok in reversed(doc[:first]):
        if tok.like_num and tok.ent_type_ not in ("DATE", "TIME", "ORDINAL") and (
                label is None or tok.ent_type_ == label):
            figure = next((e for e in doc.ents if e.start <= tok.i < e.end), doc[tok.i:tok.i + 1])
            return figure, name
    return None


#: A sum that follows an opening bracket or a semicolon inside one: '1bn Swiss francs
#: ($861m; £451m)' gives the same sum in other currencies.
_CONVERSION_BEFORE = re.compile(r"[(;]\s*$")


def _converted_sum(doc, start: int):
    """(start, end) of the sum a bracketed sum converts, or None: in '1bn Swiss francs
    ($861m; £451m)' the $861m converts '1bn Swiss francs' and the £451m the $861m."""
    bracket = _CONVERSION_BEFORE.search(doc.text[:start])
    if bracket is None:
        return None
    figure = []
    for tok in reversed([t for t in doc if t.idx + len(t) <= bracket.start()]):
        if not (tok.ent_type_ == "MONEY" or tok.like_num or tok.tag_ == "$" or tok.lemma_.lower() in NOT_SUBJECTS):
            break
        figure.insert(0, tok)
    if not any(t.like_num or any(ch.isdigit() for ch in t.text) for t in figure):
        return None
    return figure[0].idx, figure[-1].idx + len(figure[-1])


def _borrows_earlier_share(span) -> bool:
    """A bare share whose noun an earlier share of the sentence names: '44% of searchers
    use one engine, 48% use two or three'. (A share whose clause subject is 'it' is
    left alone: 'it' often stands for a noun the earlier share does not name.)"""
    top = figure_top(span)
    return top.dep_ in ("nsubj", "nsubjpass") or (top.dep_ == "conj" and top.head.ent_type_ == "PERCENT")


def _earlier_share(doc, span, previous_subject):
    """The reading of the nearest earlier percentage of the sentence that has a subject."""
    shares = [e for e in doc.ents if e.label_ == "PERCENT" and e.end <= span.start]
    for share in reversed(shares):
        ctx = mention_context(doc, share.start_char, share.end_char, "percent", "percent", previous_subject)
        if ctx.subject:
            return ctx
    return None


def _figure_holding(tok, earlier: list[EarlierReading]):
    """The earlier reading whose figure holds ``tok``."""
    return next((r for r in earlier if r.start <= tok.idx < r.end), None)


#: What stands between a figure and its conversion: '1bn euros ($1.3bn; £690m)'.
_CONVERSION_BETWEEN = re.compile(r"\s*[(;]\s*")
#: Verbs by which people say what figure they expected: 'the 490,000 analysts had expected'.
_EXPECTATION_VERBS = {"expect", "forecast", "predict", "hope", "estimate", "anticipate", "project", "want",
                      "pencil", "target", "seek", "demand"}


def _expecters(span):
    """The noun after a figure that names who expected it, not what it counts: in 'short of
    the 490,000 analysts had expected' and 'lower than the 11.3% creditors hoped to
    receive' the figure is what the analysts and creditors expected (a contact clause
    with no 'that'); the verb then has no object of its own."""
    doc, after = span.doc, span[-1].i + 1
    if after >= len(doc) or doc[after].tag_ not in ("NNS", "NNPS", "NN", "NNP"):
        return None
    noun = doc[after]
    verb = next((t for t in doc[after + 1:] if t.pos_ not in ("ADV", "AUX", "PART")), None)
    if verb is None or verb.pos_ != "VERB" or verb_lemma(verb) not in _EXPECTATION_VERBS:
        return None
    if any(t.lemma_.lower() == "be" for t in doc[after + 1:verb.i]):
        return None  # '40,000 fans are expected at the stadium': the fans are what is expected
    if any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children):
        return None  # 'the 300 analysts expected a cut': they are counted
    return noun


def _set_off_change(top) -> bool:
    """'..., up 12 per cent on a year earlier', '..., down from 56% last year': a change
    written after a comma, which says how much the clause's figure has moved."""
    node = top
    for _ in range(3):
        if node.lower_ in ("up", "down") and node.i > 0 and node.doc[node.i - 1].text == ",":
            return True
        if node.head == node:
            return False
        node = node.head
    return False


def _subject_from_earlier(span, kind: str, ctx: Context, earlier: list[EarlierReading]):
    """The reading of an earlier figure of the sentence whose subject this figure shares:

    * a restatement: 'debt of £1.9tn, or roughly £68,000 for every home', 'rise by
      £4.3bn, or about 7%' (the figure joined to an earlier one by 'or');
    * a level the parser hung on the earlier figure: 'fell 8.5p, or 3.1%, to 265p';
    * a change set off after a comma: 'carried 1.3 million passengers, up 12%';
    * a bare share or ratio that is a clause's subject, after a count that names its
      set: 'A poll of 2,014 adults found 46% backed the plan, while a third opposed it'.
    """
    with_subject = [r for r in earlier if r.context.subject]
    if ctx.subject and _expecters(span) is not None:
        # 'delivered 484,507 vehicles, short of the 490,000 analysts had expected'
        same_kind = [r for r in with_subject if r.kind == kind]
        return same_kind[-1].context if same_kind else Context()
    if not with_subject:
        return None
    last = with_subject[-1]
    if last.kind == kind and _CONVERSION_BETWEEN.fullmatch(span.doc.text[last.end:span.start_char]):
        return last.context  # '1bn euros ($1.3bn; £690m)', '12 miles (19km)': the same figure converted
    root = span.root  # (figure_top would climb from a restatement into the figure it restates)
    if root.dep_ == "conj" and root.head not in span and any(
            c.dep_ == "cc" and c.lower_ == "or" for c in root.head.children):
        restated = _figure_holding(root.head, with_subject)
        if restated is not None:
            return restated.context
    top = figure_top(span)
    if top.dep_ == "pobj" and top.head.lower_ in ("to", "from") and not ctx.subject:
        continued = _figure_holding(top.head.head, with_subject)
        if continued is not None:
            return continued.context
    if _set_off_change(top):
        return with_subject[-1].context
    if kind in ("percent", "ratio") and not ctx.subject and top.dep_ in ("nsubj", "nsubjpass"):
        sets = [r for r in with_subject if r.kind in ("count", "percent", "ratio")]
        if sets:
            return sets[-1].context
    return None


#: Bare words for a running total, which name nothing of their own: 'taking the total to 1,234'.
_TOTAL_WORDS = {"total", "tally", "count", "figure", "number"}


def _running_total_of(span, kind: str, ctx: Context, earlier: list[EarlierReading]):
    """The earlier count a bare total continues: in 'A further 17 deaths were recorded,
    taking the total to 1,234' the 1,234 are deaths recorded, as the 17 were."""
    top = figure_top(span)
    if kind != "count" or ctx.subject not in _TOTAL_WORDS or top.dep_ != "pobj" or top.head.lower_ != "to":
        return None
    total = next((c for c in top.head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in _TOTAL_WORDS
                  and not any(g.dep_ == "prep" for g in c.children)), None)
    counts = [r for r in earlier if r.kind == "count" and r.context.subject and r.context.predicate]
    return counts[-1].context if total is not None and counts else None


#: Pronouns that stand for each member of the set their of-phrase names.
_EACH_WORDS = {"each", "both", "all", "either"}


#: Before a measure: a plural noun, a comma and 'each', then the measure's own words ('186 bored piles,
#: each 1.5 metres across and driven 65 m into the ground'; '41,000 panels, each weighing about 650 kg').
_EACH_AFTER_NOUN = re.compile(r"\b([a-z-]+s)\s*,\s+each\s+[^,;:()\u2014]{0,60}$")


def _noun_before_each(doc, start: int):
    """The noun whose members a measure set off by ', each' describes (``_EACH_AFTER_NOUN``), or None."""
    match = _EACH_AFTER_NOUN.search(doc.text[:start])
    span = doc.char_span(match.start(1), match.end(1)) if match else None
    if span is None or len(span) != 1 or span[0].pos_ not in ("NOUN", "PROPN"):
        return None
    return span[0]


def _one_of_each(verb):
    """'Each of the bridge's two towers is 108 metres tall', 'Both of the spans are 40 m
    long': the set the pronoun subject picks its members from (towers)."""
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _EACH_WORDS:
            member = through_collective(of_object(child))
            if member is not None and is_nounish(member):
                return member
    return None


def _passive_after(span):
    """The participle of a bare count told in the passive right after it: '29 were injured',
    '12 have been arrested'. The parse may hang such a figure on the verb before it."""
    doc, after = span.doc, span[-1].i + 1
    tokens = [t for t in doc[after:after + 4]]
    i = 0
    if i < len(tokens) and tokens[i].lower_ in ("more", "others", "people"):
        i += 1
    helpers = 0
    while i < len(tokens) and tokens[i].lower_ in ("were", "was", "have", "has", "had", "been"):
        i, helpers = i + 1, helpers + 1
    if helpers and i < len(tokens) and tokens[i].tag_ == "VBN" and tokens[i].head != span.root.head:
        return tokens[i]
    return None


#: After a counted noun: a passive gerund that says what befell the things counted, which the parse
#: may hang elsewhere ('led to 3,900 appointments and 980 operations being postponed').
_BEING_DONE_AFTER = re.compile(r"^(?:\s+and\s+[\d,.]+(?:\s+[a-z-]+){1,2}?)?\s+being\s+(?=[a-z]+\b)")


def _being_done_after(doc, noun):
    """The participle of 'being <done>' right after ``noun`` (or after a second count joined to it
    by 'and'), when it is a verb; else None."""
    if noun is None:
        return None
    end = noun.idx + len(noun.text)
    match = _BEING_DONE_AFTER.match(doc.text[end:end + 80])
    if match is None:
        return None
    word = next((t for t in doc[noun.i + 1:] if t.idx == end + match.end()), None)
    return word if word is not None and word.tag_ in ("VBN", "VBD") else None


def _counts_its_noun(span, noun) -> bool:
    """Does the figure count the noun right after it ('68 sheep'), a thing of its own, not people?"""
    top = figure_top(span)
    return (noun is not None and top.dep_ == "nummod" and top.head == noun and noun.i == span[-1].i + 1
            and noun.lemma_.lower() not in ("people", "person"))


def _part_with_its_own_verb(top, whole) -> bool:
    """Is the figure a part of ``whole`` ('Thirty-one of the 64 whales that stranded') that a verb
    of its own governs ('... have now died')? The whole's relative clause says what the whole did,
    not what befell the part."""
    return top.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g == whole for g in c.children) for c in top.children)


def _joined_by_hyphen(span) -> bool:
    """'a 25-page letter', 'the 12-storey tower': the figure describes one thing, it counts none."""
    doc, after = span.doc, span[-1].i + 1
    if after < len(doc) and doc[after].text == "-":
        return True
    return any(t.text == "-" and t.i + 1 < len(doc) and doc[t.i + 1].is_alpha for t in span)


#: Words that show a sentence speaks of places and the people in them.
_PLACE_CONTEXT_WORDS = PLACE_NOUNS | POPULATION_NOUNS | {"census", "migration", "migrant", "birth"}


def _is_place_in_context(tok) -> bool:
    """A place by name or kind; or a name in a sentence that speaks of places or people
    ('Glasgow grew faster than any other city'): the small model misses many place names,
    most of all made-up ones, and tags them as people or organisations at random."""
    if is_place(tok):
        return True
    if tok.pos_ != "PROPN" or tok.ent_type_ == "NORP":
        return False
    return any(t.lemma_.lower() in _PLACE_CONTEXT_WORDS for t in tok.doc if t != tok)


def _read_as_whole(ctx: Context, span, top, verb, subject_tok) -> None:
    """A count of a whole set is a level of what the set belongs to (see the 'wholes'
    section of factcheck.extract.subjects): a population with its place as agent
    ('Halvik, a town of 84,000 people'; 'Port Selden grew to 612,400'), or the parts of
    a thing with the thing as agent ('the train's eight carriages')."""
    if subject_tok is None or tally_reading(subject_tok) is not None:
        return
    labelled = counted_noun(span) == subject_tok
    own_noun = labelled and not _joined_by_hyphen(span)
    population = population_place(subject_tok, verb, own_noun)
    if population is None and _is_place_in_context(subject_tok) and not labelled \
            and subject_tok.tag_ not in ("NNS", "NNPS"):  # '21 of the 36 states' counts places
        # (nor does a count hyphened to a name's word: 'the 400-bed Government Headquarters Hospital')
        population = True, subject_tok  # 'a town of 84,000', 'Port Selden grew to 612,400'
    if population is not None:
        place = population[1]
        lemma = subject_tok.lemma_.lower()
        ctx.subject, ctx.subject_text = "population", subject_tok.text
        if lemma != "population":
            ctx.subject_modifiers = []  # 'Muslim residents' would be a part, but the phrase says all
        people_counted = own_noun and lemma in POPULATION_NOUNS and lemma != "population"
        ctx.predicate = "" if people_counted else population_predicate(verb, top, span)
        if place is not None:
            ctx.agent = agent_name(place)
        elif is_place(subject_tok):
            ctx.agent = agent_name(subject_tok)
        return
    if own_noun:
        owner = part_owner(subject_tok, verb)
        if owner is not None:  # 'the train's eight carriages': how many the train has
            ctx.predicate, ctx.agent = "", agent_name(owner)


#: Words in a sentence that say a place's growth is growth in people.
_PEOPLE_WORDS = POPULATION_NOUNS | {"census", "migration", "migrant", "birth"}


def _no_place_subject(ctx: Context, span, subject_tok) -> None:
    """A place is never what a share is of: 'Port Selden grew by 7.1%' speaks of its
    population where the sentence speaks of people ('with about 612,000 residents'),
    otherwise of something it leaves unsaid; the place is the agent."""
    if not _is_place_in_context(subject_tok):
        return
    if counted_noun(span) == subject_tok:
        return
    ctx.agent = agent_name(subject_tok)
    speaks_of_people = any(t.lemma_.lower() in _PEOPLE_WORDS for t in span.doc if t not in span)
    ctx.subject = "population" if speaks_of_people else ""
    ctx.subject_text = subject_tok.text if speaks_of_people else ""
    ctx.subject_modifiers = []


#: The losing side of a vote: 'by 31 votes to 19', 'by 212 votes to 198'.
_VOTES_AGAINST_RE = re.compile(r"\b\d[\d,]*\s+votes?\s+to\s+$")


#: Deeds done to people, which a label may name without its noun ("Taken to hospital: 17", "Injured: 40").
_PEOPLE_DEEDS = {"kill", "die", "injure", "wound", "hurt", "arrest", "detain", "evacuate", "rescue", "displace",
                 "hospitalise", "hospitalize", "take", "treat", "bite", "infect", "strand", "trap", "drown", "kidnap",
                 "abduct", "miss", "dead", "injured", "missing", "bitten", "taken", "killed", "wounded"}
#: Words that name a tally, not what it counts ('Total bitten: 12', 'Number injured: 4').
_TALLY_WORDS = {"total", "number", "tally", "count", "figure"}
#: Right after a bare count: the deed done to the people it counts ('3 killed, 12 injured').
_DEED_AFTER = re.compile(r"^\s+(?:(?P<told>confirmed|reported|known)\s+)?(?P<deed>killed|dead|injured|hurt|wounded|missing|"
                         r"arrested|detained|evacuated|hospitali[sz]ed)\b", re.I)  # ('Of the 19 confirmed dead')
#: After a count with no noun of its own: a deed done to people, told by a passive ('Four were taken to
#: hospital', 'Two have been arrested', 'Three were killed').
_BARE_TOLL_AFTER = re.compile(r"^\s+(?:were|have\s+been|had\s+been|are|was)\s+(?:also\s+|later\s+|now\s+)?(?:killed|injured|"
                              r"hurt|wounded|arrested|detained|evacuated|rescued|hospitali[sz]ed|"
                              r"(?:taken|admitted|rushed|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?hospitals?)\b", re.I)
#: Where a deed done to people took them, which names the deed, not a kind of people ('Taken to hospital').
_DEED_PLACES = {"hospital", "hospitals", "care", "custody", "safety", "shelter", "shelters"}


def _fact_box_label(doc, start: int) -> tuple[str, str, str, list[str]] | None:
    """(subject, subject text, predicate, modifiers) a fact-box label gives the figure right after its colon.

    A fact box or an "at a glance" list names each figure by a label of a few words, not a
    clause: "Homes powered: 60,000" counts homes powered, "Passengers per bus: 68" passengers,
    "Taken to hospital: 17" people taken to hospital. The label's noun before any preposition is
    what the figure counts or measures, its participle what was done, and its other nouns and
    adjectives narrow it ("Steam temperature", "Cost per bus")."""
    match = fact_box_label(doc.text, start)
    if not match:
        return None
    label = [t for t in doc if t.idx >= match.start(1) and t.idx + len(t) <= match.end(1)]
    head_part = []
    for tok in label:
        if tok.pos_ == "ADP":
            break
        head_part.append(tok)
    if any(t.lower_ == "toll" for t in head_part):  # '- Death toll: 4', '- Toll: 3 killed, 12 injured'
        kinds = {t.lemma_.lower() for t in head_part if t.is_alpha and t.lower_ != "toll"}
        return "people", "people", {"death": "kill", "injury": "wound"}.get(min(kinds) if len(kinds) == 1 else "", ""), []
    deeds = [t for t in label if t.lemma_.lower() in _PEOPLE_DEEDS or t.lower_ in _PEOPLE_DEEDS]
    nouns = [t for t in head_part if t not in deeds and t.lower_ not in _TALLY_WORDS
             and (t.pos_ == "NOUN" and t.ent_type_ not in ("DATE", "TIME") or t.pos_ == "PROPN" and not t.ent_type_)]
    verbs = [t for t in label if t.tag_ in ("VBN", "VBD") or (t.pos_ == "VERB" and t.tag_ != "VBG")]
    verb = predicate(verbs[0]) if verbs else ""
    narrowing = [t for t in label if t not in deeds and t.lower_ not in _TALLY_WORDS and t.is_alpha
                 and (t.pos_ in ("NOUN", "ADJ") and t.ent_type_ not in ("DATE", "TIME")
                      or t.pos_ == "PROPN" and t.i == label[0].i and not t.ent_type_)]  # ('Reservoir temperature')
    if nouns:
        noun = nouns[-1]
        lemma = noun_lemma(noun)
        if noun.pos_ == "PROPN" and re.search(r"[^s]s$", lemma):
            lemma = lemma[:-1]  # a plural capitalised at the head of a line, read as a name: 'Homes powered'
        return lemma, _noun_phrase(noun).lower(), verb, sorted({modifier_lemma(t) for t in narrowing if t != noun})
    if deeds:  # 'Taken to hospital: 17', 'Dead: 4'
        word = deeds[0].lower_
        return ("people", "people", {"dead": "die", "missing": ""}.get(word, verb or participle_verb(word)),
                sorted({modifier_lemma(t) for t in narrowing if t.lower_ not in _DEED_PLACES}))
    return None


#: After a measure: its conversion in brackets, then a word ('35cm (14in) telescope'), which the parse may
#: hang on the conversion or set beside the unit.
_CONVERSION_THEN_WORD = re.compile(r"\s*\([^()]{1,30}\)\s+(?=[a-z])")


def _noun_after_conversion(doc, end: int):
    """The noun a measure modifies across its bracketed conversion ('his 35cm (14in) telescope'), or None."""
    gap = _CONVERSION_THEN_WORD.match(doc.text, end)
    if gap is None:
        return None
    word = next((t for t in doc if t.idx == gap.end()), None)
    while word is not None and word.dep_ in ("compound", "amod") and word.head.i > word.i and word.head.i - word.i <= 3:
        word = word.head  # ('a 70m (230ft) steel mast': the mast)
    return word if word is not None and word.pos_ == "NOUN" else None


#: Nouns of a 'when' after 'at' or 'in' ('worked on the site at the busiest point', 'in the first year').
_WHEN_NOUNS = {"point", "time", "moment", "height", "peak", "stage", "start", "end", "past", "year", "month", "week",
               "day", "shift", "hour", "season", "period", "phase"}
#: People counted as where they work ('2,300 people work at the head office').
_WORKING = {"people", "person", "worker", "employee", "staff"}


def _workplace(verb) -> list[str]:
    """The kind of place the verb's workers work at ('office' of 'work at the Hollins & Webb head office'),
    as their one narrowing word; none for a place named only by its kind ('work in the city')."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in")):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            if place.lemma_.lower() not in _GENERIC_PLACES | _WHEN_NOUNS:
                return [modifier_lemma(place)]
    return []


def _earlier_temperature(earlier: list[EarlierReading] | None) -> Context | None:
    """The noun of the sentence's last temperature before a figure whose subject is a pronoun ('The
    temperature was already 29C ..., and by 10am it had reached 34C': the temperature), or None."""
    for reading in reversed(earlier or []):
        if reading.context.subject and reading.dimension == "temperature":
            return reading.context
    return None


def _said_of_it(verb) -> bool:
    """Is the verb's subject 'it' ('by 10am it had reached 34C')?"""
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in verb.children)


def mention_context(doc, start: int, end: int, kind: str, dimension: str,
                    previous_subject: tuple[str, str] | None = None,
                    earlier: list[EarlierReading] | None = None) -> Context:
    """Context of the mention at ``doc.text[start:end]`` (sentence-relative offsets).

    ``earlier`` holds the readings of the sentence's figures before this one: a
    figure that restates, continues or follows on from one of them shares its
    subject (``_subject_from_earlier``)."""
    ctx = Context()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ctx
    span_toks = set(span)
    verb = governing_verb(span.root, span_toks)
    if verb is None and span.root.pos_ == "VERB":
        verb = span.root  # the figure is the verb: 'exports doubled'
    if verb is None:
        verb = verb_of_noun_root(span.root)  # 'A 40-tonne lorry overturned'
    ctx.predicate = predicate(stated_verb(verb, span_toks))

    if kind == "count" and _VOTES_AGAINST_RE.search(doc.text[:start]):
        ctx.subject, ctx.subject_text, ctx.subject_modifiers = "vote", "votes", ["against"]
        ctx.predicate = "oppose"  # 'approved by 31 votes to 19': the 19 voted against
        ctx.entities, ctx.places, ctx.dates = entities(doc, verb)
        return ctx
    gapped = _gapped_figure(doc, span, kind)
    if gapped is not None:  # 'The Union Party won 41.2% of the vote and the Greens 27.5%'
        earlier, name = gapped
        ctx = mention_context(doc, earlier.start_char, earlier.end_char, kind, dimension, previous_subject)
        ctx.agent = agent_name(name)
        return ctx

    top = figure_top(span)
    subject_tok, subject = None, ""
    vote_verb = vote_share_verb(span, top) if kind == "percent" else polled_verb(span, top) if kind == "count" else None
    if vote_verb is not None:  # 'The Greens came second with 27.5%': their share of the vote; 'Costa polled 41,380'
        verb, subject, ctx.subject_text, ctx.predicate = vote_verb, "vote", "vote", "win"
    elif kind == "age":
        subject_tok = _age_subject(span, verb)
    elif dimension not in ("", "count", "percent", "currency", "ratio"):
        subject_tok, subject = measure_subject(span, span[-1], dimension)
        if subject == "distance":
            ctx.predicate = ""  # how far apart two places are, whatever happened there
        if subject_tok is not None and verb_read_as_noun(subject_tok):
            # 'The 90-minute documentary airs on Sunday': the measure describes the noun before the verb
            subject_tok = noun_before_verb(subject_tok)
            subject = noun_lemma(subject_tok) if subject_tok is not None else ""
        if subject_tok is None and not subject:
            subject_tok = _noun_after_conversion(doc, end)  # 'his 35cm (14in) telescope'
        if subject_tok is None and not subject:
            subject_tok = _one_of_each(verb)  # 'Each of the bridge's two towers is 108 metres tall'
        each = _noun_before_each(doc, start) if not re.match(r"\s+of\b", doc.text[end:end + 5]) else None
        if each is not None:  # '41,000 glass panels, each weighing about 650 kg': a panel's weight
            subject_tok, subject = each, ""
    else:
        subject_tok = sold_thing(figure_top(span)) if kind == "money" else None
        if subject_tok is None:  # ('bought the painting for £1.9m': the painting's price)
            inverted = inverted_tally(figure_top(span)) if kind == "count" else None
            subject_tok = count_subject(span, kind) if inverted is None else (
                inverted if tally_reading(inverted) else through_collective(inverted))  # 'bringing to three the number of ...'
    if subject_tok is not None and (subject_tok.lower_ in PRONOUNS or subject_tok.pos_ == "PRON"
                                    or _is_headline_label(subject_tok)):
        subject_tok = None
    if subject_tok is None and not subject and dimension == "temperature" and _said_of_it(verb):
        # 'The temperature was already 29C at 6.30am, and by 10am it had reached 34C': the temperature
        earlier_temperature = _earlier_temperature(earlier)
        if earlier_temperature is not None:
            subject, ctx.subject_text = earlier_temperature.subject, earlier_temperature.subject_text
            ctx.subject_modifiers = list(earlier_temperature.subject_modifiers)
    tally = tally_reading(subject_tok) if kind == "count" else None
    brought = brought_tally(doc.text, start, end) if kind == "count" and tally is None else None
    if brought is not None and _counts_its_noun(span, subject_tok):  # 'bringing ... losses to 68 sheep'
        subject, ctx.subject_text, ctx.predicate = noun_lemma(subject_tok), _noun_phrase(subject_tok), brought
        subject_tok = None
    elif brought is not None:  # 'bringing to 17 the number arrested since ...' (a parse that loses the tally)
        subject_tok, subject, ctx.subject_text, ctx.predicate = None, "people", "people", brought
    elif kind == "count" and tally is None and (risen := risen_tally(doc.text, start)) is not None \
            and (counted := next((t for t in doc if t.idx == risen[0]), None)) is not None:
        # 'the number of tortoises that have died since the seizure has risen to 74' (a parse that loses it)
        subject_tok, subject, ctx.subject_text, ctx.predicate = None, noun_lemma(counted), counted.text, risen[1]
        ctx.subject_modifiers = []
        brought = risen[1]  # (the parse's verb and doer are not the tally's: 'inspectors took samples ..., as the
        # number of people sickened in the outbreak rose to 97')
    elif tally is not None:  # 'the death toll rose to 19': people killed
        subject, ctx.predicate = tally
        ctx.subject_text = _tally_phrase(subject_tok)
    elif subject_tok is not None:
        subject = noun_lemma(subject_tok)
        ctx.subject_text = _noun_phrase(subject_tok)
        ctx.subject_modifiers = _modifiers(subject_tok, span_toks)
    elif not subject and kind == "money" and transfer_verb(top) is not None:
        subject = ctx.subject_text = "money"  # 'Brenner had stolen €1.3m from the fund'
    elif not subject and previous_subject and kind == "count":
        subject, ctx.subject_text = previous_subject
    if subject == "other" and previous_subject and kind == "count":
        # 'Two soldiers were killed and 11 others hurt': the others are more of the same
        subject, ctx.subject_text = previous_subject
        ctx.subject_modifiers = []
    if subject == "old" and subject_tok is not None and "year" in subject_tok.doc[max(0, subject_tok.i - 3):subject_tok.i].text:
        subject, ctx.subject_text = "", ""  # 'The 28-year-old, who joined ... for £1.2m': a person, not 'old'
    ctx.subject = subject
    if kind == "count" and ctx.predicate == "work" and subject in _WORKING and not ctx.subject_modifiers:
        ctx.subject_modifiers = _workplace(verb)  # 'About 2,300 people work at the head office' = 'the 2,800 head-office staff'
    relative = relative_clause_verb(subject_tok)
    if relative is not None and subject_tok.dep_ == "dobj" and verb_lemma(subject_tok.head) in TOLL_VERBS:
        relative = None  # 'police detaining 48 workers who blocked a highway': detain, not block
    if relative is not None and _part_with_its_own_verb(figure_top(span), subject_tok):
        relative = None  # 'Thirty-one of the 64 whales that stranded ... have died': the part died
    if relative is not None and kind == "count":
        verb = relative  # 'the 85 firefighters who fought the blaze were praised': fight
        ctx.predicate = predicate(verb)
    clause_verb = verb  # the sentence's dates and names are read from the clause, not a participle
    participle = None
    if relative is None and kind in ("count", "measure") and not _joined_by_hyphen(span):
        participle = _participle_verb(top, subject_tok, kind == "measure")  # not 'a 162-mile route used by'
    if participle is not None:
        verb = participle  # '40 prisoners released on Friday were ...': release
        ctx.predicate = predicate(stated_verb(verb, span_toks))  # ('five people confirmed to have died': die)
    being = _being_done_after(doc, subject_tok) if kind == "count" and relative is None else None
    if being is not None:
        verb = being  # 'has led to 3,900 appointments being postponed': postpone, not lead
        ctx.predicate = predicate(verb)
    passive = _passive_after(span)
    if passive is not None and kind == "count":
        verb = passive  # 'in which five people died and 29 were injured' (the parse joins 29 to 'died')
        ctx.predicate = predicate(verb)
    ctx.agent = _agent(verb, subject_tok, span_toks)
    if brought is not None:  # (the parse's verb is not the tally's: 'since the strike began Monday to 14')
        ctx.predicate, ctx.agent = brought, ""
    if kind == "count":
        _read_as_whole(ctx, span, top, verb, subject_tok)
    elif kind == "percent" and subject_tok is not None:
        _no_place_subject(ctx, span, subject_tok)
    elif kind == "measure" and subject_tok is not None and not ctx.agent and possessor(subject_tok) is not None:
        ctx.agent = agent_name(possessor(subject_tok))  # 'the bridge's main span is 1,104 metres long'

    if kind == "measure" and ctx.subject == "scale" and ctx.predicate == "tip" and ctx.agent:
        # 'the pancake tipped the scales at 2.3 tonnes': the pancake weighed 2.3 tonnes
        ctx.subject, ctx.subject_text, ctx.subject_modifiers = ctx.agent, ctx.agent, []
        ctx.predicate = "weigh"
    ctx.negated, ctx.hedged = polarity(verb, figure_top(span))
    if participle is not None and is_forecast_verb(participle):
        ctx.hedged = True  # 'with up to 60mm expected on high ground'
    elif ctx.hedged and _describes_what_exists(span, figure_top(span)):
        ctx.hedged = False  # 'would cut the 90-mile trip': the trip's length is no forecast
    if ctx.negated and kind == "measure" and _joined_by_hyphen(span) and _describes_what_exists(span, figure_top(span)):
        ctx.negated = False  # 'the 2,500-metre tanker has not moved': the tanker's length stands

    ctx.entities, ctx.places, ctx.dates = entities(doc, clause_verb, span.root)
    if kind == "percent" and not ctx.subject and _borrows_earlier_share(span):
        share = _earlier_share(doc, span, previous_subject)
        if share is not None:
            ctx.subject, ctx.subject_text = share.subject, share.subject_text
            ctx.subject_modifiers = share.subject_modifiers
    source = _subject_from_earlier(span, kind, ctx, earlier or [])
    if source is not None:
        ctx.subject, ctx.subject_text = source.subject, source.subject_text
        ctx.subject_modifiers = list(source.subject_modifiers)
    running = _running_total_of(span, kind, ctx, earlier or [])
    if running is not None:  # 'A further 17 deaths were recorded, taking the total to 1,234'
        ctx.subject, ctx.subject_text, ctx.predicate = running.subject, running.subject_text, running.predicate
        ctx.subject_modifiers = list(running.subject_modifiers)
    label = _fact_box_label(doc, start)
    if label is not None:  # '- Homes powered: 60,000': the label says what the figure is
        ctx.subject, ctx.subject_text, ctx.subject_modifiers = label[0], label[1], label[3]
        ctx.predicate = label[2] or ctx.predicate  # ('- Dead: 12 | Injured: 66': the parse joins 12 to 'Injured')
        if ctx.agent in (label[0], label[1]):
            ctx.agent = ""  # (the parse reads 'Homes' as what did the powering)
    deed_after = _DEED_AFTER.match(doc.text[end:end + 30]) if kind == "count" else None
    if deed_after and ctx.subject in ("", "toll", "casualty"):
        ctx.subject = ctx.subject_text = "people"  # '- Toll: 3 killed, 12 injured': people killed and injured
        ctx.subject_modifiers = []
        if deed_after.group("told"):  # 'Of the 19 confirmed dead': the deed, not its telling
            word = deed_after.group("deed").lower()
            ctx.predicate = {"dead": "die", "missing": ""}.get(word, participle_verb(word))
    elif kind == "count" and not ctx.subject and _BARE_TOLL_AFTER.match(doc.text[end:end + 40]):
        ctx.subject = ctx.subject_text = "people"  # 'Four were taken to hospital', 'Two were arrested': people
        ctx.subject_modifiers = []
    deed = nth_deed(doc.text, start, end) if kind == "count" and ctx.predicate in ("be", "", "hold") else ""
    if deed:  # 'is the fourth person to be arrested in the case', 'the fifth person held': four and five so far
        ctx.predicate, ctx.agent = deed, ""
    elif kind == "count" and nth_death(doc.text, start, end):
        ctx.predicate, ctx.agent = "die", ""  # 'A sixth worker injured in the hoist crash died': six dead, whatever
        # the parse hung on the worker
    described = _thing_of_sum(doc, span) if kind == "money" and not ctx.subject else None
    if described is not None:  # 'The £95m scheme', 'a naming rights deal worth £45m': what the sum is of
        ctx.subject, ctx.subject_text = noun_lemma(described), described.text
        ctx.subject_modifiers = _modifiers(described, span_toks)
    if kind == "money" and ctx.predicate == "fine" and ctx.subject not in _SUM_NOUNS:
        # 'Marlbrook Water has been fined £18.6m', 'A judge fined the firm £400,000': the sum is the fine,
        # and the one fined, when the parse took it for what is counted, is whose fine it is
        if ctx.subject and not ctx.agent:
            ctx.agent = " ".join([*ctx.subject_modifiers, ctx.subject])
        ctx.subject, ctx.subject_text, ctx.subject_modifiers = "fine", "fine", []
    converted = _converted_sum(doc, start) if kind == "money" and not ctx.subject else None
    if converted is not None:  # '$19.1m (£9.9m)': the same sum, so the same reading
        first = mention_context(doc, *converted, kind, dimension, previous_subject)
        ctx.subject, ctx.subject_text, ctx.subject_modifiers = first.subject, first.subject_text, first.subject_modifiers
        ctx.predicate, ctx.agent = first.predicate, first.agent
    return ctx
