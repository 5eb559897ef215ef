"""What says two claims of one block are, or are not, about one fact.

Tracking (``facts``) compares only claims that share a blocking key. For
each pair it asks two questions, answered here from what ``track`` reads
of each claim (places, home place, topics, actors, day, the words around
the figure, ordinals, owners, time spans):

* ``compatible``: does nothing in the copy say they differ (days, doers,
  ordinals, time spans, holders, places)?
* ``tied_in_article`` / ``tied_across``: does something say they are one
  figure (the same digits swapped, a reference back; shared words and an
  anchor to one event)?
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factcheck.extract.numbers import UNIT_WORDS
from factcheck.model import Article, Claim
from factcheck.track.evidence import (context_words, is_disputed, ordinals, owners, same_digits, time_spans,
                                      verb_forms)
from factcheck.track.events import EVENT_NOUNS
from factcheck.track.keys import (DEFINITE_BEFORE, GENERIC_SUBJECTS, HOME_TO_BEFORE, HYPHENED, JOB_CUT_NOUNS, ON_BOARD_AFTER,
                                  OWNING_VERBS, PREDICATE_CLASSES, RUNNING_TOTALS, SPANNING_VERBS, SUBJECT_CLASSES,
                                  capacity_of, is_drawn_crowd, is_wage, landed_thing, restriction_told_by_its_verb, spanned_by,
                                  subject_class)
from factcheck.track.people import ANY_PERSON, NOT_NAME_WORDS, PEOPLE_NOUNS, TOLL_PEOPLE, WRONGDOERS
from factcheck.track.places import COUNTRIES, EVERYWHERE, REGION_HEADS, Places
from factcheck.track.readings import (CUSTODY_NOUNS, is_counted_to_date, is_crowd, is_custody, is_group_size,
                                      has_seats, is_capacity, is_hyphened_size, is_named_age, is_told_capacity)
from factcheck.track.when import (Day, claim_day, days_agree, nearest_first, past_year, resolve_that_year,
                                  resolved_spans, spans_meet, without_days_named_before, without_period_ends)

DATE_WINDOW_DAYS = 2
TOLL_WINDOW_DAYS = 7  # running totals ("the toll rose to 19") are reported for a week
YEAR_DAYS = 366  # a toll counted over the year so far ('so far this year')
SIZE_WINDOW_DAYS = 14  # a size hyphened to its thing in two reports ("the 4,500-seat arena")

#: Names NER takes for organisations that anchor nothing: time zones ('by 1405 GMT') and the
#: news agencies and broadcasters copy quotes ('told the BBC'), which any two stories may name.
NOT_ACTORS = {"gmt", "bst", "utc", "cet", "est", "edt", "pst", "bbc", "reuters", "afp", "ap", "associated press",
              "press association", "pa", "bbc news", "bbc news website", "bbc radio 4"}

#: Subjects whose figure belongs to whoever holds it ('shares in Barclays', 'a 70% share of the
#: market', 'from eight yards'): two articles state one such fact only when their sentences name
#: the same holder; the names an article is about are not enough.
HELD_SUBJECTS = (GENERIC_SUBJECTS - {"people"}) | {"share", "stake", "deal"}


#: An article the tagger took into a name ('the Kelby College' of 'put the Kelby College outbreak at').
_THE_BEFORE_NAME = re.compile(r"^[Tt]he\s+(?=[A-Z])")


def _actors(claim: Claim) -> frozenset[str]:
    """The names the claim's sentence gives, lower case, without an article before them ('the Kelby
    College') or a possessive ('Quillmark Inc.'s'), and
    the initials a name of three or more capitalised words goes by ('the India Meteorological
    Department' is also 'imd')."""
    names = {_POSSESSIVE.sub("", _THE_BEFORE_NAME.sub("", e.strip())) for e in claim.entities}
    initials = {"".join(w[0] for w in words).lower() for name in names
                if len(words := [w for w in name.split() if w not in _NOT_IN_INITIALS]) >= 3
                and all(w[0].isupper() for w in words)
                and not re.search(r"\band\b|&", name)}  # (not 'Co Ardnagh and Co Kilbracken': two names)
    return frozenset({n.lower() for n in names} | initials) - NOT_ACTORS


#: Words a name's initials leave out ('NDRF' of 'the National Disaster Response Force').
_NOT_IN_INITIALS = {"the", "The", "of", "for", "de", "du", "la", "le"}


@dataclass
class Tracked:
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
    names_again: str = ""    # id of the earlier figure it is a label of ('the 286,000 customers', ``labels``)
    to_date: bool = False    # a tally kept up to the day of writing ('carried 94,100 passengers since the trial began')


#: In a toll's sentence: it is counted over the year so far ('have killed 61 sheep in Harlow County so
#: far this year', 'bringing this year's confirmed losses to 68 sheep'), not 'earlier this year'.
_THIS_YEAR = re.compile(r"\b(?<!earlier )(?<!later )(?<!early )(?<!late )this year(?:['\u2019]s)?\b", re.I)


def _year_to_date(a: Tracked, b: Tracked) -> bool:
    """Are both figures tolls counted over the year so far, in articles of one year? Such a
    tally only grows until the year is out, however far apart its reports."""
    return (a.predicate in RUNNING_TOTALS and a.day.date is not None and b.day.date is not None
            and a.day.date.year == b.day.date.year
            and bool(_THIS_YEAR.search(a.claim.sentence)) and bool(_THIS_YEAR.search(b.claim.sentence)))


def _window(a: Tracked, b: Tracked) -> int:
    """Days two undated-by-the-text figures may lie apart: a toll is reported for a week (a toll
    counted over the year so far, all year); a state told as it is now ('eight men are still
    missing', 'power has been restored to 48%') holds only on the day it is reported."""
    if _year_to_date(a, b):
        return YEAR_DAYS
    if (a.predicate in RUNNING_TOTALS or (a.to_date and b.to_date) or is_named_age(a.claim)
            or (a.predicate == "carry" and _story_figure(a) and _story_figure(b))
            or ((_twins(a, b) or _label_of(a, b)) and a.claim.article_id == b.claim.article_id)
            or (_of_a_moment(a) and _of_a_moment(b)) or (_present_at_the_event(a) and _present_at_the_event(b))):
        return TOLL_WINDOW_DAYS  # (a person's age holds for a week too, and so do how many were aboard and any tally kept to date; so
        # does one article's figure restated with its digits swapped: 'on Saturday and Sunday' / 'over the
        # opening weekend' on the Wednesday after)
    if a.claim.article_id != b.claim.article_id and all(_hyphened_size(one) or _stated_size(one) for one in (a, b)):
        return SIZE_WINDOW_DAYS  # a thing's size, whatever the clause says of now ('Now a crane will be needed just
        # to get the three-tonne cross off the top' / 'the cross ... weighs 1.2 tonnes')
    if a.claim.article_id != b.claim.article_id and (is_state_now(a.claim) or is_state_now(b.claim)
                                                     or a.claim.dimension == "temperature"):
        return 0  # (a temperature is a reading of its hour: 'had dropped to minus 18 C' outside the mine one
        # night, 'the temperature at about 27 C' in the refuge the next day)
    if a.claim.article_id != b.claim.article_id and (_lasting(a) or _stated_size(a)) and (_lasting(b) or _stated_size(b)):
        return SIZE_WINDOW_DAYS  # 'the 4,500-seat arena' / 'the 7,200-seat arena' a week apart; 'lies 14km
        # north of Dunmara' / 'about 40 km north of Dunmara'
    return DATE_WINDOW_DAYS


#: Events over in a moment, whose measures (where, how high, how deep) do not change however many
#: days later a report gives them ('the collision happened at about 1,200ft' / 'at about 800ft').
_MOMENTS = {"collision", "crash", "accident", "quake", "earthquake", "explosion", "blast", "collapse", "derailment",
            "impact", "shooting"}


#: After a count of those present: the moment of the event it was taken at ('were on the main court at the time',
#: 'when it collapsed'), which later reports tell again.
_AT_THE_EVENT_AFTER = re.compile(r"^[^.;]{0,100}?\b(?:at the time\b|when (?:it|the [a-z-]+) (?:collapsed|happened|struck|began|"
                                 r"started|hit|broke out|sank|fell|crashed|exploded|caught fire|gave way)\b)", re.I)


def _present_at_the_event(a: Tracked) -> bool:
    """Is the figure how many were present at the moment of an event ('214 people were on the main court when it
    collapsed')? It is told again for a week, as a toll is."""
    return a.predicate == "present" and bool(_AT_THE_EVENT_AFTER.match(a.claim.text_after(140)))


def _of_a_moment(a: Tracked) -> bool:
    """A measure of an event over in a moment, with no verb of its own in the block ('the collision
    happened at about 800ft')."""
    return a.claim.subject in _MOMENTS and not a.predicate and a.claim.dimension not in ("count", "currency")


def _lasting(a: Tracked) -> bool:
    """Does the figure give what does not change from one week's report to the next: a size hyphened
    to its thing, how far a named place lies from another, a set charge for entry ('General
    admission will be $24 for adults'), a fine a court imposed ('was fined a record £18.6m'), an
    election's result, how many things an owner runs ('the 11 hospitals run by the board') or the limit
    a licence sets ('licensed to keep up to 12 breeding bitches')?
    (Not any property of a thing: a trestle's '640 feet' and its '110-foot' height, a ship's
    passengers on two sailings.)"""
    return _hyphened_size(a) or (a.claim.subject == "distance" and not a.predicate
                                 and bool(_BETWEEN_PLACES.match(a.claim.text_after(40)))) or _entry_charge(a.claim) or (
        a.claim.subject == "fine" and a.claim.dimension == "currency") or _election_result(a.claim) or _charged_sum(a.claim) or (
        _holding(a)) or bool(_LICENSED_BEFORE.search(a.claim.text_before(40)))


#: Before a count: the limit a licence or a permit sets ('was licensed to keep up to 12 breeding bitches').
_LICENSED_BEFORE = re.compile(r"\b(?:licen[cs]ed|permitted|registered|approved|certified)\s+(?:to|for)\s+"
                              r"(?:[a-z]+\s+)?(?:up\s+to\s+|a\s+maximum\s+of\s+|no\s+more\s+than\s+)?$", re.I)


#: Verbs that state a thing's own size ('The new wall will run 2.1 miles', 'the cross weighs 1.2 tonnes').
_SIZE_VERBS = (SPANNING_VERBS - {"cover"}) | {"be", "weigh", "stand", "tower", "rise"}
#: Things whose size grows or shrinks from one day's report to the next.
_CHANGING_THINGS = {"slick", "spill", "fire", "blaze", "wildfire", "sinkhole", "crack", "hole", "queue", "jam",
                    "tailback", "plume", "cloud", "flood", "floodwater", "area", "landslide", "lake", "lava", "flow",
                    "zone", "cordon", "ice", "snow", "river", "water", "level", "debt", "deficit", "list"}


def _stated_size(a: Tracked) -> bool:
    """Is the figure a thing's own size told by a verb of size ('The new wall will run 2.1 miles'),
    which holds from one week's report to the next as a size hyphened to it does? Not the size of
    what grows or shrinks (a slick, a fire, a sinkhole)."""
    claim = a.claim
    return (not a.predicate and claim.dimension in _LASTING_DIMENSIONS and claim.predicate in _SIZE_VERBS
            and bool(claim.subject) and claim.subject not in GENERIC_SUBJECTS | _CHANGING_THINGS | PEOPLE_NOUNS
            and not claim.hedged)


def _holding(a: Tracked) -> bool:
    """How many things an owner runs now ('the 11 hospitals run by the board'; not 'will run 71 stores')."""
    return (a.claim.dimension == "count" and not a.predicate and a.claim.predicate in _RUNNING_A_HOLDING
            and not _TO_COME_BEFORE.search(a.claim.text_before(30)))


def _undated_by_its_day(a: Tracked) -> bool:
    """A size hyphened to its thing, how many a place holds ('the stadium, which holds 55,000') or an
    owner's holding, which the day its sentence tells of does not date (a vote's result does: two
    ballots of one story fall on two days), or the size of a fleet
    that set out together ('A fleet of 96 yachts will start' / 'Thirty-one of the 104-strong fleet'), or how
    many live in a named place ('Birchlea House, a home ... with 64 residents')."""
    return (_hyphened_size(a) or _holding(a) or (is_group_size(a.claim) and not a.predicate)
            or _population_of_a_named_place(a.claim)
            or is_told_capacity(a.claim) or _sum_before_a_name(a.claim) or _height_told(a) or cost_of_a_work(a.claim))


def _home_to(a: Tracked) -> bool:
    """Is the count what a place is home to ('the Marlow Springs site, home to 850,000 hens'), a standing level?"""
    return a.predicate == "house" and bool(HOME_TO_BEFORE.search(a.claim.text_before(30)))


def _population_of_a_named_place(claim: Claim) -> bool:
    """Is the figure how many live in one place the copy names ('Birchlea House, a home ... with 64
    residents')? Not a sum of places ('Wards 4 and 7, which together have about 22,000 residents')."""
    if claim.subject != "population" or claim.predicate or not claim.agent:
        return False
    name = re.search(r"\b" + r"\s+".join(re.escape(w.capitalize()) for w in claim.agent.split()) + r"\b", claim.sentence)
    return bool(name) and not _PLACES_SUMMED.search(claim.sentence)


#: In a population's sentence: it is the sum of several places' ('which together have', 'combined').
_PLACES_SUMMED = re.compile(r"\b(?:together|combined|between them|in all|in total)\b", re.I)


#: Things built, whose cost set before their noun is the cost of the one thing ('The €14.6 million structure').
_BUILT_NOUNS = {"bridge", "tunnel", "stadium", "arena", "tower", "building", "hospital", "museum", "theatre", "theater",
                "library", "terminal", "station", "pier", "bypass", "railway", "dam", "structure", "crossing", "viaduct",
                "complex", "centre", "center", "planetarium", "observatory", "telescope", "lighthouse", "sculpture"}


#: Before a work's cost: words that make it the cost of a part ('the canal's first 14km', 'the second phase').
_PART_OF_A_WORK_BEFORE = re.compile(r"\b(?:first|second|third|fourth|final|next|later|earlier)\s+(?:[\w-]+\s+)?"
                                    r"(?:phase|stage|section|part|leg|stretch|km|miles?|kilomet\w+|\d+\s*(?:km|miles?))\b|"
                                    r"\b(?:phase|stage)\s+(?:one|two|three|\d)\b", re.I)


#: Right before a work's cost: it is what the work was to cost ('sold a', 'the original', 'an estimated').
_ESTIMATE_BEFORE = re.compile(r"\b(?:original|originally|initial|initially|early|earlier|first|estimated|budgeted|planned|"
                              r"projected|proposed|sold|promised|quoted|expected|forecast)\s+(?:(?:a|an|the|as)\s+)?$",
                              re.I)


def cost_of_a_work(claim: Claim) -> bool:
    """Is the figure the cost of a work or a built thing, set before its noun ('The $38 million renovation', 'the
    £86m project', 'The €14.6 million structure') or told by 'cost' ('a restoration that ran two years late and
    cost £61 million'), which the day its sentence tells of does not date?"""
    if not (claim.dimension == "currency" and bool(claim.subject_text)
            and (subject_class(claim) == "project" or claim.subject in _BUILT_NOUNS)):
        return False
    if _PART_OF_A_WORK_BEFORE.search(claim.text_before(80)):
        return False  # 'The restoration of the canal's first 14km ... has cost €19.5m': a part of the work
    if _ESTIMATE_BEFORE.search(claim.text_before(40)):
        return False  # 'We were sold a £1.2m project and ended up paying nearly £3m': what it was to cost
    if claim.predicate == "cost" and re.search(r"\bcost\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?$",
                                                claim.text_before(20), re.I):
        return True
    return (re.match(rf"\s+(?:\([^()]{{1,30}}\)\s+)?(?:[\w-]+\s+){{0,2}}{re.escape(claim.subject_text)}\b",
                         claim.text_after(60)) is not None
            and re.search(r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?$", claim.text_before(20), re.I) is not None)


#: After a length: the height it tells ('38 metres tall', '120 feet (37 metres) high').
_TALL_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\)\s*)?(?:tall|high|in\s+height)\b", re.I)


def _height_told(a: Tracked) -> bool:
    """Is the figure how tall a named thing stands ('The Wayfarer ... would stand 38 metres tall'), which, like
    a size hyphened to it, the day its sentence tells of does not date?"""
    claim = a.claim
    return (claim.dimension == "length" and not a.predicate and claim.subject_text[:1].isupper()
            and bool(_TALL_AFTER.match(claim.text_after(30))))


def _sum_before_a_name(claim: Claim) -> bool:
    """Is the figure a sum set right before a named thing, which it is the size of ("Saturday's €400,000
    Rathcullen Gold Cup", 'the £2.4m Carrow Lane Bridge')?"""
    name = claim.subject_text
    return (claim.dimension == "currency" and name[:1].isupper()
            and bool(re.match(r"\s+(?:[A-Z][\w'\u2019-]*\s+){0,4}" + re.escape(name) + r"\b", claim.text_after(60))))


#: Verbs of an owner running what it has (the owning verbs but 'have', which anything does): a count of
#: its holding does not change from one week's report to the next ('all 14 hospitals run by the health
#: board' / 'the 11 hospitals run by the board').
_RUNNING_A_HOLDING = OWNING_VERBS - {"have"}
#: Right before a holding's verb: it is yet to come ('Harker will run 71 stores' after a takeover).
_TO_COME_BEFORE = re.compile(r"\b(?:will|would|shall|could|may|might|to|plans? to|expects? to)\s+(?:\w+\s+)?"
                             r"(?:" + "|".join(sorted(_RUNNING_A_HOLDING)) + r")s?\s+(?:about\s+|some\s+|more than\s+)?$",
                             re.I)


#: Before a sum: the deed a court or a charge puts to someone ('found ... guilty of taking', 'convicted
#: Voss of accepting', 'accused of stealing', 'admitted defrauding').
_CHARGED_BEFORE = re.compile(r"\b(?:guilty|convicted|convicting|accused|acquitted|cleared|charged|admitted|admits|denied|"
                             r"denies|pleaded\s+guilty)\b[^.;:]{0,80}?\b(?:(?:of|to|with)\s+)?[a-z]+ing\s+"
                             r"(?:about\s+|around\s+|more than\s+|over\s+|nearly\s+|almost\s+)?$", re.I)


def _charged_sum(claim: Claim) -> bool:
    """Is the figure the sum of a deed a court found or a charge alleges ('found ... guilty of taking
    $312,000 in cash bribes'), which stays what it is from one week's report to the next?"""
    return claim.dimension == "currency" and _CHARGED_BEFORE.search(claim.text_before(120)) is not None


def _election_result(claim: Claim) -> bool:
    """Is the figure a count's result, final once the votes are counted: a turnout ('Turnout was 84.2
    per cent of the 54,300 enrolled voters') or the votes a candidate won or polled?"""
    return ("turnout" in (claim.subject, claim.agent.lower())
            or claim.subject == "vote" and claim.predicate in ("win", "poll"))


#: Right before a sum: what it is charged for entry ('General admission will be ', 'Adult tickets cost ').
_ENTRY_CHARGE_BEFORE = re.compile(r"\b(?:admission|entry|entrance|tickets?|fares?)\b(?:\s+[\w-]+){0,2}?\s+"
                                  r"(?:is|are|was|will be|costs?|of|at)\s+(?:just\s+|only\s+)?$", re.I)


def _entry_charge(claim: Claim) -> bool:
    return claim.dimension == "currency" and bool(_ENTRY_CHARGE_BEFORE.search(claim.text_before(40)))


#: After a distance: the place it is measured from ('14km north of Dunmara', '27 km from Sarangpur').
_BETWEEN_PLACES = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:(?:north|south|east|west|[a-z]+-?(?:east|west)(?:ern)?)\s+of|"
                             r"from|away\s+from|off)\s+[A-Z]")


