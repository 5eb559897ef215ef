"""Reading one figure and what is glued to it: scale, percent, currency, unit.

A :class:`Figure` is the bare number ("2.5", "twenty-one", "3 1/2") with
its rounding step; :func:`read_scale` applies "million"/"bn"/"k";
:func:`read_unit` turns it into a :class:`Quantity` by reading the percent
sign, currency word or unit that follows.  Guards for the letters that are
units and words at once ("m", "in", "C") live here too, as do the small
noun hints ("479 drones") that the context step uses as a fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import numbers as nums
from . import units as un


_NUMBER_AT = re.compile(rf"(?:{nums.DIGITS_PATTERN})(?![\d])|{nums.SPELLED_NUMBER_PATTERN}", re.I)

SCALE_SPACED_RE = re.compile(
    r"(?:\s*-\s*|\s+)(?P<scale>hundred|thousand|million|billion|trillion|lakh|crore|dozen)s?\b", re.I)

SCALE_GLUED_RE = re.compile(
    r"(?P<gap>\s?)(?P<scale>bn|mn|mln|bln|tn|trn|tln|mil|MM|k|K|m|M|b|B|T)(?![A-Za-z0-9])")

_SCALE_ABBR_SPACED_OK = frozenset({"bn", "mn", "mln", "bln", "tn", "trn", "tln", "k", "K", "mil"})

_MIXED_FRACTION_RE = re.compile(r"\s+(\d{1,2})\s*/\s*(\d{1,2})\b(?!/)")

_VULGAR_AFTER_RE = re.compile(rf"\s?([{''.join(nums.VULGAR_FRACTIONS)}])")

_EXPONENT_RE = re.compile(r"\s?[x×*]\s?10\s?\^?\s?([-−+]?\d+)")

#: "8x2^10" (a product with a power of another base) and "1.1^3" (a power).
_PRODUCT_POWER_RE = re.compile(r"\s?[x×*]\s?(\d+(?:\.\d+)?)\s?\^\s?([-−+]?\d{1,3})(?![\d.])")
_POWER_RE = re.compile(r"\^\s?([-−+]?\d{1,3})(?![\d.])")

_PERCENT_RE = re.compile(
    r"(?P<gap>\s?-?)(?P<unit>%|％|(?i:per[\s-]?cent(?:age)?[\s-]+points?|percentage[\s-]+points?"
    r"|basis[\s-]+points?|bps|per[\s-]?cents?|percent(?:age)?s?|pct|pc|ppts?))(?![A-Za-z])"
)

_PERCENT_BEFORE_RE = re.compile(r"(?i:\b(?:per\s?cents?|percents?)\s+of\s+$)")

#: Words after an "m" that make it metres, not million.
_METRE_CONTEXT_RE = re.compile(
    r"(?:-|\s+)(?:tall|high|long|wide|deep|away|above|below|under|underground|"
    r"sprint|race|hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relay|"
    r"final|dash|run|record|depth|height|length|metres|diving|platform|from|of\s+water|"
    r"gold|silver|bronze|title|victory|champion|man|woman|line|taller|shorter|higher|lower|"
    r"longer|per\s+(?:minute|second|hour)|"
    r"in\s+(?:height|length|diameter|depth))\b",
    re.I,
)

#: "1.6m Muslims", "3.2m Americans", "2.1m Labour voters"; not "the 100m Olympics".
_CAPITALISED_PLURAL_RE = re.compile(
    r"\s+(?!(?:Olympics|Games|Championships|Finals|Trials|Nationals|Paralympics)\b)"
    r"[A-Z][a-z]+(?:s|\s+[a-z]+s|\s+(?:people|children|men|women))\b")

#: Common words that end in "s" without being plural nouns.
_NOT_PLURAL = (r"(?:across|always|perhaps|towards?|afterwards|upwards|downwards|backwards|forwards|"
               r"overseas|indoors|outdoors|hurdles|freestyle|unless|whereas|thus|plus|less|was|has|is|"
               r"this|its|his|hers|yours|ours|theirs|as|us|yes|besides|nowadays|sometimes)\b")

PLURAL_NOUN_RE = re.compile(
    rf"\s+(?:(?!{_NOT_PLURAL})[a-z]+s|people|children|men|women|staff|police|cattle)\b")

#: "1.4m cash machines", "4.5m public sector workers": a plural noun one
#: or two words on, after words that are not prepositions or articles.
_PLURAL_NOUN_LATER_RE = re.compile(
    r"\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|in|at|on|to|for|from|by|with|into|of|the|a|an|and|or|but|as|than|over|under|"
    r"after|before|during|since|while|when|this|that|its|his|her|their)\b)[a-z]+(?:-[a-z]+)?"
    r"(?:\s+[a-z]+)?\s+(?:[a-z]+[^su\W]s|people|children|men|women|staff|police|cattle)\b")
#: A sentence about running, swimming or rowing races.
_TRACK_EVENT_RE = re.compile(
    r"(?i:\bolympi|\bathlet|\bsprint|\bmarathon|\brelay|\bhurdles|\bfreestyle|\bbutterfly|"
    r"\bbackstroke|\bbreaststroke|\bmedley|\bworld\s+(?:record|champion)|\bpersonal\s+best|\bmetres\b)")

#: Just before an "m" figure, words that make it a length: "cleared 1.8m",
#: "jumped 2.1m", "stands 1.9m" (not "stands at 1.8m": a total), "a height
#: of 1.8m", "a personal best of 6.4m".
_LENGTH_BEFORE_RE = re.compile(
    r"(?i:\b(?:clear(?:ed|s|ing)?|jump(?:ed|s|ing)?|leap(?:t|ed|s)?|vault(?:ed|s|ing)?|"
    r"thr(?:ew|ows?|own|owing)|hurl(?:ed|s)?|measur(?:ed|es|ing)(?:\s+(?:at|just|about|some|around))?|"
    r"stands?|stood|standing|"
    r"(?:height|depth|length|width|diameter|wingspan|span|clearance|leap|jump|throw|vault|"
    r"personal\s+best|season'?s?\s+best|best|mark)\s+of(?:\s+(?:about|around|almost|nearly|over|just))?)"
    r"\s+$)")

#: A sentence about field athletics, where an "m" after a figure is metres.
_FIELD_EVENT_RE = re.compile(
    r"(?i:\b(?:high|long|triple)\s+jump|\bpole[\s-]+vault|\bjavelin|\bdiscus|\bhammer\s+throw|"
    r"\bshot[\s-]+put|\bheptathl|\bdecathl|\bpentathl)")

_TEMPERATURE_CONTEXT_RE = re.compile(
    r"(?i:temperature|degree|heat|hot|cold|warm|weather|celsius|fahrenheit|thermometer|frost|"
    r"freez|chill|cool|mild|sunny|scorch|high\s+of|low\s+of|climate|fever|°|oven|fryer|bak(?:e|ing)|grill|roast|melt|"
    r"boil|kiln|furnace)"
)

_HINT_STOP = frozenset("""
of the a an and or but in on at to for by with from is was were are be been has have
had will would could should may might must can do does did than that which who this
these those as per a-year ago each year years more less over under about around its
their his her our my your it they he she we i you so if not no also into while when
then there here what more most such some any all both only just even still yet again
""".split())

_IRREGULAR_PLURALS = frozenset("people children men women staff police cattle sheep fish "
                               "deer personnel crew aircraft media data".split())


@dataclass
class Figure:
    """A number with its scale, before units and qualifiers are read."""

    start: int
    end: int
    value: float
    step: float          # rounding step, in the same scale as value
    scaled: bool = False  # written with a scale word ("1.3 million", "£30m")
    words: bool = False   # spelled out
    plain_integer: bool = True  # digits only, no separator, no decimals
    scale_m: bool = False  # ended in an "m" that could be metres


@dataclass
class Quantity:
    figure: Figure
    start: int
    end: int
    unit: str = ""
    dimension: str = "count"
    kind: str = "count"
    base_currency: str = ""
    minor_factor: float = 1.0  # "3p": the figure was scaled by 0.01 into pounds


def read_digits(text: str, start: int, end: int) -> Figure | None:
    surface = text[start:end]
    try:
        parsed = nums.parse_digits(surface)
    except ValueError:
        return None
    figure = Figure(start, end, parsed.value, parsed.step,
                     plain_integer=bool(re.fullmatch(r"\d+", surface)))
    mixed = _MIXED_FRACTION_RE.match(text, end)
    if mixed and "." not in surface and 0 < int(mixed.group(1)) < int(mixed.group(2)):
        figure.value += int(mixed.group(1)) / int(mixed.group(2))
        figure.end, figure.plain_integer, figure.step = mixed.end(), False, 1 / int(mixed.group(2))
        return figure
    vulgar = _VULGAR_AFTER_RE.match(text, end)
    if vulgar and "." not in surface:
        figure.value += nums.VULGAR_FRACTIONS[vulgar.group(1)]
        figure.end, figure.plain_integer = vulgar.end(), False
        return figure
    exponent = _EXPONENT_RE.match(text, end)
    if exponent:
        figure.value *= 10.0 ** int(exponent.group(1).replace("−", "-"))
        figure.end, figure.plain_integer = exponent.end(), False
        return figure
    product = _PRODUCT_POWER_RE.match(text, end)
    if product:
        figure.value *= float(product.group(1)) ** int(product.group(2).replace("−", "-"))
        figure.end, figure.plain_integer = product.end(), False
        return figure
    power = _POWER_RE.match(text, end)
    if power:
        figure.value **= int(power.group(1).replace("−", "-"))
        figure.end, figure.plain_integer = power.end(), False
    return figure


def read_scale(text: str, figure: Figure, currency: bool) -> None:
    """Apply a scale word or abbreviation after the digits ("1.3 million", "2.5bn")."""
    spaced = SCALE_SPACED_RE.match(text, figure.end)
    if spaced:
        scale = nums.SCALE_WORDS[spaced.group("scale").lower()]
        # a larger scale word right after multiplies again: "3 lakh crore"
        # (3e12), "2 hundred thousand"; "dozen" never compounds
        while spaced.group("scale").lower() != "dozen":
            more = SCALE_SPACED_RE.match(text, spaced.end())
            if not more or nums.SCALE_WORDS[more.group("scale").lower()] <= scale \
                    or more.group("scale").lower() == "dozen" or more.group().lstrip()[:1] == "-":
                break
            scale *= nums.SCALE_WORDS[more.group("scale").lower()]
            spaced = more
        figure.value *= scale
        figure.step *= scale
        figure.end, figure.scaled, figure.plain_integer = spaced.end(), True, False
        _read_rest_of_number(text, figure, scale)
        return
    glued = SCALE_GLUED_RE.match(text, figure.end)
    if not glued:
        return
    token = glued.group("scale")
    if glued.group("gap") and token not in _SCALE_ABBR_SPACED_OK:
        return
    if token in ("b", "B", "M", "MM") and not currency and figure.value >= 1000:
        return
    if token == "T" and not currency:
        return
    after = glued.end()
    if token == "m":
        if not currency:
            currency_after = un.CURRENCY_WORD_RE.match(text, after)
            if not currency_after and (_METRE_CONTEXT_RE.match(text, after)
                                       or not _looks_like_million(text, after, figure)):
                return  # metres: the unit reader takes it
        figure.scale_m = not currency
    scale = nums.SCALE_ABBREVIATIONS[token.lower()] if token != "MM" else 1e6
    figure.value *= scale
    figure.step *= scale
    figure.end, figure.scaled, figure.plain_integer = after, True, False


def _looks_like_million(text: str, pos: int, figure: Figure) -> bool:
    """"1.3m people", "2.7m passport applications", "down from 1.1m the year
    before", "stands at 1.8m." are millions; "a 100m race", "800m gold",
    "a 10m wall", "she cleared 1.8m" and "the 1.3m (4.2ft) robot" are metres.

    A figure with one decimal followed by more words ("11.9m watched") is
    far more often a count in millions; whole figures ("800m victory") and
    centimetre precision ("2.05m") are lengths unless a plural noun follows."""
    plural = PLURAL_NOUN_RE.match(text, pos)
    if plural:
        return True
    if re.match(r"\s+(?:of|more|new|a\s+year|annually|[a-z]+ers)\b", text[pos:pos + 12]):
        return True
    if _PLURAL_NOUN_LATER_RE.match(text, pos) and not _in_track_and_field(text, figure.start, pos):
        return True  # "the 1.4m cash machines", not "the 10,000m world records"
    if figure.value < 100 and _is_length_context(text, figure.start, pos):
        return False  # "He cleared 1.8m in the high jump"
    if re.search(r"\.\d\d$", text[figure.start:pos - 1]):
        return False  # "2.05m": lengths are written to the centimetre, counts rarely
    if re.match(r"\s+(?:into|onto|up|down|across|along|off|through|underwater|apart|inland|offshore)\b",
                text[pos:pos + 14]):
        return False
    modifier = re.search(r"(?i:\b(?:a|an|the|its|his|her|their|this|that|each)\s+$)",
                         text[max(0, figure.start - 8):figure.start])
    one_decimal = bool(re.search(r"\d\.\d$", text[figure.start:pos - 1]))
    if one_decimal and _CAPITALISED_PLURAL_RE.match(text, pos):
        return True  # "1.6m Muslims", "2.1m Labour voters"
    # "fallen 1m barrels to 294.3m.", "unemployment stands at 1.8m,": with no
    # word of length about, a one-decimal "m" ending a clause is a count
    return one_decimal and bool(re.match(r"\s+[a-z]|[.,;:!?](?:\s|$)|$", text[pos:pos + 2])) \
        and not modifier


def _is_length_context(text: str, start: int, end: int) -> bool:
    """An "m" figure whose wording is about heights and lengths: a verb or
    noun of measuring or of field athletics just before it, or a sentence
    about a field event.  Counts in millions are not cleared, jumped or
    thrown; "stands at 1.8m" (a jobless total) stays a count."""
    if _LENGTH_BEFORE_RE.search(text[max(0, start - 40):start]):
        return True
    left, right = _sentence_span(text, start, end)
    return bool(_FIELD_EVENT_RE.search(text, left, right))


def _in_track_and_field(text: str, start: int, end: int) -> bool:
    left, right = _sentence_span(text, start, end)
    sentence = text[left:right]
    return bool(_FIELD_EVENT_RE.search(sentence) or _TRACK_EVENT_RE.search(sentence))


#: What may join a scale word to the smaller rest of the same number:
#: "3 hundred and 21", "4 thousand 3 hundred", "three million, two hundred".
_REST_JOINER_RE = re.compile(r"(?P<joiner>,\s+|\s+(?:and|&)\s+|\s+)(?=[\da-zA-Z])")

_AND_A_HALF_RE = re.compile(r"\s+and\s+a\s+half\b", re.I)

#: A range or a list is being read, not one number: "between 2 million and 300,000".
_RANGE_OPENER_RE = re.compile(r"(?i:\b(?:between|from)\s+(?:\S+\s+){0,2}$)")


def _read_rest_of_number(text: str, figure: Figure, scale: float) -> None:
    """Extend a figure that ends in a scale word with the smaller rest of the
    same number, written in digits or words: "3 hundred and 21" (321),
    "4 thousand 3 hundred and 21", "6 crore and two hundred", "3 million
    and a half", "three million, two hundred and forty".

    The rest must be smaller than the scale it follows (so "2 million and
    3 million" stays two figures).  A comma only joins words to words, as
    careful prose writes a long number out; a bare space only joins a rest
    that carries its own scale word ("4 thousand 3 hundred").  After
    "between"/"from" the "and" belongs to a range and is left alone."""
    while scale >= 100:
        half = _AND_A_HALF_RE.match(text, figure.end)
        if half and scale >= 1000 and not _RANGE_OPENER_RE.search(text, max(0, figure.start - 30), figure.start):
            figure.value += scale / 2
            figure.step = scale / 10
            figure.end = half.end()
            return
        joiner = _REST_JOINER_RE.match(text, figure.end)
        if not joiner:
            return
        kind = joiner.group("joiner").strip()
        if kind in ("and", "&") and _RANGE_OPENER_RE.search(text, max(0, figure.start - 30), figure.start):
            return
        match = _NUMBER_AT.match(text, joiner.end())
        if not match:
            return
        words = not (match.group()[0].isdigit() or match.group()[0] == ".")
        if kind == "," and not (figure.words and words):
            return
        if words:
            rest = read_words(text, match.start(), match.end(), rest_of_number=True)
        else:
            rest = read_digits(text, match.start(), match.end())
            if rest is not None and not rest.plain_integer:
                return
            rest_scale = SCALE_SPACED_RE.match(text, match.end()) if rest is not None else None
            if rest is not None and rest_scale:
                rest_scale_value = nums.SCALE_WORDS[rest_scale.group("scale").lower()]
                rest.value *= rest_scale_value
                rest.end, rest.step, rest.scaled = rest_scale.end(), rest_scale_value, True
        if rest is None or not 1 <= rest.value < scale:
            return
        if kind == "" and not rest.scaled and not words:
            return  # "4 thousand 300 people" is two figures or a typo, not 4,300
        if re.match(r"[.,]?\d|\s*-\s*\d", text[rest.end:rest.end + 4]):  # "and 21-25", a list or range
            return
        figure.value += rest.value
        figure.step = rest.step
        figure.scaled = rest.step > 1
        figure.end = rest.end
        scale = rest.step if rest.scaled else 1


def read_words(text: str, start: int, end: int, rest_of_number: bool = False) -> Figure | None:
    surface = text[start:end]
    value = nums.parse_words(surface)
    if value is None:
        return None
    step = nums.word_step(surface)
    figure = Figure(start, end, value, step, scaled=step > 1, words=True, plain_integer=False)
    tokens = surface.lower().split()
    last_scale = nums.SCALE_WORDS.get(tokens[-1], 0) if tokens else 0
    if not rest_of_number and last_scale >= 1000 and not tokens[-1].startswith("dozen"):
        _read_rest_of_number(text, figure, last_scale)
    return figure


def figure_at(text: str, pos: int, allow_sign: bool = True) -> Figure | None:
    """Read a figure starting at ``pos`` (used for the second end of a range)."""
    sign = 1.0
    match = re.compile(r"[-−]").match(text, pos) if allow_sign else None
    if match:
        sign, pos = -1.0, match.end()
    match = _NUMBER_AT.match(text, pos)
    if not match:
        return None
    if match.group()[0].isdigit() or match.group()[0] == ".":
        figure = read_digits(text, match.start(), match.end())
    else:
        figure = read_words(text, match.start(), match.end())
    if figure is None:
        return None
    figure.value *= sign
    return figure


_ARTICLE_BEFORE_UNIT_RE = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.I)
#: Long spans are reported in years, so that "half a century" and "50 years" compare.
_IN_YEARS = {"decade": 10, "century": 100, "millennium": 1000}


def read_unit(text: str, figure: Figure, currency_code: str) -> Quantity:
    """Attach percent / currency / unit after the figure (end moves right)."""
    quantity = Quantity(figure, figure.start, figure.end)
    pos = figure.end
    if currency_code:
        set_currency(quantity, currency_code)
        # "£30m pounds" never happens; but "$5 million dollars" does
        word = un.CURRENCY_WORD_RE.match(text, pos)
        if word and un.CURRENCY_WORDS.get(word.group("word").lower()) == currency_code:
            quantity.end = word.end()
        return quantity
    reversed_percent = _PERCENT_BEFORE_RE.search(text, max(0, figure.start - 20), figure.start)
    if reversed_percent and not re.search(r"\d\s*$", text[max(0, reversed_percent.start() - 3):reversed_percent.start()]):
        quantity.unit, quantity.dimension, quantity.kind = "percent", "percent", "percent"
        quantity.start = figure.start = reversed_percent.start()
        return quantity
    if figure.words and 0 < figure.value < 1:  # "half a percentage point", "a quarter of a point"
        pos = _past_article_before_points(text, pos)
    percent = _PERCENT_RE.match(text, pos)
    if percent:
        surface = percent.group("unit").lower()
        if "point" in surface or surface.startswith("ppt"):
            quantity.unit = "percentage point"
        elif "basis" in surface or surface in ("bps",):
            quantity.unit = "basis point"
        else:
            quantity.unit = "percent"
        quantity.dimension = quantity.kind = "percent"
        quantity.end = percent.end()
        return quantity
    points = _POINTS_AFTER_RE.match(text, pos)
    if points and _points_are_percentage_points(text, figure.start, points.end()):
        quantity.unit = "percentage point"
        quantity.dimension = quantity.kind = "percent"
        quantity.end = points.end()
        return quantity
    money = currency_after(text, pos, figure)
    if money:
        code, end = money
        set_currency(quantity, code)
        quantity.end = end
        minor = _minor_part(text, end, code) if not figure.scaled else None
        if minor:  # "3 dollars 50 cents", "four pounds and 20p"
            figure.value += minor[0]
            figure.step = 0.01
            quantity.end = minor[1]
        return quantity
    if figure.words and 0 < figure.value < 1:  # "half a century", "three quarters of an hour"
        article = _ARTICLE_BEFORE_UNIT_RE.match(text, pos)
        if article and un.UNIT_AFTER_RE.match(text, article.end()) \
                and un.UNIT_AFTER_RE.match(text, article.end()).group("word"):
            pos = article.end()
    unit_match = un.UNIT_AFTER_RE.match(text, pos)
    if unit_match and _unit_acceptable(text, unit_match, figure):
        unit = un.lookup_surface(unit_match.group("word") or unit_match.group("symbol"),
                                 unit_match.group("symbol") is not None)
        if unit is not None:
            quantity.unit = unit.name
            quantity.dimension = unit.dimension
            quantity.kind = "measure"
            quantity.end = unit_match.end()
            if unit.name in _IN_YEARS:  # "half a century" -> 50 years, "two decades" -> 20
                figure.value *= _IN_YEARS[unit.name]
                figure.step *= _IN_YEARS[unit.name]
                quantity.unit = "year"
    return quantity


def _past_article_before_points(text: str, pos: int) -> int:
    """"half a percentage point", "three-quarters of a point": a spelled
    fraction reaches its unit through "a"/"of a".  Returns where the unit
    starts, or ``pos`` when no percentage word or "point" follows."""
    article = _ARTICLE_BEFORE_UNIT_RE.match(text, pos)
    if not article:
        return pos
    percent = _PERCENT_RE.match(text, article.end())
    if (percent and percent.group("gap") and percent.group("unit")[0].isalpha()) \
            or _POINTS_AFTER_RE.match(text, article.end()):
        return article.end()
    return pos


_POINTS_AFTER_RE = re.compile(r"\s+(?:points?|pts)\b(?![-\w])")

#: A sentence about percentages or shares: "41%", "per cent", "vote share", "approval rating".
_PERCENT_TALK_RE = re.compile(
    r"%|(?i:\bper\s?cent|\bpercent|\bpercentage|\bshare\s+of|\bvote\s+share|\bshare\b|"
    r"\bapproval|\bturnout|\binflation|\bunemployment|\binterest\s+rates?)")

#: Index, sports and game points stay counts: "the FTSE fell 40 points", "scored 25 points".
_COUNTED_POINTS_RE = re.compile(
    r"(?i:\bftse|footsie|\bdow\b|nasdaq|s&p|nikkei|hang\s+seng|\bdax\b|\bcac\b|"
    r"\bindex|\bindices|scor(?:e|ed|es|ing)\b|rebounds|assists|\bgoals?\b|\bleague|"
    r"\bpoints\s+table|\bmatch|\bgames?\b|\bseason|licence|penalty\s+points|share\s+price)")


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start..end``: a full stop counts as an end only
    when a space follows ("5.8" does not end a sentence)."""
    left = max(text.rfind(". ", 0, start), text.rfind("! ", 0, start), text.rfind("? ", 0, start),
               text.rfind("\n", 0, start))
    stops = [i for i in (text.find(". ", end), text.find("! ", end), text.find("? ", end),
                         text.find("\n", end)) if i != -1]
    return left + 1, (min(stops) if stops else len(text))


def _points_are_percentage_points(text: str, start: int, end: int) -> bool:
    """"rose 5.8 points to 41%", "her approval rating fell 8 points": in a
    sentence that talks about percentages or shares, "points" are
    percentage points.  Index, sports and licence points stay counts."""
    left, right = _sentence_span(text, start, end)
    sentence = text[left:right]
    return bool(_PERCENT_TALK_RE.search(sentence)) and not _COUNTED_POINTS_RE.search(sentence)


def set_currency(quantity: Quantity, code: str) -> None:
    """Make ``quantity`` money in ``code``.  A minor unit is written in its
    major currency ("3p" -> 0.03 GBP, "14 cents" -> 0.14 USD) so that "3p"
    and "£0.03" compare as the same amount."""
    _, base, factor = un.currency_unit(code)
    if factor != 1.0 and quantity.minor_factor == 1.0:
        quantity.figure.value *= factor
        quantity.figure.step *= factor
        quantity.minor_factor = factor
    quantity.unit = base
    quantity.dimension = "currency"
    quantity.kind = "money"
    quantity.base_currency = base


_MINOR_PART_RE = re.compile(
    rf"(?:\s+and)?\s+(?P<number>\d{{1,2}}|{nums.SPELLED_NUMBER_PATTERN})"
    r"(?:\s*(?P<minor>cents?|pence|p)\b)")


def _minor_part(text: str, pos: int, code: str) -> tuple[float, int] | None:
    """(amount in the major unit, end) of the minor-unit part written after a
    major amount: "thirteen dollars and forty-five cents" adds 0.45.
    Cents go with any currency (dollar or euro cents), pence only with pounds."""
    if code in un.MINOR_CURRENCIES:
        return None
    match = _MINOR_PART_RE.match(text, pos)
    if not match or (match.group("minor") != "cents" and match.group("minor") != "cent" and code != "GBP"):
        return None
    number = match.group("number")
    value = float(number) if number.isdigit() else nums.parse_words(number)
    if value is None or not 0 < value < 100 or value != int(value):
        return None
    return value / 100, match.end()


def currency_after(text: str, pos: int, figure: Figure) -> tuple[str, int] | None:
    """A currency word or symbol after the figure ("30 million dollars", "50p", "15€")."""
    symbol = un.CURRENCY_SUFFIX_SYMBOL_RE.match(text, pos)
    if symbol and (not symbol.group("gap") or symbol.group("symbol") in "€£¥₹₩₽₺₦₪₱₿₡₾₭元"):
        return un.CURRENCY_PREFIXES[symbol.group("symbol")], symbol.end()
    word = un.CURRENCY_WORD_RE.match(text, pos)
    if not word:
        return None
    surface = word.group("word").lower()
    if word.group("word") in ("Cent", "Cents", "Pence", "Penny"):
        return None  # capitalised after a number it is a name ("50 Cent")
    glued = not word.group("gap")
    if surface in un.CURRENCY_WORDS_GLUED_ONLY and (not glued or word.group("word") != surface):
        return None
    if surface in un.CURRENCY_WORDS_GLUED_ONLY and glued and figure.scaled:
        return None
    if surface in un.CURRENCY_WORDS_NEED_SCALE:
        if surface.startswith("pound") or surface == "sterling":
            if not (figure.scaled or re.match(r"\s+sterling", text[word.end():]) or surface == "sterling"
                    or _MONEY_BEFORE.search(text[max(0, figure.start - 40):figure.start])):
                return None
        elif not (figure.scaled or "," in text[figure.start:figure.end]):
            return None
    code = un.CURRENCY_WORDS[surface]
    if code == "USX" and _euro_cents(text, figure.start):
        code = "EUX"  # 'from 0.54 euros to 0.73 euros a litre, an increase of 19 cents'
    return code, word.end()


#: Right before a figure in pounds: a word of money, so the pounds are sterling, not weight ('will pay
#: him 120,000 pounds a week', 'a fee of 40,000 pounds').
_MONEY_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying|earn(?:s|ed|ing)?|wages?|salary|salaries|fees?|fined?|costs?|"
                           r"costing|worth|priced?|bonus(?:es)?|compensation|owe[sd]?|owing|bills?|budget|donat(?:e|ed|ing)|"
                           r"raised?|raising|spen[dt]|spending|charged?|charging|rent)\b(?:\s+[\w'\u2019]+){0,3}?\s*$", re.I)
