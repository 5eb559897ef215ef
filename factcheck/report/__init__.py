"""Report stage: an :class:`~factcheck.pipeline.AuditResult` in, text out.

One module per format: ``terminal`` (rich, for editors), ``json_report``
(the versioned machine contract), ``csv_report`` (the claims table).
"""

from __future__ import annotations

import io

from rich.console import Console

FORMATS = ("terminal", "json", "csv", "claims-json")
TEXT_WIDTH = 110


def render_report(result, fmt: str, color: bool = False) -> str:
    """The report of ``result`` in format ``fmt`` as a string."""
    if fmt == "terminal":
        from factcheck.report.terminal import render

        if color:  # straight to the terminal, with its width and colours
            render(result, Console())
            return ""
        buffer = io.StringIO()
        render(result, Console(file=buffer, width=TEXT_WIDTH, color_system=None, force_terminal=False))
        return buffer.getvalue()
    if fmt == "json":
        from factcheck.report.json_report import audit_document, dumps

        return dumps(audit_document(result))
    if fmt == "claims-json":
        from factcheck.report.json_report import claims_document, dumps

        return dumps(claims_document(result))
    if fmt == "csv":
        from factcheck.report.csv_report import claims_csv

        return claims_csv(result)
    raise ValueError(f"unknown report format {fmt!r}")
