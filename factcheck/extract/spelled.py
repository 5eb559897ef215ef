"""Deciding whether spelled words are a number at all.

"one" is mostly a pronoun ("one of the officials"), "second" mostly an
ordinal or a time, "a third" a fraction only before "of".  These checks
run before a run of number words is read as a figure.
"""

from __future__ import annotations

import re

from . import numbers as nums
from . import qualifiers as quals
from . import units as un
from .figures import PLURAL_NOUN_RE
from .mention import Mention
from .nonclaims import MONTHS, NOT_A_NAME, WEEKDAYS, ordinal_word


_ONE_STOP = frozenset("""
of another who whom that which whose is was has had would could will can may might
should must does did do and or but in on at to for by with thing way such off too
more less else another's another day time point hand side stop person's of, another
over under above below after before per out up down
at by as than if then so from into onto upon against whether where when while nor
being be been it i he she they we you wants said says told knows thinks
""".split())

_PREPOSITIONS_BEFORE_ONE_DAY = re.compile(r"(?i:\b(?:for|within|in|after|than|only|just|over|every|per|least|about)\s+$)")

#: Before "one": a relative "which" after a preposition, whose clause may count ('the crash, in which
#: one person died'; not 'which one?').
_RELATIVE_WHICH_BEFORE = re.compile(r"(?i:\b(?:in|of|during|after|from|at|on|by|with)\s+which\s+$)")
_ONE_REJECT_BEFORE = re.compile(
    r"(?i:\b(?:no|the|this|that|which|each|every|any|another|last|next|same|little|"
    r"big|new|old|right|wrong|loved|young|other|someone|anyone|everyone|a|his|her|their|"
    r"my|our|your|its)\s+$)"
)


_ONE_IN_N_RE = re.compile(
    r"\s+(?:in|out\s+of)\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\w+teen)",
    re.I)


#: What may follow "by a fifth" when the fraction is the size of a change
#: ("fell by a fifth in May", "cut by a third, to ...") rather than an
#: ordinal before its noun ("beaten by a third party").
_FRACTION_ENDS_RE = re.compile(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:in|on|to|from|since|this|last|next|over|after|compared|and|or|but|"
    r"between|among|while|as|year-on-year|a\s+year|per|when|since|across|within|by|until|before|"
    r"against|overall|compared)\b", re.I)


#: Words before a fraction that make it the size of a change: "by a third", "up a quarter".
_CHANGE_BEFORE_FRACTION_RE = re.compile(
    r"(?i:\b(?:by|up|down|rose|fell|grew|dropped|shrank|climbed|jumped|slumped|slipped|plunged|soared|"
    r"increased|decreased|declined|cut|reduced|raised|boosted|lifted)\s+$)")
#: The verb straight after a fraction that opens a clause: "a quarter rejected", "a third said".
_VERB_AFTER_FRACTION_RE = re.compile(
    r"(?i:\s+(?:(?:also|still|now|only|just)\s+)?(?:said|say|says|think|thought|believe[sd]?|want(?:ed|s)?|"
    r"back(?:ed|s)?|support(?:ed|s)?|oppose[sd]?|favou?r(?:ed|s)?|agree[sd]?|disagree[sd]?|reject(?:ed|s)?|"
    r"voted|prefer(?:red|s)?|chose|felt|feel|expect(?:ed|s)?|reported|admitted|plan(?:ned|s)?|"
    r"would|could|will|were|are|had|have|did|do|does)\b)")
#: Where a clause may open before such a fraction.
_CLAUSE_OPENS_BEFORE_RE = re.compile(
    r"(?i:(?:^|[,;:.!?–—]\s*|\b(?:while|whilst|whereas|and|but|though|although|yet|with)\s+)$)")
#: Another of a small set before it, which makes "a third" the next one: "two were held and a third ...".
_SMALL_SET_BEFORE_RE = re.compile(r"(?i:\b(?:two|three|four|both|second|pair)\b|(?<![\d,.])[234](?![\d,.%]))")


