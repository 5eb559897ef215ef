"""Check kind ``scale-slip``: one measurement given at two scales in one story.

"The falls plunge 1,900 metres" in one article and "the 190-metre falls" in
another; "the 590-mile smokestacks" against "two 180-metre (590-foot)
chimneys"; "buses each 400 feet long" a paragraph after "a school bus is
about 40 feet long". The same digits, in one dimension, at least
``min_ratio`` times apart, about one thing: one of the two is a slip of
unit or scale, and it is nearly always the larger (a unit too big, a
digit too many). No bound for the kind of thing is needed, which is what a
range rule needs: the story's other mention is the yardstick.

Two figures are about one thing when both are in one article, or in two
articles that tell one story (``Places.same_story``), and the words around
them (within ``window`` characters, in their sentences) share a content word
other than a unit: *falls*, *spire*, *blade tips*, *hailstones*. A figure of one
significant digit ("4km" against "four metres") needs two shared words, or
one and the same aspect ("40 feet long" / "400 feet long"). With no word in
common, two digits or more and the same aspect written right beside both
figures tie them ("drilled as deep as 2,400 kilometres" / "up to 2.4 km
deep"). Two digits
or more in two units of one dimension are a slip at any ratio ("86 inches"
/ "86cm", "52C" / "52 F"). A distance between places or a way travelled is
compared only with two digits or more and two shared words ("seen 2,300
nautical miles out to sea" / "seen 23 nautical miles out to sea"): a story
gives many distances ("15 miles away", "150 miles from the capital"). Not
compared: two figures of one sentence (a conversion, or two things set side
by side: "a 260-metre ship ... in 8-metre (26-foot) swells"); figures of
opposite signs; hedged sums of money ("could cost up to $4.5
trillion"); figures whose sizes say different aspects ("300 feet wide"
against "3 feet high"); and a larger figure told as a total over many
("Indian cities generate 150,000 tonnes of waste a day" against a plant's
1,500 tonnes). A figure a range rule has already judged impossible is left
to that rule.

Counts, spans of time and sums of money (``scale_dimensions``) are compared
only when a scale word has slipped: two significant digits or more, in one
unit, both written with a scale word, a thousand, a million or a billion
times apart ("3.8 billion pilgrims" / "an estimated 3.8 million";
"72-billion-year-old" / "72 million years"), or a count of one named thing
with the scale word on the larger only ("18.9 million students" / "18,900
students"; two digits need two more words in common). The same digits at other
scales are common in them by chance ("1.2 million residents" / "1,200
homes").
"""

from __future__ import annotations

import re
from collections import defaultdict

from factcheck.model import Claim
from factcheck.rules.checks.nearby import is_distance, near_words, significant_digits, singular_noun
from factcheck.rules.registry import WORD_LIST, Hit, check
from factcheck.track.evidence import words_within
from factcheck.track.keys import GENERIC_SUBJECTS

PARAMS = {
    "type": "object",
    "required": ["dimensions", "min_ratio", "window"],
    "additionalProperties": False,
    "properties": {
        "dimensions": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "min_ratio": {"type": "number", "minimum": 2},
        # measures further apart than this are two things: no unit slips so far ('more than 1,100km' driven /
        # a tank 'about 1.1 metres across', a million times smaller); scale words are read by their own ratios
        "max_ratio": {"type": "number", "minimum": 10},
        "window": {"type": "integer", "minimum": 10},
        "scale_dimensions": WORD_LIST,
    },
}

#: Ratios of a slipped scale word: thousand for million, million for billion, thousand for billion.
_SCALE_WORD_RATIOS = (1e3, 1e6, 1e9)

#: Words that say which aspect of a thing a size is: two figures with different ones are two sizes.
_ASPECTS = {
    "long": "length", "length": "length", "wide": "width", "width": "width", "across": "width",
    "broad": "width", "diameter": "width", "deep": "depth", "depth": "depth", "tall": "height", "high": "height",
    "height": "height", "above": "height", "thick": "thickness", "thickness": "thickness",
}
#: Around the larger figure: it is a total over many things, which a figure of one of them is not.
_TOTAL_OVER_MANY = re.compile(r"\b(?:nationwide|countrywide|worldwide|globally|in total|altogether|combined|"
                              r"across (?:the|all) \w+|all (?:the )?\w+s\b|(?:cities|countries|states|regions)\b)",
                              re.I)
