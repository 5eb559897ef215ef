"""Check kind ``change-mismatch``: a stated change that does not match its endpoints.

"Rose from 2% to 5%, an increase of 2 percentage points", "from 200 to
300, a 25% rise". The sentence gives both endpoints ("from A to B") and the
change; the change must agree with them, within the rounding each figure's
wording allows (the extractor gives every figure an interval: "£1.3m" is
1.25m-1.35m, "about 50%" is 45%-55%).

An endpoint "about" a figure of two significant digits or more is read to
its last digit ("about 1,900" is 1,850-1,950), and a change told to three
significant digits or more ("an increase of 1,160") is a figure worked out:
it gets no slack beyond its own last digit.

The change may be stated as percentage points (endpoints in %), as a
percentage (relative change) or in the endpoints' own unit (absolute
change). When both endpoints are percentages and the change is a bare
"%", either reading (points or relative) is accepted - copy uses both.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from factcheck.rules.checks.precision import as_told, last_digit
from factcheck.rules.checks.sentences import comparable, sentences
from factcheck.rules.registry import Hit, check
from factcheck.rules.text import describe_quantity, money_like, number

PARAMS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"tolerance": {"type": "number", "minimum": 0, "maximum": 0.5}},
}

_CHANGE_WORDS = (r"increase|rise|jump|gain|growth|surge|climb|hike|fall|drop|decrease|decline|cut|reduction|"
                 r"slump|slide|dip|plunge|loss|change|difference|saving|widening|narrowing|deepening|lengthening|"
                 r"shortening|overrun|overspend|shortfall|raise|swing|deterioration|improvement|worsening|uplift")
# (a swing: the change in a two-party share; a deterioration: a loss that widened)
#: Between "from A" and "to B": at most a short time for A ("in 2015", "this year", "in the first year").
_FROM_TO = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:(?:across|wide|deep|long|high|tall)\s+)?"  # '40 feet (12 meters) across'
                      r"(?:(?!(?:and|or|but|to)\b)[\w'\u2019-]+\s+){0,2}?"  # what is counted: 'from 62 boats in 2000 to 44'
                      r"(?:(?:a|an|per|each)\s+(?:day|week|month|year|hour)\s+)?"  # 'from six blasts a week in 2023 to 12'
                      r"(?:(?:a|one|two|three|four|five|six|[0-9]+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier)\s+)?"  # 'from 1,200 a week ago to 900 now'
                      # a time of up to seven words ('at the height of the storm on Wednesday'), maybe with
                      # what happened then ('in 2024, when the event was held in a hall in Bengaluru,')
                      # (or what it was of: 'from 31 per cent for the jackpot episode to 24 per cent')
                      r"(?:(?:in|this|last|next|on|at|by|before|after|for|during)\s+[\w'\u2019-]+\.?"  # ('on Jan. 4')
                      r"(?:\s+(?!(?:and|or|but)\b)[\w'\u2019-]+\.?){0,6}"
                      r"(?:,\s*(?:when|where)\s+[^,;.]{1,90},)?\s+|"
                      r"a year (?:earlier|ago)\s+)?to\s+(?:just\s+|only\s+|a mere\s+|"
                      r"(?:a|an)\s+(?:forecast|projected|expected|estimated|record|planned|budgeted)\s+)?$", re.I)
# ('from £1.5m in 2026-27 to a forecast £2.9m': the end figure told as a forecast)
_CHANGE_VERBS = (r"rose|risen|rise|rises|rising|increased?|increasing|grew|grown|grow|jumped|climbed|"
                 r"fell|fallen|falls?|falling|dropped|decreased?|declined?|slumped|soared|surged|"
                 r"shrank|shrunk|shrinks?|shrinking|contracted|expanded|swelled|swollen|dipped|slid|plunged|tumbled|"
                 r"spread|spreads|spreading|"  # ('the fire had spread by 8 hectares, from 12 hectares to 24')
                 r"went up|gone up|went down|gone down|up|down|"
                 # active verbs with an object: "raised their pay offer from 3% to 5%"
                 r"raised?|raises|raising|cut|cuts|cutting|lowered|lowers|lowering|lifted|lifts|lifting|"
                 r"boosted|boosts|boosting|trimmed|trims|trimming|reduced|reduces|reducing|increases|"
                 r"slashed|slashes|hiked|hikes|upped|ups|revised|revises|pushed up|pushed down|enhanced|enhances|enhancing|"
                 r"brought down|put up|warmed|cooled|widened|narrowed|lengthened|shortened|deepened|thinned|"
                 r"thickened|go|goes|went|gone|going|take|takes|took|taken|taking|lift|boost|reduce|slash|lower|trim|"
                 r"move|moves|moved|improved|improves|improving|bettered|bettering|worsened|" + _CHANGE_WORDS)
#: After "from", the start may be named ('from the original estimate of $900 million', 'from a low of 12').
_START_NAMED = (r"(?:(?:a|an|the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:of|at)\s+|"
                r"the\s+(?:(?:current|previous|original|old|existing)\s+)?)?")
_CHANGE_VERB = re.compile(r"\b(?:" + _CHANGE_VERBS + r")\b(?:[^.;]|(?<=\d)\.(?=\d)){0,80}\bfrom\s+" + _START_NAMED + r"$",
                          re.I)  # (a decimal point is no full stop: 'fell by 0.09 seconds, from 9.71')
#: Right after a figure: it is a change ('40% up', 'a 25% rise', 'a $3-an-hour raise').
_CHANGE_AFTER = re.compile(r"^(?:-an?-[a-z]+)?\s*(?:" + _CHANGE_WORDS + r"|up|down|more|less|higher|lower)\b", re.I)
_CHANGE_BEFORE = re.compile(r"(?:\b(?:" + _CHANGE_WORDS + r"|rose|risen|grew|grown|jumped|climbed|fell|fallen|dropped|"
                            r"rises|grows|jumps|climbs|falls|drops|increases|decreases|declines|"  # (not 'with Lena Cole rising nine places')
                            r"slipped|soared|surged|increased|decreased|declined|slumped|plunged|shrank|shrunk|dipped|"
                            r"tumbled|up|down|by|extra|additional|further)\s+(?:of\s+)?|"
                            # a verb, its object, then the change: 'cut the rink's maintenance budget 25 percent'
                            r"\b(?:cut|cuts|raised|raises|lifted|boosted|reduced|slashed|trimmed|increased|lowered)\s+"
                            r"(?:the|its|their|his|her|our)\s+(?:[\w'\u2019-]+\s+){1,3})$", re.I)
#: "rose 25% to €310m in the year to March, from €280m a year earlier": the end
#: figure first, then (after a short phrase, no other figure) "from" the start.
_THEN_FROM = re.compile(r"^[^.;]{0,45}?\bfrom\s+" + _START_NAMED + r"$|"
                        # (farther when set off as 'up from' / 'down from': 'weighed in at 16st 2lb on Friday for
                        # tomorrow night's defence of his title, down from 238lb')
                        r"^[^.;]{0,130}?,\s*(?:up|down)\s+from\s+" + _START_NAMED + r"$", re.I)
_CHANGE_TO = re.compile(r"\b(?:" + _CHANGE_VERBS + r")\b[^.;]{0,60}\bto\s+$|\b(?:up|down)\s+[^\s;]+\s+at\s+$", re.I)
# ('shares closed up $5.10 at $46.20, from $38.50': where they closed)


def _span(values) -> tuple[float, float]:
    values = list(values)
    return min(values), max(values)


def absolute_change(a, b, own_scale: bool = False) -> tuple[float, float]:
    """The interval of |B - A| the endpoints' intervals allow, in base units or, with ``own_scale``,
    in the endpoints' own unit (a step of bare degrees)."""
    if own_scale:
        return _span(abs(y - x) for x in (a.low, a.high) for y in (b.low, b.high))
    return _span(abs(y - x) for x in (a.base_low, a.base_high) for y in (b.base_low, b.base_high))


