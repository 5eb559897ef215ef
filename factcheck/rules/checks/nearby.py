"""What checks that compare two figures with no fact in common read around each: the words near a
figure, and its digits without their scale.

Tracking ties figures through keys (subject, predicate, unit); a slip of scale ("1,900 metres" /
"the 190-metre falls") or of digit order ("86 people" / "the 68 stranded skiers") often sits in
two wordings that share no key, so these checks look at the plain words instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from factcheck.extract.units import WORD_SURFACES
from factcheck.model import Claim
from factcheck.track.evidence import REPORTING_WORDS, TIME_WORDS, singular, words_within

#: A word, curly apostrophes included ("Mercer\u2019s").
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
#: Words of a figure's scale or currency, which any two figures may share.
_SCALE_WORDS = {"per", "cent", "percent", "thousand", "million", "billion", "trillion", "lakh", "crore", "dozen",
                "hundred", "pound", "dollar", "euro", "rupee", "pence"}


def significant_digits(value: float) -> str:
    """The digits of a figure without its scale: 1,900 -> '19', 10.5 -> '105', 0.75 -> '75'."""
    digits = f"{abs(value):.6g}".split("e")[0].replace(".", "").lstrip("0")
    return digits.rstrip("0") or "0"


def singular_noun(word: str) -> str:
    """'buses' -> 'bus', 'boxes' -> 'box', 'colonies' -> 'colony', 'spires' -> 'spire', 'classes' ->
    'class'; 'houses' -> 'house', 'cases' -> 'case' (most nouns in -ses are nouns in -se)."""
    if word.endswith(("sses", "xes", "ches", "shes")) or (
            word.endswith("uses") and len(word) >= 5 and word[-5] not in "aeiou"):  # ('buses', 'bonuses'; not 'causes')
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return singular(word)


def near_words(claim: Claim, window: int) -> frozenset[str]:
    """Content words of the sentence within ``window`` characters of the figure, and its subject:
    singular, less units, scale words, stop words and words of attribution and time."""
    start = claim.start - claim.sentence_start
    return _near_words(claim.sentence, start, start + len(claim.text), claim.subject, window)


_MEASURE_TAIL = re.compile(r"-(?:old|long|high|tall|wide|deep|strong|based|led|style|era|like|born|owned|run|free)$")


@lru_cache(maxsize=65536)  # (a figure is compared with many others of its digits)
def _near_words(sentence: str, start: int, end: int, subject: str, window: int) -> frozenset[str]:
    found = [_POSSESSIVE.sub("", w.lower()) for w in words_within(sentence, start, end, window, _WORD)]
    # a hyphened compound is also its words: 'the opening-day crowd' / 'on its opening day' (not the
    # tail of a measure's adjective: 'a 22-year-old', 'a 40-metre-long')
    words = {singular_noun(w) for word in found
             for w in (word, *(word.split("-") if "-" in word and not _MEASURE_TAIL.search(word) else ()))}
    if subject:
        words.add(singular_noun(subject.lower()))
    return frozenset(w for w in words if len(w) > 2 and w not in STOP_WORDS and w not in WORD_SURFACES
                     and w not in _SCALE_WORDS and w not in REPORTING_WORDS and w not in TIME_WORDS)


#: After a length: it is a distance between places ('15 miles away', '22 km (14 miles) south of the
#: city', 'out to sea'), which a story gives for many pairs of places with no slip.
_DISTANCE_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:away|from|off\b|offshore|inland|upstream|downstream|out\b|"
                             r"beyond|(?:due\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:wards?)?\b|"
                             r"of\s+(?:the\s+)?(?:wreck|coast|shore|border|city|town|village|site|capital))", re.I)
_DISTANCE_BEFORE = re.compile(r"\b(?:within|distance of|radius of|(?:travel(?:led|ed)?|drove|driven|walked|flown|"
                              r"flew|sailed|swam)\s+(?:for\s+)?)$", re.I)


def is_distance(claim: Claim) -> bool:
    """A distance between places or a way travelled, not the size of a thing."""
    return (claim.subject in ("distance", "visibility") or bool(_DISTANCE_AFTER.match(claim.text_after(40)))
            or bool(_DISTANCE_BEFORE.search(claim.text_before(40))) or "visibility" in claim.text_before(40).lower())
