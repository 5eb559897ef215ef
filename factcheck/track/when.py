"""When a figure happened: the day its clause names, read against publication.

News copy dates events relative to the article: "on Thursday", "yesterday",
"overnight", "on Jan. 17". ``claim_day`` resolves those words to a calendar
day using the article's publication date (a weekday is the last such day on
or before publication). Without a resolvable date word, the figure is taken
to be about the days just before publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser

from factcheck.timewords import MONTH_NAMES, WEEKDAY_NAMES

WEEKDAYS = tuple(name.lower() for name in WEEKDAY_NAMES)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
#: The week before the article's: a day of it, not named ('last week', 'late last week').
_LAST_WEEK = re.compile(r"\blast\s+week\b", re.I)
_RELATIVE = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
             "yesterday": -1, "last night": -1, "tomorrow": 1}
_MONTH_DAY_RE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?",
    re.I,
)


@dataclass(frozen=True)
class Day:
    """A resolved day, or only a weekday when the article is undated."""

    date: date | None = None
    weekday: int | None = None   # 0 = Monday
    explicit: bool = False       # named in the claim's clause (not assumed from publication)
    period: str = ""             # a month or year the clause names: "2004-12", "2004"
    relative: bool = False       # the period is told from publication ("last year"): exactly that year
    reach: int = 0               # days before ``date`` a day not named may also be ("last week": its Sunday and six before)

    @property
    def known(self) -> bool:
        return self.date is not None or self.weekday is not None


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


#: How far past its publication date an article's yearless date may lie and still be in its year
#: (an event coming up: 'the memorial on Dec. 3' in a paper of 27 November); beyond, it is last
#: year's ('Dec. 30' in a January article).
_AHEAD_DAYS = 92


def _month_day(text: str, published: date | None) -> date | None:
    match = _MONTH_DAY_RE.search(text)
    if not match:
        return None
    default = datetime(published.year if published else 2000, 1, 1)
    try:
        day = dateparser.parse(match.group(0).replace(".", ""), default=default).date()
    except (ValueError, OverflowError):
        return None
    if published and day > published and not re.search(r"\d{4}", match.group(0)):
        last_year = _year_before(day)
        named = _WEEKDAY_RE.search(text)
        weekday = WEEKDAYS.index(named.group(1).lower()) if named else None
        if weekday == day.weekday():
            return day  # 'Monday, Nov. 23' in a paper of Saturday 21 November: the coming Monday
        if weekday == last_year.weekday():
            return last_year
        if (day - published).days > _AHEAD_DAYS:
            day = last_year  # "Dec. 30" in a January article
    return day


def _year_before(day: date) -> date:
    """The same day a year earlier (28 February for the 29th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day)



_MONTHS = tuple(name.lower() for name in MONTH_NAMES)
_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?", re.I)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


_QUARTER_RE = re.compile(r"\b(first|second|third|fourth|final|last)\s+quarter\b", re.I)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


#: A year told from publication: 'last year' in a 2026 article is 2025.
_RELATIVE_YEAR = re.compile(r"^(?:(last|this|next) year|(a|one|two|three) years? ago)$", re.I)
_YEARS_AGO = {"a": 1, "one": 1, "two": 2, "three": 3}


def _relative_year(date_words: list[str], pub: date | None) -> str:
    """The year that 'last year', 'this year' or 'two years ago' names, or ""."""
    for words in date_words:
        match = _RELATIVE_YEAR.match(words.strip()) if pub is not None else None
        if match:
            back = {"last": 1, "this": 0, "next": -1}.get((match.group(1) or "").lower(), None)
            return str(pub.year - (back if back is not None else _YEARS_AGO[match.group(2).lower()]))
    return ""


def _period(date_words: list[str], pub: date | None) -> str:
    """The quarter, month or year the clause's date words name
    ("in December" -> "2004-12", "the third quarter of 2004" -> "2004-Q3"); "" for none (a year told
    from publication, "last year", is ``_relative_year``'s)."""
    for words in date_words:
        year = _YEAR_RE.search(words)
        month = _MONTH_RE.search(words)
        quarter = _QUARTER_RE.search(words)
        if quarter and (year or quarter.group(1).lower() not in ("last", "final")):
            number = _QUARTERS[quarter.group(1).lower()]
            return f"{year.group(1) if year else '?'}-Q{number}"
        if month:
            number = next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(month.group(1).lower()[:3]))
            if year:
                return f"{year.group(1)}-{number:02d}"
            if pub is not None:
                y = pub.year if number <= pub.month else pub.year - 1
                return f"{y}-{number:02d}"
            return f"?-{number:02d}"
        if year:
            return year.group(1)
    return ""