def _fraction_heads_clause(text: str, start: int, core: str, after: str) -> bool:
    """"52% supported the tax, while a quarter rejected it": a fraction that is
    the subject of its clause, with a verb of saying, stance or voting straight
    after it.  After a small set ("Two were held and a third was released") the
    same words are an ordinal, so a small number before it rules this out."""
    if not (_VERB_AFTER_FRACTION_RE.match(after) and _CLAUSE_OPENS_BEFORE_RE.search(core)):
        return False
    clause_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 120, 0)
    return not _SMALL_SET_BEFORE_RE.search(text, clause_start, start)


#: "the last half century", "the next half decade": a span of years.
_SPAN_BEFORE_HALF_RE = re.compile(r"(?i:\b(?:past|last|next|previous|coming|first|second)\s+$)")


def spelled_is_number(text: str, start: int, end: int) -> bool:
    """Reject "one" as a pronoun, "a"+ordinal-like words, lone fractions."""
    surface = text[start:end]
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+", surface)]
    after = text[end:end + 40]
    before = text[max(0, start - 30):start]
    if tokens and tokens[-1] in nums.DENOMINATOR_WORDS and re.match(r"-[A-Za-z]", after) and "and" not in tokens:
        return False  # "quarter-final", "third-party": a compound word, not a fraction ('a three-and-a-half-year term' is)
    if _names_a_channel_or_title(text, start, end, before):
        return False
    if re.search(r"\bnumber[^\S\n]+\Z", before) and re.match(
            r"[^\S\n]+(?!(?:in|on|at|to|for|of|and|or|with|after|by|from|than|spot|place|position)\b)[a-z]", after):
        return False  # "a number one single", "the number seven role": a label ('fell to number six' is a position)
    if tokens == ["one"] and re.search(r"(?i:\bno-\Z)", before):
        return False  # "no-one": a pronoun
    if tokens == ["one"]:
        return _one_is_number(text, start, end)
    if tokens in (["nil"],):
        return False
    if len(tokens) == 2 and tokens[0] in ("a", "an") and tokens[1] in nums.DENOMINATOR_WORDS:
        # "a third of voters", "a quarter of a mile", "cut by a fifth" - not "a third term"
        core = before[:quals.BEFORE_RE.search(before).start()] if quals.BEFORE_RE.search(before) else before
        if _CHANGE_BEFORE_FRACTION_RE.search(core) and _FRACTION_ENDS_RE.match(after):
            return True  # "fell by a third in May", "up a quarter on last year", "by more than a fifth"
        if _fraction_heads_clause(text, start, core, after):
            return True  # "52% supported it, while a quarter rejected it"
        return bool(re.match(r"\s+(?:of|more|less|fewer)\b", after, re.I)) or \
            bool(un.UNIT_AFTER_RE.match(text, end) and un.UNIT_AFTER_RE.match(text, end).group("word"))
    if len(tokens) == 1 and tokens[0] in nums.DENOMINATOR_WORDS:
        if tokens[0] in ("half",):
            if re.match(r"[\s-]+(?:century|decade)\b", after, re.I) and _SPAN_BEFORE_HALF_RE.search(before):
                return True  # "over the last half century": fifty years ("the half century" may be 50 runs)
            return bool(re.match(r"\s+(?:of|an?|the|its|their|his|her|all|that|this|those|these)\b",
                                 after, re.I)) or bool(quals.BEFORE_RE.search(before))
        return False
    if len(tokens) == 1 and tokens[0] in ("dozen", "hundred", "thousand", "million", "billion",
                                          "trillion", "lakh", "crore"):
        return False
    if tokens and tokens[-1] in ("dozens",):
        return True
    return True


#: A capitalised plural after a title-case number word: "Police Arrest Two Men" is a headline, not a name.
_CAPITALISED_PLURAL_AFTER_RE = re.compile(r"\s+(?!News\b)(?:[A-Z][a-z'’]*s|Men|Women|People|Children|Staff|Police)\b")


