"""Tracking stage: group claims about the same thing into facts.

A fact is one figure the world has a single true value for: *how many
missiles were launched at Ardenia on the night of 9 March*. Claims are
grouped in two steps, so the cost grows about linearly with the number of
claims:

1. **Blocking** by a key every claim of one fact shares: the subject
   lemma and its narrowing words, the predicate class and the unit's
   dimension (``fact_key``). Only
   claims in one block are ever compared.
2. **Clustering** inside a block: claims join one fact only when their
   places agree (they share one; a claim naming none takes its article's
   main place) and their days agree (``when.days_agree``); claims from
   different articles must also share a place or an actor (``_agree``).

Not tracked: claims without a subject, counts and shares without a
predicate, vague figures ("thousands of"), figures in a sentence that
contrasts them ("compared with", "while"), timings ("after 48 minutes"),
negated or hedged ones (a forecast does not contradict a count), increments ("a further
17", "another 40") and claims that share their sentence with another claim
of the same key ("by 31 votes to 19", "from 2% to 5%"), which contrast two
figures rather than state one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from factcheck.model import Article, Claim
from factcheck.track.when import Day, claim_day, days_agree

DATE_WINDOW_DAYS = 2

#: Predicates that state the same fact in other words, mapped to one class.
PREDICATE_CLASSES = {
    "die": "kill", "perish": "kill",
    "injure": "wound", "hurt": "wound",
    "detain": "arrest",
    "intercept": "shoot down", "down": "shoot down",
    "fire": "launch",
}
#: For money, the verbs that put a sum towards something are one class:
#: "includes £4.6m for repairs" and "has set aside £6.4m for repairs".
MONEY_ALLOCATION = {"allocate", "earmark", "set aside", "set", "spend", "include", "commit", "budget",
                    "put", "invest"}
#: Predicates that say nothing about which fact a figure belongs to
#: ("47 wounded, including six children": 'include' names no event).
LIGHT_PREDICATES = {"be", "have", "say", "tell", "report", "add", "reach", "stand", "include"}

_INCREMENT_BEFORE = re.compile(r"\b(?:a further|another|an additional|an extra|additional|extra|further)\s*$", re.I)
_INCREMENT_AFTER = re.compile(r"^\s*(?:more|others|extra|additional)\b", re.I)


@dataclass
class Fact:
    id: str
    subject: str
    predicate: str
    dimension: str
    claim_ids: list[str] = field(default_factory=list)


def predicate_class(predicate: str, dimension: str = "") -> str:
    """One name for predicates that state the same fact ('' for light verbs)."""
    if dimension == "currency" and predicate in MONEY_ALLOCATION:
        return "allocate"
    if predicate in LIGHT_PREDICATES:
        return ""
    return PREDICATE_CLASSES.get(predicate, predicate)


def is_increment(claim: Claim) -> bool:
    """'a further 17 flights', 'dozens more': a figure added to another, not a total."""
    start = claim.start - claim.sentence_start
    before, after = claim.sentence[max(0, start - 20):start], claim.sentence[start + len(claim.text):]
    return bool(_INCREMENT_BEFORE.search(before) or _INCREMENT_AFTER.match(after))


#: Dimensions whose subject names the quantity itself: "the 348-metre bridge",
#: "turnout was 64%", "a budget of £212m" are facts even with no verb of their
#: own; a bare count ("12 people") needs its predicate.
LEVEL_DIMENSIONS = {"length", "area", "volume", "mass", "speed", "temperature", "energy", "power",
                    "percent", "currency"}


#: A sentence that sets figures against each other states none of them alone.
_CONTRAST = re.compile(r"\b(?:compared (?:with|to)|while|whereas|versus|vs\.?)\b", re.I)
#: "after 48 minutes", "within an hour": when something happened, not a fact's figure.
_TIMING_BEFORE = re.compile(r"\b(?:after|within|in|by|at|for)\s*$", re.I)


def is_contrast_or_timing(claim: Claim) -> bool:
    start = claim.start - claim.sentence_start
    if claim.dimension == "time" and _TIMING_BEFORE.search(claim.sentence[max(0, start - 12):start]):
        return True
    return bool(_CONTRAST.search(claim.sentence))


def fact_key(claim: Claim) -> tuple[str, str, str, str] | None:
    """The blocking key of a claim, or None when it cannot be tracked.

    Subject (with the words that narrow it: 'pothole repairs' is not
    'road repairs'), predicate class and dimension.
    """
    if not claim.is_claim or not claim.subject or claim.negated or claim.hedged:
        return None
    if claim.qualifier == "vague" or is_increment(claim):  # "thousands of", "a further 17"
        return None
    if is_contrast_or_timing(claim):  # "0.3%, compared with 0.9%", "after 48 minutes"
        return None
    predicate = predicate_class(claim.predicate, claim.dimension)
    if not predicate and claim.dimension not in LEVEL_DIMENSIONS:
        return None
    return (claim.subject, " ".join(claim.subject_modifiers), predicate, claim.base_unit or claim.dimension)


#: Words that make a figure a total over every place, not one place's figure.
_WHOLE_SCOPE = re.compile(r"\b(?:worldwide|globally|nationwide|altogether|in total|across the (?:world|country))\b",
                          re.I)


class Places:
    """Where each claim happened, as far as the copy says.

    NER tags a place in some sentences and misses it (or calls it a person)
    in others, so every name tagged as a place anywhere in the audit counts
    as a place everywhere. A claim takes the places NER tied to its clause;
    failing that, known places named in its sentence; failing that, its
    article's home place (the place the article names most often, its
    dateline city as a rule).
    """

    def __init__(self, claims: list[Claim], articles: dict[str, Article]):
        names = {p.lower() for c in claims for p in c.places}
        self._pattern = (re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                                    + r")\b", re.I) if names else None)
        self._home: dict[str, str | None] = {}
        self._articles = articles

    def _named(self, text: str) -> list[str]:
        return [m.group(1).lower() for m in self._pattern.finditer(text)] if self._pattern else []

    def home(self, article_id: str) -> str | None:
        if article_id not in self._home:
            article = self._articles.get(article_id)
            counts = Counter(self._named(f"{article.title}\n{article.text}")) if article else Counter()
            self._home[article_id] = counts.most_common(1)[0][0] if counts else None
        return self._home[article_id]

    def of(self, claim: Claim) -> frozenset[str]:
        if _WHOLE_SCOPE.search(claim.sentence):
            return frozenset({"(everywhere)"})  # 'sold 20 million copies worldwide', 'altogether'
        if claim.places:
            return frozenset(p.lower() for p in claim.places)
        named = self._named(claim.sentence)
        if named:
            return frozenset(named)
        home = self.home(claim.article_id)
        return frozenset({home}) if home else frozenset()


def _actors(claim: Claim) -> frozenset[str]:
    return frozenset(e.lower() for e in claim.entities)


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
CONTEXT_WINDOW = 60  # characters either side of the figure


def context_words(claim: Claim) -> frozenset[str]:
    """Content words near the figure, beyond its subject and predicate.

    Two mentions of one fact share more than a noun and a verb: "£4.6m for
    pothole repairs" and "the £6.4m set aside for pothole repairs" share
    *pothole*; "700 pixels" in British TV pictures and "1,920 pixels" in an
    HDTV line share nothing else.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    start = claim.start - claim.sentence_start
    left = claim.sentence[max(0, start - CONTEXT_WINDOW):start]
    right = claim.sentence[start + len(claim.text):start + len(claim.text) + CONTEXT_WINDOW]
    own = {claim.subject, *claim.predicate.split(), *claim.subject_text.lower().split()}
    words = {w.lower().rstrip("s") for w in _WORD.findall(f"{left} {right}")}
    return frozenset(w for w in words if len(w) > 2 and w not in STOP_WORDS
                     and w not in REPORTING_WORDS and w not in {o.rstrip("s") for o in own})


