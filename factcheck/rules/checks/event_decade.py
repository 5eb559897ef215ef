"""Check kind ``event-year-vs-decade``: one event given a year and a decade that rules it out.

"Brannock's was founded in 1962" and, later, "since its founding in the
1980s"; "the quarry, which closed in 1958" and "the quarry's closure in the
1970s". An organisation is founded once and a site closes once, so within
one article the year and the decade of the same event must agree (a year one
either side of the decade is allowed, except for an event of one moment the
rule lists in ``instant_events``: a firm founded in 2009 is no 2010s start-up).

The rule names its events, each with the verbs that tell it ("founded",
"established", "closed") and the nouns that name it ("founding",
"closure"). A statement is read as:

* a verb of the event right before the date: "was founded in 1962", "which
  closed in the 1970s", or with a named object between ("founded Ironbark
  in 1996", whose holder is the object);
* a noun of the event right before it: "its founding in the 1980s", "the
  quarry's closure in the 1970s";
* a decade that describes, after "the" or "that", what the event made (the
  event's ``products``): "that 1960s blueprint" of a plan "first proposed
  in 1974".

Whose event it is comes from the words before the verb or noun: a
possessor ("the quarry's", "Brannock's") or the subject ("Crag End
quarry, which closed"); a pronoun ("its founding") or no holder at all
stands for the article's own subject. Two statements are one event when
their holders agree (the same word, a pronoun, or a generic word the rule
lists, ``generic_holders``: "the company was started in the 1980s" of the
one firm the article dates; or a word an event lists, its ``holders``: "The
scheme, first mooted in the 1980s" of "The road was first proposed in
1968"). Two years of an event
("the club was founded in 1878 ... its rival, founded in 1902") speak of two
holders: a decade is judged only against a single year whose holder agrees
with its own.

A thing cannot have gone on since a decade that ended before it was opened
or founded (``since_events``): "Kolbukta, which opened in 1987" against
"trucks have carried Kolbukta's concentrate every winter since the 1970s";
the clause before "since" must name the holder of the year. A year before
the decade is no contradiction ("opened in 1962 ... busy since the 1980s").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.model import Claim
from factcheck.rules.checks.sentences import is_decade, sentences_by_article
from factcheck.rules.checks.stories import story_pairs
from factcheck.rules.registry import WORD_LIST, Hit, check

#: The words of one event: the verbs that tell it, the nouns that name it, what it makes.
EVENT_WORDS = {
    "type": "object",
    "required": ["verbs", "nouns"],
    "additionalProperties": False,
    "properties": {
        "verbs": WORD_LIST,
        "nouns": WORD_LIST,
        "products": WORD_LIST,
        # words that stand for whatever the event's one holder is ('The road was first proposed in
        # 1968' / 'The scheme, first mooted in the 1980s')
        "holders": WORD_LIST,
        # the only holders the event is read of ('set': a record, a mark or a best, not 'the rates set in 2016')
        "only_holders": WORD_LIST,
    },
}

#: A rule's events, each with its words (``EVENT_WORDS``), by the name its message gives it.
EVENTS = {"type": "object", "additionalProperties": EVENT_WORDS}

PARAMS = {
    "type": "object",
    "required": ["events"],
    "additionalProperties": False,
    "properties": {
        "events": EVENTS,
        # events a thing's going on 'since the 1970s' cannot come after ('opened', 'founded')
        "since_events": WORD_LIST,
        # events of one moment, whose year must lie in the decade ('founded in 2009' is no 2010s start-up);
        # the others may take a year either side ('closed in 1980' of a closure in the 1970s)
        "instant_events": WORD_LIST,
        # words that stand for whatever the article's one dated holder is ('the company', 'the firm')
        "generic_holders": WORD_LIST,
        # words reporters use for one holder ('the championship' ... 'the title')
        "same_as": {"type": "array", "items": {"type": "array", "minItems": 2, "items": {"type": "string"}}},
        # for an event, the events it cannot come before ('opened': [founded]: a market 'established in
        # 1972' has not traded 'since it opened in the late 1960s')
        "not_before": {"type": "object", "additionalProperties": WORD_LIST},
    },
}

#: Words that stand for the article's own subject: "its founding", "which closed".
_PRONOUNS = {"it", "its", "their", "they", "which", "that", "this", "his", "her", "we", "our", ""}
#: The last word of the holder before an event verb or noun: "the quarry's", "Brannock's",
#: "Crag End quarry, which", "The firm was".
_HOLDER = re.compile(r"([A-Za-z][\w-]*)(?:['\u2019]s?)?\s*,?\s*(?:(?:which|that|who)\s+)?"
                     r"(?:(?:was|were|is|are|had|has|have|been|first|originally|later|finally)\s+)*$")


@dataclass
class Dated:
    """One statement of when an event happened."""

    claim: Claim
    event: str
    holder: str        # the holder's last word in lower case; "" for a pronoun or none
    low: int
    high: int
    decade: bool


def holder_of(before_event: str) -> str:
    before_event = re.sub(r"\s*\([^()]*\)", "", before_event)  # (a conversion: 'the record of 1,228km/h (763mph) set')
    measured = _MEASURE_OF_BEFORE.search(before_event)
    if measured:
        return measured.group(1).lower()  # 'the record of 466, set in 2019': the record's
    clause = re.split(r"[;:()]|\bbut\b|\band\b", before_event)[-1]
    founded = _FOUNDED_BY_KIN.search(clause) or _FOUNDED_BY_SOMEONE.search(clause)
    if founded:
        return founded.group(1).lower()  # 'the business his father started', 'the charity he set up': the
        # business's, the charity's
    match = _HOLDER.search(clause)
    if not match:
        return ""
    word = match.group(1).lower()
    if word in _PRONOUNS:
        return ""  # ('remind newcomers that it began': no other one)
    if _ANOTHER_BEFORE.search(clause[:match.start(1)]):
        return "another " + word  # 'a rival company was started': not the one the article dates
    return word


#: Before an event's verb: a thing told with its figure ('the record of 466,', 'a mark of 9.58 seconds').
_MEASURE_OF_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+of\s+[\d][\d,.]*[^\s,]*(?:\s+[a-z]+)?\s*,?\s*$")
#: Before an event's verb: the thing, then the relative of the copy's subject who did it ('Kiernan's
#: Eggs, which his father Pádraig founded', 'the business his father started'): the thing holds the event.
_FOUNDED_BY_KIN = re.compile(
    r"([A-Za-z][\w-]*)(?:['\u2019]s?)?\s*,?\s*(?:(?:which|that)\s+)?(?:his|her|their|my|our)\s+(?:late\s+)?"
    r"(?:father|mother|parents|grandfather|grandmother|family|husband|wife|brother|sister|son|daughter|uncle|aunt|"
    r"grandparents)(?:\s+[A-Z][\w'\u2019-]*){0,2}\s*$")

#: Before an event's verb: the thing, then who did it, told by a pronoun ('the charity he set up', 'the
#: firm that she had founded'): the thing holds the event.
_FOUNDED_BY_SOMEONE = re.compile(r"\b(?:the|his|her|their)\s+([a-z][\w-]*)\s+(?:(?:which|that)\s+)?(?:he|she|they|we|I)\s+"
                                 r"(?:(?:had|has|have|first|originally|later)\s+)*$")

#: Before a holder: it is another one than the article's own ('a rival firm', 'another club').
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a|an|rival|sister|parent|other|that|one)\s+(?:[\w-]+\s+)?$", re.I)


#: The named object of an event verb in the active voice: "founded Ironbark in 1996".
_NAMED_OBJECT = (r"(?P<object>(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}|"
                 r"(?:the|this|that)\s+[a-z][\w-]*)")  # ('founded the company in 1996', 'set up this place in the
# 1970s'; not 'opened to the public in')


_PARTICLES = ("up", "down", "out", "off")
#: An object between a verb and its particle: 'it' or 'this place' stand for the thing the article
#: dates ('set this place up'), 'the farm' names its holder (the group: 'set the farm up').
_SPLIT_OBJECT = r"(?:it|(?:this|that)\s+[a-z]+|the\s+([a-z]+))"
#: The split object found again in a statement the event's pattern matched.
_SPLIT_IN = re.compile(rf"\s{_SPLIT_OBJECT}\s+(?:{'|'.join(_PARTICLES)})\b", re.I)


#: After an event verb in the passive: who did it ('discovered by the farmer in the early 2010s').
_BY_WHOM = (r"(?:\s+by\s+(?:(?:a|an|the|its|their)\s+)?[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*)?|"
            r"\s+by\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2})?")  # (or a name: 'by Thrust SSC')
#: After an event verb: where it happened, named ('in the Black Rock Desert in Nevada in 1997').
_WHERE_NAMED = (r"(?:\s+(?:in|at|on|near)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*"
                r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}){0,2}")


def event_patterns(events: dict) -> dict[str, re.Pattern]:
    """For each event, the words right before its date: "<verb> (back) in (the)", "<noun> in (the)",
    "closed to boats in", "opened to the public in"."""
    patterns = {}
    for event, words in events.items():
        # a verb with a particle may take its object between ('set this place up', 'shut it down')
        verbs = "|".join([re.escape(v) for v in words["verbs"]]
                         + [rf"{re.escape(v.split()[0])}\s+{_SPLIT_OBJECT}\s+{v.split()[1]}" for v in words["verbs"]
                            if len(v.split()) == 2 and v.split()[1] in _PARTICLES])
        nouns = "|".join(re.escape(n) for n in words["nouns"])
        patterns[event] = re.compile(
            rf"\b(?:(?P<verb>{verbs})(?:\s+to\s+(?:the\s+)?[a-z]+|\s+{_NAMED_OBJECT})?(?:\s+back)?{_BY_WHOM}"
            rf"(?:\s+(?:here|there)|\s+(?:in|at|on|near)\s+the\s+[a-z]+)?|(?P<noun>{nouns}))"  # ('first recorded in
            # the glen in 2012', 'first appeared here in 2009')
            rf"{_WHERE_NAMED}\s+in\s+(?:the\s+(?:early\s+|mid-?|late\s+)?)?$",
            re.I)
    return patterns


def _after_decade_patterns(events: dict, key: str, tails: str, plural: str) -> dict[str, re.Pattern]:
    """For each event with words under ``key``, one of them right after a decade (past a ``tails``
    suffix, with a ``plural`` ending)."""
    return {event: re.compile(rf"^(?:{tails})?\s+(?:" + "|".join(re.escape(w) for w in words[key]) + rf"){plural}\b", re.I)
            for event, words in events.items() if words.get(key)}


def _noun_after_patterns(events: dict) -> dict[str, re.Pattern]:
    """For each event, its noun right after a decade: 'before its 1970s closure'."""
    return _after_decade_patterns(events, "nouns", "-era", "")


def _product_patterns(events: dict) -> dict[str, re.Pattern]:
    """For each event with ``products``, the words right after a decade that make it the decade of
    what the event made: 'the 1960s blueprint' of a plan 'first proposed in 1974'."""
    return _after_decade_patterns(events, "products", "-era|-vintage", "s?")


#: Right before a decade: it describes a known thing ('that 1960s blueprint', 'the 1960s plan').
_DEFINITE_BEFORE = re.compile(r"\b(?:the|that|this|its|their)\s+$", re.I)


#: After what an event made: whose it is, another's ('the 1960s roots of soul', not the holder's own roots).
_OF_ANOTHER = re.compile(r"\s+of\b", re.I)


#: Right before a decade: the holder is counted among things of that decade ('The company is one of a
#: handful of 2010s start-ups'); the words before 'one of' name the holder.
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:the\s+|a\s+handful\s+of\s+|(?:several|many|a\s+few)\s+)?$", re.I)


#: Right before a decade that dates an event named after it: whose event it is ('its', "the quarry's").
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|his|her)|[A-Za-z][\w-]*['\u2019]s?)\s+$")


#: Right before a decade: the part of it told ('in the early 2010s', 'the late 1990s').
_PART_OF_DECADE = re.compile(r"\b(early|mid-?|late)\s*$", re.I)
#: The years of a decade each part spans, from its first year: generous, as copy uses them loosely.
_PART_YEARS = {"early": (0, 4), "mid": (3, 7), "late": (5, 9)}


def _part_of_decade(claim: Claim, before: str) -> tuple[int, int]:
    """The years a decade's statement spans: all ten, or the part told ('the early 2010s': 2010-2014)."""
    low, high = int(claim.low), int(claim.high)
    part = _PART_OF_DECADE.search(before)
    if part is None or high - low != 9:
        return low, high
    first, last = _PART_YEARS[part.group(1).lower().rstrip("-")]
    return low + first, low + last


