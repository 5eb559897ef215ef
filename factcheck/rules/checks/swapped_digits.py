"""Check kind ``swapped-digits``: one article gives a figure again with two digits swapped.

"The co-operative has 3,400 members" and, paragraphs on, "Our 4,300 members
will not sell"; "all 1,240 market stalls" and "the 1,420 stall holders"; a
stage that "cost $9.6 million to build" and "the Esplanade stage, a $6.9
million build".
Swapping two neighbouring digits is the commonest typing slip, and the two
wordings often share no fact key (other nouns, other verbs), so tracking
does not tie them: this check looks at the digits first.

Two figures of one article, in two sentences, of one unit and one order of
magnitude, whose significant digits differ only by two neighbouring digits
swapped, are taken for one figure when something else says they are about
one thing: the same subject, two content words near both (``nearby``), or
one such word, not a name, when the figures have three or more significant
digits (a coincidence is rarer), or, from 100 up, words before the later
figure that point back at a thing the article told of ("has 3,400 members" /
"Our 4,300 growers"). Under 100, where swapped pairs come by
chance, it takes the same subject and another word near both. Years, dates,
times, durations, bounds ("more than 2,500") and amounts added ("another 210
homes") are left out, and so are two
figures tracking already put in one fact (the within-article contradiction
rule reads those). A figure in a hedged sentence counts: "about 30 of the
county's 430 dairy farms could close" still gives the county 430 farms.
Nouns are compared by their class ('cost' and 'bill', 'staff', 'workers' and
the people a firm employs are one).

With ``scope: story`` the two figures are in two articles that tell one
story (``Places.same_story``): "raised £640m" in one report of a flotation,
"raised £460 million" in the next; the same evidence is asked for, names
left out (two reports of one story share its names; 'people' or 'staff' alone
is no evidence), and neither article may give the other's figure too (it then
counts two things). A figure in brackets after another ("Halls sealed: 41
(32 still shut)") is the other's part or old value, never a restatement, and the two sentences
must name the same years, if any (a past event of the story's kind: "in
1997, 14 people were hurt"). Two figures of one fact are left to the
cross-article conflict rule (FC201).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from factcheck.model import Claim, fact_box_label
from factcheck.rules.checks.nearby import near_words, significant_digits
from factcheck.rules.registry import Hit, check
from factcheck.track.keys import is_increment, lower_case_in, predicate_class, subject_class
from factcheck.track.evidence import is_disputed

PARAMS = {
    "type": "object",
    "required": ["window"],
    "additionalProperties": False,
    "properties": {
        "window": {"type": "integer", "minimum": 10},
        # 'article': two figures of one article; 'story': of two articles that tell one story
        "scope": {"enum": ["article", "story"]},
    },
}

_LEFT_OUT_KINDS = {"year", "date"}
#: Right before a figure: it is how much something changed ('an increase of 210', 'up by 120', ', up
#: 210'), a difference and not a thing the article names again (but 'brought down 86 people' is a count).
_CHANGE_AMOUNT_BEFORE = re.compile(r"(?:\b(?:increase|rise|fall|drop|decrease|decline|jump|gain|reduction|growth)\s+of|"
                                   r"[,(]\s*(?:up|down)|\b(?:up|down|rose|fell|increased|decreased|grew|dropped)\s+by)\s+$",
                                   re.I)
#: Subjects too general to make two figures of one story one figure by themselves.
_ANYONE = {"people", "person", "staff"}
#: Right before a figure: another figure and an opening bracket, whose part or old value it
#: gives ('Halls sealed: 41 (32 still shut)', 'All households: 2,480 (1,150)').
_BRACKETED_AFTER_FIGURE = re.compile(r"\d\s*\(\s*$")
#: Right before a figure: a name and an opening bracket, the named thing's own figure ('Craigbank Primary (420
#: pupils)'), the name as the group 'name'.
_BRACKETED_AFTER_NAME = re.compile(r"\b(?P<name>[A-Z][\w'\u2019-]*)\s*\(\s*$")


def _of_two_named_things(a: Claim, b: Claim) -> bool:
    """Is each figure told in brackets after a name, and are the names two ('Craigbank Primary (420 pupils)' /
    'Glenmill (240 pupils)')?"""
    names = [_BRACKETED_AFTER_NAME.search(c.text_before(40)) for c in (a, b)]
    return all(names) and names[0].group("name") != names[1].group("name")


def _states_the_other(audit, a: Claim, b: Claim) -> bool:
    """Does b's article also give a's figure for a's subject? Then the story's reports agree on
    it, and b's other figure counts something else ('sold 32 fake works, 23 said to be by
    Crane' beside another report's '32 fake works')."""
    return any(c.value == a.value for c in audit.claims_about(b.article_id, a.subject))
#: Qualifiers of a bound, not a figure restated: "more than 2,500 signatures" / "the 5,200-seat arena".
_BOUNDS = {"over", "at least", "up to", "fewer than", "just over", "nearly"}


def neighbours_swapped(a: str, b: str) -> bool:
    """'1840' / '1480', '86' / '68': the same digits with two neighbours swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _years_differ(a: Claim, b: Claim) -> bool:
    """The two figures' clauses name other years, or one names a year the other does not: 'in 1997, when
    14 people were hurt' is another event than this week's 41 injured. A clause ends at a semicolon ('The
    building plan approved in 2009 allowed 40 rooms; the hostel was running 68, packing in its 221
    residents')."""
    return _dating_years(_clause_of(a)) != _dating_years(_clause_of(b))