def relative_change(a, b) -> tuple[float, float] | None:
    """The interval of |B - A| / A in per cent, or None when A may be zero."""
    if a.base_low <= 0:
        return None
    return _span(abs(y - x) / x * 100 for x in (a.base_low, a.base_high) for y in (b.base_low, b.base_high))


def _degrees(a, b, change) -> bool:
    """A step of temperature in bare degrees ('from 18.5 C to 20.5 C, a rise of 3 degrees'): the
    extractor gives it no base value (a degree may be Celsius or Fahrenheit), so it is read in the
    endpoints' own scale."""
    return change.dimension == "temperature" and change.base_low is None and a.unit == b.unit


#: A change told as a fraction of the start: "risen by a third", "fell by a quarter".
_FRACTION = re.compile(r"^(?:(?:a|one)[\s-]+(?:half|third|quarter|fifth|tenth)|two[\s-]+thirds|three[\s-]+quarters)$",
                       re.I)  # (not 'two quarters', a time)
#: How loosely copy uses a fraction: "a third" for 30-37%, "a quarter" for 22-28%.
_FRACTION_SLACK = 0.12


def _is_fraction(claim) -> bool:
    return claim.kind == "ratio" and claim.value is not None and bool(_FRACTION.match(claim.text))


def _agrees(change, span: tuple[float, float] | None, tolerance: float) -> bool:
    if span is None:
        return True
    low, high = span
    if _is_fraction(change):  # 'by a third': a share of the start, in per cent, as loosely as copy uses it
        change_low, change_high = change.value * 100 * (1 - _FRACTION_SLACK), change.value * 100 * (1 + _FRACTION_SLACK)
    elif change.base_low is None:
        change_low, change_high = change.low, change.high
    else:
        change_low, change_high = change.base_low, change.base_high
    # a span that crosses zero (B within A's rounding) allows any small change
    return change_low <= high * (1 + tolerance) and change_high >= low * (1 - tolerance)


