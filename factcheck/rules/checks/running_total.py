"""Check kind ``running-total``: a death toll (or other running total) that goes down.

Tolls of killed, injured, arrested or displaced people only grow as news
comes in: a later article with a higher figure is an update, not an error.
So does any tally that all its figures say is kept to date, whatever it
counts ("have carried 94,100 passengers since the trial began", "bringing
the total to 17", "a total of 15 people have been bitten").
A later article with a *lower* figure than an earlier definite one is a
conflict - one of the two is wrong, or the later one quotes an old figure.

"Definite" leaves out upper bounds and vague figures ("up to 50", "dozens"):
a count that was only ever such a bound is left to ``fact-conflict``, which
compares intervals. A lower bound ("at least 97 people had been admitted")
is a floor the toll has reached: a later definite figure below it ("58
people have been admitted") undercuts it too; and a later floor is the count
as it then stands, so one below an earlier figure ("has destroyed at least 71
homes" after "the number of homes lost rose to 84") undercuts it as well
(two floors do not: "at least 14" after "at least 19"). A later sentence that is
explicitly about the past ("initially put at 14", "had earlier said") is
not a new figure and is left alone.

Works on the facts of the tracking stage only (never all pairs of the
corpus); ``fact-conflict`` with ``scope: cross-article`` skips the pairs
this check reports, so one problem gives one finding; each later article
that undercuts the total is a problem of its own.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.rules.registry import Hit, check
from factcheck.rules.text import cite
from factcheck.track.people import PEOPLE_NOUNS, TOLL_PEOPLE
from factcheck.track.readings import is_counted_to_date
from factcheck.track.when import parse_published
from factcheck.timewords import MONTH_NAMES, WEEKDAY_NAMES

PARAMS = {
    "type": "object",
    "required": ["predicates"],
    "additionalProperties": False,
    "properties": {
        "predicates": {"type": "array", "minItems": 1, "items": {"type": "string"}},
    },
}

#: Qualifiers that make a figure a bound or a guess rather than a count.
NOT_DEFINITE = frozenset({"over", "at least", "up to", "fewer than", "vague"})
#: Qualifiers of a lower bound: the toll has reached the figure, whatever it is.
FLOORS = frozenset({"over", "at least"})

_RETROSPECTIVE = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|earlier|at first|first reported|previous(?:ly)?|"
    r"had (?:earlier|said|put|reported|given)|had been (?:put|given|reported|estimated|thought|said)|"
    r"was revised|were revised|revised (?:up|down)|"
    r"rose from|risen from|up from|down from|before rising)\b", re.I)
#: An earlier time is retrospective only for a figure someone gave then ("last week police
#: said 14 had died", "yesterday's figure of 14"); "the balloon that hit a power line last
#: week, killing two, ... investigators said" retells the event itself with its toll.
_TIME = r"(?:yesterday's|last week|a year ago|(?:on )?the previous day|the day before)"
_GIVEN = r"(?:said|says|reported|announced|confirmed|put|gave|given|told|stood|figure|toll|tally)"
_EARLIER_TIME = re.compile(rf"\b{_TIME}\b[^,;.]{{0,40}}?\b{_GIVEN}\b|\b{_GIVEN}\b[^,;.]{{0,40}}?\b{_TIME}\b", re.I)


#: "have increased their reward to £150,000", "cut the forecast to 1.1%", "rose to 14":
#: the figure is a new level of something that changed, not a rival to the old one.
_NEW_LEVEL_BEFORE = re.compile(
    r"\b(?:increas|rais|lift|boost|hik|upp|doubl|trebl|tripl|cut|lower|reduc|slash|trimm|halv|revis|"
    r"downgrad|upgrad|ros|risen|fell|fallen|climb|dropp|grew|grown|jump|soar|plung)\w*"
    r"(?:\s+[\w'’-]+){0,5}?\s+to\s+$",
    re.I)


def announces_new_level(claim) -> bool:
    """Is the figure the new level of a change ("increased their reward to £150,000")?"""
    return bool(_NEW_LEVEL_BEFORE.search(claim.text_before(60)))


def is_new_level(audit, a, b) -> bool:
    """Is the later of two claims (by publication) the new level of a change?"""
    pair = ordered(audit, a, b)
    return pair is not None and announces_new_level(pair[1])


def published(audit, claim) -> date | None:
    return parse_published(audit.article_of(claim).published)


def is_definite(claim) -> bool:
    """A count given as a figure, not a bound ("at least 9") or a guess ("dozens")."""
    return claim.qualifier not in NOT_DEFINITE and claim.base_high != float("inf")


def is_retrospective(claim) -> bool:
    """Do the words around the figure speak of an earlier state ("initially put at 9", "police had
    earlier said 14 had died")? Only words near the figure count: in "the crash, in which four
    people were hurt, happened at a pothole that residents say had been reported at least nine
    times", the report is the pothole's, not the toll's."""
    start = claim.start - claim.sentence_start
    near = claim.sentence[max(0, start - _RETROSPECTIVE_REACH[0]):claim.end - claim.sentence_start
                          + _RETROSPECTIVE_REACH[1]]
    return bool(_RETROSPECTIVE.search(near) or _EARLIER_TIME.search(near))


#: How far before and after a figure its wording may say the figure is an old one (characters).
_RETROSPECTIVE_REACH = (90, 50)


def ordered(audit, a, b):
    """(earlier, later) by publication day, or None when not both dated or the same day."""
    da, db = published(audit, a), published(audit, b)
    if da is None or db is None or da == db:
        return None
    return (a, b) if da < db else (b, a)


def is_decrease(audit, a, b) -> bool:
    """Is one claim a later, lower figure than an earlier definite one, or than an earlier floor
    ('at least 97')?"""
    pair = ordered(audit, a, b)
    if pair is None:
        return False
    earlier, later = pair
    if later.qualifier in FLOORS and is_definite(earlier):
        return _floor_below(later, earlier) and not is_retrospective(later)
    return ((is_definite(earlier) or earlier.qualifier in FLOORS) and later.base_high < earlier.base_low
            and not is_retrospective(later) and not _only_the_latest(later))


#: Right after a count: it counts only those since a recent day ('Three deaths were reported since Saturday'), not
#: the toll (but 'since Saturday's crash' is the whole toll of it).
_SINCE_A_RECENT_DAY_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:since\s+(?:last\s+)?(?:" + "|".join(WEEKDAY_NAMES) + r")\b(?!['\u2019]s)|"
                                       r"in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days?|hours?|week)\b)")


#: Right after a count: the one month it counts ('Foxes bit 15 people in Corrachan last month', 'in October'), a
#: part of a toll kept over longer.
_OF_ONE_MONTH_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:(?:in|during)\s+(?:" + "|".join(MONTH_NAMES) + r")\b(?!\s+\d)|"
                                 r"last\s+month\b)")


def _only_the_latest(claim) -> bool:
    """Does a count tell only the latest of a toll ('Three deaths were reported since Saturday'), or one month of
    it ('bit 15 people last month')?"""
    return bool(_SINCE_A_RECENT_DAY_AFTER.match(claim.text_after(80)) or _OF_ONE_MONTH_AFTER.match(claim.text_after(80)))


def counts_only_the_latest(audit, a, b) -> bool:
    """Is one claim a later, lower count of only the latest of the toll the other gives whole, or, told the
    same day, the lower count of a case's deeds of one named day ('The two men arrested on Friday were
    released') against its tally ('Four people have been arrested')? (A later report's 'The three people
    arrested on Tuesday' against an earlier four is a decrease.)"""
    pair = ordered(audit, a, b)
    if pair is not None:
        return pair[1].base_high < pair[0].base_low and _only_the_latest(pair[1])
    low, high = sorted((a, b), key=lambda c: c.base_low or 0)
    return low.base_high < high.base_low and _of_one_day(low) and not _of_one_day(high)


def _of_one_day(claim) -> bool:
    """Is the count a case's deeds of one named day ('The two men arrested on Friday')?"""
    return claim.predicate in _DEEDS_OF_A_CASE and bool(_ON_A_DAY_AFTER.match(claim.text_after(50)))


#: Deeds of an inquiry done over many days, each day's a part of its tally: arrests, charges, seizures.
_DEEDS_OF_A_CASE = {"arrest", "detain", "charge", "seize"}
#: Right after a count: the day of its deed ('The two men arrested on Friday').
_ON_A_DAY_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?on\s+(?:" + "|".join(WEEKDAY_NAMES) + r")\b")


def _floor_below(floor, count) -> bool:
    """Is a later floor below an earlier count, even rounded to the floor's own last digit? 'At least
    71 homes' after 84 is; 'more than 9,000 houses' after 9,400 is only the count rounded down, and
    'at least 14' never undercuts another floor ('at least 19'); 'more than a dozen' after 17 is 17 told by dozens."""
    value = floor.base_low
    if not value or value != int(value) or not count.base_low:
        return value < count.base_low
    step = 12 if "dozen" in floor.text.lower() else 1  # ('more than a dozen officers' after 17: a count told by dozens)
    while int(value) % (step * 10) == 0:
        step *= 10
    return value < (count.base_low // step) * step


def quotes_old_figure(audit, a, b) -> bool:
    """Is one claim a later article's lower figure said to be an old one ("initially 9")?"""
    pair = ordered(audit, a, b)
    if pair is None:
        return False
    earlier, later = pair
    return later.base_high < earlier.base_low and is_retrospective(later)


def is_update(audit, a, b) -> bool:
    """Is one claim a later, higher figure than the other (a toll that grew)?"""
    pair = ordered(audit, a, b)
    if pair is None:
        return False
    earlier, later = pair
    return later.base_low > earlier.base_high


def is_running(fact, audit, predicates: set[str]) -> bool:
    """Is a fact a running total: a toll (its predicate in ``predicates``), or a tally that every
    one of its figures says is kept to date ('bringing the total to 17', 'since the trial began')?"""
    claims = audit.fact_claims(fact)
    if fact.predicate in predicates and not _one_haul(fact, claims):
        return True
    return all(is_counted_to_date(c) for c in claims)


def _one_haul(fact, claims) -> bool:
    """Is the fact the weight or volume of goods seized in one haul, which no report tells as a tally
    ('seized 14.5 tonnes of turmeric powder' in the Sunday raid / 'had seized 41.5 tonnes ... from the
    three sealed units')? A haul is weighed once; a tally of seizures grows ('the quantity seized so far')."""
    return (fact.predicate == "seize" and all(c.dimension in ("mass", "volume") for c in claims)
            and not any(_HAUL_TALLY.search(c.sentence) for c in claims))


#: In a seizure's sentence: it is a tally of many hauls.
_HAUL_TALLY = re.compile(r"\b(?:so far|to date|in total|total|tally|altogether|cumulative(?:ly)?|since|now|in all|"
                         r"this (?:year|month|season|week)|quantity|amount)\b", re.I)


def _highest_by_article(audit) -> dict[tuple, float]:
    """The highest figure each article gives each kind of fact (subject, predicate, dimension), by the
    least each figure says."""
    highest: dict[tuple, float] = {}
    for fact in audit.facts:
        for claim in audit.fact_claims(fact):
            if claim.base_low is not None:  # (the least it says: 'at least 71' is 71)
                key = (fact.subject, fact.predicate, fact.dimension, claim.article_id)
                highest[key] = max(highest.get(key, claim.base_low), claim.base_low)
    return highest


#: People nouns a toll is told of as a whole ('nine people', 'two men died'); another people noun names a
#: group among them ('two fishermen drowned').
_WHOLE_TOLL_NOUNS = {"people", "person", "man", "woman", "victim", "casualty", "body", "other", "adult", "individual"}
_GROUP_NOUNS = (TOLL_PEOPLE | PEOPLE_NOUNS) - _WHOLE_TOLL_NOUNS


def _group_among_higher_toll(highest: dict[tuple, float], fact, earlier, later) -> bool:
    """Is the later figure told of a group among the toll ('two fishermen drowned') in an article that
    gives such a fact a figure at least the earlier one ('The death toll rose to 17', after 'killing at
    least nine')? Then it is a part of its toll, not the toll."""
    if later.subject == earlier.subject or later.subject not in _GROUP_NOUNS:
        return False  # (a toll told again, 'the death toll stands at eight', is no group among it)
    top = highest.get((fact.subject, fact.predicate, fact.dimension, later.article_id))
    return top is not None and earlier.base_low is not None and top >= earlier.base_low


@check("running-total", params=PARAMS)
def running_total(rule, audit):
    """Facts about a running total whose later article gives a lower figure than an earlier one."""
    predicates = set(rule.params["predicates"])
    highest = _highest_by_article(audit)
    for fact in audit.facts:
        if not is_running(fact, audit, predicates):
            continue
        claims = sorted((c for c in audit.fact_claims(fact) if c.id not in audit.impossible),
                        key=lambda c: (published(audit, c) or date.min, c.start))
        reported: set[str] = set()  # articles already cited as undercutting the total
        for i, earlier in enumerate(claims):
            lower = [c for c in claims[i + 1:] if c.article_id != earlier.article_id and c.article_id not in reported
                     and is_decrease(audit, earlier, c) and not _group_among_higher_toll(highest, fact, earlier, c)]
            if not lower:
                continue
            later = min(lower, key=lambda c: c.base_high)
            reported.add(later.article_id)
            yield Hit(
                claim_ids=[earlier.id, later.id],
                fields={"fact": f"{fact.subject} ({fact.predicate})", "earlier": cite(audit, earlier),
                        "later": cite(audit, later)},
                suggestion="Running totals only rise: check whether the later article uses an old figure "
                           "or the earlier one was wrong, and correct it.",
            )
            # one finding per article that undercuts the total: the first definite figure it undercuts,
            # and its lowest figure (a later report that undercuts it too is another slip)