def _dating_years(clause: str) -> set[str]:
    """The years of a clause that may date its figures: not the year a thing was opened, built or founded
    ('The college, which opened in 1978'), nor one a figure is measured against ('its lowest staffing
    level since 2009', 'beating the 2019 record')."""
    return {m.group() for m in _YEAR.finditer(clause)
            if not _THINGS_OWN_YEAR_BEFORE.search(clause[:m.start()]) and not _RECORD_AFTER.match(clause[m.end():])}


#: Right before a year: it dates the thing, not the figure ('which opened in', 'first opened in', 'built in
#: the year'), or it is a point the figure is measured against ('since', 'the highest since').
_THINGS_OWN_YEAR_BEFORE = re.compile(r"\b(?:(?:opened|built|founded|established|completed|launched|electrified|"
                                     r"formed|set\s+up|created|inaugurated|constructed)\s+(?:in\s+)?|since\s+|"
                                     r"until\s+|till\s+)$", re.I)  # (or until when something else lasts: 'will not be
# complete again until 2030')
#: Right after a year: the figure is measured against that year's ('the 2019 record').
_RECORD_AFTER = re.compile(r"^\s+(?:record|high|peak|low|level)\b", re.I)


def _clause_of(claim: Claim) -> str:
    """The part of the figure's sentence between the semicolons around it."""
    at = claim.start - claim.sentence_start
    sentence = claim.sentence
    start = sentence.rfind(";", 0, max(at, 0)) + 1
    end = sentence.find(";", at + len(claim.text))
    return sentence[start:end if end != -1 else len(sentence)]


def _one_noun(claim: Claim) -> str:
    """Nouns that name one thing in other words ('the £86m cost' / 'the £68m bill', '86 staff' /
    '68 laundry workers', 'employs 780 people' / 'the plant's 870 staff') under one name."""
    noun = subject_class(claim)
    if noun == "staff" and "teaching" in claim.subject_modifiers:
        return "teacher"  # ('the school's 86 teachers' / 'the school's 68 teaching staff')
    return _STAFF_NOUNS.get(noun, noun)


_STAFF_NOUNS = {"worker": "staff", "employee": "staff", "staffer": "staff"}


