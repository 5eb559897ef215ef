"""Check kinds ``part-exceeds-whole`` and ``components-sum``: parts and their whole in one sentence.

``part-exceeds-whole``: "five people were killed, including six children",
"12 were arrested, of whom 15 were charged", "of the 30 drones, 40 were
shot down", "40 of the 30 drones". The figure right after the partition cue
belongs to the figure right before it (or, in "M of the N", the part comes
first), and cannot be larger.

``components-sum``: "of the 479 drones, 277 were shot down, 183 jammed and
40 hit targets" - components that together exceed their stated total. Only
explicit partitions count ("of the N ...,", "N ...: a, b and c", "..., of
whom a ... and b ...", a record by outcome: "played 30 games, winning 14,
drawing nine and losing six"); "including" lists may overlap (women and mothers)
and are left to ``part-exceeds-whole``. Components must start a clause
(after a comma, "and", "while"), so "20 were shot down in 15 regions" adds
20, not 35. Components summing to less than the total are flagged only where
the wording gives them as all of it: copy rarely lists every part. A single component larger than the total is left
to ``part-exceeds-whole`` (one problem, one finding). Breakdowns set out as
bulleted lists or fact boxes are read by ``bullet_lists``. A breakdown may
also follow its total in the next sentence: one that opens by pointing back
("It is made up of ...", "Of those, ...") or that is all one list of shares
("The museum says £41m came from ..., £31m from ... and £22m from ...").
"""

from __future__ import annotations

import math
import re

from factcheck.extract.units import to_base
from factcheck.rules.checks.bullet_lists import bulleted_breakdowns
from factcheck.rules.checks.nearby import singular_noun
from factcheck.rules.checks.sentences import NEIGHBOUR_GAP, comparable, gap_after, sentences
from factcheck.rules.registry import Hit, check
from factcheck.rules.text import describe_quantity, money_like, number_like
from factcheck.timewords import MONTH_NAMES, WEEKDAY_NAMES
from factcheck.track.keys import GENERIC_SUBJECTS, predicate_class

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_PART_KINDS = {"count", "money"}
#: Measures whose parts add up like counts ('a 41,000-tonne share: 18,000 tonnes for Killowen, ...');
#: lengths do not ('290m long: 50m wide and 20m high').
_PART_DIMENSIONS = {"mass", "volume", "area", "power", "time"}  # ('310 megawatts split between its halls: 120MW ...';
# 'Of the 2,140 hours of illegal discharges, 2,410 came from the Hatherley Road works')
#: The words that name some of a whole: 'including', 'among them'.
_INCLUDING = r"including|included|includes?|among them|among whom"
#: The cue between a whole and its part: "..., including", "among them", "of whom".
_PART_CUE = re.compile(r"^(?:[^.;:]|\.(?=\s*\d)){0,90}?(?:,|\(|\u2013|\u2014|-)?\s*(?:" + _INCLUDING + r"|of whom|of which|"
                       r"of them|of those)\s+$", re.I)
#: Between a whole and a part cued after it: a comma or semicolon closing the whole's clause
#: ("surveyed 412 firms; 460 of them said", "trapped, and ten of them died").
_CUE_GAP = re.compile(r"^(?:[^.:]|\.(?=\s*\d)){0,90}?(?:[,;]|\s[\u2014\u2013])\s*(?:and\s+|but\s+)?"  # ('since Sept. 26, ')
                      # ('which has 4,700 members, says 5,200 of them'; 'lifted 140 bones \u2014 162 of them')
                      r"(?:(?:[a-z]+\s+){0,2}?(?:says|said|adds|added|estimates|estimated|reports|reported)\s+(?:that\s+)?)?$",
                      re.I)
#: Between a whole and its first part: a verb or word of including ('The 38 people on site included 26 ...').
_INCLUDING_GAP = re.compile(r"\b(?:" + _INCLUDING + r")\s+$", re.I)
#: The cue after the part: "..., ten of whom died", "..., 25 of them children".
_PART_CUE_AFTER = re.compile(r"^\s+(?:of whom|of them|of which|of those)\b", re.I)
#: "Of the 30 drones, ..." at the start of a sentence or clause.
_OF_THE = re.compile(r"(?:(?:^|[,;:]\s*|\b(?:and|but|that)\s+)of\s+(?:the|these|those|its|their|all)\s+"
                     r"(?:[A-Za-z-]+(?:'s|\u2019s|s'|s\u2019)\s+)?|^\s*of\s+)$", re.I)
#: A named holder before its share: "the Union Party won 28", "the Greens 21" (capitalised names only).
_HOLDER = (r"(?:the\s+)?(?-i:[A-Z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]*)){0,2}\s+"
           r"(?:(?:won|took|got|has|had|holds|held|received|secured|gained|claimed|kept)\s+)?")
_AFTER_COMMA = re.compile(r",\s*(?:" + _HOLDER + r")?$")
#: A breakdown verb between a total and its parts: "61.2 million is made up of 31.4 million women and ...".
_BREAKDOWN = (r"(?:made up of|consist(?:s|ed|ing)? of|compris(?:e|es|ed|ing)(?:\s+of)?|"
              r"split (?:between|into|as|among)|divided (?:between|into|as|among)|broken down (?:into|as)|"
              r"break(?:s)? down (?:into|as)|"
              r"(?:(?:be|is|was|are|were|being) )?(?:met|paid for|covered|funded|financed) (?:entirely |wholly )?by|met with|"
              r"shared (?:between|among)|"
              r"(?:funded|financed|paid for) (?:entirely |wholly )?with)")
#: Between a total and the first part: a breakdown verb, after a bracketed conversion or the
#: total's noun set off ('A$386 million (€218 million), made up of', 'The 12-member expedition,
#: made up of'), but not a breakdown of each one ('each line made up of 1,920 pixels').
_BREAKDOWN_GAP = re.compile(r"^(?![^.;:]*\b(?:each\b|every\b|per\b(?!\s*cent)))(?:\s*\([^()]*\))?"
                            # (a long phrase set off only when the verb follows the comma at once: 'a $25
                            # million package for growers hit by the storm, made up of', not '..., which is')
                            r"(?:[^.;:,()]{0,40},|[^.;:,()]{41,90},(?=\s*" + _BREAKDOWN + r"))?"
                            r"(?:\s*or\s+[^.;:,()]{1,40},)?"  # ('The rise of Rs 2,100, or about 18 per cent, is made up of')
                            r"[^.;:,]{0,50}?\b" + _BREAKDOWN + r"\s+(?:(?:her|his|their|its)\s+)?$", re.I)  # ('made up of her')
#: "The $1.1 billion bill covers $520 million for demolition, ...": the parts of what the total
#: pays for. The list is the whole of it when it comes near the total (``_near_whole``): "covers"
#: may also name only the main items.
_COVER_GAP = re.compile(r"^(?![^.;:]*\b(?:each|every|per(?!\s*cent))\b)[^.;:,]{0,50}?"
                        r"\b(?:covers|covered|(?:will|would|to)\s+cover)\s+$", re.I)
#: A total, its noun and a plain "were"/"are" right before a list of groups: "The 30 victims
#: were 12 men, 14 women and 9 children" (each listed part must name its group, see ``_named_groups``).
_COPULA_GAP = re.compile(r"^\s*[\w'\u2019 -]{0,40}?\b(?:were|are)\s+$", re.I)
#: A body counted by its members ('The 11-member council', 'a 60-seat assembly') and 'has' before
#: its groups: 'has six Democrats, three Republicans and one independent' names every member.
_MEMBERS_WHOLE = re.compile(r"-(?:member|seat|strong)$", re.I)
_HAS_GAP = re.compile(r"^\s*[\w'\u2019 -]{0,40}?\b(?:has|have|had)\s+$", re.I)
#: ... or the body's noun and 'of' before them: 'A 120-strong team of 70 forest guards, 30 police officers and ...'.
_MADE_OF_GAP = re.compile(r"^\s*[a-z-]+\s+of\s+$", re.I)
_CLAUSE_START = re.compile(r"(?:^|,|;|:|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|\bwith\b|\bof whom\b|\bof which\b|"
                           r"\b" + _BREAKDOWN + r")"
                           r"\s*(?:a further\s+|another\s+|the remaining\s+|the other\s+|(?:the\s+)?others\s+|"
                           r"the rest\s+|" + _HOLDER + r")?$", re.I)
#: What after a figure shows it is not a count of parts: "six-time champions", "3%", "two years".
_NOT_A_PART = re.compile(r"^(?:-[a-z]|\s*(?:%|per ?cent|times|fold|years?\b|months?\b|days?\b|hours?\b|"
                         r"per\b|a\b|each\b(?!\s+(?:in|at|for|from|on)\s+(?:(?-i:[A-Z])|the?(?:\b|$))))|"  # (read 12 characters on: 'each for th')
                         # a difference, not a part: '2,000 tonnes more than her sister'
                         r"\s*(?:[\w-]+\s+)?(?:more|fewer|less|heavier|lighter|larger|smaller|bigger|higher|lower)\s+than\b)",
                         re.I)


#: "six-time champions", "a 20-storey block": a figure glued to a word is a label, not a
#: count - but "Fifty-one" and "twenty-three" are plain spelled numbers, and "a 20-strong
#: team", "a 12-member expedition" count their people.
_HYPHENED_LABEL = re.compile(r"-(?!(?:one|two|three|four|five|six|seven|eight|nine)$)"
                             r"(?!(?:member|strong|person|man|woman|player|rider|runner|nation|team|seat|"
                             r"car|vehicle|wagon|carriage|ship|vessel|aircraft|plane|bed|room|unit|home|flat|piece)$)[a-z]+$",
                             re.I)  # 'a 12-member team', 'the 32-player draw', 'the 141-car train' count their members


_TOP_BEFORE = re.compile(r"\b(?:top|bottom|first|last|best|worst)\s+$", re.I)
_RANK_BEFORE = re.compile(r"\b(?:top|bottom|first|last|best|worst|number|no\.?|the|under-?|over-?)\s*$", re.I)


def _is_rank(sentence, claim, claims) -> bool:
    """"top three hits", "the 10 best": a rank or a label, not a total (also when a figure precedes)."""
    before = sentence.before(claim, 15)
    return bool(_RANK_BEFORE.search(before)) and not _OF_THE.search(sentence.before(claim, 30)) or any(
        0 <= claim.start - c.end <= 12 for c in claims if c is not claim)


