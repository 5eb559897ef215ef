"""What a check sees: the audit's articles, claims and facts, indexed."""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.model import Article, Claim
from factcheck.track.facts import Fact
from factcheck.track.places import Places


@dataclass
class AuditData:
    articles: dict[str, Article]
    claims: dict[str, Claim]
    facts: list[Fact] = field(default_factory=list)
    #: Claims a value-judging rule (plausibility) has flagged: other checks leave them out, so
    #: one impossible figure is one finding, not also a conflict with the articles that got it right.
    impossible: set[str] = field(default_factory=set)
    #: The places and stories of the copy (``Places``), as tracking read them; built here when not given.
    places: Places | None = None

    def __post_init__(self) -> None:
        if self.places is None:
            self.places = Places(list(self.claims.values()), self.articles)

    def fact_claims(self, fact: Fact) -> list[Claim]:
        return [self.claims[i] for i in fact.claim_ids]

    def article_of(self, claim: Claim) -> Article:
        return self.articles[claim.article_id]
