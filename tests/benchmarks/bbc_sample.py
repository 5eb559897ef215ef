"""Run the extractors over real news copy (the BBC News dataset).

There is no gold here: this shows what the extractor does on copy it was
not written for - how claims spread over kinds, how many land in the
catch-all ``other`` kind, how many have no subject - and how fast each
system reads the same sample. The data is read from ../shared/data beside the repo and
skipped with a message when absent.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from pathlib import Path

from systems import System

#: ../shared/data beside the repo, or $FACTCHECK_SHARED_DATA
SHARED_DATA = Path(os.environ.get("FACTCHECK_SHARED_DATA", Path(__file__).resolve().parents[3] / "shared" / "data"))
BBC = SHARED_DATA / "bbc-news"


def bbc_articles(limit: int | None = None) -> list[tuple[str, str]]:
    """(id, body) of the articles in a stable order; body is the text after the headline."""
    files = sorted(BBC.glob("*/*.txt"))
    if limit is not None:
        # spread the sample over the five topic folders instead of taking business only
        step = max(1, len(files) // max(limit, 1))
        files = files[::step][:limit]
    articles = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        articles.append((f"{path.parent.name}/{path.name}", text))
    return articles


def claim_profile(system: System, articles: list[tuple[str, str]]) -> dict:
    """Mentions by kind, and shares of ``other`` and of claims with no subject."""
    kinds: Counter[str] = Counter()
    claims = no_subject = mentions = crashed = 0
    for _, text in articles:
        try:
            found = system.extract(text)
        except Exception:
            crashed += 1
            continue
        mentions += len(found)
        for mention in found:
            kinds[mention.kind or "?"] += 1
            if mention.is_claim:
                claims += 1
                if not mention.subject:
                    no_subject += 1
    articles_read = len(articles) - crashed
    return {
        "articles": len(articles),
        "crashed": crashed,
        "mentions": mentions,
        "claims": claims,
        "claims per article": claims / articles_read if articles_read else None,
        "per article by kind": {k: n / articles_read for k, n in sorted(kinds.items())} if articles_read else {},
        "share other": kinds["other"] / mentions if mentions else None,
        "share claims without subject": no_subject / claims if claims else None,
    }


def throughput(systems: list[System], texts: list[str]) -> dict[str, float]:
    """Articles per second of each system's full pipeline on the same texts."""
    rates = {}
    for system in systems:
        system.process(texts[:2])          # load models outside the clock
        began = time.perf_counter()
        system.process(texts)
        elapsed = time.perf_counter() - began
        rates[system.name] = len(texts) / elapsed if elapsed else float("inf")
    return rates
