"""Check kind ``year-vs-decade``: "built in 1972" and "a 1980s block" for one building.

A building put up in 1972 is a 1970s building. The check pairs, within one
article, a time of construction - a year ("was built in 1972", "completed
in 1972", "dating from 1972", "Built in 1972, the block ...") or a decade
("was built in the 1980s") - with another that rules it out: a decade used
as the building's modifier ("the 1980s block", "a 1980s-built tower", "the
finest canvas of the 1940s", "the building is a masterpiece of the 1890s"),
a century ("the 16th-century castle") or a decade of construction.

Which building each statement is about is read from the wording:

* what the thing opened or was built as ("The Grandison, which opened in
  1968 as the Corporation Hotel");
* the building noun of the clause ("the block was built in 1972"), or of
  the noun phrase a sentence-opening participle describes ("Built in 1972,
  the block ...");
* for "It was built in 1972" / "which opened in 1972", the building noun
  the text last named;
* for a name alone ("St Anne's was built in 1972"), the one kind of
  building the article speaks of (not after "opened": shops and firms open too).

The two nouns must name the same kind of building: the same word from
``nouns``, words that ``same_as`` lists together because reporters use them
for one structure (infirmary and hospital, block and tower), or a
``generic`` word ("the building", "the structure") in an article that
speaks of a single kind of building, or dates the building of one thing
only ("the school, built in 1968" ... "a 1970s building"). A decade that the wording marks as
another building ("the 1980s extension", "a neighbouring 1980s block") or as
a style ("a 1930s-style cinema") is left alone. A year one either side of
the decade is allowed (a 1979-81 build), but not the year before it for a
building told as opened or completed then (it stood before the decade began).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.sentences import last_sentence
from factcheck.model import Claim
from factcheck.rules.checks.sentences import period, period_of, sentences_by_article, with_article
from factcheck.rules.checks.stories import story_pairs
from factcheck.rules.registry import WORD_LIST, Hit, check
from factcheck.timewords import MONTH_NAMES, WEEKDAY_NAMES

PARAMS = {
    "type": "object",
    "required": ["nouns"],
    "additionalProperties": False,
    "properties": {
        "nouns": {"type": "array", "minItems": 1, "items": {"type": "string"}},
        "same_as": {"type": "array", "items": {"type": "array", "minItems": 2, "items": {"type": "string"}}},
        "generic": WORD_LIST,
        "movable": WORD_LIST,
        "verbs": WORD_LIST,
    },
}
#: A clause that is only a participle ("The walls, built in 1991, ...") names its building in the clause before.
_PARTICIPLE_ONLY = re.compile(r"^\s*(?:(?:which|that)\b|(?:first\s+|originally\s+)?(?:built|constructed|erected|"
                              r"completed|opened|put up|dating|designed)\b)", re.I)

#: Verbs of construction every rule of this kind reads; a rule adds its own (``verbs``: 'laid',
#: 'painted') for the things it covers.
_BUILD_VERBS = ("built", "rebuilt", "constructed", "erected", "completed", "put up", "designed", "opened",
                r"delivered(?:\s+new)?(?:\s+to\s+[\w' -]{1,40}?)?")


#: Between a verb of making and its year: where or by whom, with no verb of its own ('launched from
#: Hollis & Penrose's yard on the River Cald in 1849', 'built by Harland and Wolff in 1911'; not 'built
#: on a site cleared in 1990').
_WHERE_OR_BY = r"(?:(?:from|by|at|on|near|off|for)\s+(?:(?![a-z]+ed\b)[\w&'’.-]+\s+){1,9}?)?"


def _built_before(extra: tuple[str, ...] = ()) -> re.Pattern:
    """Right before a year: the thing was made then ('was built in ', 'dating from the ')."""
    verbs = "|".join((*_BUILD_VERBS, *(re.escape(v) for v in extra)))
    return re.compile(r"\b(?:was|were|been|being)?\s*(?:" + verbs + r")\s+" + _WHERE_OR_BY + r"(?:(?:back\s+)?in\s+|between\s+|"
                      r"around\s+|circa\s+|c\.\s*)(?:the\s+(?:early\s+|mid-?|late\s+)?)?$|"
                      r"\b(?:dating|dates|dated)\s+(?:back\s+)?(?:from|to)\s+(?:the\s+(?:early\s+|mid-?|late\s+)?)?$|"
                      # in use from then on: 'The Sonapur dumpsite, in use since 1994'
                      r"\b(?:in use|in service|in operation|operating|working)\s+since\s+$|"
                      # standing from then on: 'the hall had stood since the 1890s'
                      r"\b(?:has|had|have)\s+stood\s+(?:(?:here|there|on\s+the\s+\w+)\s+)?since\s+(?:the\s+)?$|"
                      r"\bbuilt\s+$|"
                      # told in the active, with the thing as the object: 'Vance planted the spruce as a
                      # seedling in 1968', 'The council built the pier in 1890'
                      r"\b(?:" + verbs + r")\s+(?P<object>(?:the|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?)"
                      r"(?:as\s+(?:a|an)\s+[\w-]+\s+)?(?:back\s+)?in\s+(?:the\s+(?:early\s+|mid-?|late\s+)?)?$", re.I)
#: Verbs that date a building's completion: it stood by that year, so it is no work of a later decade.
_FINISHED = re.compile(r"\b(?:opened|completed)\b", re.I)
#: A phrase set off by commas that says where the thing is ('on the north side of the site').
_LOCATIVE_START = re.compile(r"^\s*(?:on|in|at|near|beside|behind|off|opposite|next to|close to|across)\s", re.I)
_RELATIVE_START = re.compile(r"^\s*(?:which|who|that|whose)\b", re.I)
#: The subject of "was built in" is a pronoun or relative word: the building last named.
_PRONOUN_SUBJECT = re.compile(r"^\W*(?:it|which|that|this|they|these)(?:\s+\w+){0,2}\s*$", re.I)
#: The subject is a name only: "St Anne's was built in 1972", "Kell House was completed", "The art
#: deco Regal", or a title in quotes ('"The Salt Orchard," painted in 1962').
_NAME_SUBJECT = re.compile(r"^\W*(?:(?i:the)\s+(?:[a-z-]+\s+){0,2}?)?(?!(?i:the|a|an|it|its|this|that|which)\b)"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?:\s+(?:was|were|first|originally))*\s*$|"
                           r"^\s*[\"“‘'][^\"”’]{1,80}[\"”’]\W*(?:(?:was|were|first|originally)\s*)*$")
#: A decade that describes another building or a style, not the building dated elsewhere.
_OTHER_BUILDING = re.compile(r"\b(?:neighbouring|neighboring|nearby|adjacent|another|other|new|newer|extension|"
                             r"annexe?|wing|replacement|style|inspired|themed|look)\b", re.I)
#: Right before a decade: its building was put to a new use, so what opened in it later is another
#: thing ('The hotel opened in 2015 in a converted 1970s office block').
_PUT_TO_NEW_USE = re.compile(r"\b(?:a|an|the)\s+(?:converted|former|repurposed)\s+$", re.I)
#: Words after the noun that place the decade's building elsewhere ("the 1980s hospital across the river").
_ELSEWHERE = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:next door|nearby|opposite|across|on the other side|down the road|"
                        r"up the road|elsewhere|in another|in the next)\b", re.I)
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_NAME_WORD = re.compile(r"([A-Za-z]+(?:-[a-z]+)?)(?=(?:\s+([A-Za-z]+))?)")


@dataclass
class Built:
    """When the article says one building was put up."""

    claim: Claim
    noun: str          # the building noun the wording ties to it ("" when none)
    low: int           # first year the wording allows
    high: int          # last year the wording allows
    decade: bool       # "the 1980s" (or "the 18th century") rather than a year
    designation: str = ""  # the number naming one of several: "4" of "the No 4 furnace"
    label: str = ""    # the decade or century as a message says it: "1980s", "18th-century"
    finished: bool = False  # told as opened or completed: the building stood by then


#: Listed nouns that copy uses more often as another word ('well maintained', 'as well'): a noun
#: only after a word that sets a noun up ('the well', 'a village well', 'two wells').
_ADVERB_TOO = {"well"}
_ADVERB_AS_NOUN = re.compile(r"\b(?:the|a|an|this|that|its|their|each|every|one|old|new|village|water|oil|gas|"
                             r"deep|artesian|\d[\d,]*)\s+$", re.I)


def _used_as_adverb(noun: str, word: str, before: str) -> bool:
    """Is a listed noun written as another word here ('well maintained'): the singular of one of
    ``_ADVERB_TOO`` with no word before it that sets up a noun?"""
    return noun in _ADVERB_TOO and word.lower() == noun and not _ADVERB_AS_NOUN.search(before)


class _Vocabulary:
    """Building nouns, their kinds and the generic words of one rule."""

    def __init__(self, params: dict):
        self.kind_of = {n.lower(): n.lower() for n in params["nouns"]}
        for group in params.get("same_as", []):
            for word in group:
                self.kind_of[word.lower()] = group[0].lower()
        self.generic = {g.lower() for g in params.get("generic", [])}
        self.movable = {m.lower() for m in params.get("movable", [])}
        self.built_before = _built_before(tuple(params.get("verbs", ())))

    def noun(self, word: str) -> str | None:
        """The listed noun a word is (singular or plural), or None."""
        word = word.lower()
        for candidate in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "",
                          word[:-3] + "y" if word.endswith("ies") else ""):
            if candidate and (candidate in self.kind_of or candidate in self.generic):
                return candidate
        return None

    def nouns_in(self, text: str) -> list[str]:
        """Building nouns of ``text`` in order, leaving out those inside a longer name ("Mill Lane")."""
        found = []
        skip_to = 0
        for match in _NAME_WORD.finditer(text):
            word, following = match.group(1), match.group(2)
            if match.start() < skip_to:
                continue  # the second word of a two-word noun
            if word[0].isupper() and following and following[0].isupper():
                continue  # "the academy on Mill Lane": "Mill" is part of a street's name
            pair = f"{word} {following}".lower() if following else ""
            if pair in self.kind_of:  # 'picture palace', 'bell tower': the two words name the building
                found.append(pair)
                skip_to = match.end(2)
                continue
            noun = self.noun(word)
            if noun and not _used_as_adverb(noun, word, text[:match.start(1)]):
                found.append(noun)
        return found

    def head(self, word: str) -> str | None:
        """The listed, not generic, noun a word after a building noun is, which makes it the head of
        a compound ('block' of 'office block'), or None."""
        noun = self.noun(word)
        return noun if noun and noun not in self.generic else None

    def words_of_kind(self, kind: str) -> set[str]:
        return {word for word, k in self.kind_of.items() if k == kind}

    def kinds_in(self, text: str) -> set[str]:
        return {self.kind_of[n] for n in self.nouns_in(text) if n in self.kind_of and n not in self.generic}

    def same_building(self, one: str, other: str, article_kinds: set[str], one_dated: bool = False) -> bool:
        if one in self.kind_of and other in self.kind_of and self.kind_of[one] == self.kind_of[other]:
            return True
        if one in self.generic or other in self.generic:
            # "the building" may be any building: only when the article speaks of one kind, or
            # dates the building of one thing only ('the school, built in 1968' ... 'a 1970s building')
            return len(article_kinds) <= 1 or (one_dated and not {one, other} & self.movable)
        return False


#: Right after the year: what the thing was when it was made or opened ('opened in 1968 as the
#: Corporation Hotel', 'built in 1902 as a grain store'; not 'as the home of the Bison').
_OPENED_AS = re.compile(r"^,?\s+as\s+(?:the|a|an)\s+(?:[A-Z][\w'’.-]*\s+){0,3}([A-Za-z-]+)\b(?!\s+(?:of|to|for)\b)")

#: A clause that sets a generic word beside the noun before it: ', a stone building dating from'.
_APPOSED_GENERIC = re.compile(r"^\s*(?:an?)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*$", re.I)


def _built_noun(sentence, claim, text: str, vocabulary: _Vocabulary) -> str:
    """The building a "was built in <year>" speaks of, or ""."""
    told_as = _OPENED_AS.match(sentence.after(claim, 80))
    if told_as and (noun := vocabulary.head(told_as.group(1))):
        return noun  # 'The Grandison, which opened in 1968 as the Corporation Hotel'
    before = sentence.before(claim, 160)
    verb = vocabulary.built_before.search(before)
    if verb.group("object"):
        nouns = vocabulary.nouns_in(verb.group("object"))  # 'Vance planted the spruce ... in 1968'
        return nouns[-1] if nouns else ""
    clauses = re.split(r"[;:]|,(?!\d)", before[:verb.start()])  # (not the comma of "2,350")
    if len(clauses) > 1 and not re.search(r"\w", clauses[-1]) and re.search(r"[\"”’]", clauses[-1]):
        clauses[-2:] = [clauses[-2] + "," + clauses[-1]]  # '"The Salt Orchard," painted in 1962'
    clause = clauses[-1]
    if (not clause.strip() or _WHEN_IT_OPENS.match(clause)) and len(clauses) == 1:
        # "Built in 1972, the block ..." or "When it opened in 1988, the monorail ..." - the noun
        # phrase after the opening clause.
        opening = re.match(r"[^,]{0,40},\s*((?:\S+\s+){0,4}\S+)", sentence.after(claim, 80))
        nouns = vocabulary.nouns_in(opening.group(1)) if opening else []
        return nouns[0] if nouns else ""
    if _PARTICIPLE_ONLY.match(clause + " built") and len(clauses) > 1 and not vocabulary.nouns_in(clause):
        # "the 1960s tower, which was completed in 1975": the noun just before the relative clause
        if not clause.strip() and len(clauses) > 2 and _RELATIVE_START.match(clauses[-2]):
            clauses = clauses[:-2] + [clause]  # "The gondola, which runs for 4.2km ..., was installed in"
        if len(clauses) > 2 and _LOCATIVE_START.match(clauses[-2]) and vocabulary.nouns_in(clauses[-3]):
            # "The laundry building, on the north side of the hospital site, was built in": set off, where it is
            return vocabulary.nouns_in(clauses[-3])[-1]
        nouns = vocabulary.nouns_in(clauses[-2])
        if nouns and _NAME_SUBJECT.match(clauses[-2]):
            # 'Castlegate House, which was built in 1974' in copy that calls it 'Castlegate House, a 1960s
            # office block': the kind the copy sets beside the name, over the name's own last word
            return _kind_told_with_name(clauses[-2], text, vocabulary) or nouns[-1]
        if nouns:
            return nouns[-1]
        if len(clauses) > 2 and _NAME_SUBJECT.match(clauses[-2]) and vocabulary.nouns_in(clauses[-3]):
            return vocabulary.nouns_in(clauses[-3])[-1]  # "The crane, STS-6, commissioned in 2004": named in apposition
        if _NAME_SUBJECT.match(clauses[-2]):  # "Marrick Point, which opened in 1962": a name, read below
            return _named_building(sentence, claim, text, vocabulary, clauses[-2])
        return ""
    nouns = vocabulary.nouns_in(clause)
    if nouns and nouns[0] in vocabulary.generic and len(clauses) > 1 and _APPOSED_GENERIC.match(clause):
        # "The lodge, a stone building dating from the 1990s": the generic word is the noun before it
        named = vocabulary.nouns_in(clauses[-2])
        if named and named[-1] not in vocabulary.generic:
            return named[-1]
    if nouns:
        return nouns[0]  # the head of the subject: "the academy on Mill Lane", "the hospital's tower"
    if _PRONOUN_SUBJECT.match(clause):
        window = text[max(0, claim.start - len(before) - 250):claim.start - len(before) + len(clause)]
        if _OPENS_ON_IT.match(sentence.text):
            # 'The Barcoo Downs Road crossing is a passive crossing, with no lights or bells. It was built in
            # 1968': the sentence before's subject, not its last noun
            before_verb = _UP_TO_VERB.match(last_sentence(window[:len(window) - len(clause)]))
            subject = vocabulary.nouns_in(before_verb.group(1)) if before_verb else []
            if subject:
                return subject[-1]  # (the head: 'The Barcoo Downs Road crossing')
        earlier = vocabulary.nouns_in(window)
        return earlier[-1] if earlier else ""
    if _NAME_SUBJECT.match(clause) and _SCHOOL_NAME.search(clause) and vocabulary.noun("school"):
        return vocabulary.noun("school")  # 'Dunlaw High opened in 1968': a school by the last word of its name
    if _NAME_SUBJECT.match(clause) and not re.search(r"\b(?:opened|designed|dat\w+)\b", verb.group(), re.I):
        # A name alone: "St Anne's was built in 1972" (but "Tesco opened in 1972" is no building).
        return _named_building(sentence, claim, text, vocabulary, clause)
    if _NAME_SUBJECT.match(clause) and re.search(r"\bopened\b", verb.group(), re.I):
        return _kind_told_with_name(clause, text, vocabulary)  # ... unless the copy gives the name its kind
        # ('Gulfwater opened on the waterfront in 1998' in copy that names 'Gulfwater Aquarium')
    pronoun = _WHEN_IT.search(clause)
    if pronoun:
        # 'who moved to the 32,400-capacity Marsh Lane when it opened in 1998': the place just named
        before_it = clause[:pronoun.start()]
        nouns = vocabulary.nouns_in(before_it[-60:])
        if nouns:
            return nouns[-1]
        name = _NAME_AT_END.search(before_it.rstrip())
        if name:
            return _named_building(sentence, claim, text, vocabulary, name.group(1))
    return ""


#: A sentence that opens on 'It' or 'They': the thing the sentence before is about.
_OPENS_ON_IT = re.compile(r"^\W*(?:It|They)\s")
#: A sentence's words up to its first verb of being or standing: its subject.
_UP_TO_VERB = re.compile(r"^(.*?)\b(?:is|was|are|were|has|have|had|stands|stood|sits|lies|runs|ran)\b", re.S)
#: A sentence that opens with a clause whose subject is a pronoun for what the main clause names:
#: 'When it opened in 1988, the Port Kellaway monorail was meant to be the future'.
_WHEN_IT_OPENS = re.compile(r"^\W*(?:when|after|once|since)\s+(?:it|they)(?:\s+(?:was|were|first))?\s*$", re.I)
#: The end of a clause whose subject is a pronoun for the thing just named: '... Marsh Lane when it '.
_WHEN_IT = re.compile(r"\s(?:when|after|since|before|until|once|as|where)\s+(?:it|they)\s*$", re.I)


def _named_building(sentence, claim, text: str, vocabulary: _Vocabulary, name: str) -> str:
    """The kind of building a name alone (``name``) stands for: the one kind the article speaks of,
    or the one it sets beside the name ('the trawler Morning Gull'), or else the next building the
    text names with "the" ("Ashgrove Heights was built in 1971 ... The 1960s block was designed
    with ...": the named one, spoken of again)."""
    kinds = vocabulary.kinds_in(text)
    if len(kinds) == 1:
        return next(iter(kinds))
    told = _kind_told_with_name(name, text, vocabulary)
    if told:
        return told
    at = text.find(sentence.text)
    at = at + (claim.end - sentence.start) if at >= 0 else -1
    for match in _DEFINITE_NOUN.finditer(text[at:at + 250] if at >= 0 else ""):
        words = [re.sub(r"['\u2019]s$", "", word) for word in match.group(1).split()]  # ('the 1980s stadium's')
        noun_at = next((i for i, word in enumerate(words) if vocabulary.noun(word)), None)
        if noun_at is None:
            continue
        if words[noun_at + 1:noun_at + 2] == ["of"]:
            continue  # 'opened in 1994 as the home of the Bison' says no kind
        return vocabulary.noun(words[noun_at])
    return ""


#: A school's name at the end of a clause, by its last word ('Dunlaw High', 'Kirkton Primary').
_SCHOOL_NAME = re.compile(r"\b[A-Z][\w'\u2019-]*\s+(?:High|Primary|Academy|Grammar)\W*$")


#: A building named again with "the": "The 1960s block", "the concrete tower", "The 102-metre ferry",
#: "the 1980s-built vessel", "the aging 1980s stadium's" (the words after each "the", one more to see
#: whether "of" follows the noun).
_DEFINITE_NOUN = re.compile(r"\b[Tt]he\s+(?=((?:(?:\d[\d,.]*s?(?:-[a-z]+)?|[a-z-]+(?:['\u2019]s)?)\s+){0,3}[a-z-]+))")
#: The capitalised words of a name at the end of a clause ('The Coastal Wren').
_NAME_AT_END = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\W*$")


def _kind_told_with_name(clause: str, text: str, vocabulary: _Vocabulary) -> str:
    """The building noun the article sets beside the name ``clause`` gives ('the ferry Coastal Wren',
    'the Coastal Wren ferry', 'Yallambee Power Station', 'Coastal Wren, a ferry', 'regard the Coastal Wren
    as the finest ferry'), when it sets only one kind there; else ""."""
    name = _NAME_AT_END.search(re.sub(r"\s*(?:was|were|first|originally)\s*$", "", clause.rstrip(" ,")))
    if not name:
        return ""
    words = name.group(1).split()
    if words[0].lower() == "the":
        words = words[1:]
    if not words:
        return ""
    named = r"\s+".join(re.escape(w) for w in words)
    found = set()
    for m in re.finditer(rf"\b(?:[Tt]he|[Aa]n?)\s+((?:[a-z-]+\s+){{0,2}}(?!(?:of|on|at|in|near|from|by)\s)[a-z-]+)\s+{named}\b|"
                         # what the copy calls it: 'regard The Salt Road as the finest Irish canvas'
                         rf"\b{named}\s+(?:as|is|was|remains)\s+(?:a|an|the)\s+((?:[\w-]+\s+){{0,2}}[a-z-]+)\b|"
                         rf"\b{named}\s+((?:[A-Za-z-]+\s+){{0,1}}[A-Za-z-]+)\b|"
                         rf"\b{named},\s+(?:a|an|the)\s+((?:[\w-]+\s+){{0,2}}?[a-z-]+)\b", text):
        nouns = vocabulary.nouns_in(next(g for g in m.groups() if g))  # 'the trawler Morning Gull', 'Yallambee power station'
        following = re.match(r"\s+([a-z-]+)", text[m.end():])
        if nouns and following and (head := vocabulary.head(following.group(1))):
            nouns.append(head)  # 'Castlegate House, a 1960s office block': the block
        found.update(nouns[-1:])
    kinds = {vocabulary.kind_of.get(n, n) for n in found if n not in vocabulary.generic}
    return next(iter(found - vocabulary.generic)) if len(kinds) == 1 else ""


_DESIGNATION_WORDS = r"(?:No\.?|Number|Unit)\s*(\d+[A-Z]?)"
_DESIGNATION = re.compile(r"\b" + _DESIGNATION_WORDS + r"\b")


def _designation(text: str, at_start: bool = False) -> str:
    """The number that names one of several things: '4' of 'the No 4 furnace'."""
    match = _DESIGNATION.match(text.lstrip()) if at_start else _DESIGNATION.search(text)
    return match.group(1) if match else ""


#: After a decade: its noun, then the number naming the one of several ('the 1930s-era locomotive No. 640').
_DESIGNATION_AFTER_NOUN = re.compile(r"^[\w-]*\s+(?:[a-z-]+\s+){1,2}?" + _DESIGNATION_WORDS + r"\b")


def _designation_after(after: str) -> str:
    """The number naming the thing a decade is given to: before its noun ('the 1960s No 4 furnace') or
    right after it ('The 1930s-era locomotive No. 640')."""
    told = _DESIGNATION_AFTER_NOUN.match(after)
    return _designation(after, at_start=True) or (told.group(1) if told else "")


def _designation_before(before: str) -> str:
    """The number naming the thing a 'was built in' speaks of: in the clause before it ('the No 5 furnace,
    built in'), or the one before a phrase set beside it ('No. 812, a 60-ton tank engine, was built in')."""
    clauses = before.split(",")
    return _designation(clauses[-2:][0]) or (_designation(clauses[-3]) if len(clauses) > 2 else "")


#: A number naming one of several things, between a decade and its noun: 'the 1960s No 4 furnace'.
_NUMBERED = re.compile(r"^\s+" + _DESIGNATION_WORDS + r"(?=\s)")


#: Right before a decade: the noun it is set beside ('the flyover, a 1970s structure').
_APPOSED_BEFORE = re.compile(r"\b([a-z-]+),\s+(?:a|an)\s+$")


def _decade_noun(sentence, claim, vocabulary: _Vocabulary, skip: int = 0) -> str | None:
    """The building noun a decade (or a century, whose '-century' is ``skip`` characters) modifies:
    "1980s block", "1980s-built concrete tower", "this 18th-century ghat"."""
    after = _NUMBERED.sub(" ", sentence.after(claim, 60, skip), count=1)  # 'the 1960s No 4 furnace'
    if not re.match(r"[\s-]+(?:[A-Z][\w'\u2019-]*\s+){0,2}[a-z]", after):  # ('the 1920s Beaux-Arts building')
        return _noun_of_decade(sentence.before(claim, 80), vocabulary)
    words = _WORD.findall(after.lower())
    for i, word in enumerate(words[:4]):
        pair = vocabulary.noun(f"{word} {words[i + 1]}") if i + 1 < len(words) else None  # 'picture palace'
        noun = pair or vocabulary.noun(word)
        if pair:
            i += 1  # (the noun's second word is part of it)
        elif noun and i + 1 < len(words) and (head := vocabulary.head(words[i + 1])):
            noun, i = head, i + 1  # 'a 1960s office block': the block, which 'office' only says the use of
        if noun in vocabulary.generic:
            # 'the Gallow Hill flyover, a 1970s concrete structure': the generic word stands for the noun before
            apposed = _APPOSED_BEFORE.search(sentence.before(claim, 40))
            noun = vocabulary.noun(apposed.group(1)) if apposed and vocabulary.noun(apposed.group(1)) else noun
        if noun:
            # "a neighbouring 1980s block", "the 1980s building next door"
            context = sentence.before(claim, 30) + " " + " ".join(words[:i + 1])
            rest = " ".join(words[i + 1:i + 8])
            return (None if _OTHER_BUILDING.search(context) or _ELSEWHERE.search(rest)
                    or _PUT_TO_NEW_USE.search(sentence.before(claim, 30)) else noun)
    return _noun_of_decade(sentence.before(claim, 80), vocabulary)


#: Before a decade that ends its clause: the thing it is the decade of ('the finest Irish canvas of
#: the 1940s'), or what the thing is called as a work of it ('The building is a masterpiece of the 1890s').
_OF_DECADE = re.compile(r"\b([a-z-]+)\s+of\s+the\s+(?:(?:early|mid|late)[\s-]*)?$", re.I)
_WORK_OF = re.compile(r"\b([a-z-]+)\s+(?:is|was|remains)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"
                      r"(?:masterpiece|example|product|classic|gem|jewel|landmark|icon|relic)\s+of\s+the\s+"
                      r"(?:(?:early|mid|late)[\s-]*)?$", re.I)


def _noun_of_decade(before: str, vocabulary: _Vocabulary) -> str | None:
    """The building noun of a decade told after 'of the': 'canvas of the 1940s', 'The building is a
    masterpiece of the 1890s'."""
    for pattern in (_WORK_OF, _OF_DECADE):
        match = pattern.search(before)
        noun = vocabulary.noun(match.group(1)) if match else None
        if noun:
            return None if _OTHER_BUILDING.search(before[max(0, match.start() - 30):]) else noun
    return None


#: Right before a year that labels a building as the year it was built: 'the museum's 1911 building',
#: 'its 1911 Beaux-Arts building'.
_YEAR_LABEL_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her)|\w['\u2019]s)\s+$", re.I)
#: Right after the building noun of such a label: a noun that the building word only modifies ('the
#: 2019 building regulations', 'the 2019 tower fire'), which makes the year that thing's.
_LABEL_GOES_ON = re.compile(r"^[\s-]+(?:regulations?|rules?|codes?|permits?|fires?|collapses?|blaze|boom|bubble|works?|"
                            r"projects?|programmes?|programs?|plans?|sites?|costs?|budgets?|contracts?|firms?|compan(?:y|ies)|"
                            r"industry|sector|materials?|standards?|inspectors?|inspections?|control|season|trade|strike|"
                            r"survey|report|review|audit|scheme|grants?|tax|levy|loans?|sale|sales|market|prices?|"
                            r"workers?|staff|crisis|disaster|tragedy|attack|bombing|explosion|blast|flood|flooding|"
                            r"repairs?|refurbishment|renovation|upgrade|extension|expansion|redevelopment|demolition|"
                            r"design|competition|award|prize|consent|application|approval|licen[cs]e)\b", re.I)


def _year_label_noun(sentence, claim, vocabulary: _Vocabulary) -> str | None:
    """The building noun a year labels as its year of building ('the museum's 1911 building'), or None."""
    if not _YEAR_LABEL_BEFORE.search(sentence.before(claim, 20)):
        return None
    noun = _decade_noun(sentence, claim, vocabulary)
    if noun is None:
        return None
    after = sentence.after(claim, 80)
    at = re.search(rf"\b{re.escape(noun)}(?:e?s)?\b", after, re.I)
    return noun if at and not _LABEL_GOES_ON.match(after[at.end():]) else None


#: Words that count or point to a second building of a kind: "the other hospital", "both schools".
_SECOND_ONE = r"\b(?:other|another|second|both|two|three|four|several|many|all|neighbouring|rival|sister)\s+(?:[a-z-]+\s+){0,2}?"
_PROPER_NAME = r"(?:[A-Z][\w'’-]*\s+){1,4}"


def _alternation(words) -> str:
    """A regex alternation of ``words``, longest first ('blast furnace' before 'furnace')."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _one_building(text: str, kind: str, vocabulary: _Vocabulary, years: list[Built]) -> bool:
    """Does the article speak of a single building of ``kind``, up to where ``text`` ends (the
    decade's sentence: plants spoken of only after it cannot be the one it names)?

    Two statements are read as one building only then: no word counts or
    points to a second one ("the other hospital", "both schools"), at most
    one proper name of the kind ("Kell Royal Infirmary"), and a single
    construction year for it.
    """
    words = _alternation(vocabulary.words_of_kind(kind))
    if re.search(_SECOND_ONE + rf"(?:{words})(?:e?s)?\b", text, re.I):
        return False
    if len(_names_of_kind(text, kind, vocabulary)) > 1:
        return False
    return len({b.low for b in years if vocabulary.kind_of.get(b.noun) == kind}) <= 1


#: Before a name: the one the building was made or opened under, not a second building ('The Grandison, which
#: opened in 1968 as the Corporation Hotel'), or 'a', which makes a place's name a description ('a lift fell
#: down its shaft at a Thornbury hotel').
_NO_SECOND_NAME_BEFORE = re.compile(r"\b(?:opened|built|founded|completed|launched|known|began)\s+(?:in\s+\d{4}\s+)?as\s+(?:the\s+)?$|"
                                 r"\b(?:a|an)\s+$", re.I)
#: Words that open a noun phrase at a sentence's start, capitalised there but no name ('"This structure').
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my",
                "your", "each", "every", "one"}


def _names_of_kind(text: str, kind: str, vocabulary: _Vocabulary) -> set[str]:
    """The proper names the text gives buildings of ``kind``: a name is its words before the kind,
    less an owner ("Kaveri's Dharwal plant" and "the Dharwal unit" are one; 'the Penner unit' is
    another plant; 'Reactor Building 3' is a part)."""
    named = _alternation(vocabulary.words_of_kind(kind) | vocabulary.generic)
    names = {" ".join(w for w in m.group().lower().split()[:-1] if not re.search(r"['’]s?$", w))
             for m in re.finditer(_PROPER_NAME + rf"(?i:{named})\b(?!\s+\d)", text)
             if m.group()[0].isupper() and m.group().split()[0].lower() not in _DETERMINERS
             and not (m.group().split()[-1].lower() in vocabulary.generic and m.group().split()[-1][0].isupper())
             and not _NO_SECOND_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())}
    # (a generic word in capitals is a body's own name, no building's: 'the Forensic Crash Unit')
    names.discard("")
    return names


#: Right before a decade: a determiner that names a known building ('The 1960s building').
_KNOWN_BEFORE = re.compile(r"\b(?:the|this|that|its)\s+(?:[a-z]+\s+)?$", re.I)  # ('that draughty 1960s auditorium')


def _refers_back(year: Built, decade: Built, position: dict[str, int], vocabulary: _Vocabulary) -> bool:
    """Does a generic word or a word of the same kind with a decade name the building dated just
    before it ('St Brigid's National School, built in 1971, ...' and, in the next sentence, 'The
    1960s building has a flat roof'; 'The laundry building was built in 1974' and 'The 1960s
    building'; 'The Redrock Generating Station, which opened in 1967, ...' and, next, 'the
    1970s-era plant'), whatever other buildings of the kind the article speaks of?"""
    generic = decade.noun in vocabulary.generic and (year.noun not in vocabulary.generic or year.noun == decade.noun)
    same_kind = (year.noun in vocabulary.kind_of and decade.noun in vocabulary.kind_of
                 and vocabulary.kind_of[year.noun] == vocabulary.kind_of[decade.noun])
    if not ((generic or same_kind) and 0 <= position[decade.claim.id] - position[year.claim.id] <= 1
            and year.claim.start < decade.claim.start):
        return False
    # the next sentence opens on the building, then tells when it was made ('Vance planted the spruce
    # in 1968. The tree, planted in the 1980s, ...')
    opens_on_it = (year.claim.sentence_start != decade.claim.sentence_start
                   and re.match(rf"^\W*(?:the|this|that|its)\s+(?:[a-z-]+\s+)?{re.escape(decade.noun)}(?:e?s)?\b[^.;]*$",
                                decade.claim.text_before(len(decade.claim.sentence)), re.I)
                   and vocabulary.built_before.search(decade.claim.text_before(100)))
    if not opens_on_it:
        if not _KNOWN_BEFORE.search(decade.claim.text_before(20)):
            return False
        after = decade.claim.text_after(40)
        noun = re.search(rf"\b{re.escape(decade.noun)}", after, re.I)
        if not noun or re.search(r"[A-Z]", after[:noun.start()]):
            return False  # not 'the 1980s-built Penner unit'
    if same_kind and not generic:
        # no other building of the kind named in between ('The academy was built in 1993, and the
        # town's other school in 1966. The 1960s school will close.')
        if year.claim.sentence_start == decade.claim.sentence_start:
            between = year.claim.sentence[year.claim.end - year.claim.sentence_start:decade.claim.start - decade.claim.sentence_start]
        elif opens_on_it:
            between = year.claim.text_after()  # (the decade's sentence names only the building it opens on)
        else:
            between = year.claim.text_after() + " " + decade.claim.text_before(200)
        return not {vocabulary.kind_of.get(n) for n in vocabulary.nouns_in(between)} & {vocabulary.kind_of[decade.noun]}
    return True


def _article_text(audit, article_id: str, article_sentences) -> str:
    text = audit.articles[article_id].text
    return text or " ".join(s.text for s in article_sentences)


@check("year-vs-decade", params=PARAMS)
def year_vs_decade(rule, audit):
    """A construction year outside the decade the article gives the same building."""
    vocabulary = _Vocabulary(rule.params)
    by_article = sentences_by_article(audit)
    dated: dict[str, _ArticleDates] = {}
    for article_id, article_sentences in by_article.items():
        text = _article_text(audit, article_id, article_sentences)
        built: list[Built] = []     # times of construction
        described: list[Built] = []  # "the 1980s block"
        position: dict[str, int] = {}  # claim id -> index of its sentence
        for index, sentence in enumerate(article_sentences):
            for c in sentence.claims:
                position[c.id] = index
                span = period(sentence, c)  # a decade or a century ('the 1980s', 'this 18th-century ghat')
                if span is None and (c.kind != "year" or c.low is None):
                    continue
                decade = span is not None
                low, high = (span.low, span.high) if span else (int(c.low), int(c.high))
                if decade and (until := _UNTIL_DECADE_AFTER.match(sentence.after(c, 30, span.skip))):
                    high = int(until.group(1)) + 9  # ('built between the 1950s and the 1990s': the span of both)
                label = span.text if span else c.text
                if (low == high or decade) and (verb := vocabulary.built_before.search(sentence.before(c, 100))):
                    noun = _built_noun(sentence, c, text, vocabulary)
                    if noun:
                        built.append(Built(c, noun, low, high, decade,
                                           _designation_before(sentence.before(c, 80)), label,
                                           bool(_FINISHED.search(verb.group()))))
                        if original := _named_after(_ORIGINAL, sentence.after(c, 120), vocabulary):
                            # 'The station opened in 1986 and still uses all six of its original escalators'
                            built.append(Built(c, original, low, high, decade, "", label, False))
                elif decade:
                    noun = _decade_noun(sentence, c, vocabulary, span.skip)
                    if noun:
                        described.append(Built(c, noun, low, high, True,
                                               _designation_after(sentence.after(c, 40, span.skip)), label))
                elif c.low == c.high and (noun := _year_label_noun(sentence, c, vocabulary)):
                    built.append(Built(c, noun, int(c.low), int(c.high), False))  # 'the museum's 1911 building'
                if noun := _named_after(_WHEN_BUILT, sentence.after(c, 80, span.skip if span else 0), vocabulary):
                    # 'installed in the 1980s when the hotel was built': the time of the hotel's building too
                    (described if decade else built).append(Built(c, noun, low, high, decade, "", label))
        kinds = vocabulary.kinds_in(text)
        years = [b for b in built if not b.decade]
        decades = described + [b for b in built if b.decade]
        dated[article_id] = _ArticleDates(text, years, decades)
        one_dated = len({b.noun for b in years}) == 1  # (the year of one thing's building only)
        for year in years:
            for decade in decades:
                refers_back = _refers_back(year, decade, position, vocabulary)
                if not (refers_back or vocabulary.same_building(year.noun, decade.noun, kinds, one_dated)):
                    continue
                kind = vocabulary.kind_of.get(year.noun) or vocabulary.kind_of.get(decade.noun)
                numbers = year.designation, decade.designation
                if all(numbers) and numbers[0] != numbers[1]:
                    continue  # 'the No 5 furnace, built in 1988' / 'the 1960s No 4 furnace'
                if (kind and not all(numbers) and not refers_back
                        and not _one_building(text[:decade.claim.sentence_start + len(decade.claim.sentence)],
                                              kind, vocabulary, years)):
                    continue  # (the same number names one of several: 'No 4 furnace, built in 1976')
                if not _outside(year, decade) or _year_of_the_decade_beside(
                        decade, year, article_sentences[position[decade.claim.id]].claims):
                    continue
                yield _hit(year, decade)
    yield from _across_reports(audit, dated, vocabulary)


#: After a decade: the later decade of a span ('between the 1950s and the 1990s', 'from the 1950s to the 1990s').
_UNTIL_DECADE_AFTER = re.compile(r"^\s*(?:and|to|until|till|-|–)\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?(\d{3}0)s\b",
                                 re.I)


#: After the time a thing was made, in its sentence: the parts it still has, or was made with, from then ('and
#: still uses all six of its original escalators', 'opened in 1931 with its original organ'; not 'lost its
#: original stand in a fire').
_ORIGINAL = re.compile(r"^[^.;]*?\b(?:still\s+(?:uses|has|have|keeps|keep|retains|retain|runs|run)|with)\s+"
                       r"(?:all\s+)?(?:[a-z-]+\s+of\s+)?(?:its|their)\s+(?:[a-z-]+\s+)?original\s+"
                       r"((?:[a-z-]+\s+){0,2}?[a-z-]+)\b")


def _named_after(pattern: re.Pattern, after: str, vocabulary: _Vocabulary) -> str | None:
    """The last listed, not generic, noun of the words ``pattern`` takes from the start of ``after`` (its
    group 1), or None: the original parts a thing still has (``_ORIGINAL``), the building a time is the
    time of the building of (``_WHEN_BUILT``)."""
    told = pattern.match(after)
    nouns = vocabulary.nouns_in(told.group(1)) if told else []
    return nouns[-1] if nouns and nouns[-1] not in vocabulary.generic else None


#: Right after a time: the building it was put up or opened at ('in the 1980s when the hotel was built').
_WHEN_BUILT = re.compile(r"^,?\s+when\s+(?:the|its|their)\s+((?:[\w'’-]+\s+){0,2}?[\w-]+)\s+(?:was|were)\s+"
                         r"(?:first\s+)?(?:built|constructed|erected|completed|put\s+up)\b", re.I)


def _year_of_the_decade_beside(decade: Built, year: Built, sentence_claims) -> bool:
    """Does the sentence of both the year and the decade give a year inside the decade, of another deed
    ('which opened in 1911 and was electrified in 1968 as one of the country's first electric main lines
    of the 1960s')? Then the decade speaks of that deed."""
    if year.claim.sentence_start != decade.claim.sentence_start:
        return False
    return any(c.kind == "year" and c.id != year.claim.id and c.low is not None and c.low == c.high
               and decade.low <= c.low <= decade.high
               for c in sentence_claims)


def _outside(year: Built, decade: Built) -> bool:
    """Is the year of building outside the decade? A year either side is allowed (a 1979-81
    build), but not the year before for a building told as opened or completed then (one opened
    in 1889 stood before the 1890s)."""
    return not decade.low - (0 if year.finished else 1) <= year.low <= decade.high + 1


def _hit(year: Built, decade: Built) -> Hit:
    return Hit(
        claim_ids=[year.claim.id, decade.claim.id],
        fields={"year": year.claim.text, "decade": decade.label, "noun": year.noun,
                "decade_noun": decade.noun, "a_decade": with_article(decade.label)},
        suggestion=f"{'An' if year.noun[0] in 'aeiou' else 'A'} {year.noun} built in {year.claim.text} is "
                   f"{with_article(period_of(year.low, decade.label))} {year.noun}.",
    )


@dataclass
class _ArticleDates:
    """What one article says of when its buildings were put up."""

    text: str
    years: list[Built]
    decades: list[Built]


#: After a decade's noun: the place its building stands ('sea wall at Portas', 'the 1960s block in Kelby').
_PLACED_AT = re.compile(r"^[\s-]*(?:[a-z-]+\s+){0,3}?(?:at|in|on|near|outside)\s+(?!(?:"
                        + "|".join((*WEEKDAY_NAMES, *MONTH_NAMES)) + r")\b)([A-Z][\w'’-]+)")


def _one_of_several(built: Built, kind: str, vocabulary: _Vocabulary) -> bool:
    """Does the statement speak of several buildings of the kind, or of one among several ('ships
    built in the 1990s', 'halls up and down this country built in the late 1960s', 'the first
    vessel is to be delivered in 2028')?"""
    words = _alternation(vocabulary.words_of_kind(kind))
    window = f"{built.claim.text_before(80)} {built.claim.text_after(40)}"
    return bool(re.search(rf"\b(?:{words})(?:s|es)\b", window, re.I)
                or re.search(rf"\b(?:first|second|third|last|final|new|next)\s+(?:[a-z-]+\s+)?(?:{words})\b", window, re.I))


def _across_reports(audit, dated: dict[str, _ArticleDates], vocabulary: _Vocabulary):
    """A year of building in one report of a story against the decade another gives a building of
    the same kind ('the sea wall, built in 1978' / 'The 1960s sea wall'). Both reports must speak
    of one building of the kind (``_one_building``), by no two different names, with no number
    apart; the decade's report gives no year of its own for the kind, nor the year's report a
    decade (each article's own pair is read above). Generic words ('the building') are left
    alone: across articles they may be anything. One finding per decade."""
    found: set[str] = set()
    for year_article, decade_article in story_pairs(audit, [a for a, d in dated.items() if d.years],
                                                    [a for a, d in dated.items() if d.decades]):
        ours, theirs = dated[year_article], dated[decade_article]
        for year in ours.years:
            kind = vocabulary.kind_of.get(year.noun)
            if not kind or year.noun in vocabulary.generic:
                continue
            for decade in theirs.decades:
                if decade.claim.id in found or vocabulary.kind_of.get(decade.noun) != kind \
                        or decade.noun in vocabulary.generic:
                    continue
                if any(vocabulary.kind_of.get(b.noun) == kind for b in [*theirs.years, *ours.decades]):
                    continue  # (an article that dates the building itself is read on its own)
                numbers = year.designation, decade.designation
                names = _names_of_kind(ours.text, kind, vocabulary), _names_of_kind(theirs.text, kind, vocabulary)
                if any(numbers) and numbers[0] != numbers[1] or all(names) and names[0] != names[1]:
                    continue
                if _one_of_several(year, kind, vocabulary) or _one_of_several(decade, kind, vocabulary):
                    continue  # 'ships built in the 1990s', 'The first vessel is to be delivered in 2028'
                if (where := _PLACED_AT.match(decade.claim.text_after(60))) and where.group(1) not in ours.text:
                    continue  # 'The 1960s sea wall at Portas': a place the year's report does not name
                if not (_one_building(ours.text, kind, vocabulary, ours.years)
                        and _one_building(theirs.text, kind, vocabulary, theirs.years)):
                    continue
                if _outside(year, decade):
                    found.add(decade.claim.id)
                    yield _hit(year, decade)
