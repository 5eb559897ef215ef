"""Helpers for rule tests: hand-built claims and audits for check-level tests (no extraction,
no spaCy), and ``fires`` to run one bundled rule over text as an audit would."""

from __future__ import annotations

from functools import lru_cache

from factcheck.model import Article, Claim
from factcheck.rules.audit_data import AuditData
from factcheck.rules.examples import run_example
from factcheck.rules.loader import Rule, load_rules


def claim(sentence: str, text: str, *, article: str = "a", n: int = 1, low=None, high=None, value=None,
          occurrence: int = 0, offset: int = 0, **fields) -> Claim:
    """A claim for the ``occurrence``-th ``text`` in ``sentence``, the sentence starting at ``offset``."""
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(text, start + 1)
    value = value if value is not None else low
    low = low if low is not None else value
    high = high if high is not None else low
    fields.setdefault("base_value", value)
    fields.setdefault("base_low", low)
    fields.setdefault("base_high", high)
    return Claim(id=f"{article}:{n}", article_id=article, text=text, start=offset + start,
                 end=offset + start + len(text), line=1, value=value, low=low, high=high,
                 sentence=sentence, sentence_start=offset, **fields)


def audit_of(claims, published: dict[str, str] | None = None) -> AuditData:
    published = published or {}
    ids = {c.article_id for c in claims}
    articles = {a: Article(id=a, path=a, text="", source=a.upper(), published=published.get(a)) for a in ids}
    return AuditData(articles=articles, claims={c.id: c for c in claims})


def rule(check: str, params: dict | None = None) -> Rule:
    return Rule(code="XX999", name="test", pack="test", severity="error", check=check, summary="s",
                message="m", params=params or {}, docs={}, examples={})


@lru_cache(maxsize=1)
def bundled_rules() -> dict[str, Rule]:
    return {r.code: r for r in load_rules()}


def fires(code: str, text: str, published: str | None = None) -> bool:
    """Does bundled rule ``code`` fire on ``text`` (one article, dated ``published`` if given)?"""
    example = text if published is None else {"articles": [{"source": "Post", "published": published, "text": text}]}
    return any(f.rule == code for f in run_example(bundled_rules()[code], example))
