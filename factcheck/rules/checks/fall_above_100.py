"""Check kind ``fall-above-100``: a fall of more than 100 per cent in something that cannot go below zero.

"The shares closed at 273.2p, down 140% on the day", "visitor numbers fell
150%": a price, a count or a volume that falls by 100% is gone, and it can
fall no further. The figure was a misplaced point (1.40%), or a rise written
as a fall. Quantities that can turn negative ("profits fell 140%" into a
loss, a balance, a margin) are left alone: the rule names the things it
judges (``things``, the head lemma of the figure's subject).

A figure is a fall when its verb says so (fell, dropped, plunged, lost,
cut), when "down" or a fall noun comes right before it ("down 140%", "a
drop of 120%"), or when "lower", "less" or "fewer" follows it ("120% lower").
``unless`` words in the figure's clause keep it quiet.
"""

from __future__ import annotations

import re

from factcheck.rules.checks.percent import stated_above_100
from factcheck.rules.checks.sentences import clause_around
from factcheck.rules.registry import WORD_LIST, Hit, check

PARAMS = {
    "type": "object",
    "required": ["things", "fall_verbs"],
    "additionalProperties": False,
    "properties": {
        "things": WORD_LIST,
        "fall_verbs": WORD_LIST,
        "unless": WORD_LIST,
    },
}

#: Right before the figure: "down 140%", "down by 120%", "a fall of 150%".
_FALL_BEFORE = re.compile(r"\b(?:down|(?:fall|drop|decline|slump|cut|reduction|loss|plunge|slide)s?\s+of)"
                          r"(?:\s+by)?\s+$", re.I)
#: Right after the figure: "120% lower", "150% less", "110% fewer".
_FALL_AFTER = re.compile(r"^\s*(?:lower|less|fewer|down|cheaper|smaller)\b", re.I)


def _is_fall(claim, fall_verbs: set[str]) -> bool:
    verb = claim.predicate.split()
    return bool((verb and (verb[0] in fall_verbs or verb[-1] == "down"))
                or _FALL_BEFORE.search(claim.text_before(30))
                or _FALL_AFTER.match(claim.text_after(12)))


@check("fall-above-100", params=PARAMS, judges_values=True)
def fall_above_100(rule, audit):
    """Falls of more than 100% in a price, count or volume, which cannot go below zero."""
    things = {t.lower() for t in rule.params["things"]}
    fall_verbs = {v.lower() for v in rule.params["fall_verbs"]}
    unless = rule.params.get("unless", [])
    for claim in audit.claims.values():
        if claim.kind != "percent" or claim.negated or claim.subject not in things:
            continue
        if not stated_above_100(claim) or not _is_fall(claim, fall_verbs):
            continue
        start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
        if any(re.search(rf"\b{u}\b", clause_around(claim.sentence, start, end), re.I) for u in unless):
            continue
        what = (claim.subject_text or claim.subject).lower()
        stated = claim.base_value if claim.base_value is not None else claim.base_low
        yield Hit(claim_ids=[claim.id], fields={"text": claim.text, "what": what},
                  suggestion=f"A fall of 100% leaves nothing; check the figure (a misplaced point, "
                             f"such as {stated / 100:g}%?) or whether it was a rise.")