#: Between a change and its endpoints: a new clause about something else.
#: Figures that say when, which may stand between a change's figures ('from 62 boats in 2000 to 44').
_WHEN_KINDS = {"year", "date", "time", "decade"}
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but|and)\b", re.I)
#: Two times joined by "and", which do not break the clause: 'between Monday and Thursday'.
_BETWEEN_PAIR = re.compile(r"\bbetween\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+and\b", re.I)


def _breaks_clause(gap: str) -> bool:
    """Does a new clause start in ``gap`` ('..., while diesel rose'), other than in 'between A and B'?"""
    return bool(_CLAUSE_BREAK.search(_BETWEEN_PAIR.sub(" ", gap)))


def _endpoints(sentence):
    """(A, B) for every "from A to B" (or "to B ..., from A") of comparable figures after a change word."""
    claims = [c for c in sentence.claims if c.is_claim and not c.negated and not c.is_conversion()
              and c.kind not in _WHEN_KINDS]  # ('from 62 boats in 2000 to 44 today')
    spans = [c for c in claims if c.dimension == "time"]
    # a span of time between two figures of another kind is when, not an endpoint ('Attendance reached
    # 52,500 over the four days, up from 38,000 last year')
    for k, (first, second) in enumerate(zip(claims, claims[1:])):
        if first in spans and second not in spans and k and claims[k - 1].dimension != "time":
            first = claims[k - 1]
        if not comparable(first, second):
            continue
        if _FROM_TO.match(sentence.between(first, second)) and _CHANGE_VERB.search(sentence.before(first, 100)):
            yield first, second
        elif (_THEN_FROM.match(sentence.between(first, second)) and not _breaks_clause(sentence.between(first, second))
              and (_CHANGE_TO.search(sentence.before(first, 60)) or _CHANGE_VERB.search(sentence.between(first, second)))):
            i = claims.index(first)
            part = claims[i - 1] if i else None
            if part is not None and _WHOLE_OF_PART.match(sentence.between(part, first)) and comparable(part, second):
                yield second, part  # 'About 3,400 of its 212,000 objects will be on display, up from 2,100'
            else:
                yield second, first  # "rose 25% to €310m ..., from €280m"; "The field of 21,500 was up from 16,000"


