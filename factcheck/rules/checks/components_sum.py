"""Check kind ``components-sum``: parts and their whole in one sentence.

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

The reading of a whole and its listed parts it shares with
``part-exceeds-whole`` is in ``listed_parts``.
"""

from __future__ import annotations

import math
import re

from factcheck.extract.units import to_base
from factcheck.rules.checks.bullet_lists import bulleted_breakdowns
from factcheck.rules.checks.listed_parts import (
    AFTER_COMMA, BREAKDOWN, BREAKDOWN_GAP, COLON_END, COVER_GAP, CUE_GAP, GROUP_PHRASE, HOLDER, HOLDING_VERBS,
    INCLUDED_GAP, INCLUDING, IN_A_LABEL, LAST_PART_LEAD, LIST_GAP, NOT_A_PART, OF_A_WHOLE, OF_THE, OF_WHOLE_GAP, OTHER_CLAUSE,
    PART_KINDS, apposed_groups, bracketed_list, breakdown_figures, broken_down_as, copula_list, earlier_in_article,
    group_label, is_part_kind, listed_parts, named_groups, names_what_it_counts, spread_over_places, spread_partitions,
    whole_and_parts,
)
from factcheck.rules.checks.nearby import singular_noun
from factcheck.rules.checks.precision import as_told
from factcheck.rules.checks.sentences import NEIGHBOUR_GAP, comparable, gap_after, sentences
from factcheck.rules.registry import Hit, check
from factcheck.rules.text import describe_quantity, money_like, number_like
from factcheck.timewords import MONTH_NAMES, WEEKDAY_NAMES
from factcheck.track.keys import GENERIC_SUBJECTS

PARAMS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"direction": {"enum": ["exceed", "short"]}},
}

#: Between a whole and its first part: a verb or word of including ('The 38 people on site included 26 ...').
_INCLUDING_GAP = re.compile(r"\b(?:" + INCLUDING + r")\s+$", re.I)
_CLAUSE_START = re.compile(r"(?:^|,|;|:|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|\bwith\b|\bof whom\b|\bof which\b|"
                           r"\b" + BREAKDOWN + r")"
                           r"\s*(?:a further\s+|another\s+|the remaining\s+|the other\s+|(?:the\s+)?others\s+|"
                           r"the rest\s+|" + HOLDER + r")?$", re.I)


def counts_other_things(sentence, whole, part) -> bool:
    """Does the part name what it counts, and is that not the whole's subject ("100 missiles")?"""
    named = part.subject_text and re.match(r"\s*(?:[a-z-]+\s+)?" + re.escape(part.subject_text),
                                           sentence.after(part, 40))
    return bool(named) and part.subject != whole.subject


def _clause_parts(sentence, whole, parts):
    """The parts that start a clause: "277 were shot down, 183 jammed and 40 hit targets".

    After a breakdown verb ("made up of 31.4 million women and 30.6
    million men") each part names its own group, so a part naming another
    thing than the whole is still a part.
    """
    gap = sentence.between(whole, parts[0]) if parts else ""
    if parts and (BREAKDOWN_GAP.match(gap) or broken_down_as(sentence, whole, gap) or COVER_GAP.match(gap)
                  or COLON_END.search(gap) or spread_over_places(sentence, gap, parts[0])
                  or bracketed_list(sentence, whole, parts) or apposed_groups(sentence, whole, parts)):
        return listed_parts(sentence, parts)  # (after a colon or a dash too: "the 14 members \u2014 nine nurses, ...")
    if copula_list(sentence, whole, parts):
        return named_groups(sentence, listed_parts(sentence, parts))
    return [p for p in parts if _CLAUSE_START.search(sentence.before(p, 30))
            and not NOT_A_PART.match(sentence.after(p, 12))
            and not counts_other_things(sentence, whole, p)]


#: After a part: it stands for as many parts as the names after it ('four each in Rajgarh and Nandpur').
#: ('11,000 each for the semi-finals and the final': lower-case groups each after 'the')
_EACH_GROUP = r"(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|the\s+[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)"
_EACH_IN = re.compile(r"^\s+each\s+(?:in|at|for|from|on)\s+(" + _EACH_GROUP + r"(?:\s*,\s*" + _EACH_GROUP + r")*\s+and\s+"
                      + _EACH_GROUP + r")")


#: ... or with 'each' after the names ('two on Friday and Saturday each').
_IN_EACH = re.compile(r"^\s+(?:in|at|for|from|on)\s+(" + _EACH_GROUP + r"(?:\s*,\s*" + _EACH_GROUP + r")*\s+and\s+"
                      + _EACH_GROUP + r")\s+each\b")