#: Words that place things, which any two distances of a story may share.
_PLACING_WORDS = {"distance", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                  "lie", "sit", "situated", "located", "town", "city", "village", "border", "capital", "centre",
                  "center", "coast", "country", "region", "area", "site", "nearest"}


def _aspects(claim: Claim, window: int) -> set[str]:
    """The aspects the words near the figure give its size ('60cm across': width); read from all
    the words, since 'across' and 'above' are stop words that ``near_words`` leaves out."""
    start = claim.start - claim.sentence_start
    words = words_within(claim.sentence, start, start + len(claim.text), window)
    found = {_ASPECTS[w.lower()] for w in words if w.lower() in _ASPECTS}
    if claim.dimension == "length" and _OF_WATER_AFTER.match(claim.text_after(30)):
        found.add("depth")  # 'sank in about 15 feet of water': how deep the water is
    return found


#: After a length: the water it measures, which makes it a depth ('in about 15 feet of water').
_OF_WATER_AFTER = re.compile(r"^\s*(?:\([^()]{0,30}\)\s*)?of\s+(?:[a-z]+\s+)?(?:water|sea|floodwater|snow)\b", re.I)


#: The size word of a figure: right after it (past a bracketed conversion: '64 metres (210 feet) long')
#: or right before it ('as deep as 2,400 kilometres').
_ASPECT_AFTER = re.compile(r"^(?:\s*\([^()]{0,30}\))?\s+(?:[a-z]+\s+)?(" + "|".join(_ASPECTS) + r")\b", re.I)
_ASPECT_BEFORE = re.compile(r"\b(" + "|".join(_ASPECTS) + r")\s+(?:as\s+|of\s+)?(?:up to\s+|about\s+|some\s+)?$", re.I)


def _own_aspect(claim: Claim) -> str | None:
    """The aspect of a size that the words right beside the figure give ('2.4 km deep', 'as deep as
    2,400 km'), or None when they give none."""
    found = _ASPECT_AFTER.match(claim.text_after(40)) or _ASPECT_BEFORE.search(claim.text_before(25))
    return _ASPECTS[found.group(1).lower()] if found else None


def _one_thing(big: Claim, small: Claim, window: int) -> bool:
    big_words, small_words = near_words(big, window), near_words(small, window)
    aspects = _aspects(big, window), _aspects(small, window)
    if all(aspects) and not aspects[0] & aspects[1]:
        return False  # '300 feet wide' / '3 feet high'
    shared = (big_words & small_words) - set(_ASPECTS)
    if not shared:
        # 'Wells: 6, up to 2.4 km deep' / 'wells drilled as deep as 2,400 kilometres': the same aspect
        # of a size, with two digits or more, is a tie of its own
        return (_own_aspect(big) is not None and _own_aspect(big) == _own_aspect(small)
                and len(significant_digits(big.value)) > 1 and not (is_distance(big) or is_distance(small)))
    if is_distance(big) or is_distance(small):
        # a story gives many distances; one is the same as another only by two words and two digits
        # ('a light seen 2,300 nautical miles out to sea' / 'seen 23 nautical miles out to sea'), not
        # words that place anything ('the town lies 23 miles north' / '230 miles from the town')
        return len(shared - _PLACING_WORDS) > 1 and len(significant_digits(big.value)) > 1
    if len(significant_digits(big.value)) > 1:
        return True
    # one digit is a weak tie: '4km' and 'four metres' need a second shared word, or the same aspect
    # (a shared subject is not enough: 'the 10,000m' / 'the 1000m' are two races)
    return len(shared) > 1 or bool(aspects[0] & aspects[1])


#: A scale word in a figure: 'million', '£2.4bn', '3.8m', '38 lakh'.
_SCALE_WORD = re.compile(r"(?:\d|\b)(?:thousand|million|billion|trillion|lakh|crore|bn|m|k|tn)\b", re.I)