#: Between a part and the whole it is of: '3,400 of its 212,000 objects' (the whole is no endpoint).
_WHOLE_OF_PART = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:out\s+)?of\s+(?:its|their|the|his|her|our|all)\s+$", re.I)


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)


def _stated_changes(sentence, a, b):
    """Figures next to the endpoints that state the change: "an increase of 3 points", "a 25% rise", "up 40"."""
    # a span of time between the endpoints and the change ("over the last two years") is not the change
    figures = [c for c in sentence.claims if c.is_claim and (c.dimension != "time" or a.dimension == "time" or (
                   a.kind == "count" and not a.unit and _BY_BEFORE.search(sentence.before(c, 8))))
               and not c.is_conversion() and c.kind not in _WHEN_KINDS]  # ('fell 30 per cent in 2025, from ...'; but
    # 'improved his personal best by 0.09 seconds, from 9.71 to 9.56' is a change of time between bare times)
    first, last = sorted((a, b), key=lambda c: c.start)
    i, j = figures.index(first), figures.index(last)
    neighbours = [c for c in (figures[i - 1] if i > 0 else None, figures[j + 1] if j + 1 < len(figures) else None)
                  if c is not None]
    for c in neighbours:
        if c.negated or c.kind not in ("percent", "count", "money", "measure") and not _is_fraction(c):
            continue
        gap = sentence.between(c, first) if c.start < first.start else sentence.between(last, c)
        if _breaks_clause(gap):
            continue
        if (_CHANGE_AFTER.match(sentence.after(c, 20)) or _CHANGE_BEFORE.search(sentence.before(c, 40))
                or (c.kind == "percent" and _CHANGING_BEFORE.search(sentence.before(c, 20)))):
            yield c
            k = figures.index(c)
            if c.start > last.start and k + 1 < len(figures) and _OR_AGAIN.match(sentence.between(c, figures[k + 1])):
                yield figures[k + 1]  # 'a rise of 50c, or 25 per cent': the change told twice


#: Right before a percentage: a participle of change ('with patronage rising 15 per cent'; a count after it may be
#: places in a ranking, 'with Lena Cole rising nine places').
_CHANGING_BEFORE = re.compile(r"\b(?:rising|falling|climbing|dropping|growing|increasing|decreasing|declining|"
                              r"jumping|sliding|slipping|soaring|plunging)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?$",
                              re.I)
#: Between a change and the same change told another way: 'a rise of 50c, or 25 per cent'.
_OR_AGAIN = re.compile(r"^\s*,?\s*or\s+$", re.I)


#: "483p, up 23p on the 420p offer price", "£5.1m, down 12% from £5.8m": the end figure, then the
#: change, then what it is measured against.
_END_THEN_UP = re.compile(r"^(?:\s+(?:a|an|per|each)\s+[a-z-]+(?:\s+(?:in|on|at|by|last|this)\s+[\w-]+)?|"  # ('Rs 95 a kg on Friday, up')
                          r"\s+(?:in|on|at|by|last|this)\s+[\w-]+(?:\s+[\w-]+)?|"
                          r"\s+[a-z-]+(?:\s+(?:for|of|in)\s+(?:the\s+)?[a-z-]+)?|"
                          # what is counted (and what about), then when: '1.9 million passengers last year, up
                          # 240,000 on', '132 complaints about dog breeders last year, up 25 per cent from'
                          r"\s+[a-z-]+(?:\s+(?:about|over|against|of|for)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?"
                          r"\s+(?:last|this|in|a)\s+(?:year|month|week|quarter|season|[A-Z][a-z]+|\d{4}))?"
                          r"\s*,?\s*(?:(?:was|is|were|are)\s+)?"
                          r"(?:up|down)\s+(?:by\s+)?$|"
                          # 'costs £8.25, according to Shelfwatch - a rise of 35 per cent from the £5.50 paid'
                          r"^[^.;]{0,60}?[,\u2013\u2014-]\s*(?:a|an)\s+(?:" + _CHANGE_WORDS + r")\s+of\s+$", re.I)
