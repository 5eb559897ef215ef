"""Check kind ``event-time``: one incident given two clock times that cannot both be right.

A story's incident happens once: "the building collapsed at about 7:15 p.m."
and "a four-storey block ... which came down shortly after 4pm" cannot both
be true of one collapse on one day. The check reads every clock time told
of an incident word of the rule (``events``: a class of incident and the
words reporters use for it, "collapsed", "came down", "gave way" for a
collapse) within ``reach`` characters before it in its sentence, with no
other clock time in between, and pairs two times of one class:

* with ``scope: article``, in one article;
* with ``scope: story``, in two articles that tell one story
  (``Places.same_story``: they share at least two rare names), published
  at most ``days`` days apart.

A time is read with the words right before it: "about" or "around" is a
quarter of an hour either side, "shortly after" the half hour after it,
"shortly before" the half hour before it, a bare time five minutes either
side; readings are compared on the clock (11.40pm and "shortly after
midnight" overlap). Two times whose readings do not overlap are reported,
unless their sentences name two different weekdays (two days, two
incidents). A time in brackets or followed by a zone ("(1345 GMT)") converts
another and is left out; so are times after "by", "until", "since", "from",
"after" or "between" (a deadline or a span). A clause of its own between the
incident word and the time ("After the building collapsed, firefighters
arrived at 4:30 p.m.") makes the time that clause's, not the incident's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck.model import Claim
from factcheck.rules.checks.sentences import sentences_by_article
from factcheck.rules.registry import Hit, check
from factcheck.timewords import WEEKDAY_NAMES
from factcheck.track.when import parse_published

PARAMS = {
    "type": "object",
    "required": ["events", "scope"],
    "additionalProperties": False,
    "properties": {
        # incident class -> the words (regular expressions) reporters tell it with
        "events": {"type": "object", "additionalProperties": {"type": "array", "minItems": 1,
                                                              "items": {"type": "string"}}},
        "scope": {"enum": ["article", "story"]},
        "reach": {"type": "integer", "minimum": 10},
        "days": {"type": "integer", "minimum": 0},
    },
}

#: Right before a time: how loosely it is told, and the reading it gets in hours (before, after).
_ABOUT = re.compile(r"\b(?:about|around|approximately|roughly|some|circa)\s+$", re.I)
_SHORTLY_AFTER = re.compile(r"\b(?:shortly|soon|just|moments|minutes)\s+after\s+$", re.I)
_SHORTLY_BEFORE = re.compile(r"\b(?:shortly|just|moments|minutes)\s+before\s+$", re.I)
#: Right before a time: it is not when the incident happened ('by 9pm', 'until 6am', 'since 4pm', 'after 10pm').
_NOT_WHEN = re.compile(r"\b(?:by|until|till|since|from|after|before|between|and|to)\s+$", re.I)
#: Right after a time: a zone it is converted to, or a bracket it stands in ('7:15 p.m. (1345 GMT)').
_ZONE_AFTER = re.compile(r"^\s*\)|^\s*(?:GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|EST|EDT|PST|PDT|ET|PT)\b")
_IN_BRACKETS_BEFORE = re.compile(r"\(\s*$")
_WEEKDAYS = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r")\b", re.I)
#: Between an incident word and a time: a clause of its own, whose time the time is ('After the
#: building collapsed, firefighters arrived at 4:30 p.m.', 'collapsed on Monday and was cleared by 6pm').
_OTHER_CLAUSE = re.compile(r"\b(?:said|says|told|arrived|reached|began|started|called|alerted|rescued|evacuated|"
                           r"sealed|closed|opened|reopened|returned|found|pulled|recovered|declared|confirmed|"
                           r"was|were|is|are|had|has|have|when|while|then|later)\b", re.I)

#: Minutes either side of a time told with "about"; of a bare time.
ABOUT_HOURS = 0.25
EXACT_HOURS = 5 / 60
#: How long "shortly after" or "shortly before" a time may be.
SHORTLY_HOURS = 0.5


@dataclass
class TimeOfIncident:
    claim: Claim
    incident: str        # the class of incident ('collapse')
    low: float           # hours since midnight
    high: float
    weekday: str         # the weekday its sentence names, '' when none
    published: date | None  # the article's publication date


def _reading(claim: Claim, before: str) -> tuple[float, float] | None:
    hour = float(claim.low)
    if _SHORTLY_AFTER.search(before):
        return hour, hour + SHORTLY_HOURS
    if _SHORTLY_BEFORE.search(before):
        return hour - SHORTLY_HOURS, hour
    if _ABOUT.search(before):
        return hour - ABOUT_HOURS, hour + ABOUT_HOURS
    if _NOT_WHEN.search(before):
        return None
    return hour - EXACT_HOURS, hour + EXACT_HOURS


def _incidents(rule) -> list[tuple[str, re.Pattern]]:
    return [(name, re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I))
            for name, words in rule.params["events"].items()]


def _times_of_incidents(rule, audit) -> list[TimeOfIncident]:
    reach = rule.params.get("reach", 100)
    incidents = _incidents(rule)
    found = []
    for article_id, article_sentences in sentences_by_article(audit).items():
        article = audit.articles.get(article_id)
        published = parse_published(article.published) if article is not None else None
        for sentence in article_sentences:
            times = [c for c in sentence.claims if c.kind == "time" and c.low is not None and c.low == c.high]
            for i, claim in enumerate(times):
                before = sentence.before(claim, reach)
                if i and times[i - 1].end > claim.start - reach:
                    before = sentence.text[times[i - 1].end - sentence.start:claim.start - sentence.start]
                if _IN_BRACKETS_BEFORE.search(before) or _ZONE_AFTER.match(sentence.after(claim, 8)):
                    continue
                reading = _reading(claim, before[-40:])
                if reading is None:
                    continue
                named = [(m.end(), name) for name, pattern in incidents for m in pattern.finditer(before)]
                if not named:
                    continue
                end, incident = max(named)  # the incident word nearest the time
                if _OTHER_CLAUSE.search(before[end:]):
                    continue
                weekdays = {w.lower() for w in _WEEKDAYS.findall(sentence.text)}
                found.append(TimeOfIncident(claim, incident, *reading,
                                            next(iter(weekdays)) if len(weekdays) == 1 else "", published))
    return found


def _apart(a: TimeOfIncident, b: TimeOfIncident) -> bool:
    """Do the two readings not overlap on the clock (11.40pm and 'shortly after midnight' do)? Times
    closer than a second are one time, whatever the rounding of hours that wrap past midnight."""
    return all(a.high + _SECOND < b.low + shift or b.high + shift + _SECOND < a.low for shift in (-24, 0, 24))


_SECOND = 1 / 3600  # hours


def _days_apart(a: TimeOfIncident, b: TimeOfIncident) -> int:
    if a.published is None or b.published is None:
        return 0
    return abs((a.published - b.published).days)


@check("event-time", params=PARAMS)
def event_time(rule, audit):
    """Two clock times for one incident that cannot both be right."""
    across = rule.params["scope"] == "story"
    days = rule.params.get("days", 3)
    times = _times_of_incidents(rule, audit)
    reported: set[tuple[str, str]] = set()
    for i, a in enumerate(times):
        for b in times[i + 1:]:
            if a.incident != b.incident or not _apart(a, b):
                continue
            same_article = a.claim.article_id == b.claim.article_id
            if across and (same_article or _days_apart(a, b) > days or not audit.places.same_story(a.claim, b.claim)):
                continue
            if not across and not same_article:
                continue
            if a.weekday and b.weekday and a.weekday != b.weekday:
                continue  # two days: two incidents
            first, second = sorted((a, b), key=lambda t: (t.claim.article_id, t.claim.start))
            key = (first.claim.id, second.claim.id)
            if key in reported:
                continue
            reported.add(key)
            yield Hit(
                claim_ids=[first.claim.id, second.claim.id],
                fields={"incident": a.incident, "first": first.claim.text, "second": second.claim.text,
                        "sources": f"{audit.article_of(first.claim).source or first.claim.article_id}, "
                                   f"{audit.article_of(second.claim).source or second.claim.article_id}"},
                suggestion="Check which time the authorities or the first reports give.",
            )
