"""What a measure describes: 'a 162 mile bridge', '12 kilograms of cocaine', 'gusts of
104mph', 'The estate covers 3,500 acres', or a plain distance ('400 miles from the border').

Shares the clause reading of factcheck.extract.subjects; what differs is that a unit
often names what it is of ("tonnes of grain") and that a time phrase ("in 18 months")
says when, not what.
"""

from __future__ import annotations

from factcheck.extract.lemmas import noun_lemma
from factcheck.extract.subjects import (
    LEVEL_PREPS, LEVEL_VERBS, attachment, clause_role_subject, clause_subject, figure_top,
    is_nounish, noun_of_phrase, of_phrase_subject, through_collective,
)

# Verbs whose measured object is the size of their subject: 'The estate covers 3,500 acres of farmland'.
EXTENT_VERBS = LEVEL_VERBS | {"cover", "span", "stretch", "measure", "weigh", "last", "run", "travel"}
# Prepositions through which a measure belongs to its clause's subject: 'held for six hours',
# 'ended after four hours', 'rose to 3.9 metres' (not 'in 12 months', 'within 48 hours').
MEASURE_PREPS = {"for", "after"}
_DISTANCE_PREPS = {"from", "away", "off", "of", "outside", "north", "south", "east", "west"}


def measure_subject(span, unit_tok, dimension: str = "length"):
    """(token, lemma) of what a measure describes.

    'a 162 mile bridge' -> bridge; '12 kilograms of cocaine' -> cocaine;
    'gusts of 104mph' -> gust; '400 miles from the border' -> (None,
    'distance'); 'The bridge is 348 metres long' -> bridge.
    """
    head = unit_tok.head
    if unit_tok.dep_ in ("nmod", "compound", "amod", "npadvmod") and is_nounish(head) and head.i > unit_tok.i:
        return head, noun_lemma(head)
    if dimension == "length" and _is_distance(unit_tok):
        return None, "distance"
    if unit_tok.dep_ in ("dobj", "attr", "npadvmod") and unit_tok.head.lemma_.lower() in EXTENT_VERBS:
        owner = clause_subject(unit_tok.head)
        if owner is not None and is_nounish(owner):
            return owner, noun_lemma(owner)
    material = of_phrase_subject(span)
    if material is not None:
        return material, noun_lemma(material)
    top = figure_top(span)
    owner = noun_of_phrase(top)
    if owner is not None:
        return owner, noun_lemma(owner)
    if attachment(top)[1] not in (LEVEL_PREPS | MEASURE_PREPS | {None}):
        return None, ""  # 'in 18 months', 'within 48 hours': when, not what
    found = clause_role_subject(span, top, "measure")
    if found is None:  # 'The bridge is 348 metres long': the verb's own subject
        verb = unit_tok if unit_tok.pos_ == "VERB" else _verb_above(unit_tok)
        found = _own_subject(verb)
    found = through_collective(found)
    if found is not None and is_nounish(found) and found not in span:
        return found, noun_lemma(found)
    return None, ""


def _is_distance(unit_tok) -> bool:
    """'400 miles from the border', '40km away', '280 miles south of Valmora'."""
    head = unit_tok.head
    if _end_to_end(unit_tok):
        return False  # 'the bridge is 348 metres from one abutment to the other': its length
    if unit_tok.dep_ == "npadvmod" and head.lower_ in _DISTANCE_PREPS:
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("from", "away") for c in unit_tok.children):
        return True
    if any(c.dep_ in ("appos", "advmod") and c.lower_ in _DISTANCE_PREPS - {"of"}
           for c in unit_tok.children):
        return True  # '280 miles (450 kilometers) south of Valmora'
    if unit_tok.dep_ == "appos" and head.pos_ == "NOUN" and _is_distance(head):
        return True  # the bracketed conversion of a distance
    return head.lower_ in ("away", "from")


def _end_to_end(unit_tok) -> bool:
    """'348 metres from end to end', '40km from X to Y': a 'from' with a 'to' beside it
    measures the thing the clause is about, not how far away something is."""
    froms = [c for c in unit_tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    if not froms:
        return False
    near = list(unit_tok.children) + list(froms[0].children) + list(unit_tok.head.children)
    return any(t.dep_ == "prep" and t.lower_ == "to" and t.i > froms[0].i for t in near)


def _own_subject(verb):
    """The subject written on ``verb`` itself (no looking through to other verbs)."""
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lower_ in ("which", "that") and verb.dep_ == "relcl":
        return verb.head  # 'the tunnel, which is 300 miles long'
    return subjects[0] if subjects else None


def _verb_above(tok):
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return anc
    return None
