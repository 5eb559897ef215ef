"""Check kind ``share-above-100``: a share of a whole above 100 per cent.

"112% of the electorate", "turnout of 104%", "Some 112% of the port's
dockers have joined": a part cannot be larger than the whole it is a part
of. Percentages above 100 are ordinary for changes ("prices rose 150%")
and comparisons with a reference quantity ("debt is 120% of GDP", "120% of
capacity", "112% of the target", "130% of pre-pandemic levels"), so the
check reads what the percentage is "of":

* a collective whole named in ``wholes`` (population, electorate, vote);
* any other plural noun, a group of people or things ("dockers", "the
  county's hospitals"), unless it names a quantity (``quantities``:
  levels, costs, earnings...) or the figure is a comparison's complement
  ("running at 120% of its beds", "reached 130% of ...");
* or the figure is the value of a share-like subject (``shares``:
  turnout, vote share, efficacy);
* or an adjective of a measure that tops out at 100 follows it
  (``adjectives``: "179.6 per cent effective");
* or a verb of sharing comes before it (``share_verbs``: "accounted for
  140 per cent of the auction house's sales", "handles 112 percent of the
  nation's imports"): then even a quantity is the whole, unless it is a
  reference that a part may outgrow (``references``: "exports account for
  120% of GDP").

``unless`` words in the figure's clause (capacity, target, oversubscribed)
keep it quiet.
"""

from __future__ import annotations

import re

from factcheck.rules.checks.percent import stated_above_100
from factcheck.rules.checks.sentences import clause_around
from factcheck.rules.registry import WORD_LIST, Hit, check

PARAMS = {
    "type": "object",
    "required": ["wholes", "shares"],
    "additionalProperties": False,
    "properties": {
        "wholes": WORD_LIST,
        "shares": WORD_LIST,
        "unless": WORD_LIST,
        "quantities": WORD_LIST,
        "adjectives": WORD_LIST,
        "share_verbs": WORD_LIST,
        "references": WORD_LIST,
    },
}

#: Words that make a figure above 100% a change or a comparison, not a share.
_CHANGE_BEFORE = re.compile(r"\b(?:(?:up|down|rise|rose|risen|rising|increase[sd]?|jump(?:ed)?|surge[sd]?|grow|grew|grown|"
                            r"growth|fall|fell|fallen|drop(?:ped)?|gain(?:ed)?|cut|raised?|lifted|boosted)(?:\s+by)?|"
                            r"more|higher|lower|above|over|than)\s+(?:of\s+)?$", re.I)
#: "of the port's 2,300 dockers", "of eligible voters", "among the county's hospitals": the
#: words of the whole, after its determiners, possessives and count, up to a verb, preposition or comma.
_OF_WHOLE = re.compile(r"^\s*(?:of|among)\s+(?:(?:the|its|their|his|her|our|all|[\w-]+['\u2019]s?)\s+)*"
                       r"(?:[\d,.]+(?:\s+(?:million|billion|thousand))?\s+)?"
                       r"((?:[A-Za-z][\w-]*)(?:\s+[A-Za-z][\w-]*){0,3})", re.I)
#: Words that end the whole's noun phrase: "dockers | have joined", "voters | in the north".
_PHRASE_END = re.compile(r"^(?:of|in|at|on|to|for|from|with|by|who|whom|whose|which|that|have|has|had|were|was|are|is|"
                         r"will|would|could|can|may|might|should|must|do|did|does|and|or|but|than|as|said|say|says|"
                         r"now|already|still|also|last|this|next|since|before|after|during)$", re.I)
#: A comparison's complement: "running at 120% of its beds", "reached 130% of ...".
_COMPLEMENT_BEFORE = re.compile(r"\b(?:at|to|reach(?:ed|es|ing)?|hit|exceed(?:ed|s|ing)?|top(?:ped|s)?|"
                                r"equal(?:led|s)?|equivalent to|worth)\s+$", re.I)


