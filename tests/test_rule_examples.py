"""Every rule's own examples: 'fire' ones must fire it, 'pass' ones must not."""

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

RULES = load_rules()
CASES = [
    pytest.param(rule, kind, i, example, id=f"{rule.code}-{kind}-{i}")
    for rule in RULES
    for kind in ("fire", "pass")
    for i, example in enumerate(rule.examples[kind], start=1)
]


def test_every_rule_has_both_kinds_of_example():
    assert RULES, "no rules were loaded"
    for rule in RULES:
        assert rule.examples["fire"] and rule.examples["pass"], rule.code


@pytest.mark.parametrize("rule,kind,index,example", CASES)
def test_rule_example(rule, kind, index, example):
    findings = [f for f in run_example(rule, example) if f.rule == rule.code]
    if kind == "fire":
        assert findings, f"{rule.code} should fire on its example {index}"
    else:
        assert not findings, f"{rule.code} fired on its pass example {index}: {findings[0].message}"
