"""Reading a whole and its listed parts in a sentence, for ``part-exceeds-whole`` and ``components-sum``.

``whole_and_parts`` finds each figure given as a whole and the figures after
it given as its parts: after an explicit partition cue ("..., including",
"of whom", "Of the N ...,"), a breakdown verb ("made up of"), a colon or a
dash, or as a list set apart as the whole's own (in brackets, or after a
comma with each part placed). ``listed_parts`` keeps the parts of one list,
``named_groups`` those that each name their own group, and
``spread_partitions`` reads "N staff in three countries: a in X, b in Y and
c in Z". The cues and gaps both checks read between a whole and its parts
(``BREAKDOWN``, ``OF_THE``, ``LIST_GAP`` ...), the figures that may be a
total or its parts (``breakdown_figures``) and the sentences before a
sentence in its article (``earlier_in_article``) are here too.
"""

from __future__ import annotations

import re

from factcheck.rules.checks.sentences import comparable

PART_KINDS = {"count", "money"}
#: Measures whose parts add up like counts ('a 41,000-tonne share: 18,000 tonnes for Killowen, ...');
#: lengths do not ('290m long: 50m wide and 20m high').
_PART_DIMENSIONS = {"mass", "volume", "area", "power", "time"}  # ('310 megawatts split between its halls: 120MW ...';
# 'Of the 2,140 hours of illegal discharges, 2,410 came from the Hatherley Road works')
#: The words that name some of a whole: 'including', 'among them'.
INCLUDING = r"including|included|includes?|among them|among whom"
#: The greatest of the parts, named after their whole: 'nine payloads weighing 94 kilograms in all, the
#: largest of them the 110-kilogram Skua rover'.
_GREATEST_OF = (r"the\s+(?:largest|biggest|heaviest|longest|tallest|oldest|costliest|most\s+expensive)\s+of\s+"
                r"(?:them|these|those|which)(?:\s+(?:being|is|was))?\s+(?:the|an?)")
#: The cue between a whole and its part: "..., including", "among them", "of whom".
_PART_CUE = re.compile(r"^(?:[^.;:]|\.(?=\s*\d)){0,90}?(?:,|\(|\u2013|\u2014|-)?\s*(?:" + INCLUDING + r"|of whom|of which|"
                       r"of them|of those|" + _GREATEST_OF + r")\s+$"
                       # ('of whom' points back to people past a longer clause: '310 drivers had been detained since
                       # Monday for trying to stop vehicles that were still working, of whom 340 were later released')
                       r"|^[^.;:]{91,160}?,\s*of\s+whom\s+$", re.I)
#: Between a whole and a part cued after it: a comma or semicolon closing the whole's clause
#: ("surveyed 412 firms; 460 of them said", "trapped, and ten of them died").
CUE_GAP = re.compile(r"^(?:[^.:]|\.(?=\s*\d)){0,90}?(?:[,;]|\s[\u2014\u2013])\s*(?:and\s+|but\s+)?"  # ('since Sept. 26, ')
                     # ('which has 4,700 members, says 5,200 of them'; 'lifted 140 bones \u2014 162 of them')
                     r"(?:(?:[a-z]+\s+){0,2}?(?:says|said|adds|added|estimates|estimated|reports|reported)\s+(?:that\s+)?)?$|"
                     # the whole's noun, then 'and' and what befell some of them ('checked 38 cold storages and found
                     # undeclared stock in 41 of them', 'visited 38 shops and 41 of them')
                     r"^\s+[a-z-]+(?:\s+[a-z-]+){0,4}\s+and\s+(?:(?:[a-z-]+\s+){1,4}?(?:in|at|on|from|among)\s+)?$",
                     re.I)
