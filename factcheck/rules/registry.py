"""Check kinds: the Python behind rules, registered by name.

A rule file only configures a check kind (``check: plausible-range``); the
kind itself is one module in ``factcheck/rules/checks/`` that registers a
function with :func:`check`::

    @check("plausible-range", params=PARAMS_SCHEMA)
    def plausible_range(rule, audit): ...

It yields :class:`Hit` rows; the engine turns them into findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable


@dataclass
class Hit:
    """One place a check fired: the claims involved and the message's fields."""

    claim_ids: list[str]
    fields: dict[str, Any] = field(default_factory=dict)
    suggestion: str = ""


@dataclass(frozen=True)
class CheckKind:
    name: str
    run: Callable[..., Iterable[Hit]]
    params: dict  # JSON Schema of the rule's ``params``
    doc: str
    judges_values: bool = False  # flags single figures as impossible (run first; see engine)


CHECKS: dict[str, CheckKind] = {}

#: The params schema of a list of words or patterns, which most check kinds take ('unless', 'nouns').
WORD_LIST = {"type": "array", "items": {"type": "string"}}


def check(name: str, params: dict, judges_values: bool = False):
    """Register a check kind under ``name`` with the JSON Schema of its params.

    ``judges_values``: the kind flags single figures as impossible ("a
    162-mile bridge"); the engine runs such kinds first and tells the others
    which figures they flagged (``AuditData.impossible``)."""

    def register(fn):
        CHECKS[name] = CheckKind(name=name, run=fn, params=params, doc=(fn.__doc__ or "").strip(),
                                 judges_values=judges_values)
        return fn

    return register


def load_checks() -> dict[str, CheckKind]:
    """Import the bundled check modules (each registers itself) and return the registry."""
    import factcheck.rules.checks  # noqa: F401  (registers on import)

    return CHECKS
