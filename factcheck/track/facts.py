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
   (``ties.compatible``: days, agents, places, owners, time spans) and
   something ties them (``ties.tied_in_article``: the same specific naming and
   shared words or transposed digits; ``ties.tied_across``: shared words, both
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

from factcheck.model import Article, Claim, fact_box_label
from factcheck.timewords import WEEKDAY_NAMES
from factcheck.track.evidence import ordinals, same_digits
from factcheck.track.keys import (DEFINITE_BEFORE, GENERIC_SUBJECTS, RUNNING_TOTALS, capacity_of, contrasted, fact_key,
                                  increments_told_again,
                                  reference_key, subject_class, trackable, unit_key)
from factcheck.track.labels import (age_antecedent, antecedent, counted_noun, is_age_introduced, is_age_label,
                                    is_label)
from factcheck.track.people import NOT_NAME_WORDS, TITLE_SEX
from factcheck.track.places import Places
from factcheck.track.readings import is_counted_to_date, is_named_age
from factcheck.track.ties import (BROUGHT_TO, Tracked, compatible, cost_of_a_work, days_agree_for, is_state_now, stated_way, tied_across,
                                  tied_in_article, track)



@dataclass
class Fact:
    id: str
    subject: str
    predicate: str
    dimension: str
    claim_ids: list[str] = field(default_factory=list)


def _article_groups(items: list[Tracked], places: Places) -> list[list[Tracked]]:
    """One article's claims of a block, grouped into the facts it states."""
    groups: list[list[Tracked]] = []
    for item in items:
        for group in groups:
            if not all(compatible(item, other, places) for other in group):
                continue
            # a label joins the figure it names again, and so whatever that figure is one with
            if any(item.names_again == other.claim.id for other in group) or all(
                    tied_in_article(item, other) for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups


def _join_articles(groups: list[list[Tracked]], places: Places) -> list[list[Tracked]]:
    """Merge the article groups of a block into facts across articles.

    A group may join a fact when it is compatible with every claim already
    in it, tied to claims of at least half the fact's articles (one tie to
    a single article would let a chain of weak ties join two stories: the
    Marsh settlement to the SEC's, through a third article naming both),
    and its article is not there yet (two groups of one article were kept
    apart on purpose). Of the facts it may join it joins the best tied one
    (most ties, the same doer counting double), so the order articles come
    in matters less. For a running total the fact's articles counted are those
    whose days agree with the group's (a story told over weeks ties its new
    report to the last week's, not to its first day's).
    """
    facts: list[list[Tracked]] = []
    for group in groups:
        article = group[0].claim.article_id
        best, best_rank = None, (0, False, "")
        for fact in facts:
            if any(t.claim.article_id == article for t in fact):
                continue
            if not _may_join(group, fact, places):
                continue
            tied = [(g, f) for g in group for f in fact if tied_across(g, f, places)]
            fact_articles = {f.claim.article_id for f in fact}
            if group[0].predicate in RUNNING_TOTALS:
                # a running total told over more days than its window: the reports of the group's window
                # ('killed 11 people' on the 14th, 'stands at eight' on the 15th; not the 4th's 'four')
                fact_articles = {f.claim.article_id for f in fact
                                 if any(days_agree_for(g, f) for g in group)} or fact_articles
            if 2 * len({f.claim.article_id for _, f in tied}) < len(fact_articles):
                continue
            if group[0].predicate in RUNNING_TOTALS:
                tied = [(g, f) for g, f in tied if f.claim.article_id in fact_articles] or tied  # (ties to the reports of
                # its window rank the facts: a tally of 4 January joins 31 December's 34, not 24 December's 19)
            score = sum(1 + (g.claim.agent != "" and g.claim.agent == f.claim.agent) for g, f in tied)
            # (of facts tied as strongly, a toll joins one that is more than what was left of a toll on a day: 'Twelve
            # people were hurt', not 'The two people who were critically injured ... remain in hospital')
            whole = not all(_left_on_the_day(f.claim) for f in fact)
            if score and (rank := (score, whole, _latest_day(fact))) > best_rank:
                best, best_rank = fact, rank
        if best is None:
            facts.append(list(group))
        else:
            best.extend(group)
    return facts


def _may_join(group: list[Tracked], fact: list[Tracked], places: Places) -> bool:
    """Is an article's group compatible with every claim of a fact? A running total is reported
    over more days than its window: a report need only fall in the window of one of the fact's
    reports, its latest as a rule ('injured rose from 14 to 16' on the 9th, '13 injured' on the
    15th, in a story begun on the 7th). So is a tally every report keeps to its day ('has received about 1,900
    complaints' on the 2nd, 'had received about 7,300 complaints since the shutdown began' on the 8th, 'has now
    received 6,200 complaints' on the 10th)."""
    if group[0].predicate not in RUNNING_TOTALS and not all(is_counted_to_date(t.claim) for t in (*group, *fact)):
        return all(compatible(g, f, places) for g in group for f in fact)
    return (all(compatible(g, f, places, days=False) for g in group for f in fact)
            and all(any(days_agree_for(g, f) for f in fact) for g in group)
            # (what is left of a toll on one day, 'Two people injured in the storm remain in hospital',
            # is of that day only)
            and all(days_agree_for(g, f) for g in group for f in fact
                    if _left_on_the_day(g.claim) or _left_on_the_day(f.claim)))


#: After a count: the people still where the toll put them ('Two people injured in the storm remain
#: in hospital').
_REMAIN_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:remain|remains|are still|is still)\b", re.I)


def _left_on_the_day(claim: Claim) -> bool:
    """Is the figure what is left of a toll on the day of its report, not the toll? (Not a tally kept
    to date: 'The 11 persons arrested so far remain in police custody'.)"""
    if is_counted_to_date(claim) or _TALLY_NOW_BEFORE.search(claim.text_before(40)):
        return False  # ('The outbreak, which has now affected 49 people': the tally as it now stands)
    return is_state_now(claim) or bool(_REMAIN_AFTER.match(claim.text_after(80)))


#: Right before a count: a deed in the perfect, told 'now' ('which has now affected', 'have now been arrested').
_TALLY_NOW_BEFORE = re.compile(r"\b(?:has|have)\s+now\s+(?:been\s+)?[a-z]+(?:ed|en|t)\s+(?:[a-z]+\s+)?$", re.I)


def _latest_day(fact: list[Tracked]) -> str:
    """The latest day a fact's claims speak of (ISO, '' when none is known): of two facts a
    group is tied to as strongly, it joins the later, as a report carries on from the latest (a
    toll of two on Tuesday, three on Wednesday: Thursday's figure is set against Wednesday's)."""
    return max((t.day.date.isoformat() for t in fact if t.day.date is not None), default="")


#: A figure given as a part of the one before it: "52 people were injured, 14 of them seriously",
#: "five were killed, including two children"; or of a toll named after it: "Fifteen of the injured
#: remain in hospital" (a part of the injured, which falls as they go home).
_PART_AFTER = re.compile(r"^\s*(?:of them|of whom|of which|of those|of the (?![\d,.]+\b)(?:[a-z-]+\s+)?"
                         r"(?:injured|wounded|dead|victims|casualties|survivors|missing|evacuees|passengers|crew|"
                         r"people|patients|workers|detainees|hostages)\b)", re.I)
_PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?$",
                          re.I)  # ('17 other branches, including all four in Ireland')


