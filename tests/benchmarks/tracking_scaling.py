"""How the cost of tracking and the rules grows with the number of claims.

    python tests/benchmarks/tracking_scaling.py            # all BBC articles
    python tests/benchmarks/tracking_scaling.py --limit 400

The BBC News articles in ../shared/data are read and their claims extracted
once. The BBC files carry no publication date and undated articles are never
joined across (they cannot be placed in time), so every article is given the
same date here: the worst case, where any two articles may state one fact.
Tracking and the rules (``check_claims``) then run on growing slices of
that corpus: an eighth, a quarter, half, all of it, and the whole corpus two
and four times over under new article ids. The copies are the hard case for
blocking: every fact key's block doubles with each copy, so a pairwise
comparison would show up as a cost per claim that doubles too. A cost per
claim that stays about flat is the linear growth the rules issue asks for.

Timing belongs here, in a benchmark command, never in a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from factcheck.ingest import read_paths
from factcheck.model import Article, Claim
from factcheck.pipeline import check_claims, extract_all
from factcheck.rules.loader import load_rules

HERE = Path(__file__).resolve().parent
SHARED_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", HERE.parents[2] / "shared" / "data"))
BBC_DIR = SHARED_DATA / "bbc-news"
#: The publication date every article is given (see the module docstring).
SAME_DAY = "2005-03-01"


def copies(articles: list[Article], claims: list[Claim], times: int) -> tuple[list[Article], list[Claim]]:
    """The corpus ``times`` over, each copy under its own article ids."""
    all_articles, all_claims = list(articles), list(claims)
    for n in range(1, times):
        tag = f"~copy{n}"
        all_articles += [dataclasses.replace(a, id=a.id + tag) for a in articles]
        all_claims += [dataclasses.replace(c, id=c.article_id + tag + c.id[len(c.article_id):],
                                           article_id=c.article_id + tag) for c in claims]
    return all_articles, all_claims


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="read only the first N BBC articles")
    args = parser.parse_args(argv)
    console = Console()
    if not BBC_DIR.is_dir():
        console.print(f"BBC News data not found at {BBC_DIR}; nothing to measure.")
        return 2
    articles = [dataclasses.replace(a, published=SAME_DAY) for a in read_paths([BBC_DIR]).articles]
    if args.limit:
        articles = articles[: args.limit]
    with console.status(f"extracting claims from {len(articles)} articles"):
        claims = extract_all(articles)
    rules = load_rules()

    slices = [(f"1/{d} of the corpus", len(articles) // d, 1) for d in (8, 4, 2)]
    slices += [("the corpus", len(articles), 1), ("the corpus x2", len(articles), 2),
               ("the corpus x4", len(articles), 4)]
    table = Table(title=f"Tracking and rules cost (BBC News, {len(articles)} articles)")
    for column in ("slice", "articles", "claims", "facts", "seconds", "microseconds per claim"):
        table.add_column(column, justify="left" if column == "slice" else "right")
    for label, count, times in slices:
        some = articles[:count]
        ids = {a.id for a in some}
        some_claims = [c for c in claims if c.article_id in ids]
        some, some_claims = copies(some, some_claims, times)
        started = time.perf_counter()
        facts, _ = check_claims(some, some_claims, rules)
        seconds = time.perf_counter() - started
        table.add_row(label, str(len(some)), str(len(some_claims)), str(len(facts)), f"{seconds:.2f}",
                      f"{1e6 * seconds / max(1, len(some_claims)):.0f}")
    console.print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
