"""Check kind ``fact-conflict``: one fact, figures that cannot all be true.

Works on the facts of the tracking stage (same subject, predicate class,
dimension, places and dates). Two claims conflict when the intervals their
wording allows do not overlap: "over 400", "nearly 500" and "about 480" all
agree with 479, "more than 90" does not agree with 85.

``scope: cross-article`` compares claims from different articles;
``scope: within-article`` compares claims of one article (in different
sentences: "rose from 2% to 5%" is a change, not a contradiction).
For running totals (``running_totals`` predicates: killed, wounded ...), a
later article with a higher figure is an update, not a conflict, and a
later article with a lower figure than an earlier definite one is left to
the ``running-total`` check (one problem, one finding). Any tally kept up
to now ("has lost 31 homes to the sea since 1990", "so far this year", "had
been reunited with their owners by Monday", "are now dead") may grow too:
its later, higher figure is an update; and when every figure of
the fact says so ("bringing the total to 17"), it is a running total like
a toll (``running_total.is_running``). Likewise an article
that gives two figures for one fact is reported once, by the
within-article scope: its figures are not also set against other articles
that agree with one of them. Figures more than fifty times apart with
other leading digits count two things, not one told wrongly ("123 million
tickets" for a country's cinemas, "310,000" for one cinema). A figure a plausibility rule has flagged (a
"348-mile" bridge) is left out: it is one finding, not also a conflict with
the articles that got it right.
"""

from __future__ import annotations

import re
from itertools import combinations

from factcheck.rules.checks.running_total import (counts_only_the_latest, is_decrease, is_new_level, is_running,
                                                   is_update, ordered, quotes_old_figure)
from factcheck.rules.checks.sentences import clause_around
from factcheck.rules.registry import WORD_LIST, Hit, check
from factcheck.rules.text import cite
from factcheck.track.evidence import same_digits
from factcheck.track.keys import HYPHENED
from factcheck.track.readings import is_capacity

PARAMS = {
    "type": "object",
    "required": ["scope"],
    "additionalProperties": False,
    "properties": {
        "scope": {"enum": ["cross-article", "within-article"]},
        "running_totals": WORD_LIST,
    },
}


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")

#: In a figure's clause: a tally kept from some start up to now ('has lost 31 homes to the sea
#: since 1990', 'has sold 4,000 so far this year'), which a later article may give higher.
_TALLY_TO_NOW = re.compile(r"\b(?:since|so far|to date|now|by (?:the end of |late |early )?(?:yesterday|last night|"
                           r"this (?:morning|afternoon|evening)|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b",
                           re.I)  # (not 'a pay rise of 3% this year')
#: In a figure's sentence: a perfect, a tally of what has been done up to a day ('about 3,000 bags had
#: been reunited with their owners', '55% of the oysters have died'); with a word of 'to now' in the
#: clause of the other figure, the two are a tally too.
_DONE_SO_FAR = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.I)


def _another_magnitude(a, b) -> bool:
    """Are two figures more than fifty times apart with other leading digits ('British cinemas
    sold about 123 million tickets' / 'The Kilcarrig cinema ... sold about 310,000')? Then they
    count two things: a slip keeps the digits ('1.4 million' / '1.4 billion') or the size."""
    values = sorted(abs(c.base_value) for c in (a, b) if c.base_value is not None)
    if len(values) < 2 or values[0] == 0 or values[1] / values[0] <= 50:
        return False
    return f"{values[0]:.1e}"[:3] != f"{values[1]:.1e}"[:3]


def tally_wording(claim) -> tuple[bool, bool]:
    """(Does the figure's clause count up to now, does its sentence tell a tally at all?)"""
    clause = clause_around(claim.sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start)
    return (bool(_TALLY_TO_NOW.search(clause)),
            bool(_TALLY_TO_NOW.search(claim.sentence) or _DONE_SO_FAR.search(claim.sentence)))


def _tally_grew(audit, a, b) -> bool:
    """Is the later of two figures of a tally kept up to now the higher one (an update)? (A measure hyphened to its
    thing is its size, no tally, whatever 'now' its sentence tells: 'The 181-metre Nordvik Trader ... is now
    upright'.)"""
    if any(c.dimension != "count" and HYPHENED.search(c.text) for c in (a, b)):
        return False
    (a_to_now, a_tally), (b_to_now, b_tally) = tally_wording(a), tally_wording(b)
    return (a_to_now or b_to_now) and a_tally and b_tally and is_update(audit, a, b)