def _names_a_channel_or_title(text: str, start: int, end: int, before: str) -> bool:
    """"BBC Two", "Channel Four", "World War Two", "Apollo Eleven": a
    capitalised number word straight after a capitalised name, inside a
    sentence, is the end of that name.  A qualifier before it ("About
    Two") or a capitalised plural after it (a title-case headline:
    "Police Arrest Two Men") or a plural noun ("In Paris Three people
    died") keeps it a number."""
    surface = text[start:end]
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?", surface):
        return False
    if re.search(r"\b[a-z]+[^\S\n]\Z", before) and not quals.BEFORE_RE.search(before) \
            and re.match(r"(?:[^\S\n]+or[^\S\n]+[A-Z][a-z]+)?[^\S\n]+[A-Z][a-z]", text[end:end + 30]):
        return True  # "before the Six Nations", "the single One Night", "a first Five or Six Nations title"
    name = re.search(r"\b([A-Z][A-Za-z]*)[^\S\n]\Z", before)  # on the same line
    if not name or name.group(1).lower() in NOT_A_NAME or quals.BEFORE_RE.search(before):
        return False
    if _CAPITALISED_PLURAL_AFTER_RE.match(text, end) or PLURAL_NOUN_RE.match(text, end):
        return False
    return True


#: A verb of saying just before "one": "..., said one fisherman."
_SAYING_BEFORE_RE = re.compile(
    r"(?i:\b(?:said|says|say|told|tells|added|adds|explained|recalled|admitted|warned|insisted|"
    r"asked|wrote|according\s+to)\s+$)")
#: The speaker's noun (an adjective in -al, -ior, -ern ... may come first),
#: then the end of the clause; a word that reads as a verb ("said one died.") is no speaker.
_SPEAKER_THEN_END_RE = re.compile(
    r"\s+(?:[a-z]+(?:al|ior|ern|ish|ic|ive|ous|ful|ent|ant|ly)\s+)?"
    r"(?!(?:[a-z]+ed|was|is|fell|ran|won|lost|left|fled|sank|hit|got|remains|survives|dies)\b)[a-z][\w'’-]*"
    r"\s*(?:[.,;:!?\"”’)]|$|\s+(?:who|from|in|at|on|whose)\b)")
#: The speaker's noun, then the verb of saying: "One fisherman said ...".
_SPEAKER_THEN_SAYING_RE = re.compile(
    r"\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*\s+(?:said|says|told|tells|added|explained|recalled|"
    r"admitted|insisted|wrote|described)\b")


def _is_attribution(text: str, start: int, end: int, before: str) -> bool:
    """"..., said one fisherman." and "One resident told the BBC ...":
    "one" picks out a speaker, it does not count anyone.  Either a verb of
    saying comes before and the speaker's noun ends the clause, or the
    speaker's noun is followed straight by the verb of saying.  "One
    fisherman was killed" and "said one person was missing" stay counts."""
    if _SAYING_BEFORE_RE.search(before) and _SPEAKER_THEN_END_RE.match(text, end):
        return True
    return bool(_SPEAKER_THEN_SAYING_RE.match(text, end))


#: Before "one": the level a toll or tally stands at ("the death toll stood at one", "raising the
#: toll to one").
_TALLY_LEVEL_BEFORE_RE = re.compile(r"\b(?:toll|tally|total)\b[^.;,]{0,30}?\b(?:stood at|stands at|remains at|remained at|"
                                    r"was|is|to)\s+$", re.I)