def _scale_word_slip(big: Claim, small: Claim, window: int) -> bool:
    """'3.8 billion pilgrims' / 'an estimated 3.8 million': two digits or more, in one unit, a scale
    word apart (a thousand, a million or a billion times), both written with a scale word ('38,000
    visitors' / '38 visitors' and '1.2 million residents' / '1,200 homes' are counts of two things)."""
    if big.unit != small.unit or len(significant_digits(big.value)) < 2:
        return False
    ratio = abs(big.base_value) / abs(small.base_value)
    if not any(abs(ratio / r - 1) < 0.001 for r in _SCALE_WORD_RATIOS):
        return False
    if _SCALE_WORD.search(big.text) and _SCALE_WORD.search(small.text):
        return True
    # '18.9 million students' / '18,900 students': one named thing counted, a scale word slipped in;
    # three digits or more, or two with two more words in common ('19 million vehicles a day through
    # the tunnel' / 'about 19,000 vehicles a day through the tunnel'; not '1.2 million visitors' over
    # a summer and 'about 1,200 visitors' camping each night)
    if (_SCALE_WORD.search(big.text) is None or big.subject != small.subject or big.subject in GENERIC_SUBJECTS
            or big.dimension != "count"):
        return False
    if len(significant_digits(big.value)) > 2:
        return True
    shared = (near_words(big, window) & near_words(small, window)) - {singular_noun(big.subject)}
    # (or one more, when both figures tell one deed: 'Some 48 million passengers were affected on Monday' / 'about
    # 48,000 passengers were affected')
    return len(shared) > 1 or (bool(shared) and bool(big.predicate) and big.predicate == small.predicate)


def _unit_slip(big: Claim, small: Claim) -> bool:
    """'86 inches' / '86cm', '9,500 metres' / '9,500 feet': the same digits (two or more) in two
    units of one dimension less than ``min_ratio`` apart, a unit written for its neighbour; '52C' /
    '52F' (the same value in Celsius and Fahrenheit)."""
    if big.unit == small.unit or len(significant_digits(big.value)) < 2:
        return False
    if big.dimension == "temperature":
        return big.value == small.value
    return abs(big.base_value) >= 1.5 * abs(small.base_value)


#: After a size: it is the size of a piece of the thing ('a 1.2-metre section of rail', 'a 30cm length of pipe').
_PIECE_AFTER = re.compile(r"^[\s-]*(?:[a-z-]+\s+)?(?:section|piece|stretch|segment|fragment|portion|sample|length|"
                          r"slab|chunk|strip|offcut|sliver)s?\s+of\b", re.I)


#: Around a size: it is the size of one end of the thing ('the lowest 12 feet of the wall', 'the top 40 metres of the
#: tower'), a piece of it.
_END_OF_BEFORE = re.compile(r"\b(?:lowest|highest|top|bottom|upper|lower|first|last|final)\s+$", re.I)
_OF_AFTER = re.compile(r"^\s*of\b", re.I)


#: Before a size: it is the size of each of many lots ('in ten lots of 50 tonnes each', 'in lots of 50 tonnes').
_EACH_LOT_BEFORE = re.compile(r"\b(?:lots?|batch(?:es)?|loads?|consignments?|parcels?|bags?|sacks?|bales?|"
                              r"containers?|truckloads?|shipments?)\s+of\s+$", re.I)


def _piece_of(claim: Claim) -> str:
    """What part of a thing a size measures: 'piece' ('a 1.2-metre section of rail'), 'lot' (each of many lots),
    'end' ('the lowest 12 feet of the wall'), or '' for the thing itself."""
    if _PIECE_AFTER.match(claim.text_after(30)):
        return "piece"
    if _EACH_LOT_BEFORE.search(claim.text_before(30)):
        return "lot"
    return "end" if _END_OF_BEFORE.search(claim.text_before(12)) and _OF_AFTER.match(claim.text_after(10)) else ""


#: In a figure's sentence: it is the size of a copy made to scale ('She is 2.8 metres tall, exactly one-tenth
#: the size of the figure', 'a 1:10 scale model', 'a maquette'; not a time, 'at 1:30').
_SCALED_COPY = re.compile(r"\b(?:one|a)[-\s](?:tenth|fifth|quarter|hundredth|twentieth|fiftieth)\s+(?:of\s+)?"
                          r"(?:the|its)\s+(?:size|height|length|scale)\b|\b(?:scale\s+models?|maquettes?|replicas?|"
                          r"miniatures?|to\s+scale)\b|\b1\s*:\s*\d+\s+(?:scale|model)\b", re.I)


def _told_as_total(claim: Claim, window: int) -> bool:
    start = claim.start - claim.sentence_start
    return bool(_TOTAL_OVER_MANY.search(claim.sentence[max(0, start - window):start + len(claim.text) + window]))


#: A measure told as a bound ('more than a million cubic metres', 'larger than 100,000 cubic metres') ...
_BOUND = re.compile(r"(?:more|less|fewer|larger|bigger|greater|smaller|heavier|lighter|longer|taller|higher|deeper|wider)"
                    r"\s+than\b", re.I)