#: After a part: it stands for as many parts as the number named ('30MW in each of the three newest').
_EACH_OF = re.compile(r"^\s+(?:[a-z]+\s+)?each\s+of\s+(?:the|its|their)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
                      re.I)
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _times(sentence, part) -> int:
    """How many parts a listed figure stands for: 2 for 'four each in Rajgarh and Nandpur', 3 for
    '30MW in each of the three newest', else 1."""
    after = sentence.after(part, 80)
    each = _EACH_IN.match(after) or _IN_EACH.match(after)
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
        # ('the $46-million cost': '$46 million')
        total = re.sub(r"-(thousand|million|billion|trillion|lakh|crore)$", r" \1", whole.text, flags=re.I)
        total = re.sub(r"-(?!(?:one|two|three|four|five|six|seven|eight|nine)$)[a-z]+$", "", total, flags=re.I)
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
#: After a part: its verb says it answered ('Of the 88, 71 replied, and 64 said they had lost'): the parts after it are
#: of those who answered, not more of the whole.
_ANSWERED_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:replied|responded|answered|returned (?:it|them|the \w+)|took part)\b",
                             re.I)


def _up_to_the_answers(sentence, rest: list) -> list:
    """The parts up to the first that tells how many answered: those after it are of the answers."""
    for i, part in enumerate(rest[:-1]):
        if _ANSWERED_AFTER.match(sentence.after(part, 30)):
            return rest[:i + 1]
    return rest


def _partitions(all_sentences):
    """(total, parts, closed) for every breakdown of a total in the copy; ``closed`` when the
    wording gives the parts as all of it: a breakdown verb ('made up of'), a colon, a plain
    'were' before named groups, 'with' before groups in other places, 'in three countries:'
    followed by three, or a pair that covers everyone ('49 passengers, 34 women and 13 men')."""
    for index, sentence in enumerate(all_sentences):
        for whole, _first, is_part, rest, partition, closed in whole_and_parts(sentence):
            if not partition and is_part and _INCLUDING_GAP.search(sentence.between(whole, rest[0])):
                # parts listed after 'including' may leave others out (never closed), but two groups that
                # cannot overlap never add up to more than the whole ('The 38 people on site included 26
                # employees and 15 contractors'; not '30 women and 25 mothers')
                listed = listed_parts(sentence, rest)
                if _apart(listed):
                    yield whole, listed, False, sentence
                continue
            if partition:
                # ('rose to seven, five of them in Devgarh and three in Barmala': the first is of the whole)
                cued_first = _PART_OF_PART.match(sentence.after(rest[0], 15)) and CUE_GAP.match(
                    sentence.between(whole, rest[0]))
                kept = 1 if cued_first else 0
                rest = rest[:kept] + [p for p in rest[kept:] if not _PART_OF_PART.match(sentence.after(p, 15))]
                rest = _up_to_the_answers(sentence, rest)
                if not rest:
                    continue  # every part was a part of another ('Of those, 46 remained in hospital ...')
                parts = _clause_parts(sentence, whole, rest)
                covered = COVER_GAP.match(sentence.between(whole, rest[0]))
                goes_on = _list_goes_on(sentence, parts, all_sentences[index + 1] if index + 1 < len(all_sentences) else None)
                yield whole, parts, not goes_on and (
                    closed or _ends_with_rest(sentence, parts) or _covers_everyone(sentence, parts)
                    or (len(parts) >= 3 or covered) and _near_whole(whole, parts)), sentence
        for whole, rest, groups in spread_partitions(sentence):
            parts = listed_parts(sentence, rest)
            if len(parts) == groups.value:
                yield whole, parts, True, sentence
        for whole, parts, closed in _listed_groups(sentence):
            yield whole, parts, closed, sentence
        for whole, parts in _holder_led_shares(sentence):
            yield whole, parts, True, sentence
        for whole, parts in _length_partitions(sentence):
            yield whole, parts, len(parts) >= 3 and _near_whole(whole, parts), sentence
        for whole, parts in _breakdown_of_partitions(sentence):
            yield whole, parts, True, sentence
        for whole, parts, closed in _record_partitions(sentence):
            yield whole, parts, closed, sentence
        for whole, parts, closed in _vote_partitions(sentence):
            yield whole, parts, closed, sentence
        for whole, parts in _first_part_before_whole(sentence):
            yield whole, parts, _near_whole(whole, parts), sentence
    for whole, parts, sentence, closed in _breakdowns_pointing_back(all_sentences):
        yield whole, parts, closed, sentence
    for whole, parts, sentence, lead_in_named in _lists_after_a_total(all_sentences):
        yield whole, parts, len(parts) >= 3 or lead_in_named or _covers_everyone(sentence, parts), sentence
    for sentence in all_sentences:
        for whole, parts, closed in _totals_after_lists(sentence):
            yield whole, parts, closed, sentence


#: After a count of the whole or of a part told with its verb: the count's noun and its verb, then a comma or
#: "and" before the next part (' starters had finished, ', ' had retired and ').
_DEED_THEN_NEXT = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:had|have|has|were|was|are|is)\s+(?:been\s+)?[a-z-]+"
                             r"(?:\s+[a-z-]+){0,3}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _first_part_before_whole(sentence):
    """(whole, parts) where a sentence takes its first part out of the whole and then tells the rest
    of it group by group, each with its own verb: '58 of the 96 starters had finished, 34 had retired
    and two had sunk'. Read only with three or more parts (as for lists after 'of the N': fewer may
    be the main ones only), every part exact, the last after 'and'."""
    figures = [c for c in breakdown_figures(sentence) if c.kind == "count"]
    for i, first in enumerate(figures[:-3]):
        whole = figures[i + 1]
        if not OF_WHOLE_GAP.match(sentence.between(first, whole)) or not comparable(first, whole):
            continue
        parts = [first]
        gap = sentence.between(whole, figures[i + 2])
        for part in figures[i + 2:]:
            if not _DEED_THEN_NEXT.match(gap) or not comparable(whole, part):
                break
            parts.append(part)
            if re.search(r"\band\s+$", gap):
                break
            following = figures.index(part) + 1
            gap = sentence.between(part, figures[following]) if following < len(figures) else ""
        if len(parts) >= 3 and re.search(r"\band\s+$", sentence.between(parts[-2], parts[-1])) \
                and not any(p.qualifier for p in parts) and _DEED_AFTER.match(sentence.after(parts[-1], 30)):
            yield whole, parts


