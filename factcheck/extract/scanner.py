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

Layout of the scanner package (read in this order):

* ``scanner``   - this module: the candidate regex, ``scan``, and the
  steps that turn one candidate into a Mention (``_finish``, ``_build``).
* ``mention``   - the :class:`Mention` row and the base-unit conversion.
* ``figures``   - one figure with its scale, percent, currency or unit.
* ``ranges``    - ranges, ratios, multipliers, vague plurals, qualifiers.
* ``nonclaims`` - dates, times, years, decades, ordinals, identifiers,
  page furniture ("Posted 25 minutes ago", "3 of 12 |") and golf scores.
* ``spelled``   - whether spelled words ("one", "second", "a third") are a number.
"""

from __future__ import annotations

import dataclasses
import re

from . import numbers as nums
from . import qualifiers as quals
from . import units as un
from .figures import (
    Figure,
    Quantity,
    noun_after_of,
    plural_noun_after,
    read_digits,
    read_scale,
    read_unit,
    read_words,
)
from .mention import Mention, make_mention
from .nonclaims import (
    MONTHS,
    WEEKDAYS,
    clock,
    date_from,
    decade,
    event_name,
    golf_score,
    identifier_around,
    inside_url,
    is_year,
    ordinal_digits,
    ordinal_word,
    page_chrome,
    product_name,
    slash,
)
from .ranges import (
    AGE_BEFORE_RE,
    FOLD_AFTER_RE,
    FOLD_WORDS,
    MULTIPLIER_WORDS,
    TIMES_AFTER_RE,
    finish_ratio,
    grown_times,
    multiplier,
    over_is_a_span,
    over_means_concerning,
    plus_minus,
    qualifier_before,
    ratio_partner,
    read_range,
    spoken_fraction,
    vague,
)
from .spelled import spelled_is_number, spelled_ordinal_or_none

__all__ = ["Mention", "scan"]


_ORDINAL_WORD_ALT = nums.word_alternation(nums.ORDINAL_WORDS)

_TENS_ALT = nums.word_alternation(nums.TENS_WORDS)

#: Every candidate figure in one pass.  Order matters where two branches
#: can start at the same offset: the more specific one comes first.
ATOM_RE = re.compile(
    rf"""
    (?=[\d+(’'.{"".join(nums.VULGAR_FRACTIONS)}])(?:
      (?P<phone>(?<![\w+])(?:\+\d{{1,3}}[\s-]?(?:\(0\)\s?)?\d{{1,4}}|\(?0\d{{2,4}}\)?)(?:[\s-]\d{{3,4}}){{2}}(?![\d]))
    | (?P<isodate>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
    | (?P<numdate>\b\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})\b(?![./]\d))
    | (?P<clock>\b\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:[apAP]\.[mM]\.|[apAP][mM]\b)
        |\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![\d:])(?:\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|hrs|local\stime)\b)?
        |\b\d{{4}}\s?(?:GMT|BST|UTC|hrs)\b)
    | (?P<slash>\b\d+/\d+\b(?!/))
    | (?P<ordinal>\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:st|nd|rd|th)\b)
    | (?P<decade>[’']\d0s\b|\b\d{{3}}0[’']?s\b|\b[2-9]0s\b)
    | (?P<digits>(?<![\d.,])(?!(?<=\w)\.)(?:{nums.DIGITS_PATTERN})(?![\d]))
    | (?P<vulgar>[{"".join(nums.VULGAR_FRACTIONS)}])
    )
  | \b(?=[A-Za-z])(?:
      (?P<vague>{nums.word_alternation(["tens", "hundreds", "thousands", "millions", "billions",
                                         "trillions", "dozens", "scores"])}
        (?:\s+of\s+(?:thousands|millions|billions))?\b(?!-))
    | (?P<vaguescale>(?:[Ss]everal|[Aa]\s+few)\s+(?:hundred(?:\s+thousand)?|thousand|million|billion)\b
        (?![\s-]+(?:and|&|\d)))
    | (?P<couple>[aA]\s+couple(?=\s+of\b))
    | (?P<aunit>[aA]n?(?=\s+(?:decade|century|minute|hour|day|week|fortnight|month|year)\b))
    | (?P<mult>{nums.word_alternation(list(MULTIPLIER_WORDS) + list(FOLD_WORDS))}\b)
    | (?P<ordword>(?:{_TENS_ALT}-?)?{_ORDINAL_WORD_ALT}\b)
    | (?P<words>{nums.SPELLED_NUMBER_PATTERN})
    )
    """,
    re.X,
)

_AGE_AFTER_RE = re.compile(r"(?i:(?:\s*-\s*|\s+)(?:olds?|of\s+age)\b|\s*(?:yo|y\.o\.)\b)")

_SIGN_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(\[]))(?P<sign>[-−]|(?i:minus|negative)\s+)$")

#: "m^2", "s^-1": the digits are the power of a unit, not a figure.
_UNIT_POWER_BEFORE_RE = re.compile(r"[A-Za-z)]\^[-+−]?$")

#: The second half of a catalogue name: "MACS J1149.5+6663", "PSR B1919+21".
_CATALOGUE_BEFORE_RE = re.compile(r"(?<![\w.])[A-Z]+\d+(?:\.\d+)?\+$")

#: The rest of an address or version number: "192.168" + ".1.2".
_MORE_DOTTED_PARTS_RE = re.compile(r"(?:\.\d+)+(?![\w.]*\d)")

#: ".22 calibre", "a .38 revolver": a bore, not an amount.
_CALIBRE_AFTER_RE = re.compile(
    r"(?i:\s*-?\s*(?:cal\b|calib(?:re|er)|rifles?|pistols?|revolvers?|handguns?|guns?|magnum|"
    r"special|bullets?|rounds?|ammunition|semi-automatic|automatic))")

#: "The annual loss is ($99.99)": a bracketed amount straight after a verb
#: or colon is negative, as accounts write it.  After another amount the
#: brackets hold a conversion ("$100m (£80m)"), so only these openers count.
_ACCOUNTING_OPEN_RE = re.compile(r"(?:\b(?:is|was|were|are|of|at|be)|:)\s+\($")

#: "$-99.99": a minus written between the currency symbol and the digits.
_SIGN_AFTER_SYMBOL_RE = re.compile(r"(?P<symbol>[^\w\s])[-−]$")

#: A capitalised word of a name, accented letters too ('Máire', 'Ní', 'Ó Loingsigh' has 'Loingsigh'),
#: with a second capital after a prefix ('McAlister', 'MacLeod') or a hyphen ('Okafor-Reyes').
_NAME_WORD = r"(?:Mc|Mac)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]+(?:(?<=-)[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]+)*"
_APPOSITIVE_BEFORE_RE = re.compile(r"\b(" + _NAME_WORD + r"),\s$")

#: "..., said Ocampo, 71.": a surname after a verb of speech, before the comma.
_SAID_NAME_BEFORE_RE = re.compile(r"\b(?:said|says|added|adds|told|recalled|explained|insisted|admitted)\s+"
                                  + _NAME_WORD + r",\s$")

#: "Mary Smith, 130, ...": a full name before the comma.
_FULL_NAME_BEFORE_RE = re.compile(r"\b" + _NAME_WORD + r"\s+" + _NAME_WORD + r",\s$")

#: "In Paris, 25 were French": a sentence-opening place phrase, not a name.
_PLACE_PHRASE_BEFORE_RE = re.compile(
    r"(?:^|[.!?;:]\s+|\n)(?i:in|at|on|across|from|for|by|of|to|with|among|outside|inside|near)\s+"
    r"(?:[A-Z][a-z'’-]+\s+)*[A-Z][a-z'’-]+,\s$")

_APPOSITIVE_AFTER_RE = re.compile(r",|\s+(?:and|who|from|of(?!\s+(?:them|whom|which|those|these|us|the)\b))\b|\)")
# ('Bellhaven Base Hospital, 41 of them by ambulance' is a part, no age)

#: The figure ends the sentence: "..., said florist Sandra Kemp, 58."
_SENTENCE_END_AFTER_RE = re.compile(r"[.;](?:\s|[\"”’']|$)|$")

#: A list part just before the name: "90 from Eastmarch Water, " before "35 from contractors".
_LISTED_PART_BEFORE_RE = re.compile(r"\d(?:\s+[a-z][\w-]*){0,2}\s+(?:from|in|at|for|to|on)\s+[^,.;:\d]{1,50},\s$")
# ('70 yachts from Ireland, 31 from Britain': the next part of a list, no age)

#: A verb straight after the figure: an age only inside a list of them.
_VERB_AFTER_RE = re.compile(r"\s+(?:was|were|is|are|has|have|had|said)\b")

#: "Emily, 16, and Pelham, 14 were ...": another name and age just before.
_SIBLING_AGE_BEFORE_RE = re.compile(r"[A-Z][a-z'’-]+,\s\d{1,3},?\s+(?:and\s+)?[A-Z][a-z'’-]+,\s$")


def _sign_before(text: str, start: int, before: str) -> re.Match | None:
    """A minus written just before the figure that ends at ``start``.

    ``before`` is cut at the end of the previous mention, so its own start
    is not the start of a line: "118-109" and "33-1" leave "-" alone in
    it, and that dash joins two figures (a score, odds) - it is no sign.
    The character before the sign in the whole text decides."""
    sign = _SIGN_BEFORE_RE.search(before)
    if sign is None:
        return None
    sign_start = start - (len(before) - sign.start())
    if sign_start > 0 and not re.match(r"[\s(\[]", text[sign_start - 1]):
        return None
    return sign


#: "now 74", "then 19": a time word between the apposition's comma and an age.
_NOW_BEFORE_RE = re.compile(r"(?i:\b(?:now|then|today|still)\s+)$")


def _now_before(text: str, start: int, last_end: int) -> int:
    """Length of a "now "/"then " written just before the figure (0 when there is none)."""
    now = _NOW_BEFORE_RE.search(text, max(last_end, start - 8), start)
    return len(now.group()) if now else 0


def _appositive_age(text: str, start: int, end: int, last_end: int, value: float) -> bool:
    """"John Smith, 45, from Leeds": a number set off by commas after a
    name is an age.  A verb straight after ("Paris, 25 were French") makes
    it a count unless another name and age come just before ("Emily, 16,
    and Pelham, 14 were"); a place phrase before ("In Paris, 25 ...")
    makes it a count too.
    Above 115 a full name is needed ("Mary Smith, 130,"): the rules judge
    whether the age is plausible, the reader only that it is an age."""
    start -= _now_before(text, start, last_end)  # "Maria Lopez, now 81,"
    window = text[max(last_end, start - 30):start]
    name = _APPOSITIVE_BEFORE_RE.search(window)
    if not name:
        return False
    closes_sentence = bool(_SENTENCE_END_AFTER_RE.match(text, end)) and value <= 115 and bool(
        _FULL_NAME_BEFORE_RE.search(window) or (_SAID_NAME_BEFORE_RE.search(window)
                                                and _named_earlier(text, name.group(1), start)))
    # ('..., said florist Sandra Kemp, 58.'; '..., said Ocampo, 71.' of a Marta Ocampo named before)
    if not closes_sentence and not _APPOSITIVE_AFTER_RE.match(text, end) and not (
            _VERB_AFTER_RE.match(text, end)
            and _SIBLING_AGE_BEFORE_RE.search(text, max(0, start - 60), start)):
        return False
    if re.fullmatch(MONTHS + "|" + WEEKDAYS, name.group(1)):
        return False
    if _PLACE_PHRASE_BEFORE_RE.search(text[max(last_end, start - 60):start]):
        return False
    if not text.startswith(",", end) and _LISTED_PART_BEFORE_RE.search(text, max(0, start - 80), start):
        return False  # '90 from Eastmarch Water, 35 from contractors': the next part of a list, no age
    return value <= 115 or bool(_FULL_NAME_BEFORE_RE.search(window)) or _named_earlier(text, name.group(1), start)


def _named_earlier(text: str, surname: str, start: int) -> bool:
    """Was ``surname`` given earlier in the text as a person's full name or with a title
    ("Harold Dunning" ... "Dunning, 167,"): then the name alone is that person."""
    return bool(re.search(r"(?:\b" + _NAME_WORD + r"|\b" + _TITLE + r"\.?)\s+" + re.escape(surname) + r"\b",
                          text[:max(0, start - len(surname) - 2)]))


#: "Declan Furlong (52) said", "Mr Furlong (52), from Shannagh": the Irish and British way of
#: giving an age in brackets after a name (a title or two names, not a team's score: "Arsenal (2)").
#: The titles copy puts before a surname.
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr)"
_BRACKETED_NAME_BEFORE_RE = re.compile(r"\b(?:" + _TITLE + r"\.?|" + _NAME_WORD + r"|[A-Z]\.(?:\s?[A-Z]\.)*)\s+"  # ('H. Ramaiah (68)')
                                       r"(?:(?:Ó|Ní|Nic|Mac|Uí|Ua|de|van|von|da|di)\s+)?"
                                       + _NAME_WORD + r"\s\($")  # ('Pádraig Ó Loingsigh (64)')
#: Ranks and offices written before a name ('Captain Marchesi', 'Supt Brosnan', 'Cllr Fry'): not part of
#: it, and a sign that a person is named ('Captain Declan Moran (47), ...').
RANKS = ("Captain", "Capt", "Commander", "Cdr", "Colonel", "Gen", "Maj", "Lieutenant", "Lt", "Sergeant", "Sgt",
         "Inspector", "Insp", "Superintendent", "Supt", "Detective", "Det", "PC", "Councillor", "Cllr", "Senator",
         "Sen", "Gov", "Mayor", "Fr", "Rabbi", "Imam")  # (not 'Col': a first name too, 'Col Brennan')
_RANK_BEFORE_RE = re.compile(r"\b(?:" + "|".join(RANKS) + r")\.?\s+$")
#: After the comma that closes a bracketed figure: a person, told by 'who' ('Siobhán Kielty (34), a nurse
#: who ...', 'Liam Daly (52), who'), where no list of places or score goes on.
_PERSON_AFTER_COMMA_RE = re.compile(r"\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){1,4}?)?(?:who|whose)\b")
_BRACKETED_AGE_AFTER_RE = re.compile(r"\)(?:\s*,\s+(?:who|whose|said|says|told|added)\b|\s*(?P<comma>,)|\s+(?:said|says|told|was|is|who|has|had|died|"
                                     r"appeared|pleaded|denied|admitted|added|lives|lived)\b)")


def _bracketed_age(text: str, start: int, end: int, last_end: int) -> bool:
    """An age in brackets after a name; before a comma only after a title ('Mr Furlong (52), from'),
    since places take a count so too ('landed at Inchmurra (58), Port Selby (26) and ...')."""
    name = _BRACKETED_NAME_BEFORE_RE.search(text, max(last_end, start - 40), start)
    after = _BRACKETED_AGE_AFTER_RE.match(text, end)
    if (after and after.group("comma") and name and not re.match(_TITLE + r"\b", name.group())
            and not _RANK_BEFORE_RE.search(text, max(0, name.start() - 25), name.start())
            and not _PERSON_AFTER_COMMA_RE.match(text, after.end())):
        return False
    return bool(name) and bool(after) and not any(
        re.fullmatch(MONTHS + "|" + WEEKDAYS, word) for word in re.findall(r"[A-Za-z]+", name.group()))


#: "The minister, ", "The veteran forward, ", "Her husband, ": a determiner, up to three
#: more words, and a singular lower-case noun, then the comma that opens an apposition.
_PERSON_PHRASE_BEFORE_RE = re.compile(
    r"(?:^|(?<=[\s\"“(]))(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[A-Z][\w-]*['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?P<noun>[a-z][a-z'’-]*[a-rt-z]|[a-z]+ss),\s$")
#: A preposition before the phrase makes it a time or place: "In the first quarter, 12, ...".
_PREPOSITION_BEFORE_PHRASE_RE = re.compile(
    r"(?i:\b(?:in|on|at|of|for|from|by|with|among|to|into|during|after|before|over|under|across|"
    r"between|since|until|than|like|per)\s+$)")
#: Nouns that are no person: "The total, 58, ...", "The year, 12, ...".
_NOT_A_PERSON_NOUN = frozenset("""
total figure number score count tally result average rate price toll margin target level share
year month week day quarter half season time period decade century minute hour amount sum cost
budget index ratio majority company firm council trust group government club team party bank
fund union
""".split())


def _common_noun_appositive_age(text: str, start: int, end: int, last_end: int) -> bool:
    """"The minister, 58, said", "The driver, 26, lost control": a number
    set off by commas straight after a singular noun phrase that opens with
    a determiner is that person's age, as a name would be ("John Smith, 45,").
    Plural and measure nouns ("Of the victims, 12, ...", "The total, 58,")
    and phrases after a preposition ("In the first half, 12, ...") are not."""
    if not re.match(r",", text[end:end + 1]):
        return False
    start -= _now_before(text, start, last_end)  # "The singer, now 74,"
    window = text[max(last_end, start - 60):start]
    phrase = _PERSON_PHRASE_BEFORE_RE.search(window)
    if not phrase or phrase.group("noun") in _NOT_A_PERSON_NOUN:
        return False
    phrase_start = start - len(window) + phrase.start()
    return not _PREPOSITION_BEFORE_PHRASE_RE.search(text, max(0, phrase_start - 15), phrase_start)


#: "who was 32 when", "who turns 60 next month", "she was 15 at the time": a bare number
#: after a person and "is/was/turns" is an age.
_CLAUSE_AGE_BEFORE_RE = re.compile(
    r"(?i:\b(?:who|he|she)\s+(?:(?:is|was|will\s+be|would\s+be|had\s+been|has\s+been)"
    r"(?:\s+(?:now|then|just|only|still|barely|already))?|(?:will\s+|has\s+|had\s+|just\s+)?turn(?:s|ed)?"
    r"|celebrat(?:es|ed|ing)\s+(?:(?:his|her|their)\s+)?)\s+$"
    r"|\b(?:will|would|to|has|had|just|recently|shortly)\s+(?:have\s+)?turn(?:s|ed)?\s+$"
    # a name, then 'turned 60': 'Ms Hale turned 60 this year', 'Lena Voss turns 40 on Monday'
    r"|\b(?-i:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+\s+[A-Z][\w'’-]+)\s+turn(?:s|ed)\s+$"
    # a name and what it was born, then the age: 'Smith (born 1980) is now 25',
    # 'Mr Patel, who was born in Leeds in 1971, is 61'
    r"|\(born\b[^()]{0,40}\)\s+(?:is|was)(?:\s+now)?\s+$"
    # a titled name, then 'is': 'Mrs Nora Doherty is 81 and', 'Dr Patel was 34 when'
    r"|\b(?-i:" + _TITLE + r"\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),?\s+(?:is|was)(?:\s+now)?\s+$"
    r"|\b(?-i:" + _TITLE + r"\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+\s+[A-Z][\w'’-]+),\s+who\b[^.;,]{0,80},"
    r"\s+(?:is|was)(?:\s+now)?\s+$)")
#: What may follow such an age: the end of the clause or a time phrase.
_CLAUSE_AGE_AFTER_RE = re.compile(
    r"(?i:\s*(?:[,.;:!?)\"”]|$)|\s+(?:when|at|and|but|in|last|next|this|on|before|after|while|as|years?\s+old)\b)")


#: "died at 84", "left school at 15", "got his first hive at 14": a step in a life, then the age
#: it was taken at (the clause must end after the number: not "died at 84 Mill Lane").
_LIFE_STEP_AT_RE = re.compile(
    r"(?i:\b(?:died|dies|retired|retires|married|marries|emigrated|left\s+(?:school|home)|"
    r"(?:started|began)\s+(?:work|working|school)|learn(?:ed|t)\s+to\s+[a-z]+|"
    r"(?:got|had|bought|kept|won|took\s+up|started|began|opened|wrote|made|played|built)\s+(?:his|her|their)\s+"
    r"first\s+[\w-]+(?:\s+[\w-]+)?)\s+at\s+$)")
#: "A man of 54", "a woman of 49": one person, then 'of' and a bare number that ends its phrase, is an age.
PEOPLE_OF_AN_AGE = {"man", "woman", "boy", "girl", "person", "pensioner", "teenager", "youth"}  # (not 'a mother of
# three', 'a father of two': their children)
_PERSON_OF_BEFORE_RE = re.compile(r"(?i:\b(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(PEOPLE_OF_AN_AGE))
                                  + r")\s+of\s+$)")
#: ... then the person's verb or where they are from: 'a woman of 49 were arrested', 'a man of 54 from Leeds'.
_PERSON_OF_AFTER_RE = re.compile(r"(?i:\s+(?:who|from|of|was|were|is|are|has|had|have|died|appeared)\b)")
#: The earlier ages of a list: "aged 19 and ", "aged 12, 14 and ".
_AGE_LIST_BEFORE_RE = re.compile(
    r"(?i:\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:(?:\s*,)?\s+(?:and|or|&)\s+|\s*,\s*)$"
    r"|\b(?:age|ages)\s+(?:from|between)\s+\d{1,3}\s+(?:to|and)\s+$)")  # ('range in age from 34 to ')


#: "are under 23", "is over 55": a bound straight after a form of "be".
_BE_BOUND_BEFORE_RE = re.compile(r"(?i:\b(?:is|are|was|were|be|been|being)\s+(?:over|under|above|below|aged)\s+$)")
#: People whose age such a bound gives.
_PEOPLE_RE = re.compile(
    r"(?i:\b(?:people|persons?|adults|children|workforce|staff|workers|employees|members|voters|"
    r"candidates|residents|patients|respondents|pensioners|drivers|students|pupils|players|users|"
    r"MPs|councillors|population|women|men|girls|boys|nurses|doctors|teachers|officers|soldiers|"
    r"victims|passengers|customers|viewers|readers|fans|owners|buyers|tenants|parents|mothers|fathers|"
    r"he|she|they|who)\b)")


def _people_are_over_or_under(text: str, start: int, end: int, before: str) -> bool:
    """"A quarter of the workforce is over 55", "players ... are under 23":
    a bare bound after "be", ending the clause, said of people, is an age."""
    if not _BE_BOUND_BEFORE_RE.search(before) or not _CLAUSE_AGE_AFTER_RE.match(text, end):
        return False
    clause_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 80, 0)
    return bool(_PEOPLE_RE.search(text, clause_start, start))


def _clause_age(text: str, start: int, end: int, before: str) -> bool:
    """"The actor, who was 32 when the series began", "who turns 60 next
    month": a number after who/he/she + is/was/turns, followed by the end
    of the clause or a time phrase, is an age ("who was 3 points clear"
    is not: a noun follows)."""
    # (the window reaches past earlier figures: 'Smith (born 1980) is now 25')
    return bool(_CLAUSE_AGE_BEFORE_RE.search(text, max(0, start - 120), start) and _CLAUSE_AGE_AFTER_RE.match(text, end))


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
        if mentions:
            result = _conversion_takes_qualifier(text, mentions[-1], result)
        mentions.append(result)
        last_end = result.end
    mentions = _compound_measures_join(text, mentions)
    mentions = _a_closing_a_list(text, _listed_figures_take_the_unit(text, _degrees_take_the_scale(text, mentions)))
    mentions = _parts_of_a_measure_take_the_unit(text, mentions)
    return _bare_dollars_take_the_house_dollar(text, _ends_share_the_unit(text, mentions))


#: Between the parts of one compound measure: nothing, a comma, 'and' or a hyphen ("9 hours 2
#: minutes", "2 hours, 8 minutes and 30 seconds", "6ft 2in", "the 6-foot-3-inch thigh bone").
_COMPOUND_GAP = re.compile(r"^(?:-|\s*(?:,\s*)?(?:and\s+)?)$")
#: Inches after feet, which the scanner may read as a word ('6ft 2in').
_INCHES = re.compile(r"^(\d{1,2}(?:\.\d+)?)\s*(?:in|ins|inches|inch|\")$")
#: Dimensions a measure may be written in parts of.
_COMPOUND_DIMENSIONS = {"time", "length", "mass"}
#: Units whose parts copy joins with a comma or 'and' ('6 feet, 2 inches'); metric parts only
#: side by side ('1m 80cm').
_IMPERIAL = {"mile", "yard", "foot", "inch", "stone", "pound", "ounce"}


def _compound_measures_join(text: str, mentions: list[Mention]) -> list[Mention]:
    """"9 hours 2 minutes", "6ft 2in", "7lb 4oz": a measure followed by a smaller part in a
    smaller unit of its dimension is one figure (9.033 hours), not two."""
    joined: list[Mention] = []
    smallest = ""  # the unit of the last part joined to joined[-1] ('seconds' of '2 hours, 4 minutes and 36 seconds')
    mentions = [_stones(text, m, mentions[i + 1]) if i + 1 < len(mentions) else m for i, m in enumerate(mentions)]
    for mention in mentions:
        whole = joined[-1] if joined else None
        if whole is not None and _COMPOUND_GAP.match(text[whole.end:mention.start]):
            part = _part_of(text, whole, mention, smallest)
            if part is not None:
                joined[-1] = part
                smallest = mention.unit
                continue
        joined.append(mention)
        smallest = mention.unit
    return joined


#: A weight in stones read as an ordinal ('16st' of '16st 2lb'): no ordinal ends so but 1st, 21st, 31st ...
_STONES = re.compile(r"^(\d{1,2})st$")


def _stones(text: str, mention: Mention, following: Mention) -> Mention:
    """'16st' before '2lb' is 16 stone (a boxer's '16st 2lb'), not a rank; any other mention as it is."""
    stones = _STONES.match(mention.text) if mention.kind == "ordinal" else None
    if (stones is None or following.kind != "measure" or following.unit not in ("pound", "ounce")
            or not _COMPOUND_GAP.match(text[mention.end:following.start])):
        return mention
    value = float(stones.group(1))
    return make_mention(text, mention.start, mention.end, value, value, value, unit="stone", dimension="mass",
                        kind="measure")


def _part_of(text: str, whole: Mention, part: Mention, smallest: str = "") -> Mention | None:
    """The compound measure of ``whole`` and the smaller ``part`` after it, or None; ``smallest`` is
    the unit of the whole's last part, which the next must be smaller than ('2 hours, 4 minutes and
    36 seconds, 58 seconds outside the record' ends at the seconds)."""
    if whole.kind != "measure" or whole.dimension not in _COMPOUND_DIMENSIONS or whole.value is None:
        return None
    unit, value = part.unit, part.value
    inches = _INCHES.match(part.text) if part.kind != "measure" and whole.unit == "foot" else None
    if inches:
        unit, value = "inch", float(inches.group(1))  # ('6ft 2in': the scanner reads 'in' as a word)
    elif part.kind != "measure" or part.dimension != whole.dimension or part.qualifier or value is None:
        return None
    whole_factor, part_factor = un.to_base(whole.unit, 1.0)[1], un.to_base(unit, 1.0)[1]
    if not whole_factor or not part_factor or part_factor >= whole_factor or value >= whole_factor / part_factor:
        return None  # not a smaller part ('3 hours 90 minutes' is two figures)
    last_factor = un.to_base(smallest, 1.0)[1] if smallest else None
    if last_factor and part_factor >= last_factor:
        return None  # not smaller than the last part
    if whole.dimension != "time" and text[whole.end:part.start].strip() and not {whole.unit, unit} <= _IMPERIAL:
        return None  # 'the 10km and 400m events' are two races; '6 feet and 2 inches' is one height
    first = re.search(r"\d+(?:\.\d+)?", whole.text)  # (the whole may be a compound already: '2 hours, 8 minutes')
    if first is None or "." in first.group() or value < 0:
        return None  # '1.5 hours 20 minutes' is no way to write one time
    ratio = part_factor / whole_factor
    low = None if whole.low is None else whole.low + value * ratio
    high = None if whole.high is None else whole.high + value * ratio
    return make_mention(text, whole.start, part.end, whole.value + value * ratio, low, high,
                        qualifier=whole.qualifier, unit=whole.unit, dimension=whole.dimension, kind="measure")


#: Between two counts of one list: their nouns and a comma ("four sedans, ").
_COUNT_LIST_GAP = re.compile(r"^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,\s*$")
#: After the last count of such a list: its noun, then "and a ..." ("three pickups and a van").
_AND_A_AFTER = re.compile(
    r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,?\s+and\s+(an?)\s+"
    r"(?!(?:half|quarter|third|few|lot|lots|number|total|dozen|couple|further|bit|little|great|good|record|"
    r"result|view|way|time|day|week|month|year|while|host|range|series|variety|handful|score|pair|set)\b)"
    r"[a-z][\w-]*(?=\s*(?:[,.;:)]|\s[\u2014\u2013-]\s|\s+(?:were|was|are|is|had|have|in|at|on|from|to)\b))")


def _a_closing_a_list(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The nine vehicles - four sedans, three pickups and a van - were ...": an "a" that closes a
    list of counts is one more of them (two counts of nouns before it, no figure after it)."""
    added = []
    for i in range(1, len(mentions)):
        before, last = mentions[i - 1], mentions[i]
        if not (before.kind == last.kind == "count" and not before.unit and not last.unit
                and _COUNT_LIST_GAP.match(text[before.end:last.start])):
            continue
        closing = _AND_A_AFTER.match(text, last.end)
        following = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        if closing and closing.end() <= following:
            added.append(make_mention(text, closing.start(1), closing.end(), 1.0, 1.0, 1.0))  # ("a van")
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


#: Dollars other than the US dollar, as copy marks them ("A$4.8 million", "NZ$12m").
_HOUSE_DOLLARS = {"A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD", "S$": "SGD"}
_MARKED_DOLLAR = re.compile(r"(?<![A-Za-z])(A|AU|NZ|C|CA|HK|S)\$")
#: A "$" with no letters before it ("$8.4 million"; not "US$", "U.S. $" or "A$").
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$.])(?<!U\.S\. )\$")


def _bare_dollars_take_the_house_dollar(text: str, mentions: list[Mention]) -> list[Mention]:
    """Copy that marks its dollar once ("the A$4.8 million restoration") writes the same dollar
    bare after ("the $8.4 million restoration"): in a text whose marked dollars are all of one
    kind, a bare "$" is that dollar, not the US dollar ("US$" stays US), unless it converts the
    marked sum right before it ("A$1.1 billion, or about $740 million", "A$1.1 billion ($740
    million)"): that is the US dollar."""
    marked = {_HOUSE_DOLLARS[match.group(1) + "$"] for m in mentions if m.kind == "money"
              for match in [_MARKED_DOLLAR.search(m.text)] if match}
    if len(marked) != 1:
        return mentions
    code = marked.pop()
    return [dataclasses.replace(m, unit=code, base_unit=code)
            if _bare_us_dollars(m) and not (i and _converts(text, mentions[i - 1], m)) else m
            for i, m in enumerate(mentions)]


#: Between a sum and its conversion into another currency: ' (', ', or ', ', or about '.
_CONVERSION_GAP = re.compile(r"^\s*(?:\(|,\s*or|,\s*or\s+(?:about|around|some|roughly|nearly|almost))\s*$", re.I)


def _converts(text: str, marked: Mention, bare: Mention) -> bool:
    """Is ``bare`` the conversion of the marked-dollar sum ``marked`` right before it?"""
    return (marked.kind == "money" and bool(_MARKED_DOLLAR.search(marked.text))
            and bool(_CONVERSION_GAP.match(text[marked.end:bare.start])))


def _bare_us_dollars(mention: Mention) -> bool:
    """Is the mention a sum read as US dollars from a bare "$"?"""
    return (mention.kind == "money" and mention.unit == mention.base_unit == "USD"
            and bool(_BARE_DOLLAR.search(mention.text)) and not _MARKED_DOLLAR.search(mention.text))


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_TO_GAP = re.compile(r"^\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+)?$", re.I)
#: After a bare end figure: no noun of its own ('from 48 minutes to 19, a saving', not '... to 19 stops').
_NO_NOUN_AFTER = re.compile(r"^(?:\s*[,;.)]|\s+(?:in|on|by|at|a|an|the|this|last|next|and|or|but|after|before|"
                            r"when|over|under|from|with|according)\b|\s*$)", re.I)


def _ends_share_the_unit(text: str, mentions: list[Mention]) -> list[Mention]:
    """"from 48 minutes to 19": a bare figure at one end of a 'from ... to ...' span whose
    other end has a unit is in that unit ("from 3 to 5 per cent" the same way back)."""
    for i in range(1, len(mentions)):
        first, second = mentions[i - 1], mentions[i]
        if not _TO_GAP.match(text[first.end:second.start]) or not _FROM_BEFORE.search(text[max(0, first.start - 25):first.start]):
            continue
        bare, measured = (second, first) if first.unit and not second.unit else (first, second)
        if bare.unit or not measured.unit or bare.kind != "count" or measured.kind not in ("measure", "money", "percent") \
                or bare.value is None or not measured.value:
            continue
        if bare is second and not _NO_NOUN_AFTER.match(text[bare.end:bare.end + 12]):
            continue
        if measured.dimension == "temperature":
            continue  # a scale with an offset: its base value is not a multiple
        if bare is second and measured.unit in _UNDER_A_YEAR and _AGE_SPAN_BEFORE.search(
                text, max(0, first.start - 40), first.start):
            # 'range in age from 11 months to 82': the older end is in years, as ages are
            mentions[i] = make_mention(text, bare.start, bare.end, bare.value, bare.low, bare.high,
                                       qualifier=bare.qualifier, unit="year", dimension="time", kind="age")
            continue
        mentions[i if bare is second else i - 1] = _in_unit_of(text, bare, measured)
    return mentions


#: Units of an age under a year ('aged from six weeks to 82').
_UNDER_A_YEAR = {"month", "week", "day"}
#: Before a span of ages: 'range in age from', 'aged from', 'ages from'.
_AGE_SPAN_BEFORE = re.compile(r"\b(?:aged?|ages)\s+(?:\w+\s+)?from\s+(?:about\s+|around\s+)?$", re.I)


#: Right before a threshold a count goes past: 'cases pass 300', 'has passed 1,000'.
_PASS_BEFORE = re.compile(r"\b(?:pass|passes|passed|passing)\s+$", re.I)
#: Before a measure shared out: "Of the ", "Of its " (a sentence's or clause's opening).
_OF_THE_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n\s*)(?:[Oo]f|[Aa]mong)\s+(?:the|its|their|these|those)\s+$")
#: From such a measure to its first part: the rest of its noun phrase and a comma.
_TO_FIRST_PART = re.compile(r"^[^.;:!?\d()]{0,60},\s*$")
#: After a bare part: a verb or preposition, not a noun of its own ('2,410 came from the works').
_PART_VERB_AFTER = re.compile(r"^\s+(?:came|come|comes|were|was|are|is|went|go|goes|had|have|has|lay|lie|lies|from|in|at|on)\b",
                              re.I)


def _parts_of_a_measure_take_the_unit(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Of the 2,140 hours of illegal discharges, 2,410 came from the Hatherley Road works": a bare
    figure in digits that opens the breakdown of a measure is in the measure's unit."""
    for i in range(1, len(mentions)):
        measured, mention = mentions[i - 1], mentions[i]
        if (measured.kind != "measure" or not measured.value or not measured.base_value
                or measured.dimension == "temperature" or mention.kind != "count" or mention.unit
                or mention.value is None or not mention.text[:1].isdigit()):
            continue
        if (_OF_THE_BEFORE.search(text[max(0, measured.start - 12):measured.start])
                and _TO_FIRST_PART.match(text[measured.end:mention.start])
                and _PART_VERB_AFTER.match(text[mention.end:mention.end + 12])):
            mentions[i] = _in_unit_of(text, mention, measured)
    return mentions


#: Between a sum and the next figure of one list: "41 million pounds for buildings, " / " and ".
_LIST_GAP = re.compile(r"^[^.;:!?\d()]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$")
def _use_after(prepositions: str) -> re.Pattern:
    """After a bare listed figure: one of ``prepositions`` saying what it is for, or the part's end."""
    return re.compile(rf"^(?:\s+(?:{prepositions})\b|\s*(?:[,;.)]|and\b|$))")


#: After a bare figure of such a list: what the sum is for, not a noun it counts ("27 million for IT",
#: not "27 million people"); for a measure, where or what it is for, not a part of it ("of them").
_SUM_USE_AFTER = _use_after("for|on|in|to|towards|from|at|of")
_MEASURE_USE_AFTER = _use_after("for|on|in|to|towards|from|at")
_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion|bn)$", re.I)


def _listed_figures_take_the_unit(text: str, mentions: list[Mention]) -> list[Mention]:
    """"41 million pounds for buildings, 27 million for IT and 26 million for redundancy": a
    bare figure with a scale word, listed right after a sum, is a sum in the same currency;
    "520,000 hectares in Osura, 410,000 in Tenga and 190,000 in Malau", "3.7 million tonnes at
    Saxby Fen, 3.4 million at Brandham": a bare figure in digits listed right after a measure
    is in the measure's unit. (Temperatures are left alone: a scale with an offset.)"""
    for i in range(1, len(mentions)):
        measured, mention = mentions[i - 1], mentions[i]
        if not measured.value or mention.kind != "count" or mention.unit or mention.value is None:
            continue
        gap = text[measured.end:mention.start]
        if i >= 2 and _is_bracketed_conversion(text, mentions[i - 2], measured):
            # '2.6 million euros ($3 million) a season - 1.4 million for electricity, ...': the sum converted
            measured, gap = mentions[i - 2], text[text.index(")", measured.end) + 1:mention.start]
            if not _LIST_OPENING.match(gap):
                continue
        if measured.kind == "money" and _LIST_OPENING.match(gap):
            gap = ""  # ('$5 million: 2 million for roads and ...'; not 'over the five days: 17,800 on the first')
        if measured.kind == "money":
            fits = _SCALE_WORD.search(mention.text) and _SUM_USE_AFTER.match(text[mention.end:mention.end + 12])
        elif measured.kind == "measure" and measured.dimension != "temperature" and measured.base_value:
            fits = mention.text[:1].isdigit() and _MEASURE_USE_AFTER.match(text[mention.end:mention.end + 12])
        else:
            continue
        if fits and (not gap or _LIST_GAP.match(gap)):
            mentions[i] = _in_unit_of(text, mention, measured)
    return mentions


#: Between a sum (or its bracketed conversion) and the first figure of a list that breaks it
#: down: a few words closed by a colon or a spaced dash ("a season - ", ": ").
_LIST_OPENING = re.compile(r"^[^.;:!?\d()]{0,30}?(?::|\s[\u2014\u2013]|\s--?)\s*$")


def _in_brackets_after(text: str, first: Mention, mention: Mention) -> bool:
    """Is ``mention`` written alone in brackets right after ``first`` ('40 feet (12 metres)')?"""
    return bool(re.fullmatch(r"\s*\(\s*", text[first.end:mention.start]) and re.match(r"\s*\)", text[mention.end:]))


def _is_bracketed_conversion(text: str, converted: Mention, mention: Mention) -> bool:
    """Is ``mention`` the bracketed conversion of the sum right before it ('2.6 million euros ($3 million)')?"""
    return converted.kind == mention.kind == "money" and _in_brackets_after(text, converted, mention)


#: A sum written in a minor unit, whose value is held in the major one ('56 pence' is 0.56 GBP).
_MINOR_UNIT_SUM = re.compile(r"\d\s*(?:pence|p|cents?|c)$", re.I)


def _in_unit_of(text: str, bare: Mention, measured: Mention) -> Mention:
    """``bare`` read in the unit of ``measured``, whose base conversion it shares (a linear
    unit: the base factor is the measured figure's base value over its value). A sum in pence or
    cents takes its bare end in pence or cents too ('from 71 to 56 pence')."""
    factor = (measured.base_value or 0) / measured.value
    minor = 0.01 if measured.kind == "money" and _MINOR_UNIT_SUM.search(measured.text) else 1.0
    scaled = [None if v is None else v * minor for v in (bare.value, bare.low, bare.high)]
    return make_mention(text, bare.start, bare.end, *scaled, qualifier=bare.qualifier,
                        unit=measured.unit, dimension=measured.dimension, kind=measured.kind,
                        base=(measured.base_unit, factor))


_TEMPERATURE_SCALES = ("degree Celsius", "degree Fahrenheit")


def _degrees_take_the_scale(text: str, mentions: list[Mention]) -> list[Mention]:
    """"It was 14F, about 20 degrees colder than ...": bare "degrees" in the
    sentence of a reading on a named scale are on that scale.  Only the unit
    is set: a bare "degrees" is often a difference, which has no base value
    on a scale with an offset, so the base stays empty as before."""
    scale, scale_end = "", 0
    for i, mention in enumerate(mentions):
        if mention.unit in _TEMPERATURE_SCALES:
            scale, scale_end = mention.unit, mention.end
        elif mention.unit == "degree" and scale and not re.search(r"[.!?]\s|\n", text[scale_end:mention.start]):
            mentions[i] = dataclasses.replace(mention, unit=scale)
    return mentions


#: Qualifiers that a conversion in brackets repeats: bounds and approximations.
_CONVERTED_QUALIFIERS = frozenset({"over", "at least", "just over", "about", "nearly", "up to", "fewer than"})


def _conversion_takes_qualifier(text: str, converted: Mention, mention: Mention) -> Mention:
    """"more than 12,000 hectares (29,650 acres)", "about £80m ($100m)": a
    figure in brackets straight after another of the same dimension is its
    conversion, and the wording before the first bounds both.  The bracketed
    figure keeps its own qualifier when it has one."""
    if mention.qualifier or converted.qualifier not in _CONVERTED_QUALIFIERS or mention.value is None \
            or mention.kind not in ("measure", "money") or mention.dimension != converted.dimension \
            or mention.unit == converted.unit:  # "£23bn (£12m)" is no conversion
        return mention
    if not _in_brackets_after(text, converted, mention):
        return mention
    rounded = (mention.low, mention.high) if mention.low is not None else None
    can_be_negative = mention.dimension == "temperature" or mention.value < 0
    low, high = quals.interval(converted.qualifier, mention.value, rounded, can_be_negative)
    if mention.kind == "money":
        factor = mention.base_value / mention.value if mention.value else 1.0
        base_low, base_high = low * factor, high * factor
    else:
        base_low, base_high = un.to_base_bounds(mention.unit, low, high)
    return dataclasses.replace(mention, qualifier=converted.qualifier, low=low, high=high,
                               base_low=base_low, base_high=base_high)


def _read_atom(text: str, atom: re.Match, last_end: int) -> Mention | int | None:
    group = atom.lastgroup
    start, end = atom.span()
    url_end = inside_url(text, start)
    if url_end:
        return url_end
    if group == "phone":
        return make_mention(text, start, end, None, None, None, kind="identifier", dimension="")
    if group in ("isodate", "numdate"):
        return make_mention(text, start, end, None, None, None, kind="date", dimension="")
    if group == "clock":
        return clock(text, start, end)
    if group == "slash":
        span_or_label = slash(text, start, end)
        if span_or_label is not None:
            return span_or_label
        left, right = (int(part) for part in atom.group().split("/"))
        return _finish(text, Figure(start, end, left / right, 0.0, plain_integer=False), last_end)
    if group == "ordinal":
        return ordinal_digits(text, start, end, last_end)
    if group == "decade":
        return decade(text, start, end, last_end)
    if group in ("vague", "vaguescale"):
        return vague(text, start, end, last_end)
    if group == "couple":
        name, q_start = qualifier_before(text, start, last_end) or ("", start)
        low, high = quals.interval(name, 2.0)
        return make_mention(text, q_start, end, 2.0, low, high, qualifier=name,
                            noun_hint=noun_after_of(text, end))
    if group == "aunit":
        return _article_duration(text, start, end, last_end)
    if group == "mult":
        return multiplier(text, start, end, last_end)
    if group == "ordword":
        return ordinal_word(text, start, end)
    if group == "digits":
        return _number(text, start, end, last_end, spelled=False)
    if group == "vulgar":
        figure = Figure(start, end, nums.VULGAR_FRACTIONS[atom.group()], 0.0, plain_integer=False)
        return _finish(text, figure, last_end)
    if group == "words":
        return _number(text, start, end, last_end, spelled=True)
    return None


#: Qualifier words before "a year" that compare or date rather than measure
#: ("higher than a year ago", "within a day", "an estimated a month").
_NOT_A_DURATION_QUALIFIER_RE = re.compile(
    r"(?i:within|inside|estimated|an\s+estimated|some|higher|lower|greater|bigger|larger|smaller|"
    r"above|below)\b")


def _article_duration(text: str, start: int, end: int, last_end: int) -> Mention | None:
    """"over a decade", "under a minute": one unit of time, a claim only
    when a qualifier makes it one ("within a day" and "a year ago" are not)."""
    found = qualifier_before(text, start, last_end)
    if not found or _NOT_A_DURATION_QUALIFIER_RE.match(text, found[1]) \
            or re.match(r"\s+\w+\s+ago\b", text[end:end + 20]):
        return None
    return _finish(text, Figure(start, end, 1.0, 1.0, words=True, plain_integer=False), last_end)


def _number(text: str, start: int, end: int, last_end: int, spelled: bool) -> Mention | None:
    furniture = (page_chrome(text, start, end) or golf_score(text, start, end) or product_name(text, start, end)
                 or event_name(text, start, end))
    if furniture:
        return furniture
    if spelled:
        if not spelled_is_number(text, start, end):
            return spelled_ordinal_or_none(text, start, end)
        figure = read_words(text, start, end)
        if figure is None:  # "three-nought-four": read the first word alone
            first = re.match(r"[A-Za-z]+", text[start:end])
            figure = read_words(text, start, start + first.end()) if first and start + first.end() < end else None
        if figure is None:
            return None
    else:
        if _UNIT_POWER_BEFORE_RE.search(text, max(last_end, start - 3), start):
            return None
        if _CATALOGUE_BEFORE_RE.search(text, max(0, start - 20), start):  # "J1149.5+6663"
            return make_mention(text, start, end, nums.parse_digits(text[start:end]).value, None, None,
                                kind="identifier", dimension="")
        dotted = _MORE_DOTTED_PARTS_RE.match(text, end)
        if dotted and "." in text[start:end]:  # "192.168.1.2", "version 14.2.1"
            return make_mention(text, start, dotted.end(), None, None, None, kind="identifier", dimension="")
        if text[start] == "." and _CALIBRE_AFTER_RE.match(text, end):  # "a .22 rifle"
            return make_mention(text, start, end, nums.parse_digits(text[start:end]).value, None, None,
                                kind="identifier", dimension="")
        identifier = identifier_around(text, start, end, last_end)
        if identifier:
            return identifier
        date = date_from(text, start, last_end)
        if date:
            return date
        figure = read_digits(text, start, end)
        if figure is None:
            return None
    return _finish(text, figure, last_end)


def _finish(text: str, figure: Figure, last_end: int) -> Mention | None:
    """Everything after the core figure: sign, currency, scale, unit, range,
    qualifiers, age, ratio and the kind."""
    before = text[max(last_end, figure.start - 40):figure.start]
    # sign and currency written before the figure
    currency_code = ""
    start = figure.start
    sign = _sign_before(text, figure.start, before)
    if sign and (not figure.words or sign.group("sign")[0] not in "-−"):
        figure.value = -figure.value
        start -= len(sign.group(0))
        before = before[:len(before) - len(sign.group(0))]
    glued_sign = None if sign else _SIGN_AFTER_SYMBOL_RE.search(before)
    if glued_sign and glued_sign.group("symbol") in un.CURRENCY_PREFIXES:  # "$-99.99"
        figure.value = -figure.value
        start -= 1
        before = before[:-1]
    prefix = un.CURRENCY_PREFIX_RE.search(before)
    if prefix and not (prefix.group("symbol") in un.CURRENCY_PREFIX_GLUED_ONLY and prefix.group("gap")):
        symbol = prefix.group("symbol")
        if not (symbol.isalpha() and len(symbol) == 1 and re.search(r"[A-Za-z]\s?$", before[:-len(prefix.group(0))] or "")):
            currency_code = un.CURRENCY_PREFIXES[symbol]
            start -= len(prefix.group(0))
            before = before[:len(before) - len(prefix.group(0))]
            if not sign:
                inner_sign = _sign_before(text, start, before)
                if inner_sign:  # "-$5"
                    figure.value = -figure.value
                    start -= len(inner_sign.group(0))
                    before = before[:len(before) - len(inner_sign.group(0))]
    if not figure.words:
        read_scale(text, figure, bool(currency_code))
    figure.start = start
    quantity = read_unit(text, figure, currency_code)
    if quantity.kind == "money" and figure.value > 0 and text[quantity.end:quantity.end + 1] == ")" \
            and _ACCOUNTING_OPEN_RE.search(text, max(0, start - 12), start):
        figure.value = -figure.value  # "revenue was ($99.99)": an accountant's minus

    # multipliers: "four-fold", "three times more"
    fold = FOLD_AFTER_RE.match(text, quantity.end)
    if fold and not quantity.unit:
        return finish_ratio(text, start, fold.end(), figure.value, before, last_end)
    times = TIMES_AFTER_RE.match(text, quantity.end)
    if times and not quantity.unit:
        times_end = quantity.end + len(re.match(r"\s+times", text[quantity.end:]).group())
        return finish_ratio(text, start, times_end, figure.value, before, last_end)
    grown_end = grown_times(text, start, quantity.end, figure.value) if not quantity.unit else None
    if grown_end is not None:
        return finish_ratio(text, start, grown_end, figure.value, before, last_end)

    # "9.8 ± 0.2 m/s2": one figure with its stated uncertainty
    spread = plus_minus(text, quantity, figure)
    if spread:
        return spread

    # "one in five", "3 out of 10", "1 over 3"
    ratio = ratio_partner(text, quantity, figure, last_end) or spoken_fraction(text, quantity, figure)
    if ratio:
        return ratio

    # ranges and sports scores
    range_result = read_range(text, quantity, figure, currency_code, before)
    if isinstance(range_result, Mention):
        return range_result
    if range_result is not None:
        low_q, high_q, qualifier_start = range_result
        return _build(text, high_q, last_end, range_low=low_q, range_start=qualifier_start)
    return _build(text, quantity, last_end)


def _build(text: str, quantity: Quantity, last_end: int, range_low: Quantity | None = None,
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
    age_before = AGE_BEFORE_RE.search(before) if not unit or unit == "year" else None
    if not age_before and not unit:  # "two men aged 24 and 31": every age of the list
        age_before = _AGE_LIST_BEFORE_RE.search(text, max(0, start - 40), start)
    if age_after and unit in ("year", "month", "week", "day"):
        end = age_after.end()
        kind = "age"
    elif age_before and not unit and 0 < value:
        # no upper bound: "aged 194" is an age the plausibility rules should see
        unit, dimension, kind = "year", "time", "age"
    elif not unit and not range_low and figure.plain_integer and 0 < value <= 999 and \
            _appositive_age(text, start, end, last_end, value):
        unit, dimension, kind = "year", "time", "age"
    elif not unit and not range_low and figure.plain_integer and 0 < value < 200 and \
            _bracketed_age(text, start, end, last_end):
        # up to 199: 'Gopal Rao Deshmukh (143), a retired tailor who' is an age the plausibility rules must see
        unit, dimension, kind = "year", "time", "age"
    elif not unit and not range_low and figure.plain_integer and 0 < value <= 120 and \
            _common_noun_appositive_age(text, start, end, last_end):
        unit, dimension, kind = "year", "time", "age"
    elif not unit and not range_low and figure.plain_integer and 0 < value < 200 and \
            _clause_age(text, start, end, before):
        # up to 199, not 120: 'the woman, who is 134' is an age the plausibility rules must see
        unit, dimension, kind = "year", "time", "age"
    elif not unit and not range_low and figure.plain_integer and 0 < value <= 130 and \
            _PERSON_OF_BEFORE_RE.search(text, max(0, start - 40), start) and \
            (_CLAUSE_AGE_AFTER_RE.match(text, end) or _PERSON_OF_AFTER_RE.match(text, end)):
        unit, dimension, kind = "year", "time", "age"  # 'A man of 54 and a woman of 49 were arrested'
    elif not unit and not range_low and figure.plain_integer and 0 < value <= 130 and \
            _LIFE_STEP_AT_RE.search(text, max(0, start - 60), start) and _CLAUSE_AGE_AFTER_RE.match(text, end):
        unit, dimension, kind = "year", "time", "age"  # 'died at 84', 'got his first hive at 14'
    elif not unit and not range_low and figure.plain_integer and 16 <= value <= 110 and \
            _people_are_over_or_under(text, start, end, before):
        unit, dimension, kind = "year", "time", "age"
    elif not unit and 0 < value and re.match(r"\s*(?:yo|y\.o\.)\b", text[end:end + 6]):
        end += len(re.match(r"\s*(?:yo|y\.o\.)", text[end:end + 6]).group())
        unit, dimension, kind = "year", "time", "age"
    elif re.match(r"s\b", text[end:end + 2]) and re.search(r"(?i:\b(?:over|under)-$)", before) and not unit:
        # "over-65s", "under-18s"
        q_start = start - 6 if before.lower().endswith("over-") else start - 6
        name = "at least" if before.lower().endswith("over-") else "fewer than"
        low, high = quals.interval(name, value)
        return make_mention(text, max(last_end, q_start), end + 1, value, low, high, qualifier=name,
                        unit="year", dimension="time", kind="age")

    # bare four-digit years and other non-claims
    if not unit and not range_low and figure.plain_integer and kind == "count":
        if re.match(r"[A-Za-z0-9]", text[end:end + 1]) or re.match(r"[-/][A-Za-z]", text[end:end + 2]) \
                and not re.match(r"-(?:year|month|week|day|hour|strong|odd|plus|point|page|man|member|seat)", text[end:end + 8]):
            if re.match(r"[A-Za-z0-9]", text[end:end + 1]):
                token_end = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*").match(text, end).end()
                return make_mention(text, start, token_end, value, None, None, kind="identifier",
                                dimension="")
        if 1000 <= value <= 2100 and is_year(text, start, end, before, value):
            return make_mention(text, start, end, value, value, value, kind="year", dimension="time")

    # qualifiers
    qualifier = ""
    q_start = start
    if range_low is not None:
        qualifier = "between"
    else:
        found = qualifier_before(text, start, last_end)
        span = dimension == "time" and over_is_a_span(text, found[1], end) if found else False
        span = span or (found and over_means_concerning(text, found[1], end, kind))
        bare_within = found and not unit and re.match(r"(?i:within|inside)\b", text[found[1]:found[1] + 6])
        if found and not span and not bare_within:  # "within six points of" is no bound
            qualifier, q_start = found
        elif not found and quals.OVER_VERB_BEFORE_RE.search(before):  # "may exceed 70%"
            qualifier = "over"
        elif not found and _PASS_BEFORE.search(before) and _NO_NOUN_AFTER.match(text[end:end + 12]):
            qualifier = "over"  # 'Cholera cases pass 300' (not 'Parliament passed 12 laws')
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
        noun_hint = plural_noun_after(text, end, value)
        hyphen = re.compile(r"-([a-z]+)\b").match(text, end)
        if hyphen and not noun_hint:
            noun_hint = hyphen.group(1)
            end = hyphen.end() if hyphen.group(1) not in ("odd", "plus") else end

    # proportions: "two-thirds of", "half the"
    if kind == "count" and not unit and 0 < value < 1 and not range_low:
        kind, dimension = "ratio", "ratio"

    # interval
    if range_low is not None:
        # the ends as written: "£2-3m" is [2m, 3m], not widened by rounding
        low, high = sorted((range_low.figure.value, figure.value))
        value = (low + high) / 2
    else:
        rounded = quals.rounding_interval(value, figure.step) if figure.scaled else None
        can_be_negative = dimension == "temperature" or value < 0
        low, high = quals.interval(qualifier, value, rounded, can_be_negative)
    base = (quantity.base_currency, 1.0) if quantity.base_currency else None
    return make_mention(text, start, end, value, low, high, qualifier=qualifier, unit=unit,
                    dimension=dimension, kind=kind, noun_hint=noun_hint, base=base)