def past_year(day: Day) -> bool:
    """Is the figure set in a year before its article's (by its clause: 'in 1987')?"""
    return bool(re.fullmatch(r"\d{4}", day.period)) and day.date is not None and int(day.period) < day.date.year


def periods_agree(a: str, b: str) -> bool:
    """'2004-12' and '2004' may agree; '2004-12' and '2004-11' do not."""
    if not a or not b:
        return True
    if a.startswith("?") or b.startswith("?"):  # a month or quarter of an unknown year
        return a.split("-")[-1] == b.split("-")[-1] if "-" in a and "-" in b else True
    return a.startswith(b) or b.startswith(a)


_THAT_YEAR = re.compile(r"\b(?:that|the same) year\b", re.I)


def resolve_that_year(date_words: list[str], sentence: str, at: int) -> list[str]:
    """'the storm that killed 18 people that year': 'that year' is the last year named before it."""
    if not any(_THAT_YEAR.search(words) for words in date_words):
        return date_words
    years = _YEAR_RE.findall(sentence[:at])
    return [*date_words, years[-1]] if years else date_words


#: Right before a date: a deadline, not the day of the figure ('will have assessed all 221 breeds
#: by Saturday evening').
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+$", re.I)
#: Before a date, in its clause: the date starts the span a total is counted over ('Since bird flu
#: was confirmed at the farm on Oct. 2, 2.6 million birds have been culled').
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;.\d]{0,60}$", re.I)
#: Right before a date: it dates the start of something the figure is counted in ('arrested 23
#: people in a crackdown launched on November 24'), not the figure itself.
_STARTED_BEFORE = re.compile(r"\b(?:launched|began|begun|started|opened|set up|introduced)\s+(?:on|in)\s+(?:the\s+)?$",
                             re.I)
_START_PREDICATES = {"launch", "begin", "start", "open", "set up", "introduce"}
#: Before a date: it ends a reporting period, it is not the day of the figure ("a profit of
#: £287m for the year to 28 March", "in the six months ended 30 June").
_PERIOD_END_BEFORE = re.compile(r"\b(?:year|years|months|quarter|weeks|period|half)\s+(?:to|ending|ended|until)\s+$",
                                re.I)


_PERIOD_END_IN = re.compile(r"\b(?:year|years|months|quarter|weeks|period|half)\s+(?:to|ending|ended|until)\s+\d", re.I)


#: Before a date: it dates the earlier value of a change ("now 2,000 an hour, up from 1,200 on Tuesday").
_EARLIER_VALUE_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+)?[\d,.]+\S*\s+(?:[a-z]+\s+){0,3}?"
                                   r"(?:on|in|at|last)?\s*$", re.I)


def without_period_ends(date_words: list[str], sentence: str, predicate: str = "",
                        figure_at: int | None = None) -> list[str]:
    """The date words that date the figure itself: not the end of a reporting period (the year to
    28 March is that year's figure, published any day after), nor the day of the earlier value
    of a change ('up from 1,200 on Tuesday'), nor a deadline ('by Saturday'), nor the start of a
    span ('since ... on Oct. 2'), nor the day something began that is not the figure's own deed
    ('arrested 23 people in a crackdown launched on November 24', told after the figure at
    ``figure_at``; not '40 raids were launched on Monday' nor 'The show opened on Saturday with
    19,400 dogs'), nor the day of a later deed told after the figure ('Six protesters arrested
    last week will appear in court on Nov. 4')."""
    kept = []
    for words in date_words:
        at = sentence.find(words)
        before = sentence[max(0, at - 40):at] if at >= 0 else ""
        if _PERIOD_END_IN.search(words) or _PERIOD_END_BEFORE.search(before[-30:]) \
                or _EARLIER_VALUE_BEFORE.search(before) or _DEADLINE_BEFORE.search(before[-12:]) \
                or (figure_at is not None and figure_at < at and predicate not in _START_PREDICATES
                    and _STARTED_BEFORE.search(before[-25:])) \
                or (_SINCE_CLAUSE.search(sentence[max(0, at - 70):at] if at >= 0 else "")
                    and not re.search(r"\b(?:1[5-9]|20)\d\d\b", words)) \
                or (figure_at is not None and 0 <= figure_at < at and _later_deed(sentence[figure_at:at], predicate)) \
                or (at >= 0 and _VINTAGE_YEAR.fullmatch(words) and _A_BEFORE.search(before[-6:])
                    and _MADE_THING_AFTER.match(sentence[at + len(words):at + len(words) + 30])):
            continue  # (and not the year a thing was made: 'when a 1934 Bentley left the road')
        kept.append(words)
    return kept