#: After the last part of such a list: its own verb ('two had sunk').
_DEED_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:had|have|has|were|was|are|is)\s+(?:been\s+)?[a-z-]+", re.I)


def _length_partitions(sentence):
    """(whole, parts) for a length shared out after "Of the": "Of the cable's 2,340km length,
    1,480km lies in international waters, 760km in Indian waters and 180km in its own waters".
    Lengths are not parts otherwise ('290m long: 50m wide and 20m high')."""
    lengths = [c for c in sentence.claims if c.is_claim and c.kind == "measure" and c.dimension == "length"
               and not c.negated and not c.is_conversion()]
    for i, whole in enumerate(lengths[:-2]):
        rest = lengths[i + 1:]
        if OF_THE.search(sentence.before(whole, 40)) and AFTER_COMMA.search(sentence.between(whole, rest[0])):
            parts = listed_parts(sentence, rest)
            if len(parts) >= 2 and all(p.base_high < whole.base_low for p in parts):
                yield whole, parts


#: Right before a total: 'a breakdown of' ('A breakdown of the 55 cases, compiled by the trust, shows 22 spaniels, ...').
_BREAKDOWN_OF_BEFORE = re.compile(r"\bbreakdown\s+of\s+(?:the|its|their|all|these|those)?\s*$", re.I)
#: From such a total to its first part: its noun and who made the breakdown, then a verb that shows it.
_SHOWS_GAP = re.compile(r"^[^.;:]{0,90}?\b(?:shows?|showed|gives?|gave|reads?|is|was|finds?|found)\s+$|^[^.;]{0,60}:\s*$", re.I)


def _breakdown_of_partitions(sentence):
    """(whole, parts) for a count told as 'a breakdown of' it, then the parts it shows: the parts are the kinds of
    what the whole counts ('22 spaniels, 14 Labradors, 11 terriers and six dogs of other breeds' of the 55 cases), so
    they need not share its noun."""
    counts = [c for c in sentence.claims if c.is_claim and c.dimension == "count" and not c.negated]
    for i, whole in enumerate(counts[:-2]):
        if _BREAKDOWN_OF_BEFORE.search(sentence.before(whole, 30)) and _SHOWS_GAP.match(
                sentence.between(whole, counts[i + 1])):
            parts = listed_parts(sentence, counts[i + 1:])
            if len(parts) >= 2:
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
    claims = [c for c in breakdown_figures(sentence) if c.dimension == "count" and not c.qualifier]
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
#: After a count of a vote: the side it counts ('27 in favour', '19 against', 'four abstaining').
_SIDE_AFTER = re.compile(r"^\s+(?:votes?\s+)?(in\s+favou?r|for|against|abstain(?:ing|ed)?|abstentions?)\b(?!\s+(?:the|a|an)\b)",
                         re.I)


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
    # 'The 48 members present split 27 in favour, 19 against and four abstaining'
    sides = [(c, side) for c in claims
             if c.start > voters[0].start and (side := _SIDE_AFTER.match(sentence.after(c, 15)))]
    if len({side.group(1).lower()[:3] for _, side in sides}) >= 2 and len(sides) <= 3:
        yield voters[0], [c for c, _ in sides], False


#: Before a total told after its parts: "..., a total of Rs 12 lakh", "..., totalling £5m".
_TOTAL_AFTER_LIST = re.compile(r",\s*(?:(?:making|giving|for|bringing it to)\s+)?(?:a|the)\s+(?:combined\s+|grand\s+)?"
                               r"total\s+of\s+$|(?:,|\s[\u2014\u2013-])\s*totall?ing\s+$", re.I)  # ('... and £0.7m from
# the building appeal - totalling £3.4m')


#: "..., £3.7m from this council and £1.9m from Greyfriars — £14.8m in all": a total set off by
#: a dash and said to be all of it.
_DASH_BEFORE = re.compile(r"\s(?:[\u2014\u2013]|--?)\s*$")
_IN_ALL = re.compile(r"^\s+(?:in all|in total|altogether|all told)\b", re.I)


#: Before a total a list of parts has brought something to: "2.9 lakh people came on Saturday and 3.4
#: lakh on Sunday, taking the weekend to 5.3 lakh". It may hold more than the parts (a running total:
#: 'bringing the total to 17'), never less.
_TOTAL_REACHED_AFTER_LIST = re.compile(r",\s*(?:taking|bringing|pushing|putting)\s+(?:the|its|their)\s+"
                                       r"(?:[\w-]+\s+){1,2}?to\s+$", re.I)