def only_holders(events: dict) -> dict[str, set[str]]:
    """For each event that names them, the only holders it is read of."""
    return {event: {w.lower() for w in words["only_holders"]}
            for event, words in events.items() if words.get("only_holders")}


def dated_statements(article_sentences, patterns, products: dict[str, re.Pattern] | None = None,
                     nouns_after: dict[str, re.Pattern] | None = None,
                     holders_of: dict[str, set[str]] | None = None) -> list[Dated]:
    found = []
    holders_of = holders_of or {}
    for sentence in article_sentences:
        for claim in sentence.claims:
            if claim.kind != "year" or claim.low is None or claim.high is None:
                continue
            decade = is_decade(claim)
            if claim.low != claim.high and not decade:
                continue
            # (wide enough for a long phrase of who and where: 'set by Thrust SSC in the Black Rock Desert in
            # Nevada in')
            before = sentence.before(claim, 140)
            for event, pattern in patterns.items():
                match = pattern.search(before)
                if match:
                    split = _SPLIT_IN.search(match.group(0))
                    holder = (match.group("object").split()[-1].lower() if match.group("object")
                              else (split.group(1) or "").lower() if split  # 'set this place up': the article's own
                              else holder_of(before[:match.start()]))  # 'founded Ironbark in': Ironbark's
                    if event in holders_of and holder not in holders_of[event]:
                        continue  # ('the rates set in 2016': no record)
                    low, high = _part_of_decade(claim, before) if decade else (int(claim.low), int(claim.high))
                    found.append(Dated(claim, event, holder, low, high, decade))
                    break
            else:
                after = sentence.after(claim, 40)
                named = next((e for e, p in (nouns_after or {}).items() if p.match(after)), None) if decade else None
                if named is not None and _OWNED_BEFORE.search(before):
                    # 'before its 1970s closure', 'the quarry's 1970s closure': the event named by its noun
                    found.append(Dated(claim, named, holder_of(before), int(claim.low), int(claim.high), True))
                elif decade and ((one_of := _ONE_OF_BEFORE.search(before)) or _DEFINITE_BEFORE.search(before)):
                    made = next(((e, m) for e, p in (products or {}).items() if (m := p.match(after))), None)
                    event = made[0] if made is not None and not _OF_ANOTHER.match(after[made[1].end():]) else None
                    if event is not None:
                        found.append(Dated(claim, event, holder_of(before[:one_of.start()]) if one_of else "",
                                           int(claim.low), int(claim.high), True))
    return found


