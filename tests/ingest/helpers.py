"""Shared checks for the ingest tests."""

from __future__ import annotations

from pathlib import Path

from factcheck.ingest.aggregator import is_junk
from factcheck.ingest.decode import read_text
from factcheck.model import Article

FIXTURES = Path(__file__).parent / "fixtures"


def assert_line_mapping(article: Article) -> None:
    """Line k of ``article.text`` is line ``first_line + k`` of its file.

    Aggregator stories may hold an empty line where the file has a junk line
    (chrome, counter, relative time) that was blanked out.
    """
    file_lines = read_text(Path(article.path).read_bytes()).split("\n")
    for k, line in enumerate(article.text.split("\n")):
        file_line = file_lines[article.first_line - 1 + k]
        if line == file_line:
            continue
        assert article.format == "aggregator" and line == "" and is_junk(file_line), (
            f"{article.id}: text line {k} {line!r} != file line "
            f"{article.first_line + k} {file_line!r}"
        )
