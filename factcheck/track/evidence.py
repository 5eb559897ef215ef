"""Evidence that two claims of one block state the same fact.

Subject and predicate are shared by construction (the block key); these
helpers look further: the words around each figure, and digits that are
the same in another order (the typo behind most internal contradictions).
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.model import Claim
from factcheck.timewords import MONTH_NAMES, WEEKDAY_NAMES

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
CONTEXT_WINDOW = 100  # characters either side of the figure


def context_words(claim: Claim) -> frozenset[str]:
    """Content words near the figure, beyond its subject and predicate.

    Two mentions of one fact share more than a noun and a verb: "£4.6m for
    pothole repairs" and "the £6.4m set aside for pothole repairs" share
    *pothole*; "700 pixels" in British TV pictures and "1,920 pixels" in an
    HDTV line share nothing else.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    own = {claim.subject, *claim.predicate.split(), *claim.subject_text.lower().split()}
    words = {singular(w.lower()) for w in _words_near(claim)}
    return frozenset(w for w in words if len(w) > 2 and w not in STOP_WORDS and w not in _SHARE_WORDS
                     and w not in REPORTING_WORDS and w not in TIME_WORDS and w not in {singular(o) for o in own})


#: The words of a share's unit ('81 per cent', '74 percent'): every share has them, so they tie none.
_SHARE_WORDS = {"cent", "percent", "pct"}


def verb_forms(lemma: str) -> frozenset[str]:
    """The lemma and its inflections ('rise': rises, rising, rose, risen): sharing the
    predicate's own verb is no evidence, the block key already holds it. Irregular forms
    come from the English pipeline's lemmatizer exceptions; regular ones are made here
    (generating a form that is no word costs nothing)."""
    return _irregular_forms().get(lemma, frozenset()) | _regular_forms(lemma)


def _regular_forms(lemma: str) -> frozenset[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # 'slashed', 'cutting'
    return frozenset(forms)


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, frozenset[str]]:
    from factcheck.extract.nlp import load_nlp

    table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    forms: dict[str, set[str]] = {}
    for form, lemmas in table.items():
        for lemma in lemmas:
            forms.setdefault(lemma, set()).add(form)
    return {lemma: frozenset(found) for lemma, found in forms.items()}


def owners(claim: Claim) -> frozenset[str]:
    """Names the sentence gives as the figure's holder: 'Petrel's shares', 'shares in Barclays',
    'jobs are to go at Marsh & McLennan', 'Japan's economy' (lower case; none for 'its shares').
    A place after the verb, or after 'in'/'at', is where, not whose: 'twelve people were killed
    in Harrowby', 'shares in London', '20 missiles at Ardenia'."""
    if not claim.subject_text:
        return frozenset()
    at = claim.start - claim.sentence_start
    spots = [m.start() for m in re.finditer(re.escape(claim.subject_text), claim.sentence)]
    if not spots:
        return frozenset()
    where = min(spots, key=lambda spot: abs(spot - at))
    before, after = claim.sentence[:where], claim.sentence[where + len(claim.subject_text):]
    found = set()
    names = [n for n in dict.fromkeys(claim.entities + claim.places + _capitalised_holders(before, after))
             if n and not re.search(rf"\b{re.escape(n)}\b", claim.text)]  # (not the figure's own 'Rs': 'ex gratia of Rs 4 lakh')
    for name in names:
        quoted = re.escape(name)
        holder = rf"(?:the\s+)?(?:[\w&-]+\s+){{0,3}}?{quoted}\b"
        if (re.search(rf"\b{quoted}(?:'s|’s|'|’)\s+(?:[\w-]+\s+){{0,3}}$", before)
                or re.match(rf"\s+of\s+{holder}", after)
                # a place after 'in' or 'at' is where: 'shares in London', 'missiles at Ardenia';
                # 'at' may come after the verb: 'jobs are to go at Marsh & McLennan'
                or (name not in claim.places and re.match(rf"(?:\s+in|[^,;.]{{0,30}}?\bat)\s+{holder}", after))):
            found.add(name.lower())
    return frozenset(found - _DAY_NAMES)  # "Tuesday's mall collapse": when, not whose (but "Next's shares")


