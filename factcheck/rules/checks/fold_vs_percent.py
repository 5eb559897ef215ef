"""Check kind ``fold-vs-percent``: "four-fold" and "a 400% increase" for one change.

An N-fold increase multiplies by N, which is an increase of (N - 1) x 100
per cent: quadrupling is +300%, doubling +100%. Copy that gives both for
one change and equates N-fold with N x 100% has one of them wrong. The
multiplier may be written with a modal ("will treble", "set to double"),
and the change's end figure may stand between the two ("trebled to £90m,
a rise of 300%").

Both figures must be clearly about one change: in one sentence, the
percentage is an apposition of the multiplier ("trebled, a rise of 300%",
"quadrupled, up 400%") or a noun phrase set off after its clause that sums
it up ("has tripled since 2010, according to state figures, a 300 per
cent rise"), the multiplier is set off after the percentage ("up 400% on
last year, a fourfold increase"; "has risen 200% in two years, doubling
from £11m"), or both have the same subject; in the next sentence, the
percentage points back to the change ("Cases rose three-fold to 900. That
300% jump ...", "the jump amounted to", "Saturday's 200% jump") and the
sentence before holds one multiplier only. Farther apart, an article's one
multiplier and one percentage rise are one change when they cover the same
span ("has doubled since 2015" ... "up 200% since 2015"). "N times as
many", "N times that of" and "N times the level of" are multipliers; "N
times more" is left alone (its reading is disputed), and so are falls
("halved").
"""

from __future__ import annotations

import re

from factcheck.rules.checks.nearby import near_words
from factcheck.rules.checks.sentences import NEIGHBOUR_GAP, gap_after, next_sentences, sentences, sentences_by_article
from factcheck.rules.registry import Hit, check
from factcheck.rules.text import number
from factcheck.track.when import parse_published

PARAMS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"tolerance": {"type": "number", "minimum": 0, "maximum": 0.5}},
}

_MULTIPLIER = re.compile(r"fold|doubl|tripl|trebl|quadrupl|quintupl|sextupl", re.I)
#: Nouns for a rise, which every reading below names the change by.
_RISE_NOUNS = ("increase", "rise", "jump", "gain", "growth", "surge", "climb", "hike")
_RISE = "|".join(_RISE_NOUNS)
#: Between the two figures: at most a short time phrase ("since Thursday"),
#: a comma or bracket, then at most a short phrase naming the change
#: ("a rise of", "up", "an increase of", "or").
_APPOSITION = re.compile(
    r"^(?:\s+[\w'\u2019-]+){0,9}"  # a short phrase: "since Thursday", "from last year's inaugural edition", "since 2016-17"
    r"\s*[,(\u2013\u2014-]\s*(?:or|i\.e\.|that is|an?|up|representing|which is|equivalent to|"
    rf"amounting to)?\s*(?:an?\s+)?(?:{_RISE})?\s*(?:of|by)?\s*"
    r"(?:some|about|around|nearly|almost|more than|over)?\s*$", re.I)
#: Between a multiplier and a percentage that a relative clause equates with it: 'a five-fold hike
#: that works out to a 500 per cent rise', 'doubled, which is a 100% increase'.
_EQUATED = re.compile(rf"^\s+(?:(?:{_RISE})\s+)?,?\s*(?:that|which)\s+(?:works?\s+out\s+(?:to|at)|worked\s+out\s+(?:to|at)|"
                      r"amounts?\s+to|amounted\s+to|is|was|represents|represented|means|meant)\s+(?:an?\s+)?$", re.I)
#: Between a percentage rise and the multiplier set off after it: a short phrase, a comma, "a".
_FOLD_AFTER = re.compile(r"^(?:\s+[\w']+){0,7}\s*[,(\u2013\u2014-]\s*(?:an?\s+)?$", re.I)
_PERCENT_RISE_AFTER = re.compile(rf"^\s*(?:{_RISE}|up|more|higher|above)\b", re.I)  # ('500 per cent above it')
#: Right before a percentage: it restates a rise just named ('a six-fold increase, or 600 percent').
_RESTATED_RISE_BEFORE = re.compile(rf"\b(?:{_RISE}|fold|doubled|tripled|"
                                   r"trebled|quadrupled)\s*,\s*(?:or|i\.e\.|that is)\s+$", re.I)