def _totals_after_lists(sentence):
    """(total, parts, closed) for a list closed by its total: "The State will pay Rs 5 lakh, the Centre Rs 2
    lakh and the mill Rs 3 lakh to each family, a total of Rs 12 lakh"; or followed by a total it brought
    something to, which may be more than the parts (not closed)."""
    claims = breakdown_figures(sentence)
    for i, total in enumerate(claims):
        reached = bool(_TOTAL_REACHED_AFTER_LIST.search(sentence.before(total, 40)))
        if i < 2 or not (reached or _TOTAL_AFTER_LIST.search(sentence.before(total, 40))
                         or _DASH_BEFORE.search(sentence.before(total, 4)) and _IN_ALL.match(sentence.after(total, 20))):
            continue
        if not comparable(claims[i - 1], total):
            continue
        parts = [claims[i - 1]]
        for part in reversed(claims[:i - 1]):
            if not comparable(part, total) or not LIST_GAP.match(sentence.between(part, parts[0])):
                break
            parts.insert(0, part)
        if len(parts) >= 2 and re.search(r"\band\b", sentence.between(parts[-2], parts[-1])):
            yield total, parts, not reached


#: Of a total told 'about' a figure of two or more significant digits: the share either side it may be.
_ABOUT_TOTAL_SLACK = 0.02


@check("components-sum", params=PARAMS)
def components_sum(rule, audit):
    """Components of an explicit partition that together exceed the stated total, or (with
    ``direction: short``) fall short of it when the wording gives them as the whole breakdown."""
    direction = rule.params.get("direction", "exceed")
    for whole, parts, closed, sentence in _partitions(sentences(audit)):
        # a total 'about' a figure told to the million ('debts of about £486 million') is near it: two
        # per cent either side, not the tenth "about" allows in general
        whole = as_told(whole, at_least=_ABOUT_TOTAL_SLACK)
        times = {p.id: _times(sentence, p) for p in parts}
        one = _one_more(sentence, parts, whole)  # 'six construction workers, three pedestrians and a bus driver'
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
_ONE_MORE_AFTER = re.compile(r"^\s+[a-z-]+(?:\s+[a-z-]+){0,2}?\s*,?\s+and\s+(an?\s+[a-z-]+(?:\s+[a-z-]+)?|"
                             # ('and the driver': one person the story knows; not 'the rest', 'the crew')
                             r"the\s+(?!(?:rest|remainder|others?|crew|staff|team|family|public|police|group|"
                             r"couple|pair|company|board|council)\b)[a-z-]*[a-rt-z])"
                             r"(?=\s*(?:[,.;)\u2014\u2013]|\s-\s|$))")  # (or a dash closing a list set off by dashes)


#: Between a total and its first counted part, after a dash or a colon: one thing named first ('11 libraries — the
#: Central Library, seven community branches and two mobile libraries').
_ONE_FIRST_GAP = re.compile(r"^\s+[a-z-]+(?:\s+[a-z-]+)?\s*(?:[\u2014\u2013:]|\s-)\s*"
                            r"((?:the|a|an)\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}),\s*$", re.I)


def _one_more(sentence, parts, whole=None) -> str:
    """The last part of a list of counts when it is one thing written with 'a' ('a bus driver'), or the first when
    it is one thing named after a dash or a colon ('the Central Library'), else ''."""
    if len(parts) < 2 or parts[-1].kind != "count":
        return ""
    match = _ONE_MORE_AFTER.match(sentence.after(parts[-1], 70))
    if match is None and whole is not None:
        match = _ONE_FIRST_GAP.match(sentence.between(whole, parts[0]))
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


#: Words that leave room for parts not listed: "and others", "the rest", "mainly", "such as" (not "Other" in a name:
#: 'the Building and Other Construction Workers' Welfare Board').
_UNLISTED = re.compile(r"\b(?:(?-i:others?|(?<![a-z] )Others?)|"
                       r"(?<!of the )(?<!for the )(?<!on the )(?<!in the )rest(?! of the world)|remain(?:ing|der)|including|included|includes|(?<!divided )(?<!split )(?<!shared )among|mainly|mostly|"
                       r"largely|chiefly|such as|e\.g|etc|estimated|unknown|unaccounted|not known|missing|"
                       r"yet to be)\b", re.I)


#: Right before a whole: the word that gives it as an estimate ('an estimated $412 million').
_ESTIMATED_BEFORE = re.compile(r"\bestimated\s+(?:[$£€]\s*)?$", re.I)
#: The same word inside the whole's own text ('estimated $412 million').
_ESTIMATED = re.compile(r"\bestimated\b", re.I)


#: A listed part's group that names the others: '95,000 tonnes to other EU countries'.
_NAMED_OTHERS = re.compile(r"(?<=\d)(?:m|bn|k)?(?:\s+[a-z]+)?\s+(?:to|in|from|for|at|on|by|among|between)\s+"
                           r"(?:the\s+|all\s+|\d[\d,]*\s+)?other\b",
                           re.I)  # ('seven from 11 other countries', '£1.7m shared among the other 94 players')
