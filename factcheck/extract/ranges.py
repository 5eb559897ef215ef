"""Figures read together with a neighbour or a qualifier word.

Ranges ("300-400", "between 2 and 3 million", "£2-3bn"), ratios ("one in
five", "3 out of 10"), multipliers ("four-fold", "three times more",
"doubled"), vague plurals ("tens of thousands of"), and the qualifier
written before a figure ("more than", "about").  Also the word lists that
tell a range from a change ("rose from 2% to 5%").
"""

from __future__ import annotations

import re

from . import numbers as nums
from . import qualifiers as quals
from . import units as un
from .figures import (
    Figure,
    PLURAL_NOUN_RE,
    Quantity,
    SCALE_SPACED_RE,
    currency_after,
    figure_at,
    noun_after_of,
    plural_noun_after,
    read_scale,
    read_unit,
    set_currency,
)
from .mention import Mention, make_mention


MULTIPLIER_WORDS = {
    "doubled": 2, "doubling": 2, "doubles": 2, "tripled": 3, "trebled": 3, "tripling": 3,
    "triples": 3, "quadrupled": 4, "quadrupling": 4, "halved": 0.5, "halving": 0.5,
    "twice": 2, "thrice": 3, "trebles": 3, "trebling": 3, "quadruples": 4,
    "quintupled": 5, "quintupling": 5, "quintuples": 5, "sextupled": 6, "sextupling": 6,
    # base forms, read only as verbs after a modal or "to" ("will treble", "is set to double")
    "double": 2, "triple": 3, "treble": 3, "quadruple": 4, "quintuple": 5,
}
_BASE_FORMS = {"double", "triple", "treble", "quadruple", "quintuple"}

#: Before a base-form multiplier that is a verb: "will treble", "could more than double", "set to triple".
_MODAL_BEFORE_RE = re.compile(r"(?i:\b(?:will|would|could|can|may|might|should|must|shall|to|'ll)\s+"
                              r"(?:(?:more\s+than|nearly|almost|roughly|about|at\s+least|effectively|"
                              r"\w+ly)\s+)*$)")
#: "to double-check", "fell to double digits", "to treble glazing": the word is not the verb.
_NOUN_AFTER_RE = re.compile(r"(?i:-|\s+(?:digits?|figures?|glazing|rooms?|beds?|deckers?|acts?|agents?|standards?|"
                            r"whammy|headers?|shifts?|time|overtime|jump|crown|chin|bogey|bill|tops?)\b)")

FOLD_WORDS = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "twentyfold": 20,
    "hundredfold": 100, "thousandfold": 1000,
}

_CHANGE_BEFORE_RE = re.compile(
    r"(?i:\b(?:from|rose|risen|rising|rises|rise|fell|fallen|falling|falls|increased|increases|"
    r"increasing|decreased|decreasing|cut|cuts|raised|raises|raising|grew|grown|growing|"
    r"dropped|drops|climbed|climbing|jumped|jumping|slipped|lowered|reduced|revised|up|down|"
    r"boosted|slumped|slid|soared|surged|plunged|tumbled|extended|expanded|shrank|lifted|"
    r"hiked|trimmed|slashed|changed|moved|went|gone|upped|widened|narrowed|improved|"
    r"worsened|fall|rise|increase|decrease|declined|declining|gained|lost|by|edged|eased|"
    r"doubled|tripled|halved|dipped|leapt|leaped|rallied|recovered|sank|sunk|jumps|"
    r"changing)\b[^.;:!?]{0,30}$)"
)

_BETWEEN_BEFORE_RE = re.compile(r"(?i:\bbetween\s+(?:(?:the\s+)?ages?\s+(?:of\s+)?)?$)")

_FROM_BEFORE_RE = re.compile(r"(?i:\bfrom\s+$)")

AGE_BEFORE_RE = re.compile(r"(?i:\b(?:aged|age|ages|aged\s+between|ages\s+of|age\s+of|(?:in\s+)?(?:age|ages)\s+(?:from|between))\s+$)")

TIMES_AFTER_RE = re.compile(
    r"\s+times\s+(?:as|more|less|higher|lower|larger|bigger|greater|smaller|faster|"
    r"slower|the|that|what|over|longer|stronger|heavier|cheaper|likelier|likely|worse|"
    r"better)\b|\s+times\s+(?:its|their|(?:last|the\s+previous)\s+\w+['\u2019]s)\s", re.I)  # ('four times last year's total')

