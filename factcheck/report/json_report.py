"""The JSON report: factcheck's versioned machine contract.

Later versions add fields; they never rename or remove one. ``high`` is
``null`` when the wording sets no upper bound ("more than 90"); JSON has no
infinity.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from typing import Any

from factcheck import __version__
from factcheck.model import ARTICLE_COLUMNS, CLAIM_COLUMNS, FINDING_COLUMNS, SEVERITIES

SCHEMA_VERSION = "1.1"  # 1.1 added rule_errors


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return None
    return value


def _rows(rows, columns) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        d = asdict(row)
        out.append({c: _clean(d[c]) for c in columns})
    return out


def claims_document(result) -> dict[str, Any]:
    """``articles`` and ``claims`` only (``factcheck claims --format json``)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "articles": _rows(result.articles, ARTICLE_COLUMNS),
        "claims": _rows(result.claims, CLAIM_COLUMNS),
        "errors": [asdict(e) for e in result.errors],
    }


def audit_document(result) -> dict[str, Any]:
    doc = claims_document(result)
    doc["facts"] = [asdict(f) for f in result.facts if len(f.claim_ids) > 1]
    doc["findings"] = _rows(result.findings, FINDING_COLUMNS)
    doc["rule_errors"] = [asdict(e) for e in result.rule_errors]
    doc["summary"] = {
        "articles": len(result.articles),
        "claims": len(result.claims),
        "numeric_claims": sum(1 for c in result.claims if c.is_claim),
        "findings": {s: sum(1 for f in result.findings if f.severity == s) for s in SEVERITIES},
        "errors": len(result.errors),
        "rule_errors": len(result.rule_errors),
        "skipped_files": len(result.skipped),
    }
    return doc


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