#: After a listed part: examples of what it is ('162 had minor damage such as broken windows').
_SUCH_AS_LABEL = re.compile(r"(?<=[a-z] )such as\b(?=\s+[a-z])", re.I)
#: After the last listed part: the kinds of people or things it holds, with no figure to the sentence's end
#: ('28 engineers, 19 local workers and 14 support staff, including cooks, medics and drivers').
_KINDS_OF_THE_LAST = re.compile(r"(?<=[a-z]),\s+including\b(?=\s+[a-z][^\d]*$)")
#: Between two listed parts, the last of a part's words: 'doctors, nurses and other medical staff',
#: 'and all other employers Rs 400 crore'.
_AND_OTHER_LABEL = re.compile(r"\band\s+(?:all\s+)?other\s+(?=[a-z])"
                              # (or the rest of a thing a part is spent on: '$38 million for a new section of penstock
                              # and repairs to the rest of the pipe, $14 million ...'; not of the money)
                              r"|\brest\s+of\s+(?:the|its|their)\s+(?!money\b|cash\b|sum\b|total\b|funds?\b|budget\b|"
                              r"bill\b|cost\b|amount\b|figure\b)(?=[a-z])", re.I)


#: Around the last part of a list: it is the rest of the whole ('... and 19 remain on the sand',
#: 'and the remaining 12 were sent home'), so the list covers all of it.
_REST_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+)?(?:remain|remains|remained|are still|were still|is still|was still)\b"
                         r"(?!\s+(?:in\s+(?:a\s+|the\s+)?(?:hospital|critical|serious|stable|intensive|care|custody)|"
                         r"critical|seriously|unidentified|under)\b)", re.I)  # '8 remain in hospital': of the treated only
_REST_WORDS = r"(?:remaining|other|final|last)"
#: After the last part: it comes from all the places not yet named ('110 from the town's other 31 wards',
#: '110 from the rest of the town', '40 elsewhere'), or is all the kinds not yet named ('six dogs of other breeds').
_FROM_THE_REST_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+)?(?:elsewhere\b|(?:are\s+|were\s+)?(?:from|in|at|across|of)\s+"
                                  r"(?:the\s+)?(?:[\w'\u2019-]+['\u2019]s?\s+)?(?:rest\b|other\b|remaining\b))", re.I)
_REST_BEFORE = re.compile(r"\b(?:the|a)\s+" + _REST_WORDS + r"\s+$", re.I)
#: Words that leave room for parts not listed even when the last part is the rest.
_OPEN_LIST = re.compile(r"\b(?:including|included|includes|among|mainly|mostly|largely|chiefly|such as|e\.g|etc|"
                        r"estimated|unaccounted|not known|yet to be)\b", re.I)


#: A sentence that opens on a count and its verb: it may tell one more part of the list before it ('Of the
#: 112 dogs seized, 40 are now in foster homes and 66 remain in kennels. Six have died: ...').
_OPENS_ON_A_COUNT = re.compile(r"^\W*(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*)\s+(?:more\s+|others?\s+)?"
                               r"(?:have|has|had|were|was|are|is|died|remain|remained)\b")


#: After a listed part: its own verb, what befell it ('66 remain in kennels'), not a kind ('240 geckos.').
_FATE_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:are|were|is|was|have|has|had|remain|remains|remained|stay|stays|"
                         r"stayed|went|go|died)\b", re.I)


def _list_goes_on(sentence, parts, next_sentence) -> bool:
    """Do the parts tell what befell each group ('40 are now in foster homes and 66 remain in kennels'), and
    does the next sentence of the article open on a count of its own ('Six have died'), which may be one
    more group? (Parts that name kinds, '1,210 shingleback lizards, 330 turtles and 240 geckos', are
    followed by what befell some of them: 'Thirty-one have died since they arrived'.)"""
    if (next_sentence is None or next_sentence.article_id != sentence.article_id or not parts
            or not _FATE_AFTER.match(sentence.after(parts[-1], 40))):
        return False
    opening = next((c for c in next_sentence.claims if c.start - next_sentence.start < 4), None)
    return opening is not None and opening.dimension == "count" and bool(_OPENS_ON_A_COUNT.match(next_sentence.text))


def _ends_with_rest(sentence, parts) -> bool:
    """Is the last of two or more parts the rest of the whole ('23 have died, 18 were refloated and
    19 remain on the sand')?"""
    if len(parts) < 2:
        return False
    last = parts[-1]
    return bool(_REST_AFTER.match(sentence.after(last, 60)) or _REST_BEFORE.search(sentence.before(last, 20))
                or _FROM_THE_REST_AFTER.match(sentence.after(last, 40)))


