"""What a measure describes: 'a 162 mile bridge', '12 kilograms of cocaine', 'gusts of
104mph', 'The estate covers 3,500 acres', or a plain distance ('400 miles from the border').

Shares the clause reading of factcheck.extract.subjects; what differs is that a unit
often names what it is of ("tonnes of grain") and that a time phrase ("in 18 months")
says when, not what.
"""

from __future__ import annotations

from factcheck.extract.lemmas import noun_lemma
from factcheck.extract.subjects import (
    LEVEL_PREPS, LEVEL_VERBS, is_figure_word, is_unit_name, attachment, clause_role_subject, clause_subject, figure_top,
    is_noun_by_role, is_nounish, noun_of_phrase, of_phrase_subject, through_collective,
)

# Verbs whose measured object is the size of their subject: 'The estate covers 3,500 acres of farmland'.
EXTENT_VERBS = LEVEL_VERBS | {"cover", "span", "stretch", "measure", "weigh", "last", "run", "travel"}
# Prepositions through which a measure belongs to its clause's subject: 'held for six hours',
# 'ended after four hours', 'rose to 3.9 metres' (not 'in 12 months', 'within 48 hours').
MEASURE_PREPS = {"for", "after"}
_DISTANCE_PREPS = {"from", "away", "off", "of", "outside", "north", "south", "east", "west", "downstream", "upstream",
                   "downriver", "upriver", "inland", "offshore"}


def _noun_after_bracket(unit):
    """The noun a bracketed conversion's unit stands before ('(24,318-foot) Teshung Kangri'), or None."""
    doc = unit.doc
    if unit.i + 2 >= len(doc) or doc[unit.i + 1].text != ")":
        return None
    token = doc[unit.i + 2]
    while token.dep_ in ("compound", "amod") and token.head.i > token.i:
        token = token.head
    return token if is_nounish(token) else None