def _about_one_thing(a: Claim, b: Claim, window: int, names_count: bool = True) -> bool:
    """Something besides the digits ties two figures: for a figure under 100, where swapped pairs
    come by chance ('14 libraries' / '41 libraries' of two counts), the same subject and another
    word near both; otherwise the same subject, two words near both, one that is no name when
    the figures have three or more significant digits, or a later figure that points back."""
    shared = near_words(a, window) & near_words(b, window)
    same_subject = (bool(a.subject) and _one_noun(a) == _one_noun(b)) or _deed_and_its_noun(a, b) \
        or _sizes_of_one_thing(a, b, window)
    if not names_count:  # (two reports of one story share its names by definition)
        shared = {word for word in shared if lower_case_in(word, a) and lower_case_in(word, b)}
        if same_subject and _one_noun(a) in _ANYONE and len(shared - {a.subject, b.subject}) < 1 and not (
                a.predicate and predicate_class(a.predicate) == predicate_class(b.predicate)) and not (
                _workforce(a) and _workforce(b)):
            return False  # a story counts many people: those who left home are not those who searched (but a
            # firm's staff is one count: 'The firm now employs 140 people' / 'The company's 410 workers')
    # (small counts swap by chance: 'the club's 14 eights' / '- Boats destroyed: 41 of 58')
    # (and only in one article: a box that slips against its own body is that article's slip)
    boxed = (names_count and a.in_fact_box() != b.in_fact_box()
             and (abs(a.value) >= 100 or a.dimension != "count"))
    if boxed and (any(lower_case_in(word, a) and lower_case_in(word, b) for word in shared) or _initials_meet(a, b)):
        return True  # a fact box sums up its article: 'Peak E. coli reading: 42,000' / 'E. coli levels of 24,000'
    if names_count and abs(a.value) >= 100 and _REFERS_BACK_BEFORE.search(b.text_before(16)):
        return True  # the later figure points back at one the article gave: 'has 3,400 members' / 'Our 4,300 growers'
    if (names_count and a.dimension == "count" and 20 <= min(abs(a.value), abs(b.value)) and abs(a.value) < 100
            and _REFERS_BACK_BEFORE.search(b.text_before(16))
            and _label_words(b) & near_words(a, _SENTENCE_WINDOW)):
        return True  # a later count of two digits points back, with a word of its label, at an earlier one told
        # with that word ('31 of the 46 orchids stolen' / 'the 64 stolen plants'; not 'the 64 plants still in
        # the glasshouse'; and not under 20: 'the 21 principals in 1985' / 'their 12 principal dancers')
    if (names_count and a.dimension != "count" and "." in a.text and "." in b.text and _HYPHENED_TO_ITS_THING.search(b.text)
            and _REFERS_BACK_BEFORE.search(b.text_before(16))):
        return True  # a measure to the decimal, pointed back at hyphened to its thing: 'which weighs 8.5 kg' / 'the
        # 5.8-kg instrument'
    if abs(a.value) < 100:
        if _per_the_same_unit(a, b) and len(shared) >= 1 and all(lower_case_in(w, a) and lower_case_in(w, b) for w in shared):
            return True  # 'at $12 a plate, with proceeds going to the church' / 'Tickets were $21 a plate, and the
            # church also sold': one price per one thing, in one setting
        if _told_alike(a, b):
            return True  # a measure to the decimal whose sentences tell one deed in the same words ('armed men
            # tied up two guards ... and took 3.2 tonnes' / 'when armed men tied up two guards and made off
            # with 2.3 tonnes'; '54.9 per cent of the vote in the final round' / 'Her 59.4 per cent in the final
            # round')
        return same_subject and len(shared - {a.subject}) >= 1
    if same_subject or len(shared) >= 2:
        return True
    if (len(shared) == 1 and len(significant_digits(a.value)) >= 3
            and all(lower_case_in(word, a) or lower_case_in(word, b) for word in shared)):
        return True  # (a word in lower case in one of them is no name, though the other capitalises it in a name:
        # 'hangs 1,150 feet above Sandrock Canyon' / 'suspended 1,510 feet above the canyon floor')
    return _told_alike(a, b)


def _workforce(claim: Claim) -> bool:
    """Is the count an employer's staff: people it employs, or its workers told with no deed ('the company's 410
    workers')?"""
    return subject_class(claim) == "staff" and (claim.predicate in ("employ", "work") or not claim.predicate)


