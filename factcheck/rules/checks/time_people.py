"""Who a phrase of one article is about: names, pronouns and role nouns resolved to people.

The age check needs to know whose age "the 58-year-old" is and whose year
of birth "Born in 1961, she ..." gives, across sentences. Copy refers to one
person in a few set ways, and only those are read here:

* by full name or surname ("Jo Orme" ... "Orme"), the names being the
  PERSON entities spaCy finds plus "Mr/Ms/Dr X";
* by a role noun tied to a name by apposition or as a title ("the curator,
  Ann Lyle," / "Ann Lyle, the curator" / "curator Ann Lyle"), when only one
  person of the article holds that role;
* by "he"/"she" (or a sentence that opens with "The 58-year-old"), taken to
  mean the most recently named person, when the sentence that names them
  names no one else.

Anything else resolves to ``None``: a check that cannot tell whose figure it
holds must stay silent. The parse runs only for articles that give both an
age and a year of birth, a small share of real copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.extract.nlp import load_nlp
from factcheck.extract.scanner import RANKS
from factcheck.track.people import TITLE_SEX

_HONORIFIC = re.compile(r"\b(?:" + "|".join(TITLE_SEX) + r")\.?\s+"
                        r"((?:[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\s+)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\b")
_SHE = re.compile(r"\b(?:" + "|".join(t for t, sex in TITLE_SEX.items() if sex == "she") + r")\.?\s+$")
_HE = re.compile(r"\b(?:" + "|".join(t for t, sex in TITLE_SEX.items() if sex == "he") + r")\.?\s+$")
#: Nouns for anyone at all: "the man, Jo Orme," ties nothing ("a 42-year-old man was arrested").
_NOT_ROLES = {"man", "woman", "boy", "girl", "person", "people", "child", "name", "friend", "family"}
_TITLES = {*TITLE_SEX, "The", "A", "An", "And", "But", "Then", "Now", "When", "After", "Before", "In", "On", "At", *RANKS}
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+")
#: A role set after a name by commas, at the end of the words before a verb: ', a reactor operator'.
_APPOSITIVE_AT_END = re.compile(r",\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}[a-z-]+"
                                r"(?:\s+(?:at|of|for|in|from|with)\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4})?\s*$")
#: How far back (characters) a pronoun may look for the person it means.
PRONOUN_REACH = 600


@dataclass
class People:
    """The people one article names and where each is mentioned."""

    text: str
    surnames: dict[str, str | None] = field(default_factory=dict)  # "orme" -> "Jo Orme" (None: two Ormes)
    full_names: dict[str, str] = field(default_factory=dict)       # "jo orme" -> "Jo Orme"
    roles: dict[str, str | None] = field(default_factory=dict)     # "curator" -> "Ann Lyle" (None: two curators)
    genders: dict[str, str] = field(default_factory=dict)          # "Ann Lyle" -> "she" when a title says so
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, person), in text order

    def name_at_end(self, before: str, position: int | None = None) -> str | None:
        """The person whose name ``before`` ends with ("... Jo Orme", "... Orme"); ``position``, where
        ``before`` ends in the text, lets a shared surname mean the one bearer named so far."""
        match = re.search(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s*$", before)
        if not match:
            return None
        return self._person_named(match.group(1).split(), _gender_of_title(before[:match.start()]), position)

    def name_at_start(self, after: str) -> str | None:
        """The person whose name ``after`` opens with ("Ann Lyle said", "Lyle said")."""
        match = re.match(r"\s*(?:(Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?([A-Z][\w'-]*)(?:\s+([A-Z][\w'-]*))?", after)
        if not match:
            return None
        return self._person_named([w for w in match.groups()[1:] if w], _gender_of_title(match.group(1) or ""))

    def _person_named(self, words: list[str], gender: str = "", position: int | None = None) -> str | None:
        """The person "Jo Orme" or "Orme" names; None for "Lisbet Orme" when only Jo Orme is known.
        A title's gender picks one of two who share the surname ("Mr Strickland", when the other
        Strickland is "his daughter, Fiona Strickland")."""
        if len(words) == 2 and " ".join(words).lower() in self.full_names:
            return self.full_names[" ".join(words).lower()]
        if len(words) == 2 and words[0] not in _TITLES:
            return None  # an unknown first name: someone who shares the surname
        if len(words) == 2 and not gender:
            gender = _gender_of_title(words[0])
        surname = words[-1].lower()
        if surname in self.surnames and self.surnames[surname] is None and gender:
            sharing = [f for f in self.full_names.values() if f.split()[-1].lower() == surname]
            fitting = [f for f in sharing if self.genders.get(f, gender) == gender]
            # (a full name before the surname alone: 'Noel Strickland' is the 'Strickland' of 'Mr Strickland')
            fitting = [f for f in fitting if len(f.split()) > 1] or fitting
            if len(fitting) == 1 and all(f in self.genders for f in sharing if f not in fitting and len(f.split()) > 1):
                return fitting[0]
        if surname in self.surnames and self.surnames[surname] is None and position is not None:
            # ('Teodor Brasca, 58, ... Brasca, who was born in 1971, ...' and only later 'Luka Brasca, 31,'):
            # the one bearer of the surname named before it
            named_before = [f for f in self.full_names.values()
                            if len(f.split()) > 1 and f.split()[-1].lower() == surname and 0 <= self.text.find(f) < position]
            if len(named_before) == 1:
                return named_before[0]
        if surname in self.surnames and self.surnames[surname] is None and len(words) == 1:
            lead = _SENTENCE_END.split(self.text.lstrip(), maxsplit=1)[0]
            bearers = [f for f in self.full_names.values() if len(f.split()) > 1 and f.split()[-1].lower() == surname]
            in_lead = [f for f in bearers if f in lead]
            if len(in_lead) == 1 and all(self._named_as_relative(f) for f in bearers if f != in_lead[0]):
                return in_lead[0]  # the one the story is about, named in its lead ('Dale Whitcombe spent ...'):
                # the surname alone is his, not his relatives' ('His wife of 48 years, Patricia Whitcombe, 69')
        return self.surnames.get(surname)

    def _named_as_relative(self, full: str) -> bool:
        """Is ``full`` first named as someone's relative ('His wife of 48 years, Patricia Whitcombe')?"""
        at = self.text.find(full)
        return at >= 0 and _RELATIVE_APPOSED_BEFORE.search(self.text[max(0, at - 50):at]) is not None

    def role(self, noun: str) -> str | None:
        """The one person the article gives the role ``noun`` ("curator"), if any."""
        noun = noun.lower()
        return self.roles.get(noun) if noun in self.roles else self.roles.get(noun.rstrip("s"))

    def antecedent(self, position: int, pronoun: str = "") -> str | None:
        """The person "he"/"she" (or "the 58-year-old") at ``position`` means: the most recently
        named one, provided the sentence that names them names no one else before ``position``."""
        earlier = [m for m in self.mentions if m[1] <= position and position - m[1] <= PRONOUN_REACH]
        if not earlier:
            return None
        person = earlier[-1][2]
        sentence_start = 0
        for match in _SENTENCE_END.finditer(self.text, 0, earlier[-1][0]):
            sentence_start = match.end()
        if any(m[2] != person for m in earlier if m[0] >= sentence_start):
            return None
        gender = self.genders.get(person)
        if pronoun.lower() in ("he", "she") and gender and gender != pronoun.lower():
            return None
        return person

    def reference_ending(self, before: str, position: int) -> str | None:
        """Who the words that end at ``position`` (``before`` is the text up to it) refer to:
        a name, "he"/"she", or "the <role>"."""
        person = self.name_at_end(before, position) or self.name_at_end(_APPOSITIVE_AT_END.sub("", before), position)
        if person:
            return person  # ('Dale Hammond, a reactor operator who was born in 1968': the apposition is his)
        pronoun = re.search(r"\b(he|she)\s*$", before, re.I)
        if pronoun:
            return self.antecedent(position - len(before) + pronoun.start(), pronoun.group(1))
        role = re.search(r"\bthe\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s*$", before)
        return self.role(role.group(1)) if role else None

    def reference_opening(self, after: str, position: int) -> str | None:
        """Who the words that open ``after`` (which starts at ``position``) refer to."""
        person = self.name_at_start(after)
        if person:
            return person
        pronoun = re.match(r"\s*(he|she)\b", after, re.I)
        if pronoun:
            return self.antecedent(position, pronoun.group(1))
        role = re.match(r"\s*the\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b", after, re.I)
        return self.role(role.group(1)) if role else None