#: Right before a count: the first or last few of a set ('scored Clonmara's first two tries', 'in its
#: last three games'): a part, not the set.
_SELECTION_BEFORE = re.compile(r"\b(?:first|last|opening|final|top|bottom)\s+$", re.I)


#: Right before a count: a colon that closes a clause with a count of its own, whose list it starts ('Four people
#: have now been arrested in the case: two men, aged 54 and 27, and two women'; not a fact box's 'Killed: 14').
_LISTED_AFTER_A_COUNT = re.compile(r"(?:\b\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                   r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))"
                                   r"\s+(?-i:[a-z])[^:;.]*:\s*$", re.I)  # (a count and its noun: not 'In 2019: 14 died')


#: Right after a count of people: where they come from, which makes them a part of those the story counts ('Two men
#: from Wendmouth have been arrested in France' after 17 arrested in three countries).
_FROM_A_PLACE_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:people|men|women|boys|girls|children|teenagers|residents|nationals|"
                                 r"citizens|fishermen|students|workers|tourists|pilgrims)\s+from\s+(?:the\s+)?[A-Z]")


#: After a count, in its sentence: one more told apart with the same deed, only its place given ('Two men were arrested
#: at a house on Mopoke Lane and a third at a caravan park'): the count is a part of the whole, which the sentence does
#: not give. (Not one more with a deed of its own: 'and a sixth person has been interviewed under caution'.)
_AND_ONE_MORE_AFTER = re.compile(r"^[^.;]{0,80}?\band\s+(?:a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|"
                                 r"another\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten))"
                                 r"(?:\s+(?!(?:has|have|had|was|were|is|are)\b)[a-z-]+)?"
                                 r"\s+(?:at|in|on|near|from|outside|inside)\b", re.I)


#: Right before a count: an earlier part of the same whole, told as 'N of them' ('63 fires, 54 of them in Canada and
#: nine in the United States'): the count is the next part.
_NEXT_PART_BEFORE = re.compile(r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|twenty|thirty|"
                               r"forty|fifty))\s+of\s+(?:them|whom|which|those)\b[^.;:]{0,50}?(?:,\s*(?:and\s+)?|\s+and\s+)$",
                               re.I)