def _deed_and_its_noun(a: Claim, b: Claim) -> bool:
    """Is one figure told by a verb and the other hyphened to that verb's noun ('dropped 1,200 feet' / 'a
    2,100-foot drop')?"""
    return a.dimension != "count" and any(
        one.predicate and one.predicate == other.subject and _HYPHENED_TO_ITS_THING.search(other.text)
        for one, other in ((a, b), (b, a)))


def _sizes_of_one_thing(a: Claim, b: Claim, window: int) -> bool:
    """Are both measures hyphened to their thing, the one's thing named in the other's words ('the 75-foot
    Norway spruce that served as the city's Christmas tree' / 'the city's 57-foot Christmas tree')?"""
    return (a.dimension == b.dimension != "count" and bool(a.subject) and bool(b.subject)
            and all(_HYPHENED_TO_ITS_THING.search(one.text) for one in (a, b))
            and any(other.subject in near_words(one, window) and lower_case_in(other.subject, one)
                    for one, other in ((a, b), (b, a))))


#: Right after a sum or a measure: what it is per ('a plate', 'a head', 'per kilo').
_PER_AFTER = re.compile(r"^\s+(a|an|per|each)\s+([a-z]+)\b", re.I)


def _per_the_same_unit(a: Claim, b: Claim) -> bool:
    """Are both sums or measures told per the same thing ('$12 a plate' / '$21 a plate')?"""
    if a.dimension == "count" or a.dimension == "percent":
        return False
    pers = [_PER_AFTER.match(one.text_after(20)) for one in (a, b)]
    if not all(pers):
        return False
    things = [_PER_THING_NAMES.get(per.group(2).lower(), per.group(2).lower()) for per in pers]
    return things[0] == things[1]


#: One thing per which a price is told, by its several names ('a kilo', 'a kilogram', 'per kg').
_PER_THING_NAMES = {"kilo": "kilogram", "kg": "kilogram", "kilogramme": "kilogram", "lb": "pound", "tonne": "ton",
                    "litre": "liter", "l": "liter", "head": "person"}


def _told_alike(a: Claim, b: Claim) -> bool:
    """Do two measures or sums of three significant digits (or to the decimal) have sentences that share
    two content words, however far from the figures ('Paintings worth an estimated £3.4m were taken' /
    'The paintings taken were estimated at 4.3 million pounds')?"""
    if a.dimension == "count" or not (len(significant_digits(a.value)) >= 3 or "." in a.text and "." in b.text):
        return False
    shared = {word for word in near_words(a, _SENTENCE_WINDOW) & near_words(b, _SENTENCE_WINDOW)
              if lower_case_in(word, a) and lower_case_in(word, b)} - {a.subject, b.subject}
    return len(shared) >= 2


def _label_words(claim: Claim) -> set[str]:
    """The words between a label's figure and its noun ('stolen' of 'the 64 stolen plants')."""
    after = claim.text_after(40)
    at = after.find(claim.subject_text) if claim.subject_text else -1
    return {w.lower() for w in re.findall(r"[A-Za-z][\w-]+", after[:at])} - {"the", "other"} if at > 0 else set()


#: Characters either side of a figure that take in its whole sentence.
_SENTENCE_WINDOW = 400
#: A measure hyphened to its thing ('5.8-kg', '2.4-mile').
_HYPHENED_TO_ITS_THING = re.compile(r"\d-[a-z]+$", re.I)
#: Right before a figure: words that point back at a thing the article has told of ('Those 4,300
#: saplings', 'Our 4,300 growers', 'the $6.9 million Esplanade section', 'the total of $5.8 million').
_REFERS_BACK_BEFORE = re.compile(r"\b(?:the|these|those|its|their|our|all(?:\s+of)?(?:\s+the)?|"
                                 r"the\s+(?:total|sum|figure|estimate)\s+of)\s+$", re.I)


