"""Tracking stage: group claims about the same thing into facts.

A fact is one figure the world has a single true value for: *how many
missiles were launched at Ardenia on the night of 9 March*. Claims are
grouped in two steps, so the cost grows about linearly with the number of
claims:

1. **Blocking** by a key every claim of one fact shares: the subject
   lemma and its narrowing words, the predicate class and the unit's
   dimension (``fact_key``). Only
   claims in one block are ever compared.
2. **Clustering** inside a block, first within each article, then across
   articles. Claims join one fact only when nothing says they differ
   (``_compatible``: days, agents, places, owners, time spans) and
   something ties them (``_tied_in_article``: the same specific naming and
   shared words or transposed digits; ``_tied_across``: shared words, both
   dated, an anchor to one event). An article's group is never split across facts,
   so the within-article checks see every figure the article gives.
   A figure that names a known thing with no verb of its own ("the
   company's 2,680 staff", ``keys.reference_key``) joins the block of a
   figure of its article with the same digits in another order
   (``_place_references``), and so does a figure that restates another of
   its article in other words with its digits swapped ('19,870 runners
   finished' / 'the 18,970 finishers', ``_join_transposed_twins``).

Not tracked: claims without a subject, counts and shares without a
predicate, vague figures ("thousands of"), figures in a sentence that
contrasts them ("compared with", "while"), timings ("after 48 minutes"),
negated or hedged ones (a forecast does not contradict a count), increments ("a further
17", "another 40"), differences ("£300 less than"), parts of the figure before them
("14 of them seriously") and claims that share their sentence with another claim
of the same key ("by 31 votes to 19", "from 2% to 5%"), which contrast two
figures rather than state one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from factcheck.model import Article, Claim
from factcheck.track.evidence import context_words, ordinals, owners, same_digits, time_spans, verb_forms
from factcheck.track.keys import GENERIC_SUBJECTS, RUNNING_TOTALS, contrasted, fact_key, reference_key
from factcheck.track.places import EVERYWHERE, Places
from factcheck.track.when import Day, claim_day, days_agree, nearest_first, resolve_that_year

DATE_WINDOW_DAYS = 2
TOLL_WINDOW_DAYS = 7  # running totals ("the toll rose to 19") are reported for a week


@dataclass
class Fact:
    id: str
    subject: str
    predicate: str
    dimension: str
    claim_ids: list[str] = field(default_factory=list)


#: Names NER takes for organisations that anchor nothing: time zones ('by 1405 GMT') and the
#: news agencies and broadcasters copy quotes ('told the BBC'), which any two stories may name.
NOT_ACTORS = {"gmt", "bst", "utc", "cet", "est", "edt", "pst", "bbc", "reuters", "afp", "ap", "associated press",
              "press association", "pa", "bbc news", "bbc news website", "bbc radio 4"}

#: Subjects whose figure belongs to whoever holds it ('shares in Barclays', 'a 70% share of the
#: market', 'from eight yards'): two articles state one such fact only when their sentences name
#: the same holder; the names an article is about are not enough.
HELD_SUBJECTS = (GENERIC_SUBJECTS - {"people"}) | {"share", "stake", "deal"}


def _actors(claim: Claim) -> frozenset[str]:
    return frozenset(e.lower() for e in claim.entities) - NOT_ACTORS


@dataclass
class _Tracked:
    claim: Claim
    predicate: str           # the block's predicate class
    places: frozenset[str]   # named in its clause or sentence
    home: frozenset[str]     # its article's home place
    topics: frozenset[str]   # names its article is about (title, repeated)
    actors: frozenset[str]
    day: Day
    words: frozenset[str]
    ordinals: frozenset[str]
    owners: frozenset[str]   # whose the figure is: 'Petrel's shares', 'jobs at Marsh'
    refers_back: bool = False  # 'the 5.99% rise' after 'a council tax rise of 4.99%'
    twin: str = ""           # id of the figure it restates with digits swapped (``_join_transposed_twins``)
    spans: frozenset[str] = frozenset()  # what span it is totted up over: 'in 24 hours', 'since Saturday'


def _window(a: _Tracked, b: _Tracked) -> int:
    """Days two undated-by-the-text figures may lie apart: a toll is reported for a week."""
    return TOLL_WINDOW_DAYS if a.predicate in RUNNING_TOTALS else DATE_WINDOW_DAYS


#: Nouns for one event, as agents of a toll: "the strike that killed 11", "the barrage that killed 19".
EVENT_AGENTS = {
    "attack": "attack", "strike": "attack", "airstrike": "attack", "barrage": "attack", "raid": "attack",
    "bombing": "attack", "bombardment": "attack", "shelling": "attack", "assault": "attack", "blast": "attack",
    "explosion": "attack",
    "fire": "fire", "blaze": "fire", "flame": "fire", "inferno": "fire", "wildfire": "fire",
    "quake": "earthquake", "earthquake": "earthquake", "tremor": "earthquake",
    "storm": "storm", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm",
    "flood": "flood", "flooding": "flood",
    "crash": "crash", "collision": "crash", "derailment": "crash", "accident": "crash",
}


def _is_named(agent: str, claim: Claim) -> bool:
    """Is the agent a name the sentence gives ('harrowby city', 'brenner'), not a common noun?
    (NER misses some names; a capitalised word inside the sentence counts too.)"""
    if any(agent == name or agent in name.split() for name in (e.lower() for e in claim.entities + claim.places)):
        return True
    capitalised = r"\s+".join(re.escape(word[:1].upper() + word[1:]) for word in agent.split())
    return bool(capitalised) and bool(re.search(rf"(?<=[\w,;:] ){capitalised}\b", claim.sentence))


def _agents_differ(a: _Tracked, b: _Tracked) -> bool:
    """Do the claims name different doers? Two names that differ do; so do two common nouns of
    different kinds ('pictures are made up of 700 pixels' / 'each line is made up of 1,920'),
    in one article, unless they name one event ('the strike' / 'the barrage') or the figure is a level, whose
    common-noun agent is only who reported it ('the centre put the depth at 21 km'). A name
    and a common noun may be one doer ('Harrowby City' / 'the club')."""
    x, y = a.claim.agent, b.claim.agent
    if not x or not y or x == y or EVENT_AGENTS.get(x, x) == EVENT_AGENTS.get(y, y):
        return False
    x_named, y_named = _is_named(x, a.claim), _is_named(y, b.claim)
    if x_named and y_named:
        return True
    if x_named != y_named:
        return False
    if a.claim.article_id != b.claim.article_id:
        return False  # outlets name one doer in their own words: 'hackers' / 'criminals'
    return bool(a.predicate)


def _compatible(a: _Tracked, b: _Tracked, places: Places) -> bool:
    """Nothing in the copy says two claims of one block are about different things.

    Their days agree (``when.days_agree``), their agents do not differ
    ('pictures are made up of 700 pixels' / 'each line is made up of
    1,920'), nor the ordinals around them ('in its first weekend' / 'in
    its second week'), and their places do not differ (``Places.agree``: a
    region agrees with the places it is known to contain): within one
    article a claim naming no place takes the article's home place; across
    articles only places the claims name count.
    """
    if not days_agree(a.day, b.day, _window(a, b), event=a.predicate in RUNNING_TOTALS):
        return False
    if _agents_differ(a, b) and not _twins(a, b):
        return False  # (twins come from two wordings, whose doers need not match: council / household)
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
        return False  # 'its first weekend' / 'its second week'
    if a.spans and b.spans and not a.spans & b.spans:
        return False  # '96 mm of rain in 24 hours' / '131 mm since Saturday'
    if a.owners and b.owners and not a.owners & b.owners:
        return False  # 'shares in Barclays' / 'Petrel's shares'
    if _holder_unknown_to_other(a, b) or _holder_unknown_to_other(b, a):
        return False  # 'Carnival's shares ... at £32.26' / 'Shares fell 1% to 510.75 pence' in a story of another firm
    if a.predicate in RUNNING_TOTALS and EVERYWHERE in a.places | b.places:
        return True  # 'the storm swept across the country and killed two': the event's whole toll
    if a.claim.article_id == b.claim.article_id:
        return places.agree(a.places or a.home, b.places or b.home)
    return places.agree(a.places, b.places)


def _twins(a: _Tracked, b: _Tracked) -> bool:
    return a.twin == b.claim.id or b.twin == a.claim.id


def _holder_unknown_to_other(a: _Tracked, b: _Tracked) -> bool:
    """Does ``a`` name whose figure it is, in another article that never names that holder?"""
    if not a.owners or b.owners or a.claim.article_id == b.claim.article_id:
        return False
    known = b.places | b.actors | b.topics | b.home
    return not (a.owners & known or _name_words(a.owners) & _name_words(known))


def _tied_in_article(a: _Tracked, b: _Tracked) -> bool:
    """Evidence that two claims of one article state the same fact.

    One article repeats a noun ('sales rose 0.9% ... sales rose 0.3%';
    'from eight yards' ... 'from 25 yards') for many things, and shared
    words around two figures tie parallel sentences about different things
    as often as the same thing. So the figures must be tied closely: the
    same digits in another order (the typo behind most internal
    contradictions: £4.6m and £6.4m, 85 and 58), or a reference back ('the
    5.99% rise' after 'a council tax rise of 4.99%'); and the fact must be
    named specifically (narrowing words, an agent, or shared context).
    """
    if _twins(a, b):
        return True
    specific = (a.claim.subject_modifiers or a.claim.agent or b.claim.agent
                or a.refers_back or b.refers_back or a.words & b.words)
    return bool(specific) and (same_digits(a.claim, b.claim) or a.refers_back or b.refers_back)


def _tied_across(a: _Tracked, b: _Tracked, places: Places) -> bool:
    """Evidence that claims of two articles state the same fact.

    A shared subject and predicate is common and proves little ("two men were
    arrested" is in many stories; "sales rose 2.8%" is in every results
    story), so two claims are tied only when, in order:

    1. they share words around the figure beyond the subject and the block's
       own verb, or are a toll in two articles about one town ("eleven
       miners were killed" / "nine miners were killed" in two Cardrew
       reports; a home place that is not a country or region);
    2. both are dated (by publication or by their own date words);
    3. something anchors them to one event: a place or actor both sentences
       name; or, unless the figure belongs to whoever holds it
       (``HELD_SUBJECTS``: a share price, a distance), a name one sentence
       gives that the other article is about (its title, names it repeats,
       a home town; NER calls a company a place in one sentence and an
       organisation in the next, so all count). A country both articles are
       at home in does not anchor ("sales rose 8%" in two US stories). For a
       toll, the small places both stories keep naming, which NER misses
       ("the Tarrow floods"), anchor too.
    """
    if not a.words & b.words and not (a.predicate in RUNNING_TOTALS and places.local(a.home & b.home)):
        return False
    if a.day.date is None or b.day.date is None:
        return False  # an undated article cannot be placed in time against another
    if (a.places | a.actors) & (b.places | b.actors):
        return True
    if a.claim.subject in HELD_SUBJECTS and a.predicate not in RUNNING_TOTALS:
        return False
    a_names, b_names = a.places | a.actors | a.topics, b.places | b.actors | b.topics
    if a_names & b_names or places.local(a_names & b.home | b_names & a.home | a.home & b.home):
        return True
    if a.predicate not in RUNNING_TOTALS:
        return False
    # one event's toll: the small places and names both stories repeat anchor it too
    a_story, b_story = places.story_names_of(a.claim), places.story_names_of(b.claim)
    return bool(_name_words(a_names) & b_story or _name_words(b_names) & a_story or a_story & b_story)


def _name_words(names: frozenset[str]) -> set[str]:
    """The words of names ('pennock zoo' -> pennock, zoo), to meet a one-word topic."""
    return {word for name in names for word in name.split() if len(word) > 3}


def _article_groups(items: list[_Tracked], places: Places) -> list[list[_Tracked]]:
    """One article's claims of a block, grouped into the facts it states."""
    groups: list[list[_Tracked]] = []
    for item in items:
        for group in groups:
            if all(_compatible(item, other, places) and _tied_in_article(item, other) for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups


def _join_articles(groups: list[list[_Tracked]], places: Places) -> list[list[_Tracked]]:
    """Merge the article groups of a block into facts across articles.

    A group may join a fact when it is compatible with every claim already
    in it, tied to claims of at least half the fact's articles (one tie to
    a single article would let a chain of weak ties join two stories: the
    Marsh settlement to the SEC's, through a third article naming both),
    and its article is not there yet (two groups of one article were kept
    apart on purpose). Of the facts it may join it joins the best tied one
    (most ties, the same doer counting double), so the order articles come
    in matters less.
    """
    facts: list[list[_Tracked]] = []
    for group in groups:
        article = group[0].claim.article_id
        best, best_score = None, 0
        for fact in facts:
            if any(t.claim.article_id == article for t in fact):
                continue
            if not all(_compatible(g, f, places) for g in group for f in fact):
                continue
            tied = [(g, f) for g in group for f in fact if _tied_across(g, f, places)]
            fact_articles = {f.claim.article_id for f in fact}
            if 2 * len({f.claim.article_id for _, f in tied}) < len(fact_articles):
                continue
            score = sum(1 + (g.claim.agent != "" and g.claim.agent == f.claim.agent) for g, f in tied)
            if score > best_score:
                best, best_score = fact, score
        if best is None:
            facts.append(list(group))
        else:
            best.extend(group)
    return facts


#: A figure given as a part of the one before it: "52 people were injured, 14 of them seriously",
#: "five were killed, including two children".
_PART_AFTER = re.compile(r"^\s*(?:of them|of whom|of which|of those)\b", re.I)
_PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s+(?:at least\s+|some\s+|about\s+)?$", re.I)


def _is_part(claim: Claim) -> bool:
    return bool(_PART_AFTER.match(claim.text_after(15)) or _PART_BEFORE.search(claim.text_before(25)))


def _drop_contrasts(members: list[Claim]) -> list[Claim]:
    """Leave out claims that share a sentence with another claim of the block ('by 31 votes to
    19'); a part of the figure before it ('14 of them seriously') is left out itself, and leaves
    its whole standing."""
    members = [c for c in members if not _is_part(c)]
    per_sentence = Counter((c.article_id, c.sentence_start) for c in members)
    return [c for c in members if per_sentence[(c.article_id, c.sentence_start)] == 1]


_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+$", re.I)


def article_modifiers(claims: list[Claim]) -> Iterable[tuple[Claim, list[str], bool]]:
    """Each claim with the words that narrow its subject, read in its article, and whether
    it refers back to an earlier mention.

    Copy names a thing in full once and then by its noun: "a council tax
    rise of 4.99%" ... "the 5.99% rise". A subject given bare, right after
    a definite determiner, takes the narrowing words of the one way the
    article named it before; when the article named it in two ways, or the
    figure is not introduced as a known thing ("has scored 78 goals", "the
    new 3,200-metre runway"), it stays bare.
    """
    seen: dict[tuple[str, str], set[str]] = {}
    for claim in sorted(claims, key=lambda c: (c.article_id, c.start)):
        named = seen.setdefault((claim.article_id, claim.subject), set())
        if claim.subject_modifiers:
            named.add(" ".join(claim.subject_modifiers))
            yield claim, claim.subject_modifiers, False
        elif len(named) == 1 and _DEFINITE_BEFORE.search(claim.text_before(12)):
            yield claim, next(iter(named)).split(), True
        else:
            yield claim, claim.subject_modifiers, False


def _words_beyond(claim: Claim, predicate: str) -> frozenset[str]:
    """The words around the figure, less the forms of the block's own verb ('rose' in a block of
    rises is no evidence; 'travelling' around two train speeds, whose block has no verb, is)."""
    forms = {form for verb in predicate.split() for form in verb_forms(verb)}
    return frozenset(w for w in context_words(claim) if w not in forms)


def _track(claim: Claim, predicate: str, places: Places, articles: dict[str, Article],
           refers_back: bool = False, twin: str = "") -> _Tracked:
    """What tracking needs to know of one claim: where, when, who, and the words around it."""
    article = articles.get(claim.article_id)
    at = claim.start - claim.sentence_start
    date_words = nearest_first(resolve_that_year(claim.dates, claim.sentence, at), claim.sentence, at)
    return _Tracked(claim, predicate, places.of(claim), places.home_of(claim), places.topics_of(claim), _actors(claim),
                    claim_day(date_words, article.published if article else None),
                    _words_beyond(claim, predicate), ordinals(claim), owners(claim), refers_back, twin,
                    time_spans(claim))


def _place_references(references: list[tuple[Claim, tuple[str, str, str]]],
                      blocks: dict[tuple[str, str, str, str], list[Claim]]) -> None:
    """Put figures that name a known thing with no verb of their own ("the company's 2,680
    staff", see ``keys.reference_key``) in the block of a figure of their article that they
    restate with the same digits in another order ("has 2,860 staff"), or in a block of
    their own when both are such figures. Nothing else ties them: an article names the
    same noun for many things, and a bare count proves little across articles."""
    partners: dict[tuple[str, str, str, str], list[tuple[Claim, tuple[str, str, str, str]]]] = {}
    for key, members in blocks.items():
        for claim in members:
            partners.setdefault((claim.article_id, key[0], key[1], key[3]), []).append((claim, key))
    for claim, (subject, modifiers, unit) in references:
        partners.setdefault((claim.article_id, subject, modifiers, unit), []).append(
            (claim, (subject, modifiers, "", unit)))
    placed: set[str] = set()
    for claim, (subject, modifiers, unit) in references:
        if claim.id in placed:
            continue
        for other, key in partners[(claim.article_id, subject, modifiers, unit)]:
            if other.sentence_start != claim.sentence_start and same_digits(claim, other):
                block = blocks.setdefault(key, [])
                block += [c for c in (other, claim) if c not in block]
                placed |= {claim.id, other.id}
                break


#: Transposed digits tie two figures of one article across blocks only from this size up
#: (12 and 21 of anything are common; 1,890 and 1,980 of one thing are a typo).
TWIN_MIN_VALUE = 100


def _stems(claim: Claim) -> set[str]:
    """Word stems of what a figure counts and does: 'runners finished' and 'finishers' share 'finis'."""
    words = [claim.subject, *claim.subject_modifiers, *claim.predicate.split()]
    return {w[:5] for w in words if len(w) >= 4}


def _join_transposed_twins(blocks: dict[tuple[str, str, str, str], list[Claim]]) -> dict[str, str]:
    """Move a figure into the block of another figure of its article that it restates with the
    same digits in another order, when the two count the same thing in other words: '19,870
    runners finished' and 'the 18,970 finishers'; a 'Band D' bill raised to £1,890 and a
    household in Band D that will pay £1,980. The digits are the typo; the shared stem or
    label says it is one figure. Returns each moved figure's twin."""
    seen: dict[tuple[str, str], list[tuple[Claim, tuple[str, str, str, str]]]] = {}
    moves: list[tuple[Claim, tuple, tuple]] = []
    moved: set[str] = set()
    for key, members in blocks.items():
        for claim in members:
            if claim.value is None or abs(claim.value) < TWIN_MIN_VALUE:
                continue
            twins = seen.setdefault((claim.article_id, claim.base_unit or claim.dimension), [])
            for other, other_key in twins:
                if (other_key != key and other.id not in moved and other.sentence_start != claim.sentence_start
                        and same_digits(claim, other)
                        and (_stems(claim) & _stems(other) or ordinals(claim) & ordinals(other))):
                    moves.append((claim, key, other_key, other))
                    moved.add(claim.id)
                    break
            twins.append((claim, key))
    twins_of = {}
    for claim, old_key, new_key, other in moves:
        blocks[old_key].remove(claim)
        blocks[new_key].append(claim)
        twins_of[claim.id] = other.id
    return twins_of


def group_facts(claims: Iterable[Claim], articles: dict[str, Article]) -> list[Fact]:
    """Group trackable claims into facts (blocking, then clustering)."""
    claims = list(claims)
    places = Places(claims, articles)
    blocks: dict[tuple[str, str, str, str], list[Claim]] = {}
    refers_back: set[str] = set()
    contrasts = contrasted(claims)
    references: list[tuple[Claim, tuple[str, str, str]]] = []
    for claim, modifiers, inherited in article_modifiers(claims):
        if claim.id in contrasts:
            continue
        key = fact_key(claim, modifiers)
        if key is not None:
            blocks.setdefault(key, []).append(claim)
            if inherited:
                refers_back.add(claim.id)
        elif (reference := reference_key(claim, modifiers)) is not None:
            references.append((claim, reference))
    _place_references(references, blocks)
    twins = _join_transposed_twins(blocks)

    facts: list[Fact] = []
    for (subject, modifiers, predicate, dimension), members in blocks.items():
        by_article: dict[str, list[_Tracked]] = {}
        for claim in _drop_contrasts(members):
            by_article.setdefault(claim.article_id, []).append(
                _track(claim, predicate, places, articles, claim.id in refers_back, twins.get(claim.id, "")))
        groups = [group for items in by_article.values() for group in _article_groups(items, places)]
        for cluster in _join_articles(groups, places):
            facts.append(Fact(
                id=f"F{len(facts) + 1}",
                subject=f"{modifiers} {subject}".strip(),
                predicate=predicate,
                dimension=dimension,
                claim_ids=[t.claim.id for t in cluster],
            ))
    return facts