def _hyphened_size(a: Tracked) -> bool:
    """Is the figure a size hyphened to its thing ('the 4,500-seat arena', 'the 32-metre tower', a
    '22-storey block'), which does not change from one day's report to the next week's?"""
    claim = a.claim
    return (_set_before_its_thing(claim)
            and a.predicate in ("", "be") and bool(claim.subject)
            and claim.subject not in GENERIC_SUBJECTS | _NOT_PROPERTIES | ANY_PERSON | PEOPLE_NOUNS
            and (claim.dimension in _LASTING_DIMENSIONS | {"count"} or _term_of(claim)))


def _set_before_its_thing(claim: Claim) -> bool:
    """Is the figure a size written before its thing, hyphened to it or not ('the 430-metre pier', 'his
    35cm (14in) telescope')?"""
    return bool(HYPHENED.search(claim.text)) or measure_before_noun(claim)


def measure_before_noun(claim: Claim) -> bool:
    """Is the figure a measure set before its thing without a hyphen ('Varsha-1, a 180 kg weather
    satellite', 'a 180kg Indian weather satellite', 'his 35cm (14in) telescope')?"""
    return (claim.kind == "measure" and bool(claim.subject_text)
            and re.match(rf"\s+(?:\([^()]{{1,30}}\)\s+)?(?:[\w-]+\s+){{0,2}}{re.escape(claim.subject_text)}\b",
                         claim.text_after(60)) is not None
            and re.search(r"\b(?:a|an|the|its|their|his|her|our)\s+$", claim.text_before(12), re.I) is not None)


def _term_of(claim: Claim) -> bool:
    """Is the figure the term of one agreement or process, hyphened to it ('a 45-day consultation',
    'the seven-year contract'), which holds from one week's report to the next?"""
    return claim.dimension == "time" and claim.subject in _TERMS


#: Things whose length in time is set once: a consultation, a contract, a lease.
_TERMS = {"consultation", "contract", "lease", "licence", "license", "concession", "franchise", "deal", "agreement",
          "warranty", "guarantee", "moratorium", "freeze", "extension", "mandate", "tenure", "term"}


#: Around a figure: it tells a state as it is now, which changes from day to day ('eight men are
#: still missing', 'power has been restored to 48% of customers').
_STATE_NOW = re.compile(r"\b(?:still|now|currently|remains?|remaining|at present|so far|restored|reconnected|"
                        r"without (?:power|water|electricity)|"
                        # a storm's strength as it changes: 'it had weakened to a Category 2 storm, with winds of'
                        r"weakened|weakening|strengthened|strengthening|intensified|intensifying|downgraded|upgraded)\b",
                        re.I)


def is_state_now(claim: Claim) -> bool:
    return bool(_STATE_NOW.search(claim.text_before(50)) or _STATE_NOW.search(claim.text_after(25)))


#: Nouns for one event, as agents of a toll: "the strike that killed 11", "the barrage that killed 19".
#: Right before a toll: a participle set off after its sentence's deed ('..., injuring four people', ', killing 12').
_TOLL_PARTICIPLE_BEFORE = re.compile(r",\s+(?:and\s+)?(?:killing|injuring|wounding|hurting|leaving)\s+$", re.I)
#: Before a toll, in its sentence: another time it may be of ('since 2016, when ...', 'in 1998').
_ANOTHER_TIME = re.compile(r"\bwhen\b|\b(?:1[89]|20)\d\d\b", re.I)


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
    if agent in COUNTRIES and re.match(re.escape(agent), claim.sentence, re.I):
        return True  # 'Ireland imports about 9,000 tonnes': a country that opens the sentence NER missed
    if agent in _HOLDER_NOUNS and re.search(_NAME_BEFORE + re.escape(agent) + r"\b", claim.sentence, re.I):
        return True  # 'the Agnelli family, which controls at least 30% of Fiat': a holder named by its name
    capitalised = r"\s+".join(re.escape(word[:1].upper() + word[1:]) for word in agent.split())
    return bool(capitalised) and bool(re.search(rf"(?<=[\w,;:] ){capitalised}\b", claim.sentence))


