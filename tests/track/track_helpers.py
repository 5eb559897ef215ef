"""Helpers for tracking tests: examples of several articles for ``run_example``, and the
blocking key of each figure of one sentence."""

from __future__ import annotations

from functools import cache

from factcheck.extract.claims import extract_articles
from factcheck.model import Article
from factcheck.rules.examples import run_example
from factcheck.rules.loader import Rule, load_rules
from factcheck.track.facts import article_modifiers
from factcheck.track.keys import fact_key


def articles(*items):
    """A rule example of several articles, each (source, published, text)."""
    return {"articles": [{"source": s, "published": p, "text": t} for s, p, t in items]}


@cache
def rule_of(code: str) -> Rule:
    """The bundled rule with this code, loaded once per test session."""
    return next(r for r in load_rules() if r.code == code)


def findings(code: str, *reports: tuple[str, str, str]) -> list[str]:
    """The messages of one rule's findings over the reports, each (source, published, text)."""
    return [f.message for f in run_example(rule_of(code), articles(*reports))]


def went_down(*reports: tuple[str, str, str]) -> bool:
    """Does FC203 find a running total that went down over the reports, each (source, published, text)?"""
    return any("went down" in m for m in findings("FC203", *reports))


def fires_within(text: str, published: str = "2026-12-05") -> bool:
    """Does FC202 (two values for one fact in one article) fire on the text read as one article?"""
    return any(f.rule == "FC202" for f in run_example(rule_of("FC202"), articles(("Post", published, text))))


def keys_of(text: str, published: str = "2026-03-04") -> dict[str, tuple | None]:
    """Figure text -> blocking key, for the figures of one text read as an article."""
    article = Article(id="a", path="a", text=text, published=published)
    claims = [c for _, found in extract_articles([article]) for c in found]
    return {c.text: fact_key(c, m) for c, m, _ in article_modifiers(claims, {"a": article})}


def claims_by_text(text: str, published: str = "2026-11-20") -> dict:
    """Figure text -> claim, for the figures of one text read as an article."""
    article = Article(id="a", path="a", text=text, published=published)
    return {c.text: c for _, found in extract_articles([article]) for c in found}