def _half_step(claim, whole_numbers: bool = False) -> float:
    """Half the last written digit's worth, in base units: '99%' stands for 98.5-99.5, '14.2bn
    euros' for 14.15bn-14.25bn. A whole number other than a percentage ('479 drones', '162
    miles') is taken as written, unless ``whole_numbers``: then it too stands for its rounding
    ('a 9-mile stretch' for 8.5 to 9.5 miles, 'nine miles' too)."""
    if not claim.value or claim.base_value is None:
        return 0.0
    match = _WRITTEN_NUMBER.search(claim.text)
    if not match and not whole_numbers:
        return 0.0
    written = float(match.group().replace(",", "")) if match else abs(claim.value)
    if not written:
        return 0.0
    decimals = len(match.group(1) or "") if match else 0
    if not decimals and claim.unit != "percent" and not whole_numbers:
        return 0.0  # 479 and 480 drones differ; '99%' for 99.3% is the usual rounding
    return 0.5 * 10 ** -decimals * abs(claim.base_value / written)


def _bounds(claim) -> tuple[float, float]:
    """The interval the wording allows, widened to the written precision."""
    if claim.base_value is None:
        return claim.base_low, claim.base_high
    half = _half_step(claim)
    return min(claim.base_low, claim.base_value - half), max(claim.base_high, claim.base_value + half)


#: Two figures in different units agree within this share of their size: a conversion is
#: rounded ('the 286km line' / 'the 178-mile line': 178 miles is 286.5 km).
CONVERSION_ROUNDING = 0.01


def overlap(a, b) -> bool:
    """Do the intervals two claims allow share any value? Two figures in different units allow a
    conversion's rounding: a share of their size, or the last written digit of each, whole
    numbers too ('a 14 km stretch' / 'a 9-mile stretch': 9 miles is 14.5 km, 14 km is 8.7 miles).
    (Not temperatures, whose scales do not start at one zero.)"""
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    if a.unit != b.unit and a.base_value is not None and b.base_value is not None:
        whole = a.dimension != "temperature"
        a_slack, b_slack = (max(CONVERSION_ROUNDING * abs(c.base_value), _half_step(c, whole_numbers=whole))
                            for c in (a, b))
        a_low, a_high, b_low, b_high = a_low - a_slack, a_high + a_slack, b_low - b_slack, b_high + b_slack
    return a_low <= b_high and b_low <= a_high


#: Qualifiers that still give one figure: "some 57,100" is 57,100 rounded, not a bound.
_POINT_QUALIFIERS = {"", "about", "exactly", "average"}


def transposed(a, b) -> bool:
    """Two figures of one fact with the same digits in another order ("some 57,100" and
    "51,700", "about 18,340" and "13,840"): the typo behind most contradictions, which
    the tolerance of "about" would otherwise hide. Bounds ("more than 2,680") are left to
    their intervals."""
    return a.qualifier in _POINT_QUALIFIERS and b.qualifier in _POINT_QUALIFIERS and same_digits(a, b)


def _a_birthday_apart(a, b) -> bool:
    """Two articles' ages of one person a year apart: a birthday may fall between the stories,
    or one outlet counts from the birth year ('Thanou, 29' / 'Thanou, 30')."""
    return (a.kind == b.kind == "age" and a.article_id != b.article_id
            and a.value is not None and b.value is not None and abs(a.value - b.value) <= 1)


def agree(a, b) -> bool:
    """Can both figures be true of one fact?"""
    return (overlap(a, b) and not transposed(a, b)) or _a_birthday_apart(a, b)


def _own_article_agrees(audit, a, b) -> bool:
    """Does a's article also give b's figure for the same subject (or, for a venue's capacity, of any
    venue it names)? Then it knows both figures: it contradicts itself (the within-article rule
    reports that), gives the other as an old one ('126 homes, five more than this morning, when
    121 had been counted') or tells of two venues; either way the articles do not disagree."""
    if bool(a.subject) and any(c is not a and c.dimension == a.dimension and _definite(c) and agree(c, b)
                               and (a.subject != "distance" or c.agent == a.agent)  # (what is that far: 'the
                               # blade landed 180 metres from' is not 'the nearest house is 650 metres from')
                               for c in audit.claims_about(a.article_id, a.subject)):
        return True
    # a venue's capacity the other report gives too, of a venue it names ('The 1,150-seat theatre' / 'the 420-seat
    # Priory Playhouse ... the 1,150-seat Ashcombe Grand'): the reports speak of two venues, not one told twice
    return is_capacity(b) and any(c is not a and agree(c, b) for c in _capacities_of(audit, a.article_id))