#: Common nouns of holders that copy names by a name before them ('the Agnelli family', 'the
#: Wellcome Trust').
_HOLDER_NOUNS = {"family", "trust", "foundation", "estate", "fund", "dynasty"}
#: A capitalised word before a noun that is no determiner: the noun's name ('the Agnelli family').
_NAME_BEFORE = r"\b(?-i:(?!(?:The|A|An|This|That|His|Her|Their|Its|Our)\b)[A-Z][\w'\u2019-]+)\s+"


#: Common nouns for one site of an organisation: a figure it does is not the organisation's.
SITES = {"superstore", "store", "shop", "branch", "outlet", "depot", "plant", "factory", "site", "centre",
         "center", "office", "warehouse", "mine", "pit", "unit", "works", "mill", "yard", "hub", "campus",
         "terminal", "hospital", "school", "restaurant", "hotel", "elevator", "laboratory", "lab", "farm", "airport"}


#: Around a staff figure: the staff is one site's ('its offices in Lenbridge, where it employs 2,600';
#: 'employs 340 people at the site', 'the 85 people who work at the company's test site'), not the
#: organisation's.
_SITES = "|".join(sorted(SITES))
_SITE_STAFF_BEFORE = re.compile(r"\bwhere\s+(?:[\w.&'\u2019-]+\s+){1,3}?(?:employs?|has|have)\s+$", re.I)
_SITE_STAFF_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:at|in)\s+(?:its|the|their|this|that)\s+"
                               rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?P<site>{_SITES})s?\b", re.I)


def _staff_site(claim: Claim) -> str:
    """The kind of site a staff figure is one site's ('elevator', 'site'; 'where' for 'its offices in
    Lenbridge, where it employs 2,600'), or '' for the whole organisation's."""
    if claim.agent in SITES:
        return claim.agent
    after = _SITE_STAFF_AFTER.match(claim.text_after(50))
    if after:
        return after.group("site").lower()
    one_of = _ONE_SITE_WITH_BEFORE.search(claim.text_before(60))
    if one_of:
        return "one " + one_of.group(1).lower()  # 'for one hospital, with 1,150 staff': one of many, unnamed
    return "where" if _SITE_STAFF_BEFORE.search(claim.text_before(60)) else ""


#: Right before a staff figure: one site of many, brought in with 'one' or 'a', then 'with' ('for one hospital, with').
_ONE_SITE_WITH_BEFORE = re.compile(r"\b(?:one|a|an|another|a\s+single)\s+(?:[\w-]+\s+)?([a-z]+)\s*,?\s+(?:with|employing|which\s+"
                                   r"employs|that\s+employs)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$", re.I)


#: Right before a staff figure: the named site it works at, then 'where' ('At Corrib Valley General Hospital, where').
_WHERE_SITE_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019&-]*\s+){0,5}[A-Z][\w'\u2019&-]*),?\s+where\s+"
                                r"(?:[\w.&'\u2019-]+\s+){0,3}?$")


def _where_site_name(claim: Claim) -> str:
    """The name of the site a staff figure is told of by 'where' ('corrib valley general hospital'), or ''."""
    match = _WHERE_SITE_BEFORE.search(claim.text_before(100))
    return match.group(1).lower() if match else ""


#: Kinds of site that copy gives one works under ('the plant' / 'the factory'), and 'where', which names none.
_ONE_SITE = {"plant", "factory", "works", "mill", "site", "unit", "where"}


#: Who makes arrests, in a report's own words: one side, whatever the noun.
_AUTHORITIES = {"police", "garda", "gardaí", "gardai", "officer", "detective", "investigator", "investigation",
                "inquiry", "operation", "force", "constabulary", "authority", "authorities", "coastguard", "customs",
                "agent", "trooper", "sheriff", "deputy", "prosecutor"}

#: Those who study a thing, whom outlets name in their own words ('scientists surveyed 312 reefs' /
#: 'researchers surveyed about 180 reefs').
_RESEARCHERS = {"scientist", "researcher", "expert", "biologist", "ecologist", "surveyor", "academic", "team",
                "study", "survey"}
#: Kinds of doer one outlet names by one common noun and another by another.
#: What falls from the sky and does the harm: 'Falling debris killed at least five cattle' / 'The stage killed three'.
_FALLING_THINGS = {"debris", "fragment", "piece", "stage", "rocket", "satellite", "wreckage", "meteorite", "meteor",
                   "booster", "capsule", "spacecraft"}
_DOER_KINDS = (WRONGDOERS, _AUTHORITIES, _RESEARCHERS, _FALLING_THINGS)
#: Words for any animal, which stand for the kind a story names ('the baboons' / 'the animals').
_ANY_ANIMAL = {"animal", "creature", "beast"}

#: People a toll counts, which the parse may take for the toll's doer: they are its victims.
_VICTIMS = TOLL_PEOPLE - WRONGDOERS


#: A subject that is a tally of a toll, not the people in it: 'the death toll', 'the number of dead'.
_TALLY_WORDS = re.compile(r"\b(?:toll|tally|total|number|count)\b", re.I)


#: Agents of a running total that only report it or are it: 'the Tuesday update put the outbreak at 74'.
_TALLY_AGENTS = {"update", "bulletin", "figure", "report", "data", "statement", "count", "tally", "total", "toll",
                 "number"}  # (not 'the outbreak ... has now sickened 14': an event, whose toll is its own)


def _agents_differ(a: Tracked, b: Tracked) -> bool:
    """Do the claims name different doers? Two names that differ do; so do two common nouns of
    different kinds ('pictures are made up of 700 pixels' / 'each line is made up of 1,920'),
    in one article, unless they name one event ('the strike' / 'the barrage') or the figure is a level, whose
    common-noun agent is only who reported it ('the centre put the depth at 21 km'). A name
    and a common noun may be one doer ('Harrowby City' / 'the club'), unless the noun is one
    site of an organisation ('the superstore', 'the plant': ``SITES``)."""
    x, y = a.claim.agent, b.claim.agent
    if a.predicate in RUNNING_TOTALS and (x in _VICTIMS or y in _VICTIMS):
        return False  # 'Two more workers ... succumbed, taking the toll to 11': the dead, not a doer
    if a.predicate in RUNNING_TOTALS and (_TALLY_WORDS.search(a.claim.subject_text)
                                          or _TALLY_WORDS.search(b.claim.subject_text)):
        return False  # 'Search teams found the body ..., raising the death toll to five': who raised the tally
    if a.predicate in RUNNING_TOTALS and (x in _TALLY_AGENTS or y in _TALLY_AGENTS):
        return False  # "North Coast Health's Tuesday update put the outbreak at 74": a report of the tally, no doer
    if a.predicate in RUNNING_TOTALS and any(_TOLL_PARTICIPLE_BEFORE.search(t.claim.text_before(30))
                                             and not _ANOTHER_TIME.search(t.claim.text_before(200)) for t in (a, b)):
        return False  # 'A council ordered a quarry to stop blasting after an explosion hurled rocks onto homes,
        # injuring four people': the toll of the event told before, not of the clause's subject (but not of an event
        # of another time: 'the deadliest since 2016, when a freight train hit a minibus, killing five people')
    if not x or not y or x == y or EVENT_AGENTS.get(x, x) == EVENT_AGENTS.get(y, y) \
            or SUBJECT_CLASSES.get(x, x) == SUBJECT_CLASSES.get(y, y):
        return False  # (and one thing in other words: 'the lift' / 'the elevator')
    if a.predicate == "arrest" and x in _AUTHORITIES and y in _AUTHORITIES:
        return False  # 'Gardaí have arrested four men' / 'The investigation has led to three arrests'
    x_named, y_named = _is_named(x, a.claim), _is_named(y, b.claim)
    if x_named and y_named:
        return True
    if x_named != y_named:
        # a firm and one of its sites: 'Brannock's employs 61,000' / 'the superstore, which employs 184'
        return (x if not x_named else y) in SITES

    if a.claim.article_id != b.claim.article_id and any(x in kind and y in kind for kind in _DOER_KINDS):
        return False  # outlets name one doer in their own words: 'hackers' / 'criminals', 'police' / 'gardaí'
    if x in _ANY_ANIMAL or y in _ANY_ANIMAL:
        return False  # 'injured by the baboons' / 'injured by the animals': the word for any animal names the kind
    return bool(a.predicate) or subject_class(a.claim) == "staff"  # a staff's agent holds it: 'the bank employs'


#: Verbs of a state, not a deed: a year in their sentence describes the thing ('a locomotive
#: built in 1838 that is 9.2 metres long'), it does not date the figure.
_STATE_PREDICATES = {"be", "have", "sit", "stand", "remain", "measure", "weigh", "lie", "stretch", "span", "hold", ""}


def _same_past_deed(a: Tracked, b: Tracked) -> bool:
    """Two figures of one deed done in a past year its clauses name ('bought the painting in 1987
    for £1.9m' / '... in 1987 for 6.5 million pounds'), told in stories of different days."""
    return (past_year(a.day) and a.day.period == b.day.period and not a.day.explicit and not b.day.explicit
            and a.claim.predicate not in _STATE_PREDICATES and b.claim.predicate not in _STATE_PREDICATES)


#: Two figures of one fact more than this many times apart are two facts: a share price and a
#: company's value, a fee and a budget. (A slip of scale, thousands for millions, is 1,000 times;
#: the plausibility rules catch it where it matters.)
ORDERS_APART = 1e5


def _orders_apart(a: Claim, b: Claim) -> bool:
    low = min(abs(a.base_high or 0), abs(b.base_high or 0))
    high = max(abs(a.base_low or 0), abs(b.base_low or 0))
    return low > 0 and high / low > ORDERS_APART


def days_agree_for(a: Tracked, b: Tracked) -> bool:
    """Could the two figures be of one day's events (a toll's: of its week)? A label whose sentence
    tells what will befall the set it names is not dated by it ('Local 88's 2,900 members' ... 'All
    2,300 members will walk off at 7 a.m. Monday, Nov. 23', in a paper of 21 November)."""
    if _label_of(a, b) and a.claim.article_id == b.claim.article_id and a.predicate not in RUNNING_TOTALS:
        label, named = (a, b) if a.names_again == b.claim.id else (b, a)
        if label.day.explicit and not named.day.explicit and label.day.date and named.day.date \
                and label.day.date > named.day.date:
            return True
    if a.claim.article_id != b.claim.article_id and _undated_by_its_day(a) and _undated_by_its_day(b):
        # a thing's size or an owner's holding is not dated by its sentence's day ('Nurses at the 11 hospitals
        # run by the board returned to work at 7am today'): its reports may lie a fortnight apart either way
        return days_agree(replace(a.day, explicit=False), replace(b.day, explicit=False), SIZE_WINDOW_DAYS)
    if a.claim.article_id != b.claim.article_id and (_home_to(a) or _home_to(b)) and not (a.day.explicit or b.day.explicit):
        return days_agree(a.day, b.day, SIZE_WINDOW_DAYS)  # what a place is home to stands from week to week, unless a day
        # is named ('the farm, home to 850,000 hens' / 'which housed 1.4 million hens'; not 'shelters housed 410 people
        # Saturday night')
    if a.predicate in RUNNING_TOTALS and (_tally_as_of_later_day(a, b) or _tally_as_of_later_day(b, a)):
        return True
    return days_agree(a.day, b.day, _window(a, b), event=a.predicate in RUNNING_TOTALS) or _same_past_deed(a, b)


