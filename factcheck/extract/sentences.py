"""Cheap sentence splitting for whole articles.

The full spaCy pipeline (tagger, parser, NER) is the slow part of
extraction, so it only ever sees the sentences that hold a numeric claim.
Finding those sentences uses spaCy's rule-based ``sentencizer`` on a blank
English pipeline (tokeniser only), plus a split at every blank line or hard
line break, because scraped copy often runs headlines and paragraphs
together without a full stop.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
import re


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_LINE_BREAK = re.compile(r"\n+")


@lru_cache(maxsize=1)
def _splitter():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10_000_000
    return nlp


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets into it."""
    out: list[Sentence] = []
    nlp = _splitter()
    pos = 0
    for block in _LINE_BREAK.split(text):
        block_start = text.index(block, pos) if block else pos
        pos = block_start + len(block)
        if not block.strip():
            continue
        for sent in nlp(block).sents:
            s = sent.text.strip()
            if not s:
                continue
            start = block_start + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            out.append(Sentence(start, start + len(s), s))
    return out


def sentence_of(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing ``offset``, if any (sentences are sorted)."""
    i = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if i >= 0 and offset < sentences[i].end:
        return sentences[i]
    return None
