"""The terminal report for editors (rich).

Per finding: severity, rule, message, then every sentence that holds a
cited figure, with its article's source and ``path:line``, the figures
highlighted (a sentence with several is shown once); the suggestion last. A summary table closes the report.
Article text is always passed to rich as plain ``Text``, never as markup,
so nothing in an article can style or break the report.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.model import SEVERITIES

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
MAX_SENTENCE = 400


def printable(value: str) -> str:
    """``value`` with every control or format character written as an escape ('\\x1b'):
    article text is cleaned at ingest, but file names and the messages about unreadable
    files come straight from the file system and must not drive the terminal."""
    return "".join(
        (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        if unicodedata.category(ch) in ("Cc", "Cf") else ch
        for ch in value)


def _span(claim, sentence: str) -> tuple[int, int] | None:
    """Where the claim's figure lies in its sentence (None when it cannot be found)."""
    start = claim.start - claim.sentence_start
    end = start + len(claim.text)
    if not (0 <= start <= end <= len(sentence)) or sentence[start:end] != claim.text:
        start = sentence.find(claim.text)
        end = start + len(claim.text)
    return (start, end) if start >= 0 else None


def _sentence(claims) -> Text:
    """One sentence with each cited figure in it highlighted (trimmed around them when long)."""
    sentence = claims[0].sentence or claims[0].text
    spans = [span for span in (_span(c, sentence) for c in claims) if span]
    prefix = suffix = ""
    if len(sentence) > MAX_SENTENCE:
        first = min((s for s, _ in spans), default=0)
        lo = max(0, first - MAX_SENTENCE // 2)
        hi = min(len(sentence), lo + MAX_SENTENCE)
        prefix, suffix = ("…" if lo else ""), ("…" if hi < len(sentence) else "")
        sentence = sentence[lo:hi]
        spans = [(s - lo, e - lo) for s, e in spans if s >= lo and e <= hi]
    text = Text(prefix + sentence + suffix)
    for start, end in spans:
        text.stylize("bold black on yellow", start + len(prefix), end + len(prefix))
    return text


def _citation(result, claim) -> Text:
    article = result.article(claim.article_id)
    line = Text("  ")
    line.append(article.source or "unknown source", style="bold")
    if article.published:
        line.append(f" ({article.published})")
    line.append("  ")
    line.append(f"{printable(article.path)}:{claim.line}", style="dim")
    return line


def _finding(result, finding) -> Panel:
    parts = [Text(finding.message)]
    by_sentence: dict[tuple[str, int], list] = {}
    for claim_id in finding.claim_ids:  # figures of one sentence are cited once, together
        claim = result.claim(claim_id)
        by_sentence.setdefault((claim.article_id, claim.sentence_start), []).append(claim)
    for claims in by_sentence.values():
        parts.append(Text(""))
        parts.append(_citation(result, claims[0]))
        parts.append(Text("    ") + _sentence(claims))
    if finding.suggestion:
        parts += [Text(""), Text("Suggestion: ", style="italic") + Text(finding.suggestion)]
    title = Text()
    title.append(finding.severity.upper(), style=SEVERITY_STYLE.get(finding.severity, ""))
    title.append(f"  {finding.rule} {finding.name}")
    return Panel(Group(*parts), title=title, title_align="left",
                 border_style=SEVERITY_STYLE.get(finding.severity, "").replace("bold ", ""))


def _summary(result) -> Table:
    table = Table(title="Summary", show_header=True, header_style="bold")
    table.add_column("")
    table.add_column("count", justify="right")
    by_sev = Counter(f.severity for f in result.findings)
    rows = [
        ("articles", len(result.articles)),
        ("numeric claims", sum(1 for c in result.claims if c.is_claim)),
        ("other numbers (years, dates, ordinals...)", sum(1 for c in result.claims if not c.is_claim)),
        ("facts seen in more than one claim", sum(1 for f in result.facts if len(f.claim_ids) > 1)),
        *((f"findings: {s}", by_sev.get(s, 0)) for s in SEVERITIES),
        ("files that could not be read", len(result.errors)),
        ("files skipped (unsupported type)", len(result.skipped)),
    ]
    if result.rule_errors:
        rows.append(("rules that crashed (their findings are missing)", len(result.rule_errors)))
    for label, count in rows:
        table.add_row(label, str(count))
    by_rule = Counter((f.rule, f.name, f.severity) for f in result.findings)
    if by_rule:
        rules = Table(title="Findings by rule", header_style="bold")
        for col in ("rule", "name", "severity", "count"):
            rules.add_column(col, justify="right" if col == "count" else "left")
        for (code, name, severity), count in sorted(by_rule.items()):
            rules.add_row(code, name, Text(severity, style=SEVERITY_STYLE.get(severity, "")), str(count))
        return Group(table, rules)
    return table


def render(result, console: Console) -> None:
    order = {s: i for i, s in enumerate(SEVERITIES)}
    findings = sorted(result.findings, key=lambda f: (order.get(f.severity, 9), f.rule, f.id))
    if findings:
        console.rule(Text(f"factcheck: {len(findings)} finding(s)", style="bold"))
        for finding in findings:
            console.print(_finding(result, finding))
    else:
        console.rule(Text("factcheck: no findings", style="bold green"))
    if result.errors:
        console.print(Text("Files that could not be read", style="bold red"))
        for err in result.errors:
            where = f"{err.path}:{err.line}" if err.line else err.path
            console.print(Text("  ") + Text(printable(where), style="dim") + Text(f"  {printable(err.message)}"))
    if result.rule_errors:
        console.print(Text("Rules that crashed: their findings are missing from this report", style="bold red"))
        for err in result.rule_errors:
            console.print(Text("  ") + Text(f"{err.rule} {err.name}", style="bold") + Text(f"  {printable(err.message)}"))
    console.print(_summary(result))