def measure_subject(span, unit_tok, dimension: str = "length"):
    """(token, lemma) of what a measure describes.

    'a 162 mile bridge' -> bridge; '12 kilograms of cocaine' -> cocaine;
    'gusts of 104mph' -> gust; '400 miles from the border' -> (None,
    'distance'); 'The bridge is 348 metres long' -> bridge.
    """
    head = unit_tok.head
    if dimension == "length" and head.lower_ in _COMPASS:
        return None, "distance"  # '72km south-west of the city' (the parser compounds 'km' with 'west')
    if (head.i > unit_tok.i and head.i >= 2 and head.doc[head.i - 1].like_num and head.doc[head.i - 2].text == "("
            and (after := _noun_after_bracket(head)) is not None):
        return after, noun_lemma(after)  # 'an 11.2-mile (18km) dual carriageway': the parse may head the measure
        # with the conversion's unit, set apart from the noun it describes
    if unit_tok.dep_ in ("nmod", "compound", "amod", "npadvmod") and is_noun_by_role(head) and head.i > unit_tok.i:
        # 'the 6.4-kilometer (4-mile) Brannock Tunnel': the parse may hang the measure on the
        # bracketed conversion's unit; the thing measured is the noun that unit describes
        while is_unit_name(head.lemma_.lower()) and head.head.i > head.i and is_nounish(head.head):
            head = head.head
        while (head.pos_ == "PROPN" and head.dep_ in ("nmod", "compound") and head.head.i > head.i
               and head.head.pos_ == "NOUN" and head.head.i - head.i <= 4):
            head = head.head  # 'the 381-km Radomir–Saltzen line': the names say which line
        if (head.dep_ in ("nmod", "compound", "amod") and head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "-"
                and head.head.i > head.i + 1 and is_nounish(head.head) and head.head.i - head.i <= 4):
            head = head.head  # 'the 800-metre bus-only stretch': a hyphened word before the noun is its modifier
        after = _noun_after_bracket(head) if is_unit_name(head.lemma_.lower()) else None
        if after is not None:  # '... the 7,412-meter (24,318-foot) Teshung Kangri': the parse ends the phrase at ')'
            head = after
        return head, noun_lemma(head)
    sized = _sized_noun(unit_tok)
    if sized is not None:  # 'cracks up to 2mm wide'
        return sized, noun_lemma(sized)
    if dimension == "length" and _is_distance(unit_tok):
        return None, "distance"
    converted = _converted_measure(unit_tok)
    if converted is not None:  # '12,000 hectares (29,650 acres) of forest': read as the figure it converts
        return measure_subject(unit_tok.doc[converted.i:converted.i + 1], converted, dimension)
    of_noun = _noun_of_apposed_measure(unit_tok)
    if of_noun is not None:  # 'waves of up to 90 metres': the parse may hang the measure on the noun as apposition
        return of_noun, noun_lemma(of_noun)
    if unit_tok.dep_ in ("dobj", "attr", "npadvmod") and unit_tok.head.lemma_.lower() in EXTENT_VERBS:
        owner = clause_subject(unit_tok.head)
        if owner is not None and is_noun_by_role(owner):  # ('The mosaic ... measures 5.2 metres': 'mosaic' tagged ADJ)
            return owner, noun_lemma(owner)
    material = of_phrase_subject(span)
    if material is not None:
        return material, noun_lemma(material)
    top = figure_top(span)
    # (in a range 'highs of 34C to 36C' the of-phrase may hang on the range's first figure)
    owner = noun_of_phrase(top)
    if owner is None and any(t.lower_ in ("to", "and", "-") for t in span):
        owner = next((noun_of_phrase(t) for t in span if noun_of_phrase(t) is not None), None)
    if owner is not None:
        return owner, noun_lemma(owner)
    if attachment(top)[1] not in (LEVEL_PREPS | MEASURE_PREPS | {None}):
        return None, ""  # 'in 18 months', 'within 48 hours': when, not what
    found = clause_role_subject(span, top, "measure")
    if found is None:  # 'The bridge is 348 metres long': the verb's own subject
        # ('3,500m long': the parser may read the 'm' as a verb; it is still the unit)
        verb = unit_tok if unit_tok.pos_ == "VERB" and not is_figure_word(unit_tok) else _verb_above(unit_tok)
        found = _own_subject(verb)
    found = through_collective(found)
    if found is not None and is_noun_by_role(found) and found not in span:
        return found, noun_lemma(found)
    before = _noun_right_before(span, dimension)
    if before is not None:  # 'in outdoor temperatures down to -250C', 'in water at a bracing 90C'
        return before, noun_lemma(before)
    return None, ""


def _noun_of_apposed_measure(unit_tok):
    """'waves of up to 90 metres' -> waves: a noun, 'of', then the measure, which the parse hung on the
    noun as an apposition (and so on the clause's subject, 'the sea')."""
    head = unit_tok.head
    if unit_tok.dep_ != "appos" or head.i >= unit_tok.i or not is_nounish(head) or is_unit_name(head.lemma_.lower()):
        return None
    between = unit_tok.doc[head.i + 1:unit_tok.i]
    return head if between and between[0].lower_ == "of" and not any(t.text in "(),;" for t in between) else None


#: Words between a noun and a measure that make the measure the noun's: 'temperatures down to -250C',
#: 'waves of up to 9 metres', 'water at a bracing 9C' ('at' only for a temperature or a speed: 'the
#: wreck at 30 metres' is where it lies). The words are read backwards from the figure.
_LINKS_BEFORE = {"of", "at", "to", "as"}
_AT_DIMENSIONS = {"temperature", "speed"}
_LINK_LEADS = {"to": {"down", "up"}, "as": {"low", "high", "deep", "fast", "hot", "cold", "much", "big"}}


