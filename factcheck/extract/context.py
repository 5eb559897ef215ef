"""What a figure is about: subject, predicate, polarity and the sentence's entities.

Works on a parsed spaCy ``Doc`` of one sentence. For each numeric mention
(character offsets relative to that sentence) it reads the dependency tree:

* subject  - the noun the number counts or the measure describes
  (factcheck.extract.subjects, factcheck.extract.measures): ``479 drones``, ``41 of Russia's jets``,
  ``12 kilograms of cocaine``, ``a 162 mile bridge``, ``400 miles from the
  border`` (a distance), ``unemployment rose to 5%``; with no noun of its
  own (``more than 90 wounded``) a count borrows the subject of the
  previous count in the sentence.
* predicate, negated, hedged (factcheck.extract.predicates) - the nearest
  governing verb with its particle (``shoot down``), its negation and hedges.
* entities, places, dates - the sentence's named entities by type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.extract.lemmas import noun_lemma
from factcheck.extract.predicates import governing_verb, polarity, predicate, verb_of_noun_root
from factcheck.extract.measures import measure_subject
from factcheck.extract.subjects import PRONOUNS, clause_subject, count_subject, figure_top, is_nounish

_PERSON_LABELS = {"PERSON", "ORG", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC", "EVENT"}  # where, or which named event ("the Holocaust")
_DATE_LABELS = {"DATE", "TIME"}


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


def entities(doc, verb=None) -> tuple[list[str], list[str], list[str]]:
    """People/organisations, places and date words tied to a figure.

    Places and dates are read from the figure's own clause (the subtree of
    its verb) so that "two killed in Ostrel" is not also tied to the other
    city the sentence names; with no place in the clause, the sentence's
    places are used. Places named only as reference points of a distance are
    left out. Dates are the clause's own (a date elsewhere in the sentence is
    usually when something was *said*).
    """
    people, places, dates = [], [], []
    if verb is not None and verb.dep_ in ("relcl", "acl") and verb.head != verb:
        verb = verb.head  # 'a strike on Jan. 17 that killed seven': the noun's phrase
    clause = {t.i for t in verb.subtree} if verb is not None else None
    sentence_places: list[str] = []
    for ent in doc.ents:
        in_clause = clause is None or ent.root.i in clause
        if ent.label_ in _PERSON_LABELS:
            _add(people, ent.text)
        elif ent.label_ in _PLACE_LABELS and ent.root.pos_ == "PROPN" and not _is_reference_point(ent):
            # ('Turnout was 64%': a capitalised common noun the tagger knows is no place)
            _add(places if in_clause else sentence_places, ent.text)
        elif ent.label_ in _DATE_LABELS and in_clause:
            _add(dates, ent.text)
    return people, places or sentence_places, dates


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
                  "new", "old", "former", "current", "latest", "planned", "proposed", "whole", "entire"}


def _modifiers(noun, figure) -> list[str]:
    """Lemmas of the words that narrow a subject: 'pothole repairs' -> ['pothole'],
    'cruise missiles' -> ['cruise'], 'sales at restaurants' -> ['restaurant'];
    numbers and quantity words are left out."""
    words = {
        c.lemma_.lower() for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and c not in figure
        and c.is_alpha and not c.like_num and c.lemma_.lower() not in _NOT_MODIFIERS
    }
    # 'sales at restaurants', 'sales in the generics business' (named places are ``places``)
    words |= {
        o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "for", "from")
        for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o not in figure
    }
    return sorted(words)


def _relative_clause_verb(noun):
    """The verb of a relative clause that says what the counted things did:
    '85 firefighters who fought the blaze' -> fought."""
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ == "relcl" and child.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that", "which") for c in child.children):
            return child
    return None


def _agent(verb, subject_tok, figure) -> str:
    """Who or what does the verb: 'Sarvenia launched 20 missiles' -> 'sarvenia'."""
    if verb is None:
        return ""
    # the subject nearest the verb: a dateline ('VALMORA, Ardenia —') may hang on it too
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c != subject_tok and c not in figure]
    # a passive names its doer in a by-phrase: '25% owned by Richard Branson'
    subjects += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not subjects:
        return ""
    child = min(subjects, key=lambda c: abs(verb.i - c.i))
    if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        child = verb.head  # 'Patrick Corporation, which owns 46%': the corporation
    if child.pos_ in ("PRON", "DET") or child.like_num:
        return ""
    return child.lemma_.lower()


def _age_subject(span, verb):
    """'a 76-year-old woman' (old -> woman), 'the man, aged 76' (aged -> man), 'The singer, 29'."""
    for tok in span:
        if tok.lower_ in ("old", "aged") and is_nounish(tok.head) and tok.head not in span:
            return tok.head
    if span.root.head not in span and is_nounish(span.root.head):
        return span.root.head
    subject = clause_subject(verb)
    return subject if subject is not None and subject not in span else None


def mention_context(doc, start: int, end: int, kind: str, dimension: str,
                    previous_subject: tuple[str, str] | None = None) -> Context:
    """Context of the mention at ``doc.text[start:end]`` (sentence-relative offsets)."""
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
    ctx.predicate = predicate(verb)

    subject_tok, subject = None, ""
    if kind == "age":
        subject_tok = _age_subject(span, verb)
    elif dimension not in ("", "count", "percent", "currency", "ratio"):
        subject_tok, subject = measure_subject(span, span[-1])
    else:
        subject_tok = count_subject(span, kind)
    if subject_tok is not None and (subject_tok.lower_ in PRONOUNS or subject_tok.pos_ == "PRON"):
        subject_tok = None
    if subject_tok is not None:
        subject = noun_lemma(subject_tok)
        ctx.subject_text = _noun_phrase(subject_tok)
        ctx.subject_modifiers = _modifiers(subject_tok, span_toks)
    elif not subject and previous_subject and kind == "count":
        subject, ctx.subject_text = previous_subject
    ctx.subject = subject
    relative = _relative_clause_verb(subject_tok)
    if relative is not None and kind == "count":
        verb = relative  # 'the 85 firefighters who fought the blaze were praised': fight
        ctx.predicate = predicate(verb)
    ctx.agent = _agent(verb, subject_tok, span_toks)

    ctx.negated, ctx.hedged = polarity(verb, figure_top(span))
    ctx.entities, ctx.places, ctx.dates = entities(doc, verb)
    return ctx
