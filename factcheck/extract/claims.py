"""Extraction stage: article text -> Claim rows.

1. ``scanner.scan`` finds every numeric mention lexically (fast, whole text).
2. ``sentences.split_sentences`` finds sentence bounds cheaply.
3. Only the sentences that hold a numeric *claim* go through the full spaCy
   pipeline; ``context.mention_context`` reads subject, predicate, polarity
   and entities off the parse.

Years, dates, times, ordinals and identifiers stay in the table with their
kind, sentence and line, but are never parsed or compared by the rules.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from factcheck.extract.context import Context, EarlierReading, mention_context
from factcheck.extract.nlp import load_nlp
from factcheck.extract.scanner import Mention, scan
from factcheck.extract.sentences import Sentence, split_sentences, sentence_of
from factcheck.model import CLAIM_KINDS, Article, Claim

BATCH_SIZE = 256


def _claim(article: Article, n: int, m: Mention, sent: Sentence | None, ctx: Context) -> Claim:
    return Claim(
        id=f"{article.id}:{n}",
        article_id=article.id,
        text=m.text,
        start=m.start,
        end=m.end,
        line=article.line_of(m.start),
        value=m.value,
        low=m.low,
        high=m.high,
        unit=m.unit,
        dimension=m.dimension,
        kind=m.kind,
        base_unit=m.base_unit,
        base_value=m.base_value,
        base_low=m.base_low,
        base_high=m.base_high,
        qualifier=m.qualifier,
        subject=ctx.subject,
        subject_text=ctx.subject_text,
        subject_modifiers=ctx.subject_modifiers,
        agent=ctx.agent,
        predicate=ctx.predicate,
        negated=ctx.negated,
        hedged=ctx.hedged,
        entities=ctx.entities,
        places=ctx.places,
        dates=ctx.dates,
        sentence=sent.text if sent else "",
        sentence_start=sent.start if sent else m.start,
    )


def _plan(article: Article):
    """Mentions of one article, grouped under the sentence that holds them."""
    mentions = scan(article.text)
    sentences = split_sentences(article.text) if mentions else []
    groups: dict[int, tuple[Sentence | None, list[Mention]]] = {}
    for m in mentions:
        sent = sentence_of(sentences, m.start)
        key = sent.start if sent else -1 - m.start
        groups.setdefault(key, (sent, []))[1].append(m)
    return list(groups.values())


def extract_articles(articles: Iterable[Article], nlp=None) -> Iterator[tuple[Article, list[Claim]]]:
    """Yield each article with its claims, parsing only sentences that need it.

    Articles are streamed: only one article's parsed sentences are held at once.
    """
    nlp = nlp or load_nlp()
    for article in articles:
        plan = _plan(article)
        to_parse = [s.text for s, ms in plan if s is not None and any(m.kind in CLAIM_KINDS for m in ms)]
        docs = dict(zip(to_parse, nlp.pipe(to_parse, batch_size=BATCH_SIZE))) if to_parse else {}
        claims: list[Claim] = []
        for sent, mentions in plan:
            doc = docs.get(sent.text) if sent is not None else None
            previous: tuple[str, str] | None = None
            earlier: list[EarlierReading] = []  # the sentence's figures read so far
            for m in mentions:
                ctx = Context()
                if doc is not None and m.kind in CLAIM_KINDS:
                    start, end = m.start - sent.start, m.end - sent.start
                    ctx = mention_context(doc, start, end, m.kind, m.dimension, previous, earlier)
                    if ctx.subject and m.kind == "count":
                        previous = (ctx.subject, ctx.subject_text)
                    earlier.append(EarlierReading(start, end, m.kind, ctx, m.dimension))
                claims.append(_claim(article, len(claims) + 1, m, sent, ctx))
        yield article, claims


def extract_text(text: str, article_id: str = "text") -> list[Claim]:
    """Claims of one bare text (the notebook entry point)."""
    article = Article(id=article_id, path="", text=text)
    return next(extract_articles([article]))[1]
