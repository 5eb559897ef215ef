"""What a figure is about: subject, predicate, polarity and the sentence's entities.

Works on a parsed spaCy ``Doc`` of one sentence. For each numeric mention
(character offsets relative to that sentence) it walks the dependency tree:

* subject  - the noun the number counts or the measure describes:
  ``479 drones`` (nummod), ``41 of Russia's jets`` (of-phrase),
  ``a 162 mile bridge`` (a measure modifying a noun), ``400 miles from the
  border`` (a distance); with no noun of its own (``more than 90 wounded``)
  a count borrows the subject of the previous count in the sentence.
* predicate - the lemma of the nearest governing verb, with its particle
  (``shoot down``), so "launched 479" and "shot down 59" stay apart.
* negated / hedged - ``not``/``never``/``no`` on the predicate; modal or
  reporting hedges (could, may, might, reportedly, allegedly ...).
* entities, places, dates - the sentence's named entities by type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Words that carry a number's scale or unit rather than naming what is counted.
_NOT_SUBJECTS = {
    "million", "billion", "trillion", "thousand", "hundred", "dozen", "score",
    "bn", "m", "k", "mn", "per", "cent", "percent", "%", "percentage", "point",
    "time", "fold", "lot", "number", "total", "figure", "some", "more", "less",
    "other", "tens", "hundreds", "thousands", "millions", "couple",
}
_PRONOUNS = {"they", "them", "it", "those", "these", "we", "us", "which", "who", "that"}
_HEDGES = {"could", "may", "might", "possibly", "reportedly", "allegedly", "perhaps",
           "probably", "likely", "estimate", "suspect", "believe", "think", "claim",
           "expect", "forecast", "predict", "project", "plan", "aim", "hope", "intend"}
_NEGATIONS = {"not", "n't", "never", "no", "neither", "nor"}
_DISTANCE_PREPS = {"from", "away", "off", "of", "outside", "north", "south", "east", "west"}
_PARTICLES = {"down", "up", "off", "out", "aside", "back", "over"}
_PERSON_LABELS = {"PERSON", "ORG", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_DATE_LABELS = {"DATE", "TIME"}


@dataclass
class Context:
    subject: str = ""
    subject_text: str = ""
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
        elif ent.label_ in _PLACE_LABELS and not _is_reference_point(ent):
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


def _is_nounish(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in _NOT_SUBJECTS


def _of_object(tok):
    """X in '41 of Russia's jets' / '59 of them'."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _noun_of_phrase(root):
    """'a cost of £86.5m', 'a toll of 14': the noun the of-phrase completes."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _is_nounish(root.head.head):
        return root.head.head
    return None


def _for_object(root):
    """'£4.6m for pothole repairs': what the money is for."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for obj in child.children:
                if obj.dep_ == "pobj" and _is_nounish(obj):
                    return obj
    return None


_COMPLEMENT_DEPS = {"dobj", "attr", "acomp", "npadvmod", "oprd"}


def _is_complement(root, verb) -> bool:
    """The figure completes the verb directly ('cost £5m', 'rose to 5%', 'was 30%')."""
    if verb is None:
        return False
    if root.head == verb and root.dep_ in _COMPLEMENT_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.head == verb and root.head.lower_ in ("to", "at", "by")


def _count_subject(number_tok, span_toks):
    """The noun a bare count counts, or None."""
    tok = number_tok
    # climb through scale words and quantifier heads: '1.3 million people', 'a dozen civilians'
    for _ in range(3):
        if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and tok.head.i != tok.i:
            head = tok.head
            if head in span_toks or head.lemma_.lower() in _NOT_SUBJECTS:
                tok = head
                continue
            if _is_nounish(head):
                return head
            return None
        break
    obj = _of_object(tok)
    if obj is not None:
        return obj
    # the number may itself be the head of the noun phrase: 'dozen civilians'
    for child in tok.children:
        if child.dep_ in ("compound", "amod") and _is_nounish(child) and child.i > tok.i:
            return child
    # 'the death toll rose to 14' / 'unemployment stood at 5%': subject of the verb
    return None


