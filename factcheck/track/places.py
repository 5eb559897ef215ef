"""Where a claim happened, as far as the copy says."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pycountry

from factcheck.model import Article, Claim
from factcheck.timewords import MONTH_NAMES, WEEKDAY_NAMES
from factcheck.track.names import NameFinder, NameMatch

EVERYWHERE = "(everywhere)"
#: A name tells a story apart when at most this many articles, or this share of the audit's
#: articles, repeat it (``Places.same_story``).
STORY_NAME_MIN_SPAN = 8
STORY_NAME_SHARE = 0.01
#: Words that make a figure a total over every place, not one place's figure.
_WHOLE_SCOPE = re.compile(r"\b(?:worldwide|globally|nationwide|altogether|in total|across the (?:world|country))\b",
                          re.I)

#: After a place's name: more of a longer name ('Kilbrack District Court', 'Halden Textiles'): the
#: name of an organisation that opens with the place, not the place.
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
#: After a place's name: the next word, in capitals ('U.S. Army'): a body's name may go on with it.
_NEXT_NAME_WORD = re.compile(r"\s+([A-Z][\w.'-]*)")
#: Before a name: an article ("the Halden textile plant"); after it: a content word in lower case.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


#: Nouns of someone's role in an organisation, set after its name with no article ('Tri-County owner
#: Martin Kreel', 'Halden chief executive Ann Roe').
_ROLE_NOUNS = {"owner", "founder", "co-founder", "boss", "chief", "chairman", "chairwoman", "chair", "director",
               "spokesman", "spokeswoman", "spokesperson", "executive", "manager", "employee", "employees",
               "staff", "workers", "president", "shareholders", "shareholder", "lawyer", "lawyers"}


def _attributive(text: str, start: int, end: int, headline: bool = False) -> bool:
    """Is the name at text[start:end] used like an adjective ('the Halden textile plant'), not as
    a place ('in Halden on Tuesday', 'Port Selden grew')?"""
    from spacy.lang.en.stop_words import STOP_WORDS

    match = _NEXT_WORD.match(text, end)
    if match and match.group(1) in _ROLE_NOUNS:
        return True  # 'from Tri-County owner Martin Kreel': the firm's owner
    if not headline and not _ARTICLE_BEFORE.search(text[max(0, start - 5):start]):
        return False
    return bool(match) and match.group(1) not in STOP_WORDS


#: Common nouns NER sometimes tags as a place ("for City", "the Capital"), and holidays: never a place's name.
_NOT_PLACE_NAMES = {"city", "town", "country", "state", "region", "capital", "island", "coast", "county",
                    "north", "south", "east", "west", "the city", "the town", "the country", "the capital",
                    # holidays NER takes for places ('over the Easter holiday')
                    "easter", "christmas", "new year", "ramadan", "diwali", "hanukkah", "thanksgiving", "eid"}


#: The last word of an event's name of two words or more, which NER may tag as a place ('the Far North Coast Branch
#: Championships'): when, not where (not a town named so alone: 'Derby').
_EVENT_NAME = re.compile(r"\S\s+(?:championships?|cup|games|olympics|festival|carnival|marathon|tournament|regatta|derby|"
                         r"awards|conference|summit|expo|grand prix)$")


#: Words that call a name a region: "the Brenmoor region", "the province of Carrow".
_REGION_WORDS = r"region|province|state|county|oblast|governorate|prefecture|territory|republic"
_REGION_AFTER = re.compile(rf"\s+(?:{_REGION_WORDS})\b", re.I)
_REGION_OF_BEFORE = re.compile(rf"\b(?:{_REGION_WORDS})\s+of\s+$", re.I)


def _countries() -> set[str]:
    names = set()
    for country in pycountry.countries:
        names |= {getattr(country, attr).lower() for attr in ("name", "common_name", "official_name")
                  if hasattr(country, attr)}
    return names


#: Names copy uses for countries that pycountry does not hold (or holds under another name), and the
#: four nations of the United Kingdom.
_COUNTRY_NAMES = {"britain", "great britain", "uk", "u.k.", "england", "scotland", "wales", "northern ireland",
                  "us", "u.s.", "usa", "u.s.a.", "america", "russia", "turkey", "holland", "the netherlands",
                  "ivory coast", "palestine", "kosovo", "macedonia", "burma", "the uk", "the us"}
COUNTRIES = frozenset(_countries() | _COUNTRY_NAMES)
#: The states and provinces a dateline puts a town in after a comma ('CRESTHAVEN, Minn.', 'Red Deer, Alberta'): the
#: names of the United States', Canada's and Australia's, and the news agencies' abbreviations of the American ones.
_STATE_ABBREVIATIONS = {"ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.",
                        "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.",
                        "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.",
                        "vt.", "va.", "wash.", "w.va.", "wis.", "wyo."}
STATES = frozenset({sub.name.lower() for code in ("US", "CA", "AU") for sub in pycountry.subdivisions.get(country_code=code)}
                   | _STATE_ABBREVIATIONS)
#: Words for a people that are not made from their country's name by an ending.
_DEMONYMS = frozenset({"american", "americans", "british", "britons", "english", "scottish", "scots", "welsh", "irish",
                       "french", "dutch", "swiss", "greek", "greeks", "spanish", "thai", "turkish", "danish", "swedish",
                       "swedes", "finnish", "polish", "poles", "norwegian", "norwegians", "kiwi", "kiwis", "filipino",
                       "filipinos", "argentine", "argentinian", "russian", "russians", "european", "europeans",
                       "african", "africans", "asian", "asians", "arab", "arabs", "emirati", "saudi", "saudis",
                       "korean", "koreans", "vietnamese", "iranian", "iranians", "syrian", "syrians", "bolivian",
                       "venezuelan", "czech", "slovak", "bosnian", "serb", "serbs", "croat", "croats", "moldovan",
                       "tanzanian", "congolese", "lao", "burmese"})
#: Endings that make a people's word of a country's name ('Australian', 'Sudanese', 'Pakistani').
_DEMONYM_ENDING = re.compile(r"(?:ans?|ese|ish|i|ers)$")


@lru_cache(maxsize=65536)
def is_demonym(name: str) -> bool:
    """Is the name a people's ('Australian', 'Kenyans', 'British')? It tells no story apart: two stories
    of one country's people share it."""
    word = name.lower()
    if word in _DEMONYMS:
        return True
    if " " in word or not _DEMONYM_ENDING.search(word) or word in COUNTRIES:
        return False
    return any(len(country) >= 4 and " " not in country
               and word.startswith(country[:max(4, len(country) - 2)]) for country in COUNTRIES)