FOLD_AFTER_RE = re.compile(r"\s*-?\s*fold\b", re.I)

#: "has grown two-and-a-half times since 2012": "N times" after a verb of growth and before the
#: span it grew over is a multiplier. A whole N only after verbs that cannot count occasions
#: ('prices have risen three times since January' is three rises); a fraction after any.
GROWN_BEFORE_RE = re.compile(r"\b(?P<verb>grown|grew|multiplied|expanded|swelled|swollen|risen|rose|increased|"
                             r"jumped|climbed|soared)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|"
                             r"as\s+much\s+as\s+|up\s+to\s+|more\s+than\s+)?$", re.I)
_OCCASION_VERBS = {"risen", "rose", "increased", "jumped", "climbed", "soared"}
SPAN_TIMES_AFTER_RE = re.compile(r"\s+times\s+(?:since|from|over|during|within|across|"
                                 r"in\s+(?:the\s+)?(?:past|last|\d+|two|three|four|five|six|seven|eight|nine|ten)\b)", re.I)


#: ... and a fraction of times, which counts no occasions, with no span after it ('rose as much as 2.5 times, up').
_FRACTION_TIMES_AFTER_RE = re.compile(r"\s+times\b(?!\s+(?:as|more|less|higher|lower|faster|greater|larger|bigger)\b)", re.I)


def grown_times(text: str, start: int, end: int, value: float) -> int | None:
    """The end of "times" when "N times" at ``start``-``end`` is a growth over a span, else None."""
    verb = GROWN_BEFORE_RE.search(text, max(0, start - 30), start)
    times = SPAN_TIMES_AFTER_RE.match(text, end) or (value != int(value) and _FRACTION_TIMES_AFTER_RE.match(text, end))
    if not verb or not times or (value == int(value) and verb.group("verb").lower() in _OCCASION_VERBS):
        return None
    return end + len(re.match(r"\s+times", text[end:]).group())


_RATIO_AFTER_RE = re.compile(r"\s+(?:in|out\s+of)\s+", re.I)


#: Around a base form that multiplies what follows it: ', double last year's', 'is triple the 2019
#: figure', 'nearly double that of'.
_PREDETERMINER_BEFORE_RE = re.compile(r"(?:,|\b(?:is|was|are|were|be|been|now|about|nearly|almost|roughly|"
                                      r"more\s+than|less\s+than))\s+$", re.I)
_PREDETERMINER_AFTER_RE = re.compile(r"\s+(?:the|that|those|last\s+(?:year|season|month|week)['\u2019]s|"
                                     r"its|their|his|her|(?-i:[A-Z])[\w-]*['\u2019]s)\b", re.I)


#: A headline's present tense: "Profits double to $40bn", "Sales triple in a year".
_HEADLINE_SUBJECT_BEFORE_RE = re.compile(r"(?i:\b(?!(?:the|a|an|its|his|her|their|this|that|was|is|has)\b)"
                                         r"[a-z'’]+(?<!ss)(?<!us)(?<!is)s\s+"
                                         r"(?:(?:more\s+than|nearly|almost|roughly|about)\s+)?$)")
_HEADLINE_CHANGE_AFTER_RE = re.compile(r"\s+(?:to\s+(?:[£$€¥]|\d)|in\s+(?:a|one|two|three|\d)|since|"
                                       r"year-on-year|after|as)\b", re.I)


def _base_form_is_verb(text: str, start: int, end: int) -> bool:
    """"will double", "set to treble", and the headline present "profits
    double to $40bn": the base form is the verb.  "double digits", "to
    double-check" are not."""
    if _NOUN_AFTER_RE.match(text, end):
        return False
    before = text[max(0, start - 40):start]
    if _MODAL_BEFORE_RE.search(before):
        return True
    if _PREDETERMINER_BEFORE_RE.search(before) and _PREDETERMINER_AFTER_RE.match(text, end):
        return True  # 'Rs 1.2 crore, double last year's Rs 60 lakh', 'is triple the 2019 figure'
    if _SEE_IT_BEFORE_RE.search(before) and re.match(r"\s+(?:to|from|since|over|in)\s", text[end:end + 8]):
        return True  # 'would see his wages treble to about £240,000 a week'
    return bool(_HEADLINE_SUBJECT_BEFORE_RE.search(before) and _HEADLINE_CHANGE_AFTER_RE.match(text, end))