#: Before a running total: it is a tally as it stood when told ('Tuesday's update put the outbreak at',
#: 'the number of cases rose to'), not the count of that day's events.
_TALLY_TOLD_BEFORE = re.compile(r"\b(?:update|bulletin|figures|tally|total|count|toll)\b[^.;]*\b(?:put|puts|putting|at|to)\s+"
                                r"(?:[\w-]+\s+){0,3}?$|\b(?:rose|risen|climbed|grew|reached|stood|stands|brought|bringing|"
                                r"taking|took)\s+(?:to\s+|at\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def _tally_as_of_later_day(later: Tracked, earlier: Tracked) -> bool:
    """Is ``later`` a tally told as it stood on a day named in its sentence, after ``earlier``'s report
    and within a toll's week ('North Coast Health's Tuesday update put the outbreak at 74 confirmed
    cases' on the Tuesday after a report of 81)? The day is when it was counted, not when its cases
    fell ill: two reports of one tally."""
    day, other = later.day, earlier.day
    return (later.claim.article_id != earlier.claim.article_id and day.explicit and not other.explicit
            and day.date is not None and other.date is not None
            and 0 < (day.date - other.date).days <= TOLL_WINDOW_DAYS
            and bool(_TALLY_TOLD_BEFORE.search(later.claim.text_before(80))))


#: Around a toll named by its deed alone, closed at once by a comma or a stop: 'Of the 19 confirmed dead,'
#: (not 'the 12 killed in the first blast', a part of it).
_TOLL_LABEL_BEFORE = re.compile(r"\b(?:of\s+)?the\s+$", re.I)
_TOLL_LABEL_AFTER = re.compile(r"^\s+(?:(?:confirmed|reported|known)\s+)?(?:dead|killed|injured|wounded)\s*[,;.]", re.I)
#: Right before a crowd: 'the' names the one the article told of ('the sellout crowd of 48,000'; not 'the
#: record crowd of 60,000', another day's).
_THE_CROWD_BEFORE = re.compile(r"\bthe\s+(?:(?!record|previous|largest|biggest|smallest|lowest|highest)[a-z-]+\s+)?"
                               r"crowd\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$",
                               re.I)
#: Right before a term of custody: it names the one handed down ('the six-year sentence', 'his 22-year term').
_TERM_NAMED_BEFORE = re.compile(r"\b(?:the|his|her|their)\s+$", re.I)
#: ... unless the words after give it to someone ('the four-year sentence for his partner', 'handed to Marsh').
_TERM_OF_ANOTHER_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:for|given\s+to|handed\s+to|imposed\s+on)\s+"
                                    r"(?:his|her|their|[A-Z])")


def _named_last_before(claim: Claim) -> str:
    """The person's name its sentence gives last before the figure ('' for none): two words in capitals
    that NER read as a name."""
    before = claim.sentence[:claim.start - claim.sentence_start]
    names = [(before.rfind(e), e) for e in claim.entities if " " in e and e[:1].isupper() and e in before]
    return max(names)[1] if names else ""


def _two_defendants(a: Claim, b: Claim) -> bool:
    """Are two terms of custody handed to two people: named by two names, or, in one article, told
    of two subjects ('Hollis was jailed for seven years' / 'his accomplice was jailed for four'), or,
    told of no one, each given by its sentence to another person named in full before it?"""
    if not (is_custody(a) and is_custody(b)):
        return False
    people = [c.subject for c in (a, b) if c.subject not in CUSTODY_NOUNS]
    if len(people) < 2:
        # a sentence the custody is told in names its holder last before it ('Cody Raines, 29, an
        # American serving an 11-year drug sentence' / 'Vikram Sethi, 34, who was serving an eight-year sentence')
        holders = [_named_last_before(c) for c in (a, b)]
        return all(holders) and holders[0].split()[-1] != holders[1].split()[-1]
    if people[0] == people[1]:
        return False
    named = all(c.subject_text[:1].isupper() for c in (a, b))
    return named or a.article_id == b.article_id


#: Ordinals that bring in one more person than those told before ('A third person, a man aged 27').
_LATER_ONES = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def compatible(a: Tracked, b: Tracked, places: Places, days: bool = True) -> bool:
    """Nothing in the copy says two claims of one block are about different things.

    Their days agree (``when.days_agree``), their agents do not differ
    ('pictures are made up of 700 pixels' / 'each line is made up of
    1,920'), nor the ordinals around them ('in its first weekend' / 'in
    its second week'), and their places do not differ (``Places.agree``: a
    region agrees with the places it is known to contain): within one
    article a claim naming no place takes the article's setting (its home
    place and the places of its headline and lead, ``Places.setting``), and
    a label naming no place is where the figure it names is;
    across articles only places the claims name count.
    """
    if days and not days_agree_for(a, b):
        return False
    if is_named_age(a.claim) and is_named_age(b.claim):
        return True  # one person's age, wherever and whatever (NER takes some names for places: 'Patty')
    if a.predicate == b.predicate == "whole" and a.claim.article_id == b.claim.article_id and not _twins(a, b):
        return False  # 'visited 48 of the 212 schools' / 'Six of the 11 schools': two sets parts are taken from
    if _orders_apart(a.claim, b.claim):
        return False  # '360p to 420p' a share and '£3.6 billion' for the company: not one figure
    if _agents_differ(a, b) and not _twins(a, b) and not (_label_of(a, b) and not _both_named(a, b)):
        return False  # (twins come from two wordings, whose doers need not match: council / household;
        # a label's sentence has a doer of its own: 'Of the 32 skaters on the ice, most were ...')
    if a.claim.dimension == b.claim.dimension == "time" and _two_defendants(a.claim, b.claim):
        return False  # 'Hollis was jailed for seven years' / 'Marsh was jailed for four years'
    capacities = capacity_of(a.claim), capacity_of(b.claim)
    if all(capacities) and capacities[0] != capacities[1] and not (
            a.claim.article_id != b.claim.article_id and _a_name_and_its_kind(a.claim, b.claim)):
        return False  # 'a 1,850-seat main auditorium' / 'a 320-seat studio theatre' (but another report may call
        # 'The 80-seat Haddon Tern' by its kind: 'The 108-seat craft')
    if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
        return False  # 'its first weekend' / 'its second week'
    if a.claim.kind == b.claim.kind == "age" and bool(a.ordinals & _LATER_ONES) != bool(b.ordinals & _LATER_ONES) \
            and not (is_named_age(a.claim) or is_named_age(b.claim)):
        return False  # 'A third person, a man aged 27' / 'A man aged 54 and a woman aged 49 were arrested'
    if a.spans and b.spans and not spans_meet(a.spans, b.spans):
        return False  # '96 mm of rain in 24 hours' / '131 mm since Saturday'
    if a.owners and b.owners and not a.owners & b.owners:
        return False  # 'shares in Barclays' / 'Petrel's shares'
    holders = _population_holder(a.claim), _population_holder(b.claim)
    if all(holders) and holders[0] != holders[1]:
        return False  # 'Pinecrest, a city of about 84,000' / 'Ridgeline, a town of about 46,000'
    directions = _direction(a.claim), _direction(b.claim)
    if all(directions) and directions[0] != directions[1]:
        return False  # '60 km (37 miles) west of where the eye came ashore' / '310 miles northwest of the capital'
    if _pronoun_for_another(a, b, places) or _pronoun_for_another(b, a, places):
        return False  # 'she scored ..., an accuracy of 91.6 per cent' in a story of Holt / 'Fa'atau ... at 89 per
        # cent accuracy': two people's figures
    if _holder_unknown_to_other(a, b) or _holder_unknown_to_other(b, a):
        return False  # 'Carnival's shares ... at £32.26' / 'Shares fell 1% to 510.75 pence' in a story of another firm
    if a.predicate in RUNNING_TOTALS and EVERYWHERE in a.places | b.places:
        return True  # 'the storm swept across the country and killed two': the event's whole toll
    if subject_class(a.claim) == "staff" and not a.predicate:
        sites = _staff_site(a.claim), _staff_site(b.claim)
        if bool(sites[0]) != bool(sites[1]):
            return False  # 'the company employs 68,000' / 'its offices in Lenbridge, where it employs 2,600'
        if all(sites) and sites[0] != sites[1] and not set(sites) <= _ONE_SITE:
            return False  # 'the 85 people who work at the company's test site' / 'The Morrow Ridge elevator employs 14'
        named = _where_site_name(a.claim), _where_site_name(b.claim)
        if all(named) and named[0] != named[1]:
            return False  # 'At Ballinacree University Hospital, where about 2,900 people work' / 'At Corrib Valley
            # General Hospital, where about 1,700 people work': two sites, each named
    moments = _trading_moment(a.claim), _trading_moment(b.claim)
    if all(moments) and moments[0] != moments[1]:
        return False  # 'fell to $212.40 in after-hours trading' / 'closed at $215.63'
    if (name := _named_thing_sized(a)) and name == _named_thing_sized(b):
        return True  # a named thing's size, wherever it goes, in one report or two ('The 12-metre yacht Kittiwake,
        # sailing from Port Anselm' / 'the 9-metre Kittiwake into Saltcove harbour')
    if a.claim.article_id == b.claim.article_id:
        if _label_of(a, b) and not (a.places and b.places):
            return True  # a label naming no place is where the thing it names is ('the 25-mile jam')
        if _placed_alike(a.claim, b.claim):
            return True  # where one thing lies, whatever the places its sentences name ('the Kettering Ridge
            # substation, 11 miles east of downtown' ... 'the substation, about 18 miles east of the city')
        setting = places.setting(a.claim.article_id)
        return places.agree(a.places or setting, b.places or setting)
    if a.predicate in RUNNING_TOTALS and places.near_agree(a.claim, a.places, b.claim, b.places):
        return True  # 'arrested ... at the Hollinsford rail freight terminal' / 'at the march near Wexcombe'
    return places.agree(a.places, b.places, country_wide=a.predicate in RUNNING_TOTALS)


#: Right before a population: the place it is the size of, set off before 'a town of' ('Ridgeline, a
#: town of about 46,000'; the qualifier is read apart, so the text ends at 'of').
_POPULATION_HOLDER_BEFORE = re.compile(
    r"\b([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}),\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:city|town|village|suburb|municipality|borough|district|county|state|province|island|country|nation|port|"
    r"community|settlement|hamlet)\s+of\s+(?:about|some|around|roughly|nearly|almost|over|more than|fewer than|"
    r"less than|under|just over|just under)?\s*$")


def _a_name_and_its_kind(a: Claim, b: Claim) -> bool:
    """Is one figure hyphened to a name ('The 80-seat Haddon Tern') and the other to a kind of thing
    ('The 108-seat craft'), which another report may call the named thing by? (Not a venue's capacity told
    by a verb: 'Murrabeen Sports Centre, which seats 3,400' / 'the 5,200-seat Harbourside Arena'.)"""
    hyphened = [bool(HYPHENED.search(c.text)) for c in (a, b)]
    named = [bool(_NAME_RIGHT_AFTER.match(c.text_after(30))) for c in (a, b)]
    return all(hyphened) and named[0] != named[1]


#: Right after a figure: a name of two or more capitalised words ('Haddon Tern', 'Enda Hall').
_NAME_RIGHT_AFTER = re.compile(r"^\s+(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+)+")


def _named_thing_sized(a: Tracked) -> str:
    """The name of the thing whose lasting size the figure is ('kittiwake' of 'the 9-metre Kittiwake' and of 'her
    11-metre boat Kittiwake'), or ''."""
    if not (_hyphened_size(a) or _stated_size(a)):
        return ""
    if _is_named(a.claim.subject, a.claim):
        return a.claim.subject
    after = re.match(rf"\s+(?:[\w-]+\s+){{0,2}}?{re.escape(a.claim.subject_text)}\s+((?-i:[A-Z])[\w'\u2019-]+)\b(?!\s+[A-Z])",
                     a.claim.text_after(60)) if a.claim.subject_text else None
    return after.group(1).lower() if after else ""


def _population_holder(claim: Claim) -> str:
    """The place a population is the size of, when the copy names it right before ('Ridgeline, a
    town of about 46,000'), in lower case; '' when it names none."""
    if claim.subject != "population":
        return ""
    holder = _POPULATION_HOLDER_BEFORE.search(claim.text_before(80))
    return holder.group(1).lower() if holder else ""


