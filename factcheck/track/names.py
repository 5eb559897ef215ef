"""Finding any of many known names in a text, at a cost that does not grow with their number.

Tracking looks for every place and name the audit knows in every article
(what an article is about, where a figure happened). One regular expression
of all the names tried at every position costs articles x names, so a large
audit slows down with the square of its size. Here names are cut into the
same tokens as the text and looked up by token runs: the cost is the text's
length times the longest name's token count.

Matching is on whole tokens (like ``\\b`` on both sides) and blind to case,
except that a match must hold a capital letter: names are written with one,
and 'us' or 'bank' in running text is no place and no organisation ('US',
'the Bank'). At each position the longest name wins, and matches do not
overlap, as with an alternation of the names sorted longest first.
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
        #: For each first token, the token counts of the names it opens, longest first.
        self._sizes: dict[str, list[int]] = {}
        for tokens in self._names:
            self._sizes.setdefault(tokens[0], []).append(len(tokens))
        for sizes in self._sizes.values():
            sizes.sort(reverse=True)

    def __bool__(self) -> bool:
        return bool(self._names)

    def finditer(self, text: str) -> Iterator[NameMatch]:
        if not self._names:
            return
        tokens = list(_TOKEN.finditer(text))
        words = [m.group(0).lower() for m in tokens]
        i = 0
        while i < len(words):
            for size in self._sizes.get(words[i], ()):
                if i + size > len(words):
                    continue
                name = self._names.get(tuple(words[i:i + size]))
                if name is not None and any(t.group(0)[0].isupper() for t in tokens[i:i + size]):
                    yield NameMatch(name, tokens[i].start(), tokens[i + size - 1].end())
                    i += size
                    break
            else:
                i += 1