#: Before a base-form multiplier that is a bare infinitive: what would see or make it happen ('would see his
#: wages treble', 'will make its output double').
_SEE_IT_BEFORE_RE = re.compile(r"(?i:\b(?:see|sees|saw|seen|seeing|make|makes|made|making|let|lets|help|helps|watch|"
                               r"watched)\s+(?:[\w'\u2019]+\s+){1,3}$)")


def multiplier(text: str, start: int, end: int, last_end: int = 0) -> Mention | None:
    """"doubled", "four-fold", "twice as": a factor, kind ratio.  A
    qualifier before it bounds the factor as it bounds a figure: "more
    than doubled" is [2, inf), "nearly trebled" [2.7, 3], "roughly
    halved" about 0.5."""
    surface = text[start:end].lower()
    if surface in FOLD_WORDS:
        value = float(FOLD_WORDS[surface])
    else:
        value = float(MULTIPLIER_WORDS[surface])
        if surface in _BASE_FORMS and not _base_form_is_verb(text, start, end):
            return None
        if surface in ("twice", "thrice") and not re.match(
                r"\s+(?:as|the|that|what|more|less|over|his|her|their|its|a\s+large)\b",
                text[end:end + 20], re.I):
            return None
    return finish_ratio(text, start, end, value, "", last_end)


def vague(text: str, start: int, end: int, last_end: int) -> Mention | None:
    surface = re.sub(r"\s+", " ", text[start:end].lower())
    if surface not in quals.VAGUE_PLURALS:
        return None
    before = text[max(last_end, start - 20):start]
    if re.search(r"(?i:\b(?:the|in\s+the)\s+$)", before) and not re.match(r"\s+of\b", text[end:]):
        return None
    low, high = (float(v) for v in quals.VAGUE_PLURALS[surface])
    mention_end = end
    unit = ""
    dimension, kind = "count", "count"
    base = None
    of_unit = re.compile(r"\s+of\s+").match(text, end)
    if of_unit:
        money = currency_after(text, of_unit.end(), Figure(0, 0, 1.0, 1.0, scaled=True))
        unit_match = un.UNIT_AFTER_RE.match(text, of_unit.end())
        if money:
            code, mention_end = money
            unit, base_code, factor = un.currency_unit(code)
            dimension, kind, base = "currency", "money", (base_code, factor)
        elif unit_match and unit_match.group("word") and not unit_match.group("gap").strip("-"):
            found = un.lookup_surface(unit_match.group("word"), False)
            if found and found.dimension != "temperature":
                unit, dimension, kind = found.name, found.dimension, "measure"
                mention_end = unit_match.end()
    qualifier = qualifier_before(text, start, last_end)
    q_start = qualifier[1] if qualifier else start
    return make_mention(text, q_start, mention_end, None, low, high, qualifier="vague", unit=unit,
                    dimension=dimension, kind=kind, base=base,
                    noun_hint=noun_after_of(text, end) if not unit else "")


def finish_ratio(text: str, start: int, end: int, value: float, before: str, last_end: int) -> Mention:
    qualifier = qualifier_before(text, start, last_end)
    q_name, q_start = (qualifier[0], qualifier[1]) if qualifier else ("", start)
    low, high = quals.interval(q_name, value) if q_name else (value, value)
    return make_mention(text, q_start, end, value, low, high, qualifier=q_name, dimension="ratio",
                    kind="ratio")


def ratio_partner(text: str, quantity: Quantity, figure: Figure, last_end: int = 0) -> Mention | None:
    """"one in five", "3 out of 10": a ratio; a qualifier before it bounds it
    ("nearly 3 in 10" is [0.27, 0.3])."""
    if quantity.unit or figure.value <= 0 or figure.value != int(figure.value):
        return None
    link = _RATIO_AFTER_RE.match(text, quantity.end)
    if not link:
        return None
    other = figure_at(text, link.end(), allow_sign=False)
    if other is None or other.value <= figure.value or other.value <= 1:
        return None
    if other.plain_integer and 1800 <= other.value <= 2100 and "out" not in link.group():
        return None
    other_end = other.end
    scale = SCALE_SPACED_RE.match(text, other_end)
    if scale:
        other.value *= nums.SCALE_WORDS[scale.group("scale").lower()]
        other_end = scale.end()
    if un.UNIT_AFTER_RE.match(text, other_end) and un.UNIT_AFTER_RE.match(text, other_end).group("word"):
        return None
    if re.match(r"[,.]\d|\s*[%/]", text[other_end:other_end + 2]):
        return None
    value = figure.value / other.value
    name, start = qualifier_before(text, figure.start, last_end) or ("", figure.start)
    low, high = quals.interval(name, value)
    return make_mention(text, start, other_end, value, low, high, qualifier=name, dimension="ratio",
                        kind="ratio", noun_hint=plural_noun_after(text, other_end, 2))