#: Right before a decade: something has gone on since then ('every winter since the 1970s',
#: 'a fixture of the waterfront since the late 1990s', 'a tradition dating back to the 1870s').
_SINCE = re.compile(r"\b(?:since|(?:dating|dates?|going|goes)\s+back\s+to)\s+(?:the\s+)?(?:early\s+|mid-?|late\s+)?$",
                    re.I)


def since_statements(article_sentences, years: bool = False) -> list[tuple[Claim, str]]:
    """Decades (or, with ``years``, single years) after 'since', each with the words of its clause before 'since'
    in lower case."""
    found = []
    for sentence in article_sentences:
        for claim in sentence.claims:
            if claim.kind != "year" or claim.low is None or claim.high is None:
                continue
            if is_decade(claim) if not years else claim.low == claim.high:
                before = sentence.before(claim, 200)
                match = _SINCE.search(before)
                if match:
                    found.append((claim, re.split(r"[;:]|\bbut\b", before[:match.start()])[-1].lower()))
    return found


def goes_on_before(year: Dated, since: tuple[Claim, str], alike: dict[str, int] | None = None) -> bool:
    """'Kolbukta, which opened in 1987' and 'trucks have carried Kolbukta's concentrate every
    winter since the 1970s': the clause names the year's holder (or a word ``alike`` puts with it:
    'The landfill opened in 1978' / 'a dump that has taken the town's trash since the 1960s'), and
    the decade ends before the year (one year's slack)."""
    decade, clause = since
    alike = alike or {}
    names = {year.holder} | ({w for w, group in alike.items() if group == alike[year.holder]}
                             if year.holder in alike else set())
    named = any(re.search(rf"\b{re.escape(name)}", clause) for name in names) or bool(_IT_HAS_GONE_ON.search(clause))
    return bool(year.holder) and named and decade.high is not None and year.low > decade.high + 1