#: Names of days and months, which NER may take for a holder ("Tuesday's collapse").
_DAY_NAMES = {name.lower() for name in MONTH_NAMES + WEEKDAY_NAMES} | {"today", "yesterday", "tomorrow", "tonight"}

_CAPITALISED = r"[A-Z][\w&.-]*(?:\s+(?:&\s+|of\s+)?[A-Z][\w&.-]*)*"
_NOT_HOLDERS = {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "It", "They"}


def _capitalised_holders(before: str, after: str) -> list[str]:
    """Names NER missed, written with capitals right by the subject: 'Barclays' shares',
    'shares in Barclays'."""
    found = [m.group(1) for m in (re.search(rf"({_CAPITALISED})(?:'s|’s|'|’)\s+(?:[\w-]+\s+){{0,3}}$", before),
                                  re.match(rf"\s+(?:in|of|at)\s+(?:the\s+)?({_CAPITALISED})", after)) if m]
    found = [re.sub(r"^(?:The|A|An)\s+", "", name) for name in found]
    return [name for name in found if name not in _NOT_HOLDERS]


def singular(word: str) -> str:
    """'drones' -> 'drone'; 'across', 'debris', 'status' stay as they are."""
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _words_near(claim: Claim) -> list[str]:
    """Whole words of the sentence within ``CONTEXT_WINDOW`` characters of the figure, either side."""
    start = claim.start - claim.sentence_start
    return words_within(claim.sentence, start, start + len(claim.text), CONTEXT_WINDOW)


def words_within(sentence: str, start: int, end: int, window: int, word: re.Pattern = _WORD) -> list[str]:
    """The ``word`` matches of the sentence within ``window`` characters before ``start`` or after
    ``end`` (a word cut by the window's edge is left out, not kept as a fragment)."""
    low, high = start - window, end + window
    return [m.group(0) for m in word.finditer(sentence)
            if (low <= m.start() and m.end() <= start) or (end <= m.start() and m.end() <= high)]


#: Words of attribution that any two sentences of news copy may share.
REPORTING_WORDS = {"said", "say", "says", "told", "according", "reported", "added", "official", "officials"}

#: Words of time: any two figures of one period share them ('in the past year', 'a year ago'),
#: and when a figure holds is compared apart (``when.days_agree``).
TIME_WORDS = {
    "year", "month", "week", "day", "ago", "past", "last", "next", "time", "today", "yesterday",
    "tomorrow", "tonight", "morning", "evening", "night", "weekend", "annual", "annually",
    *(name.lower() for name in MONTH_NAMES + WEEKDAY_NAMES),
}


def same_digits(a: Claim, b: Claim) -> bool:
    """'4.6' and '6.4', '85' and '58': the same digits, transposed (not one figure in two scales: 'half a metre'
    and '50cm')."""
    def digits(claim: Claim) -> str:
        return "".join(ch for ch in f"{claim.value:g}" if ch.isdigit()) if claim.value else ""

    return (bool(digits(a)) and sorted(digits(a)) == sorted(digits(b)) and a.value != b.value
            and digits(a).strip("0") != digits(b).strip("0"))


_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|"
                      r"opening|debut|\d+(?:st|nd|rd|th))\b", re.I)
#: Ordinals that name one place in a series in other words: a film's debut weekend is its opening one.
_SAME_ORDINAL = {"debut": "opening"}


#: Labels of a class in a series: "Band D", "Zone 2", "Grade II", "Category 4", "Tier 3".
_LABEL = re.compile(r"\b([A-Z][a-z]+ (?:[A-Z]|[IVX]+|\d{1,2}))\b")


def ordinals(claim: Claim) -> frozenset[str]:
    """Ordinals and series labels near the figure: 'in its first weekend' and 'in its second
    week' are different takings, 'a Band D household' and 'households in Band A' different
    bills."""
    text = f"{claim.text_before(40)} {claim.text_after(40)}"
    found = {_SAME_ORDINAL.get(m.group(1).lower(), m.group(1).lower()) for m in _ORDINAL.finditer(text)
             if not _STREET_AFTER.match(text, m.end())}
    return frozenset(found | {m.group(1) for m in _LABEL.finditer(text)
                              if m.group(1).split()[0].lower() not in _MONTHS})