#: The cue after the part: "..., ten of whom died", "..., 25 of them children".
_PART_CUE_AFTER = re.compile(r"^\s+(?:of whom|of them|of which|of those)\b", re.I)
#: "Of the 30 drones, ..." at the start of a sentence or clause.
OF_THE = re.compile(r"(?:(?:^|[,;:]\s*|\b(?:and|but|that)\s+)of\s+(?:the|these|those|its|their|all)\s+"
                    r"(?:[A-Za-z-]+(?:'s|\u2019s|s'|s\u2019)\s+)?|^\s*of\s+)$", re.I)
#: A named holder before its share: "the Union Party won 28", "the Greens 21" (capitalised names only).
HOLDER = (r"(?:the\s+)?(?-i:[A-Z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]*)){0,2}\s+"
          r"(?:(?:won|took|got|has|had|holds|held|received|secured|gained|claimed|kept)\s+)?")
AFTER_COMMA = re.compile(r",\s*(?:" + HOLDER + r")?$")
#: A breakdown verb between a total and its parts: "61.2 million is made up of 31.4 million women and ...".
BREAKDOWN = (r"(?:made up of|consist(?:s|ed|ing)? of|compris(?:e|es|ed|ing)(?:\s+of)?|"
             r"split (?:between|into|as|among)|divided (?:between|into|as|among)|broken down (?:into|as)|"
             r"(?:break(?:s)?|broke|breaking) down (?:into|as)|"
             r"(?:(?:be|is|was|are|were|being) )?(?:met|paid for|covered|funded|financed) (?:entirely |wholly )?by|met with|"
             r"shared (?:between|among)|"
             r"(?:funded|financed|paid for) (?:entirely |wholly )?with)")
#: Between a total and the first part: a breakdown verb, after a bracketed conversion or the
#: total's noun set off ('A$386 million (€218 million), made up of', 'The 12-member expedition,
#: made up of'), but not a breakdown of each one ('each line made up of 1,920 pixels').
BREAKDOWN_GAP = re.compile(r"^(?![^.;:]*\b(?:each\b|every\b|per\b(?!\s*cent)))(?:\s*\([^()]*\))?"
                           # (a long phrase set off only when the verb follows the comma at once: 'a $25
                           # million package for growers hit by the storm, made up of', not '..., which is')
                           r"(?:[^.;:,()]{0,40},|[^.;:,()]{41,90},(?=\s*" + BREAKDOWN + r"))?"
                           r"(?:\s*or\s+[^.;:,()]{1,40},)?"  # ('The rise of Rs 2,100, or about 18 per cent, is made up of')
                           r"[^.;:,]{0,50}?\b" + BREAKDOWN + r"\s+(?:(?:her|his|their|its)\s+)?$", re.I)  # ('made up of her')
#: Right before a total: a verb that breaks it down, its parts told after 'as' or 'into' ('The filing
#: breaks down the $4.2 billion investment as $2.6 billion for ...').
_BROKEN_DOWN_BEFORE = re.compile(r"\b(?:breaks?|broke|splits?|divides?|divided)\s+(?:down\s+|up\s+)?"
                                 r"(?:the|its|their|this|that)\s+(?:[a-z-]+\s+)?$", re.I)
_AS_GAP = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}(?:as|into|between|among)\s+$", re.I)


def broken_down_as(sentence, whole, gap: str) -> bool:
    """Is the total broken down by a verb before it, its parts told after 'as' ('breaks down the $4.2
    billion investment as $2.6 billion for ...')?"""
    return bool(_BROKEN_DOWN_BEFORE.search(sentence.before(whole, 40)) and _AS_GAP.match(gap))


#: "The $1.1 billion bill covers $520 million for demolition, ...": the parts of what the total
#: pays for. The list is the whole of it when it comes near the total (``components_sum._near_whole``): "covers"
#: may also name only the main items.
COVER_GAP = re.compile(r"^(?![^.;:]*\b(?:each|every|per(?!\s*cent))\b)[^.;:,]{0,50}?"
                       r"\b(?:covers|covered|(?:will|would|to)\s+cover)\s+$", re.I)