_EURO_RE = re.compile(r"€|\beuros?\b|\bEUR\b", re.I)
_DOLLAR_RE = re.compile(r"\$|\bdollars?\b|\bUSD\b", re.I)


def _euro_cents(text: str, at: int) -> bool:
    """Are the cents of a figure at ``at`` euro cents? Its sentence speaks of euros and not of dollars."""
    left, right = _sentence_span(text, at, at)
    sentence = text[left:right]
    return bool(_EURO_RE.search(sentence)) and not _DOLLAR_RE.search(sentence)


def _unit_acceptable(text: str, match: re.Match, figure: Figure) -> bool:
    """Guard the unit symbols that are also words or letters."""
    symbol = match.group("symbol")
    word = match.group("word")
    after = text[match.end():match.end() + 40]
    gap = match.group("gap")
    if word is not None:
        lowered = word.lower()
        if lowered in ("stone",) and gap.strip() == "-":
            return True
        if lowered in ("second", "seconds") and figure.words and re.match(r"\s+(?:place|time|round|half)", after):
            return False
        return True
    if symbol not in un.AMBIGUOUS_SYMBOLS:
        return True
    glued = gap == ""
    if symbol in ("C", "F"):
        return _glued_temperature(text, match, figure)
    if symbol in ("°", "º"):
        return True
    if symbol == "m" and figure.scale_m:
        return False
    if glued:
        if symbol in ("in", "st", "kn", "h") and figure.words:
            return False
        return symbol not in ("in",) or bool(re.match(r"\s*(?:[.,;:)\]!?]|$)", after))
    # spaced ambiguous symbol: only when punctuation or the end follows,
    # or in a size ("1 m x 2 m") or an amount of a substance ("4 L of wine")
    if symbol in ("g", "h", "J", "W", "st", "kn", "C", "F"):
        return False
    if figure.words:
        return False
    if symbol in ("m", "L", "t") and re.match(r"\s*[x×]\s*\d", after):
        return True
    if symbol == "L" and re.match(r"\s+of\s+[a-z]", after):
        return True
    return bool(re.match(r"\s*(?:[.,;:)\]!?]|$)", after))


