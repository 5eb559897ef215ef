"""Rule files: validation errors name the file and line; the CLI exits 2."""

import shutil
from pathlib import Path

import pytest

from factcheck.rules.loader import RuleFileError, builtin_rules_dir, load_rules

GOOD = (builtin_rules_dir() / "plausibility" / "FC101-implausible-bridge-length.yaml").read_text()


def write_pack(tmp_path: Path, text: str) -> Path:
    pack = tmp_path / "newsroom"
    pack.mkdir()
    (pack / "NR901-test.yaml").write_text(text.replace("FC101", "NR901"))
    return tmp_path


def test_builtin_rules_load_with_unique_codes():
    rules = load_rules()
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes))
    assert {"FC101", "FC201", "FC202"} <= set(codes)


def test_extra_folder_adds_rules(tmp_path):
    rules = load_rules([write_pack(tmp_path, GOOD)])
    assert "NR901" in {r.code for r in rules}
    assert next(r for r in rules if r.code == "NR901").pack == "newsroom"


@pytest.mark.parametrize(
    "old,new,line,words",
    [
        ("check: plausible-range", "check: no-such-check", 4, "unknown check kind"),
        ("severity: error\n", "", None, "'severity' is a required property"),
        ("  min: 2 ", "  min: two ", 9, "params.min"),
        ("severity: error", "severity: fatal", 3, "severity"),
    ],
)
def test_invalid_rule_file_names_file_and_line(tmp_path, old, new, line, words):
    assert old in GOOD
    root = write_pack(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(RuleFileError) as info:
        load_rules([root])
    err = info.value
    assert err.path.endswith("NR901-test.yaml")
    assert words in err.message
    if line is not None:
        assert err.line == line


def test_duplicate_code_is_an_error(tmp_path):
    root = write_pack(tmp_path, GOOD.replace("NR901", "FC101"))
    shutil.copy(root / "newsroom" / "NR901-test.yaml", root / "newsroom" / "NR902-test.yaml")
    with pytest.raises(RuleFileError, match="also used by"):
        load_rules([root])


def test_broken_yaml_is_reported_with_line(tmp_path):
    root = write_pack(tmp_path, GOOD + "\n  bad: [unclosed\n")
    with pytest.raises(RuleFileError) as info:
        load_rules([root])
    assert "not valid YAML" in info.value.message
    assert info.value.line is not None


def test_running_total_verbs_agree_between_fc201_fc203_and_tracking():
    """FC201 leaves running-total updates to FC203, and tracking gives those tolls a longer date
    window: all three must name the same verbs."""
    from factcheck.track.keys import RUNNING_TOTALS

    rules = {r.code: r for r in load_rules()}
    assert set(rules["FC201"].params["running_totals"]) == set(rules["FC203"].params["predicates"])
    assert set(rules["FC203"].params["predicates"]) == RUNNING_TOTALS