#: A total, its noun and a plain "were"/"are" right before a list of groups: "The 30 victims
#: were 12 men, 14 women and 9 children" (each listed part must name its group, see ``named_groups``).
_COPULA_GAP = re.compile(r"^\s*[\w'\u2019 -]{0,40}?\b(?:were|are)\s+$", re.I)
#: A body counted by its members ('The 11-member council', 'a 60-seat assembly') and 'has' before
#: its groups: 'has six Democrats, three Republicans and one independent' names every member.
_MEMBERS_WHOLE = re.compile(r"-(?:member|seat|strong)$", re.I)
_HAS_GAP = re.compile(r"^\s*[\w'\u2019 -]{0,40}?\b(?:has|have|had)\s+$", re.I)
#: ... or the body's noun and 'of' before them: 'A 120-strong team of 70 forest guards, 30 police officers and ...'.
_MADE_OF_GAP = re.compile(r"^\s*[a-z-]+\s+of\s+$", re.I)
#: What after a figure shows it is not a count of parts: "six-time champions", "3%", "two years".
NOT_A_PART = re.compile(r"^(?:-[a-z]|\s*(?:%|per ?cent|times|fold|years?\b|months?\b|days?\b|hours?\b|"
                        r"per\b|a\b|each\b(?!\s+(?:in|at|for|from|on)\s+(?:(?-i:[A-Z])|the?(?:\b|$))))|"  # (read 12 characters on: 'each for th')
                        # a difference, not a part: '2,000 tonnes more than her sister'
                        r"\s*(?:[\w-]+\s+)?(?:more|fewer|less|heavier|lighter|larger|smaller|bigger|higher|lower)\s+than\b)",
                        re.I)


#: "six-time champions", "a 20-storey block": a figure glued to a word is a label, not a
#: count - but "Fifty-one" and "twenty-three" are plain spelled numbers, and "a 20-strong
#: team", "a 12-member expedition" count their people.
HYPHENED_LABEL = re.compile(r"-(?!(?:one|two|three|four|five|six|seven|eight|nine|thousand|million|billion|trillion|"
                            r"lakh|crore)$)"  # ('the $46-million cost': a sum, the Canadian way)
                            r"(?!(?:member|strong|person|man|woman|player|rider|runner|nation|team|seat|"
                            r"car|vehicle|wagon|carriage|ship|vessel|aircraft|plane|bed|room|unit|home|flat|piece)$)[a-z]+$",
                            re.I)  # 'a 12-member team', 'the 32-player draw', 'the 141-car train' count their members


_TOP_BEFORE = re.compile(r"\b(?:top|bottom|first|last|best|worst)\s+$", re.I)
_RANK_BEFORE = re.compile(r"\b(?:top|bottom|first|last|best|worst|(?<!\bto\s)number|no\.?|the|under-?|over-?)\s*$", re.I)
# ('is thought to number six': the verb, not a rank)


def _is_rank(sentence, claim, claims) -> bool:
    """"top three hits", "the 10 best": a rank or a label, not a total (also when a figure precedes)."""
    before = sentence.before(claim, 15)
    return bool(_RANK_BEFORE.search(before)) and not OF_THE.search(sentence.before(claim, 30)) or any(
        0 <= claim.start - c.end <= 12 for c in claims if c is not claim)


def breakdown_figures(sentence):
    """The figures of a sentence that may be a total or its parts: stated, of a part kind, not
    negated, and not a bracketed conversion of the figure before ('4.2 million euros ($4.6 million):')."""
    return [c for c in sentence.claims if c.is_claim and is_part_kind(c) and not_denied(c)
            and not c.is_conversion()]


#: After a figure: it is the subject of a denied verb ('3,650 have never been shown', '120 staff were not
#: paid'), which denies the deed, not the count: a part so told is still a part.
_SUBJECT_OF_DENIAL = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?(?:have|has|had|were|was|are|is|did|do|does|will|would|could|"
                                r"can)(?:\s+not|\s+never|n['\u2019]t)\b", re.I)