#: Right after a part: the day it is of, which makes it that day's own figure ('690 people in all, 176 of them on Friday
#: and 214 on Saturday': Saturday's count).
_ON_A_DAY_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?on\s+(?:" + "|".join(WEEKDAY_NAMES) + r")\b")


def _is_part(claim: Claim) -> bool:
    return bool(_PART_AFTER.match(claim.text_after(40)) or _PART_BEFORE.search(claim.text_before(25))
                or (claim.kind == "count" and _NEXT_PART_BEFORE.search(claim.text_before(80))
                    and not _ON_A_DAY_AFTER.match(claim.text_after(30)))
                or (claim.kind == "count" and _AND_ONE_MORE_AFTER.match(claim.text_after(100)))
                or (claim.kind == "count" and _FROM_A_PLACE_AFTER.match(claim.text_after(60)))
                or (claim.kind == "count" and _SELECTION_BEFORE.search(claim.text_before(12)))
                or (claim.kind == "count" and _LISTED_AFTER_A_COUNT.search(claim.text_before(100))))


#: Right before a figure: it is the earlier value a change starts from ("up from £241m the year
#: before", "from 3,100 in 2015 to ...", "compared with 0.9% a year earlier", "27 people were hurt,
#: up from the 19 first reported"; not "brought down from the 6,890-metre peak").
_TO_AFTER = re.compile(r"^[^.;]{0,30}?\bto\b", re.I)
_EARLIER_BEFORE = re.compile(r"\b((?:up|down|rising|falling|rose|fell|increased|decreased|climbing|dropping)\s+)?"
                             r"(?:from|compared (?:with|to)|against)\s+(?:(?:(?<=, up from )|(?<=, down from ))the\s+)?$",
                             re.I)


#: Right before a figure: the earlier value of a change told as a count and what it was worth ('up
#: from four contracts worth $3.1 million').
_EARLIER_WORTH_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+(?:the\s+)?[\w,.]+\s+(?:[a-z-]+\s+){1,2}"
                                   r"(?:worth|valued at|totalling|totaling|of)\s+$", re.I)


def _is_earlier_value(claim: Claim) -> bool:
    if _EARLIER_WORTH_BEFORE.search(claim.text_before(60)):
        return True
    match = _EARLIER_BEFORE.search(claim.text_before(30))
    if not match:
        return False
    # a bare 'from' starts a change only with its end after it: 'from 3,100 in 2015 to ...' (not
    # '19,400 dogs from 212 breeds', 'visitors from 40 countries')
    return bool(match.group(1)) or not match.group(0).lower().startswith("from") or bool(_TO_AFTER.match(claim.text_after(40)))


#: Right before a figure: another known figure it is set against, a limit or another's ('the
#: six-metre-high float was well above the 4.9 metres it recommends', 'more than the 40 a year ago').
_MEASURED_AGAINST_BEFORE = re.compile(r"\b(?:above|below|beyond|exceeds?|exceeding|exceeded|than)\s+(?:the|its|their)\s+$",
                                      re.I)


def _is_aside(claim: Claim) -> bool:
    """A figure that leans on another: a part of it, the earlier value of a change, a conversion, a
    known figure it is set against."""
    return (_is_part(claim) or _is_earlier_value(claim) or claim.is_conversion()
            or bool(_MEASURED_AGAINST_BEFORE.search(claim.text_before(20))))


#: Right before a figure: a toll's total is brought or has risen to it ('has risen to 57', 'bringing
#: to 17 the number arrested', 'bringing this year's losses to 68 sheep').
_TOTAL_BEFORE = re.compile(r"(?:\b(?:rose|risen|rises|climbed|jumped|increased|reached|reaches)\s+(?:to\s+)?|"
                           + BROUGHT_TO + r")(?:at least\s+)?$", re.I)