#: When in the trading day a price or move was struck: a close is not an after-hours price.
_TRADING_MOMENTS = (
    ("after hours", re.compile(r"\b(?:after[- ]hours|extended trading|late trading|pre-market|premarket)\b", re.I)),
    ("close", re.compile(r"\b(?:closed|closing|close)\b", re.I)),
    ("intraday", re.compile(r"\b(?:early trading|early deals|at one point|as much as|intraday|midday|opened|opening)\b",
                            re.I)),
)


#: After a distance: the compass direction it points in ('60 km (37 miles) west of', '11 miles east').
_DIRECTION_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:due\s+)?((?:north|south)(?:[- ]?(?:east|west))?|east|west)\b", re.I)


def _direction(claim: Claim) -> str:
    """The compass direction a distance points in, or ''."""
    if claim.dimension != "length":
        return ""
    match = _DIRECTION_AFTER.match(claim.text_after(40))
    return match.group(1).lower().replace("-", "").replace(" ", "") if match else ""


#: Right before a distance set off after its thing: the thing's name, if any, its noun and a comma ('Kettering
#: Ridge substation, ', 'the substation, ').
_THING_SET_OFF_BEFORE = re.compile(r"(?P<name>(?:\b[A-Z][\w'\u2019-]*\s+){0,4})\b(?P<noun>[a-z]{4,})\s*,\s+"
                                   r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|over\s+|"
                                   r"more than\s+)?$")


#: Before a capacity: words that set one holder against another ('the new stadium will hold', 'the old boat').
_ANOTHER_HOLDER_BEFORE = re.compile(r"\b(?:new|old|former|previous|original|replacement|rival|other|another|second|"
                                    r"first|larger|smaller|bigger)\b", re.I)


def _capacity_told_twice(a: Tracked, b: Tracked) -> bool:
    """Are both figures a capacity told by its verb, of a holder named by one word in both sentences, with
    no word that sets one holder against another ('licensed to carry 40 passengers' ... 'permitted to carry
    30 passengers', both of 'the boat')?"""
    return (all(is_told_capacity(one.claim) and not is_capacity(one.claim) for one in (a, b))
            and bool(a.words & b.words)
            and not any(_ANOTHER_HOLDER_BEFORE.search(one.claim.text_before(60)) for one in (a, b)))


def _placed_alike(a: Claim, b: Claim) -> bool:
    """Two distances of one article set off after the same noun and pointing the same way ('the Kettering Ridge
    substation, 11 miles east of downtown' ... 'the substation, about 18 miles east of the city'): where one
    thing lies (not two things of two names: 'the Elm Road substation, 18 miles east')."""
    directions = _direction(a), _direction(b)
    things = [_THING_SET_OFF_BEFORE.search(c.text_before(60)) for c in (a, b)]
    if not (directions[0] and directions[0] == directions[1] and all(things)):
        return False
    names = [t.group("name").strip() for t in things]
    return things[0].group("noun") == things[1].group("noun") and not (all(names) and names[0] != names[1])


def _trading_moment(claim: Claim) -> str:
    """The moment of the trading day a market figure speaks of, or ''."""
    if claim.dimension not in ("currency", "percent"):
        return ""
    around = claim.text_before(50) + " " + claim.text_after(35)
    return next((name for name, pattern in _TRADING_MOMENTS if pattern.search(around)), "")


def _twins(a: Tracked, b: Tracked) -> bool:
    return a.twin == b.claim.id or b.twin == a.claim.id


def _both_named(a: Tracked, b: Tracked) -> bool:
    return _is_named(a.claim.agent, a.claim) and _is_named(b.claim.agent, b.claim)


def _label_of(a: Tracked, b: Tracked) -> bool:
    return a.names_again == b.claim.id or b.names_again == a.claim.id


#: Before a figure in its sentence: a person told of by a pronoun ('Last season she scored').
_PERSONAL_PRONOUN = re.compile(r"\b(?:she|he)\b", re.I)


def _pronoun_for_another(a: Tracked, b: Tracked, places: Places) -> bool:
    """Is ``a`` told of someone by a pronoun, in a sentence and a story that do not name the person ``b``'s
    sentence names as its doer ('Fa'atau, 29, averaged 44 goals a game')?"""
    if a.claim.article_id == b.claim.article_id or a.claim.agent or not b.claim.agent:
        return False
    named = re.search(re.escape(b.claim.agent), b.claim.sentence, re.I)
    if not _PERSONAL_PRONOUN.search(a.claim.text_before(80)) or not (named and named.group(0)[:1].isupper()):
        return False  # (a name in capitals: NER misses some, 'Fa'atau')
    words = set(b.claim.agent.lower().split())
    return not (words & set(re.findall(r"[\w'’-]+", a.claim.sentence.lower())) or words & places.story_names_of(a.claim))


def _holder_unknown_to_other(a: Tracked, b: Tracked) -> bool:
    """Does ``a`` name whose figure it is, in another article that never names that holder?"""
    if not a.owners or b.owners or a.claim.article_id == b.claim.article_id:
        return False
    known = b.places | b.actors | b.topics | b.home
    return not (a.owners & known or _name_words(a.owners) & _name_words(known))


#: A figure hyphened to its thing, in digits or in words ('22-storey', 'six-year').
_HYPHENED_FIGURE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                              r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))-[a-z]+$", re.I)


def _hyphened_again(first: Claim, later: Claim) -> bool:
    """A thing described by a hyphened figure and later named with 'the' and another
    ('a 22-storey tower block' ... 'the 24-storey tower'): real copy almost never gives one
    noun two such figures for two things (once in the 2,225 BBC articles, two shots at goal)."""
    if not first.start < later.start:
        return False
    if _before_its_noun(first) and _before_its_noun(later):
        return bool(DEFINITE_BEFORE.search(later.text_before(8)))  # (in digits or words: 'a six-year contract'
        # ... 'The five-year deal'; unhyphened: 'a 50mph limit will apply' ... 'the 40mph limit')
    # a sum set before its works, one of them named with 'the' ('the $38 million project' ... 'a $52
    # million restoration')
    return (_sum_before_its_works(first) and _sum_before_its_works(later)
            and any(DEFINITE_BEFORE.search(c.text_before(8)) for c in (first, later)))


def _before_its_noun(claim: Claim) -> bool:
    """Is the figure hyphened to its noun ('22-storey', 'six-year') or a measure set right before it
    ('a 50mph limit')?"""
    return bool(_HYPHENED_FIGURE.search(claim.text)) or measure_before_noun(claim)


def _told_then_hyphened(first: Claim, later: Claim) -> bool:
    """A thing given a capacity by a verb ('The restored auditorium has 1,850 seats'), then named
    with 'the' and a capacity hyphened to it ('the 1,640-seat auditorium'): the noun the later
    figure is hyphened to is named in the first figure's sentence."""
    if not (first.start < later.start and (is_told_capacity(first) or has_seats(first, first.subject_modifiers))
            and is_told_capacity(later)
            and _HYPHENED_FIGURE.search(later.text) and DEFINITE_BEFORE.search(later.text_before(8))):
        return False
    noun = re.match(r"\s+([a-z]{4,})", later.text_after(30))
    return noun is not None and re.search(rf"\b{noun.group(1)}\b", first.sentence, re.I) is not None


def _term_then_hyphened(first: Claim, later: Claim) -> bool:
    """A restriction's term told by its verb ('The highway was closed for 14 hours'), then named with 'the'
    and a term hyphened to its noun ('the 16-hour closure'): one closure's length."""
    return (first.start < later.start and bool(restriction_told_by_its_verb(first))
            and restriction_told_by_its_verb(first) == later.subject
            and bool(_HYPHENED_FIGURE.search(later.text)) and bool(DEFINITE_BEFORE.search(later.text_before(8))))


def _sum_before_its_works(claim: Claim) -> bool:
    """Is the figure a sum set before the works it pays for ('the $38 million project', 'a £52m
    restoration')?"""
    return (claim.dimension == "currency" and subject_class(claim) == "project" and bool(claim.subject_text)
            and re.match(rf"\s+(?:[\w-]+\s+)?{re.escape(claim.subject_text)}\b", claim.text_after(40)) is not None)


#: After a length: the way it runs, its conversion in brackets aside ('40 metres (131 feet) high', 'is 2.1
#: miles long'); hyphened to it, the same ('the 55-metre-high chamber').
_WAY_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\)\s*)?(high|tall|long|wide|deep)\b", re.I)
_HYPHENED_WAY_AFTER = re.compile(r"^-(high|tall|long|wide|deep)\b", re.I)
#: Around a height told by a verb: 'will stand 18 feet above mean high water', 'rises 40 metres above the river'.
_STANDS_BEFORE = re.compile(r"\b(?:stands?|standing|stood|rises?|rising|rose|towers?|towering)\s+"
                            r"(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$", re.I)
_ABOVE_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\)\s*)?above\b", re.I)


def _way(word: str) -> str:
    """A way a length runs, 'tall' counting as 'high'."""
    return "high" if word.lower() == "tall" else word.lower()


def stated_way(claim: Claim) -> str:
    """The way a length is told to run, written right after it ('high' of '40 metres (131 feet) high'),
    or ''."""
    if claim.dimension != "length":
        return ""
    if _STANDS_BEFORE.search(claim.text_before(30)) and _ABOVE_AFTER.match(claim.text_after(30)):
        return "high"  # 'will stand 18 feet above mean high water'
    way = _WAY_AFTER.match(claim.text_after(30))
    return "" if way is None else _way(way.group(1))


def _stated_way_hyphened_again(first: Claim, later: Claim) -> bool:
    """A thing given a length one way ('The chamber ... is 40 metres (131 feet) high'), then named
    with 'the' and a length hyphened the same way ('the 55-metre-high chamber')."""
    if not (first.start < later.start and first.dimension == later.dimension == "length"
            and first.subject_text and first.subject_text.lower() == later.subject_text.lower()):
        return False
    hyphened = _HYPHENED_WAY_AFTER.match(later.text_after(12))
    return (hyphened is not None and stated_way(first) == _way(hyphened.group(1))
            and DEFINITE_BEFORE.search(later.text_before(8)) is not None)


def _size_told_again(first: Tracked, later: Tracked) -> bool:
    """A thing described by a hyphened size, then named again with 'the' and given a size by a verb
    ('The three 114-metre towers were brought down' ... 'The towers, standing 121 metres tall,')."""
    if not (first.claim.start < later.claim.start and _hyphened_size(first)
            and (_stated_size(later) or _size_set_off(later.claim))):
        return False
    noun = later.claim.subject_text
    before = later.claim.sentence[:later.claim.start - later.claim.sentence_start]
    return bool(noun) and re.search(rf"\b(?:the|these|those|its|their)\s+{re.escape(noun)}\b", before, re.I) is not None


#: After a size: the aspect it gives of the thing just named ('The stand, about six metres high,', 'the
#: tunnel is about 40 meters (130 feet) long', 'The roof, 220 feet across,'), which a generic noun may name
#: again ('the 11-metre structure').
SIZE_SET_OFF_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:long|high|tall|wide|deep|across|in length|in height)\b", re.I)
_SET_OFF_BEFORE = re.compile(r",\s*(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?$", re.I)


def _size_set_off(claim: Claim) -> bool:
    """Is the length an aside right after its noun, with the way it runs ('The roof, 220 feet across,')?"""
    return (claim.dimension == "length" and bool(_SET_OFF_BEFORE.search(claim.text_before(20)))
            and bool(SIZE_SET_OFF_AFTER.match(claim.text_after(30))))


#: After a count: the clause that defines what is counted ('the 19 schools where asbestos was
#: confirmed', 'the 12 people who died').
_DEFINING_CLAUSE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:who|that|which|where)\s+", re.I)