#: Words that make "<digits>C" a label ("seat 14C", "flat 3C", "room 12F").
_LABEL_BEFORE_TEMPERATURE_RE = re.compile(
    r"(?i:\b(?:seat|seats|flat|flats|apartment|room|row|form|class|grade|grades|gate|platform|"
    r"unit|block|bus|route|level|floor|bay|stand|size|cup|type|no\.?|number)\s+$|\bYear\s+$)")


#: Forms and filings named by a number and a letter ("13F", "10-K").
_FILING_RE = re.compile(r"(?i:\bfil(?:e|ed|es|ing|ings)\b|\bSEC\b|\bregulatory\b)")


def _glued_temperature(text: str, match: re.Match, figure: Figure) -> bool:
    """"30C", "-95C", "minus 4C", "104F": a C or F glued to the digits is a
    temperature in news copy - whatever the value, since judging whether
    104C is plausible is the rules' job, not the reader's.  It is a label
    after a label word ("seat 14C", "flat 3C") or when more letters,
    digits or a hyphen follow ("4Cs", "12C-14"); a bare single digit with
    no temperature word nearby ("grade 4C", "a 2F pencil") stays a label
    too. Spaced ("31.5 C", as some styles write it) it is a temperature only with a word of
    temperature near and two digits or more."""
    if re.match(r"[-/\w]", text[match.end():match.end() + 1]):
        return False
    if _LABEL_BEFORE_TEMPERATURE_RE.search(text, max(0, figure.start - 12), figure.start):
        return False
    window = text[max(0, match.start() - 120):match.end() + 120]
    written = text[figure.start:match.start()]  # the sign, when there is one, is already inside
    if match.group("gap") != "":
        # '31.5 C', spaced in some styles: only one space, a word of temperature near, and more than a lone digit
        return (match.group("gap") == " " and len(re.sub(r"\D", "", written)) >= 2
                and bool(_TEMPERATURE_CONTEXT_RE.search(window)))
    if _TEMPERATURE_CONTEXT_RE.search(window):
        return True
    if _FILING_RE.search(window):
        return False  # "the 13F filing", "when must 13F be filed": a form's name
    signed = re.match(r"(?i:minus|[-−])", written)
    return bool(signed) or len(re.sub(r"\D", "", written)) >= 2 or "." in written


def noun_after_of(text: str, pos: int) -> str:
    match = re.compile(r"\s+of\s+([a-z][a-z-]+)\b").match(text, pos)
    if match and match.group(1) not in _HINT_STOP:
        return match.group(1)
    return ""


def plural_noun_after(text: str, end: int, value: float) -> str:
    match = re.compile(r"\s+([a-z][a-z'-]*)\b").match(text, end)
    if not match:
        return ""
    word = match.group(1)
    if word in _HINT_STOP or word.endswith("ly") or "'" in word:
        return ""
    if word in _IRREGULAR_PLURALS or value == 1:
        return word
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word
    return ""