def _breakdown_figures(sentence):
    """The figures of a sentence that may be a total or its parts: stated, of a part kind, not
    negated, and not a bracketed conversion of the figure before ('4.2 million euros ($4.6 million):')."""
    return [c for c in sentence.claims if c.is_claim and _is_part_kind(c) and _not_denied(c)
            and not c.is_conversion()]


#: After a figure: it is the subject of a denied verb ('3,650 have never been shown', '120 staff were not
#: paid'), which denies the deed, not the count: a part so told is still a part.
_SUBJECT_OF_DENIAL = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?(?:have|has|had|were|was|are|is|did|do|does|will|would|could|"
                                r"can)(?:\s+not|\s+never|n['\u2019]t)\b", re.I)


def _not_denied(claim) -> bool:
    """Is the figure's count stated, whatever verb its clause denies? ('Of the 3,400 objects on view,
    3,650 have never been shown': both are)"""
    return not claim.negated or bool(_SUBJECT_OF_DENIAL.match(claim.text_after(40))
                                     or _OF_THE.search(claim.text_before(30)))


def _is_part_kind(claim) -> bool:
    return claim.kind in _PART_KINDS or (claim.kind == "measure" and claim.dimension in _PART_DIMENSIONS)


def _whole_and_parts(sentence):
    """(whole, parts after an explicit partition cue) found in a sentence. (A measure hyphened to
    its noun is a size, not a label: 'Ireland's 41,000-tonne share'.)"""
    claims = [c for c in _breakdown_figures(sentence) if c.kind == "measure" or not _HYPHENED_LABEL.search(c.text)]
    group_counts = _group_counts(sentence)
    for i, whole in enumerate(claims):
        if whole.id in group_counts:
            continue  # ('across its three hospitals (412 at ...': the list is of the beds, not of the three)
        rest = [c for c in claims[i + 1:] if comparable(whole, c)]
        if not rest:
            continue
        if (len(rest) >= 3 and _SPREAD_OVER.match(sentence.between(whole, rest[0]))
                and _COLON_END.search(sentence.between(rest[0], rest[1]))
                and len(_listed_parts(sentence, rest[1:])) != rest[0].value):
            rest = rest[1:]  # '120 balloons from 14 countries this year: 96 from ...': 14 says where they came from
            # (when it counts the parts, '14,000 staff work in three countries: ...', ``_spread_partitions``)
        first = rest[0]
        gap = sentence.between(whole, first)
        breakdown = _BREAKDOWN_GAP.match(gap) or _copula_list(sentence, whole, rest)
        covered = _COVER_GAP.match(gap)
        # a list set apart as the whole's own, in brackets or after a comma with each part placed
        set_apart = (_bracketed_list(sentence, whole, rest) or _placed_list(sentence, whole, rest)
                     or _apposed_groups(sentence, whole, rest))
        # "The 500 staff are split between ...": after a breakdown verb, "the N" is the total, not a rank
        # ('The seven victims included nine ...': 'the N <things> included' is a total too)
        counted_whole = ((_INCLUDED_GAP.match(gap) or _COLON_END.search(gap))
                         and not _TOP_BEFORE.search(sentence.before(whole, 15)))
        # "Eight miners were trapped, ten of whom died"; "surveyed 412 firms; 460 of them said"
        cue_after = _PART_CUE_AFTER.match(sentence.after(first, 20)) and _CUE_GAP.match(gap)
        cue = _PART_CUE.match(gap) or cue_after
        if not (breakdown or covered or set_apart or counted_whole or cue_after) and _is_rank(sentence, whole, sentence.claims):
            continue  # (but 'The 86 staff, 94 of them women': a part named so says the whole is a count)
        if cue_after and i and _OF_WHOLE_GAP.match(sentence.between(claims[i - 1], whole)):
            whole = claims[i - 1]  # 'lost 260 of his 600 colonies, 290 of them at one apiary': them, the 260 lost
        of_the = _OF_THE.search(sentence.before(whole, 30))
        after_comma = of_the and _AFTER_COMMA.search(gap)  # "Of the 60 seats, (Labour won) 28"
        colon = _COLON_END.search(gap)
        partition = after_comma or breakdown or covered or set_apart or colon or cue_after or (
            cue and re.search(r"of (?:whom|which|them|those)", gap))
        yield (whole, first, bool(cue or after_comma or breakdown or covered or set_apart), rest, bool(partition),
               bool(breakdown or colon or set_apart))


#: Between a total and a list set off by a comma: the total's noun and verb, no other figure or stop
#: ('jobs would go, ' in 'about 1,200 jobs would go, 700 at head office and 400 in distribution').
_CLAUSE_THEN_COMMA = re.compile(r"^(?![^,]*\b(?:at|in|from|on|of|for|to|across|with|by|into)\b)\s*[a-z][\w'-]*"
                                r"(?:\s+[a-z][\w'-]*){0,5},\s*$")  # (not a part told where it is: '140 in the north, ')
#: After a part: where it is ('700 at head office', '400 in distribution').
_PLACED_AFTER = re.compile(r"^\s+(?:at|in|from|on)\s+(?:the\s+|its\s+|their\s+)?[\w-]", re.I)
#: After the last part: its place, then the sentence's end ('400 in distribution.').
_PLACE_CLOSES_AFTER = re.compile(r"^\s+(?:at|in|from|on)\s+[^,;:()]{1,40}[.!?]?[\"'\u201d]?$")


def _placed_list(sentence, whole, parts) -> bool:
    """Is the total's clause followed by a comma and a list of two or more parts, each told where it
    is, that closes the sentence ('about 1,200 jobs would go, 700 at head office and 400 in
    distribution')? A list so set out places all of the total, as brackets would."""
    if len(parts) < 2 or not _CLAUSE_THEN_COMMA.match(sentence.between(whole, parts[0])):
        return False
    listed = _listed_parts(sentence, parts)
    return (len(listed) >= 2 and listed[-1] is parts[-1]
            and all(_PLACED_AFTER.match(sentence.after(p, 30)) for p in listed)
            and bool(_PLACE_CLOSES_AFTER.match(sentence.after(parts[-1], 200))))


#: Nouns for everyone of a place or an event, which a list of groups set off after them breaks down
#: ('23 people inside the hall, 17 students and four adults,'), unlike a list of things of one kind
#: ('900 pupils, 40 teachers and 12 support staff').
_EVERYONE_NOUNS = {"people", "person", "victim", "casualty", "passenger", "occupant", "visitor", "guest",
                   "resident", "patient", "survivor", "traveller", "traveler", "spectator", "participant"}
