"""Cheap sentence splitting for whole articles.

The full spaCy pipeline (tagger, parser, NER) is the slow part of
extraction, so it only ever sees the sentences that hold a numeric claim.
Finding those sentences uses spaCy's rule-based ``sentencizer`` on a blank
English pipeline (tokeniser only), plus a split at every blank line or hard
line break, because scraped copy often runs headlines and paragraphs
together without a full stop.

A "sentence" longer than ``MAX_SENTENCE_CHARS`` is not prose (a table of
results pasted as text, a page of numbers with no full stop): it is cut
into pieces at a semicolon, comma or space before the limit.  Reading a
figure's context looks at its whole sentence, so without a bound the cost
of such a block grows with the square of its length.  The longest
sentence among the BBC articles has 590 characters.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
import re

from factcheck.timewords import MONTH_ABBREVIATIONS


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_LINE_BREAK = re.compile(r"\n+")

MAX_SENTENCE_CHARS = 1_000
#: Where a long block is best cut, best first.
_CUT_AFTER = ("; ", ", ", " ")


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
        for start, end in _join_numbered(block, nlp(block).sents):
            raw = block[start:end]
            s = raw.strip()
            if not s:
                continue
            start = block_start + start + (len(raw) - len(raw.lstrip()))
            for piece in _split_after_figures(Sentence(start, start + len(s), s)):
                out.extend(_bounded(piece))
    return out


#: A sentence that ends with an abbreviation written before a figure: "rise to No. 51 from No. 84",
#: "Fig. 3", a month as news agencies write it, "since Sept. 26, 185 of them ...". The sentencizer
#: takes its full stop for the end of the sentence.
_NUMBER_ABBREVIATION = re.compile(r"\b(?:No|Nos|no|nos|Fig|Vol|Art|Sec|pp?|" + "|".join(MONTH_ABBREVIATIONS) + r")\.\s*$")


def _join_numbered(block: str, sents) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``block``, a sentence cut after 'No.' joined to the next."""
    spans: list[tuple[int, int]] = []
    for sent in sents:
        if spans and _NUMBER_ABBREVIATION.search(block[spans[-1][0]:spans[-1][1]]) and sent.text[:1].isdigit():
            spans[-1] = (spans[-1][0], sent.end_char)
        else:
            spans.append((sent.start_char, sent.end_char))
    return spans


#: A full stop after a figure's scale or unit letter, then a new sentence: "is £612m. It is
#: made up of". The tokeniser keeps "m." (and "k.", "p.") whole as an abbreviation, so the
#: sentencizer sees no full stop there; nor after a temperature's spaced "C" or "F", which it reads
#: as an initial ("packed in dry ice at -78.5 C. Beauchesne said").
_FIGURE_STOP = re.compile(r"(?:(?<=\d[mkpg])|(?<=\d\s[CF]))\.\s+(?=[A-Z\"“])")


def _split_after_figures(sentence: Sentence) -> list[Sentence]:
    pieces, at = [], 0
    for match in _FIGURE_STOP.finditer(sentence.text):
        pieces.append(Sentence(sentence.start + at, sentence.start + match.start() + 1,
                               sentence.text[at:match.start() + 1]))
        at = match.end()
    pieces.append(Sentence(sentence.start + at, sentence.end, sentence.text[at:]))
    return pieces


def _bounded(sentence: Sentence) -> list[Sentence]:
    """``sentence`` cut into pieces of at most ``MAX_SENTENCE_CHARS`` (usually just itself)."""
    pieces: list[Sentence] = []
    text, start = sentence.text, sentence.start
    while len(text) > MAX_SENTENCE_CHARS:
        cut = next((i + len(mark) for mark in _CUT_AFTER
                    if (i := text.rfind(mark, MAX_SENTENCE_CHARS // 2, MAX_SENTENCE_CHARS)) >= 0), MAX_SENTENCE_CHARS)
        piece = text[:cut].rstrip()
        pieces.append(Sentence(start, start + len(piece), piece))
        rest = text[cut:]
        start += cut + (len(rest) - len(rest.lstrip()))
        text = rest.lstrip()
    if text:
        pieces.append(Sentence(start, start + len(text), text))
    return pieces


#: The end of a sentence in running text: a stop, maybe a closing quote or bracket, then a space and no word
#: in lower case ('at about 4:30 a.m. on Tuesday' goes on).
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?![a-z])")


def last_sentence(text: str) -> str:
    """The last sentence of ``text`` (all of it when it holds no sentence end): given the text up to a
    figure's sentence, the sentence before it."""
    text = text.rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(text[:-1])]
    return text[ends[-1] if ends else 0:]


def sentence_of(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing ``offset``, if any (sentences are sorted)."""
    i = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    if i >= 0 and offset < sentences[i].end:
        return sentences[i]
    return None