def _one_is_number(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 25):start]
    after = text[end:end + 40]
    if re.search(r"(?i:\b(?:minus|negative)\s+$)", before):
        return True  # "minus one", "temperatures fell to minus one"
    if _TALLY_LEVEL_BEFORE_RE.search(text[max(0, start - 60):start]) and not re.match(r"\s+(?:of|another)\b", after):
        return True  # "the death toll stood at one", "raising the toll to one"
    # "found that one in four", "one out of ten": a ratio, whatever comes before
    if _ONE_IN_N_RE.match(after) and not re.search(r"(?i:\b(?:the|this|no|any|each|every|another)\s+$)", before):
        return True
    if nums.OVER_DENOMINATOR_RE.match(text, end) and not re.search(r"(?i:\b(?:no|the|this|that|any|each|every)\s+$)", before):
        return True  # "one over three": a fraction read aloud
    if _ONE_REJECT_BEFORE.search(before) and not re.search(r"(?i:\b(?:only|just)\s+$)", before) and not (
            _RELATIVE_WHICH_BEFORE.search(before) and re.match(r"\s+[a-z]+\s+(?:was|were|had|has|[a-z]+ed)\b", after)):
        return False
    if _is_attribution(text, start, end, before):
        return False
    capitalised = re.search(r"\b([A-Z][A-Za-z]*)\s$", before)
    if capitalised and capitalised.group(1).lower() not in NOT_A_NAME \
            and not quals.BEFORE_RE.search(before):
        return False  # "Formula One", "BBC One", "Air Force One"
    if re.match(r"-(?:off|time|way|sided|on-one|stop|size|man|party|nation|liners?|trick)\b", after, re.I):
        return False
    if un.CURRENCY_WORD_RE.match(text, end) and un.CURRENCY_WORD_RE.match(text, end).group("gap").strip() in ("", "-") \
            and un.CURRENCY_WORD_RE.match(text, end).group("word").lower() not in un.CURRENCY_WORDS_NEED_SCALE | un.CURRENCY_WORDS_GLUED_ONLY:
        return True
    unit = un.UNIT_AFTER_RE.match(text, end)
    if unit and unit.group("word"):
        word = unit.group("word").lower()
        if word in ("day", "time", "second", "minute") and not _PREPOSITIONS_BEFORE_ONE_DAY.search(before):
            return False
        return True
    if re.match(r"\s+(?:or|to)\s+(?:two|three|2|3)\b", after, re.I):
        return True
    if re.match(r"\s+in\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\w+teen)", after, re.I):
        return True
    following = re.match(r"\s+([A-Za-z][a-z'-]*)", after)
    if not following:
        return False
    word = following.group(1)
    if word[0].isupper():
        return not re.fullmatch(MONTHS, word) and not re.fullmatch(WEEKDAYS, word) and word not in ("I",)
    lowered = word.lower()
    if re.search(r"(?i:\b(?:only|just)\s+$)", before) and _ONE_IS_SUBJECT_RE.match(after):
        return True  # "only one had survived": a count of one, not a pronoun
    if _COUNTS_LISTED_BEFORE_RE.search(text[max(0, start - 90):start]) and _ONE_IS_SUBJECT_RE.match(after):
        return True  # "11 were caught in traps, three were darted and one was killed": the last of a list of counts
    parallel = _PARALLEL_COUNT_BEFORE_RE.search(text[max(0, start - 90):start])
    if parallel and parallel.group(1).lower() == lowered and lowered != "of":
        return True  # "14 from the Philippines, two from India and one from Poland": the last of a list told alike
    if lowered in _ONE_STOP or lowered.endswith("ly") or lowered.endswith("'s"):
        return False
    return True


#: Before "one": a count and the word after it, closing a list ("two from India and "), which "one"
#: closes with the same word ("one from Poland").
_PARALLEL_COUNT_BEFORE_RE = re.compile(
    r"(?i:(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)|"
    r"(?<![\w.,])\d[\d,]*)\s+([a-z]+)\b[^.;:\d]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$)")


#: Before "one": a list of counts it closes ("three were darted and ", "two were freed, ").
_COUNTS_LISTED_BEFORE_RE = re.compile(
    r"(?i:(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)|"
    r"(?<![\w.,])\d[\d,]*)\s+(?:were|are|had|have|was|[a-z]+ed)\b[^.;:]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$)")


#: A verb straight after "only one"/"just one": "only one had survived", "just one was found".
_ONE_IS_SUBJECT_RE = re.compile(
    r"(?i:\s+(?:(?:has|had|have|was|were|is|are|would|could|will|did|does)\b(?!\s+(?:to|a|an|the)\b)"
    r"|[a-z]+ed\b(?!\s+(?:by|with)\b)))")


def spelled_ordinal_or_none(text: str, start: int, end: int) -> Mention | None:
    """"a third term" is an ordinal; lone "quarter"/"half" are nothing."""
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+", text[start:end])]
    if tokens and tokens[-1] in nums.ORDINAL_WORDS and tokens[-1] not in ("half", "quarter"):
        word_start = start + text[start:end].lower().rfind(tokens[-1])
        return ordinal_word(text, word_start, end)
    return None