#: Between a total of everyone and a list set off after it: its noun and where or when, then a comma.
_EVERYONE_THEN_COMMA = re.compile(r"^\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,8},\s*$")
#: After the last part of such a list: its group's words, then a comma or the sentence's end.
_GROUP_CLOSES_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*(?:,|[.!?]?[\"'\u201d]?$)")


def _apposed_groups(sentence, whole, parts) -> bool:
    """Is a total of everyone ('23 people inside the hall at the time') followed by a comma and a
    list of two or more groups, each naming its own, set off to the clause's end ('17 students
    and four adults, when ...')? So set out, the groups are everyone."""
    if len(parts) < 2 or whole.subject not in _EVERYONE_NOUNS or whole.kind != "count":
        return False
    if not _EVERYONE_THEN_COMMA.match(sentence.between(whole, parts[0])):
        return False
    listed = _listed_parts(sentence, parts)
    return (len(listed) >= 2 and listed[-1] is parts[-1] and all(p.kind == "count" for p in listed)
            and len(_named_groups(sentence, listed)) == len(listed)
            and not {p.subject for p in listed} & _EVERYONE_NOUNS
            and bool(_GROUP_CLOSES_AFTER.match(sentence.after(parts[-1], 200))))


def _bracketed_list(sentence, whole, parts) -> bool:
    """Are two or more parts listed in brackets right after the total, the bracket closed after
    the last ('Cost: $18.4 million ($9.5 million state government, $6.2 million city council, $3.1
    million appeal)', 'employs 1,200 people (800 in Leeds and 500 in York)')? The bracket closes
    the list as 'and' would."""
    if len(parts) < 2 or not re.fullmatch(r"\s*(?:[a-z][\w'-]*\s+){0,3}\(\s*", sentence.between(whole, parts[0])):
        return False
    listed = _listed_parts(sentence, parts)
    if len(listed) < 2:
        return False
    rest = sentence.after(listed[-1], 200)
    close = rest.find(")")
    return close >= 0 and not re.search(r"[(\d]", rest[:close]) and all(
        not (listed[-1].end <= c.start and c.end - listed[-1].end <= close) for c in sentence.claims)


#: "14,000 staff work in three countries: ..." - the whole, then how many groups it is spread over
#: ("98,900 birds have been culled on the three farms:", "566 beds across its three hospitals (").
_SPREAD_OVER = re.compile(r"^[^.;:,()]{0,60}?\b(?:in|across|over|at|on|between|among|to|from)\s+"
                          r"(?:(?:the|its|their|his|her)\s+)?$", re.I)
#: Between the count of groups and the first part: the groups' noun, then a colon or a bracket.
_GROUPS_THEN_LIST = re.compile(r"^\s*[a-z-]+\s*(?::|\()\s*$", re.I)


def _spread_partitions(sentence):
    """(whole, listed parts, the figure counting the groups) for "N staff in three countries: a in
    X, b in Y and c in Z" (or the list in brackets).

    The count of groups sits between the whole and its list, so the plain
    reading would take it for the whole; the list is only accepted when it
    names exactly that many parts (checked by the caller).
    """
    claims = _breakdown_figures(sentence)
    for i, whole in enumerate(claims[:-2]):
        groups = claims[i + 1]
        # (the parser may give each part the groups' noun: '11 million in Suvarnagiri' of 'four states')
        rest = [c for c in claims[i + 2:] if comparable(whole, c)
                or (c.subject == groups.subject and c.dimension == whole.dimension and c.unit == whole.unit)]
        if (rest and groups.low == groups.high and groups.value and 2 <= groups.value <= 12
                and _SPREAD_OVER.match(sentence.between(whole, groups))
                and _GROUPS_THEN_LIST.match(sentence.between(groups, claims[i + 2]))
                and not _TOP_BEFORE.search(sentence.before(whole, 15))):
            yield whole, rest, groups


def _group_counts(sentence) -> set[str]:
    """Figures that count the groups a whole is spread over, listed after them ('three' in '566
    beds across its three hospitals (412 at ..., 96 at ... and 58 at ...)'): no whole of the list."""
    return {groups.id for _whole, rest, groups in _spread_partitions(sentence)
            if len(_listed_parts(sentence, rest)) == groups.value}


def counts_other_things(sentence, whole, part) -> bool:
    """Does the part name what it counts, and is that not the whole's subject ("100 missiles")?"""
    named = part.subject_text and re.match(r"\s*(?:[a-z-]+\s+)?" + re.escape(part.subject_text),
                                           sentence.after(part, 40))
    return bool(named) and part.subject != whole.subject


#: A colon or a dash right before the first part: the list that follows is the whole breakdown.
_COLON_END = re.compile(r"(?::|\s[\u2014\u2013]|\s--?)\s*(?:an?\s+)?$")  # (': a $12 million bond, a ...')


def _clause_parts(sentence, whole, parts):
    """The parts that start a clause: "277 were shot down, 183 jammed and 40 hit targets".

    After a breakdown verb ("made up of 31.4 million women and 30.6
    million men") each part names its own group, so a part naming another
    thing than the whole is still a part.
    """
    gap = sentence.between(whole, parts[0]) if parts else ""
    if parts and (_BREAKDOWN_GAP.match(gap) or _COVER_GAP.match(gap) or _COLON_END.search(gap)
                  or _bracketed_list(sentence, whole, parts) or _apposed_groups(sentence, whole, parts)):
        return _listed_parts(sentence, parts)  # (after a colon or a dash too: "the 14 members \u2014 nine nurses, ...")
    if _copula_list(sentence, whole, parts):
        return _named_groups(sentence, _listed_parts(sentence, parts))
    return [p for p in parts if _CLAUSE_START.search(sentence.before(p, 30))
            and not _NOT_A_PART.match(sentence.after(p, 12))
            and not counts_other_things(sentence, whole, p)]


#: What sets a listed group apart after its figure: "(people) in Ketterby", "with minor injuries".
_GROUP_PHRASE = re.compile(r"^\s*(?:[a-z-]+\s+)?((?:in|at|from|with|aged|under|over|for|by)\s+[\w'-]+(?:\s+[\w'-]+)?)", re.I)


def _group_label(sentence, part) -> str | None:
    """What names a listed part's group: the phrase after it ('in Ketterby', 'with minor
    injuries') or its own noun ('14 women'); None for a bare figure."""
    after = sentence.after(part, 40)
    phrase = _GROUP_PHRASE.match(after)
    if phrase:
        return phrase.group(1).lower()
    # the subject as written may run on over the list ('Germans, three Britons and two Swiss')
    own = re.split(r",|\s+(?:and|or)\s+", part.subject_text)[0].strip() if part.subject_text else ""
    if own and re.match(r"\s*(?:[A-Za-z-]+\s+)?" + re.escape(own), after):
        return part.subject  # ('14 women', '28 Labour members')
    single = _ONE_WORD_GROUP.match(after)  # 'and one independent.': a word that closes the part
    return single.group(1).lower() if single else None


#: One word right after a listed figure that closes its part: 'and one independent.'
_ONE_WORD_GROUP = re.compile(r"^\s+([A-Za-z][\w-]+)\s*(?:[,.;:)]|\s+(?:and|or)\b|$)")


def _named_groups(sentence, parts):
    """The listed parts, when each names its own group right after it ("12 men, 14 women and 9
    children", "620 people in Brenmouth, 410 in Ketterby"), else none: a bare list after "were"
    ("were 12, 14 and 9") may be anything."""
    labels = [_group_label(sentence, p) for p in parts]
    named = [p for p, label in zip(parts, labels) if label]
    return named if len(named) == len(parts) and len(set(labels)) == len(named) else []


def _copula_list(sentence, whole, parts) -> bool:
    """Is ``whole`` followed by 'were'/'are' (or, for a body counted by its members, 'has' or its noun
    and 'of') and a
    list of at least two named groups? (The whole names what it counts: 'The 30 victims', 'The
    1,100 evacuated', 'The nine-member board'.)"""
    return bool(parts and _names_what_it_counts(sentence, whole, parts[0])
                and (_COPULA_GAP.match(sentence.between(whole, parts[0]))
                     or _MEMBERS_WHOLE.search(whole.text) and (_HAS_GAP.match(sentence.between(whole, parts[0]))
                                                               or _MADE_OF_GAP.match(sentence.between(whole, parts[0]))))
                and len(_named_groups(sentence, _listed_parts(sentence, parts))) >= 2)


def _names_what_it_counts(sentence, whole, first_part) -> bool:
    """Does the total name its things: a subject, or a word after it ('The 1,100 evacuated')?"""
    return bool(whole.subject or re.match(r"^\s*[a-z]", sentence.between(whole, first_part)))


#: Between two items of one list: "women and", "British, ", "loans, and", "for tunnels, viaducts and
#: earthworks, " (a part's own words may hold commas), but no clause of another kind in between.
#: Between "and" and a list's last part: "and a €12m grant", "and the mill Rs 3 lakh", "and the remaining 20".
_LAST_PART_LEAD = r"(?:an?|the\s+[\w'\u2019-]+)"
#: Words that open a clause of another kind between two listed figures.
_OTHER_CLAUSE = r"while|whereas|but|which|who|when|after|before|although|according|said|says|told|reported"
_LIST_GAP = re.compile(r"^(?![^.;:()]*\b(?:" + _OTHER_CLAUSE + r"|have|has|had|were|was|are|is)\b)"
                       r"(?![^.;:()]*\s(?:[\u2014\u2013]|--?)\s)"  # (a dash closes an aside: '110 in Classes 7 and 8 - and eight teachers')
                       r"[^.;:()]{0,80}?(?:,\s*and|,|\band|\bplus)(?:\s+" + _LAST_PART_LEAD + r")?\s*$", re.I)


def _listed_parts(sentence, parts):
    """The parts listed right after a breakdown verb, up to the first that is not in the list."""
    parts = [p for p in parts if not _IN_A_LABEL.search(sentence.before(p, 15))]  # not 'in the three towers'
    if not parts:
        return []
    listed = [parts[0]]
    for part in parts[1:]:
        if not _LIST_GAP.match(sentence.between(listed[-1], part)):
            break
        listed.append(part)
    return [p for p in listed if not _NOT_A_PART.match(sentence.after(p, 12))]


#: Between a part and the whole it is taken from: "320 of the pier's 296 columns", "15 out of 12".
_OF_WHOLE_GAP = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|all|these|those)\s+)?"
                           r"(?:[\w-]+(?:\s+(?-i:[A-Z])[\w-]*){0,2}(?:'s|\u2019s)\s+)?$", re.I)
#: Before a part: it is a rank or a share of something else ("the top 5 of the 10", "one in 5 of").
_NOT_A_PART_BEFORE = re.compile(r"\b(?:top|bottom|first|last|best|worst|no\.?|number|one in|aged|the)\s*$", re.I)


def _parts_of_wholes(sentence):
    """(whole, part) for a part told before its whole: "5,800 of the 4,950 dogs", "320 of the
    pier's 296 cast-iron columns". The whole names what it counts right after it."""
    claims = [c for c in sentence.claims if c.is_claim and c.kind in _PART_KINDS and _not_denied(c)]
    for part, whole in zip(claims, claims[1:]):
        if (comparable(part, whole) and _OF_WHOLE_GAP.match(sentence.between(part, whole))
                and not _NOT_A_PART.match(sentence.after(whole, 12))
                and not _HYPHENED_LABEL.search(whole.text) and not _HYPHENED_LABEL.search(part.text)
                and not _NOT_A_PART_BEFORE.search(sentence.before(part, 12))
                and re.match(r"^\s+[a-z]", sentence.after(whole, 20))):
            yield whole, part


def _larger_parts(sentence):
    """(whole, part) for every part the sentence gives as part of a whole."""
    for whole, part, is_part, _rest, _partition, _closed in _whole_and_parts(sentence):
        if is_part:
            yield whole, part
    yield from _parts_of_wholes(sentence)


#: After a part: the whole it is taken from, named back: by a pronoun ('28 of them at the scene'),
#: or by its noun or deed right before a verb or a stop ('615 of the fixtures were', 'Seventy of those
#: held were', '52,000 of the rejected claims,').
_NAMED_BACK_END = (r"(?=\s*[,.;:\u2014\u2013)]|\s+(?:were|was|are|is|had|have|has|came|come|live|lived|died|went|go|"
                   r"left|fell|lost|won|took|got|made|[a-z]+ed)\b)")
_OF_EARLIER_AFTER = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?P<pronoun>them|whom)\b|(?P<bare>those|these)" + _NAMED_BACK_END +
                               r"|(?:the|those|these)\s+(?:(?P<modifier>[a-z-]+)\s+)?(?P<word>[a-z-]+)" + _NAMED_BACK_END + ")",
                               re.I)
#: Opening the part's sentence: 'Of those, ', 'Of the dead, ', 'Among the injured were ', 'The dead include '.
_OF_EARLIER_OPENING = re.compile(r"^\s*(?:(?:of|among)\s+(?:(?P<pronoun>those|them|these)|the\s+(?P<word>[a-z-]+))\s*,\s*|"
                                 r"among\s+the\s+(?P<word2>[a-z-]+)\s+(?:were|was)\s+|"
                                 r"the\s+(?P<word3>[a-z-]+)\s+(?:include|included|includes)\s+)$", re.I)
#: Words for the people of a toll, by what befell them ('the injured', 'those held').
_DEED_WORDS = {"dead": "kill", "killed": "kill", "injured": "wound", "hurt": "wound", "wounded": "wound",
               "arrested": "arrest", "held": "arrest", "detained": "arrest", "evacuated": "evacuate",
               "rescued": "rescue", "missing": "miss"}


def _named_back(sentence, part):
    """('pronoun', '') or ('word', its words) when the part is taken out of a whole named back, not
    given in its own sentence: '28 of them', 'Of the dead, 13 ...'; None otherwise."""
    after = _OF_EARLIER_AFTER.match(sentence.after(part, 60))
    opening = None if after else _OF_EARLIER_OPENING.match(sentence.text[:part.start - sentence.start])
    found = after or opening
    if not found:
        return None
    if found.group("pronoun") or (after and after.group("bare")):
        return "pronoun", ""
    words = [found.group("word") or (opening.group("word2") or opening.group("word3") if opening else None)]
    if after and after.group("modifier"):
        words.insert(0, after.group("modifier"))
    return "word", " ".join(w.lower() for w in words if w)


def _counts_what_is_named(claim, words: str) -> bool:
    """Does the figure count what the words name: its noun ('the fixtures': '540 fixtures'), or the
    deed done to its people ('the injured': 'Eleven people were injured')?"""
    *modifiers, word = words.split()
    deed = _DEED_WORDS.get(word)
    if deed is not None:
        return predicate_class(claim.predicate) == deed  # ('died', 'detained': 'kill', 'arrest')
    return claim.subject == singular_noun(word) and all(m in claim.subject_modifiers or m in claim.sentence.lower()
                                                      for m in modifiers)