#: Wording before "X over Y" that makes it a margin, not a fraction: "won 3 over 2".
_MARGIN_BEFORE_RE = re.compile(
    r"(?i:\b(?:won|wins?|beat|beats|beaten|defeat(?:ed|s)?|victory|lead|leads|led|finish(?:ed|es)?|"
    r"shot|carded|par|score[sd]?|margin|majority)\b[^.;]{0,20}$)")


def spoken_fraction(text: str, quantity: Quantity, figure: Figure) -> Mention | None:
    """"1 over 3", "one over twenty-five", "2000 over 3": a fraction read
    aloud, kind ratio with the quotient as value.  Only when the
    denominator ends the clause and no score or margin is being told."""
    if quantity.unit or figure.value == 0 or figure.value != int(figure.value):
        return None
    over = nums.OVER_DENOMINATOR_RE.match(text, quantity.end)
    if not over or _MARGIN_BEFORE_RE.search(text, max(0, figure.start - 40), figure.start):
        return None
    link = re.compile(r"\s+over\s+").match(text, quantity.end)
    other = figure_at(text, link.end(), allow_sign=False)
    if other is None or other.value <= 0:
        return None
    value = figure.value / other.value
    return make_mention(text, quantity.start, other.end, value, value, value, dimension="ratio",
                        kind="ratio")


_PLUS_MINUS_RE = re.compile(r"\s*(?:±|\+/-|\+/−|\+-(?!\d))\s*")


def plus_minus(text: str, first: Quantity, figure: Figure) -> Mention | None:
    """"3.2 ± 0.4 points", "9.83e-3 +/- 1e-5 km": one figure, and the
    interval its uncertainty allows.  A unit written only after the
    uncertainty belongs to both; different units on each side are not read."""
    sign = _PLUS_MINUS_RE.match(text, first.end)
    if not sign or first.kind == "money":
        return None
    spread = figure_at(text, sign.end(), allow_sign=False)
    if spread is None or spread.value <= 0:
        return None
    spread_q = read_unit(text, spread, "")
    if spread_q.kind == "money" or (first.unit and spread_q.unit and first.unit != spread_q.unit):
        return None
    unit_from = first if first.unit else spread_q
    value = figure.value
    return make_mention(text, first.start, spread_q.end, value, value - spread.value, value + spread.value,
                        unit=unit_from.unit, dimension=unit_from.dimension, kind=unit_from.kind)


_RANGE_SEP_RE = re.compile(
    r"(?P<sep>\s*-\s+to\s+|\s*(?:-|–|—|‐)\s*|\s+(?:to|and|or|-|–)\s+|\s*(?:to)\s+)", re.I)

_BY_BEFORE_RE = re.compile(r"(?i:\bby\s+$)")
_RANGED_FROM_RE = re.compile(r"(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$)")


