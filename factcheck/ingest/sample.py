"""The sample corpus bundled with factcheck (``factcheck audit --sample``)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from factcheck.ingest.reader import IngestResult, read_paths


def sample_dir() -> Path:
    """Folder of the bundled sample articles."""
    return Path(str(files("factcheck") / "sample"))


def read_sample() -> IngestResult:
    """Ingest the sample, with stable, install-independent paths ("sample/...")."""
    root = sample_dir()
    ingested = read_paths([root])
    for article in ingested.articles:
        article.path = "sample/" + Path(article.path).relative_to(root).as_posix()
    return ingested