_PERCENT_RISE_BEFORE = re.compile(r"\b(?:increase|increased|rise|rises|rose|risen|jump|jumped|gain|gained|growth|grew|"
                                  r"grown|surge|surged|soared|climb|climbed|hike|up|by)\s+(?:of\s+)?$|"
                                  rf"\b(?:{_RISE})\s+at\s+$", re.I)  # ('put the rise at')
_GENERIC_SUBJECTS = {"", *_RISE_NOUNS}


def _is_rise(sentence, percent) -> bool:
    return bool(_PERCENT_RISE_AFTER.match(sentence.after(percent, 20))
                or _PERCENT_RISE_BEFORE.search(sentence.before(percent, 30))
                or _RESTATED_RISE_BEFORE.search(sentence.before(percent, 30)))


#: A size hyphened to its noun: a label of a thing, not a figure of the change ('the 4.2-meter telescope').
_HYPHENED_SIZE = re.compile(r"\d-(?:[a-z]+-)?[a-z]+$", re.I)


def _states_a_figure(claim) -> bool:
    """A figure between the two that is not a year or a span of time ("in three years", "since 2015")."""
    return claim.is_claim and claim.dimension != "time"


#: "trebled to £90m, a rise of 300%", "doubled from £9m to £18m, a 200% increase", "has more than
#: doubled since 2022, reaching 142,600 at the freeze date, a rise of 60 per cent": the
#: figures after the multiplier are where the change started and ended ("four times last year's
#: total of 172": where it started). In the gap each
#: figure stands as "§" (its qualifier with it: "about 1,100"); an endpoint may carry a short time
#: ("from 1,100 on Monday").
_ENDPOINT_TIME = (r"(?:\s+(?:a|an|per|each)\s+(?:week|month|year|day|hour|share|annum))?"  # ('to about £240,000 a week')
                  r"(?:\s+(?:on|in|by|at|last|this)(?:\s+(?!(?:from|to)\b)[\w']+){1,3})?")  # (not 'in 2026 from')
_ENDPOINTS = re.compile(
    rf",?\s*\b(?:from\s+§{_ENDPOINT_TIME}\s+)?(?:to|reaching|hitting)\s+§{_ENDPOINT_TIME}"
    rf"|,?\s*\bfrom\s+§{_ENDPOINT_TIME}"
    rf"|\s+at\s+§{_ENDPOINT_TIME}(?=\s*[,(\u2013\u2014-])"  # where a span since a listing started ('since the
    # company's 2023 listing at $11 a share —')
    rf"|^\s+(?:the|its|their|that\s+of|last\s+(?:year|season|month|week)['\u2019]s)\s+§(?:(?!\s-\s)[^,;()\u2013\u2014])*"  # ('twice the
    # 650MW awarded in 2023', 'double last year's Rs 60 lakh', 'four times the 24,000 daily riders who used the
    # Route 9 bus last year'): what was multiplied, up to the clause's end
    rf"|,\s*§\s+(?:against|compared with|compared to|versus|vs\.?)\s+§"  # ('3,400 against 1,130')
    rf"|\s+(?:total|number|figure|level|tally|count)\s+of\s+§"  # ('four times last year's total of 172')
    # where the change started, told of the time it started from ('have tripled since the 2016-17
    # season, when 395 were counted')
    rf"|,\s*when\s+(?:there\s+(?:were|was)\s+|it\s+(?:was|stood\s+at)\s+)?§(?:\s+[a-z]+)?(?:\s+(?:were|was)\s+[a-z]+)?",
    re.I)  # ('since the first three days, when 112 people were admitted')


