"""Rules stage: run every selected rule over the audit's data.

The engine knows nothing about particular checks: it runs each rule's check
kind, words each hit with the rule's message template, applies the
severity, and drops findings that every cited article has silenced (an
``ignore`` list in front matter or JSON naming the rule's code, name or pack).
A hit that cites exactly the figures of an earlier finding of the same pack
is dropped too: two rules of a pack judging the same figures (a speed that is
impossible for a car and for anything) tell the editor one thing.

A check that crashes does not abort the audit: its rule is reported as a
:class:`RuleError` (with the exception and where it was raised) and gives no
findings, since a half-run check could report half the problems; every other
rule's findings are kept. The CLI then exits 2, as for any internal error.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from factcheck.extract.numbers import TENS_WORDS, UNIT_WORDS
from factcheck.model import Finding, RuleError
from factcheck.rules.audit_data import AuditData
from factcheck.rules.loader import Rule
from factcheck.rules.registry import load_checks


#: A figure spelled out, or its qualifier, at the start of its sentence ('Eight miners were trapped',
#: 'About 900 students'): inside a message it is written in lower case ('ten miners cannot be part of
#: eight miners').
_SPELLED_AT_START = re.compile(r"^(?:" + "|".join(w.capitalize() for w, v in {**UNIT_WORDS, **TENS_WORDS}.items() if v)
                               + r"|Hundred|About|Around|Nearly|Almost|Some|Roughly|Approximately|More|Fewer|Less|Over"
                               r"|Under|Up|At|Just|Only|An)(?=[\s-]|$)(?![^.!?\"]{40})")  # ('about 900', 'at least 12')


class _Fields(dict):
    """Template fields; an unknown name stays visible instead of crashing. A figure the copy
    spells out at the start of its sentence is written in lower case, as inside any sentence."""

    def __init__(self, fields: dict):
        super().__init__({k: _SPELLED_AT_START.sub(lambda m: m.group(0).lower(), v) if isinstance(v, str) else v
                          for k, v in fields.items()})

    def __missing__(self, key):
        return "{" + key + "}"


def _sentence_case(message: str) -> str:
    """A message begins with a capital even when its template begins with a field
    ('{a_subject} would be...', '{text} a day would be...')."""
    return message[:1].upper() + message[1:]


def _silenced(rule: Rule, audit: AuditData, claim_ids: list[str]) -> bool:
    articles = {audit.claims[i].article_id for i in claim_ids}
    return bool(articles) and all(
        any(rule.matches(s) for s in audit.articles[a].ignore) for a in articles
    )


@dataclass
class RulesOutcome:
    """What the rules stage gives: the findings, and the rules whose check crashed."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[RuleError] = field(default_factory=list)


def _crash(rule: Rule, exc: Exception) -> RuleError:
    """The exception and the innermost line of factcheck code it came from."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "factcheck" in f.filename]
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return RuleError(rule=rule.code, name=rule.name, source=rule.path,
                     message=f"the check '{rule.check}' crashed: {type(exc).__name__}: {exc}{where}")


def run_rules(rules: Iterable[Rule], audit: AuditData) -> RulesOutcome:
    """Findings of every rule. Kinds that judge single figures run first; the figures they
    flag are recorded in ``audit.impossible`` for the checks that compare figures."""
    checks = load_checks()
    outcome = RulesOutcome()
    findings = outcome.findings
    ordered = sorted(rules, key=lambda r: not checks[r.check].judges_values)
    said: set[tuple[str, frozenset[str]]] = set()  # (pack, claims) of every finding so far
    for rule in ordered:
        try:
            hits = list(checks[rule.check].run(rule, audit))
        except Exception as exc:  # a bug in one check must not cost the editor every other finding
            outcome.errors.append(_crash(rule, exc))
            continue
        for hit in hits:
            if _silenced(rule, audit, hit.claim_ids):
                continue
            if (rule.pack, frozenset(hit.claim_ids)) in said:
                continue  # two rules of one pack citing the same figures say one thing: once is enough
            said.add((rule.pack, frozenset(hit.claim_ids)))
            if checks[rule.check].judges_values:
                audit.impossible.update(hit.claim_ids)
            findings.append(Finding(
                id=f"{rule.code}-{len(findings) + 1}",
                rule=rule.code,
                name=rule.name,
                severity=rule.severity,
                message=_sentence_case(rule.message.format_map(_Fields(hit.fields))),
                claim_ids=list(hit.claim_ids),
                suggestion=hit.suggestion,
            ))
    return outcome
