"""The whole audit, stage by stage: ingest -> extract -> track -> rules.

``run_audit`` is what both the CLI and the Python API call. Reports are a
separate, last stage (``factcheck.report``) that only reads the
:class:`AuditResult`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from factcheck.extract.claims import extract_articles
from factcheck.ingest import IngestResult, read_paths
from factcheck.model import (
    ARTICLE_COLUMNS, CLAIM_COLUMNS, FINDING_COLUMNS, Article, Claim, Finding, ReadError, RuleError,
    rows_to_frame,
)
from factcheck.rules.audit_data import AuditData
from factcheck.rules.engine import RulesOutcome, run_rules
from factcheck.rules.loader import Rule, load_rules
from factcheck.track.facts import Fact, group_facts
from factcheck.track.places import Places


@dataclass
class AuditResult:
    """Everything an audit produced, as typed rows (and as DataFrames)."""

    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    rule_errors: list[RuleError] = field(default_factory=list)  # rules whose check crashed
    skipped: list[str] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)

    @property
    def articles_frame(self) -> pd.DataFrame:
        return rows_to_frame(self.articles, ARTICLE_COLUMNS)

    @property
    def claims_frame(self) -> pd.DataFrame:
        return rows_to_frame(self.claims, CLAIM_COLUMNS)

    @property
    def findings_frame(self) -> pd.DataFrame:
        return rows_to_frame(self.findings, FINDING_COLUMNS)

    def article(self, article_id: str) -> Article:
        return self._articles_by_id[article_id]

    def claim(self, claim_id: str) -> Claim:
        return self._claims_by_id[claim_id]

    @cached_property
    def _articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def _claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}


def extract_all(articles: Iterable[Article], on_article: Callable[[Article], None] | None = None) -> list[Claim]:
    claims: list[Claim] = []
    for article, found in extract_articles(articles):
        claims.extend(found)
        if on_article:
            on_article(article)
    return claims


def check_claims(articles: list[Article], claims: list[Claim], rules: list[Rule]) -> tuple[list[Fact], RulesOutcome]:
    """Track facts and run the rules over already extracted claims."""
    by_id = {a.id: a for a in articles}
    places = Places(claims, by_id)
    facts = group_facts(claims, by_id, places)
    data = AuditData(articles=by_id, claims={c.id: c for c in claims}, facts=facts, places=places)
    return facts, run_rules(rules, data)


def audit_ingested(
    ingest: IngestResult,
    rules: list[Rule] | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> AuditResult:
    """Extract, track and check what ingest read."""
    rules = load_rules() if rules is None else rules
    claims = extract_all(ingest.articles, on_article)
    facts, outcome = check_claims(ingest.articles, claims, rules)
    return AuditResult(
        articles=ingest.articles, claims=claims, facts=facts, findings=outcome.findings,
        errors=ingest.errors, rule_errors=outcome.errors, skipped=ingest.skipped, rules=rules,
    )


def run_audit(
    paths: Iterable[str | Path],
    rules: list[Rule] | None = None,
    on_article: Callable[[Article], None] | None = None,
) -> AuditResult:
    """Audit files and folders: read, extract, track, check."""
    return audit_ingested(read_paths(list(paths)), rules, on_article)
