"""Reports of one story, for the time checks that read a thing's dates across articles.

A building's year or a proposal's decade does not change from report to
report: "the sea wall, built in 1978" in Monday's story and "the 1960s sea
wall" in Friday's are the same contradiction as within one article. The
checks pair a statement of one article with a statement of another only
when both articles are dated and are about one name few articles of the
audit are about (``Places.rare_names_about``: 'Marenza' in the headline or
twice in each). That is looser than the story test of the figure checks
(two such names), because the statements must also name one thing: a
building of one kind that each report speaks of as the only one, or an
event of one holder.
"""

from __future__ import annotations

from typing import Iterable


def story_pairs(audit, firsts: Iterable[str], seconds: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs (a, b) of two dated articles, a among ``firsts`` and b among ``seconds``, about one rare
    name (``Places.rare_names_about``). Articles are indexed by those names, so the cost grows with
    the pairs that share one, not with every pair of the audit."""
    def dated(ids):
        return [a for a in dict.fromkeys(ids) if (article := audit.articles.get(a)) is not None and article.published]

    by_name: dict[str, list[str]] = {}
    for b in dated(seconds):
        for name in audit.places.rare_names_about(b):
            by_name.setdefault(name, []).append(b)
    pairs: dict[tuple[str, str], None] = {}
    for a in dated(firsts):
        for name in audit.places.rare_names_about(a):
            for b in by_name.get(name, []):
                if b != a:
                    pairs[(a, b)] = None
    return list(pairs)