#: Continents and parts of the world: a figure placed only there may be anywhere in them.
CONTINENTS = frozenset({"africa", "antarctica", "asia", "europe", "north america", "south america", "oceania",
                        "australasia", "latin america", "the americas", "central america", "the middle east",
                        "middle east", "south-east asia", "southeast asia", "south asia", "east asia",
                        "central asia", "west africa", "east africa", "southern africa", "north africa",
                        "the caribbean", "scandinavia", "the balkans"})


#: A river's name: 'the river tavish', 'tavish river'.
_RIVER = re.compile(r"^(?:the\s+)?(?:river\s+\S.*|\S.*\s+river)$")
#: Around a place's name in the copy: it is a river's ('the Rudravati River', 'the River Tavish').
_RIVER_AFTER = re.compile(r"\s+River\b")
_RIVER_BEFORE = re.compile(r"\bRiver\s+$")


#: The last word of a place's name that says what kind of area it is: 'the Tallagandra Ranges'.
_AREA_KINDS = {"ranges", "range", "hills", "mountains", "mountain", "shire", "county", "district", "valley",
               "plains", "forest", "national park", "park", "coast", "peninsula", "highlands", "lowlands",
               "basin", "estuary", "bay", "lakes", "islands", "heights", "creek", "river", "gorge", "moors", "moor",
               "pass"}


def _core(place: str) -> str:
    """A place's name without its article and the word for its kind of area ('sarpdhar' of 'the
    Sarpdhar Pass'): copy names the one place both ways."""
    words = re.sub(r"^the\s+", "", place).split()
    core = " ".join(words[:-1]) if len(words) > 1 and words[-1] in _AREA_KINDS else " ".join(words)
    return _ONE_COUNTRY.get(core, core)


#: Names copy gives one country in other words ('the United States' / 'the U.S.').
_ONE_COUNTRY = {name: "united states" for name in ("us", "u.s.", "usa", "u.s.a.", "america", "united states of america")} | {
    name: "united kingdom" for name in ("uk", "u.k.", "britain", "great britain")}


def _written_in(place: str, text: str) -> bool:
    """Does ``text`` write the place's name, with or without its article ('the Hollin Marathon' as
    "last Sunday's Hollin Marathon")?"""
    name = re.sub(r"^the\s+", "", place, flags=re.I)
    return bool(name) and bool(re.search(rf"\b{re.escape(name)}\b", text, re.I))


def _named_by_core(place: str, text: str) -> bool:
    """Does ``text`` name the area ``place`` by the proper word(s) before its kind ('Tallagandra' of
    'the Tallagandra Ranges'), written with its capital?"""
    words = re.sub(r"^the\s+", "", place, flags=re.I).split()
    if len(words) < 2 or words[-1].lower() not in _AREA_KINDS or len(words[0]) < 4:
        return False
    core = " ".join(w[:1].upper() + w[1:] for w in words[:-1])
    return bool(re.search(rf"\b{re.escape(core)}\b", text))


#: Before a place: it is named only to measure from ('22 miles north of Ridgeline', '40km from Ostrel'),
#: as extraction leaves such places out of a claim's own.
_MEASURED_FROM_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?|miles?|km|kilometres?|kilometers?|"
                                   r"metres?|meters?|yards?|feet|away)\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def _names_its_subject(place: str, claim: Claim) -> bool:
    """Is the 'place' the name of the figure's own thing ('the 32-storey Weaver's Quay tower', where
    NER reads 'Quay' as a place), its words the subject's narrowing words?"""
    words = place.split()
    return bool(words) and set(words) <= set(claim.subject_modifiers)