def _named_by_its_deed(item: Tracked) -> bool:
    """Is the figure a known thing named by the block's own deed ('the 19 schools where asbestos
    was confirmed' in a block of confirmations), in a clause or a participle right after its noun
    ('Of the nine people stung so far')? Copy names so what it has told of already."""
    if not item.predicate or not DEFINITE_BEFORE.search(item.claim.text_before(8)):
        return False
    after = item.claim.text_after(90)
    forms = {form for verb in f"{item.predicate} {item.claim.predicate}".split() for form in verb_forms(verb)}
    clause = _DEFINING_CLAUSE_AFTER.match(after)
    if clause:
        words = re.findall(r"[a-z]+", after[clause.end():clause.end() + 50].lower())
        at = next((i for i, word in enumerate(words[:4]) if word in forms), None)
    else:
        words = re.findall(r"[a-z]+", after[:50].lower())
        at = 1 if len(words) > 1 and words[0] == item.claim.subject_text.lower() and words[1] in forms \
            and words[1].endswith(("ed", "ung", "en", "ught")) else None
    # a clause that narrows the deed names a part: 'the three people who died in hospital'
    return at is not None and (at + 1 == len(words) or words[at + 1] not in _NARROWING_WORDS)


def _named_by_its_noun(item: Tracked) -> bool:
    """Is the figure a known thing named by a noun of the deed itself, right after 'the' and with
    nothing narrowing it ('the 2,800 redundancies', 'the 31 arrests'; not 'the 12 new cases' nor
    'the 40 deaths in Leeds')? Copy names so what it has told of already."""
    claim = item.claim
    if claim.subject not in EVENT_NOUNS and claim.subject not in JOB_CUT_NOUNS | _ONE_PER_EVENT:
        return False
    if not DEFINITE_BEFORE.search(claim.text_before(8)):
        return False
    after = re.match(r"^\s*([a-z]+)(\s*,)?\s*([a-z]*)", claim.text_after(40).lower())
    return bool(after) and after.group(1).startswith(claim.subject[:4]) and (
        bool(after.group(2)) or after.group(3) not in _NARROWING_WORDS | {"who", "that", "which", "where"})


#: Measures an event has one of, which 'the' names again ('Turnout was 47.2 per cent' ... 'the 52.8 per
#: cent turnout').
_ONE_PER_EVENT = {"turnout", "attendance"}
#: Right after the deed in a defining clause: words that narrow it to a part.
_NARROWING_WORDS = {"in", "at", "on", "during", "after", "before", "from", "with", "without", "near", "inside",
                    "outside", "under", "over", "between", "since", "by", "when", "while", "as", "among", "there",
                    "here", "later", "first", "overnight", "yesterday", "today", "for", "of", "into", "to", "across",
                    "within", "because", "following"}


#: Around a count of signatures: a goal or a threshold, not the petition's tally ('needs 10,000
#: signatures to force a debate', 'petitions that reach 100,000 signatures are considered').
_PETITION_GOAL = re.compile(r"\b(?:needs?|needed|needing|requires?|required|threshold|must|once|if|unless|would|will|"
                            r"target|aims?|aiming|hopes?|hoping|goal|enough|petitions)\b", re.I)


def _petition_goal(claim: Claim) -> bool:
    return bool(_PETITION_GOAL.search(claim.text_before(60)) or _PETITION_GOAL.search(claim.text_after(40)))


def tied_in_article(a: Tracked, b: Tracked) -> bool:
    """Evidence that two claims of one article state the same fact.

    One article repeats a noun ('sales rose 0.9% ... sales rose 0.3%';
    'from eight yards' ... 'from 25 yards') for many things, and shared
    words around two figures tie parallel sentences about different things
    as often as the same thing. So the figures must be tied closely: the
    same digits in another order (the typo behind most internal
    contradictions: £4.6m and £6.4m, 85 and 58), or a reference back ('the
    5.99% rise' after 'a council tax rise of 4.99%'; 'the 19 schools where
    asbestos was confirmed' after 'confirmed in 17 schools', see
    ``_named_by_its_deed``; a label naming an earlier figure again, 'the
    286,000 customers affected', see ``labels``); and the fact must be
    named specifically (narrowing words, an agent, shared context, or 'the'
    before the figure: 'the 51,700 voters who took part').
    """
    if is_disputed(a.claim) or is_disputed(b.claim):
        return False  # two sides' figures: 'AirNav North disputed the guild's figures, saying the centre had 221'
    if _twins(a, b) or _label_of(a, b) or is_named_age(a.claim):
        return True  # (one person named twice: 'Ron Delgado, 70' / 'the 74-year-old Delgado')
    if any(tie(one.claim, other.claim) for tie in (_hyphened_again, _stated_way_hyphened_again)
           for one, other in ((a, b), (b, a))):
        return True  # 'The chamber ... is 40 metres (131 feet) high' ... 'the 55-metre-high chamber'
    if _size_told_again(a, b) or _size_told_again(b, a):
        return True  # 'The three 114-metre towers were brought down' ... 'The towers, standing 121 metres tall,'
    if is_crowd(a.claim) and is_crowd(b.claim) and a.places & b.places and a.day.explicit and b.day.explicit \
            and a.day.date == b.day.date:
        return True  # one event's crowd, at one named place on one day ('a crowd of 10,800 at Rajhans Arena on
        # Friday night' / a caption's 'Some 10,200 fans packed Rajhans Arena for Friday's quarter-finals')
    later = b if b.claim.start > a.claim.start else a
    if (is_crowd(a.claim) and is_crowd(b.claim) and a.day == b.day
            and _THE_CROWD_BEFORE.search(later.claim.text_before(40))):
        return True  # 'The crowd of 52,000 had packed into the stadium' ... 'the sellout crowd of 48,000': one day's crowd
    if (a.predicate in ("kill", "wound") and a.predicate == b.predicate
            and _TOLL_LABEL_BEFORE.search(later.claim.text_before(12))
            and _TOLL_LABEL_AFTER.match(later.claim.text_after(30))):
        return True  # 'the death toll rose to 23' ... 'Of the 19 confirmed dead, police said, six ...': the toll again
    if is_custody(a.claim) and is_custody(b.claim) and _TERM_NAMED_BEFORE.search(later.claim.text_before(8)) \
            and not _TERM_OF_ANOTHER_AFTER.match(later.claim.text_after(40)):
        return True  # 'was jailed for seven years' ... 'half of the six-year sentence': the term handed down
    if _named_by_its_deed(later):
        return True  # 'confirmed in 17 schools' ... 'the 19 schools where asbestos was confirmed'
    if a.predicate == b.predicate == "sign" and a.day == b.day and not (_petition_goal(a.claim) or _petition_goal(b.claim)):
        return True  # one petition's tally, told twice on one day ('has gathered 8,400 signatures' ... 'more than
        # 12,000 people had now signed')
    if _told_then_hyphened(a.claim, b.claim) or _told_then_hyphened(b.claim, a.claim):
        return True  # 'The restored auditorium has 1,850 seats' ... 'the 1,640-seat auditorium'
    if _term_then_hyphened(a.claim, b.claim) or _term_then_hyphened(b.claim, a.claim):
        return True  # 'The highway was closed for 14 hours' ... 'after the 16-hour closure'
    if _placed_alike(a.claim, b.claim):
        return True  # 'the substation, 11 miles east of downtown' ... 'the substation, about 18 miles east of the city'
    if _capacity_told_twice(a, b):
        return True  # 'The wooden boat was licensed to carry 40 passengers' ... 'The overloaded boat, permitted to
        # carry 30 passengers'
    if _named_by_its_noun(later):
        return True  # 'with the loss of 2,300 jobs' ... 'talks over the 2,800 redundancies'
    specific = (a.claim.subject_modifiers or a.claim.agent or b.claim.agent
                or a.refers_back or b.refers_back or a.words & b.words
                or DEFINITE_BEFORE.search(a.claim.text_before(8)) or DEFINITE_BEFORE.search(b.claim.text_before(8)))
    return bool(specific) and (same_digits(a.claim, b.claim) or a.refers_back or b.refers_back)


#: Figures of one event that two reports of its story give in their own words: its tolls, and how
#: many were there ('About 250 people were inside' / 'Roughly 900 people were in the Ridgemont Ice
#: Center') or on strike ('1,140 workers walked out' / 'About 1,410 workers are on strike'); and
#: how many were aboard (``_story_figure``).
STORY_FIGURES = RUNNING_TOTALS | {"present", "strike"}


def _story_figure(a: Tracked) -> bool:
    """Is the figure one of its event's own (``STORY_FIGURES``), or how many were aboard ('247
    people were aboard' / 'the 274 people on board'; 'a bus carrying 52 passengers'; not 'the buses
    have carried 94,100 passengers')?"""
    return a.predicate in STORY_FIGURES or (a.predicate == "carry" and bool(
        ON_BOARD_AFTER.match(a.claim.text_after(50)) or _VEHICLE_CARRYING_BEFORE.search(a.claim.text_before(80))))


def _drawn_by_one_event(a: Tracked, b: Tracked) -> bool:
    """Are both figures the crowd one event drew, named by one noun ('The market ... drew 22,000
    visitors over two nights' / 'The two-night market, which drew 16,000 visitors'; not a pageant's
    crowd and a vigil's)?"""
    return (is_drawn_crowd(a.claim) and is_drawn_crowd(b.claim) and bool(a.claim.agent)
            and a.claim.agent.lower() == b.claim.agent.lower())


def _told_of_one_event(a: Tracked, b: Tracked) -> bool:
    """Two story figures (``_story_figure``), or a count's result in reports of the same days
    ('Turnout was 63.4 percent' / 'on a turnout of 58.9%'), which two reports of one event give in
    sentences that need share no word. (A story may hold two ballots a week apart: a strike ballot's
    turnout of 81%, the vote on the deal's 74%.)"""
    if _story_figure(a) and _story_figure(b):
        return True
    return (_election_result(a.claim) and _election_result(b.claim) and a.day.date is not None
            and b.day.date is not None and abs((a.day.date - b.day.date).days) <= DATE_WINDOW_DAYS)


#: Right before a count: the vehicle of the story was carrying it ('a bus carrying 52 passengers', 'The
#: bus ... was carrying 46 passengers and two crew').
_VEHICLE_CARRYING_BEFORE = re.compile(
    r"\b(?:bus|coach|minibus|train|tram|ferry|boat|ship|vessel|plane|aircraft|airliner|jet|helicopter|van|lorry|truck|"
    r"balloon|cable car|gondola)\b[^.;:]{0,60}?\bcarrying\s+(?:about\s+|some\s+|around\s+|at least\s+|nearly\s+|"
    r"more than\s+|up to\s+)?$", re.I)