#: A clause before 'since' that tells the article's dated thing going on by a pronoun ("It's been run every year",
#: "it has been a tradition in this county", "it has operated").
_IT_HAS_GONE_ON = re.compile(r"^\W*(?:it|it's|it’s)\s+(?:has\s+|'s\s+|’s\s+)?(?:been\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:run|held|staged|going|running|operated|operating|a\s+tradition|a\s+fixture|an?\s+annual)\b",
                             re.I)


def same_holder(a: Dated, b: Dated, generic: frozenset[str] = frozenset(), text: str = "",
                alike: dict[str, int] | None = None) -> bool:
    """Do two statements speak of one holder: the same word, a pronoun or no holder, a generic
    word ('Carvell River Voyages, which was founded in 1998' and 'since the company was started'),
    words ``alike`` puts in one group ('the championship was first contested in 1948' and 'the
    title, which was created in the 1950s'), or a name and the noun the article gives that name
    ('Hollin Ness, which began generating in 1983' and 'the plant, first switched on in the 1970s',
    in copy that speaks of 'the Hollin Ness nuclear plant')?"""
    alike = alike or {}
    return (not a.holder or not b.holder or a.holder == b.holder or a.holder in generic or b.holder in generic
            or (a.holder in alike and alike.get(a.holder) == alike.get(b.holder))
            or name_told_with(a.holder, b.holder, text) or name_told_with(b.holder, a.holder, text))


