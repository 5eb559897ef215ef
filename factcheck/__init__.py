"""factcheck: numeric-claim extraction and consistency checks for news text.

The pipeline, one sub-package per stage::

    ingest  -> extract -> track -> rules -> report

Notebook entry points::

    import factcheck
    factcheck.extract("Russia launched 479 drones and 20 missiles.")   # claims DataFrame
    result = factcheck.audit(["articles/"])                           # .articles/.claims/.findings
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

# The stage sub-package ``factcheck.extract`` shares its name with the API
# function below. Importing the sub-package first and defining the function
# after it keeps ``factcheck.extract`` the function for good (Python sets the
# package attribute only when a sub-module is first loaded).
from factcheck.extract.claims import extract_text as _extract_text
from factcheck.model import CLAIM_COLUMNS as _CLAIM_COLUMNS, rows_to_frame as _rows_to_frame

__version__ = "0.1.0"
__all__ = ["extract", "audit", "AuditFrames", "__version__"]


def extract(text: str):
    """The claims table (a pandas DataFrame) of one text."""
    return _rows_to_frame(_extract_text(text), _CLAIM_COLUMNS)


class AuditFrames:
    """An audit's result as DataFrames: ``articles``, ``claims``, ``findings``, ``errors``."""

    def __init__(self, result):
        import pandas as pd

        self.result = result
        self.articles = result.articles_frame
        self.claims = result.claims_frame
        self.findings = result.findings_frame
        self.errors = pd.DataFrame([vars(e) for e in result.errors], columns=["path", "message", "line"])

    def __repr__(self) -> str:
        return (f"<AuditFrames: {len(self.articles)} articles, {len(self.claims)} claims, "
                f"{len(self.findings)} findings, {len(self.errors)} errors>")


def audit(paths: str | Path | Iterable[str | Path]) -> AuditFrames:
    """Audit files or folders of articles; returns DataFrames of articles, claims and findings."""
    from factcheck.pipeline import run_audit

    if isinstance(paths, (str, Path)):
        paths = [paths]
    return AuditFrames(run_audit(paths))