def not_denied(claim) -> bool:
    """Is the figure's count stated, whatever verb its clause denies? ('Of the 3,400 objects on view,
    3,650 have never been shown': both are)"""
    return not claim.negated or bool(_SUBJECT_OF_DENIAL.match(claim.text_after(40))
                                     or OF_THE.search(claim.text_before(30)))


def is_part_kind(claim) -> bool:
    return claim.kind in PART_KINDS or (claim.kind == "measure" and claim.dimension in _PART_DIMENSIONS)


def whole_and_parts(sentence):
    """(whole, parts after an explicit partition cue) found in a sentence. (A measure hyphened to
    its noun is a size, not a label: 'Ireland's 41,000-tonne share'.)"""
    claims = [c for c in breakdown_figures(sentence) if c.kind == "measure" or not HYPHENED_LABEL.search(c.text)]
    group_counts = _group_counts(sentence)
    for i, whole in enumerate(claims):
        if whole.id in group_counts:
            continue  # ('across its three hospitals (412 at ...': the list is of the beds, not of the three)
        rest = [c for c in claims[i + 1:] if comparable(whole, c)]
        if not rest:
            continue
        if (len(rest) >= 3 and _SPREAD_OVER.match(sentence.between(whole, rest[0]))
                and COLON_END.search(sentence.between(rest[0], rest[1]))
                and len(listed_parts(sentence, rest[1:])) != rest[0].value):
            rest = rest[1:]  # '120 balloons from 14 countries this year: 96 from ...': 14 says where they came from
            # (when it counts the parts, '14,000 staff work in three countries: ...', ``spread_partitions``)
        if (len(rest) >= 2 and OF_THE.search(sentence.before(whole, 30))
                and _WHERE_THE_WHOLE_IS.match(sentence.between(whole, rest[0]))
                and _NOUN_THEN_COMMA.match(sentence.between(rest[0], rest[1]))):
            rest = rest[1:]  # 'Of the 380 employees at the three homes, 410 have been offered jobs': three says where
        first = rest[0]
        gap = sentence.between(whole, first)
        breakdown = (BREAKDOWN_GAP.match(gap) or broken_down_as(sentence, whole, gap)
                     or copula_list(sentence, whole, rest)
                     or spread_over_places(sentence, gap, first))
        covered = COVER_GAP.match(gap)
        # a list set apart as the whole's own, in brackets or after a comma with each part placed
        set_apart = (bracketed_list(sentence, whole, rest) or _placed_list(sentence, whole, rest)
                     or apposed_groups(sentence, whole, rest))
        # "The 500 staff are split between ...": after a breakdown verb, "the N" is the total, not a rank
        # ('The seven victims included nine ...': 'the N <things> included' is a total too)
        counted_whole = ((INCLUDED_GAP.match(gap) or COLON_END.search(gap))
                         and not _TOP_BEFORE.search(sentence.before(whole, 15)))
        # "Eight miners were trapped, ten of whom died"; "surveyed 412 firms; 460 of them said"
        cue_after = _PART_CUE_AFTER.match(sentence.after(first, 20)) and CUE_GAP.match(gap)
        cue = _PART_CUE.match(gap) or cue_after
        if not (breakdown or covered or set_apart or counted_whole or cue_after) and _is_rank(sentence, whole, sentence.claims):
            continue  # (but 'The 86 staff, 94 of them women': a part named so says the whole is a count)
        if cue_after and i and OF_WHOLE_GAP.match(sentence.between(claims[i - 1], whole)):
            whole = claims[i - 1]  # 'lost 260 of his 600 colonies, 290 of them at one apiary': them, the 260 lost
        of_the = OF_THE.search(sentence.before(whole, 30))
        after_comma = of_the and AFTER_COMMA.search(gap)  # "Of the 60 seats, (Labour won) 28"
        colon = COLON_END.search(gap)
        partition = after_comma or breakdown or covered or set_apart or colon or cue_after or (
            cue and re.search(r"of (?:whom|which|them|those)", gap))
        yield (whole, first, bool(cue or after_comma or breakdown or covered or set_apart), rest, bool(partition),
               bool(breakdown or colon or set_apart))