def name_told_with(name: str, noun: str, text: str) -> bool:
    """Does ``text`` give the name (its last word, capitalised) with ``noun`` right after it, past at
    most two words ('Hollin Ness nuclear power station', 'the M27 motorway')?"""
    if not text or not name[:1].isalnum() or " " in name or " " in noun:
        return False
    return re.search(rf"\b(?=[A-Z0-9])(?i:{re.escape(name)})\s+(?:[A-Za-z-]+\s+){{0,2}}(?i:{re.escape(noun)})s?\b",
                     text) is not None


@check("event-year-vs-decade", params=PARAMS)
def event_year_vs_decade(rule, audit):
    """A year of an event outside the decade the same article gives that event."""
    patterns = event_patterns(rule.params["events"])
    only = only_holders(rule.params["events"])
    products = _product_patterns(rule.params["events"])
    nouns_after = _noun_after_patterns(rule.params["events"])
    by_article = sentences_by_article(audit)
    since_events = set(rule.params.get("since_events", []))
    instant_events = set(rule.params.get("instant_events", []))
    generic = frozenset(w.lower() for w in rule.params.get("generic_holders", []))
    # words that stand for the one holder of each event: the rule's generic words and the event's own
    holders_of = {event: generic | {w.lower() for w in words.get("holders", [])}
                  for event, words in rule.params["events"].items()}
    alike = {word.lower(): group for group, words in enumerate(rule.params.get("same_as", [])) for word in words}
    told: dict[str, tuple[str, list[Dated]]] = {}  # article -> its text and its dated statements
    for article_id, article_sentences in by_article.items():
        article = audit.articles.get(article_id)
        text = f"{article.title or ''}\n{article.text}" if article is not None else ""  # (a headline names it too)
        statements = dated_statements(article_sentences, patterns, products, nouns_after, only)
        if statements:
            told[article_id] = (text, statements)
        sinces = since_statements(article_sentences) if since_events else []
        for event in patterns:
            years = [s for s in statements if s.event == event and not s.decade]
            decades = [s for s in statements if s.event == event and s.decade]
            if not years:
                continue
            single = len({y.low for y in years}) == 1
            if event in since_events and single:
                for since in sinces:
                    if goes_on_before(years[0], since, alike):
                        decade = since[0]
                        yield Hit(
                            claim_ids=[years[0].claim.id, decade.id],
                            fields={"year": years[0].claim.text, "decade": decade.text, "event": event},
                            suggestion=f"“since the {decade.text}” has it going on before it was {event} in "
                                       f"{years[0].claim.text}; check the year and the decade.",
                        )
            slack = 0 if event in instant_events else 1
            for decade in decades:
                # two years of the event are of two holders: the decade is judged against the one year
                # whose holder is its own ('Tullagh Staging, founded in 2004' / 'the meeting, first run in
                # 1962' / 'Since the meeting began in the 1970s')
                theirs = [y for y in years if same_holder(y, decade, holders_of[event], text, alike)]
                if not theirs or not single and len({y.low for y in theirs}) != 1:
                    continue
                year = theirs[0]
                if not decade.low - slack <= year.low <= decade.high + slack:
                    yield _hit(year, decade)
        yield from _before_its_start(statements, rule.params.get("not_before", {}))
    yield from _across_reports(audit, told, instant_events, alike)


