"""Check kind ``plausible-range``: a figure outside what the world allows.

Params name the subjects (head lemmas and synonyms) and the dimension the
rule speaks of, the plausible interval, and the phrases that explain a
value above or below it. When the same number read in a neighbouring unit
(``alternatives``) or scale (``scales``) would be plausible, the finding
suggests it: a unit slip is the commonest cause.

The same word can carry several measures ("a tower 300 metres high" and
"the tower, 3 miles away"), so a rule can ask for a cue next to the figure
(``near``: "high", "tall", "long"...); a measure written as the subject's
own modifier ("a 300m tower", "the 162-mile bridge") always counts, unless
``near_always`` asks for the cue in every case (a rule with no subjects:
"a 912km pipeline" is no altitude). ``near_after`` gives cues that count
only right after the figure ("9,500 metres up,", not "60 miles up the coast");
``near_before`` cues that must come before it, within ``near_window`` (a verb
of falling: "plunged 12 kilometres", not "12 km down the valley, it dropped"), or within
``near_before_window`` when the rule gives one (the water a depth is told in, "the submersible ...
snagged on a net 14,200 metres down"), and, with ``near_before_sentence``, anywhere in the sentence
before the figure's ("Listeria ... can grow at fridge temperatures. Symptoms can appear up to ...").
``unless`` lists words that explain an extreme value ("lava", "skeleton",
"orbit") and keep the rule quiet when written in the figure's own clause
or in its subject phrase - not anywhere in the sentence: "Leaked data
suggest the train reached ..." is still about a train.

A figure's interval (its rounding or qualifier) that reaches into the
plausible range is not implausible; a range the copy states ("aged between
34 and 147") is judged by each of its ends.

``units`` limits a rule to figures written in those units (hours, for hours
a day). Bounds are in the dimension's base unit unless ``unit`` names the unit
they are written in (``unit: year`` for ages, ``unit: kilometre per hour``).
A subject that stands for a thing named before it ("Gray wolves are ... Adult
males can weigh", "the tallest of them stand", "hit 11 aces, one clocked at",
"41 Canada geese, some weighing", a fact box's "- Top speed:" under "- Estimated foxes in ...", and a rule's
own ``stand_ins``: "stones" after "hail") takes the rule subject named
before it: in its own sentence the nearest, else the first in the sentence
before, or in a fact box the nearest in the lines above.
``named_subjects: true`` also accepts a subject that is a tagged name
(people and organisations: "Mrs Calment, 122"). A lexicon of subjects
cannot list every occupation, so ``subject_suffixes`` accepts a subject
whose head ends like one of the kinds ("blacksmith", "fisherman",
"pianist"; ``not_subjects`` names the exceptions, "wrist", "talisman"), and
``subject_before`` a subject followed by one of these words ("a 146-year-old
retired blacksmith who ..." is a person; "a 300-year-old oak which ..." is
not). ``figure_before`` reads a figure that stands as the noun itself
("the 138-year-old, who lives alone", "the 131-year-old said ...") as
one of ``figure_kind``. ``holder_is_doer`` reads the clause's doer as a
subject too: the figure measures what it holds ("Each capsule contains 250
grams of the active ingredient"). ``max_by_subject`` narrows the upper bound for
some subjects (trains are slower than aircraft), and a subject in
``generic_subjects`` ("the vehicle") takes the bound of the kind its sentence
names ("the coach crash ... the vehicle was travelling at"); ``max_when`` narrows it when the sentence matches a
pattern (a crowd in one square cannot be as large as one spread over a
river's banks).

Extraction names one word as a figure's subject, but the kind of thing is
often written beside it: "Mount Tessa" (subject 'Tessa'), "the Kessel rail
link" (subject 'link'), "a bridge to the island, which is ... long" (the
parser hangs the clause on 'island'). So a subject's name or compound
words, and a listed kind that the subject is the object of ("bridge to the
island"), count as the subject too. ``named_when`` lets a bare proper name
("The Lenna, which is ... long") count when the sentence shows what kind of
thing it is ("drains", "flows"). ``unnamed_when`` lets a figure with no subject
("she was travelling at 560 mph") count as the first ``generic_subjects`` when
a cue comes right before it and its sentence names a kind of ``max_by_subject``
("... and rear-ended a pickup truck"). A word of ``head_only`` counts only as the
subject itself, never as a word beside it ('the 1.2m main burst', not 'the main runway').
With ``names_need``, a subject written as a name ('Kestrel Bay reached 43.4C', a town) counts
only when its sentence holds one of these words ('the water in Kestrel Bay'). With
``article_needs``, a figure counts only in an article (headline or text) that holds one of these
words: 'He averaged 194.6 in his semi-final' is a darts average only in a story about darts. With
``article_unless``, no figure counts in an article that holds one of these words: 'temperatures will
fall to around minus 170 degrees Celsius' in a story about a lunar lander is no air temperature on Earth.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.extract.lemmas import NOUN_FIXES
from factcheck.extract.sentences import last_sentence
from factcheck.extract.units import to_base
from factcheck.rules.checks.nearby import singular_noun
from factcheck.rules.checks.sentences import clause_around
from factcheck.rules.registry import WORD_LIST, Hit, check
from factcheck.rules.text import a_thing_measuring, describe_quantity

PARAMS = {
    "type": "object",
    "required": ["dimension", "too_high"],
    "additionalProperties": False,
    "properties": {
        "subjects": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "dimension": {"type": "string"},
        "kinds": WORD_LIST,
        "units": WORD_LIST,
        "unit": {"type": "string"},
        "min": {"type": "number"},
        "max": {"type": "number"},
        "max_by_subject": {"type": "object", "additionalProperties": {"type": "number"}},
        "generic_subjects": WORD_LIST,
        "too_high": {"type": "string"},
        "too_low": {"type": "string"},
        "alternatives": WORD_LIST,
        "scales": {"type": "array", "items": {"type": "number", "exclusiveMinimum": 0}},
        "near": WORD_LIST,
        "near_window": {"type": "integer", "minimum": 1},
        "near_before_window": {"type": "integer", "minimum": 1},
        "near_before_sentence": {"type": "boolean"},
        "near_always": {"type": "boolean"},
        "near_after": WORD_LIST,
        "near_before": WORD_LIST,
        "unless": WORD_LIST,
        "named_subjects": {"type": "boolean"},
        "named_when": WORD_LIST,
        "unnamed_when": WORD_LIST,
        "head_only": WORD_LIST,
        "max_when": {"type": "object", "additionalProperties": {"type": "number"}},
        "subject_suffixes": WORD_LIST,
        "not_subjects": WORD_LIST,
        "subject_before": WORD_LIST,
        "figure_before": WORD_LIST,
        "figure_kind": {"type": "string"},
        "stand_ins": WORD_LIST,
        "holder_is_doer": {"type": "boolean"},
        "names_need": WORD_LIST,
        "article_needs": WORD_LIST,
        "article_unless": WORD_LIST,
    },
}

#: What may stand between a figure and the noun it modifies: "a 300m tower",
#: "the 162-mile Saltmere bridge", "a 1,500m-tall skyscraper".
_MODIFIER_GAP = re.compile(r"^[\s-]*(?:(?:tall|high|long|deep)\b[\s-]*)?(?:[A-Z][\w'-]*\s+(?:\d{1,3}[A-Z]?\s+)?){0,3}"
                           r"(?:(?!(?:of|from|to|in|on|at|and|or|per|away|the|a|an)\s)[a-z][\w-]*\s+){0,2}$")

#: Words that tie a noun to the thing it belongs to: "a bridge to the island".
_OF_KIND = r"(?:to|over|across|between|under|into|onto|on|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}"


def _to_base(params, value: float | None) -> float | None:
    if value is None or "unit" not in params:
        return value
    return to_base(params["unit"], value)[1]


def _names(kind: str, sentence: str) -> bool:
    return bool(re.search(rf"\b{kind}(?:es|s)?\b", sentence, re.I))


def _named_kind(params, sentence: str) -> str | None:
    """The first kind of ``max_by_subject`` the sentence names."""
    return next((kind for kind in params.get("max_by_subject", {}) if _names(kind, sentence)), None)


class _Bounds:
    """The rule's interval in base units, for one subject in one sentence."""

    def __init__(self, params, subject: str, sentence: str = ""):
        self.low = _to_base(params, params.get("min"))
        by_subject = params.get("max_by_subject", {})
        high = by_subject.get(subject, params.get("max"))
        if subject in params.get("generic_subjects", []):
            # 'the coach crash ... the vehicle was travelling at 470 mph': the kind the sentence names
            named = [by_subject.get(kind, params.get("max")) for kind in params.get("subjects", [])
                     if kind != subject and kind not in params["generic_subjects"] and _names(kind, sentence)]
            named = [bound for bound in named if bound is not None]
            high = max(named) if named else high
        for pattern, bound in params.get("max_when", {}).items():
            if high is not None and re.search(rf"\b{pattern}\b", sentence, re.I):
                high = min(high, bound)
        self.high = _to_base(params, high)

    def holds(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


def _alternative(claim, params, bounds: _Bounds) -> str:
    """A reading of the same number that would be plausible, or ''."""
    if claim.value is None:
        return ""
    for unit in params.get("alternatives", []):
        if unit == claim.unit:
            continue
        base_unit, base = to_base(unit, claim.value)
        if base_unit == claim.base_unit and base is not None and bounds.holds(base):
            return f"{describe_quantity(claim.value, unit)} would be ordinary"
    for scale in params.get("scales", []):
        if claim.base_value is not None and bounds.holds(claim.base_value * scale):
            return f"{describe_quantity(claim.value * scale, claim.unit)} would be ordinary"
    return ""


def is_modifier(claim) -> bool:
    """Is the figure written as its subject's modifier ("a 300m tower")?"""
    if not claim.subject_text or claim.dimension == "count":
        return False  # "100 million people" names what is counted, not a modified noun
    rel_end = claim.end - claim.sentence_start
    rest = claim.sentence[rel_end:]
    at = rest.find(claim.subject_text)
    return at >= 0 and bool(_MODIFIER_GAP.match(rest[:at]))


def _is_named(claim) -> bool:
    """Is the subject a name the sentence's entity tagger found ("Calment, aged 125")?

    Only for figures that follow the name: "the 160-year-old Harrods" is a
    firm, and a modifier's noun is the thing described, which may be anything.
    """
    text = claim.subject_text.lower()
    if not text or "old" in claim.text.lower():
        return False
    before = claim.sentence[:claim.start - claim.sentence_start]
    if claim.kind == "age" and claim.subject_text[:1].isupper() and re.search(
            re.escape(claim.subject_text) + r",\s*$", before):
        return True  # "Dunning, 167,": the reader took the name set off by commas for a person's
    return any(text in e.lower() for e in claim.entities)


#: Nouns that name a measure, not a thing: whose measure it is, is the clause's doer.
_MEASURE_NOUNS = {"speed", "velocity", "length", "height", "depth", "width", "span", "altitude", "elevation",
                  "temperature", "top speed", "pace", "range"}


#: Heads of names of routes and grounds: the word before them in the name is no kind of thing
#: ('Summit Track' is a track, 'Bridge Street' a street, 'Tower Park' a park).
_ROUTE_HEADS = {"track", "trail", "path", "walk", "way", "route", "road", "street", "lane", "drive", "avenue",
                "loop", "circuit", "line", "park", "reserve", "terrace", "close", "crescent", "parade"}


#: Right after a measure that follows its noun: the adjective of its dimension ('a borehole 280 km deep').
_MEASURE_ADJECTIVE_AFTER = re.compile(r"\s*(?:deep|long|high|tall|wide|thick|across)\b", re.I)
#: Right before such a measure: its noun, after a determiner.
_NOUN_RIGHT_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+([a-z][\w-]*)\s+$")


def _kind_words(claim, params=None) -> list[str]:
    """Words that may name the kind of the figure's subject, best first.

    The subject itself (and when it names a measure, "a top speed of ...", the
    clause's doer), then the words of its name or compound written
    beside it ("Mount Tessa", "Tessa Bridge", "the Kessel rail link") or
    after a superlative beside the figure ("the city's tallest building"), then
    the noun the subject hangs from ("a bridge to the island"), then the
    tagged name that holds it.
    """
    words = ([claim.subject] if claim.subject else []) + _superlative_nouns(claim)
    if claim.agent and (claim.subject in _MEASURE_NOUNS or (params or {}).get("holder_is_doer")):
        words.append(claim.agent.lower())  # 'The train reached a top speed of ...': the train's speed
        # (and, with ``holder_is_doer``, what holds the stuff measured: 'Each capsule contains 250 grams of ...')
    text = claim.subject_text
    before = claim.sentence[:claim.start - claim.sentence_start]
    if not text:  # "The oldest finisher, aged 163": the noun the figure stands beside
        beside = re.search(r"([A-Za-z][\w-]*),?\s+aged\s*$", before) or (
            _MEASURE_ADJECTIVE_AFTER.match(claim.text_after(12)) and _NOUN_RIGHT_BEFORE.search(before))
        # ('drilling a borehole 280 km deep': the noun the measure follows)
        start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
        opening = re.match(r"\s*(?:the\s+)?([A-Za-z][\w-]*)", clause_around(claim.sentence, start, end))
        # the parser lost the subject: the clause's first noun ('Temperatures on the course hit 91C')
        return words + ([beside.group(1).lower()] if beside else []) + ([opening.group(1).lower()] if opening else [])
    if claim.subject in _ROUTE_HEADS and text[:1].isupper():
        return words  # 'the 14.5km Summit Track', 'Bridge Street': the name's head says what it is
    at = before.rfind(text)
    if at < 0:
        at = claim.sentence.find(text)
    if at < 0:
        return words
    ahead = re.search(r"((?:[\w'-]+\s+){0,2})$", claim.sentence[:at]).group(1).split()
    after = re.match(r"\s*([\w'-]+)", claim.sentence[at + len(text):])
    words += [w.lower() for w in reversed(ahead)]
    if after:
        words.append(after.group(1).lower())
        if after.group(1).startswith("-") and not after.group().startswith((" ", "\t")):
            words.append((text + after.group(1)).lower())  # ('The 3,800-tonne B-double': the tagger split the noun)
    owner = _owner_pattern(text).search(claim.sentence)
    if owner:
        words.append(owner.group(1).lower())
    for entity in claim.entities:
        if text.lower() in entity.lower():
            words += [w.lower() for w in entity.split()]
    return words


@lru_cache(maxsize=4096)
def _owner_pattern(subject_text: str) -> re.Pattern:
    """'a bridge to the island' -> bridge: the noun the subject hangs from (compiled once
    per subject; every plausibility rule asks for it)."""
    return re.compile(rf"\b([\w-]+)\s+{_OF_KIND}{re.escape(subject_text)}\b")


#: "at 1,480 metres the city's tallest building": a superlative right beside
#: the figure names what it measures, whatever the parser took as subject.
_SUPERLATIVE = re.compile(r"\b(?:tallest|highest|longest|deepest|fastest|biggest|largest|oldest)\s+"
                          r"((?:[\w-]+\s+){0,2}[\w-]+)", re.I)


def _superlative_nouns(claim) -> list[str]:
    """The words after a superlative written within a few words of the figure, in its clause."""
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    clause = clause_around(claim.sentence, start, end)
    at = claim.sentence.find(clause)
    near = claim.sentence[max(at, start - 50):min(at + len(clause), end + 50)]
    return [w.lower() for m in _SUPERLATIVE.finditer(near) for w in m.group(1).split()]


def _is_kind_by_form(claim, params) -> bool:
    """Is the subject one of the rule's kinds by its ending or by the word after it?

    "blacksmith" ends like "smith"; "a 146-year-old retired blacksmith who
    had spent 30 hours trapped" takes "who". Exceptions by name first, and
    a possessive subject is not read by its form ("the 127-year-old
    ironmonger's shop" may be the shop's age).
    """
    subject = claim.subject.lower()
    exceptions = {w.lower() for w in params.get("not_subjects", [])}
    if not subject or subject in exceptions or claim.subject_text.lower() in exceptions:
        return False
    text = claim.subject_text
    after_figure = claim.sentence[claim.end - claim.sentence_start:]
    at = after_figure.find(text) if text else -1
    after_subject = after_figure[at + len(text):] if at >= 0 else ""
    if re.match(r"['\u2019]s?\b", after_subject):
        return False  # "the 127-year-old ironmonger's shop": the figure may be the shop's
    if any(subject.endswith(s.lower()) and len(subject) > len(s) + 2 for s in params.get("subject_suffixes", [])):
        return True
    followers = params.get("subject_before")
    return bool(followers) and at >= 0 and bool(
        re.match(rf",?\s+(?:{'|'.join(followers)})\b(?!['\u2019])", after_subject, re.I))


def _is_nominal(claim, params) -> bool:
    """Does the figure stand as the noun ("The 138-year-old, who lives alone, ...")?"""
    followers = params.get("figure_before")
    if not followers or claim.subject_text:
        return False
    after_figure = claim.sentence[claim.end - claim.sentence_start:]
    return bool(re.match(rf",?\s+(?:{'|'.join(followers)})\b(?!['\u2019])", after_figure, re.I))


def _is_bare_name(claim) -> bool:
    """Is the subject a capitalised name written inside the sentence ("The Lenna, which...")?"""
    text = claim.subject_text
    at = claim.sentence.find(text)
    return bool(text) and text[:1].isupper() and (at > 0 or at == 0 and (
        any(text in e for e in claim.entities) or bool(re.match(re.escape(text) + r",\s*\d{1,3},", claim.sentence))))
    # (at the sentence's start only a name its tagger knows or one set off with an age: 'Tessema, 27, broke the
    # previous record', not 'Rivers')


def _kind_told_with_name(name: str, article_text: str, subjects) -> str | None:
    """The one rule subject the article writes right before or after a bare name ('River Ember',
    'the Ember river'), or None."""
    name = re.escape(name.strip())
    found = {m.group(1).lower() for m in re.finditer(rf"\b([A-Za-z]+)\s+{name}\b", article_text)} | {
        m.group(1).lower() for m in re.finditer(rf"\b{name}\s+([A-Za-z]+)\b", article_text)}
    kinds = found & set(subjects)
    return next(iter(kinds)) if len(kinds) == 1 else None


#: A name opened by its kind: 'Mount Keshvar', 'Lake Wendaga', 'River Tarrow'.
_NAME_TITLE = re.compile(r"^([A-Z][a-z]+)\s+[A-Z][\w'-]+")


#: Subjects that stand for a thing named before them: 'Gray wolves are ... Adult males can weigh'.
_STAND_INS = {"male", "female", "adult", "juvenile", "specimen", "individual"}
#: Before a figure with no subject: a few of a group named before ('kapur and merbau trees ...,
#: and the tallest of them stand 900 metres tall'; 'hit 11 aces, one clocked at').
_OF_THEM = re.compile(r"\b(?:(?:tallest|largest|biggest|heaviest|fastest|longest|oldest|most|some|many|one|few)\s+"
                      r"of\s+(?:them|these|those)\s+(?:[a-z]+\s+){0,2}|"
                      r"(?:one|two|some|the\s+fastest|the\s+quickest)\s+(?:was\s+|were\s+)?"
                      r"(?:clocked|timed|measured|recorded)\s+at\s+|"
                      # ('41 Canada geese, some weighing as much as 450 kilograms each'; 'was one weighing an
                      # estimated 128 tonnes')
                      r"\b(?:some|one|several|many|a\s+few)\s+(?:of\s+them\s+)?(?:weighing|measuring)\s+"
                      r"(?:an?\s+estimated\s+)?)$", re.I)
#: A fact box's label that names a measure, not its holder ('- Top speed: 500km/h').
_BOX_MEASURES = {"speed", "weight", "length", "height", "size", "mass", "wingspan"}
#: How far back the lines of a fact box are read for what it is about.
_BOX_LINES = 8


#: Before a figure with no subject: 'they' as its clause's subject, standing for a kind named before ('Star
#: tortoises are long-lived. In the wild they can live up to 80 years'), a few words before it with no pause
#: between. ('it' may be anything: "the spring's temperature ... it had stayed between 86 and 89 degrees".)
_PRONOUN_BEFORE = re.compile(r"\bthey\s+(?:[a-z]+\s+){1,4}$", re.I)


def _stands_in(claim, params) -> bool:
    """Does the figure's subject stand for a thing the copy named before it? (A rule may add
    words of its own, ``stand_ins``: 'Some stones measured 50cm across' after 'hail'.)"""
    if claim.subject in _STAND_INS or claim.subject in params.get("stand_ins", []):
        return True
    if not claim.subject and (_OF_THEM.search(claim.text_before(60)) or _PRONOUN_BEFORE.search(claim.text_before(40))):
        return True
    own = params.get("stand_ins", [])
    if not claim.subject and own and re.search(r"\b(?:the|this|that)\s+(?:" + "|".join(map(re.escape, own)) + r")\s*,",
                                               claim.text_before(80), re.I):
        return True  # a stand-in set off before the figure's clause ('The animal, about six years old and weighing')
    return claim.subject in _BOX_MEASURES and claim.in_fact_box()


def _first_subject(text: str, subjects, nearest: bool) -> str | None:
    """The first (or, with ``nearest``, the last) word of ``text`` that is one of ``subjects``."""
    found = []
    for word in re.findall(r"[A-Za-z][a-z-]+", text):
        word = word.lower()
        forms = [NOUN_FIXES.get(word, singular_noun(word))] + ([word[:-3] + "f", word[:-3] + "fe"]
                                                               if word.endswith("ves") else [])
        found += [form for form in forms if form in subjects][:1]  # ('wolves', 'knives', 'geese')
    return (found[-1] if nearest else found[0]) if found else None


def _kind_told_before(claim, article_text: str, subjects) -> str | None:
    """The rule subject a stand-in figure speaks of: named before the figure in its own sentence
    (the nearest), else in the sentence before (its first word of the kinds: its topic), or, in a
    fact box, in the lines above ('- Estimated foxes in Corrachan: 1,800' over '- Top speed: ...')."""
    own = _first_subject(claim.text_before(claim.start - claim.sentence_start), subjects, nearest=True)
    if own or not article_text:
        return own
    before = article_text[:claim.sentence_start].rstrip()
    if claim.in_fact_box():
        lines = before.split("\n")[-_BOX_LINES:]
        return next((kind for line in reversed(lines) if (kind := _first_subject(line, subjects, nearest=True))), None)
    paragraph = _paragraph_before(claim, article_text)
    told = _first_subject(last_sentence(paragraph), subjects, nearest=False)
    if told is None and article_text[:claim.sentence_start].rstrip(" ").endswith("\n"):
        # the figure's sentence opens its paragraph: the paragraph before is its topic ('... did not blame the
        # beavers themselves. "..."' / 'Trail camera footage shows at least five animals ..., including a large
        # male weighing about 280kg')
        told = _first_subject(paragraph, subjects, nearest=False)
    return told


def _paragraph_before(claim, article_text: str) -> str:
    """The text before the figure's sentence, read back no further than the last paragraph break."""
    before = article_text[:claim.sentence_start].rstrip()
    return before[before.rfind("\n\n"):] if "\n\n" in before[-400:] else before


def _sentence_before(claim, article_text: str) -> str:
    """The sentence before the figure's in its paragraph."""
    return last_sentence(_paragraph_before(claim, article_text))


#: Nouns of a measure that a kind hyphened before them names the thing of ('sea-surface temperature').
_MEASURE_NOUNS_OF_A_KIND = {"temperature", "temp", "depth", "height", "length", "speed", "level", "weight", "width",
                            "reading"}


def _kind_hyphened_before(claim, params, subjects) -> str | None:
    """A rule subject hyphened into the words right before a measure's noun ('Sea-surface temperatures'), or None."""
    if claim.subject not in _MEASURE_NOUNS_OF_A_KIND or not claim.subject_text:
        return None
    joined = re.search(r"([A-Za-z]+(?:-[A-Za-z]+)+)\s+" + re.escape(claim.subject_text) + r"\b", claim.sentence)
    parts = joined.group(1).lower().split("-") if joined else []
    return next((part for part in parts if part in subjects and part not in params.get("head_only", [])), None)


def _subject_kind(claim, params, subjects, article_text: str = "") -> str | None:
    """The rule subject this figure speaks of, or None when it speaks of none."""
    if not subjects:
        return claim.subject
    if claim.subject in subjects and claim.subject_text[:1].isupper() and params.get("names_need") \
            and not _any(params["names_need"], claim.sentence):
        return None  # 'Kestrel Bay reached 43.4C': a town so named, with no word of its water
    named = " ".join([*claim.subject_modifiers, claim.subject])
    compound = max((kind for kind in subjects if " " in kind and (named == kind or named.endswith(" " + kind))),
                   key=len, default=None)
    if compound:
        return compound  # 'its 620-metre fly tower': the kind in two words (the longest: 'a sand tiger shark', not a
        # tiger shark nor a shark)
    if claim.subject in subjects:
        return claim.subject
    hyphened = _kind_hyphened_before(claim, params, subjects)
    if hyphened:
        return hyphened  # 'Sea-surface temperatures off west Wales reached 71C': the kind joined to the measure's noun
    if _stands_in(claim, params):
        told = _kind_told_before(claim, article_text, subjects)
        if told:
            return told
    if params.get("named_subjects") and _is_named(claim):
        return claim.subject
    head_only = set(params.get("head_only", []))
    for word in _kind_words(claim, params):
        if word in subjects and word not in head_only:  # ('the main runway' is no main)
            return word
    if _is_kind_by_form(claim, params):
        return claim.subject
    title = _NAME_TITLE.match(claim.subject_text)
    if title and title.group(1).lower() in subjects:
        return title.group(1).lower()  # 'Mount Keshvar (29,400 metres)', 'Lake Wendaga': the name says its kind
    if _is_nominal(claim, params):
        return params.get("figure_kind", claim.subject)
    if params.get("named_when") and _is_bare_name(claim) and _any(params["named_when"], claim.sentence):
        return claim.subject
    if params.get("named_when") and _is_bare_name(claim) and article_text:
        told = _kind_told_with_name(claim.subject_text, article_text, subjects)
        if told:
            return told  # 'the 3,400-mile Ember' in a story that names the River Ember
    unnamed = (not claim.subject or claim.subject == _MEASURE.get(claim.dimension)  # ('reached a top speed of')
               or claim.subject in _PEAK_NOUNS)  # ('recorded a peak of 449km/h')
    if unnamed and params.get("unnamed_when") and _any(params["unnamed_when"], claim.text_before(40)):
        named = _named_kind(params, claim.sentence)
        if named is not None:
            return params.get("generic_subjects", [named])[0]  # 'she was travelling at 560 mph ... rear-ended a truck'
    return None


def _split_noun(claim, kind: str | None) -> str:
    """The rule's hyphened kind as the copy writes it, when the tagger split it and kept its first part as the
    subject ('The 3,800-tonne B-double': 'B-double'), else ''."""
    text = claim.subject_text
    if not kind or not text or not kind.startswith(text.lower() + "-"):
        return ""
    at = claim.sentence.find(text + kind[len(text):len(text) + 1])
    return claim.sentence[at:at + len(kind)] if at >= 0 else ""


def _window(claim, width: int) -> str:
    """The words around the figure, and its own qualifier ('as long as 60 metres', 'as tall as')."""
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return claim.sentence[max(0, start - width):start] + " " + claim.text + " " + claim.sentence[end:end + width]


def _right_after(claim, params) -> bool:
    """Does a cue of ``near_after`` follow the figure at once ('a hut 9,500 metres up, police said')?"""
    after = claim.text_after(20)
    return any(re.match(rf"\s*(?:{p})", after, re.I) for p in params.get("near_after", []))


def _any(patterns, text: str) -> bool:
    return any(re.search(rf"\b{p}\b", text, re.I) for p in patterns)


def _applies(claim, params, subjects, kinds, article_text: str = "") -> bool:
    if not claim.is_claim or _base_interval(claim) is None or claim.negated:
        return False
    if claim.dimension != params["dimension"] or (kinds and claim.kind not in kinds):
        return False
    if params.get("units") and claim.unit not in params["units"]:
        return False  # ('five days a day' is no count of hours)
    if _subject_kind(claim, params, subjects, article_text) is None:
        return False
    if params.get("near") and (params.get("near_always") or not is_modifier(claim)) and not _any(
            params["near"], _window(claim, params.get("near_window", 30))) and not _right_after(claim, params):
        return False
    if params.get("near_before") and not _any(params["near_before"], claim.text_before(
            params.get("near_before_window", params.get("near_window", 30)))) and not (
            params.get("near_before_sentence") and article_text
            and _any(params["near_before"], _sentence_before(claim, article_text))):
        return False  # ('plunged 12 kilometres', not '12 kilometres down the valley, the temperature dropped')
    return not _any(params.get("unless", []), _skip_scope(claim))


def _base_interval(claim) -> tuple[float, float] | None:
    """The claim's interval in base units. A bare 'degrees' may be Celsius or Fahrenheit, so
    its interval spans both readings ('exceeded 20,000 degrees' is too hot either way; 'a high
    of 104 degrees' is an ordinary Fahrenheit day)."""
    if claim.base_value is not None:
        low = claim.base_low if claim.base_low is not None else claim.base_value
        high = claim.base_high if claim.base_high is not None else claim.base_value
        return low, high
    if claim.dimension != "temperature" or claim.low is None or claim.high is None:
        return None
    readings = [to_base(scale, value)[1] for scale in ("degree Celsius", "degree Fahrenheit")
                for value in (claim.low, claim.high)]
    return min(readings), max(readings)


def _skip_scope(claim) -> str:
    """Where a skip word counts: the figure's clause and its subject phrase ("lava, which reached 1,200C")."""
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    clause = clause_around(claim.sentence, start, end)
    marked = claim.sentence[:start] + "\0" + claim.sentence[end:]
    each = _EACH_AROUND.search(marked)
    if each:  # one item's measure, set off after the things ('The coins, each weighing about 6.7 kilograms, together
        # weigh ...'): its own words only, not the plural or the total around it
        return each.group().replace("\0", claim.text)
    apposed = _APPOSITION_AROUND.search(marked)
    if apposed:  # a phrase set off after a name holds the figure: its words, not the sentence's ('Ambersham, a
        # district of 14.3 million people, is the largest council in the country')
        clause = apposed.group(1).replace("\0", claim.text)
    attribution = _ATTRIBUTION_AT_END.search(clause)
    if attribution and attribution.start() > clause.find(claim.text) + len(claim.text):
        clause = clause[:attribution.start()]  # '..., fire officials said': who told it, not what was measured
    at = clause.find(claim.text)
    participle = _PARTICIPLE_CLAUSE.search(clause, at + len(claim.text)) if at >= 0 else None
    if participle:
        clause = clause[:participle.start()]  # '... a cottonwood more than 900 feet tall, watching the flood carry
        # off "half a forest"': what the people did next, not what was measured
    clause = _NAME_RUN.sub(lambda m: m.group(1) + re.sub(r"\w", "_", m.group(2)), clause)  # ('the Skelligan Deep')
    at = clause.find(claim.text)
    if at >= 0:  # a possessive after the figure owns a later noun, not the figure ('a farming village of 4.2 million
        # people close to the county's granite uplands')
        tail = _POSSESSIVE.sub(lambda m: re.sub(r"\w", "_", m.group()), clause[at + len(claim.text):])
        clause = clause[:at + len(claim.text)] + tail
    return " ".join([clause, claim.subject_text, claim.agent, *claim.subject_modifiers])


#: A phrase set off by commas right after a name, that holds the figure (marked by a NUL): 'Warrangal, a coastal
#: town of about \0 people,'.
_APPOSITION_AROUND = re.compile(r"\b[A-Z][\w'\u2019-]*(,\s+an?\s+[^,;()\0]{0,60}\0[^,;()\0]{0,30})(?=,)")
#: A phrase set off by commas that gives each item's measure, or a few items' (with the sentence's end), holding the
#: figure (marked by a NUL): ', each weighing about \0,'; ', some weighing \0 each.' after '41 birds from the flock'.
_EACH_AROUND = re.compile(r"(?<=,)\s*(?:each|(?:some|one|several|many|a\s+few)\s+(?:of\s+them\s+)?)\s*"
                          r"(?:weighing|measuring|weighs|measures|weighed|measured)\s+[^,;()\0]{0,20}\0[^,;()\0]{0,20}(?=,|\.?$)",
                          re.I)
#: A word with a possessive ending ("county's").
_POSSESSIVE = re.compile(r"\b[\w-]+['\u2019]s\b")
#: A run of capitalised words: the words after the first are part of a name ('Skelligan Deep', 'Tarrow
#: Strand'), no skip word of the context.
_NAME_RUN = re.compile(r"\b([A-Z][\w'\u2019-]*)((?:\s+[A-Z][\w'\u2019-]*)+)")
#: After the figure: a clause of a participle set off by a comma (', watching the flood carry off').
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:as\s+|while\s+)?[a-z]+ing\b")
#: At the end of a clause: who told it ('..., had dried out the slopes, fire officials said.').
_ATTRIBUTION_AT_END = re.compile(r",\s*(?:[\w'\u2019.-]+\s+){1,8}?(?:said|says|told reporters|reported|warned)\s*[.\"\u201d]*\s*$")