def _initials_meet(a: Claim, b: Claim) -> bool:
    """Is a fact-box label in capitals (three to five letters) the initials of words in a row in
    the other figure's sentence ('HGV: €8.70' / '€7.80 for a heavy goods vehicle')?"""
    boxed, body = (a, b) if a.in_fact_box() else (b, a)
    label = fact_box_label(boxed.sentence, boxed.start - boxed.sentence_start)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", body.sentence)]
    initials = "".join(w[0] for w in words)
    return any(initials.find(abbreviation.lower()) >= 0
               for abbreviation in re.findall(r"\b[A-Z]{3,5}\b", label.group(1) if label else ""))


class _FactFigures:
    """The figures (value and unit) each fact holds, and the claims that give them: built once per audit."""

    def __init__(self, audit, fact_of: dict[str, str]):
        self.facts_of: dict[tuple, set[str]] = defaultdict(set)    # (article, value, unit) -> facts
        self.claims_of: dict[tuple, set[str]] = defaultdict(set)   # (fact, value, unit) -> claim ids
        self.article_of = {c.id: c.article_id for c in audit.claims.values()}
        for c in audit.claims.values():
            if c.id in fact_of:
                self.facts_of[(c.article_id, c.value, c.unit)].add(fact_of[c.id])
                self.claims_of[(fact_of[c.id], c.value, c.unit)].add(c.id)

    def restated(self, one: Claim, other: Claim) -> bool:
        """Does ``one``'s article give the same figure again, in another claim, in a fact that also
        holds the other's figure (which the conflict rule, FC201, then reports)?"""
        for fact in self.facts_of.get((one.article_id, one.value, one.unit), ()):
            again = [i for i in self.claims_of[(fact, one.value, one.unit)]
                     if i != one.id and self.article_of[i] == one.article_id]
            if again and self.claims_of.get((fact, other.value, other.unit)):
                return True
        return False


def _grew_by_a_later_day(audit, a: Claim, b: Claim) -> bool:
    """Are both figures counts of one deed or one thing ('sealed 17', 'sealed 71'), the larger told on a later day as
    the tally so far ('have since inspected 378 hostels and sealed 71')? Such a count grows as the deeds
    go on, whatever its digits."""
    if a.dimension != "count" or b.dimension != "count" or not (
            a.predicate and a.predicate == b.predicate
            or a.subject and a.subject == b.subject and {a.predicate, b.predicate} & _GATHERING):
        return False  # (one deed, or one thing gathered as it comes in: 'has received about 1,900 complaints' / 'In
        # all, the shutdown produced about 9,100 complaints'; not what a recall 'covers')
    days = [str(audit.article_of(c).published or "") for c in (a, b)]
    if not all(days) or days[0] == days[1]:
        return False
    earlier, later = (a, b) if days[0] < days[1] else (b, a)
    # (one thing counted by two deeds: only a word of the whole tally, not 'since', which may date anything: 'sold in
    # the United States since March 2025')
    so_far = _SO_FAR if a.predicate == b.predicate else _ALL_TOLD
    return later.value > earlier.value and bool(so_far.search(later.sentence))


#: A tally told in all: 'in all', 'so far', 'to date'.
_ALL_TOLD_WORDS = r"so far|to date|in all|in total|altogether|thus far|up to now"
_ALL_TOLD = re.compile(rf"\b(?:{_ALL_TOLD_WORDS})\b", re.I)
#: A tally told so far, also from a day or by now: 'have since inspected', 'so far', 'to date', 'in all'.
_SO_FAR = re.compile(rf"\b(?:since|by now|{_ALL_TOLD_WORDS})\b", re.I)
#: Verbs that gather what comes in, a tally of which grows ('has received about 1,900 complaints').
_GATHERING = {"receive", "record", "log", "register", "collect", "gather", "get", "lodge", "file"}