def _before_its_start(statements: list[Dated], not_before: dict[str, list[str]]):
    """A decade of an event that ends before the one year of an event it cannot come before: "The
    Pimpalwadi APMC, established in 1972" and "the market has traded onions since it opened in the
    late 1960s". The decade's holder is a pronoun (or none) or the year's own word; a generic word
    ('the company') may be another holder here."""
    for later, earlier_events in not_before.items():
        for earlier in earlier_events:
            years = [s for s in statements if s.event == earlier and not s.decade]
            if len({y.low for y in years}) != 1:
                continue
            year = years[0]
            for decade in (s for s in statements if s.event == later and s.decade):
                if (not decade.holder or decade.holder == year.holder) and decade.high + 1 < year.low:
                    yield Hit(
                        claim_ids=[year.claim.id, decade.claim.id],
                        fields={"year": year.claim.text, "decade": _decade_told(decade), "event": earlier},
                        suggestion=f"It is {later} in the {_decade_told(decade)}, before it was {earlier} in "
                                   f"{year.claim.text}; check the year and the decade.",
                    )


def _hit(year: Dated, decade: Dated) -> Hit:
    return Hit(
        claim_ids=[year.claim.id, decade.claim.id],
        fields={"year": year.claim.text, "decade": _decade_told(decade), "event": year.event},
        suggestion=f"Something that happened in {year.claim.text} happened in the "
                   f"{year.low // 10 * 10}s; check the year and the decade.",
    )


def _decade_told(decade: Dated) -> str:
    """The decade as told, with the part of it the statement spans ('early 2010s')."""
    if decade.high - decade.low == 9:
        return decade.claim.text
    part = next((name for name, (first, last) in _PART_YEARS.items()
                 if decade.low % 10 == first and decade.high % 10 == last), "")
    return f"{part} {decade.claim.text}".strip()


def _across_reports(audit, told: dict[str, tuple[str, list[Dated]]], instant_events: set[str],
                    alike: dict[str, int]):
    """A year of an event in one report of a story against the decade another report gives it ('A
    barrage across the Ostra was first proposed in 1974' / 'was first floated in the 1980s'). Each
    report gives one date of the event only, and both name its holder by one word (or words
    ``alike`` groups, or a name and the noun a report gives it): across articles a pronoun or a
    generic word ('the company') may be anything. One finding per decade."""
    found: set[str] = set()
    for year_article, decade_article in story_pairs(
            audit, [a for a, (_, said) in told.items() if any(not s.decade for s in said)],
            [a for a, (_, said) in told.items() if any(s.decade for s in said)]):
        (our_text, ours), (their_text, theirs) = told[year_article], told[decade_article]
        for decade in theirs:
            if not decade.decade or decade.claim.id in found or not decade.holder:
                continue
            years = [s for s in ours if s.event == decade.event and not s.decade]
            if (len({y.low for y in years}) != 1 or any(s.event == decade.event and s is not decade for s in theirs)
                    or any(s.event == decade.event and s.decade for s in ours)):
                continue  # (a report that dates the event twice is read on its own)
            year = years[0]
            text = f"{our_text}\n{their_text}"
            if not year.holder or not (year.holder == decade.holder or alike.get(year.holder, -1) == alike.get(decade.holder)
                                       or name_told_with(year.holder, decade.holder, text)
                                       or name_told_with(decade.holder, year.holder, text)):
                continue
            slack = 0 if year.event in instant_events else 1
            if not decade.low - slack <= year.low <= decade.high + slack:
                found.add(decade.claim.id)
                yield _hit(year, decade)
