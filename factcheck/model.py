"""Typed rows passed between the pipeline stages.

ingest -> Article / ReadError
extract -> Claim
rules  -> Finding / RuleError

Every stage takes and returns these dataclasses; the DataFrames of the
public API are built from them with :func:`rows_to_frame`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import Iterable

import pandas as pd

#: Kinds of numeric mention. Only ``CLAIM_KINDS`` are numeric claims that
#: the rules compare; the others stay in the claims table, typed.
KINDS = (
    "count", "measure", "percent", "money", "ratio", "age",
    "year", "date", "time", "ordinal", "identifier", "other",
)
CLAIM_KINDS = frozenset({"count", "measure", "percent", "money", "ratio", "age"})

SEVERITIES = ("error", "warning", "info")


@dataclass
class Article:
    """One article, as read from a file (a file may hold several)."""

    id: str                      # stable id: relative path, plus "#N" for multi-article files
    path: str                    # file it came from, as given on the command line
    text: str                    # body text, the offsets of claims point into it
    title: str = ""
    source: str = ""             # outlet
    published: str | None = None # ISO 8601 date (YYYY-MM-DD) when known
    url: str = ""
    first_line: int = 1          # line of the file on which ``text`` starts
    ignore: list[str] = field(default_factory=list)  # rule codes/names silenced by the article
    format: str = ""             # txt, md, html, json, jsonl, aggregator

    def line_of(self, offset: int) -> int:
        """File line number of a character offset into ``text``.

        A JSON record's text is one string in the file: every offset in it is
        on the record's line.
        """
        if self.format in ("json", "jsonl"):
            return self.first_line
        return self.first_line + self.text.count("\n", 0, offset)


@dataclass
class ReadError:
    """A file (or a record inside one) that could not be read."""

    path: str
    message: str
    line: int | None = None


@dataclass
class Claim:
    """One numeric mention in an article, with its context."""

    id: str                 # "<article_id>:<n>"
    article_id: str
    text: str               # surface, exactly article.text[start:end]
    start: int
    end: int
    line: int
    value: float | None     # the figure as written (in ``unit``)
    low: float | None       # interval the wording allows (in ``unit``)
    high: float | None
    unit: str = ""          # unit as normalised name ("mile", "GBP", "percent"); "" for plain counts
    dimension: str = ""     # "count", "length", "mass", "currency", "percent", "time", ...
    kind: str = "count"     # one of KINDS
    base_unit: str = ""     # base unit of the dimension ("metre", "second", "kilogram"...)
    base_value: float | None = None
    base_low: float | None = None
    base_high: float | None = None
    qualifier: str = ""     # "over", "about", "up to", ... ("" for a plain figure)
    subject: str = ""       # head lemma of what is counted or measured
    subject_text: str = ""  # the subject phrase as written
    subject_modifiers: list[str] = field(default_factory=list)  # lemmas narrowing it: ["pothole"]
    agent: str = ""         # who or what does the predicate: "sarvenia" in "Sarvenia launched ..."
    predicate: str = ""     # lemma of the governing verb
    negated: bool = False
    hedged: bool = False
    entities: list[str] = field(default_factory=list)   # people and organisations of the sentence
    places: list[str] = field(default_factory=list)     # GPE/LOC/FAC of the sentence
    dates: list[str] = field(default_factory=list)      # DATE/TIME words of the sentence
    sentence: str = ""
    sentence_start: int = 0

    @property
    def is_claim(self) -> bool:
        return self.kind in CLAIM_KINDS and self.low is not None

    def text_before(self, width: int) -> str:
        """Up to ``width`` characters of the sentence before the figure."""
        start = self.start - self.sentence_start
        return self.sentence[max(0, start - width):start]

    def text_after(self, width: int | None = None) -> str:
        """The sentence after the figure (up to ``width`` characters)."""
        end = self.start - self.sentence_start + len(self.text)
        return self.sentence[end:] if width is None else self.sentence[end:end + width]

    def is_conversion(self) -> bool:
        """Is the figure a bracketed conversion of the figure before it ('40 feet (12 metres)')?"""
        return bool(_CONVERSION_BEFORE.search(self.text_before(30))) and self.text_after(3).lstrip().startswith(")")

    def in_fact_box(self) -> bool:
        """Is the figure a fact-box entry, right after the short label of its line ('- Homes powered: 60,000')?"""
        return fact_box_label(self.sentence, self.start - self.sentence_start) is not None


#: Before a bracketed conversion: a figure, a few characters, the opening bracket.
_CONVERSION_BEFORE = re.compile(r"\d[^()]{0,25}\(\s*$")
#: A line of a fact box or an "at a glance" list up to its figure: a short label, then a colon.
#: Several entries may share a line, set apart by bars or bullets ('- Dead: 12 | Injured: 66').
_FACT_BOX_LABEL = re.compile(r"^(?:[^|\u2022\u00b7]*[|\u2022\u00b7]\s*)?\W{0,4}([A-Z][\w'\u2019 .-]{1,60}?)\s*:\s*$")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u00b7]|\d+[.)])\s")


def fact_box_label(sentence: str, at: int) -> re.Match | None:
    """The label of a fact-box entry whose figure starts at ``at`` in ``sentence``, or None.

    An entry is a list item or a short line ("- Homes powered: 60,000", "Passengers per bus: 68");
    a dateline in capitals before a paragraph ("MARAPUR: Fourteen people were injured ...") is none,
    though a label in capitals in a list is one ("- HGV: €8.70")."""
    match = _FACT_BOX_LABEL.match(sentence[:at])
    if match is None:
        return None
    if not re.search(r"[a-z]", match.group(1)):  # a label in capitals is an entry only in a list ('- HGV: €8.70')
        return match if _BULLET.match(sentence) else None
    return match if _BULLET.match(sentence) or len(sentence) <= 100 else None


@dataclass
class Finding:
    """Something an editor must look at."""

    id: str
    rule: str               # rule code, e.g. "FC101"
    name: str               # rule name, e.g. "implausible-value"
    severity: str           # one of SEVERITIES
    message: str
    claim_ids: list[str] = field(default_factory=list)
    suggestion: str = ""


@dataclass
class RuleError:
    """A rule whose check crashed. Its findings are left out; every other rule still runs."""

    rule: str               # rule code, e.g. "FC101"
    name: str
    message: str            # what went wrong: the exception and where it was raised
    source: str = ""        # the rule's file


CLAIM_COLUMNS = [f.name for f in fields(Claim)]
ARTICLE_COLUMNS = ["id", "path", "source", "title", "published", "url", "first_line", "format"]
FINDING_COLUMNS = [f.name for f in fields(Finding)]


def rows_to_frame(rows: Iterable, columns: list[str]) -> pd.DataFrame:
    """Build a DataFrame with exactly ``columns`` from dataclass rows."""
    records = [{c: d[c] for c in columns} for d in (asdict(r) for r in rows)]
    return pd.DataFrame.from_records(records, columns=columns)
