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
    _by_article_subject: dict[tuple[str, str], list[Claim]] | None = field(default=None, init=False, repr=False)
    _by_sentence: dict[tuple[str, int], list[Claim]] | None = field(default=None, init=False, repr=False)
    _by_article: dict[str, list[Claim]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.places is None:
            self.places = Places(list(self.claims.values()), self.articles)

    def fact_claims(self, fact: Fact) -> list[Claim]:
        return [self.claims[i] for i in fact.claim_ids]

    def article_of(self, claim: Claim) -> Article:
        return self.articles[claim.article_id]

    def claims_about(self, article_id: str, subject: str) -> list[Claim]:
        """Every claim of one article about one subject, tracked or not (an index built once)."""
        if self._by_article_subject is None:
            self._by_article_subject = {}
            for claim in self.claims.values():
                self._by_article_subject.setdefault((claim.article_id, claim.subject), []).append(claim)
        return self._by_article_subject.get((article_id, subject), [])

    def claims_of_article(self, article_id: str) -> list[Claim]:
        """Every claim of one article (an index built once)."""
        if self._by_article is None:
            self._by_article = {}
            for claim in self.claims.values():
                self._by_article.setdefault(claim.article_id, []).append(claim)
        return self._by_article.get(article_id, [])

    def claims_of_sentence(self, claim: Claim) -> list[Claim]:
        """Every claim of the claim's sentence, itself included, in the order written (an index built once)."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for other in sorted(self.claims.values(), key=lambda c: c.start):
                self._by_sentence.setdefault((other.article_id, other.sentence_start), []).append(other)
        return self._by_sentence.get((claim.article_id, claim.sentence_start), [])