#: Currencies written with a dollar sign, and a sign with no country before it ('$18 million', not 'A$81 million').
_DOLLARS = {"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "JMD", "TTD", "BBD", "BSD", "FJD", "LRD", "NAD", "ZWL", "XCD"}
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")


@check("swapped-digits", params=PARAMS)
def swapped_digits(rule, audit):
    """Two figures of one article (or, with scope 'story', of two reports of one story) with two
    neighbouring digits swapped, about one thing."""
    window = rule.params["window"]
    across = rule.params.get("scope", "article") == "story"
    fact_of = {claim_id: fact.id for fact in audit.facts for claim_id in fact.claim_ids}
    figures = _FactFigures(audit, fact_of) if across else None
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in audit.claims.values():
        if (claim.value is None or claim.low is None or abs(claim.value) < 1 or claim.kind in _LEFT_OUT_KINDS
                or claim.dimension == "time" or (across and claim.hedged) or claim.id in audit.impossible
                or claim.qualifier in _BOUNDS or _BRACKETED_AFTER_FIGURE.search(claim.text_before(6))
                or _CHANGE_AMOUNT_BEFORE.search(claim.text_before(20)) or is_increment(claim)):
            continue  # (an amount added, 'another 210 homes', restates no total)
        digits = significant_digits(claim.value)
        if len(digits) < 2:
            continue
        magnitude = math.floor(math.log10(abs(claim.value)))
        where = "" if across else claim.article_id
        unit = "dollar" if claim.unit in _DOLLARS else claim.unit
        groups[(where, unit, claim.dimension, "".join(sorted(digits)), magnitude)].append(claim)
    # each article's values, by unit: a report that gives both digits' orders counts two things by them
    values_of: dict[str, set] = defaultdict(set)
    for claim in audit.claims.values():
        values_of[claim.article_id].add((claim.unit, claim.value))
    for claims in groups.values():
        claims.sort(key=lambda c: (c.article_id, c.start))
        for i, first in enumerate(claims):
            for second in claims[i + 1:]:
                if across and (first.article_id == second.article_id or _years_differ(first, second)
                               or not audit.places.same_story(first, second)
                               or _states_the_other(audit, first, second)
                               or _states_the_other(audit, second, first)
                               or (second.unit, second.value) in values_of[first.article_id]
                               or (first.unit, first.value) in values_of[second.article_id]):
                    continue  # ('£2.1 million from the fund, £1.2 million from private donors' / the other report's
                    # '£2.1 million from the fund': the first report gives both, for two things)
                if first.article_id == second.article_id and first.sentence_start == second.sentence_start:
                    continue
                if first.unit != second.unit and not (_BARE_DOLLAR.search(first.text) or _BARE_DOLLAR.search(second.text)):
                    continue  # ('A$81 million' / 'US$18 million': two currencies; a bare '$18 million' in a report
                    # from Australia is the reader's dollar, whichever the extraction took it for)
                if not neighbours_swapped(significant_digits(first.value), significant_digits(second.value)):
                    continue
                if first.id in fact_of and fact_of[first.id] == fact_of.get(second.id):
                    continue  # (one fact: the contradiction and conflict rules, FC202 and FC201, read it)
                if across and (figures.restated(first, second) or figures.restated(second, first)):
                    continue  # ('£16.8m fine' in a headline whose story's 'fined £16.8m' FC201 already sets against £18.6m)
                if _of_two_named_things(first, second):
                    continue  # ('Craigbank Primary (420 pupils)' / 'Glenmill (240 pupils)': two schools)
                if across and _grew_by_a_later_day(audit, first, second):
                    continue  # ('sealed 17 other hostels' on the first night / 'has inspected 378 hostels and
                    # sealed 71' days later: a count of deeds that has grown)
                if not _about_one_thing(first, second, window, names_count=not across):
                    continue
                if is_disputed(first) or is_disputed(second):
                    continue  # two sides' figures, told as a dispute ('AirNav disputed the guild's figures, saying
                    # the centre had 221 controllers when trainees were included')
                yield Hit(
                    claim_ids=[first.id, second.id],
                    fields={"first": first.text, "second": second.text,
                            "sources": f"{audit.article_of(first).source or first.article_id}, "
                                       f"{audit.article_of(second).source or second.article_id}"},
                    suggestion=f"“{first.text}” and “{second.text}” have the same digits in another order; "
                               f"check which one the source gives.",
                )