#: After the whole, words that make it a reference, not a group the share is taken from:
#: "150% of the inmates it was built for", "110% of the patients expected"; not past a comma ("of the port's timber
#: imports, is not expected to reopen": another clause's).
_REFERENCE_AFTER = re.compile(r"^[^.;:,]{0,50}?\b(?:expected|forecast|predicted|planned|projected|needed|required|"
                              r"budgeted|allowed|designed|built|intended|normal|usual)\b", re.I)


def _whole_words(after: str) -> tuple[str, list[str]] | None:
    """(the whole as written, its noun words in lower case) for the text after a percentage.

    None when the percentage is not "of" something.
    """
    match = _OF_WHOLE.match(after)
    if not match:
        return None
    words = []
    for word in match.group(1).split():
        if _PHRASE_END.match(word):
            break
        words.append(word)
    if not words:
        return None
    phrase_end = match.start(1) + after[match.start(1):].find(words[-1]) + len(words[-1])
    return after[:phrase_end], [w.lower() for w in words]


def _is_plural(word: str) -> bool:
    word = word.lower()
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "\u2019s"))) or word in {
        "people", "men", "women", "children", "staff", "police", "personnel", "cattle", "those"}


#: Before a percentage: what something is made of follows ('boards that contained up to 15 per cent
#: chrysotile', 'a blend made of 60% cotton'), a share of a whole however it is bounded.
_CONTENT_BEFORE = re.compile(r"\b(?:contain(?:s|ed|ing)?|consist(?:s|ed|ing)?\s+of|made\s+(?:up\s+)?of)\s+$", re.I)
#: After it: the stuff, a noun in lower case ('chrysotile', 'white asbestos'), not a comparison ('more').
_STUFF_AFTER = re.compile(r"^\s+(?!(?:more|less|of|by|on|in|higher|lower|above|below|than)\b)[a-z][a-z-]+\b")


_STUFF_PHRASE = re.compile(r"[^,.;:()]*")


def _is_content(before: str, after: str) -> bool:
    return bool(_CONTENT_BEFORE.search(before) and _STUFF_AFTER.match(after))


def _share_verb_before(share_verbs: list[str]) -> re.Pattern | None:
    """'accounted for ', 'handles just ': a verb of sharing, then perhaps 'just', up to the figure (whose
    qualifier, 'roughly', is part of it)."""
    if not share_verbs:
        return None
    return re.compile(rf"\b(?:{'|'.join(share_verbs)})\s+(?:just\s+)?$", re.I)


#: Verbs that give a share-like doer its level: 'Turnout reached 112.6 per cent'.
_LEVEL_VERBS = {"reach", "hit", "be", "stand", "rise", "climb", "top", "jump", "peak", "soar", "surge", "increase"}
#: Right after a percentage: what people said, thought or had done, of which it is the subject ('A survey
#: found 139 per cent had seen prices fall', '112% said they would vote'): a share of those asked.
_PEOPLE_SAID_AFTER = re.compile(
    r"^\s+(?:(?:said|say|says|think|thought|believe|believed|agree[sd]?|want(?:ed)?|support(?:ed)?|back(?:ed)?|"
    r"oppose[sd]?|voted|reported|expect(?:ed)?|feel|felt|plan(?:ned)?\s+to|would|will)\b|"
    r"(?:had|have)\s+(?:(?:never|not|already|ever)\s+)?(?:seen|experienced|used|suffered|heard|received|"
    r"lost|tried|had|taken|faced|noticed|visited|bought|stopped|cut|given)\b)", re.I)
#: Right before it: a survey's or a poll's finding ('found', 'showed that').
_FINDING_BEFORE = re.compile(r"\b(?:found|find|finds|showed|shows|show|revealed|reveals|suggested|suggests)\s+"
                             r"(?:that\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more than\s+)?$", re.I)