def _only_measured_from(place: str, sentence: str) -> bool:
    """Is the place named in the sentence only to measure a distance from ('Pinecrest, a city of
    about 84,000, is 22 miles north of Ridgeline')? Then it is not the place whose population the
    sentence gives (where an event took place may be so told: 'a dawn flight about 140km west of
    Port Ellery')."""
    spots = [m.start() for m in re.finditer(rf"\b{re.escape(place)}\b", sentence, re.I)]
    return bool(spots) and all(_MEASURED_FROM_BEFORE.search(sentence[max(0, at - 40):at]) for at in spots)


#: A part of a country named by its quarter: 'western ireland', 'northern india', 'south-east england'.
_PART_OF_A_COUNTRY = re.compile(r"^(?:north|south|east|west|central|mid)(?:ern)?(?:[\s-](?:north|south|east|west)(?:ern)?)?"
                                r"\s+(.+)$")


class Places:
    """Where each claim happened, as far as the copy says.

    NER tags a place in some sentences and misses it (or calls it a person)
    in others, so every name tagged as a place anywhere in the audit counts
    as a place everywhere. A claim takes the places NER tied to its clause
    and the names its sentence puts after "in", "at" or "near" (NER reads
    'wounded in Hesk' as a person at times), failing that the known places
    named in its sentence (``of``). Its
    article's home place (the place the article names most often, its
    dateline city as a rule) stands in for a claim that names none
    (``home_of``).

    Regions (countries, and names the copy calls a region, province or
    state) contain places: a claim in "the Brenmoor region" and one in the
    town of Halvik agree when some claim of the audit names both Brenmoor
    and Halvik. Two towns in one region still differ (``agree``).

    A place name that also opens an organisation's name somewhere in the
    audit ("Halden" of "Halden Textiles") and stands before a common noun in
    the claim's sentence ("the Halden textile plant") names the thing, not
    where the figure happened: it is not one of that claim's places.
    """

    def __init__(self, claims: list[Claim], articles: dict[str, Article]):
        names = {_name(p) for c in claims for p in c.places} - _NOT_PLACE_NAMES
        self._org_openings = {opening for c in claims for e in c.entities if e not in c.places
                              for opening in _openings(e)} & names
        # ... and countries that open a national body's name after 'the' ('the U.S. Army Corps of Engineers'
        # builds a town's sea wall: the country is not where the wall is)
        self._titled_openings: dict[str, set[str]] = {}  # opening -> the words its names go on with
        for e in {e for c in claims for e in c.entities if e not in c.places and e.lower().startswith("the ")}:
            words = e.lower().split()[1:]
            for n, opening in enumerate(_openings(" ".join(words)), start=1):
                if opening in names and opening in COUNTRIES:
                    self._titled_openings.setdefault(opening, set()).add(words[n])
        self._places = NameFinder(names)
        self._home: dict[str, str | None] = {}
        self._setting: dict[str, frozenset[str]] = {}
        self._articles = articles
        known = {e.lower() for c in claims for e in c.entities if len(e) > 3 and not is_demonym(e)} - names
        self._names = NameFinder(known)
        called, inside, near, rivers = self._read_copy(articles)
        self._near = near  # places the copy puts near another ('Hollinsford, near Wexcombe')
        self._rivers = rivers  # places the copy calls a river somewhere ('the Rudravati River' / 'from the Rudravati')
        self._regions = (names & COUNTRIES) | called
        self._topics: dict[str, frozenset[str]] = {}
        self._story_names: dict[str, frozenset[str]] = {}
        self._signatures: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._story_frequency: Counter | None = None
        self._containers: dict[str, set[str]] = {}
        self._learned: set[str] = set()  # places the copy names as holding another ('in Stannerton')
        # names the lead puts after 'in', 'at' or 'near' that NER took for an organisation ('in Co Ardmoyle')
        self._lead_located: dict[str, set[str]] = {}
        lead_starts = {a.id: len(a.text) - len(a.text.lstrip()) for a in articles.values()}
        for claim in claims:
            if claim.sentence_start == lead_starts.get(claim.article_id):
                self._lead_located.setdefault(claim.article_id, set()).update(
                    _name(e) for e in _located(claim) if _name(e) not in _NOT_PLACE_NAMES)
        for claim in claims:
            named = {_name(p) for p in claim.places}
            for region in named & self._regions:
                for place in named - {region} - COUNTRIES:  # two countries in one sentence: neither holds the other
                    self._containers.setdefault(place, set()).add(region)
        for place, holder in inside:
            self._containers.setdefault(place, set()).add(holder)
            self._learned.add(holder)

    def _read_copy(self, articles: dict[str, Article]) -> tuple[set[str], set[tuple[str, str]], dict[str, set[str]],
                                                                set[str]]:
        """One pass over the articles' text for what the copy says of its places: the places it
        calls a region ('the Kherson region', 'the province of Halvik') or a river ('the gorge of
        the Rudravati River'), and (place, holder) for
        the places it puts in another ('the fire at Ashgrove Heights in Stannerton'; 'Hobbeck,
        near Lower Ellersby' is no such thing: only 'A in B' or 'A on B' with B a known place and A a
        known place or another name, 'Foxglove Court on Tanner Street', counts), or in
        a country by a comma, as datelines do ('NANDIPUR, India, Sept 10'); and, apart, the places
        it puts near another ('at Hollinsford, near Wexcombe': place -> the places it is near)."""
        regions: set[str] = set()
        rivers: set[str] = set()
        inside: set[tuple[str, str]] = set()
        near: dict[str, set[str]] = {}
        for article in articles.values():
            text = article.text
            for match in self._places.finditer(text):
                if _REGION_AFTER.match(text, match.end) or _REGION_OF_BEFORE.search(text, max(0, match.start - 40), match.start):
                    regions.add(match.name)
                if _RIVER_AFTER.match(text, match.end) or _RIVER_BEFORE.search(text, max(0, match.start - 8), match.start):
                    rivers.add(match.name)
                elif _RIVER.match(match.name):  # 'the Rudravati River' known as one name: 'the Rudravati' is it too
                    rivers.add(re.sub(r"^(?:the\s+)?(?:river\s+)?|\s+river$", "", match.name))
                in_country = _COMMA_NAME.match(text, match.end)
                holder = in_country.group(1).lower() if in_country else ""
                holder = holder + "." if holder + "." in STATES and text.startswith(".", in_country.end()) else holder
                if holder in COUNTRIES | STATES and match.name not in COUNTRIES:
                    inside.add((match.name, holder))  # 'NANDIPUR, India, Sept 10 (Wire)',
                    # 'CRESTHAVEN, Minn. (Bristlecone)'
                near_by = _NEAR_PLACE.match(text, match.end)
                if near_by:
                    beside = next(self._places.finditer(text[near_by.end():near_by.end() + 60]), None)
                    if beside is not None and beside.start == 0 and beside.name != match.name:
                        near.setdefault(match.name, set()).add(beside.name)  # 'at Hollinsford, near Wexcombe'
                if (holder := self._holder_after(text, match)) is not None:
                    inside.add((match.name, holder))
            for match in self._names.finditer(text):  # a site NER calls an organisation ('Foxglove Court')
                if (holder := self._holder_after(text, match)) is not None:
                    inside.add((match.name, holder))
        return regions, inside, near, rivers

    def _holder_after(self, text: str, match: NameMatch) -> str | None:
        """The known place right after a name and 'in' or 'on' ('Ashgrove Heights in Stannerton')."""
        within = _IN_PLACE.match(text, match.end)
        if not within:
            return None
        outer = next(self._places.finditer(text[within.end():within.end() + 60]), None)
        return outer.name if outer is not None and outer.start == 0 and outer.name != match.name else None

    def nested(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Does the copy put a local place of one set inside a local place of the other ('the fire
        at Ashgrove Heights in Stannerton')? Countries and regions are left out: a city's toll is
        not the country's."""
        a, b = self.local(a), self.local(b)
        return any(c in b and c in self._learned for p in a for c in self._containers.get(p, ())) or \
            any(c in a and c in self._learned for p in b for c in self._containers.get(p, ()))

    def _is_river(self, place: str) -> bool:
        return bool(_RIVER.match(place)) or place in self._rivers

    def agree(self, a: frozenset[str], b: frozenset[str], country_wide: bool = False) -> bool:
        """Could figures placed in ``a`` and ``b`` be about one place? (Either unknown: yes.)
        With ``country_wide`` (one event's toll told across articles), a country agrees with any
        local place the copy does not put in another country."""
        if not a or not b or a & b or {_core(p) for p in a} & {_core(p) for p in b}:
            return True  # (one place named with and without its kind: 'the Sarpdhar Pass' / 'below the Sarpdhar ghat')
        if (a <= CONTINENTS) != (b <= CONTINENTS):
            return True  # 'one of the best places in North America' says nothing against 'in Calder County'
        if country_wide and (all(self._is_river(p) for p in a) or all(self._is_river(p) for p in b)):
            return True  # 'forced from their homes after the River Tavish burst its banks': a river runs by many places
        if country_wide and (a <= COUNTRIES) != (b <= COUNTRIES):
            # 'a crush that killed 21 people in India' says nothing against 'at Ramkund ghat', unless
            # the copy puts the local place in another country (only for a toll: a name NER takes for
            # a place, 'Howl', would otherwise join any two figures of a film told in one country)
            country, local = (a, b) if a <= COUNTRIES else (b, a)
            held_in = {r for p in local for r in self._containers.get(p, ())} & COUNTRIES
            if not local & COUNTRIES and (not held_in or held_in & country):
                return True
        if any(x.startswith(y + " ") or y.startswith(x + " ") for x in a for y in b):
            return True  # 'Coolabri Base Hospital' is in Coolabri
        a_in = {r for p in a for r in self._containers.get(p, ())}
        b_in = {r for p in b for r in self._containers.get(p, ())}
        holders = self._regions | self._learned
        return bool((a & holders & b_in) or (b & holders & a_in))

    def near_agree(self, a: Claim, a_places: frozenset[str], b: Claim, b_places: frozenset[str]) -> bool:
        """Does one claim's sentence put its figure only near a place ('eleven people were arrested at
        the march near Wexcombe') that the copy puts the other's place near ('a terminal at
        Hollinsford, near Wexcombe')? Somewhere near a town says nothing against a village by it."""
        return any(q in self._near.get(p, ()) and re.search(rf"\bnear\s+(?:the\s+)?{re.escape(q)}\b", other.sentence, re.I)
                   for one, other, ones, others in ((a, b, a_places, b_places), (b, a, b_places, a_places))
                   for p in ones for q in others)

    def homes_meet(self, a: frozenset[str], b: frozenset[str]) -> bool:
        """Are two articles at home in one local place ('Shannagh' and 'Shannagh Airport')?"""
        a, b = self.local(a), self.local(b)
        return bool(a & b) or any(x.startswith(y + " ") or y.startswith(x + " ") for x in a for y in b)

    def settings_meet(self, a: Claim, b: Claim) -> bool:
        """Are the two claims' articles set in one local place: a town or site in the home,
        headline or lead of both ('TIRUMAL, India (Anchorline) -' / 'HOSUR (TIRUMAL):')?"""
        return bool(self.local(self.setting(a.article_id)) & self.local(self.setting(b.article_id)))

    def local(self, names: frozenset[str]) -> frozenset[str]:
        """The names that are not countries or regions: a town, a district, a site."""
        return frozenset(n for n in names - self._regions - COUNTRIES if not _PART_OF_A_COUNTRY.match(n)
                         or _PART_OF_A_COUNTRY.match(n).group(1) not in COUNTRIES)

    def _named(self, text: str, headline: bool = False, in_sentence: bool = False) -> list[str]:
        """Known places named in ``text``, leaving out names of things ('the Halden textile plant';
        in a headline, which drops its articles, 'Halden plant to stay shut'; in a claim's sentence,
        also the opening of a longer name, 'before Kilbrack District Court')."""
        return [m.name for m in self._places.finditer(text)
                if not (m.name in self._org_openings and (_attributive(text, m.start, m.end, headline)
                                                          or (in_sentence and _NAME_GOES_ON.match(text, m.end))))
                and not (in_sentence and self._opens_a_titled_name(m.name, text, m.end))]

    def _opens_a_titled_name(self, place: str, text: str, end: int) -> bool:
        """Does the country open, at ``end`` of ``text``, the name of a body the audit gives after 'the'
        ('by the U.S. Army Corps of Engineers'; not 'the U.S. Virgin Islands' unless the audit names
        a body that so goes on)?"""
        match = _NEXT_NAME_WORD.match(text, end)
        return bool(match) and match.group(1).lower() in self._titled_openings.get(place, ())

    def home(self, article_id: str) -> str | None:
        """The place the article names most often."""
        if article_id not in self._home:
            article = self._articles.get(article_id)
            counts = (Counter(self._named(article.title or "", headline=True) + self._named(article.text))
                      if article else Counter())
            self._home[article_id] = counts.most_common(1)[0][0] if counts else None
        return self._home[article_id]

    def article_text(self, article_id: str) -> str:
        article = self._articles.get(article_id)
        return article.text if article is not None else ""

    def all_named_in(self, places: frozenset[str], article_id: str) -> bool:
        """Does the article name every one of ``places`` somewhere in its text, by its own name ('the
        Hollin Marathon' as 'last Sunday's Hollin Marathon'; 'the Tallagandra Ranges' by 'Tallagandra',
        as in 'Tallagandra Shire': one area's name)?"""
        article = self._articles.get(article_id)
        return article is not None and all(_written_in(place, article.text) or _named_by_core(place, article.text)
                                           for place in places)

    def setting_named_in(self, a: Claim, b: Claim) -> bool:
        """Does either claim's article name a town, site or event the other is set in ('last Sunday's
        Bellwood Marathon' in a digest item, of a report set at the Bellwood Marathon)?"""
        return any(_written_in(name, self.article_text(other.article_id))
                   for one, other in ((a, b), (b, a)) for name in self.local(self.setting(one.article_id)))

    def setting(self, article_id: str) -> frozenset[str]:
        """Where the article's figures that name no place happen: its home, and the places of its
        headline and its first sentence ('fire raced up a 22-storey tower block in Stannerton'
        in a story that names the tower, Ashgrove Heights, more often than the town; 'in Co
        Ardmoyle', which NER took for an organisation)."""
        if article_id not in self._setting:
            article = self._articles.get(article_id)
            home = self.home(article_id)
            places = {home} if home else set()
            if article is not None:
                places |= set(self._named(article.title or "", headline=True))
                places |= set(self._named(_FIRST_SENTENCE.match(article.text.lstrip()).group()))
            places |= self._lead_located.get(article_id, set())
            self._setting[article_id] = frozenset(places)
        return self._setting[article_id]

    def topics_of(self, claim: Claim) -> frozenset[str]:
        """The people, organisations and events its article is about: the names in its title and
        those it repeats ('Storm Idris'), which anchor a figure whose own sentence names none."""
        article_id = claim.article_id
        if article_id not in self._topics:
            article = self._articles.get(article_id)
            if article is None or not self._names:
                self._topics[article_id] = frozenset()
            else:
                in_title = {m.name for m in self._names.finditer(article.title or "")}
                counts = Counter(m.name for m in self._names.finditer(article.text))
                self._topics[article_id] = frozenset(in_title | {n for n, k in counts.items() if k >= 2})
        return self._topics[article_id]

    def story_names_of(self, claim: Claim) -> frozenset[str]:
        """Capitalised words its article repeats (``repeated_names``): the small places of a
        story NER misses ('the Tarrow floods')."""
        return self._story_names_by_id(claim.article_id)

    def same_story(self, a: Claim, b: Claim) -> bool:
        """Do the two claims' articles tell one story? Each gives at least two of the names the
        other is about (``story_signature``) that few articles of the audit are about: 'Marrick'
        and 'Carradine' in two reports of one refinery strike, not 'London' in two stories of a
        national paper."""
        return self.articles_tell_one_story(a.article_id, b.article_id)

    def articles_tell_one_story(self, a_id: str, b_id: str) -> bool:
        """``same_story`` for two articles by their ids."""
        if self._story_frequency is None:
            self._story_frequency = Counter(name for article_id in self._articles for name in self._signature(article_id)[0])
        (a_about, a_names), (b_about, b_names) = self._signature(a_id), self._signature(b_id)
        shared = a_about & b_names | b_about & a_names
        rare = max(STORY_NAME_MIN_SPAN, STORY_NAME_SHARE * len(self._articles))
        return sum(1 for name in shared if self._story_frequency[name] <= rare) >= 2

    def rare_names_about(self, article_id: str) -> frozenset[str]:
        """The names an article is about (``story_signature``: its headline's, or given twice) that
        few articles of the audit are about: two articles sharing one are about one name ('Marenza'
        in two reports of its tsunami), a looser test than ``articles_tell_one_story``, enough when
        the figures compared also name one thing."""
        if self._story_frequency is None:
            self._story_frequency = Counter(name for article_id in self._articles for name in self._signature(article_id)[0])
        rare = max(STORY_NAME_MIN_SPAN, STORY_NAME_SHARE * len(self._articles))
        return frozenset(name for name in self._signature(article_id)[0] if self._story_frequency[name] <= rare)

    def _story_names_by_id(self, article_id: str) -> frozenset[str]:
        if article_id not in self._story_names:
            article = self._articles.get(article_id)
            self._story_names[article_id] = repeated_names(article.text) if article else frozenset()
        return self._story_names[article_id]

    def _signature(self, article_id: str) -> tuple[frozenset[str], frozenset[str]]:
        if article_id not in self._signatures:
            article = self._articles.get(article_id)
            self._signatures[article_id] = story_signature(article) if article else (frozenset(), frozenset())
        return self._signatures[article_id]

    def of(self, claim: Claim) -> frozenset[str]:
        if _WHOLE_SCOPE.search(claim.sentence):
            return frozenset({EVERYWHERE})  # 'sold 20 million copies worldwide', 'altogether'
        located = _located(claim)
        if claim.places or located:
            found = frozenset(_name(p) for p in [*claim.places, *located]
                              if _name(p) not in _NOT_PLACE_NAMES and not _EVENT_NAME.search(_name(p))
                              and not self._names_a_thing(_name(p), claim.sentence)
                              and not _not_where_it_happened(p, claim.sentence) and not _names_its_subject(_name(p), claim))
        else:
            found = frozenset(n for n in self._named(claim.sentence, in_sentence=True)
                              if not _not_where_it_happened(n, claim.sentence)
                              and not (claim.subject == "population" and _only_measured_from(n, claim.sentence)))
        return found - _landmarks(found, claim.sentence) - _in_a_part_after(found, claim)

    def home_of(self, claim: Claim) -> frozenset[str]:
        home = self.home(claim.article_id)
        return frozenset({home}) if home else frozenset()

    def _names_a_thing(self, place: str, sentence: str) -> bool:
        """'the Halden textile plant' when Halden Textiles is a company of the audit."""
        return place in self._org_openings and any(
            _attributive(sentence, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(place)}\b", sentence, re.I))


#: Before a place: where people live or come from, not where the figure happened
#: ("eleven miners were killed, including four who lived in Oakhythe").
_HOME_OF_PEOPLE_BEFORE = re.compile(
    r"\b(?:lived|lives|live|living|born|grew up|raised|resident|residents|natives?|hailed|hails)\s+(?:in|at|near)\s+$|"
    r"(?-i:\b[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}),\s+(?:\d{1,3},\s+)?(?:from|of)\s+$",
    re.I)  # (or a person's home town, set off after the name: 'included Bridget Cawley, from Lisduff')


#: Around a place: a person it is the home of ('include a Brookdale, Minn., man accused of ...').
_A_BEFORE = re.compile(r"\ban?\s+(?:(?-i:[A-Z])[\w.'-]*,\s+)?$", re.I)
_PERSON_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*)?,?\s+(?:man|woman|boy|girl|teenager|teen|youth|pensioner|resident|native|"
                           r"couple|family|mother|father|businessman|businesswoman|driver|student|farmer)\b")


#: Between a place and the place that holds it: "Ashgrove Heights in Stannerton", "Foxglove Court on
#: Tanner Street"; "Hobbeck, in the Tarrow valley" is left out (a comma may start a list).
_IN_PLACE = re.compile(r"\s+(?:in|on)\s+(?:the\s+)?")
#: Between a place and a place it is near: "Hollinsford, near Wexcombe", "the site near Wexcombe".
_NEAR_PLACE = re.compile(r",?\s+near\s+(?:the\s+)?")
#: After a place: a comma and a name ('Nandipur, India'), a country when it is one.
_COMMA_NAME = re.compile(r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\b")
#: The first sentence of an article (its lead), up to 400 characters.
_FIRST_SENTENCE = re.compile(r"[^\n]{0,400}?(?:[.!?](?=\s|$)|\n|$)")


def _located(claim: Claim) -> list[str]:
    """Names the claim's sentence puts after 'in', 'at', 'near' or 'outside', which NER may have
    taken for a person or an organisation ('wounded in Hesk', 'in Co Ardmoyle')."""
    return [e for e in claim.entities if re.search(rf"\b(?:in|at|near|outside)\s+{re.escape(e)}\b", claim.sentence)]


#: The opening of a sentence that names a whole to tell of a part of it ('Of the 11 hospitalized patients, one').
_OF_THE_WHOLE = re.compile(r"^\W*Of\s+(?:the|its|their|these|those|all)\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _in_a_part_after(places: frozenset[str], claim: Claim) -> set[str]:
    """Places the sentence names only in a part it singles out after the figure ('visited the 212-room hotel
    ..., including about 60 members of a Galway golf society', 'attended by 260 guests, many of whom travelled
    from Dublin'; 'Of the 11 patients, one remains at Harlan Regional'): where some of them came from or are."""
    at = claim.end - claim.sentence_start
    if _OF_THE_WHOLE.match(claim.sentence[:claim.start - claim.sentence_start]) and (
            comma := claim.sentence.find(",", at)) >= 0:
        # 'Of the 11 hospitalized patients, Harte said, one ... remains in serious condition at Harlan Regional
        # Medical Center': where the part is, not the whole
        return {p for p in places if (first := claim.sentence.lower().find(p)) >= 0 and first > comma}
    including = re.search(r",\s+(?:including|among them|among whom|(?:many|most|some|all|several|half|one|two|three|a few|"
                          r"a number|a third|a quarter|dozens|hundreds)\s+of\s+(?:whom|them|which))\b", claim.sentence[at:], re.I)
    if including is None:
        return set()
    opens = at + including.end()
    # the part runs to the clause that goes on after it ('a bus carrying 52 passengers, most of them pilgrims,
    # plunged off a mountain road in northern India'), not past a list of places ('from Dublin, Galway and the UK')
    goes_on = (re.compile(r",\s+(?![A-Z]|and\b|or\b)") if including.group().lower().endswith(("whom", "which"))
               else re.compile(r",\s")).search(claim.sentence, opens)  # ('including 33 children, Calder County
    # officials said': a part named by a noun ends at its comma)
    ends = goes_on.start() if goes_on else len(claim.sentence)
    return {p for p in places if opens < (first := claim.sentence.lower().find(p)) < ends}


def _landmarks(places: frozenset[str], sentence: str) -> set[str]:
    """Places the sentence names only to say where another of them is: 'Lower Ellersby' in 'swept
    through Hobbeck, near Lower Ellersby'."""
    return {q for q in places for p in places - {q}
            if re.search(rf"\b{re.escape(p)},?\s+near\s+(?:the\s+)?{re.escape(q)}\b", sentence, re.I)}


def _not_where_it_happened(place: str, sentence: str) -> bool:
    """Is every mention of ``place`` in the sentence not where the figure happened: where people live
    ('who lived in Oakhythe'), or, for a country, where the thing is not ('a release clause that only
    applies to clubs outside England')?"""
    mentions = list(re.finditer(rf"\b{re.escape(place)}(?!\w)", sentence, re.I))  # ('Minn.', its stop the name's)
    return bool(mentions) and all(_HOME_OF_PEOPLE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
                                  or (_A_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
                                      and _PERSON_AFTER.match(sentence, m.end()))
                                  or _VENUE_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
                                  or (place.lower() in COUNTRIES
                                      and _ELSEWHERE_BEFORE.search(sentence, max(0, m.start() - 20), m.start()))
                                  for m in mentions)


#: Before a place: the venue of a gathering where something was said, not where what the sentence counts is ('At a
#: packed meeting in Glenmoher Mart, they called for a fund for the 19 restricted herds').
_VENUE_BEFORE = re.compile(r"\b(?:at|during)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|rally|hearing|press conference|"
                           r"news conference|briefing|gathering|vigil|summit|conference|inquest)\s+(?:held\s+)?(?:in|at)\s+"
                           r"(?:the\s+)?$", re.I)


#: Before a country: it is where the thing is not ('clubs outside England', 'anywhere but India'); (before a
#: building, 'outside' is where it happened: 'arrested 14 people outside City Hall').
_ELSEWHERE_BEFORE = re.compile(r"\b(?:outside|beyond|except|other\s+than|apart\s+from|anywhere\s+but)\s+(?:of\s+)?"
                               r"(?:the\s+)?$", re.I)


def _openings(name: str) -> list[str]:
    """'Halden Textiles Group' -> ['halden', 'halden textiles'] (the name's proper beginnings)."""
    words = name.lower().split()
    return [" ".join(words[:n]) for n in range(1, len(words))]


def _name(place: str) -> str:
    """'Harrowby City's' -> 'harrowby city' (NER keeps the possessive in some sentences)."""
    return re.sub(r"['\u2019]s?$", "", place.strip()).lower()


#: A capitalised word inside a sentence (not its first word): a name NER may have missed
#: ('the Tarrow floods', 'Pennock Zoo').
_INNER_CAPITALISED = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{3,})\b")
_NOT_NAME_WORDS = {*MONTH_NAMES, *WEEKDAY_NAMES, "Christmas", "Easter", "English", "British",
                   # the common heads of many names ('Calder County', 'Beaumont County'): no story of their own
                   "County", "Street", "Road", "Avenue", "River", "Lake", "Valley", "Park", "Hill", "Hills",
                   "Mountain", "Airport", "Station", "Hospital", "School", "College", "University", "Council",
                   "Court", "Centre", "Center", "Square", "Bridge", "Harbour", "Harbor", "Port", "Island",
                   "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "National",
                   "International", "Police", "Service", "Department", "Ministry", "Office", "Sheriff", "State",
                   "City", "Town", "Village", "District", "Region", "Province", "Government", "Minister"}


def repeated_names(text: str) -> frozenset[str]:
    """Capitalised words an article uses inside sentences at least twice ('Tarrow', 'Pennock'):
    the small places and names its story is about, which NER often misses."""
    found = list(_INNER_CAPITALISED.finditer(text))
    counts = Counter(m.group(1) for m in found)
    beyond_a_region = {m.group(1) for m in found if not _REGION_HEAD_AFTER.match(text, m.end())}
    return frozenset(word.lower() for word, n in counts.items()
                     if n >= 2 and word not in _NOT_NAME_WORDS and word in beyond_a_region)


#: After a name's word: the head of a county's or a region's name ('Dorrance County', 'Kelby District'); a county
#: holds many stories, so a word the copy names only so ties none of them (the town 'Dorrance City' still does).
REGION_HEADS = ("county", "shire", "district", "province", "region", "parish", "borough", "state", "council", "prefecture")
_REGION_HEAD_AFTER = re.compile(r"\s+(?:" + "|".join(head.capitalize() for head in REGION_HEADS) + r")\b")


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")  # (and a name in camel case: 'PayCore')


def story_signature(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    """The names an article is about, and all the names it gives.

    It is about the capitalised words of its headline, and those its text uses twice ('at the
    Marrick Point refinery', 'Linfield Court'). Words the text also writes in lower case are
    common words at the head of a sentence ('Police', 'Almost'); the outlet's own name ('told
    the Echo') is in every story it runs, but the place it is named after is a name of the story
    when the text names it outside the outlet's name. Names many articles of the audit are about
    tell no story apart (``Places.same_story``)."""
    text = article.text
    lower = set(re.findall(r"\b[a-z]{4,}\b", text))
    outlet = {word.lower() for word in re.findall(r"\w+", article.source or "")}
    if article.source:
        # a place the outlet is named after counts when the text names it outside the outlet's name ('the Rajnagar
        # Evening Mirror' / 'the city's police in Rajnagar'); the outlet's own word ('told the Mirror') does not
        elsewhere = re.sub(re.escape(article.source), " ", text, flags=re.I)
        words = re.findall(r"\w+", article.source)
        outlet = {w.lower() for w in words[-1:]} | {w.lower() for w in words[:-1]
                                                   if not re.search(rf"\b{re.escape(w)}\b", elsewhere)}

    def name(word: str) -> bool:
        return word.lower() not in lower and word.lower() not in outlet and word not in _NOT_NAME_WORDS

    counts = Counter(_CAPITALISED.findall(text))
    title = set(_CAPITALISED.findall(article.title or ""))
    about = title | {w for w, n in counts.items() if n >= 2}
    return (frozenset(w.lower() for w in about if name(w)),
            frozenset(w.lower() for w in title | set(counts) if name(w)))
