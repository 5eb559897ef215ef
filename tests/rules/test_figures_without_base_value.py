"""Figures the extractor reads without a value in base units ('rose 5 degrees': the scale is
left unsaid) are kept as claims but can be compared by no rule; no check may fail on them."""

from factcheck.pipeline import check_claims, extract_all
from factcheck.model import Article
from factcheck.rules.loader import load_rules

TEXTS = [
    "Temperatures in Kell rose 5 degrees overnight to 31C, up from 26 degrees on Monday.",
    "Temperatures in Kell rose 9 degrees on Monday, and fell 9 degrees on Tuesday to 22 degrees.",
    "The water in Kell was 14 degrees on Monday, four times the 3.5 degrees of a year ago, a 300% rise.",
]


def test_every_rule_runs_over_figures_without_base_values():
    articles = [Article(id=f"a{i}.md", path=f"a{i}.md", text=text, source=f"Outlet {i}", published="2025-07-08")
                for i, text in enumerate(TEXTS * 2)]
    claims = extract_all(articles)
    assert any(c.is_claim and c.base_low is None for c in claims), "the case this test is about"
    facts, outcome = check_claims(articles, claims, load_rules())
    assert outcome.errors == []
    tracked = {cid for f in facts for cid in f.claim_ids}
    assert not any(c.id in tracked for c in claims if c.base_low is None)