def _gap_without_endpoints(sentence, first, second) -> str | None:
    """The words between the two figures, with the change's own endpoints ("from £9m to £18m")
    cut out. None when another figure stands between them (then they may be about different
    things); a size hyphened to its noun is a word of the gap ('as the 4.2-meter telescope')."""
    gap = sentence.between(first, second)
    between = [c for c in sentence.claims if first.end <= c.start < second.start and _states_a_figure(c)
               and not _HYPHENED_SIZE.search(c.text)]
    for c in reversed(between):
        at, end = c.start - first.end, c.end - first.end
        gap = gap[:at] + "§" + gap[end:]
    gap = _ENDPOINTS.sub("", gap)
    return None if "§" in gap else gap


#: Before a percentage that restates the sentence's one multiplier at the end of its clause: "a
#: four-fold increase in collecting area over ... built in 1978, or 500 percent more light".
_OR_RESTATED_BEFORE = re.compile(r",\s*or\s+$", re.I)


def _restates_the_one_multiplier(sentence, fold, percent) -> bool:
    return (fold.start < percent.start and bool(_OR_RESTATED_BEFORE.search(sentence.before(percent, 20)))
            and bool(_PERCENT_RISE_AFTER.match(sentence.after(percent, 20)))
            and not re.match(r"^\s*(?:more|higher)\s+than\b", sentence.after(percent, 20))  # '40% more than planned'
            and len(_multipliers(sentence)) == 1 and len(_rise_percents(sentence)) == 1)


#: Right before a percentage: it opens a noun phrase set off after the clause ('has tripled since
#: 2010, according to state figures, a 300 per cent rise').
_SUMMARY_BEFORE = re.compile(r"[,(\u2013\u2014]\s*(?:an?\s+)?$", re.I)
#: Right before a percentage: a noun of the rise set off after the clause, with 'of' ('..., an increase of').
_RISE_OF_SET_OFF_BEFORE = re.compile(rf"[,(\u2013\u2014]\s*(?:an?\s+)?(?:{_RISE})\s+of\s+(?:some\s+|about\s+|around\s+|"
                                     r"nearly\s+|almost\s+)?$", re.I)
#: In the gap: another change told, which the summary may be of.
_OTHER_CHANGE = re.compile(r"\b(?:rose|risen|rising|fell|fallen|falling|increased|decreased|jumped|dropped|grew|"
                           r"grown|climbed|surged|soared|slumped|doubled|tripled|trebled|quadrupled)\b", re.I)


def _sums_up_the_one_multiplier(sentence, fold, percent) -> bool:
    """Is the percentage a noun phrase set off after the sentence's one multiplier that sums up
    its change, whatever aside comes between ('has trebled since Sunday, one supplier said, a
    300 per cent rise')?"""
    if fold.start > percent.start or len(_multipliers(sentence)) != 1:
        return False
    if not (_SUMMARY_BEFORE.search(sentence.before(percent, 12)) and _PERCENT_RISE_AFTER.match(sentence.after(percent, 20))
            or _RISE_OF_SET_OFF_BEFORE.search(sentence.before(percent, 30))):
        return False
    between = [c for c in sentence.claims if fold.end <= c.start < percent.start and _states_a_figure(c)
               and c.text.lower() != "one" and not _HYPHENED_SIZE.search(c.text)]  # ('one supplier said': who said it)
    gap = sentence.between(fold, percent)
    if between:  # the change's own endpoints may stand between ('has tripled the fund, from €3.8m to €11.4m, an
        # increase of 300 per cent')
        gap = _gap_without_endpoints(sentence, fold, percent)
        if gap is None:
            return False
    return len(gap) <= 150 and not _OTHER_CHANGE.search(gap)


def _one_change(sentence, fold, percent) -> bool:
    if _restates_the_one_multiplier(sentence, fold, percent) or _sums_up_the_one_multiplier(sentence, fold, percent):
        return True
    first, second = sorted((fold, percent), key=lambda c: c.start)
    gap = _gap_without_endpoints(sentence, first, second)
    if gap is None or len(gap) > 80:
        return False
    if first is fold and (_APPOSITION.match(gap) or _EQUATED.match(gap)):
        return True
    if first is percent and _FOLD_AFTER.match(gap):
        return True  # "has risen 200% in two years, doubling from £11m"; "up 400%, a fourfold increase"
    return percent.subject == fold.subject and percent.subject not in _GENERIC_SUBJECTS