#: Words of attribution that any two sentences of news copy may share.
REPORTING_WORDS = {"said", "say", "says", "told", "according", "reported", "added", "official", "officials"}


def same_digits(a: Claim, b: Claim) -> bool:
    """'4.6' and '6.4', '85' and '58': the same digits, transposed."""
    def digits(claim: Claim) -> str:
        return "".join(sorted(ch for ch in f"{claim.value:g}" if ch.isdigit())) if claim.value else ""

    return bool(digits(a)) and digits(a) == digits(b) and a.value != b.value


@dataclass
class _Tracked:
    claim: Claim
    places: frozenset[str]
    actors: frozenset[str]
    day: Day
    words: frozenset[str]


def _agree(a: _Tracked, b: _Tracked) -> bool:
    """Could two claims of one block be about the same fact?

    Their words around the figure must overlap beyond subject and predicate
    (``context_words``). Inside one article places must not differ, the
    subject must be named specifically (narrowing words, an agent, or shared
    context), and the two figures must be tied closely: shared context words,
    or the same digits in another order (the typo behind most internal
    contradictions: £4.6m and £6.4m, 85 and 58).
    Across articles a shared subject and predicate is common and proves
    little ("two men were arrested" is in many stories), so the claims must
    also be anchored to the same event: both dated (by publication or by
    their own date words), and a place or an actor in common.
    """
    if not days_agree(a.day, b.day, DATE_WINDOW_DAYS) or not a.words & b.words:
        return False
    if a.claim.agent and b.claim.agent and a.claim.agent != b.claim.agent:
        return False  # 'pictures are made up of 700 pixels' / 'each line is made up of 1,920'
    if a.claim.article_id == b.claim.article_id:
        # one article repeats a bare noun ('sales rose 0.9% ... sales rose 0.3%') for many
        # things; the same fact twice is named the same specific way
        specific = (a.claim.subject_modifiers or a.claim.agent or b.claim.agent
                    or len(a.words & b.words) >= 2)
        related = same_digits(a.claim, b.claim) or len(a.words & b.words) >= 2
        return bool(specific) and related and (not a.places or not b.places or bool(a.places & b.places))
    if a.day.date is None or b.day.date is None:
        return False  # an undated article cannot be placed in time against another
    if a.places and b.places and not a.places & b.places:
        return False
    return bool(a.places & b.places or a.actors & b.actors)