#: A year told alone, and before it an indefinite article: a thing's vintage ('a 1934 Bentley').
_VINTAGE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_A_BEFORE = re.compile(r"\ban?\s+$", re.I)
#: After such a year: a make in capitals, or a kind of made thing ('a 1934 Bentley', 'a 1962 tractor'); not a
#: named body's finding, which the year dates ('a 2015 Ofsted report').
_MADE_THING_AFTER = re.compile(r"^\s+(?:(?-i:[A-Z])[\w-]+\b(?!\s+(?:report|study|survey|review|census|inspection|audit|"
                               r"poll|paper|analysis|estimate|figures?|data|count|return|accounts?)\b)|"
                               r"(?:car|model|tractor|locomotive|engine|aircraft|plane|biplane|boat|yacht|bus|coach|"
                               r"motorcycle|motorbike|bicycle|lorry|truck|van|vintage)\b)", re.I)


#: Between a figure and a date after it: a verb of what the figure's people or things will do
#: ('Six protesters arrested last week will appear in court on Nov. 4').
_WILL_BEFORE = re.compile(r"\bwill\s+(?:be\s+)?([a-z]+)\b[^.;]{0,80}$", re.I)


def _later_deed(between: str, predicate: str) -> bool:
    """Is the date that of another, later deed than the figure's own ('arrested ... will appear in
    court on Nov. 4'), not of the figure's ('300 prisoners will be released on Monday')?"""
    will = _WILL_BEFORE.search(between)
    return bool(will and predicate and len(predicate) >= 4 and not will.group(1).lower().startswith(predicate[:4].lower()))


#: Between a date and a figure: another clause starts ('..., and that between 2012 and 2019 he owned').
_NEW_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\s+(?:that|then|later|since|between|in|on)\b", re.I)


def nearest_first(date_words: list[str], sentence: str, at: int) -> list[str]:
    """The sentence's date words, those of the figure's own clause first, then the one written
    nearest the figure: in 'Temperatures, which peaked at 34C on Monday, fell to 14C on Friday'
    the 14C is Friday's; in 'in 2015 he bought a home for €385,000, and that between 2012 and 2019
    he owned shares' the €385,000 is of 2015."""
    def rank(words: str) -> tuple[bool, int]:
        found = [m.start() for m in re.finditer(re.escape(words), sentence)]
        if not found:
            return True, len(sentence)
        p = min(found, key=lambda q: abs(q - at))
        apart = bool(_NEW_CLAUSE.search(sentence[min(p, at):max(p, at)]))
        return apart, abs(p - at)
    return sorted(date_words, key=rank)


#: Right before a weekday: it is a day the copy named before ('The wedding reception that Saturday', 'the
#: following Monday'), not the latest such day before publication.
_DAY_NAMED_BEFORE = re.compile(r"\b(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+$",
                               re.I)


def without_days_named_before(date_words: list[str], sentence: str) -> list[str]:
    """The date words, less a weekday alone that points back at a day the copy named before ('that Saturday')."""
    kept = []
    for word in date_words:
        if _WEEKDAY_RE.fullmatch(word.strip()) and any(
                _DAY_NAMED_BEFORE.search(sentence[:m.start()])
                for m in re.finditer(rf"\b{re.escape(word.strip())}\b", sentence, re.I)):
            continue
        kept.append(word)
    return kept


def claim_day(date_words: list[str], published: str | None) -> Day:
    """The day a claim is about, from its clause's date words and the publication date."""
    pub = parse_published(published)
    period = _period(date_words, pub)
    relative = "" if period else _relative_year(date_words, pub)  # 'last year' in a 2005 article: 2004
    day = _day(date_words, pub, period or relative)
    return replace(day, relative=True) if relative else day