#: Between the last two parts of a closed list: 'and', maybe a name with the part in brackets
#: after it ('Britain (£95m), France (£120m) and Germany (£80m)').
_CLOSING_AND = re.compile(r"\band\s*(?:" + LAST_PART_LEAD + r"\s+|(?:[A-Z][\w'\u2019.-]*\s+){1,4}\(\s*)?$")


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
    if any(c.id not in listed and c.id != whole.id and parts[0].start < c.start < parts[-1].end
           and (comparable(whole, c) or re.fullmatch(r"\d+", c.text) and c.kind not in PART_KINDS)
           and not IN_A_LABEL.search(sentence.before(c, 15)) for c in sentence.claims):
        return False  # a figure between the parts that the list reading missed (or read as another
        # kind: '5 from Ardmore, 4 from Kilbeg and 3 from Dunree'): the list is not known whole
    last_gap = sentence.between(parts[-2], parts[-1])
    if not (one or _CLOSING_AND.search(last_gap) or _HOLDER_FIRST_GAP.match(last_gap) and re.search(r"\band\b", last_gap)
            or bracketed_list(sentence, whole, parts) or _closes_holder_led(last_gap)):
        return False  # (a last part of one, 'and a bus driver', closes the list too)
    if _FOR_EACH_AFTER.match(sentence.after(parts[-1], 40)) and times[parts[-1].id] == 1:
        return False  # '16 cranes and 64 hatch covers - two cranes and eight covers for each ship': a share of each
    text = sentence.text
    at_whole = whole.start - sentence.start
    if 0 <= at_whole < parts[0].start - sentence.start:
        # the whole's own estimate leaves no part out ("the company's estimated $412 million in derecho losses:
        # $230 million for ...")
        end = whole.end - sentence.start
        text = _ESTIMATED_BEFORE.sub(" ", text[:at_whole]) + _ESTIMATED.sub(" ", text[at_whole:end]) + text[end:]
    inner = slice(parts[0].end - sentence.start, parts[-1].start - sentence.start)
    text = (text[:inner.start] + _AND_OTHER_LABEL.sub(" ", text[inner])
            + _KINDS_OF_THE_LAST.sub(" ", _SUCH_AS_LABEL.sub(" ", text[inner.stop:])))
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
#: "The fund is made up of €18 million from ...", "The charge includes $410m for ...", "The total for
#: the 39th Lightwave Appeal, announced live on Friday, was made up of ...". The noun, if any, names
#: the total; "includes" does not say the list is whole (``closed``).
_BREAKDOWN_BACK = re.compile(r"^\s*(?:according to [^,.;:]{1,80},\s*)?"
                             r"(?:it|this|that|they|these|the\s+(?:(?P<modifier>[a-z][\w.-]*)\s+)??(?P<noun>[a-z-]+))"
                             # ('The total for the 39th Lightwave Appeal, announced live on Friday, was made up of')
                             r"(?:\s+(?:for|of)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'\u2019-]*\s*){1,4})?"
                             r"(?:\s*,[^,;:()]{1,80},)?\s+"
                             r"(?:(?:is|was|are|were|will be|would be)\s+" + BREAKDOWN + r"|(?P<verb>" + BREAKDOWN +
                             r"|includes|included|covers|covered))\s+(?:an?\s+)?$", re.I)
#: Right before a total: the noun it is the size of ('a record field of 142 riders').
_NAMED_OF = re.compile(r"\b([a-z-]+)\s+of\s+$", re.I)


def _size_of(sentence, claim) -> str:
    """The noun written right before a figure as what it is the size of ('a field of 142 riders'
    -> 'field'), or ''."""
    named = _NAMED_OF.search(sentence.before(claim, 30))
    return singular_noun(named.group(1).lower()) if named else ""


def _breakdowns_pointing_back(all_sentences):
    """(total, parts, sentence, closed) where a sentence opens by breaking down a figure given
    before: "The revised budget is £612m. It is made up of £280m for ..., £190m for ... and
    £170m for ..."; "... a €40 million fund. ... The fund is made up of €18 million from ..."; "... the 2,140
    complaints it received. They comprise 1,380 from ...".
    The total is the nearest figure in the last three sentences of the article whose subject is
    the opening's noun, failing that the one comparable figure of the sentence right before."""
    for i, sentence in enumerate(all_sentences):
        parts = [c for c in sentence.claims if c.is_claim and is_part_kind(c) and not c.negated]
        opening = _BREAKDOWN_BACK.match(sentence.text[:parts[0].start - sentence.start]) if parts else None
        if not opening:
            continue
        earlier = earlier_in_article(all_sentences, i)
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
            totals = [c for c in before.claims if c.is_claim and not c.negated and comparable(c, parts[0])
                      and not c.is_conversion() and not _EARLIER_ONE_BEFORE.search(c.text_before(40))]
        if len(totals) == 1:
            listed = listed_parts(sentence, [p for p in parts if comparable(totals[0], p)])
            verb = (opening.group("verb") or "").lower()
            # ('The U.S. recall covers 251,000 standard models, 112,000 ... and 47,000 ...' of the 418,000
            # recalled: what it covers is the whole of it when it comes near the total)
            closed = not verb.startswith("includ") and (not verb.startswith("cover") or _near_whole(totals[0], listed))
            yield totals[0], listed, sentence, closed


#: Right before a figure: it is an earlier one, set beside the total ('beating the previous record of
#: 11.3 million pounds'), not the total a breakdown in the next sentence adds up.
_EARLIER_ONE_BEFORE = re.compile(r"\b(?:previous|last\s+year['\u2019]s|former|old|earlier|prior)\s+(?:[a-z-]+\s+){0,2}?"
                                 r"(?:of\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$", re.I)


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
_SHARE_GAP = re.compile(r"^(?![^.;:()]*\b(?:" + OTHER_CLAUSE + r")\b)[^.;:()]{0,80}?(?:,\s*and|,|\band)"
                        r"(?:\s+" + LAST_PART_LEAD + r")?\s*$", re.I)