def _drop_contrasts(members: list[Claim], running: bool = False) -> list[Claim]:
    """Leave out claims that share a sentence with another claim of the block ('by 31 votes to
    19'); a part of the figure before it ('14 of them seriously') is left out itself, and leaves
    its whole standing, and so is the earlier value of a change ('a profit of £287m, up from
    £241m the year before') and a bracketed conversion ('the 7,412-metre (24,318-foot) peak').
    In a block of running totals, a sentence's one total brought to its figure stands beside the
    figures that brought it there ('arrested six people on Tuesday, bringing to 17 the number
    arrested'; 'has risen to 57, after nine of the animals rescued on Thursday died'). Two capacities
    of two things are no contrast ('a 1,850-seat main auditorium and a 320-seat studio theatre'), nor
    two lengths told to run two ways ('about 95 metres long and 40 metres high')."""
    members = [c for c in members if not _is_aside(c)]
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in members:
        by_sentence.setdefault((claim.article_id, claim.sentence_start, capacity_of(claim), stated_way(claim)),
                               []).append(claim)
    kept = []
    for together in by_sentence.values():
        totals = [c for c in together if _TOTAL_BEFORE.search(c.text_before(120))] if running else []
        if len(together) == 1:
            kept.extend(together)
        elif len(totals) == 1:
            kept.extend(totals)
        elif cost_of_a_work(first := min(together, key=lambda c: c.start)) and not any(
                cost_of_a_work(c) for c in together if c is not first):
            kept.append(first)  # 'The $38 million renovation was paid for with ..., $11 million from the foundation
            # and $4 million from private donors': the cost, then where it came from
    return kept


def _of_the_named(claim: Claim) -> bool:
    """Is the figure a part of a group named before, by its noun ('Two of the children were
    hospitalized' after 'four Canadian children fell ill')?"""
    return bool(claim.subject_text) and bool(re.match(
        r"\s+of\s+(?:the|those|these)\s+" + re.escape(claim.subject_text) + r"\b", claim.text_after(40)))


#: Words that set some of a kind apart as not yet sure ('the two possible cases in Perth'): a bare 'the 31
#: cases' later in the article is not of them.
_IN_DOUBT = {"possible", "probable", "suspected", "unconfirmed", "presumed", "potential", "likely", "suspect"}


def article_modifiers(claims: list[Claim], articles: dict[str, Article] | None = None
                      ) -> Iterable[tuple[Claim, list[str], bool]]:
    """Each claim with the words that narrow its subject, read in its article, and whether
    it refers back to an earlier mention.

    Copy names a thing in full once and then by its noun: "a council tax
    rise of 4.99%" ... "the 5.99% rise". A subject given bare, right after
    a definite determiner (or as a part of "the children"), takes the
    narrowing words of the one way the article named it before; when the article named it in two ways, or the
    figure is not introduced as a known thing ("has scored 78 goals", "the
    new 3,200-metre runway"), it stays bare. With the ``articles``, a name
    the text gave the thing before without a figure counts as a way it was
    named ("When the Crescent Line opens ..." / "The 16-station, 27.9-kilometre
    line": the Crescent line).
    """
    seen: dict[tuple[str, str], set[str]] = {}
    aged: dict[tuple[str, str], set[str]] = {}  # the people named in full with their age set off ('Jordan Ellis, 19')
    for claim in sorted(claims, key=lambda c: (c.article_id, c.start)):
        named = seen.setdefault((claim.article_id, claim.subject), set())
        own = _own_modifiers(claim, articles)
        if own:
            named.add(" ".join(own))
            if is_named_age(claim) and _AGE_SET_OFF_BEFORE.search(claim.text_before(3)):
                aged.setdefault((claim.article_id, claim.subject), set()).add(" ".join(own))
            yield claim, own, False
        elif len(named) == 1 and not set(next(iter(named)).split()) & _IN_DOUBT and (
                DEFINITE_BEFORE.search(claim.text_before(12)) or _DEFINITE_THEN_SIZE.search(claim.text_before(40))
                or _of_the_named(claim) or _surname_aged_again(claim, named, aged)):
            yield claim, next(iter(named)).split(), True
        elif not named and articles and (DEFINITE_BEFORE.search(claim.text_before(12))
                                         or _DEFINITE_THEN_SIZE.search(claim.text_before(40))
                                         or _known_thing_of_the_clause(claim)) \
                and len(names := _names_ending_in(claim, articles)) == 1:
            yield claim, next(iter(names)).split(), True
        elif not named and not own and is_named_age(claim) and (given := _given_name_in_text(claim, articles)):
            yield claim, [given], True  # 'surfer Liam Hartigan is lucky to be alive' ... 'Mr Hartigan, 34,'
        else:
            yield claim, claim.subject_modifiers, False  # ('Mr Pocock, 70' after 'Mrs Pocock, 67': two people)


#: Titles before a surname, in lower case, and the sex each tells ('Mr Coote, 64' is the 'Darren
#: Coote, 46' named before, unless the article also has a 'Mrs Coote').
_TITLE_SEX = {title.lower(): sex for title, sex in TITLE_SEX.items()}
#: A capitalised word before a surname that is no title: a given name, or another word ('Liam ' in
#: 'Liam Hartigan'; not 'Mr '), as the group 'given'.
_UNTITLED_WORD = r"\b(?!(?i:" + "|".join(_TITLE_SEX) + r")\b)(?P<given>[A-Z][a-z]+)\s+"


