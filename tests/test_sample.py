"""The bundled sample corpus end to end: planted problems, golden outputs, reports/."""

from pathlib import Path

import pytest
import yaml

from factcheck.ingest.sample import sample_dir
from factcheck.model import CLAIM_KINDS
from factcheck.report.json_report import audit_document
from factcheck.report.regenerate import REPORT_FILES, render_all, sample_result

REPO = Path(__file__).resolve().parent.parent
EXPECTED = yaml.safe_load((sample_dir() / "EXPECTED.yaml").read_text())
RULE_OF_KIND = {"conflict": "FC201", "implausible": "FC101", "within-article": "FC202"}


@pytest.fixture(scope="module")
def result():
    return sample_result()


def test_sample_has_several_outlets_formats_and_an_aggregator(result):
    assert 15 <= len(result.articles) <= 25
    assert len({a.source for a in result.articles if a.source}) >= 3
    assert {"md", "html", "jsonl", "aggregator"} <= {a.format for a in result.articles}


def test_each_planted_problem_is_flagged_and_nothing_else(result):
    planted = EXPECTED["planted_problems"]
    assert len(result.findings) == len(planted), [f.message for f in result.findings]
    for problem in planted:
        rule = RULE_OF_KIND[problem["kind"]]
        matches = [
            f for f in result.findings
            if f.rule == rule
            and all(any(fig.startswith(result.claim(c).text) or result.claim(c).text in fig
                        for c in f.claim_ids) for fig in problem["figures"])
        ]
        assert matches, f"planted {problem['kind']} {problem['figures']} not flagged by {rule}"


def test_implausible_finding_suggests_the_unit_that_fits(result):
    finding = next(f for f in result.findings if f.rule == "FC101")
    assert "348 metres would be ordinary" in finding.suggestion


def test_aggregator_chrome_and_counters_are_not_claims(result):
    aggregator = [a for a in result.articles if a.format == "aggregator"]
    assert len(aggregator) >= 4  # the lead and its related stories
    ids = {a.id for a in aggregator}
    texts = {c.text.strip().lower() for c in result.claims if c.article_id in ids}
    for junk in ("13", "18 minutes ago", "an hour ago", "3 hours ago"):
        assert junk not in texts
    for article in aggregator:
        for line in article.text.splitlines():
            assert line.strip() != "13", f"share counter left in {article.id}"


def test_offsets_point_at_the_surface(result):
    for claim in result.claims:
        assert result.article(claim.article_id).text[claim.start:claim.end] == claim.text


def test_claims_table_matches_golden(result, data_regression):
    columns = ["id", "text", "line", "value", "low", "high", "unit", "kind", "subject", "predicate"]
    rows = [{c: getattr(claim, c) for c in columns} for claim in result.claims if claim.kind in CLAIM_KINDS]
    for row in rows:  # YAML has no infinity; keep the fixture readable
        row["high"] = "inf" if row["high"] == float("inf") else row["high"]
    data_regression.check({"claims": rows})


def test_json_report_matches_golden(result, data_regression):
    doc = audit_document(result)
    doc.pop("tool")  # carries the version
    data_regression.check({"findings": doc["findings"], "summary": doc["summary"],
                           "articles": doc["articles"]})


def test_reports_folder_is_up_to_date(result):
    fresh = render_all(result)
    stale = [name for name in REPORT_FILES
             if not (REPO / "reports" / name).is_file()
             or (REPO / "reports" / name).read_text(encoding="utf-8") != fresh[name]]
    assert not stale, f"reports/ is stale ({', '.join(stale)}): run `python -m factcheck.report.regenerate reports`"