_ON_BASE = re.compile(r"^(?:\s+(?:a|an|per|each)\s+[a-z-]+)?(?:\s+in\s+(?:a|one|the\s+past)\s+(?:day|week|month|year|fortnight),?)?"
                      r"\s+(?:on|from|against|compared (?:with|to)|over)\s+(?!\d)(?:[\w'\u2019-]+\s+){0,6}?$", re.I)
# ('up by Rs 45 a kg in a month, from Rs 38': the change's own unit and span before its base)
#: Between the end figure and its change, an aside set off by commas that holds a figure of its own: 'The
#: crowd of 5,180, just 20 short of the arena's capacity, was up 53 per cent on'.
_ASIDE_THEN_UP = re.compile(r"^\s*,[^,;.]{1,60},\s*(?:(?:was|is|were|are)\s+)?(?:up|down)\s+(?:by\s+)?$", re.I)


def _changes_on_a_base(sentence):
    """(A, B, change) for "B, up D on A": "closed at 483p, up 23p on the 420p offer price"."""
    claims = [c for c in sentence.claims if c.is_claim and not c.negated and not c.is_conversion()]
    triples = [*zip(claims, claims[1:], claims[2:]),
               *((end, change, start) for end, change, start in zip(claims, claims[2:], claims[3:])
                 if _ASIDE_THEN_UP.match(sentence.between(end, change)))]
    for end, change, start in triples:
        if (comparable(end, start) and change.kind in ("percent", "count", "money", "measure")
                and (_END_THEN_UP.match(sentence.between(end, change)) or _ASIDE_THEN_UP.match(sentence.between(end, change)))
                and _ON_BASE.match(sentence.between(change, start))
                and not _breaks_clause(sentence.between(change, start))):
            yield start, end, change


#: Between a new figure and the record it beat: 'A record crowd of 31,412 packed the park, bettering
#: the 2019 record of ' (no other figure but a year between).
_BEAT_RECORD = re.compile(r"^[^.;]{0,80}?\b(?:bettering|bettered|betters|beating|beat|beats|breaking|broke|breaks|"
                          r"eclipsing|eclipsed|surpassing|surpassed|topping|topped)\s+(?:the|a|its|their|his|her)\s+"
                          r"(?:[\w'\u2019-]+\s+){0,4}?(?:record|best|high)\s+(?:of\s+|(?:for|set by)\s+[^.;,]{1,40}?[,\u2013\u2014-]\s*)?$",
                          re.I)
#: Between the beaten record and the margin: '28,900 by ', '2.1 million pounds, set in 2017 - by '.
_BY_MARGIN = re.compile(r"^(?:\s*[,\u2013\u2014-]?\s*(?:set|achieved|recorded)\s+in\s+\d{4}\s*[,\u2013\u2014-]?)?\s+by\s+$", re.I)


def _record_margins(sentence):
    """(old record, new figure, margin) for "a record crowd of 31,412 ..., bettering the 2019 record
    of 28,900 by 3,512": the margin is the difference of the two."""
    claims = [c for c in sentence.claims if c.is_claim and not c.negated and not c.is_conversion()
              and c.kind not in _WHEN_KINDS]
    for new, old, margin in zip(claims, claims[1:], claims[2:]):
        if (comparable(new, old) and margin.kind in ("count", "money", "measure")
                and _BEAT_RECORD.match(sentence.between(new, old)) and not _breaks_clause(sentence.between(new, old))
                and _BY_MARGIN.match(sentence.between(old, margin))):
            yield old, new, margin


def _stated(sentence):
    """(A, B, change) for every change the sentence states with its two endpoints."""
    for a, b in _endpoints(sentence):
        for change in _stated_changes(sentence, a, b):
            yield a, b, change
    yield from _changes_on_a_base(sentence)
    yield from _record_margins(sentence)