def _noun_right_before(span, dimension: str):
    """The common noun written right before a measure the parse gave no subject, through a linking
    word: 'in outdoor temperatures down to -250C' -> temperatures; 'in water at a bracing 90C' -> water."""
    doc, i = span.doc, span.start - 1
    if i >= 1 and doc[i].is_alpha and (doc[i].pos_ == "ADJ" or doc[i].tag_ == "VBG" or doc[i - 1].lower_ in ("a", "an")):
        i -= 1  # 'a bracing 90C', 'a balmy 25C'
    if i >= 0 and doc[i].lower_ in ("a", "an"):
        i -= 1
    link = doc[i].lower_ if i >= 1 else ""
    if link not in _LINKS_BEFORE or (link == "at" and dimension not in _AT_DIMENSIONS):
        return None
    if link in _LINK_LEADS:  # 'down to', 'as low as'
        i -= 1
        if i < 1 or doc[i].lower_ not in _LINK_LEADS[link]:
            return None
        if link == "as":
            i -= 1
            if i < 1 or doc[i].lower_ != "as":
                return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or is_unit_name(noun.lemma_.lower()) or noun.is_stop:
        return None
    return noun


#: Compass points, whole or as the halves of a hyphenated one ('south-west').
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west"}
#: Adjectives that give a size along one dimension: 'cracks 2mm wide', 'a wall 3m high'.
_SIZE_ADJECTIVES = {"long", "wide", "deep", "high", "tall", "thick", "broad", "across", "big", "large", "heavy"}


def _sized_noun(unit_tok):
    """The noun a size adjective describes: 'cracks up to 2mm wide' -> cracks (the measure
    hangs on 'wide', which hangs on the noun); 'the 300m-long bridge', 'the 900-metre-high dam
    wall' -> bridge, wall (the adjective hyphened to the measure, before its noun)."""
    adjective = unit_tok.head
    if unit_tok.dep_ != "npadvmod" or adjective.lower_ not in _SIZE_ADJECTIVES or adjective.dep_ != "amod":
        return None
    noun = adjective.head
    hyphened = adjective.i >= 2 and adjective.nbor(-1).text == "-" and adjective.nbor(-2) == unit_tok
    return noun if is_nounish(noun) and (noun.i < adjective.i or hyphened) else None


def _converted_measure(unit_tok):
    """The unit of the figure a bracketed figure converts: '12,000 hectares (29,650 acres)'
    -> hectares."""
    head = unit_tok.head
    if unit_tok.dep_ != "appos" or head.i >= unit_tok.i or not any(c.like_num for c in head.children):
        return None
    between = unit_tok.doc[head.i + 1:unit_tok.i]
    return head if any(t.text == "(" for t in between) else None


def _from_a_place(unit_tok) -> bool:
    """'will pass 7.5 million km from Earth': a 'from' phrase naming a place right after the
    unit, which the parser hangs on the verb."""
    verb, after = unit_tok.head, unit_tok.i + 1
    if unit_tok.dep_ not in ("dobj", "npadvmod") or after >= len(unit_tok.doc):
        return False
    prep = unit_tok.doc[after]
    if prep.lower_ != "from" or prep.head != verb:
        return False
    if any(t.dep_ == "prep" and t.lower_ == "to" and t.i > prep.i for t in verb.children):
        return False  # 'ran 40km from X to Y': a length
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC", "FAC") or o.pos_ == "PROPN"
                                     or verb.lemma_.lower() in _COMING_TO_REST) for o in prep.children)


#: Verbs that tell where a thing ended up or lies, so that 'N metres from' any thing after them is how
#: far away it is ('landed 180 metres from the base of the turbine'); not a fall's or a climb's verbs
#: ('fell 30 metres from the roof': how far it fell).
_COMING_TO_REST = {"land", "crash", "come", "touch", "splash", "lie", "sit", "settle", "stop", "halt", "rest", "end",
                   "strand", "locate", "situate", "find", "discover", "spot", "anchor", "moor", "park", "live", "build",
                   "place", "set"}


def _is_distance(unit_tok) -> bool:
    """'400 miles from the border', '40km away', '280 miles south of Valmora'."""
    head = unit_tok.head
    if _end_to_end(unit_tok):
        return False  # 'the bridge is 348 metres from one abutment to the other': its length
    if _from_a_place(unit_tok):
        return True
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