#: Between a total and a list set off by a comma: the total's noun and verb, no other figure or stop
#: ('jobs would go, ' in 'about 1,200 jobs would go, 700 at head office and 400 in distribution').
_CLAUSE_THEN_COMMA = re.compile(r"^(?![^,]*\b(?:at|in|from|on|of|for|to|across|with|by|into)\b)\s*[a-z][\w'-]*"
                                r"(?:\s+[a-z][\w'-]*){0,5},\s*$")  # (not a part told where it is: '140 in the north, ')
#: Between a total and its first part: the total spread over places, each part told where it is ('the 420 vials
#: were spread across 180 at the district hospital, 150 at ...'; not 'spread across 26 ghats and 14 bridges').
_SPREAD_GAP = re.compile(r"\bspread\s+(?:out\s+)?(?:across|between|among)\s+$", re.I)
def spread_over_places(sentence, gap: str, first) -> bool:
    """Is the total spread over places, its first part told where it is ('spread across 180 at the district
    hospital')?"""
    return bool(_SPREAD_GAP.search(gap) and _PLACED_AFTER.match(sentence.after(first, 30)))


#: After a part: where it is ('700 at head office', '400 in distribution').
_PLACED_AFTER = re.compile(r"^\s+(?:at|in|from|on)\s+(?:the\s+|its\s+|their\s+)?[\w-]", re.I)
#: After the last part: its place, then the sentence's end ('400 in distribution.') or, the list set off, the
#: total's verb ("The company's 140 staff, 62 in production, 38 in the warehouses and 30 at the visitor centre,
#: will keep full pay").
_PLACE_CLOSES_AFTER = re.compile(r"^\s+(?:at|in|from|on)\s+[^,;:()]{1,40}(?:[.!?]?[\"'\u201d]?$|,\s+(?:will|would|are|were|have|"
                                 r"has|had|can|could|must|may|remain|stay|keep|get)\b"
                                 # (or a participle telling what the whole does: ', caring for 1,260 residents')
                                 r"|,\s+(?:caring|employing|serving|housing|holding)\b)")
#: Words that say a total is all of it ('14 homes in all'), which may stand before the comma of its list.
_IN_ALL = re.compile(r"\s+(?:in all|in total|altogether|between them)\b", re.I)


def _placed_list(sentence, whole, parts) -> bool:
    """Is the total's clause followed by a comma and a list of two or more parts, each told where it
    is, that closes the sentence ('about 1,200 jobs would go, 700 at head office and 400 in
    distribution')? A list so set out places all of the total, as brackets would."""
    gap = _IN_ALL.sub("", sentence.between(whole, parts[0]))  # ('Silverwattle runs 14 homes in all, nine in ...')
    if len(parts) < 2 or not _CLAUSE_THEN_COMMA.match(gap):
        return False
    listed = listed_parts(sentence, parts)
    return (len(listed) >= 2 and all(_PLACED_AFTER.match(sentence.after(p, 30)) for p in listed)
            and bool(_PLACE_CLOSES_AFTER.match(sentence.after(listed[-1], 200))))


#: Nouns for everyone of a place or an event, which a list of groups set off after them breaks down
#: ('23 people inside the hall, 17 students and four adults,'), unlike a list of things of one kind
#: ('900 pupils, 40 teachers and 12 support staff').
_EVERYONE_NOUNS = {"people", "person", "victim", "casualty", "passenger", "occupant", "visitor", "guest",
                   "resident", "patient", "survivor", "traveller", "traveler", "spectator", "participant",
                   "case"}  # (cases of a disease are people: 'Twelve cases ..., seven in men and four in women')
