"""A check that crashes costs its own findings only: the audit goes on, the report lists the
rule that crashed, and the command line exits 2 after writing the report."""

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.ingest import read_paths
from factcheck.pipeline import audit_ingested
from factcheck.report import render_report
from factcheck.rules.loader import load_rules
from factcheck.rules.registry import CHECKS, check, load_checks

CRASHING_RULE = """\
code: FC901
name: crashing-check
severity: error
check: test-crash
summary: A rule whose check always crashes.
params: {}
message: "never shown"
docs: {what: crashes, why: to test the engine, source: none}
examples:
  fire: ["One."]
  pass: ["Two."]
"""

ARTICLE = "---\ntitle: Bridge\nsource: Harbour Post\npublished: 2025-03-04\n---\nThe 162-mile bridge opened on Monday.\n"


@pytest.fixture
def crashing_rules(tmp_path):
    load_checks()

    @check("test-crash", params={"type": "object"})
    def _crash(rule, audit):
        yield from ()
        raise ZeroDivisionError("division by zero in a test check")

    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    (rules_dir / "FC901-crashing-check.yaml").write_text(CRASHING_RULE)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text(ARTICLE)
    yield rules_dir, articles
    CHECKS.pop("test-crash", None)


def test_other_rules_keep_their_findings(crashing_rules):
    rules_dir, articles = crashing_rules
    result = audit_ingested(read_paths([articles]), rules=load_rules(extra_dirs=[rules_dir]))
    assert [e.rule for e in result.rule_errors] == ["FC901"]
    assert "ZeroDivisionError: division by zero in a test check" in result.rule_errors[0].message
    assert result.rule_errors[0].source.endswith("FC901-crashing-check.yaml")
    assert any(f.rule == "FC101" for f in result.findings), "the bridge finding survives the crash"
    doc = json.loads(render_report(result, "json"))
    assert doc["rule_errors"][0]["rule"] == "FC901" and doc["summary"]["rule_errors"] == 1
    assert "FC901 crashing-check" in render_report(result, "terminal", color=False)


def test_command_line_writes_the_report_then_exits_2(crashing_rules, tmp_path):
    rules_dir, articles = crashing_rules
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["audit", str(articles), "--rules", str(rules_dir), "--quiet",
                                      "--format", "json", "--output", str(out)])
    assert result.exit_code == 2
    assert "FC901" in result.stderr and "Traceback" not in result.stderr
    doc = json.loads(out.read_text())
    assert [f["rule"] for f in doc["findings"]] == ["FC101"] and doc["rule_errors"][0]["rule"] == "FC901"