#: Right before a name: a relative's noun and the comma of an apposition ('His wife of 48 years, ', 'her son ').
_RELATIVE_APPOSED_BEFORE = re.compile(r"\b(?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower|"
                                      r"partner|nephew|niece|grandson|granddaughter|cousin)(?:\s+[\w'\u2019-]+){0,4}?"
                                      r"\s*,?\s*$", re.I)


def _gender_of_title(before: str) -> str:
    """'he' or 'she' when ``before`` ends with a title that tells the gender ('Mr', 'Mrs'), else ''."""
    if _SHE.search(before + " "):
        return "she"
    return "he" if _HE.search(before + " ") else ""


#: A relative's noun set before a name ('his daughter, Fiona Strickland', 'her husband Tom'): the
#: person's gender.
_RELATIVE_NOUN_BEFORE = re.compile(r"\b(?:(?P<she>daughter|wife|mother|sister|widow|granddaughter|grandmother|niece|aunt)|"
                              r"(?:son|husband|father|brother|widower|grandson|grandfather|nephew|uncle))\s*,?\s*$", re.I)


def _relative_gender(text: str, full: str) -> str | None:
    """'she' or 'he' when the copy first names ``full`` as a relative ('His daughter, Fiona Strickland')."""
    relative = _RELATIVE_NOUN_BEFORE.search(text[:max(0, text.find(full))][-40:])
    return ("she" if relative.group("she") else "he") if relative else None