def tied_across(a: Tracked, b: Tracked, places: Places) -> bool:
    """Evidence that claims of two articles state the same fact.

    A shared subject and predicate is common and proves little ("two men were
    arrested" is in many stories; "sales rose 2.8%" is in every results
    story), so two claims are tied only when, in order:

    0. two weekly (or yearly) wages are one person's pay when their sentences
       name one earner that both articles name again ('Kessel will earn about
       £210,000 a week' / 'will pay him 120,000 pounds a week');
    1. they share words around the figure beyond the subject and the block's
       own verb, or are a toll (or another of ``STORY_FIGURES``, or a count's result of the same days) in two
       articles about one town ("eleven miners were killed" / "nine miners
       were killed" in two Cardrew reports; a home place that is not a country or region; or a town
       or site both articles are set in, by their home, headline or lead:
       'TIRUMAL, India -' and 'HOSUR (TIRUMAL):'), or a
       property of one named thing in two reports of one story ("the
       17-tonne mirror" / "the 42-tonne mirror");
    2. both are dated (by publication or by their own date words);
    3. something anchors them to one event: a place or actor both sentences
       name, or a place the copy puts inside the other's ('Ashgrove Heights in
       Stannerton'); or, unless the figure belongs to whoever holds it
       (``HELD_SUBJECTS``: a share price, a distance), a name one sentence
       gives that the other article is about (its title, names it repeats,
       a home town; NER calls a company a place in one sentence and an
       organisation in the next, so all count). A country both articles are
       at home in does not anchor ("sales rose 8%" in two US stories). For a
       toll, the small places both stories keep naming, which NER misses
       ("the Tarrow floods"), anchor too, and so does a town, site or event
       one article is set in that the other names ("last Sunday's Bellwood
       Marathon" in a digest item).
    """
    if is_named_age(a.claim) and a.day.date is not None and b.day.date is not None and (
            a.claim.subject_modifiers or is_named_age(b.claim) and places.same_story(a.claim, b.claim)):
        return True  # one person's full name in both ('Harriet Lowe, 67' / 'Harriet Lowe, 76'), or one surname
        # in two reports of one story ('Lachance, 51, a former pharmacist' / 'Lachance, 44, took 47.5 per cent')
    if ((name := _named_thing_sized(a)) and name == _named_thing_sized(b) and a.day.date is not None
            and b.day.date is not None and places.same_story(a.claim, b.claim)):
        return True  # one named thing's size in two reports of one story ('The 7-metre Kittiwake' / 'rowed her
        # 11-metre boat Kittiwake into Port Rennick')
    if is_wage(a.claim) and is_wage(b.claim) and a.day.date is not None and b.day.date is not None:
        return bool(_earners(a.claim, places) & _earners(b.claim, places))  # 'Kessel will earn about £210,000 a week'
        # / 'Kessel, 24, ... a contract that will pay him 120,000 pounds a week': one person's pay
    properties = _property_of_one_thing(a) and _property_of_one_thing(b)
    if properties and _both_brought_in(a, b):
        return False  # two things of one kind, each brought in with 'a' ('a 3.1-metre animal' / 'a four-metre animal')
    if not a.words & b.words and not (_told_of_one_event(a, b) and (
            places.homes_meet(a.home, b.home) or places.same_story(a.claim, b.claim)
            or places.settings_meet(a.claim, b.claim))) and not (
            properties and places.same_story(a.claim, b.claim)) and not (
            _size_named_in_story(a, b, places)):
        return False
    if a.day.date is None or b.day.date is None:
        return False  # an undated article cannot be placed in time against another
    if all(_sum_before_a_name(one.claim) and one.claim.subject_modifiers for one in (a, b)):
        return True  # one named thing's size, told before its name of two or more words in both ("Saturday's
        # £250,000 Kellsmoor Chase" / 'won the £300,000 Kellsmoor Chase in Galway'), wherever each sentence is set
    shared = (a.places | a.actors) & (b.places | b.actors)
    held = (a.claim.subject in HELD_SUBJECTS and a.predicate not in RUNNING_TOTALS and not spanned_by(a.claim)
            and not landed_thing(a.claim))
    if held:
        # two firms' deals in one country ('India's United Breweries' / 'India's first low-cost airline'); but
        # two distances from one named place anchor, whatever else it names ('north of Dunmara', a town that
        # shares its name with a county)
        shared = places.local(shared) | {p for p in shared if _measured_from(a.claim, p) and _measured_from(b.claim, p)}
    if shared or places.nested(a.places, b.places):
        return True
    if held:
        return False
    a_names, b_names = a.places | a.actors | a.topics, b.places | b.actors | b.topics
    if a_names & b_names or places.local(a_names & b.home | b_names & a.home) or places.homes_meet(a.home, b.home):
        return True
    if not (_story_figure(a) and _story_figure(b) or _drawn_by_one_event(a, b)):
        # a property of one thing that names no place is its story's ('its 42-tonne mirror'), and so is
        # what one holder does in two reports of one story ('the storage building, which held about 40
        # tonnes of toluene' / 'The building held about 14 tonnes of toluene'); a size hyphened to its
        # thing is the thing's that one sentence names by the words of the other's story ('the 540-bed
        # hospital' in the Ashcombe paper / 'Ashcombe General, the 720-bed hospital')
        # (or names only places the other article's setting names: 'A fleet of 96 yachts will start the Cape
        # Morrow to Port Eyrie Ocean Race' / 'Thirty-one of the 104-strong fleet')
        return ((properties
                 or bool(a.claim.agent) and a.claim.agent == b.claim.agent)
                and _placed_in_each_others_setting(a, b, places) and places.same_story(a.claim, b.claim)
                ) or _size_named_in_story(a, b, places)
    # one event's toll: the small places and names both stories repeat anchor it too; and two tolls
    # that name no place are their stories' own, so two articles that tell one story tie them ('Five
    # people have now been arrested' / 'Three people have been arrested, British police say')
    a_story, b_story = places.story_names_of(a.claim), places.story_names_of(b.claim)
    return bool(_name_words(a_names) & b_story or _name_words(b_names) & a_story or a_story & b_story
                or ((places.same_story(a.claim, b.claim) or places.settings_meet(a.claim, b.claim)
                     or places.setting_named_in(a.claim, b.claim))
                    and _in_setting(a, b, places) and _in_setting(b, a, places)))


def _placed_in_each_others_setting(a: Tracked, b: Tracked, places: Places) -> bool:
    """Does each claim name no place, or only places the other's article is set in?"""
    return all(not one.places or places.local(one.places) <= places.setting(other.claim.article_id)
               for one, other in ((a, b), (b, a)))


def _size_named_in_story(a: Tracked, b: Tracked, places: Places) -> bool:
    """Are both figures sizes hyphened to their thing, naming no place, and does one sentence name the
    thing by words of the other's story ('the 540-bed hospital' in a report from Ashcombe / 'Ashcombe
    General, the 720-bed hospital')?"""
    if not (is_hyphened_size(a.claim) and is_hyphened_size(b.claim)) or a.places or b.places:
        return False
    a_names, b_names = a.places | a.actors | a.topics, b.places | b.actors | b.topics
    return bool(_name_words(a_names) & places.story_names_of(b.claim)
                or _name_words(b_names) & places.story_names_of(a.claim))


def _measured_from(claim: Claim, place: str) -> bool:
    """Is the figure a distance measured from ``place`` ('14km north of Dunmara town', 'about 40
    kilometers north of the town of Dunmara')?"""
    return claim.dimension == "length" and bool(re.match(
        rf"^\s*(?:\([^()]*\)\s*)?(?:[a-z-]+\s+)?(?:of|from)\s+(?:the\s+(?:town|city|village|port)\s+of\s+)?{re.escape(place)}\b",
        claim.text_after(80), re.I))


def _in_setting(a: Tracked, b: Tracked, places: Places) -> bool:
    """Does a toll's place (none: its story's) agree with where the other article's story is set?
    Two reports of one story give its toll in their own words: 'Nearly 16,000 people have now been
    evacuated from Halvard Island' / 'Some 9,800 people have been evacuated since the eruption began'.
    A local place the other article names too is its story's ('The explosion at Linfield Court ... in
    which six people were killed' / a Brackenford report that names Linfield Court once)."""
    setting = places.setting(b.claim.article_id)
    return (not a.places or places.agree(a.places, setting | b.places, country_wide=True)
            or a.places == places.local(a.places) and places.all_named_in(a.places, b.claim.article_id))


#: Nouns of a part of a thing, of which a thing has many: no property of one thing.
_PARTS_OF_A_THING = {"stretch", "section", "segment", "part", "portion", "piece", "strip", "patch", "chunk", "fragment", "slice"}


def _property_of_one_thing(a: Tracked) -> bool:
    """Is the figure a lasting property of one named thing ('the 17-tonne mirror', 'the 286km line',
    'her crew of 31'), which two reports of one story give of the same thing even in sentences that
    share no other word? Not a generic subject (a story has many distances, sums and numbers), not
    a group of people (a story counts many: 'about 1,900 staff are over 55'), not a state that
    changes by the hour (a price, a speed, a temperature, power 'running at 16 MW')."""
    claim = a.claim
    if spanned_by(claim) and not a.predicate:
        return True  # 'Redhollow Gorge runs nine miles': the gorge's length
    if not claim.subject or claim.subject in GENERIC_SUBJECTS | _NOT_PROPERTIES | _PARTS_OF_A_THING:
        return False  # (a stretch of a road is one of many: 'closed a 3km stretch' / 'a 200-metre stretch of its
        # surface was washed away')
    if a.predicate == "carry":
        return True  # the crew and passengers one vessel carries
    if is_hyphened_size(claim) or is_group_size(claim) or _sum_before_a_name(claim) or cost_of_a_work(claim):
        return True  # 'the 540-bed hospital' / 'the 720-bed hospital', whatever their clauses do; "Saturday's
        # £250,000 Kellsmoor Chase" / 'won the £300,000 Kellsmoor Chase'; 'The $38 million renovation' / 'a $52
        # million renovation'
    if a.predicate or claim.subject in ANY_PERSON | PEOPLE_NOUNS:
        return False  # (a level has no block predicate: 'the 17-tonne mirror', 'the mirror weighs 17 tonnes')
    if claim.dimension == "power":  # a rating ('the 1,400-megawatt plant'), not an output
        return bool(HYPHENED.search(claim.text)) or claim.text_after(30).lstrip().lower().startswith(
            claim.subject_text.lower() or "\0")
    return claim.dimension in _LASTING_DIMENSIONS and not _PER_TIME_AFTER.match(claim.text_after(12))


def _both_brought_in(a: Tracked, b: Tracked) -> bool:
    """Does each report bring its thing in with 'a', naming nothing, one of them as one of a set
    ('Rangers removed 14 crocodiles, including a 3.1-metre animal taken from the harbour in June' /
    'when there's a four-metre animal at the ramp')? Those are two of a kind. A thing set beside its
    name ('the Haddon Tern, a 29-tonne craft'), named with 'the', or brought in by both reports on its
    own ('a 640-acre site' / 'a 1,100-acre site') is one the story knows."""
    return all(_BROUGHT_IN_BEFORE.search(one.claim.text_before(40))
               and not _NAME_THEN_BROUGHT_IN_BEFORE.search(one.claim.text_before(60)) for one in (a, b)) and any(
        _ONE_OF_A_SET_BEFORE.search(one.claim.text_before(40)) for one in (a, b))


#: Right before a figure: 'a' or 'an' (with maybe a word between: 'a huge 4.1-metre male').
_BROUGHT_IN_BEFORE = re.compile(r"(?:^|[^\w'\u2019])(?:a|an)\s+(?:[a-z]+\s+)?$")
#: Right before a figure: one of a set is brought in ('including a', 'among them an', 'such as a').
_ONE_OF_A_SET_BEFORE = re.compile(r"\b(?:including|among\s+(?:them|which|those)|such\s+as|one\s+of\s+(?:them|which))\s+"
                                  r"(?:a|an)\s+(?:[a-z]+\s+)?$", re.I)
#: Right before a figure: a name, a comma and 'a' ('the Haddon Tern, a 290,000-tonne craft').
_NAME_THEN_BROUGHT_IN_BEFORE = re.compile(r"[A-Z][\w'\u2019-]*,\s+(?:a|an)\s+(?:[a-z]+\s+)?$")


#: Right after a figure: it is a rate over time, which changes ('35 litres/second', 'about 45 liters
#: a second'). (``keys.rate_of`` reads rates of the blocking key, which do not yet include the
#: second, the minute or the slash; widening that would move facts apart, a change of its own.)
_PER_TIME_AFTER = re.compile(r"^\s*(?:/\s*|an?\s+|per\s+)(?:s|sec|second|minute|min|hour|hr|h|day|week|month|year)\b", re.I)


_LASTING_DIMENSIONS = {"length", "mass", "area", "volume", "power"}
#: Subjects whose figures are sums or shares, not a thing's size: 'a cost of £14m'.
_NOT_PROPERTIES = {"cost", "bill", "price", "value", "worth", "fee", "budget", "sale", "revenue", "profit"}


def _earners(claim: Claim, places: Places) -> set[str]:
    """Who a wage may be paid to: the names its sentence gives that its article names again."""
    text = places.article_text(claim.article_id)
    return {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}\b", claim.sentence)
            if w.lower() not in NOT_NAME_WORDS and len(re.findall(rf"\b{w}\b", text)) >= 2}




