"""Check kind ``share-above-100``: a share of a whole above 100 per cent.

"112% of the electorate", "turnout of 104%", "Labour won 105% of the vote":
a part cannot be larger than the whole it is a part of. Percentages above
100 are ordinary for changes ("prices rose 150%") and ratios ("debt is 120%
of GDP"), so the check fires only when the figure is written as a share of
one of ``wholes`` ("N% of the population", "118% of the city's schools"; not
"120% of the school's budget", where the whole is the budget) or is the value of a share-like
subject (``shares``: turnout, vote share).
"""

from __future__ import annotations

import re

from factcheck.rules.registry import Hit, check

PARAMS = {
    "type": "object",
    "required": ["wholes", "shares"],
    "additionalProperties": False,
    "properties": {
        "wholes": {"type": "array", "items": {"type": "string"}},
        "shares": {"type": "array", "items": {"type": "string"}},
        "unless": {"type": "array", "items": {"type": "string"}},
    },
}

#: Words that make a figure above 100% a change or a comparison, not a share.
_CHANGE_BEFORE = re.compile(r"\b(?:by|up|down|rise|rose|risen|increase[sd]?|jump(?:ed)?|surge[sd]?|grow|grew|"
                            r"growth|fall|fell|drop(?:ped)?|gain(?:ed)?|more|higher|lower|above|over|than)\s+(?:of\s+)?"
                            r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
_OF_WHOLE = re.compile(r"^\s*(?:of|among)\s+(?:the\s+|its\s+|their\s+|all\s+|eligible\s+|registered\s+|local\s+|"
                       r"adult\s+|[a-z-]+['\u2019]s\s+)*([a-z-]+)(?!['\u2019\w-])", re.I)


def _lemma(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@check("share-above-100", params=PARAMS)
def share_above_100(rule, audit):
    """Percentages above 100 written as a share of a whole (population, vote, electorate)."""
    wholes = {w.lower() for w in rule.params["wholes"]}
    shares = {s.lower() for s in rule.params["shares"]}
    unless = rule.params.get("unless", [])
    for claim in audit.claims.values():
        if claim.kind != "percent" or claim.base_low is None or claim.base_low <= 100 or claim.negated:
            continue
        start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
        before, after = claim.sentence[max(0, start - 30):start], claim.sentence[end:]
        if _CHANGE_BEFORE.search(before):
            continue
        of_whole = _OF_WHOLE.match(after)
        if of_whole and _lemma(of_whole.group(1)) in wholes:
            share = f"{claim.text}{of_whole.group(0).rstrip()}"
        elif claim.subject in shares and not of_whole:
            share = f"A {(claim.subject_text or claim.subject).lower()} of {claim.text}"
        else:
            continue
        if any(re.search(rf"\b{u}\b", claim.sentence, re.I) for u in unless):
            continue
        yield Hit(claim_ids=[claim.id], fields={"text": claim.text, "share": share},
                  suggestion="A share cannot exceed 100%; check the figure and what it is a share of.")