def _add_role(people: People, noun: str, person: str) -> None:
    noun = noun.lower()
    if noun in _NOT_ROLES or not noun.isalpha():
        return
    if people.roles.get(noun, person) != person:
        people.roles[noun] = None  # two people hold the role: it names neither
    elif noun not in people.roles:
        people.roles[noun] = person


@lru_cache(maxsize=64)
def people_of(text: str) -> People:
    """Read the people of an article's ``text`` (parsed once per text)."""
    people = People(text)
    doc = load_nlp()(text)
    named = []
    for ent in doc.ents:
        words = ent.text.split()
        while words and words[0].rstrip(".") in _TITLES:
            words = words[1:]  # NER may take the title in: "Ms Crane" is Crane, not a second person
        if ent.label_ == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words):
            full = " ".join(words[-2:])
            people.full_names.setdefault(full.lower(), full)
            named.append((people.full_names[full.lower()], ent))
    for match in _HONORIFIC.finditer(text):
        words = match.group(1).split()
        full = people.full_names.get(" ".join(words).lower()) if len(words) == 2 else None
        if full is None:
            known = [f for f in people.full_names.values() if f.split()[-1] == words[-1]]
            full = known[0] if len(known) == 1 else match.group(1)
            people.full_names.setdefault(full.lower(), full)
        if gender := _gender_of_title(text[:match.start(1)].rstrip(" ")):
            people.genders[full] = gender
    _add_first_names(people, text)
    for full in people.full_names.values():
        if full not in people.genders and len(full.split()) > 1 and (gender := _relative_gender(text, full)):
            people.genders[full] = gender
    _add_surname_speakers(people, text)
    for full in people.full_names.values():
        surname = full.split()[-1].lower()
        people.surnames[surname] = full if people.surnames.get(surname, full) == full else None
    for full, ent in named:
        _roles_around(people, ent, full)
    people.mentions = _mentions(people)
    return people


#: A given name, its letters accented or not ('Siobhán', 'Seán', 'Órla').
_GIVEN_NAME = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]+"  # (Latin-1 letters, not \u00d7 or \u00f7)