def _name_words(names: frozenset[str]) -> set[str]:
    """The words of names ('pennock zoo' -> pennock, zoo; "brannock's" -> brannock), to meet a
    one-word topic."""
    return {_POSSESSIVE.sub("", word) for name in names for word, after in zip(name.split(), [*name.split()[1:], ""])
            if len(word) > 3 and after not in REGION_HEADS}  # (not 'dorrance' of 'the dorrance county health department':
    # a county holds many stories)


_POSSESSIVE = re.compile(r"['\u2019]s?$")


#: Tolls of one disaster: any report of one tells of the others ('two injured passengers died'), so
#: their verbs are no evidence that two tolls are one.
_CASUALTY_CLASSES = {"kill", "wound", "hospitalise", "rescue", "treat"}
#: The verbs of each predicate class ('die' and 'perish' of 'kill').
_CLASS_VERBS: dict[str, list[str]] = {}
for _verb, _kind in PREDICATE_CLASSES.items():
    _CLASS_VERBS.setdefault(_kind, []).append(_verb)


def words_beyond(claim: Claim, predicate: str) -> frozenset[str]:
    """The words around the figure, less the forms of the block's own verb and of the verbs of its
    class ('rose' in a block of rises is no evidence, nor 'died' in a block of the killed, nor, of
    a casualty toll, the verbs of the other tolls: 'injured' beside the killed; 'travelling'
    around two train speeds, whose block has no verb, is evidence)."""
    forms = _block_verb_forms(predicate)
    return frozenset(w for w in context_words(claim) if w not in forms)


@lru_cache(maxsize=None)
def _block_verb_forms(predicate: str) -> frozenset[str]:
    """Every form of the verbs ``words_beyond`` leaves out for a block's predicate (read once per
    predicate, not once per claim)."""
    classes = _CASUALTY_CLASSES if predicate in _CASUALTY_CLASSES else {predicate}
    verbs = {*predicate.split(), *(word for kind in classes for verb in [kind, *_CLASS_VERBS.get(kind, ())]
                                   for word in verb.split())}
    return frozenset(form for verb in verbs for form in verb_forms(verb))


#: A year the sentence puts an event in ('traced to a spa pool in 1997'), not a bound ('since 2009').
_IN_YEAR = re.compile(r"\b(?<!since )(?<!until )(?<!before )(?:in|of|during)\s+((?:19|20)\d\d)\b(?![-/])")


def _year_of_sentence(claim: Claim) -> list[str]:
    """For a toll with no date of its own: the year its sentence sets the event in, when the parse
    hung that year on another clause ('The worst outbreak, traced to a spa pool in 1997, infected 58
    people and killed four' is a 1997 toll; so is 'since 1997, when ... killing four')."""
    at = claim.start - claim.sentence_start
    years = {m.group(1) for m in _IN_YEAR.finditer(claim.sentence)} | {
        m.group(1) for m in _SINCE_YEAR_WHEN.finditer(claim.sentence) if m.end() <= at}
    return sorted(years) if len(years) == 1 else []


#: Before a toll: the year of the event it is told of ('the deadliest ... since 2016, when a freight train hit a minibus
#: at Dalrymple Siding, killing five people').
_SINCE_YEAR_WHEN = re.compile(r"\bsince\s+((?:19|20)\d\d),?\s+when\b", re.I)


#: Around a toll: it is the total up to the day of publication ('eleven people have now been
#: arrested', 'eight arrested since the strike began', 'In all, 31 children were taken to hospital'),
#: whatever day a part of it is given for ('in all 31 counties', right before its figure, is every one).
_SO_FAR = re.compile(r"\b(?:now|so far|to date|in total|in all(?!\s*$)|altogether|since(?=\s+\w))\b", re.I)


#: Tolls of people moved somewhere: the place they were moved to is not where it happened.
_MOVING_TOTALS = {"evacuate", "hospitalise", "rescue", "displace"}


def _describes_a_thing(claim: Claim, predicate: str) -> bool:
    """A size, capacity or term hyphened to its thing ('the 430-metre pier', 'the 187-kilometre
    third stage', 'the 1,800-seat grandstand', 'a 35-megawatt station', 'the 30-year contract'):
    it holds whatever day the sentence tells of; so does a measure set before its thing without the
    hyphen ('his 35cm (14in) telescope')."""
    return (not predicate and claim.dimension in ("length", "area", "volume", "mass", "power", "energy", "time", "count")
            and claim.kind in ("measure", "count")
            and _set_before_its_thing(claim))


#: Right before a toll: the level it has reached, as published ('the death toll rose to 23').
_RISEN_TO_BEFORE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached|reaches|stands at|"
                              r"stood at)\s+(?:to\s+)?(?:at least\s+)?$", re.I)


#: Before a tally: the words that bring it to the figure after the deeds just told ('taking the number of arrests in
#: the case to'); ``facts`` reads a total so brought by it too.
BROUGHT_TO = r"\b(?:bringing|taking|raising|pushing|lifting)\b[^.;:]{0,80}?\bto\s+"
_BROUGHT_TO_BEFORE = re.compile(BROUGHT_TO + r"(?:at\s+least\s+)?$", re.I)
#: After a running total: the clause of the latest that brought it there ('..., when sheriff's deputies picked up three
#: women in Elm Ridge').
_LATEST_WHEN_AFTER = re.compile(r"^[^.;]{0,40}?,\s+(?:when|after)\s+([^.;]*)", re.I)


def _is_total_so_far(claim: Claim) -> bool:
    return bool(_SO_FAR.search(claim.text_before(25)) or _SO_FAR.search(claim.text_after(40))
                or _RISEN_TO_BEFORE.search(claim.text_before(25)))


#: After a figure: where its clause ends and another, with a verb of its own, begins (', and one of them ...
#: was charged Friday', '; ', ', but ').
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|although|whereas)\s|;\s|\s+but\s", re.I)


def _of_its_own_clause(date_words: list[str], sentence: str, end: int) -> list[str]:
    """The date words not told after the next clause of the figure's sentence ('Two men have been arrested, and
    one of them was charged Friday': Friday is the charge's)."""
    boundary = _NEXT_CLAUSE.search(sentence, end)
    if boundary is None:
        return date_words
    lowered = sentence.lower()
    return [word for word in date_words if not 0 <= boundary.start() <= lowered.find(word.lower())]


#: Right before a date word: 'since' and the start of what is tallied ('since the first one in'; not 'the worst since 2009,
#: when 14 people were killed', whose year sets another event).
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the|its|their)\s+(?:first|start|outset|launch|beginning)\b[^.;,]{0,20}?\s+"
                           r"(?:in|on)\s+$", re.I)


def _starts_the_tally(word: str, sentence: str) -> bool:
    """Does every mention of the date word open the span a tally is kept over ('since the first one in October 2026')?"""
    mentions = list(re.finditer(re.escape(word), sentence))
    return bool(mentions) and all(_SINCE_BEFORE.search(sentence, max(0, m.start() - 50), m.start()) for m in mentions)


def _years_only(date_words: list[str]) -> list[str]:
    """The date words that name a year ('in 2011'), without days ('on Monday')."""
    return [word for word in date_words if re.search(r"\b(?:19|20)\d\d\b", word)]


#: In a toll's sentence: how long after its event the report looks back ('Nearly two weeks after the collapse at
#: SkyLeap Trampoline Park left 26 people injured'): the toll is of a day that far back.
_TIME_AFTER_THE_EVENT = re.compile(r"\b(?:nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|about\s+)?(\d{1,2}|a|an|one|two|"
                                   r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?)\s+"
                                   r"(?:after|since)\s+(?:the|a|an|its|their)\s+", re.I)


def _looking_back(claim: Claim) -> int:
    """Days before its report a toll's event may lie, as its sentence tells ('Nearly two weeks after the collapse'), or 0."""
    match = _TIME_AFTER_THE_EVENT.search(claim.sentence)
    if match is None:
        return 0
    count = match.group(1).lower()
    number = int(count) if count.isdigit() else 1 if count in ("a", "an") else UNIT_WORDS[count]
    return number * (7 if match.group(2).lower().startswith("week") else 1)


def track(claim: Claim, predicate: str, places: Places, articles: dict[str, Article],
           refers_back: bool = False, twin: str = "", names_again: str = "") -> Tracked:
    """What tracking needs to know of one claim: where, when, who, and the words around it."""
    article = articles.get(claim.article_id)
    at = claim.start - claim.sentence_start
    date_words = nearest_first(resolve_that_year(without_period_ends(without_days_named_before(claim.dates, claim.sentence),
                                                                     claim.sentence, claim.predicate, at),
                                                 claim.sentence, at),
                               claim.sentence, at)
    to_date = predicate not in RUNNING_TOTALS and is_counted_to_date(claim)
    if predicate in RUNNING_TOTALS:
        date_words = _of_its_own_clause(date_words, claim.sentence, claim.end - claim.sentence_start)
    if _describes_a_thing(claim, predicate):
        date_words = []  # 'the 430-metre pier', in a sentence dated by something that happened to it
    elif (predicate in RUNNING_TOTALS and _is_total_so_far(claim)) or to_date:
        # 'eleven have now been arrested, including five on Thursday': the total as published (a
        # year still sets the event: 'the 2019 heatwave, which killed 31, ... used four times since'), but not the
        # start of the tally ('has now received reports of 49 fires ... since the first one in October 2026')
        date_words = [w for w in _years_only(date_words) if not _starts_the_tally(w, claim.sentence)]
    elif not date_words and predicate in RUNNING_TOTALS:
        date_words = _year_of_sentence(claim)
    elif is_named_age(claim):
        # 'Pádraig Hurley, 71, was bitten on Monday': the day dates the bite; the age holds for the
        # week the story runs (a year named still counts: 'in 1998, Hurley, then 44, ...')
        date_words = _years_only(date_words)
    elif claim.subject == "population" and not predicate:
        # 'this town of 2,300 people will be ... on Monday': a population holds for years (but the
        # year of a census still counts: 'in 2011' / 'in 2021')
        date_words = _years_only(date_words)
    where = places.of(claim)
    if predicate in RUNNING_TOTALS and (brought := _BROUGHT_TO_BEFORE.search(claim.text_before(120))):
        latest = claim.text_before(120)[:brought.start()]
        where = frozenset(p for p in where if not re.search(
            rf"\b(?:picked\s+up|arrested|detained|held|caught|nabbed|rounded\s+up|taken\s+into\s+custody)\b[^,.;]{{0,60}}?"
            rf"\b{re.escape(p)}\b", latest, re.I))  # 'Three more were picked up from a guest house in north Goa, taking
        # the number of arrests in the case to nine': where the latest were held, not where the case's tally is
        # (but 'died after Monday's derailment near Vellin, bringing the death toll to 11': the event's place)
    if predicate in RUNNING_TOTALS and _RISEN_TO_BEFORE.search(claim.text_before(60)) \
            and (latest := _LATEST_WHEN_AFTER.match(claim.text_after(160))):
        where = frozenset(p for p in where if not re.search(rf"\b{re.escape(p)}\b", latest.group(1), re.I)
                          or re.search(rf"\b{re.escape(p)}\b", claim.text_before(120), re.I))  # 'The number of people
        # arrested in the case rose to 19 on Saturday, when deputies picked up three women in Elm Ridge': where the latest
        # were held, not where the tally is
    if predicate in _MOVING_TOTALS:  # 'evacuated to a rest centre at St Bede's': where they went
        where = frozenset(p for p in where if not re.search(rf"\b(?:to|into)\s+[^,.;]{{0,30}}?\b{re.escape(p)}", claim.sentence, re.I))
    day = claim_day(date_words, article.published if article else None)
    if predicate in RUNNING_TOTALS and not day.explicit and (back := _looking_back(claim)):
        day = replace(day, reach=max(day.reach, back))
    return Tracked(claim, predicate, where, places.home_of(claim), places.topics_of(claim), _actors(claim), day,
                    words_beyond(claim, predicate), ordinals(claim),
                    # a toll has no holder: 'killed three people at a concert by Australian band X'
                    frozenset() if predicate in RUNNING_TOTALS else owners(claim), refers_back, twin,
                    resolved_spans(time_spans(claim), article.published if article else None), names_again, to_date)
