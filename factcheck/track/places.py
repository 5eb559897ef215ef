"""Where a claim happened, as far as the copy says."""

from __future__ import annotations

import re
from collections import Counter

from factcheck.model import Article, Claim

#: Words that make a figure a total over every place, not one place's figure.
_WHOLE_SCOPE = re.compile(r"\b(?:worldwide|globally|nationwide|altogether|in total|across the (?:world|country))\b",
                          re.I)


class Places:
    """Where each claim happened, as far as the copy says.

    NER tags a place in some sentences and misses it (or calls it a person)
    in others, so every name tagged as a place anywhere in the audit counts
    as a place everywhere. A claim takes the places NER tied to its clause,
    failing that the known places named in its sentence (``of``). Its
    article's home place (the place the article names most often, its
    dateline city as a rule) stands in for a claim that names none
    (``home_of``).
    """

    def __init__(self, claims: list[Claim], articles: dict[str, Article]):
        names = {p.lower() for c in claims for p in c.places}
        self._pattern = (re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                                    + r")\b", re.I) if names else None)
        self._home: dict[str, str | None] = {}
        self._articles = articles

    def _named(self, text: str) -> list[str]:
        return [m.group(1).lower() for m in self._pattern.finditer(text)] if self._pattern else []

    def home(self, article_id: str) -> str | None:
        if article_id not in self._home:
            article = self._articles.get(article_id)
            counts = Counter(self._named(f"{article.title}\n{article.text}")) if article else Counter()
            self._home[article_id] = counts.most_common(1)[0][0] if counts else None
        return self._home[article_id]

    def of(self, claim: Claim) -> frozenset[str]:
        if _WHOLE_SCOPE.search(claim.sentence):
            return frozenset({"(everywhere)"})  # 'sold 20 million copies worldwide', 'altogether'
        if claim.places:
            return frozenset(p.lower() for p in claim.places)
        return frozenset(self._named(claim.sentence))

    def home_of(self, claim: Claim) -> frozenset[str]:
        home = self.home(claim.article_id)
        return frozenset({home}) if home else frozenset()
