"""Rules stage: run every selected rule over the audit's data.

The engine knows nothing about particular checks: it runs each rule's check
kind, words each hit with the rule's message template, applies the
severity, and drops findings that every cited article has silenced (an
``ignore`` list in front matter or JSON naming the rule's code, name or pack).
"""

from __future__ import annotations

from typing import Iterable

from factcheck.model import Finding
from factcheck.rules.audit_data import AuditData
from factcheck.rules.loader import Rule
from factcheck.rules.registry import load_checks


class _Fields(dict):
    """Template fields; an unknown name stays visible instead of crashing."""

    def __missing__(self, key):
        return "{" + key + "}"


def _silenced(rule: Rule, audit: AuditData, claim_ids: list[str]) -> bool:
    articles = {audit.claims[i].article_id for i in claim_ids}
    return bool(articles) and all(
        any(rule.matches(s) for s in audit.articles[a].ignore) for a in articles
    )


def run_rules(rules: Iterable[Rule], audit: AuditData) -> list[Finding]:
    """Findings of every rule. Kinds that judge single figures run first; the figures they
    flag are recorded in ``audit.impossible`` for the checks that compare figures."""
    checks = load_checks()
    findings: list[Finding] = []
    ordered = sorted(rules, key=lambda r: not checks[r.check].judges_values)
    for rule in ordered:
        for hit in checks[rule.check].run(rule, audit):
            if _silenced(rule, audit, hit.claim_ids):
                continue
            if checks[rule.check].judges_values:
                audit.impossible.update(hit.claim_ids)
            findings.append(Finding(
                id=f"{rule.code}-{len(findings) + 1}",
                rule=rule.code,
                name=rule.name,
                severity=rule.severity,
                message=rule.message.format_map(_Fields(hit.fields)),
                claim_ids=list(hit.claim_ids),
                suggestion=hit.suggestion,
            ))
    return findings
