"""Regenerate ``reports/`` from the bundled sample corpus.

    python -m factcheck.report.regenerate [FOLDER]      (default: reports)

Writes the sample audit in every format. A test compares these files with a
fresh run, so a change that alters the reports fails until they are
regenerated and reviewed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.report import render_report

#: file name -> report format
REPORT_FILES = {
    "sample-audit.txt": "terminal",
    "sample-audit.json": "json",
    "sample-claims.csv": "csv",
    "sample-claims.json": "claims-json",
}


def sample_result():
    from factcheck.ingest.sample import read_sample
    from factcheck.pipeline import audit_ingested

    return audit_ingested(read_sample())


def render_all(result) -> dict[str, str]:
    return {name: render_report(result, fmt) for name, fmt in REPORT_FILES.items()}


def main(argv: list[str] | None = None) -> None:
    folder = Path((argv if argv is not None else sys.argv[1:] or ["reports"])[0])
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in render_all(sample_result()).items():
        (folder / name).write_text(text, encoding="utf-8")
        print(f"wrote {folder / name}")


if __name__ == "__main__":
    main()