#: Between a total of everyone and a list set off after it: its noun and where or when, then a comma.
_EVERYONE_THEN_COMMA = re.compile(r"^\s*[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,8}[,:]\s*$")
#: After the last part of such a list: its group's words, then a comma or the sentence's end.
_GROUP_CLOSES_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*(?:,|[.!?]?[\"'\u201d]?$)")


#: Groups that between them hold everyone: the sexes, and children against adults.
_WHOLE_PAIRS = ({"men", "women"}, {"male", "female"}, {"boys", "girls"}, {"adults", "children"})
_PAIR_WORDS = {"males": "male", "females": "female"}
_GROUP_WORD_AFTER = re.compile(r"^\s*(?:(?:in|among|were|are)\s+)?([a-z]+)\b", re.I)


def _parts_hold_everyone(sentence, listed) -> bool:
    """Do the listed parts name two groups that between them hold everyone ('seven in men and four in women',
    'nine adults and three children')?"""
    words = [m.group(1).lower() if (m := _GROUP_WORD_AFTER.match(sentence.after(part, 20))) else "" for part in listed]
    return len(listed) == 2 and {_PAIR_WORDS.get(w, w) for w in words} in _WHOLE_PAIRS


def apposed_groups(sentence, whole, parts) -> bool:
    """Is a total of everyone ('23 people inside the hall at the time') followed by a comma and a
    list of two or more groups, each naming its own, set off to the clause's end ('17 students
    and four adults, when ...')? So set out, the groups are everyone."""
    if len(parts) < 2 or whole.kind != "count" or not _EVERYONE_THEN_COMMA.match(sentence.between(whole, parts[0])):
        return False
    listed = listed_parts(sentence, parts)
    holds_everyone = _parts_hold_everyone(sentence, listed)
    if whole.subject not in _EVERYONE_NOUNS and not holds_everyone:
        return False  # (groups that hold everyone by sex or age count any whole: 'the top 24 advanced: 13 girls and 10 boys')
    # (such a pair ends the list, whatever figure comes after: '13 girls and 10 boys, from all five states')
    return (len(listed) >= 2 and (listed[-1] is parts[-1] or holds_everyone) and all(p.kind == "count" for p in listed)
            and len(named_groups(sentence, listed)) == len(listed)
            and not {p.subject for p in listed} & (_EVERYONE_NOUNS - ({whole.subject} if holds_everyone else set()))
            # (parts that count the whole's own noun by sex or by age are all of it: 'Twelve cases ..., seven in men and four in
            # women'; not by site: 'employs 1,200 people, 700 at head office and 400 in distribution')
            and bool(_GROUP_CLOSES_AFTER.match(sentence.after(listed[-1], 200))))


def bracketed_list(sentence, whole, parts) -> bool:
    """Are two or more parts listed in brackets right after the total, the bracket closed after
    the last ('Cost: $18.4 million ($9.5 million state government, $6.2 million city council, $3.1
    million appeal)', 'employs 1,200 people (800 in Leeds and 500 in York)'), or between dashes ('The
    22 crew — 14 from the Philippines, four from Ukraine and two from India — were winched')? The
    bracket or the dash closes the list as 'and' would."""
    opened = len(parts) >= 2 and re.fullmatch(r"\s*(?:[a-z][\w'-]*\s+){0,3}(\(|[—–]|--?(?=\s))\s*",
                                              sentence.between(whole, parts[0]))
    if not opened:
        return False
    listed = listed_parts(sentence, parts)
    if len(listed) < 2:
        return False
    rest = sentence.after(listed[-1], 200)
    close = rest.find(_CLOSING.get(opened.group(1), opened.group(1)))
    # (nor any more of the list told without a figure: 'two Germans, two Britons, an American and a Swiss man')
    return close >= 0 and not re.search(r"[(\d,]|\band\b", rest[:close]) and all(
        not (listed[-1].end <= c.start and c.end - listed[-1].end <= close) for c in sentence.claims)


#: The mark that closes a list set apart by the one that opens it (a dash by the same dash).
_CLOSING = {"(": ")"}


#: Between an 'Of the N' whole and a count right after it: the whole's noun and where it is ('Of the 380 employees at the
#: three homes, '), then the count's noun and the comma that ends the opening.
_WHERE_THE_WHOLE_IS = re.compile(r"^\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:at|in|across|on|from)\s+(?:the|its|their|his|her)\s+$", re.I)
_NOUN_THEN_COMMA = re.compile(r"^\s+[a-z-]+(?:\s+[a-z-]+)?\s*,\s*$", re.I)


#: "14,000 staff work in three countries: ..." - the whole, then how many groups it is spread over
#: ("98,900 birds have been culled on the three farms:", "566 beds across its three hospitals (", "the 212 residents
#: of the three closing homes —").
_SPREAD_OVER = re.compile(r"^[^.;:,()]{0,60}?\b(?:in|across|over|at|on|between|among|to|from|of)\s+"
                          r"(?:(?:the|its|their|his|her)\s+)?$", re.I)
#: Between the count of groups and the first part: the groups' noun (perhaps with a word before it), then a colon,
#: a bracket or a dash.
_GROUPS_THEN_LIST = re.compile(r"^\s*(?:[a-z-]+\s+)?[a-z-]+\s*(?::|\(|[\u2014\u2013]|--?)\s*$", re.I)


def spread_partitions(sentence):
    """(whole, listed parts, the figure counting the groups) for "N staff in three countries: a in
    X, b in Y and c in Z" (or the list in brackets).

    The count of groups sits between the whole and its list, so the plain
    reading would take it for the whole; the list is only accepted when it
    names exactly that many parts (checked by the caller).
    """
    claims = breakdown_figures(sentence)
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
    return {groups.id for _whole, rest, groups in spread_partitions(sentence)
            if len(listed_parts(sentence, rest)) == groups.value}


#: A colon or a dash right before the first part: the list that follows is the whole breakdown.
COLON_END = re.compile(r"(?::|\s[\u2014\u2013]|\s--?)\s*"
                       # (one thing named first: '11 libraries — the Central Library, seven community branches')
                       r"(?:(?:the|a|an)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3},\s*)?"
                       r"(?:an?\s+)?$")  # (': a $12 million bond, a ...')


#: What sets a listed group apart after its figure: "(people) in Ketterby", "with minor injuries".
GROUP_PHRASE = re.compile(r"^\s*(?:[a-z-]+\s+)?((?:in|at|from|with|aged|under|over|for|by)\s+[\w'-]+(?:\s+[\w'-]+)?)", re.I)


def group_label(sentence, part) -> str | None:
    """What names a listed part's group: the phrase after it ('in Ketterby', 'with minor
    injuries') or its own noun ('14 women'); None for a bare figure."""
    after = sentence.after(part, 40)
    phrase = GROUP_PHRASE.match(after)
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


def named_groups(sentence, parts):
    """The listed parts, when each names its own group right after it ("12 men, 14 women and 9
    children", "620 people in Brenmouth, 410 in Ketterby"), else none: a bare list after "were"
    ("were 12, 14 and 9") may be anything."""
    labels = [group_label(sentence, p) for p in parts]
    named = [p for p, label in zip(parts, labels) if label]
    return named if len(named) == len(parts) and len(set(labels)) == len(named) else []


def copula_list(sentence, whole, parts) -> bool:
    """Is ``whole`` followed by 'were'/'are' (or, for a body counted by its members, 'has' or its noun
    and 'of') and a
    list of at least two named groups? (The whole names what it counts: 'The 30 victims', 'The
    1,100 evacuated', 'The nine-member board'.)"""
    return bool(parts and names_what_it_counts(sentence, whole, parts[0])
                and (_COPULA_GAP.match(sentence.between(whole, parts[0]))
                     or _MEMBERS_WHOLE.search(whole.text) and (_HAS_GAP.match(sentence.between(whole, parts[0]))
                                                               or _MADE_OF_GAP.match(sentence.between(whole, parts[0]))))
                and len(named_groups(sentence, listed_parts(sentence, parts))) >= 2)


def names_what_it_counts(sentence, whole, first_part) -> bool:
    """Does the total name its things: a subject, or a word after it ('The 1,100 evacuated')?"""
    return bool(whole.subject or re.match(r"^\s*[a-z]", sentence.between(whole, first_part)))


#: Between two items of one list: "women and", "British, ", "loans, and", "for tunnels, viaducts and
#: earthworks, " (a part's own words may hold commas), but no clause of another kind in between.
#: Between "and" and a list's last part: "and a €12m grant", "and the mill Rs 3 lakh", "and the remaining 20".
LAST_PART_LEAD = r"(?:an?|the\s+[\w'\u2019-]+)"
#: Words that open a clause of another kind between two listed figures.
OTHER_CLAUSE = r"while|whereas|but|which|who|when|after|before|although|according|said|says|told|reported"
LIST_GAP = re.compile(r"^(?![^.;:()]*\b(?:" + OTHER_CLAUSE + r"|have|has|had|were|was|are|is)\b)"
                      r"(?![^.;:()]*\s(?:[\u2014\u2013]|--?)\s)"  # (a dash closes an aside: '110 in Classes 7 and 8 - and eight teachers')
                      r"[^.;:()]{0,80}?(?:,\s*and|,|\band|\bplus)(?:\s+" + LAST_PART_LEAD + r")?\s*$", re.I)


def listed_parts(sentence, parts):
    """The parts listed right after a breakdown verb, up to the first that is not in the list."""
    parts = [p for p in parts if not IN_A_LABEL.search(sentence.before(p, 15))]  # not 'in the three towers'
    if not parts:
        return []
    listed = [parts[0]]
    for part in parts[1:]:
        if not LIST_GAP.match(sentence.between(listed[-1], part)):
            break
        listed.append(part)
    return [p for p in listed if not NOT_A_PART.match(sentence.after(p, 12))]


#: Between a part and the whole it is taken from: "320 of the pier's 296 columns", "15 out of 12".
OF_WHOLE_GAP = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|all|these|those)\s+)?"
                          r"(?:[\w-]+(?:\s+(?-i:[A-Z])[\w-]*){0,2}(?:'s|\u2019s)\s+)?$", re.I)