def _own_modifiers(claim: Claim, articles: dict[str, Article] | None) -> list[str]:
    """The words the claim's own sentence narrows its subject by. A person's title is none when the
    article gives that surname titles of one sex only: then it may name the one bearer named in full."""
    if not (is_named_age(claim) and claim.subject_modifiers
            and all(m.rstrip(".") in _TITLE_SEX for m in claim.subject_modifiers)):
        return claim.subject_modifiers
    text = _text_of(claim, articles) if articles else ""
    surname = re.escape(claim.subject_text.split()[-1])
    sexes = {_TITLE_SEX[t.lower()] for t in re.findall(r"\b(" + "|".join(_TITLE_SEX) + r")\.?\s+" + surname + r"\b",
                                                       text, re.I)} - {""}
    # the pronoun after the bearer named in full, in that sentence and outside quotes ('Alan Pocock, 67, said he')
    # (or opening the next sentence: 'Gareth Pennock, 58, spent almost six hours in the witness box. He, his wife ...')
    full = re.search(_UNTITLED_WORD + surname + r"\b(?:[^\n.?!\"“”]*?\b|[^\n.?!\"“”]*[.?!]\s+)"
                     r"(?P<pronoun>(?i:he|his|him|she|her))\b", text)
    if full:
        sexes.add("he" if full.group("pronoun").lower() in ("he", "his", "him") else "she")
    return [] if len(sexes) <= 1 else claim.subject_modifiers


def _given_name_in_text(claim: Claim, articles: dict[str, Article] | None) -> str:
    """The one given name the article writes before a titled surname ('Liam' for 'Mr Hartigan, 34'
    in an article that named 'Liam Hartigan' without his age), in lower case; '' for none or two."""
    if not articles or not claim.subject_modifiers:
        return ""
    text = _text_of(claim, articles)
    surname = re.escape(claim.subject_text.split()[-1])
    given = {m.group("given").lower() for m in re.finditer(_UNTITLED_WORD + surname + r"\b", text)}
    given -= NOT_NAME_WORDS
    return next(iter(given)) if len(given) == 1 else ""


def _names_ending_in(claim: Claim, articles: dict[str, Article]) -> set[str]:
    """The names the article gave before the figure whose last word is the figure's noun in capitals
    ('the Crescent Line' for 'line'), as the narrowing words they give it ('crescent')."""
    article = articles.get(claim.article_id)
    noun = claim.subject_text
    if article is None or not article.text or not re.fullmatch(r"[a-z]+", noun or ""):
        return set()
    text = article.text[:claim.start] if article.text[claim.start:claim.end] == claim.text else ""
    pattern = rf"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){{1,2}}){noun[0].upper()}{noun[1:]}\b"
    return {m.group(1).strip().lower() for m in re.finditer(pattern, text)}


#: Right before a figure: 'the' and another size hyphened to the same noun ('The 16-station, 27.9-kilometre line').
_DEFINITE_THEN_SIZE = re.compile(r"\b(?:the|this|its)\s+[\d.,]*\d-[a-z]+,?\s+$", re.I)


def _known_thing_of_the_clause(claim: Claim) -> bool:
    """Is the figure told in a relative clause on its subject named with 'the' ('the summit of the pass,
    which climbs to 2,312 metres')?"""
    noun = claim.subject_text
    return bool(noun) and re.search(rf"\b(?:the|this|its)\s+{re.escape(noun)},?\s+(?:which|that)\s+[^,;.]{{0,40}}$",
                                    claim.text_before(80), re.I) is not None


#: Right before an age: it is set off after a name ('Jordan Ellis, 19', 'Ellis (21)'), the person's age now.
_AGE_SET_OFF_BEFORE = re.compile(r"[,(]\s*$")
#: Right before a surname: a first name or an initial, another person's ('K. Raghunathan, 71'), not a title.
_GIVEN_NAME_BEFORE = re.compile(r"\b(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\b)(?:[A-Z]\.|[A-Z][a-z]+)\s+$")


def _surname_aged_again(claim: Claim, named: set[str], aged: dict[tuple[str, str], set[str]]) -> bool:
    """Is the figure the age of the one person the article named in full with an age set off
    ('Jordan Ellis, 19, a sophomore' ... 'Ellis, 21, had driven'), given by surname alone?"""
    before = claim.text_before(60)
    at = before.rfind(claim.subject_text) if claim.subject_text else -1
    return (is_named_age(claim) and _AGE_SET_OFF_BEFORE.search(claim.text_before(3)) is not None and at >= 0
            and aged.get((claim.article_id, claim.subject)) == named and not _GIVEN_NAME_BEFORE.search(before[:at]))


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
    """Word stems of what a figure counts (also under its class: shop and store) and does: 'runners
    finished' and 'finishers' share 'finis'."""
    words = [claim.subject, subject_class(claim), *claim.subject_modifiers, *claim.predicate.split()]
    return {w[:5] for w in words if len(w) >= 4}