#: ... right after a plural noun, which it sorts into a class ('Rockfalls of', 'rock and ice falls').
_CLASS_NOUN_BEFORE = re.compile(r"\b[a-z]{3,}s\s+(?:of\s+)?$", re.I)


def _threshold(claim: Claim) -> bool:
    """Is the measure the bound of a class of things ('11 rock and ice falls larger than 100,000 cubic metres')?"""
    return bool(_BOUND.match(claim.text) and _CLASS_NOUN_BEFORE.search(claim.text_before(30)))


def _one_named_thing(audit, big: Claim, small: Claim) -> bool:
    """Do two reports count or measure one thing by the same noun, about a rare name both are about ('18.9 million
    students' at Kestlebury / '18,900 students' there), though they share no second name?"""
    return bool(big.subject) and big.subject == small.subject and big.subject not in GENERIC_SUBJECTS and bool(
        audit.places.rare_names_about(big.article_id) & audit.places.rare_names_about(small.article_id))


@check("scale-slip", params=PARAMS)
def scale_slip(rule, audit):
    """The same digits of one dimension at two scales, about one thing in one story."""
    dimensions, min_ratio, window = set(rule.params["dimensions"]), rule.params["min_ratio"], rule.params["window"]
    max_ratio = rule.params.get("max_ratio", float("inf"))
    scale_dimensions = set(rule.params.get("scale_dimensions", []))
    buckets: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in audit.claims.values():
        if (claim.dimension in dimensions | scale_dimensions and claim.value and claim.base_value and claim.low is not None
                and claim.id not in audit.impossible
                and claim.qualifier != "between"  # ('around 48 to 52 kilos': its middle, 50, is no figure written)
                and not (claim.hedged and claim.dimension == "currency")):
            buckets[(claim.dimension, significant_digits(claim.value))].append(claim)
    flagged: set[str] = set()
    for claims in buckets.values():
        if len(claims) < 2:
            continue
        claims.sort(key=lambda c: (abs(c.base_value), c.article_id, c.start))
        for i, small in enumerate(claims):
            for big in claims[i + 1:]:
                if big.id in flagged or (big.base_value > 0) != (small.base_value > 0):
                    continue
                if abs(big.base_value) < min_ratio * abs(small.base_value) and not _unit_slip(big, small):
                    continue
                if big.dimension in scale_dimensions and not _scale_word_slip(big, small, window):
                    continue
                if (big.dimension not in scale_dimensions and abs(big.base_value) > max_ratio * abs(small.base_value)
                        and not _SCALE_WORD.search(big.text)):
                    continue  # (a scale word slips further: 'carrying 62 million tonnes of marine gas oil' / '62 tonnes')
                same_article = big.article_id == small.article_id
                if same_article and big.sentence_start == small.sentence_start:
                    continue  # a conversion, or two things side by side
                if not same_article and not audit.places.same_story(big, small) and not (
                        big.dimension in scale_dimensions and _one_named_thing(audit, big, small)):
                    continue  # (a scale word slipped, a thousand times or more, in a count of one named thing: two
                    # reports about one rare name; measures ten times apart need the story's two names)
                if not _one_thing(big, small, window) or _told_as_total(big, window):
                    continue
                if _piece_of(big) != _piece_of(small):
                    continue  # 'A 1.2-metre section of rail' / '1,200 km (750 miles) of old rail': a piece, and all of it
                    # ('The first 500 tonnes of seized onion' / 'in ten lots of 50 tonnes each': one end, each lot)
                if _threshold(big) and _threshold(small):
                    continue  # 'Rockfalls of more than a million cubic metres' / 'falls larger than 100,000 cubic
                    # metres': two bounds of a class of things, not the size of one
                if _SCALED_COPY.search(big.sentence) or _SCALED_COPY.search(small.sentence):
                    continue  # 'She is 2.8 metres tall, exactly one-tenth the size of the figure': a copy to scale
                flagged.add(big.id)
                source = audit.article_of(small).source or small.article_id
                where = "elsewhere in the same article" if same_article else f"in {source}"
                ratio = abs(big.base_value) / abs(small.base_value)
                apart = f"at {ratio:,.0f} times the size" if ratio >= min_ratio else "in two units"
                yield Hit(
                    claim_ids=[big.id, small.id],
                    fields={"big": big.text, "small": small.text, "where": where, "apart": apart},
                    suggestion=f"“{big.text}” and “{small.text}” ({where}) have the same digits {apart}: "
                               f"check the unit and the scale of the larger one.",
                )