#: The words after "of" that take a figure out of another: '38 of his 52 hives', '12 out of the 30'.
_OF_A_WHOLE = r"^\s+(?:out\s+)?of\s+(?:the|its|his|her|their|all|these|those"
#: After a figure that is itself taken out of another: '260 of his 600', 'four of them seriously'.
_TAKEN_OUT_AFTER = re.compile(_OF_A_WHOLE + r"|them|whom)\b", re.I)


def _parts_of_earlier_wholes(all_sentences):
    """(whole, part, sentence) for a part taken out of a whole told in the sentences before:
    "Twenty-three people were hurt. Paramedics treated 28 of them at the scene"; "... taking
    the toll to 11. Of the dead, 13 were contract labourers"; "converted 540 fixtures ... 615 of
    the fixtures were on the Eastside". A pronoun takes the one figure of its kind in the
    sentence right before; a noun or deed takes the nearest figure of the last three sentences
    that counts it. A part whose own sentence gives a figure of its kind before it is left to
    the sentence's own reading."""
    for i, sentence in enumerate(all_sentences):
        figures = _breakdown_figures(sentence)
        for part in figures:
            named = _named_back(sentence, part)
            if named is None:
                continue
            own = [f for f in figures if comparable(f, part) and f.start < part.start]
            if named[0] == "word":
                # the whole named back in the part's own sentence: 'one of 12 Dutch players in the field of
                # 96, and 14 of those Dutch players went out' (the 12, not the 96 nearest)
                whole = next((c for c in reversed(own) if _counts_what_is_named(c, named[1])
                              and not _TAKEN_OUT_AFTER.match(c.text_after(20))), None)
                if whole is not None:
                    yield whole, part, sentence
                    continue
            if any(f.subject == part.subject or not f.subject for f in own):
                continue  # ('Of the 64 rowers ..., 51 were ...': the sentence gives its own whole)
            earlier = _earlier_in_article(all_sentences, i)
            # (a whole is not itself taken out of another: not 'four' of 'Eleven people were injured, four
            # of them seriously')
            if named[0] == "pronoun":
                before = earlier[-1] if earlier and gap_after(earlier[-1], sentence) <= NEIGHBOUR_GAP else None
                wholes = [c for c in _breakdown_figures(before) if comparable(c, part)] if before else []
                whole = wholes[0] if len(wholes) == 1 and not _TAKEN_OUT_AFTER.match(wholes[0].text_after(20)) else None
                if whole is not None and (part.predicate in _HOLDING_VERBS - {"be"} or part.agent and whole.agent
                                          and part.agent != whole.agent):
                    whole = None  # another holder's ('has 22 turbines' ... 'Pennine Breeze runs 64 of them')
            else:
                whole = next((c for s in reversed(earlier) for c in reversed(_breakdown_figures(s))
                              if comparable(c, part) and _counts_what_is_named(c, named[1])
                              and not _TAKEN_OUT_AFTER.match(c.text_after(20))), None)
            if whole is not None:
                yield whole, part, sentence


@check("part-exceeds-whole", params=PARAMS)
def part_exceeds_whole(rule, audit):
    """A figure given as part of another ("including six", "six of the five") that is larger than it."""
    all_sentences = sentences(audit)
    pairs = [(whole, part, sentence) for sentence in all_sentences for whole, part in _larger_parts(sentence)]
    for whole, part, sentence in pairs + list(_parts_of_earlier_wholes(all_sentences)):
        if part.base_low > whole.base_high and not _NOT_A_PART.match(sentence.after(part, 12)):
            # (a toll counts people: 'taking the toll to 11' is 11 people)
            whole_subject = "people" if whole.subject == "people" else (
                whole.subject_text or whole.subject or part.subject_text or part.subject)
            yield Hit(
                claim_ids=[whole.id, part.id],
                fields={"whole": whole.text, "part": part.text, "whole_subject": whole_subject,
                        "part_subject": part.subject_text or part.subject or whole_subject},
                suggestion=f"A part ({part.text}) cannot be larger than its whole ({whole.text}); "
                           "check both figures.",
            )


PARAMS_SUM = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"direction": {"enum": ["exceed", "short"]}},
}


#: After a part: it stands for as many parts as the names after it ('four each in Rajgarh and Nandpur').
#: ('11,000 each for the semi-finals and the final': lower-case groups each after 'the')
_EACH_GROUP = r"(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
_EACH_IN = re.compile(r"^\s+each\s+(?:in|at|for|from|on)\s+(" + _EACH_GROUP + r"(?:\s*,\s*" + _EACH_GROUP + r")*\s+and\s+"
                      + _EACH_GROUP + r")")


#: After a part: it stands for as many parts as the number named ('30MW in each of the three newest').
_EACH_OF = re.compile(r"^\s+(?:[a-z]+\s+)?each\s+of\s+(?:the|its|their)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
                      re.I)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _times(sentence, part) -> int:
    """How many parts a listed figure stands for: 2 for 'four each in Rajgarh and Nandpur', 3 for
    '30MW in each of the three newest', else 1."""
    after = sentence.after(part, 80)
    each = _EACH_IN.match(after)
    if each:
        return len(re.split(r"\s*,\s*|\s+and\s+", each.group(1)))
    of = _EACH_OF.match(after)
    if of:
        word = of.group(1).lower()
        return _SMALL_NUMBERS.get(word) or min(int(word), 100)
    return 1


def _sum_hit(whole, parts, direction: str, times: dict[str, int], one: str = "") -> Hit:
    more = direction == "exceed"
    if whole.kind == "measure" and whole.value is not None:
        # in the total's unit: '38,500 tonnes', and the total '41,000 tonnes', not '41,000-tonne'
        per_unit = to_base(whole.unit, 1.0)[1] or 1.0
        total = describe_quantity(whole.value, whole.unit)
        added = describe_quantity(sum((to_base(p.unit, p.value)[1] or p.base_low) * times[p.id] for p in parts)
                                  / per_unit, whole.unit)
    else:
        added = sum((p.value or p.base_low) * times[p.id] for p in parts) + (1 if one else 0)
        # 'the total of 11', not '11-member' (but 'Thirty-six' stays whole)
        total = re.sub(r"-(?!(?:one|two|three|four|five|six|seven|eight|nine)$)[a-z]+$", "", whole.text, flags=re.I)
        added = money_like(added, whole.text) if whole.kind == "money" else number_like(added, whole.text)
    listed = " + ".join([*(p.text if times[p.id] == 1 else f"{p.text} \u00d7 {times[p.id]}" for p in parts),
                         *([f"one ({one})"] if one else [])])
    return Hit(
        claim_ids=[whole.id, *(p.id for p in parts)],
        fields={"total": total, "parts": listed, "sum": added},
        suggestion=("The parts add up to more than the total: one of the figures is wrong." if more else
                    "The wording gives these parts as the whole breakdown, but they fall short of the "
                    "total: one of the figures is wrong, or a part is missing."),
    )


#: After a figure: it is a part of the part before it ('five were taken to hospital, two of them
#: with burns, and nine were treated at the scene'), not another part of the whole.
_PART_OF_PART = re.compile(r"^\s*of\s+(?:them|whom|those|these|which)\b", re.I)


def _partitions(all_sentences):
    """(total, parts, closed) for every breakdown of a total in the copy; ``closed`` when the
    wording gives the parts as all of it: a breakdown verb ('made up of'), a colon, a plain
    'were' before named groups, 'with' before groups in other places, 'in three countries:'
    followed by three, or a pair that covers everyone ('49 passengers, 34 women and 13 men')."""
    for sentence in all_sentences:
        for whole, _first, is_part, rest, partition, closed in _whole_and_parts(sentence):
            if not partition and is_part and _INCLUDING_GAP.search(sentence.between(whole, rest[0])):
                # parts listed after 'including' may leave others out (never closed), but two groups that
                # cannot overlap never add up to more than the whole ('The 38 people on site included 26
                # employees and 15 contractors'; not '30 women and 25 mothers')
                listed = _listed_parts(sentence, rest)
                if _apart(listed):
                    yield whole, listed, False, sentence
                continue
            if partition:
                # ('rose to seven, five of them in Devgarh and three in Barmala': the first is of the whole)
                cued_first = _PART_OF_PART.match(sentence.after(rest[0], 15)) and _CUE_GAP.match(
                    sentence.between(whole, rest[0]))
                kept = 1 if cued_first else 0
                rest = rest[:kept] + [p for p in rest[kept:] if not _PART_OF_PART.match(sentence.after(p, 15))]
                if not rest:
                    continue  # every part was a part of another ('Of those, 46 remained in hospital ...')
                parts = _clause_parts(sentence, whole, rest)
                covered = _COVER_GAP.match(sentence.between(whole, rest[0]))
                yield whole, parts, (closed or _ends_with_rest(sentence, parts) or _covers_everyone(sentence, parts)
                                     or (len(parts) >= 3 or covered) and _near_whole(whole, parts)), sentence
        for whole, rest, groups in _spread_partitions(sentence):
            parts = _listed_parts(sentence, rest)
            if len(parts) == groups.value:
                yield whole, parts, True, sentence
        for whole, parts, closed in _listed_groups(sentence):
            yield whole, parts, closed, sentence
        for whole, parts in _holder_led_shares(sentence):
            yield whole, parts, True, sentence
        for whole, parts in _length_partitions(sentence):
            yield whole, parts, len(parts) >= 3 and _near_whole(whole, parts), sentence
        for whole, parts, closed in _record_partitions(sentence):
            yield whole, parts, closed, sentence
        for whole, parts, closed in _vote_partitions(sentence):
            yield whole, parts, closed, sentence
    for whole, parts, sentence, closed in _breakdowns_pointing_back(all_sentences):
        yield whole, parts, closed, sentence
    for whole, parts, sentence in _lists_after_a_total(all_sentences):
        yield whole, parts, len(parts) >= 3 or _covers_everyone(sentence, parts), sentence
    for sentence in all_sentences:
        for whole, parts in _totals_after_lists(sentence):
            yield whole, parts, True, sentence


