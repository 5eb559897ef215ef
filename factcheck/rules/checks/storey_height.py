"""Check kind ``storey-height``: a building's height against its number of storeys.

"The six wings, each seven storeys and about 2,100 metres tall"; "Larchmont
Hall's 11 storeys rise some 1,100 metres above the campus"; "a 17-storey
block, 17 metres high". A storey is about 3 to 5 metres (the tallest towers
average about 5 m a storey, spire included), so a height of more than
``max_per_storey`` or less than ``min_per_storey`` metres a storey is a slip
of unit or digits in one of the two figures, whatever the building, with no
bound for its kind needed.

The storey count is a figure of the same sentence ("seven storeys", "the
11-storey hostel", "a 40-floor hotel"), or, for a height written as the
building's modifier ("the 520-metre Linnet Tower"), the one storey count
the article gives for a building of the same noun ("a 17-storey apartment
tower"). The height must be the building's (its subject a building noun or
the storey count's own): "a two-storey shelter raised on pillars 3 metres
high" gives the pillars'. Not compared: storeys of a part ("fire gutted three storeys of the
60-metre tower", "stories" a paper published), a height beside a word of
its own (``unless``: a spire, a mast, a chimney standing on a low building),
and a figure a range rule has already judged impossible.
"""

from __future__ import annotations

import re

from factcheck.model import Claim
from factcheck.rules.checks.nearby import is_distance
from factcheck.rules.registry import WORD_LIST, Hit, check

PARAMS = {
    "type": "object",
    "required": ["buildings", "min_per_storey", "max_per_storey", "ordinary"],
    "additionalProperties": False,
    "properties": {
        "buildings": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "min_per_storey": {"type": "number", "exclusiveMinimum": 0},
        "max_per_storey": {"type": "number", "exclusiveMinimum": 0},
        "ordinary": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        "unless": WORD_LIST,
    },
}

#: '17-storey', 'seven-story', 'a 40-floor': the count is the building's storeys.
_STOREY_COMPOUND = re.compile(r"-(?:storey|story|floor)s?$", re.I)
#: Plain counts of these nouns: 'seven storeys', 'has 12 floors' ('stories' and 'floors' only with
#: a verb of the building or after 'of', 'with' or a possessive).
_STOREY_NOUNS = {"storey", "story", "floor"}
#: Verbs of a building and its storeys: 'the hotel will have 40 floors', 'it rises 12 stories'.
_BUILDING_VERBS = {"have", "be", "rise", "stand", "tower", "span", "contain", "comprise", "boast"}
_OWNED_BEFORE = re.compile(r"(?:\bof|\bwith|['\u2019]s)\s+$", re.I)
#: 'three storeys of the tower': storeys of a part, not the building's number of them.
_OF_AFTER = re.compile(r"^\s*(?:storeys|stories|floors)\s+(?:of|in|at|on)\b", re.I)
#: Words that say a length is a height.
_HEIGHT_AFTER = re.compile(r"^[^,;.]{0,12}?\b(?:tall|high|in height|above|up)\b", re.I)
_HEIGHT_BEFORE = re.compile(r"\b(?:rises?|rising|rose|stands?|standing|stood|towers?|towering|soars?|soaring|"
                            r"height of|reach(?:es|ing)?)\s+(?:to\s+)?$", re.I)
_METRIC_COMPOUND = re.compile(r"-(?:metres?|meters?|m|foot|feet|ft)$", re.I)


def _storeys(claim: Claim, buildings: set[str]) -> bool:
    """Is this count the number of storeys of a building?"""
    if claim.dimension != "count" or not claim.value or claim.value != int(claim.value) or not 1 < claim.value < 250:
        return False
    if _STOREY_COMPOUND.search(claim.text):
        return True
    if claim.subject not in _STOREY_NOUNS or _OF_AFTER.match(claim.sentence[claim.end - claim.sentence_start:]):
        return False
    # 'published 11 stories', 'cleaned 12 floors': a plain 'stories' or 'floors' is the building's
    # when the building has them, is made of them or rises through them
    return claim.subject == "storey" or claim.predicate in _BUILDING_VERBS or bool(_OWNED_BEFORE.search(claim.text_before(12)))


def _height(claim: Claim, buildings: set[str]) -> bool:
    """Is this length the height of a building: 'about 2,100 metres tall', 'rise some 1,100
    metres', 'the 520-metre tower'?"""
    if claim.dimension != "length" or not claim.base_value or claim.base_value <= 0 or is_distance(claim):
        return False
    if _METRIC_COMPOUND.search(claim.text) and claim.subject in buildings:
        return True
    return bool(_HEIGHT_AFTER.match(claim.text_after(30)) or _HEIGHT_BEFORE.search(claim.text_before(40)))


def _storey_count_for(height: Claim, in_sentence: list[Claim], in_article: list[Claim]) -> Claim | None:
    """The storey count of the height's building: the nearest of its sentence, else the article's
    one count for a building of the same noun ('a 17-storey apartment tower' ... 'the 520-metre
    Linnet Tower')."""
    if in_sentence:
        return min(in_sentence, key=lambda c: abs(c.start - height.start))
    if not _METRIC_COMPOUND.search(height.text):
        return None
    same_noun = [c for c in in_article if c.subject in (height.subject, "")]  # (a dateline's parse has none)
    return same_noun[0] if same_noun and len({c.value for c in in_article}) == 1 else None


def _spelled(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")


@check("storey-height", params=PARAMS)
def storey_height(rule, audit):
    """A height of a building that its number of storeys cannot have."""
    params = rule.params
    buildings = set(params["buildings"])
    unless = re.compile(r"\b(?:" + "|".join(params.get("unless", [])) + r")\b", re.I) if params.get("unless") else None
    low, high = params["ordinary"]
    by_article: dict[str, list[Claim]] = {}
    for claim in audit.claims.values():
        by_article.setdefault(claim.article_id, []).append(claim)
    for claims in by_article.values():
        storeys = [c for c in claims if _storeys(c, buildings)]
        if not storeys:
            continue
        for height in claims:
            if height.id in audit.impossible or not _height(height, buildings):
                continue
            if unless and unless.search(height.sentence):
                continue
            count = _storey_count_for(height, [c for c in storeys if c.sentence_start == height.sentence_start],
                                      storeys)
            if count is None or height.subject not in buildings | {count.subject}:
                continue  # ('a two-storey shelter raised on pillars 3 metres high': the pillars' height)
            per_storey = height.base_value / count.value
            if params["min_per_storey"] <= per_storey <= params["max_per_storey"]:
                continue
            n = int(count.value)
            problem = (f"{_spelled(per_storey)} metres a storey" if per_storey >= 1
                       else f"{per_storey * 100:.0f} centimetres a storey")
            as_written = _STOREY_COMPOUND.sub("", count.text).lower()  # 'seven', '17' (of '17-story')
            yield Hit(
                claim_ids=[height.id, count.id],
                fields={"text": height.text, "storeys": as_written, "problem": problem,
                        "ordinary": f"{low * n:,.0f} to {high * n:,.0f} metres"},
                suggestion=f"A storey is about {low:g} to {high:g} metres: {n} storeys stand about "
                           f"{low * n:,.0f} to {high * n:,.0f} metres. Check the unit and the digits of "
                           f"“{height.text}” and “{count.text}”.",
            )