def _rare_twins(a: Claim, b: Claim) -> bool:
    """Digits swapped in two measures of one unit, three digits or more, that chance rarely
    makes: 'a 1,094-metre mountain' / 'the 1,049-metre summit', '187 million litres' / '178
    million litres'. (Counts need a shared stem: 21,400 visitors and 24,100 residents are two
    things.)"""
    return bool(a.unit) and a.unit == b.unit and a.kind == "measure" and min(abs(a.value), abs(b.value)) >= 100


def _join_transposed_twins(blocks: dict[tuple[str, str, str, str], list[Claim]]) -> dict[str, str]:
    """Move a figure into the block of another figure of its article that it restates with the
    same digits in another order, when the two count the same thing in other words: '19,870
    runners finished' and 'the 18,970 finishers'; a 'Band D' bill raised to £1,890 and a
    household in Band D that will pay £1,980. The digits are the typo; the shared stem or
    label, or digits too long to swap by chance (``_rare_twins``), say it is one figure.
    Returns each moved figure's twin."""
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
                        and (_stems(claim) & _stems(other) or ordinals(claim) & ordinals(other)
                             or _rare_twins(claim, other))):
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


#: After a figure: the whole it is counted out of ('Nine of the 20 hydrogen buses').
_COUNTED_OUT_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|"
                                   r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b", re.I)


def _text_of(claim: Claim, articles: dict[str, Article]) -> str:
    article = articles.get(claim.article_id)
    return article.text if article is not None else ""


def _join_labels(blocks: dict[tuple[str, str, str, str], list[Claim]],
                 references: list[tuple[Claim, tuple[str, str, str]]], keyless: list[Claim],
                 articles: dict[str, Article]) -> dict[str, str]:
    """Move each figure used as a label ('the 286,000 customers affected', see ``labels``) into
    the block of the earlier figure of its article it names again ('About 412,000 customers
    lost power'), out of its own block, the references or the untracked. Returns each moved
    label's antecedent."""
    key_of = {c.id: key for key, members in blocks.items() for c in members}
    pool = [*(c for members in blocks.values() for c in members), *(c for c, _ in references), *keyless]
    by_article: dict[str, list[Claim]] = {}
    for claim in pool:
        by_article.setdefault(claim.article_id, []).append(claim)
    moves: dict[str, Claim] = {}
    for article_claims in by_article.values():
        earlier: list[tuple[Claim, str]] = []
        ages: list[Claim] = []
        for claim in sorted(article_claims, key=lambda c: c.start):
            if is_age_label(claim) and (person := age_antecedent(claim, ages, _text_of(claim, articles))) is not None:
                moves[claim.id] = person  # 'the 19-year-old nursing student': Aisha Coombes, named with her age
                continue
            if claim.kind == "age":
                ages.append(claim)
            label = is_label(claim)
            if label:
                own = key_of.get(claim.id)
                target = antecedent(claim, earlier, own[2] if own else None)
                if target is not None:
                    moves[claim.id] = target
                    continue
            if _is_aside(claim) or _COUNTED_OUT_OF_AFTER.match(claim.text_after(30)):
                continue  # ('Nine of the 20 buses': a part, which no label names)
            if claim.id in key_of:
                earlier.append((claim, key_of[claim.id][2]))
            elif label:  # a thing first named by its figure ('Its 1,240 branches include 46 in ...')
                earlier.append((claim, ""))
    if not moves:
        return {}
    references[:] = [(c, r) for c, r in references if c.id not in moves]
    for members in blocks.values():
        members[:] = [c for c in members if c.id not in moves]
    for label in pool:
        if label.id not in moves:
            continue
        target = moves[label.id]
        if target.id not in key_of:  # a label named again by a label: a block of their own
            key_of[target.id] = (counted_noun(target), "", "", unit_key(target))
            references[:] = [(c, r) for c, r in references if c.id != target.id]
            blocks.setdefault(key_of[target.id], []).append(target)
        blocks[key_of[target.id]].append(label)
    return {label_id: target.id for label_id, target in moves.items()}


#: How a photo caption's line opens ('*', 'Photo caption:'), or how it ends ('Picture: Staff*').
_CAPTION_OPENING = re.compile(r"^\s*(?:\*(?!\*)|_(?!_)|(?:photo\s+)?caption\s*:|pictured\s*:)", re.I)
_CAPTION_CREDIT = re.compile(r"\b(?:Picture|Photo|Photograph|Image)\s*:\s*[A-Z][\w .,'-]{0,40}[*_]?\s*$")