def _length_partitions(sentence):
    """(whole, parts) for a length shared out after "Of the": "Of the cable's 2,340km length,
    1,480km lies in international waters, 760km in Indian waters and 180km in its own waters".
    Lengths are not parts otherwise ('290m long: 50m wide and 20m high')."""
    lengths = [c for c in sentence.claims if c.is_claim and c.kind == "measure" and c.dimension == "length"
               and not c.negated and not c.is_conversion()]
    for i, whole in enumerate(lengths[:-2]):
        rest = lengths[i + 1:]
        if _OF_THE.search(sentence.before(whole, 40)) and _AFTER_COMMA.search(sentence.between(whole, rest[0])):
            parts = _listed_parts(sentence, rest)
            if len(parts) >= 2 and all(p.base_high < whole.base_low for p in parts):
                yield whole, parts


#: Words that tell how a game, race or vote came out, by outcome: a record told by them breaks
#: its total down ('played 30 games, winning 14, drawing nine and losing six').
_OUTCOMES = {"winning": "win", "won": "win", "drawing": "draw", "drew": "draw", "tying": "draw", "tied": "draw",
             "halving": "draw", "losing": "lose", "lost": "lose", "placing": "place", "placed": "place",
             "unplaced": "lose"}
#: From a total to its first outcome, and from one outcome to the next: the rest of the total's
#: clause (its noun, where and when), a comma or 'and', the outcome and at most three words before
#: its figure ('ran in 12 races at Carrow between 2 and 28 May, winning four, placing in five and
#: finishing unplaced in two').
_FIRST_OUTCOME_GAP = re.compile(r"^[^,;:.()]{0,90}?,\s*(?P<words>(?:[a-z-]+\s+){0,3}?)$", re.I)
_NEXT_OUTCOME_GAP = re.compile(r"^(?:\s+[a-z-]+){0,3}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<words>(?:[a-z-]+\s+){0,3}?)$",
                               re.I)


def _outcome_of(words: str) -> str | None:
    """The outcome the words before a part tell ('finishing unplaced in' -> 'lose'), if they tell one."""
    found = [_OUTCOMES[w] for w in words.lower().split() if w in _OUTCOMES]
    return found[-1] if found else None


def _record_partitions(sentence):
    """(total, parts, closed) for a record told by outcome: "The club played 30 games, winning 14,
    drawing nine and losing six". ``closed`` when the outcomes cover every way it can go: three or
    more of them, wins and losses among them ('winning 14 and losing six' leaves draws unsaid)."""
    claims = [c for c in _breakdown_figures(sentence) if c.dimension == "count" and not c.qualifier]
    for i, whole in enumerate(claims[:-2]):
        gap = _FIRST_OUTCOME_GAP.match(sentence.between(whole, claims[i + 1]))
        first = _outcome_of(gap.group("words")) if gap else None
        if first is None or not comparable(whole, claims[i + 1]):
            continue
        if _outcome_of(" ".join(sentence.before(whole, 30).split()[-3:])) is not None:
            continue  # ('winning 14, drawing 10 and losing six': 14 is an outcome's, not a total)
        parts, outcomes = [claims[i + 1]], [first]
        for part in claims[i + 2:]:
            gap = _NEXT_OUTCOME_GAP.match(sentence.between(parts[-1], part))
            outcome = _outcome_of(gap.group("words")) if gap else None
            if outcome is None or outcome in outcomes or not comparable(whole, part):
                break
            parts.append(part)
            outcomes.append(outcome)
        if len(parts) >= 2:
            yield whole, parts, len(parts) >= 3 and {"win", "lose"} <= set(outcomes)


#: A vote told by its tally: '31 votes to 24', '31 votes to 24, with three abstentions'.
_VOTES_TO = re.compile(r"^\s+votes?\s+to\s+$", re.I)
_THEN_ABSTAINED = re.compile(r"^\s*,?\s*(?:and|with)\s+$", re.I)
_ABSTENTIONS_AFTER = re.compile(r"^\s+abstentions?\b", re.I)
#: After a count: the members of the body that voted ('all 56 councillors present', 'the 56-member council').
_VOTERS_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:councillors|council members|members|MPs|MSPs|TDs|senators|delegates|"
                           r"directors|trustees|governors|peers|representatives|legislators|lawmakers|deputies|"
                           r"shareholders present)\b(?!\s+(?:of\s+)?(?:voted|backed|supported|opposed|abstained))", re.I)
#: After a '650-member' or '56-seat' count: the body that voted.
_BODY_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:chamber|council|assembly|house|parliament|senate|board|committee|panel|"
                         r"jury|legislature|congress|dail|d\u00e1il)\b", re.I)
_VOTERS_BEFORE = re.compile(r"\b(?:all|with|the|its|of)\s+$", re.I)


def _vote_partitions(sentence):
    """(members, tally, closed) for a vote told with the body that cast it: "approved by 31 votes to
    24, with three abstentions, with all 56 councillors present". The tally cannot exceed the
    members; it may fall short of them (some may not vote), so it is never closed."""
    claims = [c for c in sentence.claims if c.dimension == "count" and c.value and not c.qualifier]
    voters = [c for c in claims if _VOTERS_BEFORE.search(sentence.before(c, 8))
              and (_VOTERS_AFTER.match(sentence.after(c, 60))
                   or re.search(r"-(?:member|seat)$", c.text) and _BODY_AFTER.match(sentence.after(c, 30)))]
    if len(voters) != 1:
        return
    for i, first in enumerate(claims[:-1]):
        second = claims[i + 1]
        if first is voters[0] or second is voters[0] or not _VOTES_TO.match(sentence.between(first, second)):
            continue
        tally = [first, second]
        if (i + 2 < len(claims) and _THEN_ABSTAINED.match(sentence.between(second, claims[i + 2]))
                and _ABSTENTIONS_AFTER.match(sentence.after(claims[i + 2], 15))):
            tally.append(claims[i + 2])
        yield voters[0], tally, False


#: Before a total told after its parts: "..., a total of Rs 12 lakh", "..., totalling £5m".
_TOTAL_AFTER_LIST = re.compile(r",\s*(?:(?:making|giving|for|bringing it to)\s+)?(?:a|the)\s+(?:combined\s+|grand\s+)?"
                               r"total\s+of\s+$|,\s*totall?ing\s+$", re.I)


#: "..., £3.7m from this council and £1.9m from Greyfriars — £14.8m in all": a total set off by
#: a dash and said to be all of it.
_DASH_BEFORE = re.compile(r"\s(?:[\u2014\u2013]|--?)\s*$")
_IN_ALL = re.compile(r"^\s+(?:in all|in total|altogether|all told)\b", re.I)


def _totals_after_lists(sentence):
    """(total, parts) for a list closed by its total: "The State will pay Rs 5 lakh, the Centre Rs 2
    lakh and the mill Rs 3 lakh to each family, a total of Rs 12 lakh"."""
    claims = _breakdown_figures(sentence)
    for i, total in enumerate(claims):
        if i < 2 or not (_TOTAL_AFTER_LIST.search(sentence.before(total, 40))
                         or _DASH_BEFORE.search(sentence.before(total, 4)) and _IN_ALL.match(sentence.after(total, 20))):
            continue
        if not comparable(claims[i - 1], total):
            continue
        parts = [claims[i - 1]]
        for part in reversed(claims[:i - 1]):
            if not comparable(part, total) or not _LIST_GAP.match(sentence.between(part, parts[0])):
                break
            parts.insert(0, part)
        if len(parts) >= 2 and re.search(r"\band\b", sentence.between(parts[-2], parts[-1])):
            yield total, parts


@check("components-sum", params=PARAMS_SUM)
def components_sum(rule, audit):
    """Components of an explicit partition that together exceed the stated total, or (with
    ``direction: short``) fall short of it when the wording gives them as the whole breakdown."""
    direction = rule.params.get("direction", "exceed")
    for whole, parts, closed, sentence in _partitions(sentences(audit)):
        times = {p.id: _times(sentence, p) for p in parts}
        one = _one_more(sentence, parts)  # 'six construction workers, three pedestrians and a bus driver'
        if (_exceed(whole, parts, times, extra=1 if one else 0) if direction == "exceed"
                else (closed and _fall_short(sentence, whole, parts, times, one))):
            yield _sum_hit(whole, parts, direction, times, one)
    for listed in bulleted_breakdowns(audit):
        times = {p.id: 1 for p in listed.parts}
        if (_exceed(listed.total, listed.parts, times) if direction == "exceed"
                else _short_of(listed.total, listed.parts, times)):
            yield _sum_hit(listed.total, listed.parts, direction, times)


def _exceed(whole, parts, times: dict[str, int], extra: int = 0) -> bool:
    """Do two or more parts, none larger than the whole alone (that is ``part-exceeds-whole``'s
    finding), add up to more than it? (A part 'each in' two places counts twice, ``_times``; a
    last part of one written 'a bus driver' is ``extra``.)"""
    bounds = _part_bounds(parts)
    return (len(parts) >= 2 and not any(p.base_low > whole.base_high for p in parts)
            and _beyond(sum(bounds[p.id][0] * times[p.id] for p in parts) + extra, whole.base_high, _rounded(whole)))


#: After a list's last counted part: one more, written 'a' ('three pedestrians and a bus driver'),
#: that closes the list.
_ONE_MORE_AFTER = re.compile(r"^\s+[a-z-]+(?:\s+[a-z-]+){0,2}?\s*,?\s+and\s+(an?\s+[a-z-]+(?:\s+[a-z-]+)?)(?=\s*(?:[,.;]|$))")


def _one_more(sentence, parts) -> str:
    """The last part of a list of counts when it is one thing written with 'a' ('a bus driver'), else ''."""
    if len(parts) < 2 or parts[-1].kind != "count":
        return ""
    match = _ONE_MORE_AFTER.match(sentence.after(parts[-1], 70))
    return match.group(1) if match else ""


def _part_bounds(parts) -> dict[str, tuple[float, float]]:
    """Each listed part's bounds as a rounding to the list's finest precision. A breakdown is
    written to one precision: in '11 million in A, 7 million in B, 4.5 million in C and 2 million
    in D' the '4.5 million' shows it, so '11 million' is under 11.05 million, not 11.5 million.
    (The total keeps its own rounding: '$2.3 billion' may round parts that come to $2.29 billion.)"""
    halves = [(p.base_high - p.base_low) / 2 for p in parts if _rounded(p)]
    half = min(halves, default=0.0)
    return {p.id: (max(p.base_low, p.base_value - half), min(p.base_high, p.base_value + half))
            if _rounded(p) and p.base_value is not None else (p.base_low, p.base_high) for p in parts}


def _rounded(claim) -> bool:
    """Is the claim's interval the rounding of its last digit ('£1.8m' is at least £1.75m and
    under £1.85m), not a qualifier's ('about £1.8m')?"""
    return not claim.qualifier and claim.base_high > claim.base_low


