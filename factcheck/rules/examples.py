"""Running a rule's own examples (used by the test suite and by rule authors).

An example is either one article's text, or a small set of articles with
source and publication date. ``run_example`` audits it with only that rule
and returns the findings; a check that crashes on it raises, so the example fails.
"""

from __future__ import annotations

from factcheck.model import Article, Finding
from factcheck.pipeline import check_claims, extract_all
from factcheck.rules.loader import Rule


def example_articles(example) -> list[Article]:
    if isinstance(example, str):
        return [Article(id="example", path="example", text=example, source="Example")]
    return [
        Article(id=f"example#{i}", path=f"example#{i}", text=a["text"], source=a.get("source", ""),
                title=a.get("title", ""), published=a.get("published"))
        for i, a in enumerate(example["articles"], start=1)
    ]


def run_example(rule: Rule, example) -> list[Finding]:
    articles = example_articles(example)
    claims = extract_all(articles)
    _, outcome = check_claims(articles, claims, [rule])
    if outcome.errors:
        raise RuntimeError(outcome.errors[0].message)
    return outcome.findings
