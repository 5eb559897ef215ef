"""One reader per file format: decoded text in, Articles and ReadErrors out.

Each ``read_<format>`` gets a :class:`SourceFile` (already decoded and cleaned
by :mod:`factcheck.ingest.decode`) and returns its articles and per-record
errors in file order.  Ids are made here because only the format knows
whether a file holds one article or several, and what a record calls itself.
"""

from __future__ import annotations

import json
import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterator, Union

import frontmatter
import trafilatura
import yaml

from factcheck.ingest.aggregator import is_briefs_page, split_aggregator, split_briefs
from factcheck.ingest.dates import normalise_date
from factcheck.ingest.decode import clean_text
from factcheck.model import Article, ReadError

Item = Union[Article, ReadError]

#: Longer first lines are a paragraph, not a headline.
_MAX_TITLE_CHARS = 200
_MARKDOWN_H1_RE = re.compile(r"^#\s+(.+?)\s*#*\s*$")

#: Field names accepted for each Article field in JSON records and front
#: matter, first match wins.  The aliases cover common feed/scraper exports
#: (NewsAPI-style "content"/"publishedAt", "body", "date", "outlet").
FIELD_ALIASES = {
    "text": ("text", "body", "content", "article"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "sitename", "site"),
    "published": ("published", "date", "publishedAt", "published_at", "pubdate"),
    "url": ("url", "link"),
    "ignore": ("ignore",),
    "id": ("id",),
}


@dataclass
class SourceFile:
    """A decoded file and how its articles are to be named."""

    display_path: str   # the path as the user would write it (Article.path)
    id_base: str        # relative path: the article id, or its prefix
    text: str           # decoded, newline-normalised, control-free


def article_id(id_base: str, key: str | None) -> str:
    """``id_base``, or ``id_base#<key>`` (a record's id, or N for the N-th of several)."""
    if key:
        return f"{id_base}#{key}"
    return id_base


def _field(record: dict[str, Any], name: str) -> Any:
    for alias in FIELD_ALIASES[name]:
        if record.get(alias) not in (None, ""):
            return record[alias]
    return None


def _as_text(value: Any) -> str:
    """A metadata value as one clean line of text ("" when absent)."""
    if value is None:
        return ""
    if isinstance(value, dict):                 # {"source": {"name": "..."}}
        value = value.get("name") or value.get("title") or ""
    return " ".join(clean_text(str(value)).split())


def _as_ignore_list(value: Any) -> list[str]:
    """``ignore`` may be one code or a list; always a list of non-empty strings."""
    if value is None:
        return []
    if isinstance(value, (str, int)):
        value = re.split(r"[,\s]+", str(value))
    if not isinstance(value, (list, tuple)):
        return []
    return [s for s in (_as_text(v) for v in value) if s]


def _metadata(record: dict[str, Any]) -> dict[str, Any]:
    """The Article keyword arguments a record or front matter provides."""
    return {
        "title": _as_text(_field(record, "title")),
        "source": _as_text(_field(record, "source")),
        "published": normalise_date(_field(record, "published")),
        "url": _as_text(_field(record, "url")),
        "ignore": _as_ignore_list(_field(record, "ignore")),
    }


def _first_content_line(lines: list[str], start: int = 0) -> int:
    k = start
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


def _block(lines: list[str], start: int) -> str:
    """Text of ``lines[start:]`` without trailing blank lines (no line moves)."""
    end = len(lines)
    while end > start and not lines[end - 1].strip():
        end -= 1
    return "\n".join(lines[start:end])


def split_title(lines: list[str]) -> tuple[str, int]:
    """Headline and index of the first body line, BBC style ("headline\\n\\nbody").

    The first non-empty line is a title only when a blank line follows it,
    more text comes after, and it is short enough to be a headline.
    """
    first = _first_content_line(lines)
    if first >= len(lines):
        return "", first
    body = _first_content_line(lines, first + 1)
    candidate = lines[first].strip()
    followed_by_blank = first + 1 < len(lines) and not lines[first + 1].strip()
    if followed_by_blank and body < len(lines) and len(candidate) <= _MAX_TITLE_CHARS:
        return candidate, body
    return "", first


