"""Reports of one story, for the time checks that read a thing's dates across articles.

A building's year or a proposal's decade does not change from report to
report: "the sea wall, built in 1978" in Monday's story and "the 1960s sea
wall" in Friday's are the same contradiction as within one article. The
checks pair a statement of one article with a statement of another only
when both articles are dated and are about one name few articles of the
audit are about (``Places.about_one_name``: 'Marenza' in the headline or
twice in each). That is looser than the story test of the figure checks
(two such names), because the statements must also name one thing: a
building of one kind that each report speaks of as the only one, or an
event of one holder.
"""

from __future__ import annotations


def story_pairs(audit, article_ids) -> list[tuple[str, str]]:
    """Ordered pairs (a, b) of two dated articles among ``article_ids`` about one rare name."""
    dated = [a for a in dict.fromkeys(article_ids)
             if (article := audit.articles.get(a)) is not None and article.published]
    return [(a, b) for a in dated for b in dated if a != b and audit.places.about_one_name(a, b)]