def _beyond(a: float, b: float, open_bound: bool) -> bool:
    """Is ``a`` past ``b``, where ``b`` is a bound a rounded figure never reaches (``open_bound``)?
    A figure printed '£1.8m' is under £1.85m, so parts of at least £1.05m + £450,000 + £350,000
    = £1.85m are more than it; parts under £30.5m + £12.5m + £4.5m = £47.5m are less than '€48m'."""
    return a > b or (open_bound and math.isclose(a, b, rel_tol=1e-9))


#: Words that leave room for parts not listed: "and others", "the rest", "mainly", "such as".
_UNLISTED = re.compile(r"\b(?:others?|(?<!of the )(?<!for the )(?<!on the )(?<!in the )rest(?! of the world)|remain(?:ing|der)|including|included|includes|(?<!divided )(?<!split )(?<!shared )among|mainly|mostly|"
                       r"largely|chiefly|such as|e\.g|etc|estimated|unknown|unaccounted|not known|missing|"
                       r"yet to be)\b", re.I)


#: A listed part's group that names the others: '95,000 tonnes to other EU countries'.
_NAMED_OTHERS = re.compile(r"(?<=\d)(?:m|bn|k)?(?:\s+[a-z]+)?\s+(?:to|in|from|for|at|on|by|among|between)\s+"
                           r"(?:the\s+|all\s+|\d[\d,]*\s+)?other\b",
                           re.I)  # ('seven from 11 other countries', '£1.7m shared among the other 94 players')
#: After a listed part: examples of what it is ('162 had minor damage such as broken windows').
_SUCH_AS_LABEL = re.compile(r"(?<=[a-z] )such as\b(?=\s+[a-z])", re.I)
#: Between two listed parts, the last of a part's words: 'doctors, nurses and other medical staff',
#: 'and all other employers Rs 400 crore'.
_AND_OTHER_LABEL = re.compile(r"\band\s+(?:all\s+)?other\s+(?=[a-z])", re.I)


#: Around the last part of a list: it is the rest of the whole ('... and 19 remain on the sand',
#: 'and the remaining 12 were sent home'), so the list covers all of it.
_REST_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+)?(?:remain|remains|remained|are still|were still|is still|was still)\b"
                         r"(?!\s+(?:in\s+(?:a\s+)?(?:hospital|critical|serious|stable|intensive|care|custody)|"
                         r"critical|seriously|unidentified|under)\b)", re.I)  # '8 remain in hospital': of the treated only
_REST_WORDS = r"(?:remaining|other|final|last)"
_REST_BEFORE = re.compile(r"\b(?:the|a)\s+" + _REST_WORDS + r"\s+$", re.I)
#: Words that leave room for parts not listed even when the last part is the rest.
_OPEN_LIST = re.compile(r"\b(?:including|included|includes|among|mainly|mostly|largely|chiefly|such as|e\.g|etc|"
                        r"estimated|unaccounted|not known|yet to be)\b", re.I)


def _ends_with_rest(sentence, parts) -> bool:
    """Is the last of two or more parts the rest of the whole ('23 have died, 18 were refloated and
    19 remain on the sand')?"""
    if len(parts) < 2:
        return False
    last = parts[-1]
    return bool(_REST_AFTER.match(sentence.after(last, 30)) or _REST_BEFORE.search(sentence.before(last, 20)))


#: Before a figure that names where a part is, not another part: '306 flats in the three towers'.
_IN_A_LABEL = re.compile(r"\b(?:in|at|across|on|from)\s+(?:the|its|their|all)\s+$", re.I)


#: Between the last two parts of a closed list: 'and', maybe a name with the part in brackets
#: after it ('Britain (£95m), France (£120m) and Germany (£80m)').
_CLOSING_AND = re.compile(r"\band\s*(?:" + _LAST_PART_LEAD + r"\s+|(?:[A-Z][\w'\u2019.-]*\s+){1,4}\(\s*)?$")


#: After the last part: the list gives what each of several things has, not parts of the total.
#: ('Rs 3 lakh to each family, a total of Rs 15 lakh' is what one family gets, parts and total alike)
_FOR_EACH_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?for\s+(?:each|every)\b|^\s*(?:each|apiece|per\s+[a-z]+)\b", re.I)


def _fall_short(sentence, whole, parts, times: dict[str, int], one: str = "") -> bool:
    """Do two or more listed parts, each exact and the list closed by 'and', add up to less than
    the total, with no word in the sentence that leaves room for parts not listed? (When the
    last part is the rest of the whole, only words that make the list an open one count.)"""
    if len(parts) < 2 or any(p.qualifier for p in parts):
        return False
    listed = {p.id for p in parts}
    if any(c.id not in listed and parts[0].start < c.start < parts[-1].end
           and (comparable(whole, c) or re.fullmatch(r"\d+", c.text) and c.kind not in _PART_KINDS)
           and not _IN_A_LABEL.search(sentence.before(c, 15)) for c in sentence.claims):
        return False  # a figure between the parts that the list reading missed (or read as another
        # kind: '5 from Ardmore, 4 from Kilbeg and 3 from Dunree'): the list is not known whole
    last_gap = sentence.between(parts[-2], parts[-1])
    if not (one or _CLOSING_AND.search(last_gap) or _HOLDER_FIRST_GAP.match(last_gap) and re.search(r"\band\b", last_gap)
            or _bracketed_list(sentence, whole, parts) or _closes_holder_led(last_gap)):
        return False  # (a last part of one, 'and a bus driver', closes the list too)
    if _FOR_EACH_AFTER.match(sentence.after(parts[-1], 40)) and times[parts[-1].id] == 1:
        return False  # '16 cranes and 64 hatch covers - two cranes and eight covers for each ship': a share of each
    text = sentence.text
    inner = slice(parts[0].end - sentence.start, parts[-1].start - sentence.start)
    text = text[:inner.start] + _AND_OTHER_LABEL.sub(" ", text[inner]) + _SUCH_AS_LABEL.sub(" ", text[inner.stop:])
    if (_OPEN_LIST if _ends_with_rest(sentence, parts) else _UNLISTED).search(_NAMED_OTHERS.sub(" ", text)):
        return False
    return _short_of(whole, parts, times, extra=1 if one else 0)


def _short_of(whole, parts, times: dict[str, int], extra: int = 0) -> bool:
    """Do two or more exact parts add up to less than the whole, rounding allowed for?"""
    bounds = _part_bounds(parts)
    return (len(parts) >= 2 and not any(p.qualifier for p in parts)
            and _beyond(whole.base_low, sum(bounds[p.id][1] * times[p.id] for p in parts) + extra,
                        any(_rounded(p) for p in parts)))


#: A sentence that breaks down a figure given before: "It is made up of £280m for ..., £190m ...",
#: "The fund is made up of €18 million from ...", "The charge includes $410m for ...". The noun, if
#: any, names the total; "includes" does not say the list is whole (``closed``).
_BREAKDOWN_BACK = re.compile(r"^\s*(?:according to [^,.;:]{1,80},\s*)?(?:it|this|that|the\s+(?:(?P<modifier>[a-z][\w.-]*)\s+)??"
                             r"(?P<noun>[a-z-]+))\s+"
                             r"(?:(?:is|was|will be|would be)\s+" + _BREAKDOWN + r"|(?P<verb>" + _BREAKDOWN +
                             r"|includes|included|covers|covered))\s+(?:an?\s+)?$", re.I)
#: Right before a total: the noun it is the size of ('a record field of 142 riders').
_NAMED_OF = re.compile(r"\b([a-z-]+)\s+of\s+$", re.I)


def _size_of(sentence, claim) -> str:
    """The noun written right before a figure as what it is the size of ('a field of 142 riders'
    -> 'field'), or ''."""
    named = _NAMED_OF.search(sentence.before(claim, 30))
    return singular_noun(named.group(1).lower()) if named else ""


#: How many sentences back a breakdown may point to its total.
_BACK_SENTENCES = 3


def _breakdowns_pointing_back(all_sentences):
    """(total, parts, sentence, closed) where a sentence opens by breaking down a figure given
    before: "The revised budget is £612m. It is made up of £280m for ..., £190m for ... and
    £170m for ..."; "... a €40 million fund. ... The fund is made up of €18 million from ...".
    The total is the nearest figure in the last three sentences of the article whose subject is
    the opening's noun, failing that the one comparable figure of the sentence right before."""
    for i, sentence in enumerate(all_sentences):
        parts = [c for c in sentence.claims if c.is_claim and _is_part_kind(c) and not c.negated]
        opening = _BREAKDOWN_BACK.match(sentence.text[:parts[0].start - sentence.start]) if parts else None
        if not opening:
            continue
        earlier = _earlier_in_article(all_sentences, i)
        if not earlier:
            continue
        # the total named by the opening's noun or its modifier ('The restoration cost was met by' of
        # 'an 18.6 million pound restoration'), as its subject or right before it ('a field of 142 riders')
        names = {singular_noun(w.lower()) for w in (opening.group("noun"), opening.group("modifier")) if w}
        totals = [c for s in reversed(earlier) for c in reversed(s.claims)
                  if c.is_claim and not c.negated and comparable(c, parts[0]) and names
                  and (c.subject in names or _size_of(s, c) in names)][:1]
        before = earlier[-1]
        if not totals and 0 <= gap_after(before, sentence) <= NEIGHBOUR_GAP:
            # "The charge includes ...": the one comparable figure of the sentence right before
            totals = [c for c in before.claims if c.is_claim and not c.negated and comparable(c, parts[0])]
        if len(totals) == 1:
            listed = _listed_parts(sentence, [p for p in parts if comparable(totals[0], p)])
            verb = (opening.group("verb") or "").lower()
            # ('The U.S. recall covers 251,000 standard models, 112,000 ... and 47,000 ...' of the 418,000
            # recalled: what it covers is the whole of it when it comes near the total)
            closed = not verb.startswith("includ") and (not verb.startswith("cover") or _near_whole(totals[0], listed))
            yield totals[0], listed, sentence, closed


#: How far a list may fall short of or run past a total and still be read as its breakdown without
#: a word that says so: a list of three that comes to 60% of the total names only the main parts,
#: one that comes to 95% of it is the whole, added up wrong.
_NEAR_WHOLE = (0.8, 1.25)


def _near_whole(whole, parts) -> bool:
    """Do the parts add up to within ``_NEAR_WHOLE`` of the total?"""
    total = sum(p.base_low for p in parts)
    return bool(whole.base_low) and _NEAR_WHOLE[0] <= total / whole.base_low <= _NEAR_WHOLE[1]