#: Right before a figure: the change it ends, from an earlier figure ('the cordon was pushed out from
#: 800 metres to 1.2km').
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+\S[^.;]{0,40}?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)


def _capacities_of(audit, article_id: str) -> list:
    """The capacities an article gives ('the 1,150-seat Ashcombe Grand')."""
    return [c for c in audit.claims_of_article(article_id) if is_capacity(c)]


def _changed_from(audit, a, b) -> bool:
    """Does the later article tell its figure as a change from the earlier article's ('an 800-metre cordon'
    / 'the cordon was pushed out from 800 metres to 1.2km')? It updates it."""
    pair = ordered(audit, a, b)
    if pair is None:
        return False
    earlier, later = pair
    before = later.text_before(70)
    change = _FROM_TO_BEFORE.search(before)
    if change is None:
        return False
    opens = later.start - len(before) + change.start()
    return any(opens <= c.start < later.start and c.dimension == later.dimension and agree(c, earlier)
               for c in audit.claims_of_sentence(later))


def _definite(claim) -> bool:
    """A figure that says something: not hedged or negated, and not an open bound ('up to
    £35m' agrees with almost any price and tells nothing of what the article knows)."""
    low, high = _bounds(claim)
    return not claim.hedged and not claim.negated and high - low <= 0.5 * abs(high)


def _undercut(audit, a, b, claims) -> bool:
    """Is the lower of two same-day figures of a running total already a decrease on an
    earlier article's figure ('five arrested' on Sunday, then 'three' and 'five' in two
    Monday stories)? The running-total check reports it: one problem, one finding."""
    lower = a if a.base_high < b.base_low else b
    return any(c.article_id != lower.article_id and is_decrease(audit, c, lower)
               and ordered(audit, c, lower) == (c, lower) for c in claims)


def _describe(fact) -> str:
    return f"{fact.subject} ({fact.predicate})" if fact.predicate else fact.subject


@check("fact-conflict", params=PARAMS)
def fact_conflict(rule, audit):
    """Claims of one fact whose intervals do not overlap."""
    cross = rule.params["scope"] == "cross-article"
    running = set(rule.params.get("running_totals", []))
    for fact in audit.facts:
        claims = [c for c in audit.fact_claims(fact) if c.id not in audit.impossible]
        if cross:
            groups = [claims] if len({c.article_id for c in claims}) > 1 else []
        else:
            by_article: dict[str, list] = {}
            for c in claims:
                by_article.setdefault(c.article_id, []).append(c)
            groups = [g for g in by_article.values() if len(g) > 1]
        running_fact = cross and bool(groups) and is_running(fact, audit, running)
        for group in groups:
            involved: list = []
            for a, b in combinations(group, 2):
                if cross and a.article_id == b.article_id:
                    continue
                if not cross and a.sentence_start == b.sentence_start:
                    continue
                if agree(a, b) or _another_magnitude(a, b):
                    continue
                if cross and (_own_article_agrees(audit, a, b) or _own_article_agrees(audit, b, a)):
                    continue  # the article contradicts itself: one finding, from the within-article rule
                if cross and (is_new_level(audit, a, b) or _tally_grew(audit, a, b) or _changed_from(audit, a, b)):
                    continue  # 'have increased their reward to £150,000', 'has lost 31 homes since 1990', 'pushed
                    # out from 800 metres to 1.2km': updates
                if running_fact and (
                        is_update(audit, a, b) or is_decrease(audit, a, b) or counts_only_the_latest(audit, a, b)
                        or quotes_old_figure(audit, a, b) or _undercut(audit, a, b, claims)):
                    continue
                involved += [c for c in (a, b) if c not in involved]
            if involved:
                involved.sort(key=lambda c: (c.article_id, c.start))
                yield Hit(
                    claim_ids=[c.id for c in involved],
                    fields={
                        "fact": _describe(fact),
                        "subject": fact.subject,
                        "predicate": fact.predicate,
                        "values": "; ".join(cite(audit, c, within_article=not cross) for c in involved),
                    },
                    suggestion="Check the figures against the primary source and correct the one that is wrong.",
                )