def _measure_subject(unit_tok):
    """What a measure describes: 'a 162 mile bridge', '400 miles from the border'."""
    head = unit_tok.head
    if unit_tok.dep_ in ("nmod", "compound", "amod", "npadvmod") and _is_nounish(head) and head.i > unit_tok.i:
        return head, head.lemma_.lower()
    if unit_tok.dep_ == "npadvmod" and head.lower_ in _DISTANCE_PREPS:
        return None, "distance"
    if any(c.dep_ == "prep" and c.lower_ in ("from", "away") for c in unit_tok.children):
        return None, "distance"
    if head.lower_ in ("away", "from") or (head.pos_ == "ADV" and head.lower_ == "away"):
        return None, "distance"
    # 'the bridge is 162 metres long' / 'stretches 162 metres'
    verb = _governing_verb(unit_tok) if unit_tok.pos_ != "VERB" else unit_tok
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and _is_nounish(child):
                return child, child.lemma_.lower()
            if child.dep_ == "nsubj" and child.lower_ in ("which", "that") and verb.dep_ == "relcl":
                return verb.head, verb.head.lemma_.lower()  # 'the tunnel, which is 300 miles long'
    return None, ""


def _governing_verb(tok, inside=frozenset()):
    """The nearest verb above ``tok``, never a token of the figure itself
    (the tagger reads the 'm' of '£6.4m' as a verb now and then)."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX") and anc not in inside:
            return anc
    return None


def _predicate(verb) -> str:
    if verb is None:
        return ""
    lemma = verb.lemma_.lower()
    particle = [c.lower_ for c in verb.children if c.dep_ == "prt" or (
        c.i == verb.i + 1 and c.lower_ in _PARTICLES and c.dep_ in ("advmod", "prep"))]
    return f"{lemma} {particle[0]}" if particle else lemma


def _verb_subject(verb):
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and _is_nounish(child):
            return child
    return None


def mention_context(doc, start: int, end: int, kind: str, dimension: str,
                    previous_subject: tuple[str, str] | None = None) -> Context:
    """Context of the mention at ``doc.text[start:end]`` (sentence-relative offsets)."""
    ctx = Context()
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return ctx
    span_toks = set(span)
    nums = [t for t in span if t.like_num or t.pos_ == "NUM"]
    number_tok = nums[-1] if nums else span.root
    verb = _governing_verb(span.root, span_toks)
    if verb is None and span.root.pos_ == "VERB":
        verb = span.root  # the figure is the verb: 'exports doubled'
    ctx.predicate = _predicate(verb)

    subject_tok, subject = None, ""
    if dimension not in ("", "count", "percent", "currency", "ratio") and kind != "age":
        unit_tok = span[-1]
        subject_tok, subject = _measure_subject(unit_tok)
    elif kind == "age":
        # 'a 76-year-old woman' (old -> woman) / 'the man, aged 76' (aged -> man)
        for tok in span:
            if tok.lower_ in ("old", "aged") and _is_nounish(tok.head):
                subject_tok = tok.head
                break
        if subject_tok is None and span.root.head != span.root and _is_nounish(span.root.head):
            subject_tok = span.root.head
        if subject_tok is None:
            subject_tok = _verb_subject(verb)
    else:
        subject_tok = _count_subject(number_tok, span_toks)
        if subject_tok is None:
            subject_tok = _noun_of_phrase(span.root)
        if subject_tok is None and dimension in ("percent", "currency"):
            # '£4.6m for pothole repairs'; '£6.4m we have set aside for pothole repairs'
            subject_tok = _for_object(span.root) or (
                _for_object(verb) if verb is not None and span.root.head == verb else None)
        if subject_tok is None and dimension in ("percent", "currency") and _is_complement(span.root, verb):
            # 'unemployment rose to 5%', 'the bridge cost £86.5m'
            subject_tok = _verb_subject(verb)
        if subject_tok is None:
            # a trailing noun inside the mention itself: 'a seven-point plan'
            tail = span[-1]
            if _is_nounish(tail.head) and tail.head not in span_toks and tail.head.i > tail.i:
                subject_tok = tail.head
    if subject_tok is not None and subject_tok.lemma_.lower() in _PRONOUNS:
        subject_tok = None
    if subject_tok is not None:
        subject = subject_tok.lemma_.lower()
        ctx.subject_text = _noun_phrase(subject_tok)
    elif not subject and previous_subject and kind == "count":
        subject, ctx.subject_text = previous_subject
    ctx.subject = subject

    if verb is not None:
        ctx.negated = any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children)
        ctx.hedged = any(c.lemma_.lower() in _HEDGES for c in verb.children) or any(
            a.lemma_.lower() in _HEDGES for a in verb.ancestors
        )
    if any(t.lower_ in ("no",) for t in span.root.children):
        ctx.negated = True
    ctx.entities, ctx.places, ctx.dates = entities(doc, verb)
    return ctx