#: After a listed figure: the phrase that names its share ("for removal work", "from the council",
#: "would go to emergency shelter", "were placed downtown", "in Hembury").
_SHARE_PHRASE = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?(?:for|from|to|towards|on|in|at|into|by|downtown)\b"
                           r"(?!\s+(?:each|every)\b)", re.I)
#: Between two shares of such a list: a comma or "and", no clause of another kind
#: ("23 were children and 19 were adults").
_SHARE_GAP = re.compile(r"^(?![^.;:()]*\b(?:" + _OTHER_CLAUSE + r")\b)[^.;:()]{0,80}?(?:,\s*and|,|\band)"
                        r"(?:\s+" + _LAST_PART_LEAD + r")?\s*$", re.I)
#: Between two shares each named before its figure: ', the City of Port Callister ', ' and the
#: federal government ', ', construction ' (a few words, no clause of another kind).
_HOLDER_FIRST_GAP = re.compile(r"^(?![^.;:()]*\b(?:" + _OTHER_CLAUSE + r"|have|has|had|were|was|are|is|will|would)\b)"
                               r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Za-z][\w'\u2019&-]*\s+){1,6}$", re.I)
#: A sentence opening that takes its figures out of the total before: "Of those, ", "Of the injured, ".
_OF_THOSE = re.compile(r"^\s*(?:of|among)\s+(?:those|them|these|whom|the\s+[\w'\u2019 -]{1,40}?)\s*,\s*$", re.I)
#: A lead-in closed by a colon or a spaced dash before a list: "The fleet is kept at three depots: ".
_LEAD_IN_COLON = re.compile(r"^[^.;:]{0,200}?(?::|\s[\u2014\u2013]|\s--?)\s+(?=[^:]*\d)")
#: After a figure that is part of the next: '38 of his 52 hives', '12 out of the 30'.
_PART_OF_BEFORE = re.compile(_OF_A_WHOLE + r")\b", re.I)
#: A sentence that opens with its own time ("On Saturday, ", "Last year"): not a breakdown of the total before.
_OWN_FRAME = re.compile(r"^\s*(?:(?:on|by|in|since|last|this|next|during|over|after|before)\s+[^,]{0,30},|"
                        r"(?:yesterday|today|earlier|later|meanwhile|separately|previously|then)\b)", re.I)
#: After a listed figure: a time, not a share ("11 on Monday, 8 on Tuesday").
_TIME_LABEL = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?(?:on|in|by|during|since)\s+(?:(?:the\s+)?(?:\d{4}|"
                         + "|".join(WEEKDAY_NAMES + MONTH_NAMES) +
                         r"|last|this|next|first|second|week|month|year)\b)", re.I)


#: A lead-in that names what its list breaks down: 'a breakdown of the vehicles involved: '.
_LEAD_IN_NOUN = re.compile(r"\bthe\s+([a-z-]+s)\b(?:\s+[a-z]+)?\s*(?::|\s[\u2014\u2013]|\s--?)\s*$")
#: "Of the injured, ": the sentence's figures are taken out of the total that word names.
_OF_THE_NAMED = re.compile(r"^\s*(?:of|among)\s+the\s+([a-z-]+)\s*,\s*$", re.I)


def _earlier_in_article(all_sentences, i: int) -> list:
    """The sentences (with figures) of sentence ``i``'s article in the ``_BACK_SENTENCES`` before it."""
    return [s for s in all_sentences[max(0, i - _BACK_SENTENCES):i] if s.article_id == all_sentences[i].article_id]


def _could_hold(total, parts) -> bool:
    """Could the figure be the total of the parts: of their kind and unit, and larger than each?"""
    return comparable(total, parts[0]) and all(p.base_high < total.base_low for p in parts)


def _earlier_sum(all_sentences, i: int, parts) -> list:
    """The one sum of money in the article's last few sentences that the shares could make up
    (larger than each, the shares within ``_NEAR_WHOLE`` of it); none if there is no such sum or
    more than one."""
    found = [c for earlier in _earlier_in_article(all_sentences, i) for c in _breakdown_figures(earlier)
             if _could_hold(c, parts) and _near_whole(c, parts)]
    return found if len(found) == 1 else []


def _names_own_thing(sentence, part) -> bool:
    """Is the figure followed by the noun of what it counts ('16 trams at Market Square')?"""
    return bool(part.subject_text) and bool(re.match(r"\s*(?:[a-z-]+\s+)?" + re.escape(part.subject_text),
                                                     sentence.after(part, 40)))


def _named_earlier_total(all_sentences, i: int, word: str, parts) -> list:
    """The nearest figure in the article's last few sentences that counts what ``word`` names, by
    its subject ('the passengers') or its verb ('the injured': 'Thirty-eight people were injured'),
    and could hold all the parts; none if there is no such figure."""
    verbs = {word, word[:-1], word[:-2]} if word.endswith("ed") else {word}
    for earlier in reversed(_earlier_in_article(all_sentences, i)):
        for c in reversed(_breakdown_figures(earlier)):
            if _could_hold(c, parts) and (c.subject == singular_noun(word) or c.predicate in verbs
                                          or c.text.lower().endswith("-" + singular_noun(word))):
                return [c]  # (and 'the 43-vehicle pile-up' of 'the vehicles')
    return []


#: A noun and a breakdown verb right before a list's first figure: 'Its endowment is made up of '.
_NOUN_BROKEN_DOWN = re.compile(r"\b([a-z-]+)\s+(?:(?:is|was|are|were|will be|would be)\s+)?" + _BREAKDOWN
                               + r"\s+(?:an?\s+)?$", re.I)
#: Verbs that say what a holder has, one for another: 'runs 212 outlets' and 'has 96 outlets in Ravipur'.
_HOLDING_VERBS = {"have", "run", "operate", "own", "be", "keep", "hold", "employ", "number"}


def _named_whole(total, parts) -> bool:
    """Is the total a set named with no verb of its own, of the things the parts count, all with one
    verb ('Yarrabend's 11 council seats' and then 'The Greens won four seats, independents four and
    ...')?"""
    return (not total.predicate and bool(total.subject) and total.subject_text[:1].islower()
            and all(p.subject == total.subject for p in parts) and len({p.predicate for p in parts}) == 1)


def _without_noun(gap: str, part) -> str:
    """The gap after a part, less the part's own noun at its start (' seats, independents ' -> ',
    independents ')."""
    noun = part.subject_text
    if noun and re.match(rf"\s+{re.escape(noun)}\b", gap):
        return gap[re.match(rf"\s+{re.escape(noun)}\b", gap).end():]
    return gap


def _lists_after_a_total(all_sentences):
    """(total, parts, sentence) for a sentence that is all one list of shares, told after a total in
    the sentence before: "The four-year project cost £86m. The museum says £41m came from the
    National Lottery, £31m from the city council and £22m from private donors." The list is closed
    by "and", each share names what it is for or where it is (or the sentence takes its figures out
    of the total: "Of those, ...", a lead-in closed by a colon: "They are kept at three marinas:"),
    and the one figure before that could hold them all is the total. It must come to within
    ``_NEAR_WHOLE`` of the total, since no word in the copy ties the two sentences."""
    for i, sentence in enumerate(all_sentences):
        before = all_sentences[i - 1] if i else None
        if before is not None and not (before.article_id == sentence.article_id
                                       and 0 <= gap_after(before, sentence) <= NEIGHBOUR_GAP):
            before = None
        figures = _breakdown_figures(sentence)
        colon = _LEAD_IN_COLON.search(sentence.text)
        if colon:  # 'keeps his colonies on three sites: 20 at ..., 18 at ... and 10 in ...'
            lead_in = [f for f in figures if f.start - sentence.start < colon.end()]
            figures = [f for f in figures if f.start - sentence.start >= colon.end()]
            if not figures or any(comparable(f, figures[0]) and f.value != len(figures) for f in lead_in):
                continue  # a figure of the list's kind before the colon, not the number of parts: maybe the total
        opening = sentence.text[:figures[0].start - sentence.start] if figures else ""
        if len(figures) < 2 or _BREAKDOWN_BACK.match(opening):
            continue
        if _OWN_FRAME.match(sentence.text) or any(not comparable(figures[0], f) for f in figures[1:]):
            continue
        parts = figures
        gaps = [sentence.between(a, b) for a, b in zip(parts, parts[1:])]
        # 'The state government is contributing $20 million, the City $12 million and the federal
        # government $4 million': each share named by its holder before it ('The Greens won four seats,
        # independents four and the Ratepayers' Alliance two': the first with its noun)
        holder_gaps = [_without_noun(gaps[0], parts[0])] + gaps[1:]
        holder_first = all(_HOLDER_FIRST_GAP.match(g) for g in holder_gaps) and re.search(r"\band\b", gaps[-1])
        if any(p.qualifier or _NOT_A_PART.match(sentence.after(p, 12)) for p in parts) or not (
                holder_first or all(_SHARE_GAP.match(g) for g in gaps)):
            continue
        if not holder_first and not _CLOSING_AND.search(gaps[-1]):
            continue
        taken_out = colon or _OF_THOSE.match(sentence.text[:parts[0].start - sentence.start])
        afters = [sentence.after(p, 40) for p in parts]
        if any(_TIME_LABEL.match(a) for a in afters) or not (
                taken_out or holder_first or all(_SHARE_PHRASE.match(a) for a in afters)
                or _covers_everyone(sentence, parts)):
            continue
        totals = [c for c in _breakdown_figures(before) if _could_hold(c, parts)
                  and not _PART_OF_BEFORE.match(before.after(c, 20))] if before else []  # not the 38 of '38 of his 52 hives'
        named = _OF_THE_NAMED.match(sentence.text[:parts[0].start - sentence.start])
        if len(totals) == 1 and not _near_whole(totals[0], parts):
            totals = []  # ('A bonus is on offer for a 147 break.' before 29 players from England, six ...)
        if not totals and named:  # 'Of the injured, 23 were children and 19 were adults' of a toll told earlier
            totals = _named_earlier_total(all_sentences, i, named.group(1).lower(), parts)
        elif not totals and colon and _LEAD_IN_NOUN.search(sentence.text[:colon.end()]):
            # 'Police released a breakdown of the vehicles involved: 29 cars, ...' of the '43-vehicle pile-up'
            noun = _LEAD_IN_NOUN.search(sentence.text[:colon.end()]).group(1).lower()
            totals = _named_earlier_total(all_sentences, i, noun, parts)
        if (not totals and not named and parts[0].subject and parts[0].subject not in GENERIC_SUBJECTS
                and _names_own_thing(sentence, parts[0])):  # 'kept at three depots: 16 trams at ...' of 'the 34 trams'
            totals = _named_earlier_total(all_sentences, i, parts[0].subject, parts)
        if not totals and parts[0].kind == "money" and not (holder_first or named):
            # 'the cost ... was put at €4.2 million.' ... 'Under the funding plan, €2.6 million will come
            # from ..., €1.1 million from ... and €800,000 from ...' a quote and an aside later, or after a
            # lead-in ('The money will be split three ways, she said: $3 million in ...') (not shares
            # named by holders: 'Labour's campaign cost £1.7m, the Lib Dems' £1.19m and ...' after another
            # party's £3.13m, BBC politics/304)
            totals = _earlier_sum(all_sentences, i, parts)
        if len(totals) != 1 or not _near_whole(totals[0], parts):
            continue
        total = totals[0]
        if (not taken_out and total.kind != "money" and total.subject
                and any(p.subject and p.subject != total.subject for p in parts)):
            continue  # '19 arrests' and then '11 officers, five ...': other things (shares of a sum each
            # name what they are for: '£22m for removal work')
        broken_down = _NOUN_BROKEN_DOWN.search(opening)
        if (broken_down and total.subject and singular_noun(broken_down.group(1).lower())
                not in {total.subject} | GENERIC_SUBJECTS):
            continue  # the breakdown of another sum: '£48m budget' and 'Its endowment is made up of £30m ...'
        if total.kind == "count" and not (taken_out or all(p.predicate == total.predicate
                                                            or {p.predicate, total.predicate} <= _HOLDING_VERBS
                                                            for p in parts)
                                          or _named_whole(total, parts)):
            continue  # 'employs 400 people' and then 'It hired 150 in Leeds, ...': not a breakdown of the 400
        yield total, parts, sentence


#: A total with its noun ("The 198 survivors", "the 3,800 evacuees") and, after it, a verb that
#: lists its groups: "included 2,100 from Orpley, 1,250 from Marsh End and 640 from Little
#: Hatham"; or groups named with their figure in brackets: "landed at Kelvardine (121),
#: Inchmurra (58) and Port Selby (26)".
_INCLUDED_GAP = re.compile(r"^\s*[\w'\u2019 -]{0,40}?\b(?:included|includes|include|including)\s+$", re.I)
_BRACKETED = re.compile(r"^\s*\($")
#: "the 28 stores it plans to close, with 11 in Harrowdale, nine in ...": groups after "with".
_WITH_GAP = re.compile(r"^(?![^,]*\b(?:at|in)\s)[\w'\u2019 -]{0,60},\s*with\s+$", re.I)  # not '80 staff at its
# headquarters, with 17 at ... and 22 at ...': other sites beside it, not parts of it
#: "carrying 49 passengers, 34 women and 13 men": the groups set off right after the total.
_APPOSED_GAP = re.compile(r"^\s*[\w'\u2019-]*(?:\s+[\w'\u2019-]+)?\s*,\s*$")
#: Pairs of groups that between them cover every person counted.
_COVERING_PAIRS = [{"man", "woman"}, {"boy", "girl"}, {"adult", "child"}, {"male", "female"},
                   {"permanent", "temporary"}, {"full-time", "part-time"}, {"employee", "contractor"},
                   {"staff", "contractor"}, {"passenger", "crew"}]
#: Groups of people no one belongs to two of: 'The 19 dead include nine men, seven women and four
#: children' cannot add up to more than 19 (beyond ``_COVERING_PAIRS``, which also cover everyone).
_APART_GROUPS = [{"man", "woman", "child"}, {"man", "woman", "boy", "girl"}, {"adult", "child"}]


def _apart(parts) -> bool:
    """Are two or more parts groups that cannot overlap: a covering pair, or each of another of
    ``_APART_GROUPS``?"""
    subjects = [p.subject for p in parts]
    return len(parts) >= 2 and len(set(subjects)) == len(subjects) and (
        set(subjects) in _COVERING_PAIRS or any(set(subjects) <= group for group in _APART_GROUPS))


#: Plural group words that do not end in -s ('23 were children and 19 were adults').
_ONE_OF = {"children": "child", "women": "woman", "men": "man"}
#: After a part: the group it is said to be ('1.9 lakh are permanent').
_IS_GROUP_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:are|were|is|was)\s+([a-z-]+)\b", re.I)


def _covers_everyone(sentence, parts) -> bool:
    """Are the parts two groups that between them take in everyone ('34 women and 13 men', 'of
    whom 1.9 lakh are permanent and 1.2 lakh temporary')?"""
    if len(parts) != 2:
        return False
    labels = {p.subject for p in parts if _group_label(sentence, p) == p.subject}
    said = [_IS_GROUP_AFTER.match(sentence.after(p, 30)) for p in parts]
    if all(said):
        labels = {_ONE_OF.get(m.group(1).lower(), singular_noun(m.group(1).lower())) for m in said}
    return any(labels == pair for pair in _COVERING_PAIRS)


#: Before a share named by its holder in a clause of its own: 'the state government, which
#: contributed ', ', the federal government, with ', ', and Elvery Water, which paid '.
_HOLDER_CLAUSE = (r"(?:the\s+)?(?:[\w'\u2019&.-]+\s+){0,5}?[\w'\u2019&.-]+"
                  r"\s*,\s*(?:(?:which|who)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+ed|paid|gave|put\s+in|put\s+up)|with)\s+$")
_HOLDER_LED_FIRST = re.compile(r"^[^.;:]{0,60}?\b" + _BREAKDOWN + r"\s+" + _HOLDER_CLAUSE, re.I)
_HOLDER_LED_NEXT = re.compile(r"^\s*,\s*(?P<last>and\s+)?" + _HOLDER_CLAUSE, re.I)
#: After a colon, a holder and a verb of paying before the first share, the verb left out
#: before the others: ': the Centre contributed Rs 250 crore under ..., the State government Rs
#: 150 crore and the Port Authority Rs 60 crore'.
_PAYING = r"(?:contributed|paid|gave|provided|pledged|committed|invested|put\s+(?:in|up)|chipped\s+in|(?:is|are|will\s+be)\s+paying|will\s+(?:pay|give|provide|contribute))"
_COLON_HOLDER_FIRST = re.compile(r"^[^.;:]{0,120}?(?::|\s[\u2014\u2013])\s*(?:the\s+)?(?:[A-Za-z][\w'\u2019&.-]*\s+){1,5}?"
                                 + _PAYING + r"\s+$", re.I)
_ELIDED_HOLDER_NEXT = re.compile(r"^(?![^.;:()]*\b(?:" + _OTHER_CLAUSE + r"|has|have|had|was|were|is|are)\b)"
                                 r"[^.;:()]{0,60}?(?:,\s*(?P<last>and\s+)?|\s+(?P<and>and)\s+)(?:the\s+)?"
                                 r"(?:[A-Za-z][\w'\u2019&.-]*\s+){1,5}$", re.I)


def _closes_holder_led(gap: str) -> bool:
    """Is the gap before a list's last share ', and <holder>, which paid '?"""
    step = _HOLDER_LED_NEXT.match(gap)
    return bool(step and step.group("last"))


def _holder_led_shares(sentence):
    """(total, parts) for a total shared out between holders each set off with a clause of
    their own: "The $1.4 billion bill was shared between the state government, which contributed
    $620 million, the federal government, with $480 million, and Elvery Water, which paid $210
    million."; or named after a colon, the verb of paying written once: "Built at a cost of Rs 495
    crore, the terminal was funded jointly: the Centre contributed Rs 250 crore under the Coastal
    Gateway scheme, the State government Rs 150 crore and the Port Authority Rs 60 crore." The
    list is closed by "and"."""
    claims = _breakdown_figures(sentence)
    for i, whole in enumerate(claims):
        rest = [c for c in claims[i + 1:] if comparable(whole, c)]
        if len(rest) < 2:
            continue
        gap = sentence.between(whole, rest[0])
        step_pattern = (_HOLDER_LED_NEXT if _HOLDER_LED_FIRST.match(gap)
                        else _ELIDED_HOLDER_NEXT if _COLON_HOLDER_FIRST.match(gap) else None)
        if step_pattern is None:
            continue
        parts, closed = [rest[0]], False
        for part in rest[1:]:
            step = step_pattern.match(sentence.between(parts[-1], part))
            if not step:
                break
            parts.append(part)
            if step.group("last") or step.groupdict().get("and"):
                closed = True
                break
        if closed:
            yield whole, parts


def _listed_groups(sentence):
    """(total, parts) for a total followed by a list of parts that each name a different group:
    by a phrase after 'included' ('2,100 from Orpley, 1,250 from Marsh End'), or by a name
    before each bracketed figure ('Kelvardine (121), Inchmurra (58) and Port Selby (26)').
    An 'including' list of unnamed or overlapping groups (women, mothers) is not summed."""
    claims = [c for c in sentence.claims if c.is_claim and c.kind in _PART_KINDS and not c.negated]
    for i, whole in enumerate(claims):
        rest = [c for c in claims[i + 1:] if comparable(whole, c)]
        if len(rest) < 2 or not _names_what_it_counts(sentence, whole, rest[0]):
            continue
        gap = sentence.between(whole, rest[0])
        if _INCLUDED_GAP.match(gap) or _WITH_GAP.match(gap):
            parts = _named_groups(sentence, _listed_parts(sentence, rest))
            if len(parts) >= 2 and all(_GROUP_PHRASE.match(sentence.after(p, 40)) for p in parts):
                yield whole, parts, not _INCLUDED_GAP.match(gap)
            continue
        if _APPOSED_GAP.match(gap):
            parts = _named_groups(sentence, _listed_parts(sentence, rest))
            if _covers_everyone(sentence, parts):
                yield whole, parts, True
            continue
        bracketed = [c for c in rest if _BRACKETED.match(sentence.before(c, 2))
                     and re.match(r"^\s*\)", sentence.after(c, 2))]
        if len(bracketed) >= 2 and len(bracketed) == len(rest):
            names = [re.search(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*\($", sentence.before(c, 40)) for c in bracketed]
            gaps = [sentence.between(a, b) for a, b in zip(bracketed, bracketed[1:])]
            if all(names) and len({n.group(1) for n in names}) == len(names) \
                    and all(re.match(r"^\),\s*(?:and\s+)?[A-Z][\w' -]*\($|^\)\s+and\s+[A-Z][\w' -]*\($", g) for g in gaps):
                yield whole, bracketed, True
