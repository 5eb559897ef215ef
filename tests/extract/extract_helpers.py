"""Helpers for extraction tests: the figures of one text, by their text."""

import factcheck


def figures_by_text(text: str) -> dict:
    """Figure text -> its row of ``factcheck.extract`` for one text."""
    return {row.text: row for row in factcheck.extract(text).itertuples()}