def _one_of(claim) -> str:
    """The thing as the copy names it, in the singular: 'tram car' for 'the tram cars weigh 39,000
    tonnes each' (the subject's lemma is its singular)."""
    words = (claim.subject_text or claim.subject).split()
    if words and claim.subject and words[-1].lower() != claim.subject and words[-1].lower().startswith(claim.subject[:3]):
        words[-1] = claim.subject
    return " ".join(words)


#: What a figure of each dimension measures, to name it when the copy names no thing.
#: Nouns of a measure's highest or mean reading, which name no kind of thing ('a peak of 449km/h').
_PEAK_NOUNS = {"peak", "maximum", "max", "average", "mean", "high"}
_MEASURE = {"length": "length", "speed": "speed", "temperature": "temperature", "mass": "weight",
            "time": "duration", "area": "area", "volume": "volume"}


def _article_holds(audit, article_id: str, words: list[str], seen: dict[str, bool]) -> bool:
    """Does the article (its headline or text) hold one of ``words``? Read once per article."""
    if article_id not in seen:
        article = audit.articles[article_id]
        seen[article_id] = _any(words, f"{article.title or ''}\n{article.text}")  # (a headline may be all that says 'darts')
    return seen[article_id]


@check("plausible-range", params=PARAMS, judges_values=True)
def plausible_range(rule, audit):
    """Claims about one of ``subjects`` in ``dimension`` whose value lies outside [min, max]."""
    p = rule.params
    subjects = {s.lower() for s in p.get("subjects", [])}
    kinds = set(p.get("kinds", []))
    flagged_ends: dict[str, int] = {}  # article -> end of the last figure flagged
    needs_met: dict[str, bool] = {}  # article -> whether it holds one of ``article_needs``
    unless_met: dict[str, bool] = {}  # article -> whether it holds one of ``article_unless``
    for claim in audit.claims.values():
        if claim.is_conversion() and 0 <= claim.start - flagged_ends.get(claim.article_id, -99) <= 30:
            continue  # '251 km/h (156 mph)': the conversion of a figure already flagged
        if p.get("article_needs") and not _article_holds(audit, claim.article_id, p["article_needs"], needs_met):
            continue
        if p.get("article_unless") and _article_holds(audit, claim.article_id, p["article_unless"], unless_met):
            continue
        reads_text = (_stands_in(claim, p) or (p.get("named_when") and _is_bare_name(claim))
                      or p.get("near_before_sentence"))
        text = audit.article_of(claim).text if reads_text else ""
        if not _applies(claim, p, subjects, kinds, text):
            continue
        kind = _subject_kind(claim, p, subjects, text)
        split = _split_noun(claim, kind)
        named = split or (kind if text and kind else claim.subject_text or claim.subject)  # ('Adult males': the wolf)
        bounds = _Bounds(p, kind, claim.sentence)
        # an interval that reaches into the plausible range is not implausible; but a range the copy
        # states ('aged between 34 and 147') states both its ends, and each must be possible
        low, high = _base_interval(claim)
        stated = claim.value
        if claim.qualifier == "up to" and high is not None:
            low = high  # 'locusts grow up to 75 cm long', 'gusts of up to 1,400km/h': some reach that size
        if claim.qualifier == "between" and low is not None and high is not None:
            upper = bounds.high is not None and high > bounds.high
            low, high = (high, high) if upper else (low, low)
            stated = claim.high if upper else claim.low
        if bounds.low is not None and high < bounds.low:
            problem = p.get("too_low", "too small to be real")
        elif bounds.high is not None and low > bounds.high:
            problem = p["too_high"]
        else:
            continue
        flagged_ends[claim.article_id] = claim.end
        yield Hit(
            claim_ids=[claim.id],
            fields={"text": claim.text, "subject": kind or claim.subject,
                    "value": describe_quantity(stated, claim.unit) if stated is not None else claim.text,
                    "subject_text": named, "problem": problem,
                    # 'a 162-mile bridge', 'a bridge of about 300 km', 'a length of 40 miles'
                    "a_subject": a_thing_measuring(claim.text, split or (kind if text and kind else _one_of(claim)),
                                                   _MEASURE.get(claim.dimension, "figure")),
                    "a_kind": a_thing_measuring(claim.text, kind or claim.subject,
                                                _MEASURE.get(claim.dimension, "figure"))},
            suggestion=_alternative(claim, p, bounds),
        )