def read_range(text: str, first: Quantity, figure: Figure, currency_code: str, before: str):
    """Second end of a range after ``first``; returns a Mention for a
    sports score or a year span, (low, high, start) for a range, or None."""
    sep = _RANGE_SEP_RE.match(text, first.end)
    if not sep:
        return None
    word = sep.group("sep").strip().lower()
    between = _BETWEEN_BEFORE_RE.search(before)
    if word == "and" and not between:
        return None
    change = word.endswith("to") and (_FROM_BEFORE_RE.search(before) or _CHANGE_BEFORE_RE.search(before)) \
        and not _RANGED_FROM_RE.search(before)
    # "cut deaths by 20% to 30%" is a range of the change; "rose by 0.2% to 3.4%" is not
    spread_of_change = change and _BY_BEFORE_RE.search(before)
    if change and not (spread_of_change and first.unit):
        return None
    pos = sep.end()
    second_currency = currency_code
    prefix = re.compile(rf"(?:{un._PREFIX_ALT})\s?").match(text, pos)
    if prefix:
        symbol = prefix.group().strip()
        if currency_code and un.CURRENCY_PREFIXES.get(symbol) != currency_code:
            return None
        second_currency = un.CURRENCY_PREFIXES.get(symbol, "")
        if not currency_code and not first.unit:
            return None  # "10 to $5" is not a range
        pos = prefix.end()
    second = figure_at(text, pos, allow_sign=word not in ("-", "–", "—", "‐") or sep.group().strip() != sep.group())
    if second is None:
        return None
    if figure.words != second.words and word in ("-", "–"):
        return None
    if word == "or":
        if not (figure.value == int(figure.value) and second.value == int(second.value)
                and figure.value < second.value <= 2 * figure.value + 2) or first.unit:
            return None
    if not second.words:
        read_scale(text, second, bool(second_currency))
    if second.scaled and not figure.scaled and not figure.words and figure.value < second.value \
            and first.end == figure.end \
            and second.value / (second.step or 1) > figure.value:
        # "2-3 million", "£2-3bn": the scale belongs to both ends
        scale = second.step / nums.parse_digits(text[second.start:second.start + len(
            re.match(nums.DIGITS_PATTERN, text[second.start:]).group())]).step \
            if not second.words else 1
        figure.value *= scale
        figure.step *= scale
        figure.scaled = True
    second_q = read_unit(text, second, second_currency)
    if second_q.minor_factor != 1.0 and not first.unit:  # "5-10p": both ends in pence
        figure.value *= second_q.minor_factor
        figure.step *= second_q.minor_factor

    if spread_of_change and not (first.unit and first.unit == second_q.unit
                                 and figure.value < second.value <= 2 * figure.value):
        return None
    # dates "24-25 June" are handled before we get here; sports scores and
    # year spans are not ranges of one quantity
    plain_pair = figure.plain_integer and second.plain_integer and not first.unit and not second_q.unit
    if plain_pair and sep.group() == "-" and is_model_number(figure.value, second.value):
        return make_mention(text, first.start, _model_suffix_end(text, second.end), figure.value,
                            None, None, kind="identifier", dimension="")
    chain = re.compile(r"(?:-\d{1,2}(?![\d.,]))+").match(text, second.end) if plain_pair and sep.group() == "-" else None
    if chain and figure.value < 100 and second.value < 100:  # "4-4-2", "2-3-2": a formation
        return make_mention(text, first.start, chain.end(), None, None, None, kind="identifier", dimension="")
    if plain_pair and word in ("-", "–", "—") and sep.group() == sep.group().strip():
        digits = second.end - second.start
        if 1800 <= figure.value <= 2100 and (digits in (1, 2) or figure.value < second.value <= 2100):
            # "2019-20", "2005-6": the second end rewrites the year's last digits
            places = 10 ** digits
            high = second.value if second.value > 100 else figure.value // places * places + second.value
            if high < figure.value:
                high += places
            return make_mention(text, first.start, second.end, None, figure.value, float(high),
                            kind="year", dimension="time")
        if figure.value <= 20 and second.value <= 20 and not PLURAL_NOUN_RE.match(text, second.end) \
                and not AGE_BEFORE_RE.search(before) and not _BETWEEN_BEFORE_RE.search(before):
            return make_mention(text, first.start, second.end, None, None, None, kind="identifier",
                            dimension="")
    if plain_pair and word in ("-", "–", "—") and is_score_or_odds(
            text, figure, second, before, tight=sep.group() == sep.group().strip()):
        return make_mention(text, first.start, second.end, None, None, None, kind="identifier",
                            dimension="")
    if plain_pair and word in ("to", "and") and 1800 <= figure.value <= 2100 and 1800 <= second.value <= 2100 \
            and not PLURAL_NOUN_RE.match(text, second.end):
        start = first.start
        if between:
            start = first.start - len(before) + between.start()
        return make_mention(text, start, second.end, None, figure.value, second.value, qualifier="between",
                        kind="year", dimension="time")
    if word == "to" and figure.plain_integer and not first.unit and 1800 <= figure.value <= 2100 \
            and not (1800 <= second.value <= 2100) and _YEAR_BEFORE_RE.search(before):
        return None  # "from 3,100 in 2015 to 2,300 today": the year dates the first end
    # units must agree; a unit on the second end alone applies to both
    if first.unit and second_q.unit and first.unit != second_q.unit:
        if un.UNITS.get(first.unit) and un.UNITS.get(second_q.unit) and \
                un.UNITS[first.unit].dimension == un.UNITS[second_q.unit].dimension:
            return None  # "44 ml to 50 mg" style: two mentions
        return None
    if first.unit and not second_q.unit:
        if first.kind == "money" and second.value > figure.value:
            set_currency(second_q, currency_code)
        else:
            return None
    if second.value <= figure.value:
        explicit_same_unit = first.unit and first.unit == second_q.unit and first.end > figure.end
        if not (explicit_same_unit and second.value != figure.value):
            return None
    start = first.start
    if between and word == "and":
        start = first.start - len(before) + between.start()
    return first, second_q, start