def _add_first_names(people: People, text: str) -> None:
    """Full names the parser missed, of a surname it knows: "Edda Varn" and "Lisbet Varn" beside
    "Ms Varn" are two people, so the surname alone names neither."""
    surnames = {full.split()[-1] for full in people.full_names.values()}
    for surname in surnames:
        # (not the first barrel of another surname: 'Carol Vance-Pike' is no Vance)
        for match in re.finditer(r"\b(" + _GIVEN_NAME + r")\s+" + re.escape(surname) + r"\b(?![-'\u2019][A-Za-z])", text):
            if match.group(1) not in _TITLES and match.group(1) not in surnames:
                full = match.group(0)
                people.full_names.setdefault(full.lower(), full)
    for key, full in list(people.full_names.items()):
        if len(full.split()) == 1 and sum(f.split()[-1] == full for f in people.full_names.values()) == 2:
            named = next(f for f in people.full_names.values() if f.split()[-1] == full and f != full)
            if {people.genders.get(full), _relative_gender(text, named)} == {"he", "she"}:
                continue  # "Mr Strickland" is not "his daughter, Fiona Strickland"
            del people.full_names[key]  # "Varn" from "Ms Varn" is the one "Edda Varn"
            people.full_names[key] = named


#: A surname alone opening a sentence as its speaker or subject ('Mwenda, who was born', 'Mwenda said').
_SURNAME_OPENS = r"(?:^|[.!?][\"\u201d\u2019]?\s+|\n\s*){surname}(?:,\s*(?:who|whose|\d{{1,3}},)|\s+(?:said|says|told|added))\b"


def _add_surname_speakers(people: People, text: str) -> None:
    """Full names the parser missed ('Kenya's Josphat Mwenda', read as a place), of a surname the
    article goes on to use alone as the subject of a sentence ('Mwenda, who was born in 2002')."""
    known = {full.split()[-1] for full in people.full_names.values()}
    found: dict[str, set[str]] = {}
    for match in re.finditer(r"\b(" + _GIVEN_NAME + r")\s+([A-Z][a-z]{2,})\b(?![-'\u2019\w]| [A-Z])", text):
        first, surname = match.groups()
        if first in _TITLES or surname in _TITLES or surname in known:
            continue
        if re.search(r"\b[A-Z][\w-]*(?<![\'\u2019]s)\s+$", text[max(0, match.start() - 30):match.start()]):
            continue  # the end of a longer name ('Port Alder General Hospital'), not "Kenya's Josphat Mwenda"
        found.setdefault(surname, set()).add(match.group(0))
    for surname, fulls in found.items():
        if len(fulls) == 1 and re.search(_SURNAME_OPENS.format(surname=re.escape(surname)), text):
            full = next(iter(fulls))
            people.full_names.setdefault(full.lower(), full)


def _roles_around(people: People, ent, full: str) -> None:
    """Role nouns the parse ties to a name: apposition either way, or a title before it."""
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        _add_role(people, root.head.lemma_, full)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            _add_role(people, child.lemma_, full)
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < ent.start:
            _add_role(people, child.lemma_, full)
    # "the curator, Ann Lyle," read by words, whatever the parse made of it
    match = re.search(r"\bthe\s+(?:[a-z]+\s+){0,2}?([a-z]+),\s*$", people.text[:ent.start_char])
    if match:
        _add_role(people, match.group(1), full)


def _mentions(people: People) -> list[tuple[int, int, str]]:
    """Every place a known person is named, by full name or (unambiguous) surname."""
    found: dict[int, tuple[int, int, str]] = {}
    for full in people.full_names.values():
        for match in re.finditer(r"\b" + re.escape(full) + r"\b", people.text):
            found[match.start()] = (match.start(), match.end(), full)
    taken = [(s, e) for s, e, _ in found.values()]
    for full in people.surnames.values():
        if full is None:
            continue
        for match in re.finditer(r"\b" + re.escape(full.split()[-1]) + r"\b", people.text):
            if not any(s <= match.start() < e for s, e in taken):
                found[match.start()] = (match.start(), match.end(), full)
    return sorted(found.values())