_FOLD_OVER = re.compile(r"\b(?:more than|over|well over|at least)\s+$", re.I)
_FOLD_NEARLY = re.compile(r"\b(?:nearly|almost|roughly|about|around|close to|just under)\s+$", re.I)


def fold_bounds(sentence, fold) -> tuple[float, float]:
    """The multiplier's interval, reading qualifiers the extractor leaves on verbs ("more than doubled")."""
    before = sentence.before(fold, 25)
    if _FOLD_OVER.search(before):
        return fold.base_low, float("inf")
    if _FOLD_NEARLY.search(before):
        return fold.base_low * 0.9, fold.base_high * 1.1
    return fold.base_low, fold.base_high


def implied_percent(fold_low: float, fold_high: float, tolerance: float) -> tuple[float, float]:
    """The percentage increase an N-fold change allows, with a rounding tolerance."""
    return (fold_low * (1 - tolerance) - 1) * 100, (fold_high * (1 + tolerance) - 1) * 100


#: "300% rise in energy costs": the change names what changed (a span of time does not: "a 300 per cent
#: rise in three years").
_CHANGE_OF_AFTER = re.compile(rf"^\s*(?:{_RISE})\s+(?:in|of)\s+"
                              r"(?!(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|the\s+(?:past|last))\s+"
                              r"(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|decades?|generations?)\b)\w", re.I)
#: A sentence that opens with the change just told: "That 300% jump", "This represents a 300% rise", "That
#: amounts to a 150 percent rise".
_POINTS_BACK = re.compile(r"^[\"\u201c\u2018']?\s*(?:that|this|the|such an?|an?|(?:it|this|that) (?:was|is|represents|marks|"
                          r"amounts to|amounted to|works out (?:to|at)|worked out (?:to|at)|means|meant|equals) an?|"
                          r"(?:it|that|this)(?:['\u2019]s|\s+is|\s+was)(?:\s+(?:an?|up))?)\s+$", re.I)  # ('"That's a 500 per cent increase', '"A 1,000 per cent increase, and ...')
#: The strongest pointing back: "That's a 600 per cent jump in our income", "That is up 250 percent"
#: (the change it names is the one just told, whatever words follow; a quote may open with a
#: sentence of no figure first: '"We've gone from a handful to a flood," she said. "That's a ...').
_THAT_IS = re.compile(r"^[\"\u201c\u2018']?\s*(?:that|this|it)(?:['\u2019]s|\s+is|\s+was)\s+(?:an?\s+|up\s+)?$", re.I)
#: How far (characters) a "That's a N per cent rise" may stand after the multiplier's sentence.
_THAT_IS_REACH = 160
#: ... or names it anywhere before the percentage: "said the jump amounted to a 300 per cent rise",
#: "called Saturday's 200% jump": the change noun with a pointing word, or the percentage owned.
_NAMES_THE_CHANGE = re.compile(r"\b(?:the|that|this)\s+(?:increase|rise|jump|surge|growth|hike|climb|leap)\b(?!\s+(?:in|of)\b)"
                               r"|[A-Z][\w-]*['\u2019]s\s+$")


#: Verbs of growth that make "N times" a multiplier ('has grown two-and-a-half times since 2012')
#: when the span it grew over follows, not a comparison ('three times faster').
_GROWTH_PREDICATES = {"grow", "multiply", "expand", "swell", "rise", "increase", "jump", "climb", "soar"}
_SPAN_NEXT = re.compile(r"^\s+(?:since|from|over|in|during|within|across)\b", re.I)


def _multipliers(sentence):
    return [c for c in sentence.claims if c.kind == "ratio" and c.is_claim
            and (c.base_low > 1 or (c.base_low == 0 and c.base_high > 1))  # (or a bound: 'as much as 2.5 times')
            and (_MULTIPLIER.search(c.text) or (c.text.lower().endswith(("times", "twice", "thrice"))
                                                and (_AS_MANY_AFTER.match(sentence.after(c, 20))
                                                     or (c.predicate in _GROWTH_PREDICATES
                                                         and (_SPAN_NEXT.match(sentence.after(c, 10))
                                                              # (a fraction of times is no count of rises: 'rose as
                                                              # much as 2.5 times')
                                                              or (c.value is not None and c.value != int(c.value)))))))]