#: Before a year that dates a change's first end: "from 3,100 in 2015 to 2,300".
_YEAR_BEFORE_RE = re.compile(r"\b(?:in|since|during|by)\s+$", re.I)
#: Wording before a dashed pair that makes it a result or a price: "won 118-109", "at odds of 40-1".
_SCORE_BEFORE_RE = re.compile(
    r"(?i:\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|beaten|beating|drew|draws?|drawn|"
    r"defeat(?:ed|s)?|thrash(?:ed|es)?|trail(?:ed|s|ing)?|led|leads?|leading|edged|scored?|scoreline|"
    r"odds|priced|quoted|backed|victory|win)\b[^.;:!?]{0,30}$)")
#: Nouns after a dashed pair that make it a result or a price: "a 109-118 defeat", "a 5-4 ruling".
_SCORE_AFTER_RE = re.compile(
    r"(?i:\s+(?:(?:home|away|series|league|cup|aggregate|joint|clear|second)\s+)?"
    r"(?:win|wins|winners|victory|victors|success|defeat|loss|losers|draw|lead|favourites?|favorites?|"
    r"outsiders?|shot|chance|scoreline|thrashing|"
    r"aggregate|on\s+aggregate|ruling|decision|verdict|split|majority|result|scrum|formation)\b)")


def is_score_or_odds(text: str, figure: Figure, second: Figure, before: str, tight: bool) -> bool:
    """"won 118-109", "a 33-1 outsider", "drew 2-2", "lost 98-104": two
    whole numbers joined by a dash are a result or betting odds, not a
    range, when the second is not above the first (no one writes a range
    from the top down) or the words around tell of a game, a vote or a
    bet.  A spaced dash ("45 - 12 of them children") may be a parenthesis,
    so it needs those words whatever the order; a noun after the pair
    ("won 20-30 seats") keeps it a range."""
    if _SCORE_AFTER_RE.match(text, second.end):  # "a 1-0 loss", "5-4 winners", "a 2-1 series victory"
        return True
    if PLURAL_NOUN_RE.match(text, second.end) or (
            un.UNIT_AFTER_RE.match(text, second.end) and un.UNIT_AFTER_RE.match(text, second.end).group("word")):
        return False
    context = bool(_SCORE_BEFORE_RE.search(before))
    if tight and second.value <= figure.value:
        return True
    return context


def is_model_number(first: float, second: float) -> bool:
    """"737-800", "747-400", "767-300": a precise three-digit figure joined
    to a round hundred is a model and variant, not a range - someone who
    knows the low end to the unit does not round the high end to hundreds
    ("300-400" and "125-200" stay ranges)."""
    return 100 <= first <= 999 and first % 5 != 0 and 100 <= second <= 999 and second % 100 == 0


def _model_suffix_end(text: str, end: int) -> int:
    """"777-300ER", "737-800NG": letters glued to the variant belong to it."""
    return re.compile(r"[A-Za-z]*").match(text, end).end()


_OVER_FOR_LENGTH_RE = re.compile(
    r"(?i:\b(?:for|in|of|after|than|took|take|takes|taking|taken|lasted|lasting|lasts|last|spent|"
    r"spend|spending|waited|wait|waiting|is|was|are|were|been|be|being|aged|age|serve|served|"
    r"serving|sentenced|jailed|lived|living|worked|working|ran|running|run)\s+$)")