def _lemma(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _modified_share(claim, shares) -> str:
    """The subject with one of its modifiers when together they name a share ('recovery rate'), or ''."""
    return next((f"{m} {claim.subject}" for m in claim.subject_modifiers if f"{m} {claim.subject}" in shares), "")


@check("share-above-100", params=PARAMS, judges_values=True)
def share_above_100(rule, audit):
    """Percentages above 100 written as a share of a whole (population, vote, electorate)."""
    wholes = {w.lower() for w in rule.params["wholes"]}
    shares = {s.lower() for s in rule.params["shares"]}
    quantities = {q.lower() for q in rule.params.get("quantities", [])}
    unless = rule.params.get("unless", [])
    adjectives = rule.params.get("adjectives", [])
    adjective_after = re.compile(rf"^\s+({'|'.join(map(re.escape, adjectives))})\b", re.I) if adjectives else None
    share_verb_before = _share_verb_before(rule.params.get("share_verbs", []))
    references = {r.lower() for r in rule.params.get("references", [])}
    for claim in audit.claims.values():
        if claim.kind != "percent" or claim.negated:
            continue
        start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
        before, after = claim.sentence[max(0, start - 30):start], claim.sentence[end:]
        if _is_content(before, after):  # 'contained up to 150 per cent chrysotile': even a ceiling cannot pass 100
            ceiling = claim.qualifier == "up to" and claim.base_high is not None and claim.base_high > 100
            if (ceiling or stated_above_100(claim)) and claim.unit == "percent":
                stuff = _STUFF_PHRASE.match(after[:30]).group().rstrip()  # ' chrysotile', up to the clause's end
                yield Hit(claim_ids=[claim.id], fields={"text": claim.text, "share": f"“{claim.text}{stuff}”"},
                          suggestion="A share of what something is made of cannot exceed 100%; check the figure.")
            continue
        if not stated_above_100(claim):
            continue
        shared = bool(share_verb_before and share_verb_before.search(before))
        if _CHANGE_BEFORE.search(before) and not shared:  # 'make up 130%' is no rise
            continue
        whole = _whole_words(after)
        words = whole[1] if whole else []
        if whole and _REFERENCE_AFTER.match(after):
            continue
        if any(w in wholes or _lemma(w) in wholes for w in words):
            share = f"{claim.text}{whole[0].rstrip()}"
        elif (any(_is_plural(w) for w in words) and not any(w in quantities or _lemma(w) in quantities for w in words)
              and not _COMPLEMENT_BEFORE.search(before)):
            share = f"{claim.text}{whole[0].rstrip()}"
        elif whole and shared and not any(w in references or _lemma(w) in references for w in words):
            share = f"{claim.text}{whole[0].rstrip()}"
        elif claim.subject in shares and not _OF_WHOLE.match(after):
            share = f"A {(claim.subject_text or claim.subject).lower()} of {claim.text}"
        elif (named := _modified_share(claim, shares)) and not _OF_WHOLE.match(after):  # 'a recovery rate of 145 per cent'
            share = f"A {named} of {claim.text}"
        elif (not claim.subject and claim.agent.lower() in shares and claim.predicate in _LEVEL_VERBS
              and not _OF_WHOLE.match(after)):  # 'Turnout in the ward reached 112.6 per cent'
            share = f"A {claim.agent.lower()} of {claim.text}"
        elif adjective_after and (adjective := adjective_after.match(after)):
            share = f"“{claim.text} {adjective.group(1)}”"
        elif claim.unit == "percent" and _FINDING_BEFORE.search(before) and (said := _PEOPLE_SAID_AFTER.match(after)):
            share = f"“{claim.text}{said.group().rstrip()}”"  # 'found 139 per cent had seen': of those asked
        else:
            continue
        if any(re.search(rf"\b{u}\b", clause_around(claim.sentence, start, end), re.I) for u in unless):
            continue
        yield Hit(claim_ids=[claim.id], fields={"text": claim.text, "share": share},
                  suggestion="A share cannot exceed 100%; check the figure and what it is a share of.")
