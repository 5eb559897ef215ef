"""Check kind ``future-event``: something said to have happened after the article was published.

"Was killed on 14 March 2025" in an article published on 10 March 2025
cannot be right: the date, the tense or the publication date is wrong. The
check takes the dates with an explicit year (and bare years) that lie after
the publication date, compared at the precision written (a day, a month or
a year), and asks the dependency parse (``time_tense``) whether the date
hangs from "in"/"on"/"during" attached to a verb told in the past: "was dug
up by a detectorist near Kell in 2031", "In June 2026 the crew walked out",
"The brooch, found by a walker in 2029, ...". Word patterns alone read
"experts were excited about formats coming to the fore in 2031" as past.

Anything about the future is left alone: future or modal verbs ("will",
"is due", "could"), a bound before the date ("by 2031", "until 2031"),
"when" looking ahead, a sentence about a forecast, plan, budget or target,
words such as "it is hoped" between a fronted date and its verb, ranges
("the 2031-32 budget"). A day and month without a year ("on 17 July") is
read as ahead of publication only when it falls in the 31 days after it:
copy of 5 January that says "on 20 December" or "on 14 March" means last year.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateparser

from factcheck.extract.nonclaims import WEEKDAYS
from factcheck.rules.checks.sentences import sentences
from factcheck.rules.checks.time_tense import dated_event_is_past
from factcheck.rules.registry import WORD_LIST, Hit, check
from factcheck.track.when import parse_published

PARAMS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"not_past": WORD_LIST},
}

#: Past forms that are not also present forms ("hit", "put", "cut" need "was"/"were").
_IRREGULAR_PAST = (r"died|took place|began|met|held|fell|won|lost|left|struck|stole|broke|came|went|"
                   r"made|saw|sold|bought|paid|rose|grew|ran|told|said|gave|became|built|fought|found|"
                   r"caught|drove|flew|sank|spoke|stood|swept|threw|wrote|got|took office|led|arose|"
                   r"was born|were born")
_AMBIGUOUS_PAST = r"hit|put|cut|set|shot|quit|shut|beat|burst|spread|cast|hurt|struck"
#: Irregular past participles, after "was/were/had been": "was dug up by a detectorist in 2031".
_PARTICIPLES = (r"dug|stolen|taken|given|seen|known|born|hidden|sent|spent|kept|brought|thought|written|"
                r"driven|flown|begun|broken|chosen|frozen|hung|laid|lit|sunk|sworn|torn|thrown|worn|"
                r"shown|sung|swum|drawn|grown|blown|thrown|ridden|risen|fallen|forgotten|beaten|bitten|"
                r"eaten|shaken|woken|won|lost|sold|bought|built|found|held|made|paid|told|caught|left|led")
#: Words ending in "-ed" that are not verbs in the past.
_NOT_VERBS = {"hundred", "kindred", "naked", "sacred", "wicked", "mixed", "united", "limited", "rugged",
              "beloved", "aged", "red", "bed", "shed", "wed", "sled", "need", "speed", "feed", "seed",
              "breed", "bleed", "indeed", "proceed", "exceed", "succeed", "embed", "bred", "shred",
              "scheduled", "planned", "expected", "slated", "billed", "timed", "booked", "earmarked",
              "proposed", "intended", "postponed", "delayed", "rescheduled", "moved", "pushed", "penciled",
              "pencilled", "forecasted", "projected", "estimated", "predicted", "tipped", "poised", "unexpected",
              "talented", "skilled", "qualified", "interested", "concerned", "related", "based", "listed",
              "advanced", "experienced", "detailed", "dedicated", "sophisticated", "complicated", "varied"}
#: Up to seven words between the verb and its date's preposition ("sentenced Brenner to six years in
#: prison on"), none of which starts another clause ("arrested him and he faces trial on").
_BETWEEN = r"(?:(?!(?:and|or|but|who|which|that|then|after|before|as|while|because|where|whose)\s)[A-Za-z'-]+\s+){0,7}?"
_PREPOSITION = r"\s+" + _BETWEEN + r"(?:on|in|during|last)\s+(?:the\s+)?(?:[a-z]+\s+)?$"
_AUX_PAST = re.compile(r"\b(?:was|were|had been|has been|have been|had|has|have)\s+(?:[a-z]+ly\s+)?"
                       r"(?:[a-z]{2,}ed|" + _IRREGULAR_PAST + "|" + _AMBIGUOUS_PAST + "|" + _PARTICIPLES
                       + r"|been)\b" + _PREPOSITION)
_PLAIN_PAST = re.compile(r"\b([a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b" + _PREPOSITION)


#: A clause that opens with a bare participle: "The hoard, dug up in 2031, ...", "..., found in June 2031".
_PARTICIPLE_CLAUSE = re.compile(r"^\s*(?:first\s+|later\s+|finally\s+)?(?:[a-z]{3,}ed|" + _PARTICIPLES + r")\b"
                                + _PREPOSITION)


def is_past_clause(clause: str) -> bool:
    """Does the clause before a date read as past by its words alone ("was killed on", "died in")?

    A quick reading without a parse; the check itself goes by the parse.
    """
    if _AUX_PAST.search(clause):
        return True
    opening = _PARTICIPLE_CLAUSE.match(clause)
    if opening and clause.split()[0].lower() not in _NOT_VERBS:
        return True
    match = _PLAIN_PAST.search(clause)
    return bool(match) and match.group(1).lower() not in _NOT_VERBS


_NOT_PAST = re.compile(r"\b(?:will|would|shall|is|are|be|to be|is due|are due|due|expected|expects|scheduled|"
                       r"planned|plans|set to|could|may|might|should|must|deadline|next|"
                       r"postponed|delayed|rescheduled|moved|pushed back|brought forward|slated|proposed|"
                       r"intended|aims?|hoped|hopes|forecast|predicted|projected|estimated|booked|announced|"
                       r"earmarked|penciled|pencilled|timed|billed|if|unless|once)\b", re.I)
#: A bound just before the date: "by 2031", "until the end of 2031", "from 2031", "before June 2031"
#: (anywhere else in the clause, "dug up by a detectorist in 2031", they say nothing of the date).
_BOUND_BEFORE_DATE = re.compile(r"\b(?:by|until|till|before|from|after)\s+(?:the\s+)?(?:(?:end|start|middle|spring|"
                                r"summer|autumn|winter)\s+of\s+)?(?:[a-z]+\s+)?$", re.I)
#: "when" looks ahead ("when the bridge opens", "when work has finished") unless a simple past follows it
#: ("when voters went to the polls on").
_WHEN_AHEAD = re.compile(r"\bwhen\b(?!(?:\s+(?!(?:has|have|had|is|are|be|been|will|would|shall)\b)[\w'\u2019-]+){1,6}?\s+"
                         r"(?:[a-z]{3,}ed|" + _IRREGULAR_PAST + r")\b)", re.I)  # ('When the research ship RV Muirgheal docked')
_DAY_MONTH_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}")
_MONTH_YEAR = re.compile(r"^[A-Za-z]+\.?,?\s+\d{4}$")


#: Words that make a whole sentence a projection: "inflation peaked in 2027 in its central forecast".
_PROJECTION = re.compile(r"\b(?:forecasts?|projections?|scenarios?|modell?(?:ing|ed)|predictions?|outlook|"
                         r"budgets?|targets?|plans?|simulations?|hypothetical(?:ly)?)\b", re.I)
#: A plan, budget or target acted on in the past is no projection: "the council approved the plan
#: at a meeting on 28 July".
_DECIDED_ON = re.compile(r"\b(?:approved|passed|adopted|rejected|backed|signed off|voted through|unveiled|"
                         r"published|scrapped|dropped|met|missed)\s+(?:the|its|their|his|her|a|an)\s+"
                         r"(?:[\w$£€.,'-]+\s+){0,4}?(?:plans?|budgets?|targets?)\b|"
                         r"\b(?:plans?|budgets?|targets?)(?:\s+[a-z]+){0,2}\s+(?:was|were|had been|has been)\s+"
                         r"(?:approved|passed|adopted|rejected|backed|signed off|voted through|unveiled|published|"
                         r"scrapped|dropped)\b", re.I)  # ('the $1.2 million emergency plan'; 'The budget package was backed')
#: A projection that frames the whole sentence from after its verb: 'peaked on 3 March 2027 in its central
#: forecast', 'under the plan'.
_PROJECTION_FRAME = re.compile(r"\b(?:in|under|according to)\s+(?:the|its|their|his|her|a|an|this|that)?\s*"
                               r"(?:[\w'-]+\s+){0,3}?" + _PROJECTION.pattern, re.I)


def _projected(sentence: str, at: int, verb_at: int, precision: str) -> bool:
    """Is the sentence a forecast, plan or budget rather than a report? A year or month may be the
    period a plan covers wherever the word stands ('the 2027 budget was approved'); a day told with a
    past verb is an event's unless the projection word is its subject's, frames it ('In the plan,
    ...', '... in its central forecast') or names what the day is of ('hinted at a Budget giveaway
    on 16 March'), not the object of another deed ('On December 10, the Central Bank appointed a
    manager to oversee the recovery plan')."""
    text = _DECIDED_ON.sub(lambda m: " " * len(m.group()), sentence)
    if precision != "day":
        return bool(_PROJECTION.search(text))
    just_before = " ".join(text[:at].split()[-5:])
    return bool(_PROJECTION.search(text[:min(at, verb_at)]) or _PROJECTION.search(just_before)
                or _PROJECTION_FRAME.search(text[verb_at:]))


def _clause_before(sentence, claim) -> str:
    """The clause the date is in, up to it; with the phrase before when the clause only places it
    ('canceled its next two shows, in Lakeport on Sept. 16': the shows are ahead)."""
    pieces = re.split(r"[,;:()\u2013\u2014]|\bbut\b", sentence.before(claim, 120))
    if len(pieces) > 1 and _PLACING.match(pieces[-1]):
        return pieces[-2] + "," + pieces[-1]
    return pieces[-1]


#: A clause that only says where and when: 'in Lakeport on ', 'at the Arena on '.
_PLACING = re.compile(r"^\s*(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+and\s+[A-Z][\w'-]*)?\s+(?:on|in)\s+", re.S)


_WEEKDAY_BEFORE = re.compile(r"\b" + WEEKDAYS + r",?\s+$")
#: A day and month with no year: "17 July", "Sunday 19 July", "July 17".
_DAY_MONTH = re.compile(r"(?:[A-Za-z]+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)")
#: How far after publication a date with no year is still read as ahead of it: news copy that
#: gives "on 20 December" in January means last December (the nearest reading), and a past event
#: "on 14 March" in copy of 5 January means last March, not a date more than a month ahead.
_NO_YEAR_AHEAD_DAYS = 31


def _day_ahead(text: str, published: date) -> date | None:
    """The reading of a day and month without a year that falls in the month after publication,
    or None ('17 July' in copy of 7 July 2026 is 17 July 2026; '20 December' in copy of 5
    January 2026 is last December, and '14 March' in copy of 5 January is last March: both None)."""
    try:
        day = dateparser.parse(text.replace(".", ""), default=datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    for year in (published.year, published.year + 1):
        try:
            reading = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if 0 < (reading - published).days <= _NO_YEAR_AHEAD_DAYS:
            return reading
    return None


#: In a sentence: its day and month with no year are of an earlier year.
_LAST_YEAR = re.compile(r"\b(?:last|previous)\s+year\b|\ba\s+year\s+(?:ago|earlier|before)\b", re.I)


def written_date(claim, published: date | None = None) -> tuple[date, str] | None:
    """(first day the mention allows, precision) for a dated mention with an explicit year, or,
    given the publication date, a day and month without a year that falls in the month after it."""
    text = claim.text.strip()
    if claim.kind == "year":
        return (date(int(claim.value), 1, 1), "year") if claim.low == claim.high and claim.value else None
    if not re.search(r"\b\d{4}\b", text):
        if published is None or not _DAY_MONTH.fullmatch(text) or _LAST_YEAR.search(claim.text_before(len(claim.sentence))):
            return None  # ('Last year the patrol recorded its busiest night on 19 March': last year's)
        day = _day_ahead(text, published)
        return (day, "day") if day is not None else None
    try:
        day = dateparser.parse(text.replace(".", ""), default=datetime(2000, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    if _DAY_MONTH_YEAR.fullmatch(text):
        return day, "day"
    if _MONTH_YEAR.match(text):
        return day.replace(day=1), "month"
    return None


def _after(day: date, precision: str, published: date) -> bool:
    if precision == "day":
        return day > published
    if precision == "month":
        return (day.year, day.month) > (published.year, published.month)
    return day.year > published.year


@check("future-event", params=PARAMS)
def future_event(rule, audit):
    """A past-tense event dated after the article's publication."""
    for sentence in sentences(audit):
        published = parse_published(audit.articles[sentence.article_id].published)
        if published is None:
            continue
        for claim in sentence.claims:
            if claim.kind not in ("date", "year"):
                continue
            written = written_date(claim, published)
            if written is None or not _after(*written, published):
                continue
            clause = _clause_before(sentence, claim)
            if _NOT_PAST.search(clause) or _BOUND_BEFORE_DATE.search(clause) or _WHEN_AHEAD.search(clause):
                continue
            at = claim.start - sentence.start
            end = at + len(claim.text)
            weekday = _WEEKDAY_BEFORE.search(sentence.text[:at])
            if weekday:  # 'on Sunday 19 July': the parse hangs the date on the weekday
                at = weekday.start()
            verb_at = dated_event_is_past(sentence.text, at, end)
            if verb_at is None:
                continue  # the parse has the last word: the date must hang from a verb in the past
            if verb_at > at and _NOT_PAST.search(sentence.text[end:verb_at]):
                continue  # "In 2027, it is hoped, the site reopened"
            if _projected(sentence.text, claim.start - sentence.start, verb_at, written[1]):
                continue
            yield Hit(
                claim_ids=[claim.id],
                fields={"date": claim.text, "when": ("on " if written[1] == "day" else "in ") + claim.text,
                        "published": published.isoformat()},
                suggestion="Check the date, the tense and the article's publication date.",
            )
