"""Figures that are not claims: dates, times, years, decades, ordinals, identifiers,
and page furniture or golf scores (kind "other").

They are typed, not dropped (the report shows them, the rules ignore
them).  Each reader here returns a finished :class:`Mention`, or None when
the figure is a quantity after all and the claim readers should take it.
"""

from __future__ import annotations

import re

from factcheck.timewords import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES

from . import numbers as nums
from . import units as un
from .figures import PLURAL_NOUN_RE, SCALE_GLUED_RE, SCALE_SPACED_RE
from .mention import Mention, make_mention


MONTHS = "(?:" + "|".join(MONTH_NAMES) + "|(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.?)"

WEEKDAYS = "(?:" + "|".join(WEEKDAY_NAMES) + ")"

#: Web addresses and e-mail addresses: figures inside them are not mentions.
_URL_TOKEN_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")

#: Words that make a capitalised word before a number a name ("Boeing 737").
NOT_A_NAME = frozenset("""
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
                      "fortune nasdaq dax cac nikkei hang lap round hole heat leg episode "
                      "season phase exhibit question".split())
#: Label words that name a number even in lower case ("bus route 38",
#: "junction 9", "platform 4"); their plurals label lists ("junctions 10 and 11").
_LOWER_ID_HEADS = frozenset("number article section chapter room flight route level tier "
                            "category stage channel page line platform gate terminal junction "
                            "zone grade version series class type model block clause paragraph "
                            "schedule game unit ward floor highway interstate pier exit "
                            "bay berth carriage lap round hole heat episode phase exhibit "
                            "question match".split())
#: (not a count of the next item of a list: 'from wards 7 to 9 and 27 from elsewhere', '4 to 6, 96 from')
_LABEL_LIST_RE = re.compile(r"(?:\s*(?:,|-|–|to|and|&|or)\s*\d{1,4}\b(?!\s+(?:in|at|on|for|from|of)\b))*")
_LABEL_PAIR_RE = re.compile(r"(?:\s*(?:-|–|to)\s*\d{1,4}\b|\s*(?:and|&|or)\s*\d{1,4}\b(?!\s+(?:in|at|on|for|from|of)\b))?")

_YEAR_BEFORE_RE = re.compile(
    r"(?i:\b(?:in|since|of|by|from|until|till|to|during|before|after|year|early|late|mid|"
    r"spring|summer|autumn|winter|fall|season|circa|c\.|between|and|through|throughout|"
    r"pre|post|around|about)[\s-]+$)"
)

_MONTH_BEFORE_RE = re.compile(rf"\b{MONTHS}\s+$")

_DATE_AFTER_RE = re.compile(
    rf"(?:st|nd|rd|th)?(?P<second>\s*(?:-|–|to|and|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?{MONTHS}(?:,?\s+\d{{4}}\b)?(?![\w])"
)

_DATE_AFTER_MONTH_RE = re.compile(r"(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?!\d)|"
                                  # a second day after 'and' or 'or', the clause or the sentence ending there ('mailed
                                  # the notices on Oct. 30 and 31.'; not 'on March 3 and 4 people ...')
                                  r"\s+(?:and|or)\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?=[,.;:)]|\s*$|,?\s+\d{4}\b))?"
                                  r"(?:,?\s+\d{4}\b)?")

_CLOCK_VALUE_RE = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])?", re.I)

_POSSESSIVE_BEFORE_RE = re.compile(
    r"(?i:\b(?:in|into|of)\s+(?:his|her|their|my|your|our|its)\s+(?P<part>early|mid|late|mid-)?[\s-]*$)")


def inside_url(text: str, pos: int) -> int:
    """End of the URL or e-mail token around ``pos``, or 0 when there is none."""
    token_start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    token = _URL_TOKEN_RE.match(text, token_start)
    if token and token.end() > pos:
        return token.end()
    found = _URL_TOKEN_RE.search(text, token_start, pos + 80)
    if found and found.start() <= pos < found.end():
        return found.end()
    return 0


def clock(text: str, start: int, end: int) -> Mention:
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
        return make_mention(text, start, end, None, None, None, kind="identifier", dimension="")
    return make_mention(text, start, end, value, value, value, kind="time", dimension="time")


def slash(text: str, start: int, end: int) -> Mention | None:
    """"2019/20" is a year span and "24/7", "9/11" identifiers; a proper
    fraction with a usual denominator ("3/4", "7/10") or followed by "of"
    is a quantity, so None is returned for it."""
    left, right = (int(part) for part in text[start:end].split("/"))
    if 1800 <= left <= 2100 and (len(str(right)) == 2 or left < right <= 2100):
        high = right if right > 100 else left // 100 * 100 + right
        if high < left:
            high += 100
        return make_mention(text, start, end, None, float(left), float(high), kind="year", dimension="time")
    usual = right <= 10 or right in (12, 16, 20, 100) or re.match(r"\s+of\b", text[end:end + 4])
    if right and 0 < left < right <= 100 and usual and not re.match(r"\s*/", text[end:]):
        return None
    return make_mention(text, start, end, None, None, None, kind="identifier", dimension="")


def ordinal_digits(text: str, start: int, end: int, last_end: int) -> Mention:
    date = date_from(text, start, last_end)
    if date:
        return date
    value = float(re.match(r"[\d,]+", text[start:end]).group().replace(",", ""))  # "1,000th"
    return make_mention(text, start, end, value, value, value, kind="ordinal", dimension="")


def ordinal_word(text: str, start: int, end: int) -> Mention | None:
    surface = text[start:end].lower()
    before = text[max(0, start - 12):start].lower()
    value = 0.0
    for part in re.split(r"-", surface):
        value += nums.TENS_WORDS.get(part, 0) + nums.ORDINAL_WORDS.get(part, 0)
    if value >= 2 and (_A_BEFORE.search(before) and _NTH_DEATH_AFTER.match(text, end) or nth_deed(text, start, end)):
        # 'A sixth person has died', 'a second man has been arrested', 'the fourth person to be
        # arrested in the case': the toll is now six, the arrests two and four (news copy's way to
        # give an update)
        return make_mention(text, start, end, value, value, value, kind="count", dimension="count")
    if surface == "second" and re.search(r"\b(?:per|a|every|split|one|each|the\s+next)\s+$", before):
        return None
    if surface == "second" and re.match(r"s?\b", text[end:end + 1]) and re.search(r"\d\s*$", before):
        return None
    return make_mention(text, start, end, value, value, value, kind="ordinal", dimension="")


#: Before an ordinal of a toll: "A sixth person has died", "an eighth victim".
_A_BEFORE = re.compile(r"\ban?\s+$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
#: After an ordinal with 'the': the person who made a case's arrests that many ("the fourth person
#: to be arrested", "the third man to be charged", "the fifth person held in the case"). Not deaths:
#: "the third person to die" may rank deaths of many events ("on the county's roads this year"); not
#: one held otherwise ("the second man held hostage").
_NTH_TO_BE_AFTER = re.compile(
    r"\s+(?:person|man|woman|boy|girl|suspect|teenager|student|worker|driver|official|officer)\s+(?:to\s+be\s+)?"
    r"(arrested|charged|detained|held)\b(?!\s+(?:hostage|captive|up|back|responsible|liable|accountable))", re.I)
_NTH_DEEDS = {"arrested": "arrest", "charged": "charge", "detained": "detain", "held": "detain"}


def nth_deed(text: str, start: int, end: int) -> str:
    """The deed an ordinal word at ``text[start:end]`` counts ('the fourth person to be arrested in the
    case': 'arrest', four so far), or ''."""
    parts = text[start:end].lower().split("-")
    if parts[-1] not in nums.ORDINAL_WORDS or not _THE_BEFORE.search(text[max(0, start - 12):start]):
        return ""
    match = _NTH_TO_BE_AFTER.match(text, end)
    return _NTH_DEEDS[match.group(1).lower()] if match else ""


def nth_death(text: str, start: int, end: int) -> bool:
    """Is the ordinal word at ``text[start:end]`` a toll's newest death ('A sixth worker injured in the hoist crash
    died': six dead so far)?"""
    match = _A_BEFORE.search(text[max(0, start - 4):start]) and _NTH_DEATH_AFTER.match(text, end)
    return bool(match) and bool(re.search(r"(?:died|killed|dead)$", match.group()))


#: After it: a person and a death or an arrest ("person has died", "victim of the crash died in
#: hospital", "man has been arrested").
_NTH_DEATH_AFTER = re.compile(
    r"\s+(?:person|man|woman|child|boy|girl|victim|patient|passenger|pedestrian|worker|miner|soldier|resident|"
    r"casualty|climber|walker|pensioner|fan|supporter|student|pupil|teenager|driver|cyclist)\b"
    r"(?:\s+[\w'-]+){0,8}?\s+(?:has|have|had)?\s*(?:died|been killed|was killed|is dead|has been confirmed dead|"
    r"(?:has |had )?been (?:arrested|charged|detained)|was (?:arrested|charged|detained))\b",
    re.I)


def decade(text: str, start: int, end: int, last_end: int) -> Mention:
    digits = re.search(r"\d+", text[start:end]).group()
    before = text[max(last_end, start - 30):start]
    possessive = _POSSESSIVE_BEFORE_RE.search(before)
    if len(digits) == 2 and possessive:
        decade = int(digits)
        part = (possessive.group("part") or "").rstrip("-")
        low, high = {"early": (decade, decade + 3), "mid": (decade + 3, decade + 6),
                     "late": (decade + 6, decade + 9)}.get(part, (decade, decade + 9))
        new_start = max(last_end, start - len(before) + possessive.start())
        return make_mention(text, new_start, end, None, float(low), float(high), qualifier="about",
                        unit="year", dimension="time", kind="age")
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 20 else 2000
    return make_mention(text, start, end, float(year), float(year), float(year + 9), kind="year",
                    dimension="time")


def date_from(text: str, start: int, last_end: int) -> Mention | None:
    """A date that starts with the day ("24 June", "24-25 June 2024") or
    with a month written just before ("June 3", "June 3, 2024", "June 2024")."""
    day = re.compile(r"\d{1,2}(?!\d)").match(text, start)
    if day and 1 <= int(day.group()) <= 31:
        after = _DATE_AFTER_RE.match(text, day.end())
        if after:
            return make_mention(text, start, after.end(), None, None, None, kind="date", dimension="")
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
        return make_mention(text, month_start, tail.end(), None, None, None, kind="date", dimension="")
    if 1000 <= value <= 2100 and len(number.group()) == 4:
        return make_mention(text, month_start, number.end(), None, None, None, kind="date", dimension="")
    return None


_ALLOWED_GLUED_PREFIXES = frozenset({"mid", "pre", "post", "over", "under", "early", "late",
                                     "top", "circa", "c", "ca", "non", "sub", "aged", "by",
                                     "from", "to", "between", "and", "the", "a", "an"})


def _singular_head(word: str, heads: frozenset) -> str:
    """The label word of a plural ('junctions' -> 'junction', 'classes' -> 'class'), else the word."""
    for ending in ("s", "es"):
        if word.endswith(ending) and word[:-len(ending)] in heads:
            return word[:-len(ending)]
    return word


def identifier_around(text: str, start: int, end: int, last_end: int) -> Mention | None:
    """Digits glued to letters ("F-16", "MH17", "Covid-19", "SW1A") or led by a
    name ("Boeing 737", "Article 5", "No 10")."""
    name_after = re.compile(r" (?:Cent|Pence)\b").match(text, end)
    if name_after:  # "50 Cent": a capitalised minor-unit word after digits is a stage name
        return make_mention(text, start, name_after.end(), float(text[start:end].replace(",", "")),
                            None, None, kind="identifier", dimension="")
    # "fb−1" (U+2212, as typeset units write it) joins like "F-16"
    left = re.search(r"([A-Za-z][A-Za-z0-9]*)([-−]?)$", text[max(last_end, start - 20):start])
    if left and left.group(1) in un.CURRENCY_PREFIXES:
        return None
    # "mid-1990s", "pre-2008" are prefixes; a lone letter glued to digits ("A14", "M25") is a name
    glued_name = left and left.group(2) == "" and len(left.group(1)) == 1
    if left and (glued_name or left.group(1).lower() not in _ALLOWED_GLUED_PREFIXES):
        token_start = start - len(left.group(0))
        token_end = re.compile(r"[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*").match(text, end).end()
        number = float(re.sub(r"[^\d.]", "", text[start:end]).strip(".") or 0)
        return make_mention(text, token_start, token_end, number, None, None, kind="identifier",
                        dimension="")
    name = re.search(r"(?<![\w.])([A-Za-z][A-Za-z.&]*)\s$", text[max(last_end, start - 20):start])
    if not (name and re.fullmatch(r"\d{1,4}", text[start:end])):
        return None
    word = name.group(1)
    lowered = word.lower()
    token_start = start - len(name.group(0))
    if word in un.CURRENCY_PREFIXES or word.upper() in ("US", "USD", "EUR", "GBP"):
        return None
    if word.islower():
        # "route 66", "junction 9", "junctions 10 and 11": a label word in lower case
        head = _singular_head(lowered, _LOWER_ID_HEADS)
        if head not in _LOWER_ID_HEADS or _starts_quantity_after(text, end, allow_pair=head != lowered):
            return None
        token_end = end
        if head != lowered:  # a plural head labels every number of the list
            token_end = _LABEL_LIST_RE.match(text, end).end()
        return make_mention(text, token_start, token_end, float(text[start:end]), None, None,
                            kind="identifier", dimension="")
    sentence_start = re.search(r"(?:^|[.!?:;\"“]\s*|\n\s*)$", text[max(0, token_start - 3):token_start])
    if lowered not in _ID_HEADS and _in_tally(text, token_start, end):
        return None  # "Greens 21, Liberals 17": counts of seats or votes
    if lowered in _ID_HEADS or (
            lowered not in NOT_A_NAME and not re.fullmatch(MONTHS, word)
            and not re.fullmatch(WEEKDAYS, word) and not sentence_start
            and not _starts_quantity_after(text, end)):
        # "Boeing 737-800", "Airbus 320-200": the variant belongs to the model
        variant = _VARIANT_AFTER_RE.match(text, end)
        token_end = variant.end() if variant and lowered in _ID_HEADS else end
        if _singular_head(lowered, _ID_HEADS) != lowered:  # "Classes 1 to 4", "Gates 5 and 6": every number of the list
            token_end = _LABEL_PAIR_RE.match(text, end).end()  # (not over a comma: "Classes 1 to 4, 150 in ...")
        return make_mention(text, token_start, token_end, float(text[start:end]), None, None,
                            kind="identifier", dimension="")
    return None


#: The next "Name N" of a list ("..., Liberals 17", "; and the Scottish Greens 8").
_TALLY_NEXT_RE = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,3}\d")
#: The end of a previous "Name N" of a list, up to the name ("Greens 21, ").
_TALLY_PREVIOUS_RE = re.compile(
    r"[A-Za-z]\s+\d[\d,]*(?:\s+[a-z]+)?(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?:[A-Z][\w'’.&-]*\s+){0,2}$")
#: Words that make a list of names with numbers a tally of seats, votes or medals.
_TALLY_CONTEXT_RE = re.compile(
    r"\b(?:seats?|votes?|MPs|MSPs|MEPs|AMs|TDs|councillors|council|elected|elections?|ballots?|"
    r"constituenc(?:y|ies)|parliament|Parliament|assembly|Assembly|majority|candidates|polls?|"
    r"tally|medals?|delegates)\b")


def _in_tally(text: str, token_start: int, end: int) -> bool:
    """"Greens 21, Liberals 17, Labour 9" in an election story: each name
    is followed by a count of seats or votes, not a model number.  Needs a
    list (another "Name N" next to it) and a tally word in the same
    sentence, so that "Leicester 21, Bath 17" in a match report stays a score."""
    in_list = _TALLY_NEXT_RE.match(text, end) or _TALLY_PREVIOUS_RE.search(
        text, max(0, token_start - 50), token_start)
    if not in_list:
        return False
    sentence_start = max(text.rfind(". ", 0, token_start), text.rfind("\n", 0, token_start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    sentence_end = min(stops) if stops else len(text)
    return bool(_TALLY_CONTEXT_RE.search(text, max(sentence_start, token_start - 200),
                                         min(sentence_end, end + 200)))


#: A model's variant glued on with a hyphen: "-800", "-300ER".
_VARIANT_AFTER_RE = re.compile(r"-\d{1,4}[A-Za-z]*(?![\w-])")


def _starts_quantity_after(text: str, end: int, allow_pair: bool = False) -> bool:
    """True when what follows the digits makes them a quantity, not a label
    (``allow_pair``: "10-11" is still a pair of labels after "junctions")."""
    after = text[end:end + 30]
    return bool(
        re.match(r"\s*(?:%|per\s?cent|percent|,\d{3})", after)
        or (not allow_pair and re.match(r"\s*[-–]\s*\d", after))
        or SCALE_SPACED_RE.match(text, end) or SCALE_GLUED_RE.match(text, end)
        or (un.UNIT_AFTER_RE.match(text, end) and (un.UNIT_AFTER_RE.match(text, end).group("word")))
        or PLURAL_NOUN_RE.match(text, end)
        or un.CURRENCY_WORD_RE.match(text, end)
    )


def is_year(text: str, start: int, end: int, before: str, value: float) -> bool:
    """A bare four-digit integer: a year unless a count noun follows it."""
    if "," in text[start:end]:
        return False
    year_context = _YEAR_BEFORE_RE.search(before)
    if PLURAL_NOUN_RE.match(text, end) and not year_context:
        noun = PLURAL_NOUN_RE.match(text, end).group().strip()
        if not re.fullmatch(r"(?:results|elections|figures|accounts|levels|standards|games|"
                            r"olympics|rules|prices|sales|profits|numbers|ones)", noun):
            return False
    if value < 1800 and not year_context:
        return False
    return True


#: The stamp over an article: "Posted 25 minutes ago", "Last updated 4 hours ago".
#: (also after a full stop, where scraping has run the page's lines together)
_STAMP_BEFORE_RE = re.compile(
    r"(?i:(?:^|\n|\||[.!?][ \t]+)[ \t]*(?:last[ \t]+)?(?:updated|published|posted|modified|edited|added|first[ \t]+published)"
    r"[ \t]*:?[ \t]*$)")
#: A share button run into the copy: "Share this article: 1.2K shares", "Share this story 350".
_SHARE_BUTTON_BEFORE_RE = re.compile(r"(?i:\bshare[ \t]+(?:this|the)[ \t]+(?:article|story|page|post|video)[ \t]*:?[ \t]*$)")
_AGO_AFTER_RE = re.compile(
    r"(?i:[ \t]*(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?|[smhdw])[ \t]+ago\b)")
#: A gallery counter at the head of a caption: "3 of 12 | Crowds gather ...".
_GALLERY_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*(?:(?i:image|photo|picture|slide)[ \t]+)?$")
_GALLERY_AFTER_RE = re.compile(r"[ \t]+of[ \t]+\d{1,3}(?=[ \t]*(?:[|/•·:–—-]|\n|$))")
#: A count standing alone on its line, perhaps named as shares or comments: social buttons.
_ALONE_BEFORE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:shares?|comments?|views?|likes?|reactions?)[ \t]*:?[ \t]*)?$")
_ALONE_AFTER_RE = re.compile(
    r"[kKmM]?(?:[ \t]+(?i:shares?|comments?|views?|likes?|reactions?|reads?))?[ \t]*(?=\n|$)")


def page_chrome(text: str, start: int, end: int) -> Mention | None:
    """Page furniture copied along with an article: a time stamp ("Posted 25
    minutes ago"), a gallery counter ("3 of 12 | caption") or a share count
    alone on its line.  None of them says anything about the story, so each is
    kept as kind "other" with no value."""
    before = text[max(0, start - 40):start]
    stamp = _AGO_AFTER_RE.match(text, end)
    if stamp and _STAMP_BEFORE_RE.search(before):
        return make_mention(text, start, stamp.end(), None, None, None, kind="other", dimension="")
    if _SHARE_BUTTON_BEFORE_RE.search(before):
        count = re.compile(r"[kKmM]?(?:[ \t]+(?i:shares?|comments?|views?|likes?|reactions?))?").match(text, end)
        return make_mention(text, start, count.end(), None, None, None, kind="other", dimension="")
    gallery = _GALLERY_AFTER_RE.match(text, end)
    if gallery and _GALLERY_BEFORE_RE.search(before):
        return make_mention(text, start, gallery.end(), None, None, None, kind="other", dimension="")
    alone = _ALONE_AFTER_RE.match(text, end)
    if alone and _ALONE_BEFORE_RE.search(before) and not text[start:end].isalpha() \
            and not re.fullmatch(r"1[89]\d\d|20\d\d", text[start:end]):  # a year alone is still a year
        named = re.search(r"[A-Za-z]{2,}", before[before.rfind("\n") + 1:] + text[end:alone.end()])
        # a bare number is page furniture only beside the story's other lines: a text
        # that is nothing but "192" is that number
        if named or text.strip() != text[start:alone.end()].strip():
            return make_mention(text, start, alone.end(), None, None, None, kind="other", dimension="")
    return None


#: A golf score: "five under par", "two-over-par", "3-under".
_PAR_AFTER_RE = re.compile(r"(?i:[ -](?:under|over)[ -]par\b|-under\b)")


def golf_score(text: str, start: int, end: int) -> Mention | None:
    """"ended the day five under par": strokes against par are a score, kind other."""
    par = _PAR_AFTER_RE.match(text, end)
    if not par:
        return None
    return make_mention(text, start, par.end(), None, None, None, kind="other", dimension="")


#: A capitalised word that names a version of a product after its number:
#: "787 Dreamliner", "3 Series", "15 Pro", "737 Max 8".
_PRODUCT_AFTER_RE = re.compile(
    r" (?:Max|MAX|Pro|Plus|Ultra|Mini|mini|Neo|Dreamliner|Series|Classic|Turbo|Lite|XL|GTI?|Coupe|Edition)\b"
    r"(?:[ -]\d{1,2}[A-Za-z]?\b(?![.,]\d))?")  # "737 Max 8": the variant belongs to the name


def product_name(text: str, start: int, end: int) -> Mention | None:
    """"Regulators grounded the 787 Dreamliner": a number followed by a product word is a
    model, not a count."""
    product = _PRODUCT_AFTER_RE.match(text, end)
    if not product or not re.fullmatch(r"\d{1,4}", text[start:end]) \
            or re.fullmatch(r"1[89]\d\d|20\d\d", text[start:end]):  # "the 2024 Series": a year
        return None
    return make_mention(text, start, product.end(), float(text[start:end]), None, None,
                        kind="identifier", dimension="")


#: A distance that names a race or its point: "the 200m champion", "the 4x100m relay", "at the 300m stage".
_EVENT_DISTANCE_AFTER_RE = re.compile(
    r"(?:x\d{2,3})?(?:m|metres?|meters?)[ -](?:champions?|title|finals?|relay|hurdles|freestyle|backstroke|"
    r"breaststroke|butterfly|medley|individual medley|sprint|stage|mark|heats?|semi-finals?|semis|gold|silver|bronze|"
    r"races?|(?:world|national|british|european|indoor|outdoor) records?|steeplechase|walk)\b"
    r"|(?:km|kilometres?|kilometers?|miles?)[ -](?:races?|run|walk|(?:world|national) records?)\b")
#: "users per 100 people": the number is the rate's denominator, no figure of its own.
_PER_BEFORE_RE = re.compile(r"(?i:\bper[ \t]+$)")
#: "in the last 16", "reached the last eight of the cup": a round of a competition.
_LAST_ROUND_RE = re.compile(r"(?i:\bthe[ \t]+last[ \t]+$)")
_ROUND_AFTER_RE = re.compile(r"(?:[ \t]+(?:of|stage|round|tie|draw)\b|[ \t]*[.,;:!?)]|[ \t]*$)")


def event_name(text: str, start: int, end: int) -> Mention | None:
    """A number that names an event or a round, not a quantity: "the world 200m champion",
    "the 4x100m relay squad", "the mass participation 10km race", "booked a place in the last
    16"; or the denominator of a rate ("7.5 lines per 100 people")."""
    digits = text[start:end]
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,6}", digits):
        return None
    event = _EVENT_DISTANCE_AFTER_RE.match(text, end)
    if event:
        unit = re.match(r"(?:x\d{2,3})?(?:km|kilometres?|kilometers?|miles?|m|metres?|meters?)", text[event.start():])
        return make_mention(text, start, event.start() + len(unit.group()), None, None, None,
                            kind="identifier", dimension="")
    if _PER_BEFORE_RE.search(text, max(0, start - 6), start):
        return make_mention(text, start, end, float(digits.replace(",", "")), None, None, kind="other", dimension="")
    if _LAST_ROUND_RE.search(text, max(0, start - 12), start) and _ROUND_AFTER_RE.match(text, end) \
            and digits in ("4", "8", "16", "32", "64"):  # (the round sizes of a knock-out draw)
        return make_mention(text, start, end, None, None, None, kind="identifier", dimension="")
    return None
