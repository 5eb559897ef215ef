"""Turn the surface of a number into its value.

Two spellings reach this module:

* digits - ``1,300``, ``125 000`` (space or thin-space groups), ``2.5``,
  ``.08``, ``1.3e6``, ``2 1/2``, ``3/4``, ``½``;
* words - ``three``, ``twenty-one``, ``One-hundred-and-thirty``, ``a dozen``,
  ``one and a half``, ``two-thirds``, ``half a million``, ``nine point five``.

It also holds the scale words (``million``, ``bn``, ``k`` ...) and the
regular expressions that find spelled numbers, so that the scanner can find
candidates with compiled patterns and only call Python code per candidate.

Nothing here decides whether a candidate *is* a claim (``one`` as a
pronoun, ``second`` as an ordinal ...): that is the scanner's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --------------------------------------------------------------------------
# Lexicon of number words
# --------------------------------------------------------------------------

UNIT_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
#: Words that multiply what precedes them.  ``dozen`` behaves like a scale
#: ("three dozen" = 36, "a dozen" = 12).
SCALE_WORDS = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
    "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    "dozen": 12, "dozens": 12,
}
#: Scale abbreviations written after digits ("2.5bn", "£30m", "300k").
#: ``m`` is ambiguous with metres; the scanner resolves it from context.
SCALE_ABBREVIATIONS = {
    "k": 1e3, "thousand": 1e3,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9,
    "t": 1e12, "tn": 1e12, "trn": 1e12, "tln": 1e12, "trillion": 1e12,
    "hundred": 100, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
#: Denominators of spelled fractions ("two-thirds", "a quarter", "one eighth").
#: "second" is deliberately absent: "a second" is a time or an ordinal.
DENOMINATOR_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4,
    "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8,
    "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "twelfth": 12, "twelfths": 12, "twentieth": 20, "twentieths": 20,
    "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000, "millionth": 1e6, "millionths": 1e6,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "millionth": 1e6,
}
VULGAR_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4,
    "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6,
    "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}


def word_alternation(words) -> str:
    """Regex alternation as a prefix tree, so that the engine reads each
    letter once ("six|sixteen|sixty" -> "six(?:teen|ty)?").  Longer words win
    because every branch ends with a word boundary check by the caller.
    A word matches in lower case, with a capital first letter ("Three",
    "three") or all in capitals ("THREE", headline and caption text); mixed
    case ("tHree") does not."""
    words = list(words)
    lower = _trie(words)
    upper = _trie(w.upper() for w in words)

    def emit(node: dict, first: bool) -> str:
        branches = []
        for char in sorted((c for c in node if c), key=lambda c: -_depth(node[c])):
            head = f"[{char}{char.upper()}]" if first and char.isalpha() else re.escape(char)
            branches.append(head + emit(node[char], False))
        if not branches:
            return ""
        body = "|".join(branches)
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0] if len(branches[0]) <= 4 or first else f"(?:{body})"
        return f"(?:{body})" + ("?" if optional else "")

    return f"(?:{emit(lower, True)}|{emit(upper, False)})"


def _trie(words) -> dict:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _depth(node: dict) -> int:
    return 1 + max((_depth(child) for key, child in node.items() if key), default=0)


_CARDINAL_ALT = word_alternation(list(UNIT_WORDS) + list(TENS_WORDS))
_SCALE_ALT = word_alternation(SCALE_WORDS)
_DENOM_ALT = word_alternation(DENOMINATOR_WORDS)
_TENS_UNIT_ALT = (
    rf"(?:{word_alternation(TENS_WORDS)})(?:\s*-\s*|\s+)(?:{word_alternation(k for k, v in UNIT_WORDS.items() if 0 < v < 10)})"
)
#: One word of a spelled number (a compound "twenty-one" counts as one).
_WORD = rf"(?:{_TENS_UNIT_ALT}|{_CARDINAL_ALT}|{_SCALE_ALT}|{_DENOM_ALT})"
_SEP = r"(?:\s*-\s*|\s+)"
_AND = r"(?i:and|&)"
#: Right after a scale word, where "and" continues the same number.
_AFTER_SCALE = "|".join(f"(?<={form})" for word in ("hundred", "thousand", "million", "billion",
                                                    "trillion", "lakh", "crore", "dozen")
                        for form in (word, word.capitalize(), word.upper()))
#: Glue allowed between the words of one spelled number.  "and" joins only
#: after a scale word ("one hundred and six", "a million and a half") or
#: before a fraction ("two and a half", "five and three quarters"): in
#: "between six and eight" it separates two numbers.
_GLUE = (
    rf"(?:(?:{_AFTER_SCALE}){_SEP}{_AND}{_SEP}"
    rf"|{_SEP}{_AND}{_SEP}(?=(?:(?i:an?){_SEP}|{_CARDINAL_ALT}{_SEP})?{_DENOM_ALT}\b)"
    rf"|{_SEP})"
    r"(?:(?i:a|an|of\s+a|of\s+an)(?:\s+|\s*-\s*))?"  # ('two and a half', 'two-and-a-half')
)
#: A run of number words, optionally led by "a"/"an" ("a dozen", "a third").
#: ``point`` introduces decimals ("nine point five").
SPELLED_NUMBER_PATTERN = (
    rf"(?:\b(?:(?i:an?)\s+(?=(?:{_SCALE_ALT}|{_DENOM_ALT})\b))?{_WORD}(?:{_GLUE}{_WORD})*"
    rf"(?:\s+(?i:point)(?:\s+(?:{_TENS_UNIT_ALT}|{_CARDINAL_ALT}))+)?\b)"
)

#: Digits with optional thousands groups, decimals and exponent.
#: Groups may be separated by commas, thin/no-break spaces or a plain space
#: ("40 000"); a plain-space group must be exactly three digits.  The space
#: is written ``[ ]`` because the scanner compiles this inside a verbose
#: (``re.X``) pattern, where a bare space would be ignored.  Not after
#: another digit group ("0845 8 505 505" is a phone number) nor before
#: "-digit" ("10 737-800 planes" is a count and a model).
DIGITS_PATTERN = (
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+"
    r"|(?<![A-Za-z-])(?<!\d[ ])\d{1,3}(?:[ ]\d{3})+(?![\d,]|\.\d|-\d)|\d+)"
    r"(?:\.\d+)?(?:[eE][-+]?\d+\b)?|\.\d+)"
)


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------


@dataclass
class ParsedNumber:
    """A number read from its surface.

    ``step`` is the size of one unit of the last stated digit (``2.5`` -> 0.1,
    ``1,300`` -> 1); the scanner multiplies it by the scale to get the
    rounding interval of figures like "1.3 million".
    """

    value: float
    step: float = 1.0


def parse_digits(surface: str) -> ParsedNumber:
    """Value of a digit string such as ``1,300``, ``2.5``, ``40 000``, ``1e6``."""
    cleaned = re.sub(r"[,\u00a0\u202f\u2009 ]", "", surface)
    mantissa = re.split(r"[eE]", cleaned)[0]
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return ParsedNumber(float(cleaned), 10.0 ** -decimals)


_FRACTION_RE = re.compile(r"^(?:(\d+)\s+)?(\d+)\s*/\s*(\d+)$")


def parse_fraction(surface: str) -> float | None:
    """Value of ``3/4`` or ``2 1/2``; None when the denominator is zero."""
    match = _FRACTION_RE.match(surface.strip())
    if not match:
        return None
    whole, numerator, denominator = match.groups()
    if int(denominator) == 0:
        return None
    return (int(whole) if whole else 0) + int(numerator) / int(denominator)


_TOKEN_RE = re.compile(r"[a-z]+|&", re.I)


def parse_words(surface: str) -> float | None:
    """Value of a spelled number, or None when the words do not form one.

    Works as a small accumulator: ``group`` holds the part below the last
    big scale word, ``total`` what the big scale words have closed, and
    ``fraction`` any spelled fraction ("and a half", "two-thirds").
    """
    tokens = [t.lower() for t in _TOKEN_RE.findall(surface)]
    if "point" in tokens:
        at = tokens.index("point")
        whole = parse_words(" ".join(tokens[:at])) if at else 0.0
        digits = [UNIT_WORDS.get(t) for t in tokens[at + 1:]]
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            decimals = parse_words(" ".join(tokens[at + 1:]))
            if whole is None or decimals is None:
                return None
            return whole + float("0." + str(int(decimals)))
        return whole + float("0." + "".join(str(d) for d in digits))

    total = 0.0        # closed by thousand / million / ...
    group = 0.0        # below the current big scale, closed by "and"
    current = 0.0      # the words since the last "and"
    fraction = 0.0     # spelled fractions seen so far
    fraction_of = False  # "half a million": next scale multiplies the fraction
    last_scale = 1.0
    seen_number = False
    previous = ""
    for token in tokens:
        if token in ("and", "&"):
            group += current
            current = 0.0
        elif token in ("a", "an"):
            if previous in DENOMINATOR_WORDS or (previous == "of" and fraction_of):
                fraction_of = True
            else:
                current += 1  # "a hundred", "a third"
        elif token == "of":
            fraction_of = previous in DENOMINATOR_WORDS or fraction_of
        elif token in UNIT_WORDS or token in TENS_WORDS:
            if previous in UNIT_WORDS or (token in TENS_WORDS and previous in TENS_WORDS):
                return None  # "three-nought-four", "nineteen eighty": digits or a year read aloud
            current += UNIT_WORDS.get(token, TENS_WORDS.get(token, 0))
            seen_number = True
        elif token in ("dozen", "dozens"):
            # a dozen counts the words just before it: "three hundred and two dozen" is 300 + 24
            if fraction_of and not current:
                current, fraction, fraction_of = fraction * 12, 0.0, False
            else:
                current = (current or 1) * 12
            seen_number = True
        elif token in SCALE_WORDS and SCALE_WORDS[token] == 100:
            current = (current or 1) * 100
            seen_number = True
        elif token in SCALE_WORDS and previous in SCALE_WORDS and SCALE_WORDS[token] > last_scale > 100 \
                and not (group or current or fraction):
            # "three lakh crore", "a thousand million": the larger scale multiplies
            total *= SCALE_WORDS[token]
            last_scale *= SCALE_WORDS[token]
        elif token in SCALE_WORDS:
            scale = SCALE_WORDS[token]
            if fraction_of and not (group or current):
                total += fraction * scale
            else:
                total += (group + current + fraction or 1) * scale
            group = current = fraction = 0.0
            fraction_of = False
            last_scale = scale
            seen_number = True
        elif token in DENOMINATOR_WORDS:
            fraction += (current or 1) / DENOMINATOR_WORDS[token]
            current = 0.0
            seen_number = True
        else:
            return None
        previous = token
    if not seen_number:
        return None
    if fraction and total and not (group or current) and last_scale >= 1000:
        # "one million and a half" means 1.5 million
        return total + fraction * last_scale
    return total + group + current + fraction


def word_step(surface: str) -> float:
    """Rounding step of a spelled number: "two million" is stated to the
    million, "twenty-one" to the unit, and "half a million" or "two and a
    half thousand" to a tenth of the scale (as "0.5 million", "2.5 thousand")."""
    tokens = [t.lower() for t in _TOKEN_RE.findall(surface)]
    if tokens and SCALE_WORDS.get(tokens[-1], 0) >= 1000:
        has_fraction = any(t in DENOMINATOR_WORDS for t in tokens)
        scale = SCALE_WORDS[tokens[-1]]
        for token in reversed(tokens[:-1]):  # "four lakh crore" is stated to the lakh crore
            if not 1000 <= SCALE_WORDS.get(token, 0) < scale or token.startswith("dozen"):
                break
            scale *= SCALE_WORDS[token]
        return scale * (0.1 if has_fraction else 1.0)
    return 1.0


#: "1 over 3", "one over twenty-five": a fraction said aloud, when the
#: denominator ends the clause (so "over 3 years", "two over par" are not).
OVER_DENOMINATOR_RE = re.compile(
    rf"\s+over\s+(?:(?:{DIGITS_PATTERN})(?![\d%])|{SPELLED_NUMBER_PATTERN})\s*(?:[.,;:!?)]|$)")