def _drop_contrasts(members: list[Claim]) -> list[Claim]:
    """Leave out claims that share a sentence with another claim of the block."""
    per_sentence = Counter((c.article_id, c.sentence_start) for c in members)
    return [c for c in members if per_sentence[(c.article_id, c.sentence_start)] == 1]


def group_facts(claims: Iterable[Claim], articles: dict[str, Article]) -> list[Fact]:
    """Group trackable claims into facts (blocking, then clustering)."""
    claims = list(claims)
    places = Places(claims, articles)
    blocks: dict[tuple[str, str, str, str], list[Claim]] = {}
    for claim in claims:
        key = fact_key(claim)
        if key is not None:
            blocks.setdefault(key, []).append(claim)

    facts: list[Fact] = []
    for (subject, modifiers, predicate, dimension), members in blocks.items():
        clusters: list[list[_Tracked]] = []
        for claim in _drop_contrasts(members):
            article = articles.get(claim.article_id)
            tracked = _Tracked(claim, places.of(claim), _actors(claim),
                               claim_day(claim.dates, article.published if article else None),
                               context_words(claim))
            for cluster in clusters:
                if all(_agree(tracked, other) for other in cluster):
                    cluster.append(tracked)
                    break
            else:
                clusters.append([tracked])
        for cluster in clusters:
            facts.append(Fact(
                id=f"F{len(facts) + 1}",
                subject=f"{modifiers} {subject}".strip(),
                predicate=predicate,
                dimension=dimension,
                claim_ids=[t.claim.id for t in cluster],
            ))
    return facts