def _day(date_words: list[str], pub: date | None, period: str) -> Day:
    for words in date_words:
        text = words.lower()
        day = _month_day(text, pub)
        if day is not None:
            return Day(day, day.weekday(), explicit=True, period=period)
        for phrase, offset in _RELATIVE.items():
            if phrase in text and pub is not None:
                d = pub + timedelta(days=offset)
                return Day(d, d.weekday(), explicit=True, period=period)
        if _LAST_WEEK.search(text) and pub is not None:
            sunday = pub - timedelta(days=pub.weekday() + 1)  # ('broken up last week when police raided five warehouses')
            return Day(sunday, sunday.weekday(), explicit=False, period=period, reach=6)
        match = _WEEKDAY_RE.search(text)
        if match:
            weekday = WEEKDAYS.index(match.group(1).lower())
            if pub is None:
                return Day(None, weekday, explicit=True, period=period)
            back = (pub.weekday() - weekday) % 7
            if back == 0 and re.search(r"\blast\s+" + match.group(1), text):
                back = 7  # 'last Friday's protest' in a Friday paper: a week before
            d = pub - timedelta(days=back)
            return Day(d, weekday, explicit=True, period=period)
    return Day(pub, pub.weekday() if pub else None, explicit=False, period=period)


def resolved_spans(spans: frozenset[str], published: str | None) -> frozenset[str]:
    """Spans with the start of each 'since' span as the day it names in an article published then
    ('since tuesday' and 'since november 24' in a paper of Saturday 28 November 2026 are both
    'since 2026-11-24'; a month alone is its month, 'since 2026-11'), so that two wordings of one
    start agree; durations ('24 hour') as they are."""
    pub = parse_published(published)
    if pub is None:
        return spans
    resolved = set()
    for span in spans:
        words = span[len("since "):] if span.startswith("since ") else ""
        if not words or _YEAR_RE.fullmatch(words):
            resolved.add(span)
            continue
        month = _MONTH_RE.fullmatch(words)
        if month:
            number = _month_number(month.group(1))
            year = pub.year if number <= pub.month else pub.year - 1
            resolved.add(f"since {year}-{number:02d}")
            continue
        day = _day([words], pub, "")
        resolved.add(f"since {day.date.isoformat()}" if day.explicit and day.date else span)
    return frozenset(resolved)


def spans_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sets of spans share one: the same duration, or starts that agree (a month holds its days)?"""
    return any(x == y or (x.startswith("since ") and y.startswith("since ") and (x.startswith(y) or y.startswith(x)))
               for x in a for y in b)


def _month_number(name: str) -> int:
    short = name.lower()[:3]
    return next(i + 1 for i, month in enumerate(_MONTHS) if month.startswith(short))


def _year_against_date(day: Day, other: Day) -> bool:
    """A year the clause names against the other claim's day: "in 2009, when 14 people were
    killed" is not this week's toll. A year either side is allowed (annual figures
    are published the next year), but not for a year told from publication ("11 people died
    in accidents on the mines last year" is not this week's toll)."""
    period = day.period
    if not period or period.startswith("?") or other.period or other.date is None:
        return True
    return abs(int(period[:4]) - other.date.year) <= (0 if day.relative else 1)


def days_agree(a: Day, b: Day, window: int, event: bool = False) -> bool:
    """Could two claims be about the same day's events?

    Two explicit days must be the same day; a claim with only its article's
    date may be about any of the ``window`` days before publication. For an
    ``event`` (a toll), a year named by one claim must also be near the
    other's day: "since 2009, when 14 people were killed" is another
    accident. (For levels a year is often a reference point: "turnout was
    64%, the lowest since 1998".)
    """
    if not periods_agree(a.period, b.period):
        return False
    if event and not (_year_against_date(a, b) and _year_against_date(b, a)):
        return False
    if not a.known or not b.known:
        return True
    if a.date is None or b.date is None:
        return a.weekday == b.weekday if (a.explicit or b.explicit) else True
    if a.explicit and b.explicit:
        return a.date == b.date
    if a.explicit or b.explicit:
        event, report = (a, b) if a.explicit else (b, a)
        return timedelta(0) <= report.date - event.date <= timedelta(days=window + report.reach)
    # (each may be about the ``window`` days before its date, and its reach more)
    return (a.date - b.date).days <= window + a.reach and (b.date - a.date).days <= window + b.reach