def expected(a, b, change) -> list[tuple[str, tuple[float, float] | None]]:
    """The readings of ``change`` the endpoints allow, each with its interval (empty when incomparable)."""
    if _is_fraction(change):
        return [("relative", relative_change(a, b))]
    if change.unit == "percentage point":
        return [("points", absolute_change(a, b))] if a.unit == "percent" else []
    if change.unit == "percent":
        readings = [("relative", relative_change(a, b))]
        if a.unit == "percent":
            readings.append(("points", absolute_change(a, b)))
        return readings
    if _degrees(a, b, change):
        return [("absolute", absolute_change(a, b, own_scale=True))]
    if comparable(a, change) and change.base_low is not None:
        return [("absolute", absolute_change(a, b))]
    return []


#: Right after a figure: the span of time it is a rate over ('€29 a week', '$3 per hour').
_PER_PERIOD_AFTER = re.compile(r"^\s*(?:a|an|per|each|every)\s+(day|night|week|fortnight|month|quarter|year|annum|"
                               r"hour|minute|season|term)\b", re.I)


def _per_period(claim) -> str:
    """The span of time a figure is a rate over ('a week' -> 'week'), or ''."""
    match = _PER_PERIOD_AFTER.match(claim.text_after(20))
    return match.group(1).lower() if match else ""


_CURRENCY_SYMBOLS = {"GBP": "\u00a3", "USD": "$", "EUR": "\u20ac", "JPY": "\u00a5", "INR": "\u20b9"}


def _describe(reading: str, span: tuple[float, float], a) -> str:
    if math.isinf(span[1]) and not math.isinf(span[0]):
        return "at least " + _describe(reading, (span[0], span[0]), a)  # ('from about 240 to more than 1,200')
    if math.isinf(span[0]) and not math.isinf(span[1]):
        return "at most " + _describe(reading, (span[1], span[1]), a)
    value = (span[0] + span[1]) / 2
    if reading == "points":
        return f"{number(round(value, 1))} percentage points"
    if reading == "relative":
        return f"{number(round(value, 1))}%"
    if a.dimension == "currency" and re.search(r"\d\s*(?:p|pence|c|cents?)$", a.text):
        return f"{number(round(value * 100, 1))}{'p' if a.unit == 'GBP' else ' cents'}"  # '420p to 483p': 63p
    if a.dimension == "currency":
        amount = money_like(round(value, 2), a.text)  # the copy's own way: 'Rs 1.2', 'A$160', 'Rs 80 lakh'
        if re.match(r"\d", amount):
            symbol = _CURRENCY_SYMBOLS.get(a.unit)
            amount = f"{symbol}{amount}" if symbol else f"{amount} {a.unit}"
        return amount
    if a.value and a.base_value and reading == "absolute" and a.dimension != "temperature":
        value = value * a.value / a.base_value  # back from base units to the endpoints' own: 6,000 m2 is 0.6 hectares
    return describe_quantity(round(value, 2), a.unit)


#: Nouns that count steps moved in a ranking: "rise 23 places", "climbed 12 spots".
_RANK_STEPS = {"place", "spot", "position", "rung", "notch"}
_RANK_KINDS = {"ordinal", "identifier"}


def _rank_changes(sentence):
    """(from rank, to rank, places) for a move in a ranking told with both ends: "rise 23 places
    to No. 51 from No. 84", "climbed from 30th to 18th, a rise of 12 places", "began the tournament
    ranked 19th ... will rise to sixth, a jump of 11 places". Only a sentence with one count of
    places and exactly two ranks, one after "from" (or a "ranked" before the other) and one after "to"."""
    places = [c for c in sentence.claims if c.kind == "count" and c.subject in _RANK_STEPS and c.value]
    ranks = [c for c in sentence.claims if c.kind in _RANK_KINDS and c.value]
    if len(places) != 1 or len(ranks) != 2:
        return
    ends = {}
    for rank in ranks:
        before = sentence.before(rank, 12)
        word = re.search(r"\b(from|to|ranked)\s+(?:No\.?\s*|number\s+)?$", before, re.I)
        if word:
            ends[word.group(1).lower()] = rank
    if "from" not in ends and "ranked" in ends and "to" in ends and ends["ranked"].start < ends["to"].start:
        ends["from"] = ends.pop("ranked")  # 'began the tournament ranked 19th ... will rise to sixth'
    ends.pop("ranked", None)
    if set(ends) == {"from", "to"}:
        yield ends["from"], ends["to"], places[0]


