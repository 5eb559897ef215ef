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

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from factcheck.model import Article, Claim
from factcheck.track.evidence import context_words, same_digits
from factcheck.track.keys import fact_key
from factcheck.track.places import Places
from factcheck.track.when import Day, claim_day, days_agree

DATE_WINDOW_DAYS = 2


@dataclass
class Fact:
    id: str
    subject: str
    predicate: str
    dimension: str
    claim_ids: list[str] = field(default_factory=list)


def _actors(claim: Claim) -> frozenset[str]:
    return frozenset(e.lower() for e in claim.entities)


@dataclass
class _Tracked:
    claim: Claim
    places: frozenset[str]   # named in its clause or sentence
    home: frozenset[str]     # its article's home place
    actors: frozenset[str]
    day: Day
    words: frozenset[str]


def _agree(a: _Tracked, b: _Tracked) -> bool:
    """Could two claims of one block be about the same fact?

    Inside one article places must not differ, the subject must be named
    specifically (narrowing words, an agent, or shared context), and the two
    figures must be tied closely: two shared words around the figures
    (``context_words``), or the same digits in another order (the typo
    behind most internal contradictions: £4.6m and £6.4m, 85 and 58).
    Across articles a shared subject and predicate is common and proves
    little ("two men were arrested" is in many stories), so the claims must
    share words around the figure, and be anchored to the same event: both
    dated (by publication or by their own date words), and a place or an
    actor in common.
    """
    if not days_agree(a.day, b.day, DATE_WINDOW_DAYS):
        return False
    if a.claim.agent and b.claim.agent and a.claim.agent != b.claim.agent:
        return False  # 'pictures are made up of 700 pixels' / 'each line is made up of 1,920'
    if a.claim.article_id == b.claim.article_id:
        # one article repeats a bare noun ('sales rose 0.9% ... sales rose 0.3%') for many
        # things; the same fact twice is named the same specific way
        specific = (a.claim.subject_modifiers or a.claim.agent or b.claim.agent
                    or len(a.words & b.words) >= 2)
        related = same_digits(a.claim, b.claim) or len(a.words & b.words) >= 2
        a_places, b_places = a.places or a.home, b.places or b.home
        return bool(specific) and related and (not a_places or not b_places or bool(a_places & b_places))
    if not a.words & b.words:
        return False
    if a.day.date is None or b.day.date is None:
        return False  # an undated article cannot be placed in time against another
    if a.places and b.places and not a.places & b.places:
        return False
    # NER calls a company a place in one sentence and an organisation in the next
    return bool((a.places | a.actors | a.home) & (b.places | b.actors | b.home))


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
            tracked = _Tracked(claim, places.of(claim), places.home_of(claim), _actors(claim),
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