#: The words after "of" that take a figure out of another: '38 of his 52 hives', '12 out of the 30'.
OF_A_WHOLE = r"^\s+(?:out\s+)?of\s+(?:the|its|his|her|their|all|these|those"


#: Before a figure that names where a part is, not another part: '306 flats in the three towers'.
IN_A_LABEL = re.compile(r"\b(?:in|at|across|on|from)\s+(?:the|its|their|all)\s+$", re.I)


#: How many sentences back a breakdown may point to its total.
_BACK_SENTENCES = 3


def earlier_in_article(all_sentences, i: int, back: int = _BACK_SENTENCES) -> list:
    """The sentences (with figures) of sentence ``i``'s article in the ``back`` before it."""
    return [s for s in all_sentences[max(0, i - back):i] if s.article_id == all_sentences[i].article_id]


#: Verbs that say what a holder has, one for another: 'runs 212 outlets' and 'has 96 outlets in Ravipur'.
HOLDING_VERBS = {"have", "run", "operate", "own", "be", "keep", "hold", "employ", "number"}


#: A total with its noun ("The 198 survivors", "the 3,800 evacuees") and, after it, a verb that
#: lists its groups: "included 2,100 from Orpley, 1,250 from Marsh End and 640 from Little
#: Hatham".
INCLUDED_GAP = re.compile(r"^\s*[\w'\u2019 -]{0,40}?\b(?:included|includes|include|including)\s+$", re.I)