def _plain_or_aggregator(src: SourceFile, body: str, body_line: int, fmt: str,
                         meta: dict[str, Any], guess_title: bool) -> list[Item]:
    """Articles of a text body: split when it is an aggregator page, else one article.

    ``body_line`` is the file line of ``body``'s first line.  ``meta`` comes
    from front matter and describes the page's own (lead) article; its title
    wins over a guessed one.  ``guess_title`` allows the BBC-style guess.
    """
    known_title = meta.get("title", "")
    lines = body.split("\n")
    first = lines[_first_content_line(lines)] if body.strip() else ""
    briefs = is_briefs_page(known_title) or is_briefs_page(first) or is_briefs_page(meta.get("url", ""))
    stories = split_briefs(body, first_line=body_line) if briefs else None
    if stories is None:
        stories = split_aggregator(body, first_line=body_line, lead_title=not known_title)
    if stories == []:
        return [ReadError(src.display_path, "aggregator page without any story text")]
    if stories is not None:
        several = len(stories) > 1
        articles: list[Item] = []
        for n, story in enumerate(stories, start=1):
            is_lead = n == 1 and story.source == ""
            # the page's own stories (its lead, its briefs) are its outlet's, of its date; a brief
            # credited to another outlet on a page of briefs is of the page's date too, and a related
            # story of the day its relative time puts it ('18 minutes ago · Konkan Daybreak': the page's)
            if story.source == "":
                page_meta = meta
            elif briefs:
                page_meta = {"published": meta.get("published")}
            else:
                page_meta = {"published": _days_before(meta.get("published"), story.days_ago)}
            articles.append(Article(
                id=article_id(src.id_base, str(n) if several else None),
                path=src.display_path, text=story.text, first_line=story.first_line,
                title=story.title or (page_meta.get("title", "") if is_lead else ""),
                source=story.source or page_meta.get("source", ""),
                published=page_meta.get("published"),
                url=page_meta.get("url", ""),
                ignore=list(meta.get("ignore", [])),
                format="aggregator",
            ))
        return articles
    lines = body.split("\n")
    if guess_title and not known_title:
        title, start = split_title(lines)
    else:
        title, start = known_title, _first_content_line(lines)
    text = _block(lines, start)
    if not text.strip():
        return [ReadError(src.display_path, "no article text")]
    return [Article(id=src.id_base, path=src.display_path, text=text,
                    first_line=body_line + start, format=fmt, **{**meta, "title": title})]


def _days_before(published: str | None, days: int | None) -> str | None:
    """The ISO date ``days`` before a page's date, or None when either is unknown."""
    if not published or days is None:
        return None
    try:
        return (date.fromisoformat(published) - timedelta(days=days)).isoformat()
    except ValueError:
        return None


def read_txt(src: SourceFile) -> list[Item]:
    return _plain_or_aggregator(src, src.text, 1, "txt", {}, guess_title=True)


def _split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """YAML front matter, the body, and the file line the body starts on.

    python-frontmatter's own ``loads`` strips the text, which would lose the
    body's position; its YAML handler's split keeps everything after the
    closing ``---``, so the body offset is exact.
    """
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return {}, text, 1
    fm_text, body = handler.split(text)
    offset = len(text) - len(body)
    meta = handler.load(fm_text) or {}
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping")
    return meta, body, 1 + text.count("\n", 0, offset)