#: After an ordinal: it is a street's name ('between Third and Ninth streets', 'Fifth Avenue').
_STREET_AFTER = re.compile(r"(?:\s+and\s+\w+)?\s+(?:streets?|avenues?|st|ave|roads?)\b", re.I)
#: Month names, which with a day make a date, not a label of a series ('March 19').
_MONTHS = {m.lower() for m in MONTH_NAMES}


_SPAN = re.compile(
    # ('over the four days' of a festival is all of it, no span of it: 'the' needs 'past', 'last'...)
    r"\b(?:in|over|within|during|for)\s+(?:(?:the\s+)?(?:past|last|previous|first)\s+)?"
    r"(\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|72)?\s*"
    r"(hours?|days?|weeks?|months?|years?|decades?)\b"
    r"|\bsince\s+((?:last\s+)?(?:" + "|".join(WEEKDAY_NAMES) + ")|(?:" + "|".join(MONTH_NAMES) + r")(?:\s+\d{1,2}\b)?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(MONTH_NAMES) + r")|\d{4})\b", re.I)
#: Where a figure's clause hands over to another's: 'has fallen since Friday, including 310 mm in the 36 hours'.
_OTHER_CLAUSE = re.compile(r"[;:]|,\s*(?:including|while|whereas|compared|against|and|but|up from|down from)\b", re.I)
_SPAN_NUMBERS = {"a": "1", "an": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twelve": "12"}


def time_spans(claim: Claim) -> frozenset[str]:
    """The span a figure is totted up over, near it: 'in 24 hours', 'over the past three days',
    'since Saturday' (also after a conversion: '370 millimeters - nearly 15 inches - of rain has fallen
    since Friday'). Rain of 96 mm in 24 hours and 131 mm since Saturday are two totals."""
    after = _OTHER_CLAUSE.split(claim.text_after(90), maxsplit=1)[0]  # (not the span of a figure the clause goes on to)
    text = f"{claim.text_before(40)} {after}"
    found = set()
    for m in _SPAN.finditer(text):
        if m.group(3):
            found.add("since " + m.group(3).lower())
        else:
            count = (m.group(1) or "1").lower()
            found.add(f"{_SPAN_NUMBERS.get(count, count)} {m.group(2).lower().rstrip('s')}")
    # a tally up to a clock time, or over named days ('By 3 p.m., nurses had given about 600 doses' / 'gave 4,200
    # doses ... between Wednesday and Friday'): two stretches, two totals
    found |= {f"between {(m.group(1) or m.group(2)).lower()} and {m.group(3).lower()}" for m in _BETWEEN_DAYS.finditer(text)}
    found |= {"by " + re.sub(r"[\s.]", "", m.group(1).lower()) for m in _BY_CLOCK.finditer(text)}
    return frozenset(found)


_DAY_WORD = "(?:" + "|".join(WEEKDAY_NAMES) + "|(?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2})"
_BETWEEN_DAYS = re.compile(rf"\b(?:between\s+({_DAY_WORD})\s+and|from\s+({_DAY_WORD})\s+(?:to|until|till|through))\s+"
                           rf"({_DAY_WORD})\b", re.I)
_BY_CLOCK = re.compile(r"\bby\s+(\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?))", re.I)


#: In a figure's sentence: it is one side's figure in a dispute ('disputed the guild's figures'), or
#: counts more than another does ('when trainees were included').
_DISPUTED = re.compile(r"\b(?:disputed?|disputes|disputing|contested|contests|rejected|rejects|challenged|"
                       r"challenges)\b[^.;]{0,60}?\b(?:figures?|numbers?|counts?|claims?|estimates?)\b|"
                       r"\bwhen\s+(?:[\w-]+\s+){1,3}(?:were|are|was|is)\s+(?:included|counted|added)\b", re.I)


def is_disputed(claim: Claim) -> bool:
    """Is the figure told as one side's in a dispute, or as a count with more in it? The copy gives
    two figures on purpose, not one wrongly."""
    return _disputed_sentence(claim.sentence)


@lru_cache(maxsize=65536)
def _disputed_sentence(sentence: str) -> bool:
    return bool(_DISPUTED.search(sentence))  # (asked for every pair a block's article holds: read each sentence once)