#: Significant digits from which a figure is told precisely: 'an increase of 1,160' (not '1,200').
_PRECISE_DIGITS = 3


def _precise(change) -> bool:
    """Is the change told to three significant digits or more ('an increase of 1,160', 'a rise of
    £14,380'): a figure worked out, not rounded, whose own last digit is all the slack it needs?"""
    digit = last_digit(change) if change.kind in ("count", "money", "measure") and not change.qualifier else None
    return digit is not None and digit[1] >= _PRECISE_DIGITS


def _a_step_off(a, b, change) -> bool:
    """Three figures rounded to one step ('from Rs 2 lakh to Rs 5 lakh, an increase of Rs 2 lakh'):
    is the change a whole step or more from the endpoints' difference? Rounding each of three
    figures on its own puts the change a step off only when all three round the most they can; copy
    that gives them all to one step has worked the change out from the endpoints as told."""
    widths = [c.base_high - c.base_low for c in (a, b, change)
              if c.base_low is not None and c.base_high is not None and not c.qualifier]
    if len(widths) != 3 or not widths[0] > 0 or max(widths) - min(widths) > widths[0] * 1e-9:
        return False
    return abs(abs(b.base_value - a.base_value) - change.base_value) >= widths[0] * (1 - 1e-9)


def _in_unit_of_change(end, change):
    """A bare end figure of a change told in a unit of measure is in that unit ('improved his
    personal best by 0.09 seconds, from 9.71 to 9.56')."""
    if (end.unit or end.kind != "count" or change.kind != "measure" or not change.unit or not change.value
            or change.base_value is None or end.low is None or end.high is None or end.value is None):
        return end
    factor = change.base_value / change.value
    return replace(end, unit=change.unit, dimension=change.dimension, kind="measure", base_unit=change.base_unit,
                   base_value=end.value * factor, base_low=end.low * factor, base_high=end.high * factor)


@check("change-mismatch", params=PARAMS)
def change_mismatch(rule, audit):
    """A change ("an increase of 25%") that its endpoints ("from 200 to 300") do not allow."""
    tolerance = rule.params.get("tolerance", 0.05)
    for sentence in sentences(audit):
        for a, b, change in _stated(sentence):
            a, b = as_told(_in_unit_of_change(a, change)), as_told(_in_unit_of_change(b, change))
            periods = {_per_period(c) for c in (a, b, change)} - {""}
            if len(periods) > 1:
                continue  # '€29 a week, up from €24 - an extra €260 a year': a rate told over another span
            # (three figures whose rounding is read already, '£18 million', need no more slack than that)
            rounded = all(c.base_low is not None and c.base_high > c.base_low and not c.qualifier for c in (a, b, change))
            precise = _precise(change)
            slack = 1e-9 if rounded or precise else tolerance
            if precise and change.base_low == change.base_high:
                step = last_digit(change)[0]  # ('a rise of 14,380' is 14,375-14,385)
                change = replace(change, base_low=change.base_value - step / 2, base_high=change.base_value + step / 2)
            readings = [(r, s) for r, s in expected(a, b, change) if s is not None]
            if not readings or any(_agrees(change, s, slack) and not (r == "absolute" and _a_step_off(a, b, change))
                                   for r, s in readings):
                continue
            reading, span = readings[0]
            yield Hit(
                claim_ids=[a.id, b.id, change.id],
                fields={"start": a.text, "end": b.text, "change": change.text,
                        "expected": _describe(reading, span, a)},
                suggestion=f"From {a.text} to {b.text} is a change of {_describe(reading, span, a)}.",
            )
        for a, b, places in _rank_changes(sentence):
            moved = abs(b.value - a.value)
            if abs(places.value - moved) < 0.5:
                continue
            yield Hit(
                claim_ids=[a.id, b.id, places.id],
                fields={"start": a.text, "end": b.text, "change": f"{places.text} places",
                        "expected": f"{number(moved)} places"},
                suggestion=f"From {a.text} to {b.text} is a move of {number(moved)} places.",
            )
