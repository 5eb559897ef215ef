"""Tracking stage: group claims about the same thing into facts.

A fact is one figure the world has a single true value for: *how many
drones were launched at Kyiv on the night of 3 June*. Claims are grouped
in two steps, so the cost grows about linearly with the number of claims:

1. **Blocking** by a key every claim of one fact shares: the subject
   lemma, the predicate class and the dimension (``fact_key``). Only claims
   in one block are ever compared.
2. **Clustering** inside a block: two claims belong to one fact only when
   their places agree (one names none, or they share one) and their
   articles' dates agree (within ``DATE_WINDOW_DAYS``, or unknown).

Claims that cannot be tied to a subject are not tracked: a figure whose
subject we do not know cannot be said to conflict with anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from factcheck.model import Article, Claim

DATE_WINDOW_DAYS = 2

#: Predicates that state the same fact in other words, mapped to one class.
PREDICATE_CLASSES = {
    "die": "kill", "perish": "kill", "lose": "kill",
    "injure": "wound", "hurt": "wound",
    "detain": "arrest",
    "intercept": "shoot down", "down": "shoot down", "destroy": "shoot down",
    "fire": "launch",
    "evacuate": "evacuate", "displace": "displace",
}
#: Predicates that say nothing about which fact a figure belongs to.
LIGHT_PREDICATES = {"be", "have", "say", "tell", "report", "add", "include", "reach", "stand"}


@dataclass
class Fact:
    id: str
    subject: str
    predicate: str
    dimension: str
    claim_ids: list[str] = field(default_factory=list)


def predicate_class(predicate: str) -> str:
    if predicate in LIGHT_PREDICATES:
        return ""
    return PREDICATE_CLASSES.get(predicate, predicate)


def fact_key(claim: Claim) -> tuple[str, str, str] | None:
    """The blocking key of a claim, or None when it cannot be tracked."""
    if not claim.is_claim or not claim.subject or claim.negated:
        return None
    return (claim.subject, predicate_class(claim.predicate), claim.base_unit or claim.dimension)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _places_agree(a: Claim, b: Claim) -> bool:
    if not a.places or not b.places:
        return True
    return bool({p.lower() for p in a.places} & {p.lower() for p in b.places})


def _dates_agree(a: date | None, b: date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= DATE_WINDOW_DAYS


def group_facts(claims: Iterable[Claim], articles: dict[str, Article]) -> list[Fact]:
    """Group trackable claims into facts (blocking, then clustering)."""
    blocks: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        key = fact_key(claim)
        if key is not None:
            blocks.setdefault(key, []).append(claim)

    facts: list[Fact] = []
    for (subject, predicate, dimension), members in blocks.items():
        clusters: list[list[Claim]] = []
        for claim in members:
            when = _parse_date(articles[claim.article_id].published) if claim.article_id in articles else None
            for cluster in clusters:
                if all(
                    _places_agree(claim, other)
                    and _dates_agree(when, _parse_date(articles[other.article_id].published)
                                     if other.article_id in articles else None)
                    for other in cluster
                ):
                    cluster.append(claim)
                    break
            else:
                clusters.append([claim])
        for cluster in clusters:
            facts.append(Fact(
                id=f"F{len(facts) + 1}",
                subject=subject,
                predicate=predicate,
                dimension=dimension,
                claim_ids=[c.id for c in cluster],
            ))
    return facts