_SPAN_BLOCKERS_AFTER_RE = re.compile(r"(?i:\s+(?:ago|old|earlier|later|before|after)\b)")


def over_is_a_span(text: str, qualifier_start: int, end: int) -> bool:
    """"pledged £50bn over four years": "over" + a duration is the period
    the figure is spread across, not "more than".  It stays "more than"
    after words that take a length ("for over five years", "took over an
    hour", "in over a decade") and before "ago"/"old"."""
    if not re.match(r"(?i:over)\b", text[qualifier_start:qualifier_start + 5]):
        return False
    if _SPAN_BLOCKERS_AFTER_RE.match(text, end):
        return False
    return not _OVER_FOR_LENGTH_RE.search(text, max(0, qualifier_start - 20), qualifier_start)


#: Words after which "over" means "because of" or "concerning": "jailed over £2.3m scam",
#: "row over £40m contract".
_OVER_CONCERNING_BEFORE_RE = re.compile(
    r"(?i:\b(?:charged|arrested|held|detained|jailed|convicted|sentenced|sued|suing|probed|quizzed|"
    r"questioned|investigated|sacked|suspended|expelled|banned|resigns?|resigned|quits?|"
    r"rows?|probes?|investigations?|inquiry|inquiries|dispute|disputes|fury|anger|outrage|concerns?|"
    r"fears?|clash(?:es)?|battle|battles|court|action|case|trial|charges?|scandal|questions)\s+$)")
#: The figure describes the noun after it: "£2.3m tax scam", "$2bn deal", "£300 parking fine".
_OVER_CONCERNING_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:of|in|on|at|to|for|from|and|or|but|with|by|after|before|since|last|this|next|a|an|"
    r"the|each|per|over|under|than|more|less|ago|years?|months?|weeks?|days?|hours?|was|were|is|are|"
    r"has|had|have|will|would|could|may|might|said|says)\b)[A-Za-z]")


def over_means_concerning(text: str, qualifier_start: int, end: int, kind: str) -> bool:
    """"Three men jailed over £2.3m tax scam", "a row over a £40m contract":
    after a word of blame, dispute or worry, "over" says what it is about,
    and a sum that describes the noun after it is no lower bound ("was fined
    over £1m" keeps its bound: no noun follows the sum).  Only sums: after a
    count the noun is what is counted ("arrested over 200 people")."""
    if kind != "money" or not re.match(r"(?i:over)\b", text[qualifier_start:qualifier_start + 5]):
        return False
    if not _OVER_CONCERNING_BEFORE_RE.search(text, max(0, qualifier_start - 30), qualifier_start):
        return False
    return bool(_OVER_CONCERNING_NOUN_AFTER_RE.match(text, end))


#: Verbs whose "over" is a particle, not "more than": "handed over $103,500", "signed over the house".
_OVER_PARTICLE_BEFORE_RE = re.compile(r"(?i:\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|"
                                      r"signed|signing|fork|forks|forked|forking)\s+$)")


#: A verb of movement before "up to": "goes up to Rs 48 from Rs 40" is the new figure, not at most Rs 48
#: (only with "from" and the old figure after it: "the fine goes up to £5,000" is a ceiling).
_MOVED_BEFORE_RE = re.compile(r"(?i:\b(?:go|goes|went|gone|going|move|moves|moved|moving|put|puts|pushed|"
                              r"bumped)\s+$)")
_FROM_AFTER_RE = re.compile(r"(?i:[^.;]{0,40}?\bfrom\s+(?:the\s+)?(?:[A-Z]{0,3}[$£€₹]|Rs\.?\s?)?\d)")


def qualifier_before(text: str, start: int, last_end: int) -> tuple[str, int] | None:
    window = text[max(last_end, start - 40):start]
    match = quals.BEFORE_RE.search(window)
    if not match:
        return None
    name = quals.normalise_before(match.group("qualifier"))
    if not name:
        return None
    at = start - len(window) + match.start("qualifier")
    if match.group("qualifier").lower() == "over" and _OVER_PARTICLE_BEFORE_RE.search(text, max(0, at - 20), at):
        return None
    if (name == "up to" and _MOVED_BEFORE_RE.search(text, max(0, at - 20), at)
            and _FROM_AFTER_RE.match(text, start, start + 60)):
        return None  # 'the fare goes up to Rs 48 from Rs 40': where it moved to, not a ceiling
    return name, at