#: After "N times" or "twice": a plain multiple ('five times as many reefs', 'five times that of a
#: normal weekend', 'four times the level of 2019', 'five times the £720,000 paid', 'five times the
#: March average'), unlike the
#: disputed "N times more".
_AS_MANY_AFTER = re.compile(r"^\s+(?:as\s+(?:many|much|large|big|high|great|long|fast|heavy)\b|(?:that|those)\s+of\b|"
                            r"the\s+(?:level|size|number|amount|figure|rate|total|value|cost|price)\s+(?:of|in|for)\b|"
                            r"what\s+(?:it|they)\s+(?:was|were)\b|"
                            # 'five times the March average', 'three times the usual level'
                            r"the\s+(?:[\w'\u2019-]+\s+){0,2}(?:average|norm|mean)\b|"
                            # 'six times that number', 'four times last year's total', 'five times the usual number'
                            r"(?:that|this|the|its|their|(?:last|the\s+previous)\s+\w+['\u2019]s)\s+"
                            r"(?:(?:usual|normal|average|previous|typical|expected|original|earlier)\s+)?"
                            r"(?:number|total|figure|level|amount|count|tally|rate|pace)\b|"  # ('five times the normal rate')
                            r"the\s+(?:[£$€₹]\s?|Rs\.?\s?)?\d|"  # ('five times the £720,000 paid in 2019')
                            # a bound it is set against: 'five times the 27-microgram standard', 'three times the legal limit'
                            r"the\s+(?:[\w'\u2019.-]+\s+){0,2}(?:standard|limit|threshold|guideline|cap|maximum|benchmark)s?\b)",
                            re.I)


def _rise_percents(sentence):
    return [c for c in sentence.claims if c.kind == "percent" and c.is_claim and c.unit == "percent"
            and not c.negated and _is_rise(sentence, c)]


def _pairs(all_sentences):
    """(sentence, multiplier, percentage) for every pair about one change."""
    for sentence in all_sentences:
        for fold in _multipliers(sentence):
            for percent in _rise_percents(sentence):
                if _one_change(sentence, fold, percent):
                    yield sentence, fold, percent
    for before, sentence in next_sentences(all_sentences, reach=_THAT_IS_REACH):
        folds = _multipliers(before)
        if len(folds) != 1:
            continue
        for percent in _rise_percents(sentence):
            opening = sentence.text[:percent.start - sentence.start]
            if _THAT_IS.match(opening):
                yield before, folds[0], percent
                continue
            if gap_after(before, sentence) > NEIGHBOUR_GAP:
                continue  # (only "That's ..." reaches past a sentence of no figure)
            # another thing changed: 'paid users were up 400 per cent', 'The 300% rise in costs'
            names_other = (percent.subject not in _GENERIC_SUBJECTS and percent.subject != folds[0].subject
                           and re.search(rf"\b{re.escape(percent.subject)}", opening, re.I)
                           or _CHANGE_OF_AFTER.match(sentence.after(percent, 30)))
            if (_POINTS_BACK.match(opening) or _NAMES_THE_CHANGE.search(opening)) and not names_other:
                yield before, folds[0], percent  # (not 'The 300% rise in costs': another change)