def _in_caption(claim: Claim, articles: dict[str, Article]) -> bool:
    """Is the figure in a photo caption: a line in italics, or one that opens with 'Photo caption:'
    or ends with a credit ('Picture: Colm Geraghty')?"""
    article = articles.get(claim.article_id)
    if article is None:
        return False
    text = article.text
    start, end = text.rfind("\n", 0, claim.start) + 1, text.find("\n", claim.end)
    line = text[start:end if end >= 0 else len(text)]
    return bool(_CAPTION_OPENING.match(line) or _CAPTION_CREDIT.search(line))


def _own_time(claim: Claim) -> bool:
    """Does the figure's sentence tell a time of its own ('had flown 112 workers off the site by
    Saturday'), other than where a span starts ('bitten since 2 November')?"""
    return any(not re.search(rf"\bsince\s+{re.escape(d)}", claim.sentence) for d in claim.dates)


def _fact_box_entries(blocks: dict[tuple[str, str, str, str], list[Claim]], articles: dict[str, Article]) -> set[str]:
    """Fact-box entries and photo captions that restate the one figure their article gives their
    key elsewhere.

    A fact box or an "at a glance" list sums up the article ("- Homes powered: 60,000" below
    "the plant powers about 40,000 homes"): an entry names the body's figure again, as a label
    does. Only an article whose body gives the key a single figure is read so; with two (40,000
    homes now, 60,000 by 2030) the entry may be either."""
    entries = set()
    for members in blocks.values():
        by_article: dict[str, list[Claim]] = {}
        for claim in members:
            by_article.setdefault(claim.article_id, []).append(claim)
        for claims in by_article.values():
            boxed = [c for c in claims if c.in_fact_box()]
            if len(boxed) == 1 and len(claims) == 2:
                entries.add(boxed[0].id)
            if boxed:  # a day's entry restates the body's one figure of that day: '- Thursday attendance:
                # 12,900' under '13,900 people attended on Thursday, up from 11,200 on Wednesday'
                body_days = Counter(_day_right_after(c) for c in claims if not c.in_fact_box())
                entries |= {entry.id for entry in boxed if (day := _label_day(entry)) and body_days[day] == 1}
            captioned = [c for c in claims if _in_caption(c, articles) and not _own_time(c)]
            if len(captioned) == 1 and len({c.value for c in claims if c not in captioned}) == 1:
                entries.add(captioned[0].id)  # a photo caption tells again the one figure of its article
    return entries


#: A weekday named in a fact-box label ('- Thursday attendance:'), or right after a figure's words ('13,900
#: people attended on Thursday', '11,200 on Wednesday').
_WEEKDAY = "(" + "|".join(WEEKDAY_NAMES) + ")"
_WEEKDAY_IN_LABEL = re.compile(rf"\b{_WEEKDAY}(?:['’]s)?\b")
_WEEKDAY_RIGHT_AFTER = re.compile(rf"^\s+(?:[a-z]+\s+){{0,5}}?on\s+{_WEEKDAY}\b")


def _label_day(entry: Claim) -> str:
    """The weekday a fact-box entry's label names ('' for none)."""
    label = fact_box_label(entry.sentence, entry.start - entry.sentence_start)
    match = _WEEKDAY_IN_LABEL.search(label.group(1)) if label is not None else None
    return match.group(1) if match else ""


def _day_right_after(claim: Claim) -> str:
    """The weekday the words right after a figure give it ('' for none)."""
    match = _WEEKDAY_RIGHT_AFTER.match(claim.text_after(40))
    return match.group(1) if match else ""


def _join_fact_box_entries(blocks: dict[tuple[str, str, str, str], list[Claim]]) -> set[str]:
    """Move a fact-box entry whose key no figure of its article's body shares into the block of the
    one body figure of its article with its subject and unit ("- Signing bonus: $15,000" under "a
    $10,000 signing bonus on offer"; "- Staff: 212" under "all 221 employees were paid"): the box
    sums up the body, whatever verb the body gives the figure. Generic subjects (a sum, people, a
    distance) and articles whose body gives the subject two figures are left alone. Returns the ids
    of the entries moved (each names the body's figure again)."""
    body: dict[tuple[str, str, str], list[tuple[tuple[str, str, str, str], Claim]]] = {}
    for key, members in blocks.items():
        for claim in members:
            if not claim.in_fact_box():
                body.setdefault((claim.article_id, key[0], key[3]), []).append((key, claim))
    moves: dict[tuple[str, tuple[str, str, str, str]], list[tuple[tuple[str, str, str, str], Claim]]] = {}
    for key, members in blocks.items():
        for entry in [c for c in members if c.in_fact_box() and _plain_label(c)]:
            if key[0] in GENERIC_SUBJECTS or any(c.article_id == entry.article_id and c is not entry for c in members):
                continue
            told = body.get((entry.article_id, key[0], key[3]), [])
            if len(told) != 1 or told[0][0] == key or not _label_narrowing_told(key[1], told[0]) \
                    or key[2] not in ("", told[0][0][2]):
                continue  # (an entry that narrows its subject or tells its own deed: '- Homes destroyed: 9'
                # under 'moved 46 households'; '- Press staff: 3')
            moves.setdefault((entry.article_id, told[0][0]), []).append((key, entry))
    moved: set[str] = set()
    for (_, target), entries in moves.items():
        if len(entries) == 1:  # (two entries that would restate one body figure are two things)
            key, entry = entries[0]
            blocks[key].remove(entry)
            blocks[target].append(entry)
            moved.add(entry.id)
    for key in [k for k, members in blocks.items() if not members]:
        del blocks[key]
    return moved


