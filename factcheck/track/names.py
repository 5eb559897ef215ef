"""Finding any of many known names in a text, at a cost that does not grow with their number.

Tracking looks for every place and name the audit knows in every article
(what an article is about, where a figure happened). One regular expression
of all the names tried at every position costs articles x names, so a large
audit slows down with the square of its size. Here names are cut into the
same tokens as the text and looked up by token runs: the cost is the text's
length times the longest name's token count.

Matching is case-blind and on whole tokens (like ``\\b`` on both sides);
at each position the longest name wins, and matches do not overlap, as with
an alternation of the names sorted longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class NameMatch:
    name: str   # the name as known (lower case)
    start: int  # character offsets in the text searched
    end: int


class NameFinder:
    """The known ``names``; ``finditer(text)`` yields where they occur."""

    def __init__(self, names: Iterable[str]):
        self._names: dict[tuple[str, ...], str] = {}
        for name in names:
            tokens = tuple(_TOKEN.findall(name.lower()))
            if tokens:
                self._names[tokens] = name.lower()
        self._longest = max((len(t) for t in self._names), default=0)

    def __bool__(self) -> bool:
        return bool(self._names)

    def finditer(self, text: str) -> Iterator[NameMatch]:
        if not self._names:
            return
        tokens = [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        words = [t[0] for t in tokens]
        i = 0
        while i < len(tokens):
            for size in range(min(self._longest, len(tokens) - i), 0, -1):
                name = self._names.get(tuple(words[i:i + size]))
                if name is not None:
                    yield NameMatch(name, tokens[i][1], tokens[i + size - 1][2])
                    i += size
                    break
            else:
                i += 1