#: Right after a change: the year its span starts ('has doubled since 2015', 'up 200% since 2015'),
#: or its length back from the article's year ('up 1,000 per cent in six years').
_SINCE_AFTER = re.compile(r"^\s*(?:[\w'-]+\s+){0,2}?since\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_YEARS_AFTER = re.compile(r"^\s*(?:[\w'-]+\s+){0,2}?in\s+(?:the\s+(?:past|last)\s+)?(?P<n>\d{1,2}|two|three|four|five|six|"
                          r"seven|eight|nine|ten)\s+years\b", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _span_start(sentence, claim, year_now: int | None) -> tuple[int, bool] | None:
    """(the year the change's span starts, whether the copy names that year) or None."""
    after = sentence.after(claim, 40)
    if since := _SINCE_AFTER.match(after):
        return int(since.group("year")), True
    years = _YEARS_AFTER.match(after)
    if years and year_now:
        n = years.group("n").lower()
        return year_now - (int(n) if n.isdigit() else _SMALL[n]), False
    return None


#: Before a percentage: a fall, whatever 'by' after it says ('has fallen by about 40 per cent').
_FALL_BEFORE = re.compile(r"\b(?:fell|fallen|falling|dropped|declined|down|cut|lower|shrunk|shrank|decreased)\b[^.]{0,12}$",
                          re.I)


def _same_span(one: tuple[int, bool], other: tuple[int, bool]) -> bool:
    """Two named years must be one year; a span counted back in years may be a year out."""
    return one[0] == other[0] if one[1] and other[1] else abs(one[0] - other[0]) <= 1


def _spans_differ(one: tuple[int, bool] | None, other: tuple[int, bool] | None) -> bool:
    """Do two changes say they cover different spans ('doubled since 2015' ... 'up 200% since 2019')?"""
    return bool(one and other and not _same_span(one, other))


def _rises(article_sentences) -> list:
    """(sentence, percentage) of every percentage rise of an article, not a fall ('has fallen by
    about 40 per cent')."""
    return [(s, p) for s in article_sentences for p in _rise_percents(s) if not _FALL_BEFORE.search(s.before(p, 30))]


def _exact(sentence, fold) -> bool:
    """Is the multiplier a plain figure, not a bound or a rounding ('more than doubled', 'nearly tenfold')?"""
    return fold.base_low == fold.base_high and fold_bounds(sentence, fold) == (fold.base_low, fold.base_high)


def _as_hundreds(fold, percent) -> bool:
    """Is the percentage the multiplier read as N x 100% ('quadrupled' ... 'up 400%'), and no open
    bound ('over 30%')?"""
    return percent.base_low <= fold.base_low * 100 <= percent.base_high <= percent.base_low * 1.2


def _year_published(audit, article_id: str) -> int | None:
    published = parse_published(audit.articles[article_id].published)
    return published.year if published else None


def _same_span_pairs(audit):
    """(sentence, multiplier, percentage) for an article whose one multiplier and one percentage
    rise, however far apart (a fact box, a caption), cover the same span: 'has doubled since
    2015' ... '- Decommissioning estimate: £3.4bn, up 200% since 2015'."""
    for article_id, article_sentences in sentences_by_article(audit).items():
        now = _year_published(audit, article_id)
        folds = [(s, f, y) for s in article_sentences for f in _multipliers(s) if (y := _span_start(s, f, now))]
        percents = [(s, p, y) for s, p in _rises(article_sentences) if (y := _span_start(s, p, now))]
        if len(folds) == 1 and len(percents) == 1 and _same_span(folds[0][2], percents[0][2]):
            yield folds[0][0], folds[0][1], percents[0][1]


#: Words any change shares with another: what a rise is called, what a multiplier says.
_WORDS_OF_ANY_CHANGE = {*_RISE_NOUNS, "doubled", "double", "doubling", "tripled", "triple", "trebled", "treble",
                        "quadrupled", "fold", "times", "percent", "cent", "rose", "risen", "grown", "grew", "increased",
                        "jumped", "past"}


def _shared_word_pairs(audit):
    """(sentence, multiplier, percentage) of one article, however far apart, that name the same thing
    near both and read the multiplier as N x 100%: 'Bookings ... have doubled since the inauguration'
    ... '"Bookings are up 200 per cent"'; 'the premium ... had quadrupled since 2021' ... 'a 400%
    rise in premiums since 2021'. Paragraphs apart, a percentage far from the multiplier's rise
    ('doubled' ... 'up 26%') is more likely another change; N x 100% is the slip itself."""
    for article_id, article_sentences in sentences_by_article(audit).items():
        folds = [(s, f) for s in article_sentences for f in _multipliers(s) if _exact(s, f)]
        if not folds:
            continue
        now = _year_published(audit, article_id)
        percents = _rises(article_sentences)
        for sentence, fold in folds:
            fold_words = near_words(fold, 80) - _WORDS_OF_ANY_CHANGE
            fold_span = _span_start(sentence, fold, now)
            sharing = [p for s, p in percents if p.sentence_start != fold.sentence_start and _as_hundreds(fold, p)
                       and fold_words & (near_words(p, 80) - _WORDS_OF_ANY_CHANGE)
                       and not _spans_differ(fold_span, _span_start(s, p, now))]
            if len(sharing) == 1:
                yield sentence, fold, sharing[0]


def _classic_slip_pairs(audit):
    """(sentence, multiplier, percentage) of an article whose one multiplier and one percentage rise,
    however far apart and however worded, read the multiplier as N x 100% ('Calls to the helpline
    have quadrupled' ... seven paragraphs on, 'a 400 per cent increase'; or in one sentence, 'The count has
    tripled since Dec. 28, when 19 cases had been confirmed - a rise of 300 per cent'): that reading is the slip
    itself, and an article that gives one of each is telling one change twice."""
    for article_id, article_sentences in sentences_by_article(audit).items():
        folds = [(s, f) for s in article_sentences for f in _multipliers(s)]
        percents = _rises(article_sentences)
        if len(folds) != 1 or len(percents) != 1:
            continue
        (sentence, fold), (percent_sentence, percent) = folds[0], percents[0]
        now = _year_published(audit, article_id)
        one_sentence = fold.sentence_start == percent.sentence_start
        if one_sentence and _OTHER_CHANGE.search(sentence.between(*sorted((fold, percent), key=lambda c: c.start))):
            continue  # 'have trebled since Sunday, while prices rose sharply, a 300 per cent rise': which change?
        if (_exact(sentence, fold) and _as_hundreds(fold, percent)
                # the percentage names no other thing ('Room rates are up 200 per cent' after bookings
                # doubled) and no other span ('doubled since 2015' ... 'up 200% since 2019')
                and percent.subject in (_GENERIC_SUBJECTS | {fold.subject})
                and not _names_another_change(percent_sentence, percent, fold)
                and not _spans_differ(_span_start(sentence, fold, now), _span_start(percent_sentence, percent, now))):
            yield sentence, fold, percent


def _names_another_change(sentence, percent, fold) -> bool:
    """Does the percentage name what changed, other than the multiplier's subject ('The 600 per
    cent jump in rents' after sales rose sixfold)?"""
    after = sentence.after(percent, 40)
    return bool(_CHANGE_OF_AFTER.match(after)) and not (fold.subject and fold.subject[:5] in after.lower())


@check("fold-vs-percent", params=PARAMS)
def fold_vs_percent(rule, audit):
    """A multiplier ("four-fold", "doubled") and a percentage rise for one change that disagree."""
    tolerance = rule.params.get("tolerance", 0.1)
    seen: set[tuple[str, str]] = set()
    for sentence, fold, percent in (*_pairs(sentences(audit)), *_same_span_pairs(audit), *_shared_word_pairs(audit),
                                    *_classic_slip_pairs(audit)):
        if (fold.id, percent.id) in seen:
            continue
        seen.add((fold.id, percent.id))
        bounds = fold_bounds(sentence, fold)
        low, high = implied_percent(*bounds, tolerance)
        # the classic slip, N-fold written as N x 100%, is a finding however large N is and however
        # wide the rounding tolerance ('tenfold, a 1,000 per cent increase'); not when the fold is
        # itself a bound or a rounding ('more than doubled', 'nearly tenfold')
        classic = (_exact(sentence, fold) and percent.base_low <= fold.base_low * 100 <= percent.base_high
                   and fold.base_low >= 2)
        if classic or percent.base_high < low or percent.base_low > high:
            exact = (fold.value - 1) * 100 if fold.value else None
            yield Hit(
                claim_ids=[fold.id, percent.id],
                fields={"fold": fold.text, "percent": percent.text,
                        "implied": f"{number(exact)}%"},
                suggestion=f"\u201c{fold.text}\u201d is an increase of {number(exact)}%; "
                           f"a {percent.text} increase is {number(percent.value / 100 + 1)}-fold.",
            )