#: Between two shares each named before its figure: ', the City of Port Callister ', ' and the
#: federal government ', ', construction ' (a few words, no clause of another kind).
_HOLDER_FIRST_GAP = re.compile(r"^(?![^.;:()]*\b(?:" + OTHER_CLAUSE + r"|have|has|had|were|was|are|is|will|would)\b)"
                               r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Za-z][\w'\u2019&-]*\s+){1,6}$", re.I)
#: A sentence opening that takes its figures out of the total before: "Of those, ", "Of the injured, ".
_OF_THOSE = re.compile(r"^\s*(?:of|among)\s+(?:those|them|these|whom|the\s+[\w'\u2019 -]{1,40}?)\s*,\s*$", re.I)
#: A lead-in closed by a colon or a spaced dash before a list: "The fleet is kept at three depots: ".
_LEAD_IN_COLON = re.compile(r"^[^.;:]{0,200}?(?::|\s[\u2014\u2013]|\s--?)\s+(?=[^:]*(?:\d|\b(?:one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|eleven|twelve)\b))", re.I)
#: After a figure that is part of the next: '38 of his 52 hives', '12 out of the 30'.
_PART_OF_BEFORE = re.compile(OF_A_WHOLE + r")\b", re.I)
#: A sentence that opens with its own time ("On Saturday, ", "Last year"): not a breakdown of the total before.
_OWN_FRAME = re.compile(r"^\s*(?:(?:on|by|in|since|last|this|next|during|over|after|before)\s+[^,]{0,30},|"
                        r"(?:yesterday|today|earlier|later|meanwhile|separately|previously|then)\b)", re.I)
#: After a listed figure: a time, not a share ("11 on Monday, 8 on Tuesday").
_TIME_LABEL = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?(?:on|in|by|during|since)\s+(?:(?:the\s+)?(?:\d{4}|"
                         + "|".join(WEEKDAY_NAMES + MONTH_NAMES) +
                         r"|last|this|next|first|second|week|month|year)\b)", re.I)


#: The spaced dash that closes a list opened by one: ' - were stuck'.
_CLOSING_DASH = re.compile(r"\s(?:[\u2014\u2013]|--?)\s")
#: A lead-in that names what its list breaks down: 'a breakdown of the vehicles involved: '.
_LEAD_IN_NOUN = re.compile(r"\b[Tt]he\s+([a-z-]+s|[a-z-]+ed)\b(?:\s+[a-z]+)?\s*(?::|\s[\u2014\u2013]|\s--?)\s*$")
#: "Of the injured, ": the sentence's figures are taken out of the total that word names.
_OF_THE_NAMED = re.compile(r"^\s*(?:of|among)\s+the\s+([a-z-]+)\s*,\s*$", re.I)


def _could_hold(total, parts) -> bool:
    """Could the figure be the total of the parts: of their kind and unit, and larger than each?"""
    return comparable(total, parts[0]) and all(p.base_high < total.base_low for p in parts)


def _earlier_sum(all_sentences, i: int, parts) -> list:
    """The one sum of money in the article's last few sentences that the shares could make up
    (larger than each, the shares within ``_NEAR_WHOLE`` of it); none if there is no such sum or
    more than one."""
    found = [c for earlier in earlier_in_article(all_sentences, i) for c in breakdown_figures(earlier)
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
    for earlier in reversed(earlier_in_article(all_sentences, i)):
        for c in reversed(breakdown_figures(earlier)):
            if _could_hold(c, parts) and _named_by(c, word):
                return [c]
    return []


def _named_by(figure, word: str) -> bool:
    """Does ``word`` name what the figure counts, by its subject ('the passengers') or its verb ('the
    injured': 'Thirty-eight people were injured'), or its hyphened noun ('the vehicles' of 'the
    43-vehicle pile-up')?"""
    verbs = {word, word[:-1], word[:-2]} if word.endswith("ed") else {word}
    return (figure.subject == singular_noun(word) or figure.predicate in verbs
            or figure.text.lower().endswith("-" + singular_noun(word)))


#: A noun and a breakdown verb right before a list's first figure: 'Its endowment is made up of '.
_NOUN_BROKEN_DOWN = re.compile(r"\b([a-z-]+)\s+(?:(?:is|was|are|were|will be|would be)\s+)?" + BREAKDOWN
                               + r"\s+(?:an?\s+)?$", re.I)


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
    """(total, parts, sentence, lead_in_named) for a sentence that is all one list of shares, told after a total in
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
        figures = breakdown_figures(sentence)
        colon = _LEAD_IN_COLON.search(sentence.text)
        if colon:  # 'keeps his colonies on three sites: 20 at ..., 18 at ... and 10 in ...'
            lead_in = [f for f in figures if f.start - sentence.start < colon.end()]
            figures = [f for f in figures if f.start - sentence.start >= colon.end()]
            dashed = not colon.group().rstrip().endswith(":")
            closing = _CLOSING_DASH.search(sentence.text, colon.end()) if dashed else None
            if closing:  # 'The passengers - 188 on the northbound train and 131 on the southbound - were stuck for
                # more than five hours': the list ends at the second dash
                figures = [f for f in figures if f.start - sentence.start < closing.start()]
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
        if any(p.qualifier or NOT_A_PART.match(sentence.after(p, 12)) for p in parts) or not (
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
        totals = [c for c in breakdown_figures(before) if _could_hold(c, parts)
                  and not _PART_OF_BEFORE.match(before.after(c, 20))] if before else []  # not the 38 of '38 of his 52 hives'
        named = _OF_THE_NAMED.match(sentence.text[:parts[0].start - sentence.start])
        if len(totals) == 1 and not _near_whole(totals[0], parts):
            totals = []  # ('A bonus is on offer for a 147 break.' before 29 players from England, six ...)
        lead_in = _LEAD_IN_NOUN.search(sentence.text[:colon.end()]) if colon else None
        if not totals and named:  # 'Of the injured, 23 were children and 19 were adults' of a toll told earlier
            totals = _named_earlier_total(all_sentences, i, named.group(1).lower(), parts)
        elif lead_in and not (len(totals) == 1 and _named_by(totals[0], lead_in.group(1).lower())):
            # 'Police released a breakdown of the vehicles involved: 29 cars, ...' of the '43-vehicle pile-up'
            # (rather than a figure of the sentence before that counts something else: 'fell about 11 floors')
            totals = _named_earlier_total(all_sentences, i, lead_in.group(1).lower(), parts) or totals
        # the list is all of a total its lead-in names ('The injured — five hotel guests and three members
        # of staff — were taken to ...' after 'Nine people were injured')
        lead_in_named = lead_in is not None and len(totals) == 1 and _named_by(totals[0], lead_in.group(1).lower())
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
                                                            or {p.predicate, total.predicate} <= HOLDING_VERBS
                                                            for p in parts)
                                          or _named_whole(total, parts)):
            continue  # 'employs 400 people' and then 'It hired 150 in Leeds, ...': not a breakdown of the 400
        yield total, parts, sentence, lead_in_named


#: A total with its noun and groups named with their figure in brackets after it: "landed at
#: Kelvardine (121), Inchmurra (58) and Port Selby (26)".
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
    labels = {p.subject for p in parts if group_label(sentence, p) == p.subject}
    said = [_IS_GROUP_AFTER.match(sentence.after(p, 30)) for p in parts]
    if all(said):
        labels = {_ONE_OF.get(m.group(1).lower(), singular_noun(m.group(1).lower())) for m in said}
    return any(labels == pair for pair in _COVERING_PAIRS)


#: Before a share named by its holder in a clause of its own: 'the state government, which
#: contributed ', ', the federal government, with ', ', and Elvery Water, which paid '.
_HOLDER_CLAUSE = (r"(?:the\s+)?(?:[\w'\u2019&.-]+\s+){0,5}?[\w'\u2019&.-]+"
                  r"\s*,\s*(?:(?:which|who)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+ed|paid|gave|put\s+in|put\s+up)|with)\s+$")
_HOLDER_LED_FIRST = re.compile(r"^[^.;:]{0,60}?\b" + BREAKDOWN + r"\s+" + _HOLDER_CLAUSE, re.I)
_HOLDER_LED_NEXT = re.compile(r"^\s*,\s*(?P<last>and\s+)?" + _HOLDER_CLAUSE, re.I)
#: After a colon, a holder and a verb of paying before the first share, the verb left out
#: before the others: ': the Centre contributed Rs 250 crore under ..., the State government Rs
#: 150 crore and the Port Authority Rs 60 crore'.
_PAYING = r"(?:contributed|paid|gave|provided|pledged|committed|invested|put\s+(?:in|up)|chipped\s+in|(?:is|are|will\s+be)\s+paying|will\s+(?:pay|give|provide|contribute))"
_COLON_HOLDER_FIRST = re.compile(r"^[^.;:]{0,120}?(?::|\s[\u2014\u2013])\s*(?:the\s+)?(?:[A-Za-z][\w'\u2019&.-]*\s+){1,5}?"
                                 + _PAYING + r"\s+$", re.I)
_ELIDED_HOLDER_NEXT = re.compile(r"^(?![^.;:()]*\b(?:" + OTHER_CLAUSE + r"|has|have|had|was|were|is|are)\b)"
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
    claims = breakdown_figures(sentence)
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
    claims = [c for c in sentence.claims if c.is_claim and c.kind in PART_KINDS and not c.negated]
    for i, whole in enumerate(claims):
        rest = [c for c in claims[i + 1:] if comparable(whole, c)]
        if len(rest) < 2 or not names_what_it_counts(sentence, whole, rest[0]):
            continue
        gap = sentence.between(whole, rest[0])
        if INCLUDED_GAP.match(gap) or _WITH_GAP.match(gap):
            parts = named_groups(sentence, listed_parts(sentence, rest))
            if len(parts) >= 2 and all(GROUP_PHRASE.match(sentence.after(p, 40)) for p in parts):
                yield whole, parts, not INCLUDED_GAP.match(gap)
            continue
        if _APPOSED_GAP.match(gap):
            parts = named_groups(sentence, listed_parts(sentence, rest))
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