def _label_narrowing_told(modifiers: str, told: tuple[tuple[str, str, str, str], Claim]) -> bool:
    """Does the body figure carry the entry's narrowing words, as modifiers or in its sentence ('- Peak
    workforce: about 800' under 'At its peak in the 1980s the station employed 1,200 staff')?"""
    (_, body_modifiers, _, _), claim = told
    if modifiers in ("", body_modifiers):
        return True
    return not body_modifiers and all(re.search(rf"\b{re.escape(word)}\b", claim.sentence, re.I)
                                      for word in modifiers.split())


#: A figure in words or digits: a fact-box label that holds one is a sentence cut by a colon
#: ('Five men died: two employees and three contractors'), not a label.
_FIGURE_IN_LABEL = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                              r"thirty|forty|fifty|hundred|thousand)\b", re.I)


def _plain_label(entry: Claim) -> bool:
    """Is the fact-box entry's label a few words with no figure of their own ('- Signing bonus:')?"""
    label = fact_box_label(entry.sentence, entry.start - entry.sentence_start)
    return label is not None and not _FIGURE_IN_LABEL.search(label.group(1))


def _published(articles: dict[str, Article], article_id: str) -> str:
    """The article's publication date as written, undated ones last."""
    article = articles.get(article_id)
    return (article.published or "~") if article is not None else "~"


def group_facts(claims: Iterable[Claim], articles: dict[str, Article], places: Places | None = None) -> list[Fact]:
    """Group trackable claims into facts (blocking, then clustering); ``places`` is read from the
    claims when not given."""
    claims = list(claims)
    places = Places(claims, articles) if places is None else places
    blocks: dict[tuple[str, str, str, str], list[Claim]] = {}
    refers_back: set[str] = set()
    contrasts = contrasted(claims) | increments_told_again(claims)
    references: list[tuple[Claim, tuple[str, str, str]]] = []
    keyless: list[Claim] = []
    for claim, modifiers, inherited in article_modifiers(claims, articles):
        if claim.id in contrasts:
            continue
        key = fact_key(claim, modifiers)
        if key is not None:
            blocks.setdefault(key, []).append(claim)
            if inherited:
                refers_back.add(claim.id)
        elif (reference := reference_key(claim, modifiers)) is not None:
            references.append((claim, reference))
        elif (trackable(claim, modifiers, label=True) and is_label(claim)) or is_age_label(claim) \
                or is_age_introduced(claim):
            keyless.append(claim)  # ('The 19-year-old said': a person named before, see labels)
    labels = _join_labels(blocks, references, keyless, articles)
    _place_references(references, blocks)
    twins = _join_transposed_twins(blocks)
    refers_back |= _join_fact_box_entries(blocks)
    refers_back |= _fact_box_entries(blocks, articles)

    facts: list[Fact] = []
    for (subject, modifiers, predicate, dimension), members in blocks.items():
        by_article: dict[str, list[Tracked]] = {}
        for claim in _drop_contrasts(members, running=predicate in RUNNING_TOTALS):
            by_article.setdefault(claim.article_id, []).append(
                track(claim, predicate, places, articles, claim.id in refers_back, twins.get(claim.id, ""),
                      labels.get(claim.id, "")))
        groups = [group for items in by_article.values() for group in _article_groups(items, places)]
        # (in the order the articles came out: a story's reports join its first one, not a later digest)
        groups.sort(key=lambda group: (_published(articles, group[0].claim.article_id), group[0].claim.article_id))
        for cluster in _join_articles(groups, places):
            facts.append(Fact(
                id=f"F{len(facts) + 1}",
                subject=f"{modifiers} {subject}".strip(),
                predicate=predicate,
                dimension=dimension,
                claim_ids=[t.claim.id for t in cluster],
            ))
    return facts
