"""Find every numeric mention in English news text - without a parser.

``scan(text)`` returns :class:`Mention` rows sorted by start, never
overlapping.  It is the fast lexical pass of the extractor: one compiled
regex (``ATOM_RE``) finds candidate figures over the whole text, and only
then does Python code look at the few characters around each candidate
(with patterns anchored at known offsets) to read its scale, unit,
currency, qualifier, range partner and kind.  The spaCy pass in
``context.py`` adds subjects and predicates afterwards.

Decisions worth knowing (the tests pin them down):

* Surface: ``Mention.text`` is the exact source slice and *includes* the
  qualifier words ("about 400", "more than £30m", "between 300 and 400",
  "400 or more"); the qualifier is also given, normalised, in ``qualifier``.
* ``value`` is the figure as written, in ``unit``, with scale applied
  ("£2.5bn" -> 2.5e9 GBP).  ``low``/``high`` are the interval the wording
  allows (qualifier table and rounding rule in :mod:`.qualifiers`).
* A range ("300-400", "between 300 and 400", "3 to 4 litres") is ONE
  mention: ``low``/``high`` are its ends and ``value`` is the midpoint
  (qualifier "between").  "from 2% to 5%" is two mentions (a change,
  not a range).  Vague plurals ("hundreds of", "tens of thousands") have
  ``value = None`` and an interval.
* Kinds: claims are count, measure, percent, money, ratio, age.  Non-claims
  are typed, not dropped: year (value = the year; decades give the first
  year with low/high spanning the decade; spans such as "2019-20" have
  value None), date (value None), time (value = hour of day, 0-24),
  ordinal (value = the rank), identifier (value = the number inside, or
  None; low/high None; phone numbers, sports scores, model numbers).
* Proportions ("a third of", "two-thirds", "half of", "one in five") and
  multipliers ("four-fold", "doubled", "twice as", "three times more")
  are kind ratio with unit "" and value as a plain factor (1/3, 0.2, 4).
* Temperatures are converted to degree Celsius as base; a bare "degrees"
  keeps unit "degree" with no base value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import numbers as nums
from . import qualifiers as quals
from . import units as un

INF = float("inf")


@dataclass
class Mention:
    """One numeric mention, as read from the text alone."""

    start: int
    end: int
    text: str                 # == source[start:end], qualifier words included
    value: float | None       # figure as written, in ``unit``
    low: float | None         # interval the wording allows, in ``unit``
    high: float | None
    qualifier: str            # normalised qualifier ("over", "about", ...) or ""
    unit: str                 # normalised unit name, "" for a bare count
    dimension: str            # "count", "length", "currency", "percent", ...
    base_unit: str
    base_value: float | None
    base_low: float | None
    base_high: float | None
    kind: str                 # one of factcheck.model.KINDS
    noun_hint: str = ""       # the plain noun right after the figure, if any


# --------------------------------------------------------------------------
# Lexicon used by the context checks
# --------------------------------------------------------------------------

_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_ORDINAL_WORD_ALT = nums.word_alternation(nums.ORDINAL_WORDS)
_TENS_ALT = nums.word_alternation(nums.TENS_WORDS)
_MULTIPLIER_WORDS = {
    "doubled": 2, "doubling": 2, "doubles": 2, "tripled": 3, "trebled": 3, "tripling": 3,
    "triples": 3, "quadrupled": 4, "quadrupling": 4, "halved": 0.5, "halving": 0.5,
    "twice": 2, "thrice": 3,
}
_FOLD_WORDS = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6,
    "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "twentyfold": 20,
    "hundredfold": 100, "thousandfold": 1000,
}

#: Every candidate figure in one pass.  Order matters where two branches
#: can start at the same offset: the more specific one comes first.
ATOM_RE = re.compile(
    rf"""
    (?=[\d+(’'{"".join(nums.VULGAR_FRACTIONS)}])(?:
      (?P<phone>(?<![\w+])(?:\+\d{{1,3}}[\s-]?(?:\(0\)\s?)?\d{{1,4}}|\(?0\d{{2,4}}\)?)(?:[\s-]\d{{3,4}}){{2}}(?![\d]))
    | (?P<isodate>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
    | (?P<numdate>\b\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})\b(?![./]\d))
    | (?P<clock>\b\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:[apAP]\.[mM]\.|[apAP][mM]\b)
        |\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![\d:])(?:\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|hrs|local\stime)\b)?
        |\b\d{{4}}\s?(?:GMT|BST|UTC|hrs)\b)
    | (?P<slash>\b\d+/\d+\b(?!/))
    | (?P<ordinal>\b\d+(?:st|nd|rd|th)\b)
    | (?P<decade>[’']\d0s\b|\b\d{{3}}0[’']?s\b|\b[2-9]0s\b)
    | (?P<digits>(?<![\d.,])(?:{nums.DIGITS_PATTERN})(?![\d]))
    | (?P<vulgar>[{"".join(nums.VULGAR_FRACTIONS)}])
    )
  | \b(?=[A-Za-z])(?:
      (?P<vague>{nums.word_alternation(["tens", "hundreds", "thousands", "millions", "billions",
                                         "trillions", "dozens", "scores"])}
        (?:\s+of\s+(?:thousands|millions|billions))?\b(?!-))
    | (?P<couple>[aA]\s+couple(?=\s+of\b))
    | (?P<mult>{nums.word_alternation(list(_MULTIPLIER_WORDS) + list(_FOLD_WORDS))}\b)
    | (?P<ordword>(?:{_TENS_ALT}-?)?{_ORDINAL_WORD_ALT}\b)
    | (?P<words>{nums.SPELLED_NUMBER_PATTERN})
    )
    """,
    re.X,
)
#: Web addresses and e-mail addresses: figures inside them are not mentions.
_URL_TOKEN_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")

_NUMBER_AT = re.compile(rf"(?:{nums.DIGITS_PATTERN})(?![\d])|{nums.SPELLED_NUMBER_PATTERN}", re.I)

_SCALE_SPACED_RE = re.compile(
    r"(?:\s*-\s*|\s+)(?P<scale>hundred|thousand|million|billion|trillion|lakh|crore|dozen)s?\b", re.I)
_SCALE_GLUED_RE = re.compile(
    r"(?P<gap>\s?)(?P<scale>bn|mn|mln|bln|tn|trn|tln|mil|MM|k|K|m|M|b|B|T)(?![A-Za-z0-9])")
_SCALE_ABBR_SPACED_OK = frozenset({"bn", "mn", "mln", "bln", "tn", "trn", "tln", "k", "K", "mil"})
_MIXED_FRACTION_RE = re.compile(r"\s+(\d{1,2})\s*/\s*(\d{1,2})\b(?!/)")
_VULGAR_AFTER_RE = re.compile(rf"\s?([{''.join(nums.VULGAR_FRACTIONS)}])")
_EXPONENT_RE = re.compile(r"\s?[x×*]\s?10\s?\^?\s?([-−+]?\d+)")

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
    r"in\s+(?:height|length|diameter|depth))\b",
    re.I,
)
_PLURAL_NOUN_RE = re.compile(r"\s+(?:[a-z]+s|people|children|men|women|staff|police|cattle)\b")

_TEMPERATURE_CONTEXT_RE = re.compile(
    r"(?i:temperature|degree|heat|hot|cold|warm|weather|celsius|fahrenheit|thermometer|frost|"
    r"freez|chill|cool|mild|sunny|scorch|high\s+of|low\s+of|climate|°)"
)

#: Words that make a capitalised word before a number a name ("Boeing 737").
_NOT_A_NAME = frozenset("""
a an the in on at by for from with of to and but or so as since until after before
during around about over under some only just nearly almost all another each every
those these its their his her our my your top last first exactly roughly
approximately up down more less fewer than both today yesterday now then while when
if aged age between within extra further additional total many mr mrs ms dr per via
unlike like including except plus minus some another further nearly some also
perhaps maybe around roughly almost it he she they we i you there here this that
what which who whose how where why because although though however yet still even
once twice no not never ever some any most least few several record estimated another
year years day days week weeks month months decade decades spring summer autumn
winter christmas easter
""".split())
_ID_HEADS = frozenset("no no. nos number article section chapter room flight route apollo "
                      "formula windows iphone boeing airbus level tier category stage radio "
                      "channel page line platform gate terminal junction zone grade version "
                      "series class type model mark block act rule clause paragraph schedule "
                      "bill game match unit ward floor highway interstate pier ftse s&p "
                      "fortune nasdaq dax cac nikkei hang".split())

_ONE_STOP = frozenset("""
of another who whom that which whose is was has had would could will can may might
should must does did do and or but in on at to for by with thing way such off too
more less else another's another day time point hand side stop person's of, another
over under above below after before per out up down
at by as than if then so from into onto upon against whether where when while nor
being be been it i he she they we you wants said says told knows thinks
""".split())
_PREPOSITIONS_BEFORE_ONE_DAY = re.compile(r"(?i:\b(?:for|within|in|after|than|only|just|over|every|per|least|about)\s+$)")
_ONE_REJECT_BEFORE = re.compile(
    r"(?i:\b(?:no|the|this|that|which|each|every|any|another|last|next|same|little|"
    r"big|new|old|right|wrong|loved|young|other|someone|anyone|everyone|a|his|her|their|"
    r"my|our|your|its)\s+$)"
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
_AGE_BEFORE_RE = re.compile(r"(?i:\b(?:aged|age|ages|aged\s+between|ages\s+of|age\s+of)\s+$)")
_AGE_AFTER_RE = re.compile(r"(?i:(?:\s*-\s*|\s+)(?:olds?|of\s+age)\b|\s*(?:yo|y\.o\.)\b)")
_YEAR_BEFORE_RE = re.compile(
    r"(?i:\b(?:in|since|of|by|from|until|till|to|during|before|after|year|early|late|mid|"
    r"spring|summer|autumn|winter|fall|season|circa|c\.|between|and|through|throughout|"
    r"pre|post|around|about)[\s-]+$)"
)
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}\s+$")
_DATE_AFTER_RE = re.compile(
    rf"(?:st|nd|rd|th)?(?P<second>\s*(?:-|–|to|and|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}}\b)?(?![\w])"
)
_DATE_AFTER_MONTH_RE = re.compile(r"(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?!\d))?(?:,?\s+\d{4}\b)?")
_CLOCK_VALUE_RE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])?", re.I)
_SIGN_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(\[]))(?P<sign>[-−]|(?i:minus|negative)\s+)$")
_TIMES_AFTER_RE = re.compile(
    r"\s+times\s+(?:as|more|less|higher|lower|larger|bigger|greater|smaller|faster|"
    r"slower|the|that|what|over|longer|stronger|heavier|cheaper|likelier|likely|worse|"
    r"better)\b", re.I)
_FOLD_AFTER_RE = re.compile(r"\s*-?\s*fold\b", re.I)
_RATIO_AFTER_RE = re.compile(r"\s+(?:in|out\s+of)\s+", re.I)
_POSSESSIVE_BEFORE_RE = re.compile(
    r"(?i:\b(?:in|into|of)\s+(?:his|her|their|my|your|our|its)\s+(?P<part>early|mid|late|mid-)?[\s-]*$)")
_APPOSITIVE_BEFORE_RE = re.compile(r"\b([A-Z][a-z'’-]+),\s$")
_APPOSITIVE_AFTER_RE = re.compile(r",|\s+(?:and|who|from|was|were|is|has|had|of|said)\b|\)")


# --------------------------------------------------------------------------
# Small records used while reading one mention
# --------------------------------------------------------------------------


@dataclass
class _Figure:
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
class _Quantity:
    figure: _Figure
    start: int
    end: int
    unit: str = ""
    dimension: str = "count"
    kind: str = "count"
    currency_factor: float = 1.0
    base_currency: str = ""


def _mention(text: str, start: int, end: int, value, low, high, *, qualifier: str = "",
             unit: str = "", dimension: str = "count", kind: str = "count",
             noun_hint: str = "", base: tuple[str, float] | None = None) -> Mention:
    """Build a Mention, converting value and bounds to the base unit."""
    if base is not None:  # currencies with a minor unit: (base code, factor)
        code, factor = base
        base_unit = code
        convert = lambda v: None if v is None else v * factor  # noqa: E731
    else:
        base_unit, _ = un.to_base(unit, 1.0) if unit else ("", None)
        convert = lambda v: un.to_base(unit, v)[1] if unit else v  # noqa: E731
    if kind in ("year", "date", "time", "ordinal", "identifier"):
        base_unit, convert = "", (lambda v: v)
    return Mention(
        start=start, end=end, text=text[start:end], value=value, low=low, high=high,
        qualifier=qualifier, unit=unit, dimension=dimension, base_unit=base_unit,
        base_value=convert(value), base_low=convert(low), base_high=convert(high),
        kind=kind, noun_hint=noun_hint,
    )


# --------------------------------------------------------------------------
# Reading a figure
# --------------------------------------------------------------------------


def _read_digits(text: str, start: int, end: int) -> _Figure | None:
    surface = text[start:end]
    try:
        parsed = nums.parse_digits(surface)
    except ValueError:
        return None
    figure = _Figure(start, end, parsed.value, parsed.step,
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


def _read_scale(text: str, figure: _Figure, currency: bool) -> None:
    """Apply a scale word or abbreviation after the digits ("1.3 million", "2.5bn")."""
    spaced = _SCALE_SPACED_RE.match(text, figure.end)
    if spaced:
        scale = nums.SCALE_WORDS[spaced.group("scale").lower()]
        figure.value *= scale
        figure.step *= scale
        figure.end, figure.scaled, figure.plain_integer = spaced.end(), True, False
        return
    glued = _SCALE_GLUED_RE.match(text, figure.end)
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


def _looks_like_million(text: str, pos: int, figure: _Figure) -> bool:
    """"1.3m people" is a million; "a 100m race" and "1.8m." are metres."""
    plural = _PLURAL_NOUN_RE.match(text, pos)
    if plural and plural.group().strip() not in ("indoors", "outdoors", "hurdles", "freestyle"):
        return True
    return bool(re.match(r"\s+(?:of|more|new|a\s+year|annually|[a-z]+ers)\b", text[pos:pos + 12]))


def _read_words(text: str, start: int, end: int) -> _Figure | None:
    surface = text[start:end]
    value = nums.parse_words(surface)
    if value is None:
        return None
    step = nums.word_step(surface)
    return _Figure(start, end, value, step, scaled=step > 1, words=True, plain_integer=False)


def _figure_at(text: str, pos: int, allow_sign: bool = True) -> _Figure | None:
    """Read a figure starting at ``pos`` (used for the second end of a range)."""
    sign = 1.0
    match = re.compile(r"[-−]").match(text, pos) if allow_sign else None
    if match:
        sign, pos = -1.0, match.end()
    match = _NUMBER_AT.match(text, pos)
    if not match:
        return None
    if match.group()[0].isdigit() or match.group()[0] == ".":
        figure = _read_digits(text, match.start(), match.end())
    else:
        figure = _read_words(text, match.start(), match.end())
    if figure is None:
        return None
    figure.value *= sign
    return figure


# --------------------------------------------------------------------------
# Reading what follows a figure: percent, currency, unit
# --------------------------------------------------------------------------


def _read_unit(text: str, figure: _Figure, currency_code: str) -> _Quantity:
    """Attach percent / currency / unit after the figure (end moves right)."""
    quantity = _Quantity(figure, figure.start, figure.end)
    pos = figure.end
    if currency_code:
        _set_currency(quantity, currency_code)
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
    money = _currency_after(text, pos, figure)
    if money:
        code, end = money
        _set_currency(quantity, code)
        quantity.end = end
        return quantity
    unit_match = un.UNIT_AFTER_RE.match(text, pos)
    if unit_match and _unit_acceptable(text, unit_match, figure):
        unit = un.lookup_surface(unit_match.group("word") or unit_match.group("symbol"),
                                 unit_match.group("symbol") is not None)
        if unit is not None:
            quantity.unit = unit.name
            quantity.dimension = unit.dimension
            quantity.kind = "measure"
            quantity.end = unit_match.end()
    return quantity


def _set_currency(quantity: _Quantity, code: str) -> None:
    name, base, factor = un.currency_unit(code)
    quantity.unit = name
    quantity.dimension = "currency"
    quantity.kind = "money"
    quantity.base_currency = base
    quantity.currency_factor = factor


def _currency_after(text: str, pos: int, figure: _Figure) -> tuple[str, int] | None:
    """A currency word or symbol after the figure ("30 million dollars", "50p", "15€")."""
    symbol = un.CURRENCY_SUFFIX_SYMBOL_RE.match(text, pos)
    if symbol and (not symbol.group("gap") or symbol.group("symbol") in "€£¥₹₩₽₺₦₪₱₿₡₾₭元"):
        return un.CURRENCY_PREFIXES[symbol.group("symbol")], symbol.end()
    word = un.CURRENCY_WORD_RE.match(text, pos)
    if not word:
        return None
    surface = word.group("word").lower()
    glued = not word.group("gap")
    if surface in un.CURRENCY_WORDS_GLUED_ONLY and (not glued or word.group("word") != surface):
        return None
    if surface in un.CURRENCY_WORDS_GLUED_ONLY and glued and figure.scaled:
        return None
    if surface in un.CURRENCY_WORDS_NEED_SCALE:
        if surface.startswith("pound") or surface == "sterling":
            if not (figure.scaled or re.match(r"\s+sterling", text[word.end():]) or surface == "sterling"):
                return None
        elif not (figure.scaled or "," in text[figure.start:figure.end]):
            return None
    return un.CURRENCY_WORDS[surface], word.end()


def _unit_acceptable(text: str, match: re.Match, figure: _Figure) -> bool:
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
        if not glued or re.match(r"[-/\w]", after):
            return False
        limit = (-90, 60) if symbol == "C" else (-130, 140)
        if not limit[0] <= figure.value <= limit[1]:
            return False
        window = text[max(0, match.start() - 120):match.end() + 120]
        return bool(_TEMPERATURE_CONTEXT_RE.search(window))
    if symbol in ("°", "º"):
        return True
    if symbol == "m" and figure.scale_m:
        return False
    if glued:
        if symbol in ("in", "st", "kn", "h") and figure.words:
            return False
        return symbol not in ("in",) or bool(re.match(r"\s*(?:[.,;:)\]!?]|$)", after))
    # spaced ambiguous symbol: only when punctuation or the end follows
    if symbol in ("g", "h", "J", "W", "st", "kn", "C", "F"):
        return False
    return bool(re.match(r"\s*(?:[.,;:)\]!?]|$)", after)) and not figure.words


# --------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------


def scan(text: str) -> list[Mention]:
    """Every numeric mention in ``text``, sorted by start and non-overlapping."""
    if not text:
        return []
    mentions: list[Mention] = []
    last_end = 0
    for atom in ATOM_RE.finditer(text):
        if atom.start() < last_end:
            continue
        try:
            result = _read_atom(text, atom, last_end)
        except (ValueError, OverflowError, ZeroDivisionError, IndexError, KeyError,
                AttributeError, TypeError):  # a figure we cannot read is skipped, never fatal
            result = None
        if result is None:
            continue
        if isinstance(result, int):  # a span to skip (URL, e-mail)
            last_end = result
            continue
        if result.start < last_end or result.end <= result.start:
            continue
        mentions.append(result)
        last_end = result.end
    return mentions


def _read_atom(text: str, atom: re.Match, last_end: int) -> Mention | int | None:
    group = atom.lastgroup
    start, end = atom.span()
    url_end = _inside_url(text, start)
    if url_end:
        return url_end
    if group == "phone":
        return _mention(text, start, end, None, None, None, kind="identifier", dimension="")
    if group in ("isodate", "numdate"):
        return _mention(text, start, end, None, None, None, kind="date", dimension="")
    if group == "clock":
        return _clock(text, start, end)
    if group == "slash":
        return _slash(text, start, end, last_end)
    if group == "ordinal":
        return _ordinal_digits(text, start, end, last_end)
    if group == "decade":
        return _decade(text, start, end, last_end)
    if group == "vague":
        return _vague(text, start, end, last_end)
    if group == "couple":
        qualifier = _qualifier_before(text, start, last_end)
        q_start = qualifier[1] if qualifier else start
        return _mention(text, q_start, end, 2.0, 2.0, 3.0, qualifier="about",
                        noun_hint=_noun_after_of(text, end))
    if group == "mult":
        return _multiplier(text, start, end)
    if group == "ordword":
        return _ordinal_word(text, start, end)
    if group == "digits":
        return _number(text, start, end, last_end, spelled=False)
    if group == "vulgar":
        figure = _Figure(start, end, nums.VULGAR_FRACTIONS[atom.group()], 0.0, plain_integer=False)
        return _finish(text, figure, last_end)
    if group == "words":
        return _number(text, start, end, last_end, spelled=True)
    return None


def _inside_url(text: str, pos: int) -> int:
    """End of the URL or e-mail token around ``pos``, or 0 when there is none."""
    token_start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    token = _URL_TOKEN_RE.match(text, token_start)
    if token and token.end() > pos:
        return token.end()
    found = _URL_TOKEN_RE.search(text, token_start, pos + 80)
    if found and found.start() <= pos < found.end():
        return found.end()
    return 0


# ---- non-claims -----------------------------------------------------------


def _clock(text: str, start: int, end: int) -> Mention:
    match = _CLOCK_VALUE_RE.match(text, start)
    hour = int(match.group(1)) if match else 0
    minute = int(match.group(2)) if match and match.group(2) else 0
    if match and len(match.group(1)) == 2 and not match.group(2) and re.match(r"\d{4}", text[start:end]):
        hour, minute = int(text[start:start + 2]), int(text[start + 2:start + 4])
    meridiem = (match.group(3) or "").lower() if match else ""
    if meridiem == "p" and hour < 12:
        hour += 12
    if meridiem == "a" and hour == 12:
        hour = 0
    value = hour + minute / 60
    if hour > 24 or minute > 59:
        return _mention(text, start, end, None, None, None, kind="identifier", dimension="")
    return _mention(text, start, end, value, value, value, kind="time", dimension="time")


def _slash(text: str, start: int, end: int, last_end: int) -> Mention | None:
    left, right = (int(part) for part in text[start:end].split("/"))
    if 1800 <= left <= 2100 and (len(str(right)) == 2 or left < right <= 2100):
        high = right if right > 100 else left // 100 * 100 + right
        if high < left:
            high += 100
        return _mention(text, start, end, None, float(left), float(high), kind="year", dimension="time")
    if right and 0 < left < right <= 100 and not re.match(r"\s*/", text[end:]):
        figure = _Figure(start, end, left / right, 0.0, plain_integer=False)
        return _finish(text, figure, last_end)
    return _mention(text, start, end, None, None, None, kind="identifier", dimension="")


def _ordinal_digits(text: str, start: int, end: int, last_end: int) -> Mention:
    date = _date_from(text, start, last_end)
    if date:
        return date
    value = float(re.match(r"\d+", text[start:end]).group())
    return _mention(text, start, end, value, value, value, kind="ordinal", dimension="")


def _ordinal_word(text: str, start: int, end: int) -> Mention | None:
    surface = text[start:end].lower()
    before = text[max(0, start - 12):start].lower()
    if surface == "second" and re.search(r"\b(?:per|a|every|split|one|each|the\s+next)\s+$", before):
        return None
    if surface == "second" and re.match(r"s?\b", text[end:end + 1]) and re.search(r"\d\s*$", before):
        return None
    parts = re.split(r"-", surface)
    value = 0.0
    for part in parts:
        value += nums.TENS_WORDS.get(part, 0) + nums.ORDINAL_WORDS.get(part, 0)
    return _mention(text, start, end, value, value, value, kind="ordinal", dimension="")


def _decade(text: str, start: int, end: int, last_end: int) -> Mention:
    digits = re.search(r"\d+", text[start:end]).group()
    before = text[max(last_end, start - 30):start]
    possessive = _POSSESSIVE_BEFORE_RE.search(before)
    if len(digits) == 2 and possessive:
        decade = int(digits)
        part = (possessive.group("part") or "").rstrip("-")
        low, high = {"early": (decade, decade + 3), "mid": (decade + 3, decade + 6),
                     "late": (decade + 6, decade + 9)}.get(part, (decade, decade + 9))
        new_start = max(last_end, start - len(before) + possessive.start())
        return _mention(text, new_start, end, None, float(low), float(high), qualifier="about",
                        unit="year", dimension="time", kind="age")
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 20 else 2000
    return _mention(text, start, end, float(year), float(year), float(year + 9), kind="year",
                    dimension="time")


def _multiplier(text: str, start: int, end: int) -> Mention | None:
    surface = text[start:end].lower()
    if surface in _FOLD_WORDS:
        value = float(_FOLD_WORDS[surface])
    else:
        value = float(_MULTIPLIER_WORDS[surface])
        if surface in ("twice", "thrice") and not re.match(
                r"\s+(?:as|the|that|what|more|less|over|his|her|their|its|a\s+large)\b",
                text[end:end + 20], re.I):
            return None
    return _mention(text, start, end, value, value, value, dimension="ratio", kind="ratio")


def _vague(text: str, start: int, end: int, last_end: int) -> Mention | None:
    surface = re.sub(r"\s+", " ", text[start:end].lower())
    if surface not in quals.VAGUE_PLURALS:
        return None
    before = text[max(last_end, start - 20):start]
    if re.search(r"(?i:\b(?:the|in\s+the)\s+$)", before) and not re.match(r"\s+of\b", text[end:]):
        return None
    low, high = (float(v) for v in quals.VAGUE_PLURALS[surface])
    figure = _Figure(start, end, low, 0.0, words=True, plain_integer=False)
    mention_end = end
    unit = ""
    dimension, kind = "count", "count"
    base = None
    of_unit = re.compile(r"\s+of\s+").match(text, end)
    if of_unit:
        money = _currency_after(text, of_unit.end(), _Figure(0, 0, 1.0, 1.0, scaled=True))
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
    qualifier = _qualifier_before(text, start, last_end)
    q_start = qualifier[1] if qualifier else start
    return _mention(text, q_start, mention_end, None, low, high, qualifier="vague", unit=unit,
                    dimension=dimension, kind=kind, base=base,
                    noun_hint=_noun_after_of(text, end) if not unit else "")


def _noun_after_of(text: str, pos: int) -> str:
    match = re.compile(r"\s+of\s+([a-z][a-z-]+)\b").match(text, pos)
    if match and match.group(1) not in _HINT_STOP:
        return match.group(1)
    return ""


# ---- dates ------------------------------------------------------------------


def _date_from(text: str, start: int, last_end: int) -> Mention | None:
    """A date that starts with the day ("24 June", "24-25 June 2024") or
    with a month written just before ("June 3", "June 3, 2024", "June 2024")."""
    day = re.compile(r"\d{1,2}(?!\d)").match(text, start)
    if day and 1 <= int(day.group()) <= 31:
        after = _DATE_AFTER_RE.match(text, day.end())
        if after:
            return _mention(text, start, after.end(), None, None, None, kind="date", dimension="")
    before = text[max(last_end, start - 12):start]
    month = _MONTH_BEFORE_RE.search(before)
    if not month:
        return None
    month_start = start - len(before) + month.start()
    number = re.compile(r"\d+").match(text, start)
    if not number:
        return None
    value = int(number.group())
    if 1 <= value <= 31 and len(number.group()) <= 2:
        tail = _DATE_AFTER_MONTH_RE.match(text, number.end())
        return _mention(text, month_start, tail.end(), None, None, None, kind="date", dimension="")
    if 1000 <= value <= 2100 and len(number.group()) == 4:
        return _mention(text, month_start, number.end(), None, None, None, kind="date", dimension="")
    return None


# ---- numbers ----------------------------------------------------------------


def _number(text: str, start: int, end: int, last_end: int, spelled: bool) -> Mention | None:
    if spelled:
        if not _spelled_is_number(text, start, end):
            return _spelled_ordinal_or_none(text, start, end)
        figure = _read_words(text, start, end)
        if figure is None:
            return None
    else:
        identifier = _identifier_around(text, start, end, last_end)
        if identifier:
            return identifier
        date = _date_from(text, start, last_end)
        if date:
            return date
        figure = _read_digits(text, start, end)
        if figure is None:
            return None
    return _finish(text, figure, last_end)


_ALLOWED_GLUED_PREFIXES = frozenset({"mid", "pre", "post", "over", "under", "early", "late",
                                     "top", "circa", "c", "ca", "non", "sub", "aged", "by",
                                     "from", "to", "between", "and", "the", "a", "an"})


def _identifier_around(text: str, start: int, end: int, last_end: int) -> Mention | None:
    """Digits glued to letters ("F-16", "MH17", "Covid-19", "SW1A") or led by a
    name ("Boeing 737", "Article 5", "No 10")."""
    left = re.search(r"([A-Za-z][A-Za-z0-9]*)(-?)$", text[max(last_end, start - 20):start])
    if left and left.group(1) in un.CURRENCY_PREFIXES:
        return None
    # "mid-1990s", "pre-2008" are prefixes; a lone letter glued to digits ("A14", "M25") is a name
    glued_name = left and left.group(2) == "" and len(left.group(1)) == 1
    if left and (glued_name or left.group(1).lower() not in _ALLOWED_GLUED_PREFIXES):
        token_start = start - len(left.group(0))
        token_end = re.compile(r"[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*").match(text, end).end()
        number = float(re.sub(r"[^\d.]", "", text[start:end]).strip(".") or 0)
        return _mention(text, token_start, token_end, number, None, None, kind="identifier",
                        dimension="")
    name = re.search(r"(?<![\w.])([A-Z][A-Za-z.&]*)\s$", text[max(last_end, start - 20):start])
    if name and re.fullmatch(r"\d{1,4}", text[start:end]):
        word = name.group(1)
        lowered = word.lower()
        sentence_start = re.search(r"(?:^|[.!?:;\"“]\s*|\n\s*)$",
                                   text[max(0, start - len(name.group(0)) - 3):start - len(name.group(0))])
        if word in un.CURRENCY_PREFIXES or word.upper() in ("US", "USD", "EUR", "GBP"):
            return None
        if lowered in _ID_HEADS or (
                lowered not in _NOT_A_NAME and not re.fullmatch(_MONTHS, word)
                and not re.fullmatch(_WEEKDAYS, word) and not sentence_start
                and not _starts_quantity_after(text, end)):
            token_start = start - len(name.group(0))
            return _mention(text, token_start, end, float(text[start:end]), None, None,
                            kind="identifier", dimension="")
    return None


def _starts_quantity_after(text: str, end: int) -> bool:
    """True when what follows the digits makes them a quantity, not a label."""
    after = text[end:end + 30]
    return bool(
        re.match(r"\s*(?:[-–]\s*\d|%|per\s?cent|percent|,\d{3})", after)
        or _SCALE_SPACED_RE.match(text, end) or _SCALE_GLUED_RE.match(text, end)
        or (un.UNIT_AFTER_RE.match(text, end) and (un.UNIT_AFTER_RE.match(text, end).group("word")))
        or _PLURAL_NOUN_RE.match(text, end)
        or un.CURRENCY_WORD_RE.match(text, end)
    )


def _spelled_is_number(text: str, start: int, end: int) -> bool:
    """Reject "one" as a pronoun, "a"+ordinal-like words, lone fractions."""
    surface = text[start:end]
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+", surface)]
    after = text[end:end + 40]
    before = text[max(0, start - 30):start]
    if tokens == ["one"]:
        return _one_is_number(text, start, end)
    if tokens in (["nil"],):
        return False
    if len(tokens) == 2 and tokens[0] in ("a", "an") and tokens[1] in nums.DENOMINATOR_WORDS:
        # "a third of voters", "a quarter of a mile" - not "a third term"
        return bool(re.match(r"\s+(?:of|more|less|fewer)\b", after, re.I)) or \
            bool(un.UNIT_AFTER_RE.match(text, end) and un.UNIT_AFTER_RE.match(text, end).group("word"))
    if len(tokens) == 1 and tokens[0] in nums.DENOMINATOR_WORDS:
        if tokens[0] in ("half",):
            return bool(re.match(r"\s+(?:of|an?|the|its|their|his|her|all|that|this|those|these)\b",
                                 after, re.I)) or bool(quals.BEFORE_RE.search(before))
        return False
    if len(tokens) == 1 and tokens[0] in ("dozen", "hundred", "thousand", "million", "billion",
                                          "trillion", "lakh", "crore"):
        return False
    if tokens and tokens[-1] in ("dozens",):
        return True
    return True


def _one_is_number(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 25):start]
    after = text[end:end + 40]
    if _ONE_REJECT_BEFORE.search(before) and not re.search(r"(?i:\b(?:only|just)\s+$)", before):
        return False
    capitalised = re.search(r"\b([A-Z][A-Za-z]*)\s$", before)
    if capitalised and capitalised.group(1).lower() not in _NOT_A_NAME \
            and not quals.BEFORE_RE.search(before):
        return False  # "Formula One", "BBC One", "Air Force One"
    if re.match(r"-(?:off|time|way|sided|on-one|stop|size|man|party|nation|liners?|trick)\b", after, re.I):
        return False
    if un.CURRENCY_WORD_RE.match(text, end) and un.CURRENCY_WORD_RE.match(text, end).group("gap").strip() in ("", "-") \
            and un.CURRENCY_WORD_RE.match(text, end).group("word").lower() not in un.CURRENCY_WORDS_NEED_SCALE | un.CURRENCY_WORDS_GLUED_ONLY:
        return True
    unit = un.UNIT_AFTER_RE.match(text, end)
    if unit and unit.group("word"):
        word = unit.group("word").lower()
        if word in ("day", "time", "second", "minute") and not _PREPOSITIONS_BEFORE_ONE_DAY.search(before):
            return False
        return True
    if re.match(r"\s+(?:or|to)\s+(?:two|three|2|3)\b", after, re.I):
        return True
    if re.match(r"\s+in\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\w+teen)", after, re.I):
        return True
    following = re.match(r"\s+([A-Za-z][a-z'-]*)", after)
    if not following:
        return False
    word = following.group(1)
    if word[0].isupper():
        return not re.fullmatch(_MONTHS, word) and not re.fullmatch(_WEEKDAYS, word) and word not in ("I",)
    lowered = word.lower()
    if lowered in _ONE_STOP or lowered.endswith("ly") or lowered.endswith("'s"):
        return False
    return True


def _spelled_ordinal_or_none(text: str, start: int, end: int) -> Mention | None:
    """"a third term" is an ordinal; lone "quarter"/"half" are nothing."""
    tokens = [t.lower() for t in re.findall(r"[A-Za-z]+", text[start:end])]
    if tokens and tokens[-1] in nums.ORDINAL_WORDS and tokens[-1] not in ("half", "quarter"):
        word_start = start + text[start:end].lower().rfind(tokens[-1])
        return _ordinal_word(text, word_start, end)
    return None


def _finish(text: str, figure: _Figure, last_end: int) -> Mention | None:
    """Everything after the core figure: sign, currency, scale, unit, range,
    qualifiers, age, ratio and the kind."""
    before = text[max(last_end, figure.start - 40):figure.start]
    # sign and currency written before the figure
    currency_code = ""
    start = figure.start
    sign = _SIGN_BEFORE_RE.search(before)
    if sign and (not figure.words or sign.group("sign")[0] not in "-−"):
        figure.value = -figure.value
        start -= len(sign.group(0))
        before = before[:len(before) - len(sign.group(0))]
    prefix = un.CURRENCY_PREFIX_RE.search(before)
    if prefix and not (prefix.group("symbol") in un.CURRENCY_PREFIX_GLUED_ONLY and prefix.group("gap")):
        symbol = prefix.group("symbol")
        if not (symbol.isalpha() and len(symbol) == 1 and re.search(r"[A-Za-z]\s?$", before[:-len(prefix.group(0))] or "")):
            currency_code = un.CURRENCY_PREFIXES[symbol]
            start -= len(prefix.group(0))
            before = before[:len(before) - len(prefix.group(0))]
            if not sign:
                inner_sign = _SIGN_BEFORE_RE.search(before)
                if inner_sign:  # "-$5"
                    figure.value = -figure.value
                    start -= len(inner_sign.group(0))
                    before = before[:len(before) - len(inner_sign.group(0))]
    if not figure.words:
        _read_scale(text, figure, bool(currency_code))
    figure.start = start
    quantity = _read_unit(text, figure, currency_code)

    # multipliers: "four-fold", "three times more"
    fold = _FOLD_AFTER_RE.match(text, quantity.end)
    if fold and not quantity.unit:
        return _finish_ratio(text, start, fold.end(), figure.value, before, last_end)
    times = _TIMES_AFTER_RE.match(text, quantity.end)
    if times and not quantity.unit:
        times_end = quantity.end + len(re.match(r"\s+times", text[quantity.end:]).group())
        return _finish_ratio(text, start, times_end, figure.value, before, last_end)

    # "one in five", "3 out of 10"
    ratio = _ratio_partner(text, quantity, figure)
    if ratio:
        return ratio

    # ranges and sports scores
    range_result = _read_range(text, quantity, figure, currency_code, before)
    if isinstance(range_result, Mention):
        return range_result
    if range_result is not None:
        low_q, high_q, qualifier_start = range_result
        return _build(text, high_q, last_end, range_low=low_q, range_start=qualifier_start)
    return _build(text, quantity, last_end)


def _finish_ratio(text: str, start: int, end: int, value: float, before: str, last_end: int) -> Mention:
    qualifier = _qualifier_before(text, start, last_end)
    q_name, q_start = (qualifier[0], qualifier[1]) if qualifier else ("", start)
    low, high = quals.interval(q_name, value) if q_name else (value, value)
    return _mention(text, q_start, end, value, low, high, qualifier=q_name, dimension="ratio",
                    kind="ratio")


def _ratio_partner(text: str, quantity: _Quantity, figure: _Figure) -> Mention | None:
    if quantity.unit or figure.value <= 0 or figure.value != int(figure.value):
        return None
    link = _RATIO_AFTER_RE.match(text, quantity.end)
    if not link:
        return None
    other = _figure_at(text, link.end(), allow_sign=False)
    if other is None or other.value <= figure.value or other.value <= 1:
        return None
    if other.plain_integer and 1800 <= other.value <= 2100 and "out" not in link.group():
        return None
    other_end = other.end
    scale = _SCALE_SPACED_RE.match(text, other_end)
    if scale:
        other.value *= nums.SCALE_WORDS[scale.group("scale").lower()]
        other_end = scale.end()
    if un.UNIT_AFTER_RE.match(text, other_end) and un.UNIT_AFTER_RE.match(text, other_end).group("word"):
        return None
    if re.match(r"[,.]\d|\s*[%/]", text[other_end:other_end + 2]):
        return None
    value = figure.value / other.value
    return _mention(text, figure.start, other_end, value, value, value, dimension="ratio",
                    kind="ratio", noun_hint=_noun_hint(text, other_end, 2))


_RANGE_SEP_RE = re.compile(
    r"(?P<sep>\s*-\s+to\s+|\s*(?:-|–|—|‐)\s*|\s+(?:to|and|or|-|–)\s+|\s*(?:to)\s+)", re.I)
_RANGED_FROM_RE = re.compile(r"(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$)")


def _read_range(text: str, first: _Quantity, figure: _Figure, currency_code: str, before: str):
    """Second end of a range after ``first``; returns a Mention for a
    sports score or a year span, (low, high, start) for a range, or None."""
    sep = _RANGE_SEP_RE.match(text, first.end)
    if not sep:
        return None
    word = sep.group("sep").strip().lower()
    between = _BETWEEN_BEFORE_RE.search(before)
    if word == "and" and not between:
        return None
    if word.endswith("to") and (_FROM_BEFORE_RE.search(before) or _CHANGE_BEFORE_RE.search(before)) \
            and not _RANGED_FROM_RE.search(before):
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
    second = _figure_at(text, pos, allow_sign=word not in ("-", "–", "—", "‐") or sep.group().strip() != sep.group())
    if second is None:
        return None
    if figure.words != second.words and word in ("-", "–"):
        return None
    if word == "or":
        if not (figure.value == int(figure.value) and second.value == int(second.value)
                and figure.value < second.value <= 2 * figure.value + 2) or first.unit:
            return None
    if not second.words:
        _read_scale(text, second, bool(second_currency))
    if second.scaled and not figure.scaled and not figure.words and figure.value < second.value \
            and second.value / (second.step or 1) > figure.value:
        # "2-3 million", "£2-3bn": the scale belongs to both ends
        scale = second.step / nums.parse_digits(text[second.start:second.start + len(
            re.match(nums.DIGITS_PATTERN, text[second.start:]).group())]).step \
            if not second.words else 1
        figure.value *= scale
        figure.step *= scale
        figure.scaled = True
    second_q = _read_unit(text, second, second_currency)

    # dates "24-25 June" are handled before we get here; sports scores and
    # year spans are not ranges of one quantity
    plain_pair = figure.plain_integer and second.plain_integer and not first.unit and not second_q.unit
    if plain_pair and word in ("-", "–", "—") and sep.group() == sep.group().strip():
        if 1800 <= figure.value <= 2100 and (second.end - second.start == 2 or figure.value < second.value <= 2100):
            high = second.value if second.value > 100 else figure.value // 100 * 100 + second.value
            if high < figure.value:
                high += 100
            return _mention(text, first.start, second.end, None, figure.value, float(high),
                            kind="year", dimension="time")
        if figure.value <= 20 and second.value <= 20 and not _PLURAL_NOUN_RE.match(text, second.end) \
                and not _AGE_BEFORE_RE.search(before) and not _BETWEEN_BEFORE_RE.search(before):
            return _mention(text, first.start, second.end, None, None, None, kind="identifier",
                            dimension="")
    if plain_pair and word in ("to", "and") and 1800 <= figure.value <= 2100 and 1800 <= second.value <= 2100 \
            and not _PLURAL_NOUN_RE.match(text, second.end):
        start = first.start
        if between:
            start = first.start - len(before) + between.start()
        return _mention(text, start, second.end, None, figure.value, second.value, qualifier="between",
                        kind="year", dimension="time")
    # units must agree; a unit on the second end alone applies to both
    if first.unit and second_q.unit and first.unit != second_q.unit:
        if un.UNITS.get(first.unit) and un.UNITS.get(second_q.unit) and \
                un.UNITS[first.unit].dimension == un.UNITS[second_q.unit].dimension:
            return None  # "44 ml to 50 mg" style: two mentions
        return None
    if first.unit and not second_q.unit:
        if first.kind == "money" and second.value > figure.value:
            _set_currency(second_q, currency_code)
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


def _qualifier_before(text: str, start: int, last_end: int) -> tuple[str, int] | None:
    window = text[max(last_end, start - 40):start]
    match = quals.BEFORE_RE.search(window)
    if not match:
        return None
    name = quals.normalise_before(match.group("qualifier"))
    if not name:
        return None
    return name, start - len(window) + match.start("qualifier")


def _build(text: str, quantity: _Quantity, last_end: int, range_low: _Quantity | None = None,
           range_start: int | None = None) -> Mention | None:
    """Qualifiers, age, year and identifier checks, then the Mention."""
    figure = quantity.figure
    start = range_start if range_start is not None else (range_low.start if range_low else quantity.start)
    end = quantity.end
    unit, dimension, kind = quantity.unit, quantity.dimension, quantity.kind
    before = text[max(last_end, start - 40):start]
    value = figure.value

    # age
    age_after = _AGE_AFTER_RE.match(text, end) if dimension == "time" else None
    age_before = _AGE_BEFORE_RE.search(before) if not unit or unit == "year" else None
    if age_after and unit in ("year", "month", "week", "day"):
        end = age_after.end()
        kind = "age"
    elif age_before and not unit and 0 < value <= 130:
        unit, dimension, kind = "year", "time", "age"
    elif not unit and not range_low and figure.plain_integer and 0 < value <= 115 and \
            _APPOSITIVE_BEFORE_RE.search(text[max(last_end, start - 30):start]) and \
            _APPOSITIVE_AFTER_RE.match(text, end) and \
            not re.fullmatch(_MONTHS + "|" + _WEEKDAYS,
                             _APPOSITIVE_BEFORE_RE.search(text[max(last_end, start - 30):start]).group(1)):
        unit, dimension, kind = "year", "time", "age"
    elif not unit and 0 < value <= 130 and re.match(r"\s*(?:yo|y\.o\.)\b", text[end:end + 6]):
        end += len(re.match(r"\s*(?:yo|y\.o\.)", text[end:end + 6]).group())
        unit, dimension, kind = "year", "time", "age"
    elif re.match(r"s\b", text[end:end + 2]) and re.search(r"(?i:\b(?:over|under)-$)", before) and not unit:
        # "over-65s", "under-18s"
        q_start = start - 6 if before.lower().endswith("over-") else start - 6
        name = "at least" if before.lower().endswith("over-") else "fewer than"
        low, high = quals.interval(name, value)
        return _mention(text, max(last_end, q_start), end + 1, value, low, high, qualifier=name,
                        unit="year", dimension="time", kind="age")

    # bare four-digit years and other non-claims
    if not unit and not range_low and figure.plain_integer and kind == "count":
        if re.match(r"[A-Za-z0-9]", text[end:end + 1]) or re.match(r"[-/][A-Za-z]", text[end:end + 2]) \
                and not re.match(r"-(?:year|month|week|day|hour|strong|odd|plus|point|page|man|member|seat)", text[end:end + 8]):
            if re.match(r"[A-Za-z0-9]", text[end:end + 1]):
                token_end = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*").match(text, end).end()
                return _mention(text, start, token_end, value, None, None, kind="identifier",
                                dimension="")
        if 1000 <= value <= 2100 and _is_year(text, start, end, before, value):
            return _mention(text, start, end, value, value, value, kind="year", dimension="time")

    # qualifiers
    qualifier = ""
    q_start = start
    if range_low is not None:
        qualifier = "between"
    else:
        found = _qualifier_before(text, start, last_end)
        if found:
            qualifier, q_start = found
        after = quals.AFTER_RE.match(text, end)
        if after and not (after.group("plus") and re.match(r"\s*\d", text[after.end():])):
            name = "at least" if after.group("plus") else quals.normalise_after(after.group("qualifier"))
            if name and (not qualifier or qualifier == name):
                qualifier = name
                end = after.end()
            elif name and qualifier:
                pass
    start = q_start

    # noun after the figure: "479 drones"
    noun_hint = ""
    if kind == "count" and not unit:
        noun_hint = _noun_hint(text, end, value)
        hyphen = re.compile(r"-([a-z]+)\b").match(text, end)
        if hyphen and not noun_hint:
            noun_hint = hyphen.group(1)
            end = hyphen.end() if hyphen.group(1) not in ("odd", "plus") else end

    # proportions: "two-thirds of", "half the"
    if kind == "count" and not unit and 0 < value < 1 and not range_low:
        kind, dimension = "ratio", "ratio"

    # interval
    if range_low is not None:
        low_fig, high_fig = sorted((range_low.figure, figure), key=lambda f: f.value)
        low = low_fig.value - (low_fig.step / 2 if low_fig.scaled else 0)
        high = high_fig.value + (high_fig.step / 2 if high_fig.scaled else 0)
        mid = (low_fig.value + high_fig.value) / 2
        value, low, high = mid, min(low, mid), max(high, mid)
    else:
        rounded = quals.rounding_interval(value, figure.step) if figure.scaled else None
        can_be_negative = dimension == "temperature" or value < 0
        low, high = quals.interval(qualifier, value, rounded, can_be_negative)
    base = (quantity.base_currency, quantity.currency_factor) if quantity.base_currency else None
    return _mention(text, start, end, value, low, high, qualifier=qualifier, unit=unit,
                    dimension=dimension, kind=kind, noun_hint=noun_hint, base=base)


def _is_year(text: str, start: int, end: int, before: str, value: float) -> bool:
    """A bare four-digit integer: a year unless a count noun follows it."""
    if "," in text[start:end]:
        return False
    year_context = _YEAR_BEFORE_RE.search(before)
    if _PLURAL_NOUN_RE.match(text, end) and not year_context:
        noun = _PLURAL_NOUN_RE.match(text, end).group().strip()
        if not re.fullmatch(r"(?:results|elections|figures|accounts|levels|standards|games|"
                            r"olympics|rules|prices|sales|profits|numbers|ones)", noun):
            return False
    if value < 1800 and not year_context:
        return False
    return True


def _noun_hint(text: str, end: int, value: float) -> str:
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
