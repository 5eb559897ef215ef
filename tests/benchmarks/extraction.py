"""Benchmark factcheck's numeric-claim extractor beside its peers, in one run.

    python tests/benchmarks/extraction.py [--only gold|heldout|heldout2|peers|bbc] [--bbc-limit N]
                                          [--json FILE] [--misses N] [--check]

Prints one table: (a) our hand-written gold set, (a') the held-out gold set
(written apart from the extractor, since used to develop it), (a'') the second
held-out set (written apart from the extractor and never used to tune it), (b) other
projects' test suites, (c) real BBC copy and throughput. It measures and
exits 0; with ``--check`` it exits 1 when factcheck misses its targets (see
TARGETS), which are read from the main gold set only.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rich.console import Console   # noqa: E402
from rich.table import Table       # noqa: E402

from bbc_sample import BBC, bbc_articles, claim_profile, throughput   # noqa: E402
from gold_cases import GOLD_DIR, HELDOUT2_DIR, HELDOUT3_DIR, HELDOUT_DIR, load_gold   # noqa: E402
from gold_scoring import score_gold                                  # noqa: E402
from peer_suites import score_peer_suites                            # noqa: E402
from systems import all_systems                                      # noqa: E402

#: What --check demands of factcheck.
TARGETS = {
    "value accuracy": 0.97,
    "subject accuracy": 0.90,
    "false extractions /100 sentences": 1.0,   # at most
}
THROUGHPUT_SAMPLE = 200


def fmt(value) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        if math.isinf(value):
            return "inf"
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


#: The gold sets, each scored as its own section: report key -> (folder, label).
GOLD_SETS = {
    "gold": (GOLD_DIR, "gold set"),
    "heldout": (HELDOUT_DIR, "held-out gold set"),
    "heldout2": (HELDOUT2_DIR, "held-out gold set 2"),
    "heldout3": (HELDOUT3_DIR, "held-out gold set 3"),
}


def run_gold(systems, report, table, misses: int, console, key: str = "gold") -> None:
    """Score one gold set (see GOLD_SETS) as its own section of the table."""
    folder, label = GOLD_SETS[key]
    cases, errors = load_gold(folder)
    if errors:
        console.print(f"[red]{label} invalid ({len(errors)} problems), not scored:[/red]")
        for error in errors[:20]:
            console.print(f"  {error}")
        report[key] = {"errors": errors}
        return
    scores = {s.name: score_gold(s, cases) for s in systems}
    claims = sum(len(c.claims) for c in cases)
    table.add_section()
    table.add_row(f"[bold]{label}[/bold] ({len(cases)} sentences, {claims} claims)", *[""] * len(systems))
    metrics = {name: score.metrics() for name, score in scores.items()}
    for metric in next(iter(metrics.values())):
        table.add_row(f"  {metric}", *[fmt(metrics[s.name][metric]) for s in systems])
    report[key] = {"sentences": len(cases), "claims": claims, "metrics": metrics}
    if misses:
        for name, score in scores.items():
            console.print(f"[bold]{name}[/bold] on the {label}: first {misses} of {len(score.misses)} misses")
            for miss in score.misses[:misses]:
                console.print(f"  {miss.case} {miss.field} [{miss.num}] gold={miss.gold!r} got={miss.got!r}"
                              f"  | {miss.text[:90]}", markup=False, highlight=False, soft_wrap=True)


def _suite_cell(tally: dict) -> str:
    return f"{fmt(tally['f1'])} ({tally['found']}/{tally['expected']}, +{tally['extra']})"


def run_peers(systems, report, table, console) -> None:
    rows, notes = score_peer_suites(systems)
    for note in notes:
        console.print(f"[yellow]{note}[/yellow]")
    report["peers"] = rows
    if not rows:
        return
    table.add_section()
    table.add_row("[bold]peer suites[/bold]: F1 (found/expected, +extra)", *[""] * len(systems))
    by_suite: dict[str, dict[str, dict]] = {}
    for row in rows:
        by_suite.setdefault(row["suite"], {})[row["system"]] = row
    for suite, per_system in by_suite.items():
        first = next(iter(per_system.values()))
        table.add_row(f"  {suite} ({first['cases']} cases)",
                      *[_suite_cell(per_system[s.name]) for s in systems])
    table.add_row("  [dim]marked unsupported for python / by design:[/dim]", *[""] * len(systems))
    for suite, per_system in by_suite.items():
        first = next(iter(per_system.values()))["unsupported"]
        if first["cases"]:
            table.add_row(f"  [dim]{suite} ({first['cases']} cases)[/dim]",
                          *[_suite_cell(per_system[s.name]["unsupported"]) for s in systems])


def run_bbc(systems, report, table, limit, console) -> None:
    if not BBC.exists():
        console.print(f"[yellow]BBC articles absent ({BBC}); real-copy section skipped[/yellow]")
        return
    articles = bbc_articles(limit)
    profiles = {s.name: claim_profile(s, articles) for s in systems}
    sample = [text for _, text in bbc_articles(min(THROUGHPUT_SAMPLE, len(articles)))]
    rates = throughput(systems, sample)
    report["bbc"] = {"profiles": profiles, "throughput articles/s": rates,
                     "throughput sample": len(sample)}
    table.add_section()
    table.add_row(f"[bold]BBC news[/bold] ({len(articles)} articles)", *[""] * len(systems))
    for metric in ("claims per article", "share other", "share claims without subject"):
        cells = []
        for s in systems:
            value = profiles[s.name][metric]
            if metric == "share claims without subject" and not s.has_context:
                value = None
            if metric == "share other" and s.name != "factcheck":
                value = None
            cells.append(fmt(value))
        table.add_row(f"  {metric}", *cells)
    kinds = sorted({k for p in profiles.values() for k in p["per article by kind"]})
    factcheck_kinds = profiles.get("factcheck", {}).get("per article by kind", {})
    for kind in kinds:
        if kind in factcheck_kinds:
            table.add_row(f"  {kind} per article",
                          *[fmt(factcheck_kinds[kind]) if s.name == "factcheck" else "" for s in systems])
    table.add_row(f"  throughput, articles/s ({len(sample)} articles)",
                  *[fmt(rates[s.name]) for s in systems])


def check_targets(report: dict) -> list[str]:
    """Targets factcheck misses (empty when all are met or factcheck did not run)."""
    failures = []
    metrics = report.get("gold", {}).get("metrics", {}).get("factcheck")
    if metrics is None:
        failures.append("factcheck was not scored on the gold set")
    else:
        for metric, target in TARGETS.items():
            got = metrics.get(metric)
            at_most = metric.startswith("false")
            if got is None or (got > target if at_most else got < target):
                failures.append(f"{metric} = {fmt(got)}, target {'<=' if at_most else '>='} {target}")
    by_suite: dict[str, dict[str, float | None]] = {}
    for row in report.get("peers", []):
        by_suite.setdefault(row["suite"], {})[row["system"]] = row["f1"]
    for suite, f1 in by_suite.items():
        ours, theirs = f1.get("factcheck"), f1.get("quantulum3")
        if ours is None or (theirs is not None and ours <= theirs):
            failures.append(f"{suite}: factcheck F1 {fmt(ours)} not above quantulum3 {fmt(theirs)}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=(*GOLD_SETS, "peers", "bbc"), help="run one section")
    parser.add_argument("--bbc-limit", type=int, default=None, help="number of BBC articles (default all)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--misses", type=int, default=0, help="list the first N misses per system")
    parser.add_argument("--check", action="store_true", help="exit 1 when factcheck misses its targets")
    args = parser.parse_args(argv)

    # a pipe or CI log gets a wide table instead of rich's 80-column default
    console = Console() if sys.stdout.isatty() else Console(width=150)
    systems, notes = all_systems()
    for note in notes:
        console.print(f"[yellow]{note}[/yellow]")
    table = Table(title="Numeric-claim extraction benchmark")
    table.add_column("measure")
    for system in systems:
        table.add_column(system.name, justify="right")
    report: dict = {"systems": [s.name for s in systems], "notes": notes}

    for key in GOLD_SETS:
        if args.only in (None, key):
            run_gold(systems, report, table, args.misses, console, key)
    if args.only in (None, "peers"):
        run_peers(systems, report, table, console)
    if args.only in (None, "bbc"):
        run_bbc(systems, report, table, args.bbc_limit, console)
    console.print(table)

    if args.json:
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    if args.check:
        failures = check_targets(report)
        for failure in failures:
            console.print(f"[red]target missed:[/red] {failure}")
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
