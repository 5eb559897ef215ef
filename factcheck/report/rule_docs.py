"""``factcheck rules``: the rule list and one rule's documentation."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from factcheck.report.terminal import SEVERITY_STYLE


def rules_table(rules) -> Table:
    table = Table(title=f"{len(rules)} rules", header_style="bold")
    for col in ("code", "name", "pack", "severity", "summary"):
        table.add_column(col)
    for r in rules:
        table.add_row(r.code, r.name, r.pack, Text(r.severity, style=SEVERITY_STYLE.get(r.severity, "")),
                      Text(r.summary))
    return table


def _example(example) -> str:
    if isinstance(example, str):
        return example
    return "  |  ".join(
        f"[{a.get('source', '?')}, {a.get('published', '?')}] {a['text']}" for a in example["articles"]
    )


def rule_doc(rule) -> Group:
    parts = [
        Text(f"{rule.code} {rule.name}", style="bold"),
        Text(f"pack {rule.pack} · severity {rule.severity} · check {rule.check} · {rule.path}", style="dim"),
        Text(""),
        Text(rule.summary, style="italic"),
        Text(""),
        Text("What it flags", style="bold"), Text(rule.docs["what"].strip()), Text(""),
        Text("Why it matters", style="bold"), Text(rule.docs["why"].strip()),
    ]
    if rule.docs.get("source"):
        parts += [Text(""), Text("Source of its bounds", style="bold"), Text(rule.docs["source"].strip())]
    parts += [Text(""), Text("Fires on", style="bold")]
    parts += [Text("  • ") + Text(_example(e)) for e in rule.examples["fire"]]
    parts += [Text(""), Text("Does not fire on", style="bold")]
    parts += [Text("  • ") + Text(_example(e)) for e in rule.examples["pass"]]
    return Group(*parts)