def read_md(src: SourceFile) -> list[Item]:
    """Markdown with optional front matter; a leading "# Title" can be the title.

    The body is kept as written (markup included): claims point into it.
    """
    try:
        raw_meta, body, body_line = _split_front_matter(src.text)
    except (yaml.YAMLError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return [ReadError(src.display_path, f"bad YAML front matter: {first}", line=1)]
    meta = _metadata(raw_meta)
    lines = body.split("\n")
    first = _first_content_line(lines)
    heading = _MARKDOWN_H1_RE.match(lines[first]) if first < len(lines) else None
    if heading and (not meta["title"] or meta["title"] == heading.group(1).strip()):
        # The "# Title" line is the headline: it becomes the title and leaves the text.
        meta["title"] = heading.group(1).strip()
        body = "\n".join(lines[first + 1:])
        body_line += first + 1
    return _plain_or_aggregator(src, body, body_line, "md", meta, guess_title=False)


@contextmanager
def _quiet(*logger_names: str) -> Iterator[None]:
    """Silence libraries that log every odd page at ERROR level.

    We report a bad page once, as a ReadError; their log lines would reach the
    user's terminal through logging's last-resort handler.
    """
    loggers = [logging.getLogger(name) for name in logger_names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


def read_html(src: SourceFile) -> list[Item]:
    """Main text and metadata through trafilatura (comments left out)."""
    try:
        with _quiet("trafilatura", "htmldate"):
            doc = trafilatura.bare_extraction(src.text, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml raise many types on odd markup
        return [ReadError(src.display_path, f"HTML extraction failed: {type(exc).__name__}")]
    text = clean_text(getattr(doc, "text", None) or "").strip("\n") if doc is not None else ""
    title = _as_text(doc.title) if doc is not None else ""
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest.strip("\n")     # the <h1> repeats the title: keep it out of the body, as for .txt
    if not text.strip():
        return [ReadError(src.display_path, "no article text found in HTML")]
    return [Article(
        id=src.id_base, path=src.display_path, text=text, first_line=1, format="html",
        title=title, source=_as_text(doc.sitename),
        published=normalise_date(doc.date), url=_as_text(doc.url),
    )]


def _record_article(src: SourceFile, record: Any, index: int, several: bool,
                    fmt: str, line: int | None) -> Item:
    """One JSON object -> Article (``index`` 1-based, ``line`` for JSONL)."""
    where = f"record {index}"
    if not isinstance(record, dict):
        return ReadError(src.display_path, f"{where}: not a JSON object", line=line)
    text = _field(record, "text")
    if not isinstance(text, str) or not clean_text(text).strip():
        return ReadError(src.display_path, f"{where}: no text", line=line)
    key = _as_text(_field(record, "id")) or (str(index) if several else None)
    return Article(
        id=article_id(src.id_base, key), path=src.display_path,
        text=clean_text(text), first_line=line or 1, format=fmt, **_metadata(record),
    )


def read_json(src: SourceFile) -> list[Item]:
    """An object, a list of objects, or ``{"articles": [...]}``."""
    try:
        data = json.loads(src.text)
    except json.JSONDecodeError as exc:
        return [ReadError(src.display_path, f"invalid JSON: {exc.msg}", line=exc.lineno)]
    except RecursionError:
        return [ReadError(src.display_path, "invalid JSON: nested too deeply")]
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        records = data["articles"]
    elif isinstance(data, dict):
        records = [data]
    elif isinstance(data, list):
        records = data
    else:
        return [ReadError(src.display_path, "JSON holds neither an object nor a list of objects")]
    if not records:
        return [ReadError(src.display_path, "no records")]
    several = len(records) > 1
    return [_record_article(src, r, n, several, "json", None) for n, r in enumerate(records, 1)]


def read_jsonl(src: SourceFile) -> list[Item]:
    """One object per line; a bad line is an error with its number, the rest is read."""
    numbered = [(n, line) for n, line in enumerate(src.text.split("\n"), 1) if line.strip()]
    if not numbered:
        return [ReadError(src.display_path, "no records")]
    several = len(numbered) > 1
    items: list[Item] = []
    for index, (line_no, line) in enumerate(numbered, 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append(ReadError(src.display_path, f"invalid JSON: {exc.msg}", line=line_no))
            continue
        except RecursionError:
            items.append(ReadError(src.display_path, "invalid JSON: nested too deeply", line=line_no))
            continue
        items.append(_record_article(src, record, index, several, "jsonl", line_no))
    return items


#: Extension (lower case, with dot) -> reader.
READERS = {
    ".txt": read_txt,
    ".md": read_md,
    ".markdown": read_md,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
