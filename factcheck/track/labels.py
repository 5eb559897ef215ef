"""Figures used as labels: a known thing named by its figure.

Copy gives a figure once, in a clause of its own ("About 412,000 customers
lost power"), and then names the same thing with the figure as a label:
"the 286,000 customers affected", "the 45-metre structure", "Each of the
36 segments". The label states no fact through its own sentence's verb
("crews restored service to ... the 286,000 customers"), so blocking by
verb keeps it away from the figure it repeats, and a slip between the two
goes unseen. Here a label is tied to the figure it names again: the one
earlier figure of its article, in another sentence, that counts or
measures the same noun (its class, ``SAME_THINGS``, or a generic noun for a
measured thing: ``KIND_NOUNS``) in the same unit.

A label is not tied when it may name something else:

* it narrows the noun with a word the earlier figure lacks ("the 3,000
  away fans" after "a crowd of 21,300");
* a clause of its own defines it ("the 12 people who were arrested for
  assault": ``ties._named_by_its_deed`` reads those);
* its own participle names another deed ("the 40 people injured" after
  "12 people killed");
* the earlier figure tells another deed and the label repeats none
  ("the plant's 340 workers" after "six workers were killed"; a size,
  what a thing holds or is made of, or a crowd's size may be named
  again bare);
* it names a state now ("the 38 stores still open"), another set ("the
  four other survivors") or a span of time ("their 17 Tests since 1978");
* its sentence names another holder before it ("Neighbouring Wrexford
  shut 9 of its 33 libraries"), or the earlier figure counts those who were
  members once ("2,900 former employees" is not "the group's 4,600
  employees");
* the article gives the noun two earlier figures of different deeds and the
  label says which it means by none of them ("the five children" after
  "6,000 children fed" and "three children in hospital"), unless one of
  them is the fact the label's own key already names.

The same digits in another order ("86 staff" ... "the 68 laundry workers")
tie a label however it narrows its noun, whatever deed the earlier figure
tells unless either is a toll ("13 workers killed" ... "the 31 workers
hurt" are two tolls), and also across nouns that often count one thing
(jobs and staff, people in other words: ``LOOSE_THINGS``).

A label whose figure some earlier figure of the noun agrees with restates
that one and needs no tie. Days, places and doers still decide, as for
any two figures (``ties.compatible``).

A person's age is named again the same way: "the 19-year-old nursing
student" after "Aisha Coombes, 20, a nursing student" (``age_antecedent``).
"""

from __future__ import annotations

import math
import re

from factcheck.extract.sentences import last_sentence
from factcheck.model import Claim
from factcheck.track.evidence import is_disputed, same_digits, verb_forms
from factcheck.track.events import WITH_BEFORE
from factcheck.track.keys import (DEED_NOUNS, GENERIC_SUBJECTS, LEVEL_SUBJECTS, PART_OF_A_SET_AFTER, SUBJECT_CLASSES,
                                  TOLL_CLASSES, WORST_HIT_AFTER, compensated, is_limited_speed, length_aspect,
                                  predicate_class, rate_of, subject_class)
from factcheck.track.people import PEOPLE_NOUNS, PEOPLE_WORDS
from factcheck.track.readings import is_named_age
from factcheck.track.ties import SIZE_SET_OFF_AFTER, is_state_now, measure_before_noun

#: Right before a figure: a determiner that makes it a label of a known thing ("the 286,000
#: customers", "its 42 segments", "Each of the 36 segments", "all 28 turbines", "the firm's 240 staff";
#: not "that's eight players", which is no possessive).
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|all|all the|all of the|all its|all their|each of the|each of its|"
    r"every one of the|of the|of its|of their)|"
    r"\b(?!(?:that|it|there|here|what|who|he|she|where|let)['\u2019]s\b)[\w-]*\w['\u2019]s?)\s+$", re.I)

#: Nouns that count one thing in other words, beyond ``keys.SUBJECT_CLASSES`` (which blocking
#: already shares): 'a crowd of 21,300' ... 'the 14,600 fans'; 'about 60 trawlers' ... 'the 45 boats'.
SAME_THINGS = [
    {"crowd", "fan", "spectator", "supporter", "attendance"},
    {"vessel", "boat", "trawler", "ship", "ferry", "craft", "yacht"},
    {"household", "home", "house", "property", "dwelling"},
    {"staff", "worker", "employee", "workforce"},
    {"store", "shop", "branch", "outlet"},
    {"strike", "stoppage", "walkout"},
    {"jam", "tailback", "queue", "traffic"},
    {"container", "box"},
    {"item", "piece", "artefact", "artifact"},
    {"course", "layout", "links"},  # a golf course ('stretches 7,080 yards' ... 'the 7,180-yard layout')
    {"road", "route", "carriageway", "bypass", "motorway", "highway"},  # ('the 9.6-mile route' of a bypass)
]
_SAME = {noun: group for group in SAME_THINGS for noun in group}
#: Nouns that often count one thing and often two: they name one only with the same digits,
#: swapped ('All 1,140 jobs' ... 'the 1,410 staff'; not 'The 300 jobs' ... 'the plant's 1,400 staff').
LOOSE_THINGS = [
    {"job", "post", "role", "staff", "worker", "employee", "redundancy", "position"},
    # people in other words ('lowering 86 people' ... 'the 68 stranded skiers')
    {"people", "person", "passenger", "traveller", "traveler", "skier", "rider", "visitor", "tourist", "guest",
     "customer", "resident", "worker", "staff", "employee"},
]
_LOOSE = {noun: set().union(*(g for g in LOOSE_THINGS if noun in g)) for group in LOOSE_THINGS for noun in group}

#: Generic nouns a measured thing is named by again, with the dimensions they may carry:
#: 'the 30-metre scaffold' ... 'the 45-metre structure'; 'a 160-metre fatberg' ... 'the 190-metre mass'.
KIND_NOUNS = {
    "structure": {"length"}, "mass": {"length", "mass", "volume"}, "object": {"length", "mass"},
    "vessel": {"length", "mass"}, "craft": {"length", "mass"}, "site": {"area"},
    "building": {"length", "area"}, "facility": {"area"}, "machine": {"length", "mass"},
    "project": {"currency"}, "scheme": {"currency"}, "development": {"area", "currency"},
    "programme": {"currency"}, "program": {"currency"}, "passage": {"length"},
    "haul": {"mass"}, "seizure": {"mass"}, "shipment": {"mass"}, "consignment": {"mass"}, "load": {"mass"},
}

#: After a length: it is how far away something is, not a size ('14km from the coast', '3 miles north').
_AWAY_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:from|away|off|out|offshore|inland|short|beyond|outside|up|down|"
                         r"upstream|downstream|(?:due\s+)?(?:north|south|east|west)(?:[- ]?(?:east|west))?)\b", re.I)

#: Right before a count of people: the gathering they make up ('a crowd of 11,000 people').
_GATHERING_OF = re.compile(r"\b(crowd|audience)\s+of\s+$", re.I)

_BEFORE_AFTER = re.compile(r"^\s*(?:before|after|ago|earlier|later|beforehand|afterwards|on)\b", re.I)

#: A figure hyphened to its noun, in words or digits ('the ten-day strike', 'a 160-metre fatberg').
_HYPHENED = re.compile(r"[a-z\d]-([a-z]+)$", re.I)

#: Units of a hyphened measure the parse may hang on the noun as a narrowing word ('45-metre structure').
_UNIT_WORDS = {"metre", "meter", "foot", "feet", "mile", "kilometre", "kilometer", "tonne", "ton", "acre", "hectare",
               "inch", "yard", "storey", "km", "m", "ft"}

#: Participles after a label that say only that the things were caught up in the story's event
#: ('the 286,000 customers affected', 'the 13,500 households left without gas').
_EVENT_PARTICIPLES = {"affect", "involve", "concern", "hit", "catch", "impact"}
#: Deeds of a figure that say only what a thing has or is made of: a label with no deed of its
#: own may name it ('carrying 24 riders' ... 'All 28 riders'; 'made up of 42 segments' ... 'Each of
#: the 36 segments'). After any other deed it names the thing only by repeating the deed.
HOLDING = {"", "carry", "make up", "house", "have", "contain", "comprise", "employ", "number", "total",
           "be", "include", "measure", "weigh", "span", "cover", "stretch", "remain", "stay", "last",
           "present",  # (those present: "There were 64 workers underground")
           "draw", "attract",  # (an event's visitors: 'drew 38,000 visitors' ... 'the 41,000 visitors bought')
           "keep", "maintain", "run", "operate"}  # (what one keeps: 'will keep seven traps in the river' ... 'check all nine traps')

#: Right after a label's noun: where its things are, which makes them a set of their own ('The 150
#: firefighters in the county'), unlike those at the scene ('The 150 firefighters on duty overnight'
#: after 'About 120 firefighters fought the blaze').
_WHERE_AFTER_NOUN = re.compile(r"^\s*(?:in|at|across|from|of|throughout|around|outside)\b", re.I)
#: Right after a label's figure: a word that makes it another set ('the four other survivors', 'the 40
#: such stalls').
_OTHER_AFTER = re.compile(r"^\s*(?:other|others|remaining|more|further|additional|extra|new|last|first|final|"
                          r"surviving|missing|injured|dead|such)\b", re.I)

#: Before a label in its sentence: the holder is another one than the article's ('Neighbouring
#: Wrexford shut 9 of its 33 libraries', 'its rival's 40 stores').
_ANOTHER_HOLDER_BEFORE = re.compile(r"\b(?:neighbouring|neighboring|nearby|rival|sister|another)\b", re.I)

#: Words that make a set of those who were once members ('2,900 former employees'): not the members now.
_PAST_MEMBERS = re.compile(r"^\s*(?:[\w-]+\s+)?(?:former|ex-|retired|past|previous|one-time)\b", re.I)

#: After a label's noun: it names the things in some state now ('the 38 stores still open', 'the
#: five children still under treatment'), which names again only a figure of that state.
_STATE_AFTER = re.compile(r"^\s*(?:still|now|left|remaining|yet)\b", re.I)

#: After a participle that closes a label's phrase ('the 40 people injured in the crash', 'the
#: 286,000 customers affected, mostly ...'): a preposition, an adverb, a pause or the end. A
#: past form followed by its object is the sentence's verb ('the 16 sites showed it worked').
_PARTICIPLE_ENDS = re.compile(r"^\s*(?:$|[,.;:)\u2014-]|(?:in|on|at|by|for|during|after|before|since|when|while|as|from|"
                              r"to|into|without|with|across|near|so|last|this|yesterday|today|overnight|earlier|"
                              r"so far|over|under|because|following|and|or|but|are|were|is|was|have|had|has|will|"
                              r"would|could|can|may|might|must|should)\b|"
                              r"(?:now|still|also|each|both|together|already)\s+(?:are|were|is|was|have|had|has|will|would|"
                              r"could|can|may|might|must|should)\b)", re.I)  # ('the 212 schools surveyed now has')

#: Finite verbs and auxiliaries: right after a label's noun they start its sentence's verb.
_FINITE = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
           "might", "must", "shall", "should", "do", "does", "did"}
#: After a past form: 'to be' or 'to have' makes it the sentence's verb ('appeared to be full').
_TO_BE_AFTER = re.compile(r"^\s+to\s+(?:be|have)\b", re.I)
_LEFT_WITHOUT = re.compile(r"^\s*left\s+without\b", re.I)

#: After a label's noun, in its phrase: a span of time that narrows it ('of their 17 Tests in
#: Rovenia since 1978', 'the 40 games this season').
_SPAN_AFTER = re.compile(r"^(?:(?!\b(?:is|are|was|were|has|have|had|will|would)\b)[^,.;:]){0,40}?"
                         r"\b(?:since|so far|to date|this (?:season|year|month|week)|"
                         r"(?:over|in|during) the (?:past|last|previous)|a year|each year|per year|every)\b", re.I)
#: After a label's noun: a clause that defines what it counts ('who died', 'that were recalled'),
#: perhaps after where they are from ('the two horses from Neary's yard that tested positive').
_CLAUSE_AFTER = re.compile(r"^\s*,?\s*(?:(?:from|at|in|on|of)\s+[^,.;:()]{1,40}?\s+)?(?:who|that|which|where|whose|whom)\b",
                           re.I)
#: Right before a label's figure: a possessor, whose whole set it names ('The school's 1,240 pupils').
_POSSESSOR_BEFORE = re.compile(r"\w['\u2019]s?\s+$")
#: After a label's noun: another holder named, whose set it is ('the two horses from Pádraig Neary's yard').
_HOLDER_AFTER = re.compile(r"^\s+(?:from|of|at)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s?\s", re.U)


def is_label(claim: Claim) -> bool:
    """Is the figure a label of a known thing ('the 286,000 customers', 'the 45-metre structure')?"""
    if not claim.subject or claim.subject in GENERIC_SUBJECTS or claim.kind not in ("count", "measure", "money"):
        return False
    if claim.kind == "measure" and not (_HYPHENED.search(claim.text) or measure_before_noun(claim)):
        return False  # 'the 45 metres of track': an amount, not a thing named by its size (but 'the 40mph limit' is)
    if claim.kind != "measure" and _HYPHENED.search(claim.text):
        return False  # 'the 17-storey tower': a size in parts, not a count of towers
    if _OTHER_AFTER.match(claim.text_after(20)) or WORST_HIT_AFTER.match(claim.text_after(30)) \
            or subject_class(claim) in GENERIC_SUBJECTS:
        return False  # 'the four other survivors', 'the two most seriously injured workers', 'the 48,000 people of Halvik'
    return bool(_LABEL_BEFORE.search(claim.text_before(24)))


#: After a figure's noun: more of the thing, from elsewhere, told next to it ('two officials of the
#: municipal council and one of the fire department', 'four nurses from Ward 6 and two from Ward 9').
_MORE_OF_ANOTHER_AFTER = re.compile(
    r"^\s+(?:of|from|at|in)\s+(?:[\w'\u2019-]+\s+){1,5}?and\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\d[\d,]*)\s+(?:more\s+)?(?:of|from|at|in)|another\s+(?:of|from|at|in))\b", re.I)


def _after_noun(claim: Claim) -> str:
    """The words after the label's noun ('affected, mostly in ...' for 'the 286,000 customers')."""
    after = claim.text_after(120)
    at = after.find(claim.subject_text) if claim.subject_text else -1
    return after[at + len(claim.subject_text):] if 0 <= at <= 30 else ""


def _own_deed(claim: Claim) -> str | None:
    """The deed a participle right after the label's noun names ('injured' in 'the 40 people
    injured'), '' for one that only ties them to the event ('affected'), None for none."""
    rest = _after_noun(claim)
    if _LEFT_WITHOUT.match(rest):
        return ""
    word = re.match(r"^\s*([a-z]+)", rest)
    if not word or not claim.predicate or word.group(1) in _FINITE:
        return None  # 'Each of the 36 segments is polished': the sentence's verb
    lemma = claim.predicate.split()[0]
    if word.group(1) in (lemma, lemma + "s", lemma + "es") or word.group(1) not in verb_forms(lemma):
        return None
    after = rest[word.end():]
    particle = claim.predicate.split()[1:]  # 'the 28 divers stood down at the reef': 'stand down'
    if particle and re.match(r"^\s+" + re.escape(particle[0]) + r"\b", after):
        after = after.lstrip()[len(particle[0]):]
    if not _PARTICIPLE_ENDS.match(after) or _TO_BE_AFTER.match(after):
        return None  # 'the 16 trial sites showed it worked', 'the 11-metre structure appeared to be full':
        # the sentence's verb, with its object
    return "" if claim.predicate in _EVENT_PARTICIPLES else claim.predicate


def _narrowing(claim: Claim) -> set[str]:
    return {m for m in claim.subject_modifiers if m not in _UNIT_WORDS and m != claim.subject}


def _names_same_thing(label: Claim, other: Claim, deed: str = "") -> bool:
    """May the label name the thing the earlier figure counts or measures (same dimension, unit,
    rate and aspect; the same noun in other words; no narrowing word of its own but the earlier
    figure's ``deed`` class, told in any word of it: 'the 17 hospitalized athletes' after
    'Fourteen athletes were taken to hospital')?"""
    if label.dimension != other.dimension or (label.base_unit or "") != (other.base_unit or ""):
        return False
    if rate_of(label) != rate_of(other) or length_aspect(label) != length_aspect(other):
        return False
    if {_long_or_high(label), _long_or_high(other)} == {"long", "high"}:
        return False  # 'about 95 metres long and 40 metres high' ... 'the 55-metre-high chamber': the height
    ours, theirs = subject_class(label), counted_noun(other)
    if (theirs in ("people", "person") and deed in TOLL_CLASSES and label.subject in PEOPLE_WORDS
            and any(predicate_class(m, label.dimension, label.subject) == deed for m in label.subject_modifiers)):
        return True  # 'Fourteen people have now been hospitalized' ... 'Of the 11 hospitalized patients': the people
        # a toll counts, named again by its deed
    if theirs in GENERIC_SUBJECTS or (other.dimension == "length" and _AWAY_AFTER.match(other.text_after(30))):
        return False  # ('ran aground 14km from Arlow': how far away, not how big)
    if other.dimension == "time" and _BEFORE_AFTER.match(other.text_after(12)):
        return False  # ('five months before the event': when, not how long)
    if (is_label(other) and label.agent and other.agent and label.agent != other.agent
            and not _owned_by_its_agent(label) and not _owned_by_its_agent(other)):
        return False  # two labels in sentences of two doers ('its six-year run' / 'Friends ended its 10-year run'),
        # not when one's agent is only its owner ("the pass's 17 pools" ... 'The 19 pools were built by Merrow Civil')
    if same_digits(label, other) and (ours == theirs or theirs in _SAME.get(ours, ()) or theirs in _LOOSE.get(ours, ())):
        # the same digits swapped: one count, however narrowed ('86 staff' ... 'The 68 laundry workers';
        # 'All 1,140 jobs' ... 'every one of the 1,410 staff')
        return True
    if _PAST_MEMBERS.match(other.text_after(30)) and not _PAST_MEMBERS.match(label.text_after(30)):
        return False  # '2,900 former employees' ... 'the group's 4,600 employees': those who are not
    if _named_as(label, other):
        return True  # 'the 24-meter trawler Ellan Vane' ... 'The 31-meter Ellan Vane'
    if ours == theirs == "compensation" and compensated(label) == compensated(other):
        return True  # 'Rs 5 lakh for the families of each of the deceased' ... 'the Rs 4 lakh ex gratia ... for
        # the next of kin of each deceased' (whatever the payment is called)
    # (a label of the whole, 'all 210 animals in the reptile house', may name the earlier figure's holder)
    holder = other.agent.split() if _ALL_BEFORE.search(label.text_before(16)) else []
    narrowing = {m for m in _narrowing(label) if not deed or predicate_class(m, label.dimension, label.subject) != deed}
    if not narrowing - _acronyms(other.sentence) <= {*other.subject_modifiers, other.subject,
                                                      *other.predicate.split(), *holder, *_hung_on(other)}:
        return False  # 'the 3,000 away fans': a part of the crowd (but 'capsizing 11 boats' ... 'the nine capsized boats')
    if ours == theirs or theirs in _SAME.get(ours, ()):
        return True
    # a generic noun names again a thing given its size or cost before the noun ('A 160-metre
    # fatberg' ... 'the 190-metre mass'; 'the Rs 1,840 crore plant' ... 'the project'), not any
    # length of the article ('14km from the coast' ... 'the 294-metre vessel'), nor a part of it
    # ("the state's $109 million share" ... 'the $438 million project')
    return (label.dimension in KIND_NOUNS.get(label.subject, ()) and theirs not in _PART_NOUNS
            and bool(_HYPHENED.search(other.text) or is_label(other) or SIZE_SET_OFF_AFTER.match(other.text_after(30))
                     or (label.dimension == "mass" and _OF_STUFF_AFTER.match(other.text_after(20)))))


#: After a mass: the stuff it is an amount of ('4.2 tonnes of cocaine'), which 'the 3.6-tonne haul' names again.
_OF_STUFF_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+)?[a-z]", re.I)


def _owned_by_its_agent(claim: Claim) -> bool:
    """Is the figure's agent the owner named right before it ("the pass's 17 pools"), a holder rather than a doer?"""
    return bool(re.search(re.escape(claim.agent) + r"['\u2019]s?\s+$", claim.text_before(40), re.I))


#: Nouns of a part of a whole: a generic noun of the whole does not name them again.
_PART_NOUNS = {"share", "portion", "part", "stake", "contribution", "slice", "instalment", "installment", "tranche",
               "deposit", "fraction", "proportion", "cut", "half", "third", "quarter"}


#: Right after a length, past its conversion: which way it is measured ('95 metres (312 feet) long',
#: 'the 55-metre-high chamber', '40 metres tall').
_LONG_OR_HIGH_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\)\s*)?[\s-]*(?:(long|in length)|(high|tall|in height))\b", re.I)


def _long_or_high(claim: Claim) -> str:
    """'long' or 'high' when the words right after a length say which, else ''."""
    match = _LONG_OR_HIGH_AFTER.match(claim.text_after(40)) if claim.dimension == "length" else None
    return "" if match is None else ("long" if match.group(1) else "high")


#: Right before a figure: its holder owns the set it counts ('its three hospitals', 'the firm's 240
#: staff'), which it names whatever its sentence's verb does ('sending staff at its three hospitals
#: back to paper charts' ... 'all four of the system's hospitals').
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their)|\w['\u2019]s)\s+$", re.I)

#: Right before a figure: the noun its phrase hangs on ('a trial at 19 sites' counts the trial's sites,
#: which 'the 16 trial sites' names again).
_HUNG_ON_BEFORE = re.compile(r"\b([a-z]{3,})\s+(?:at|across|of)\s+$")


def _hung_on(claim: Claim) -> set[str]:
    """The noun the figure's phrase hangs on, in the forms a label writes it ('trial' of 'a trial at
    19 sites', 'survey' of 'surveys of 40 schools'), or the words of the phrase a measure is set beside
    ('bus' and 'section' of 'The bus-only section of Harbour Road, a 300-metre stretch'), or nothing."""
    apposed = _APPOSED_TO_BEFORE.search(claim.text_before(80))
    if apposed is not None:
        return {w.lower() for w in re.findall(r"[a-z][a-z]+", apposed.group(1))} - {"the", "of", "and", "only"}
    if (match := _HUNG_ON_BEFORE.search(claim.text_before(30))) is None:
        return set()
    word = match.group(1)
    return {word, word[:-1]} if word.endswith("s") and not word.endswith("ss") else {word}


#: Right before a measure: the phrase it is set beside, opening its sentence ('The bus-only section of Harbour
#: Road, a 300-metre stretch').
_APPOSED_TO_BEFORE = re.compile(r"^\W*(?:The|Its|Their)\s+([\w'\u2019 -]{3,60}?),\s+an?\s+$")

#: Right before a figure: what a deed was spread across, the whole set where it happened ('More than
#: 160 acts played across seven stages' ... 'the festival's nine stages'), not a part the deed picks out.
_SPREAD_ACROSS_BEFORE = re.compile(r"\bacross\s+(?:(?:its|their|the|all)\s+)?$", re.I)

#: Right before a figure: it is the whole of a set ('all 210 animals', 'all of the 14 boats').
_ALL_BEFORE = re.compile(r"\ball(?:\s+of)?(?:\s+(?:the|its|their))?\s+$", re.I)

#: Right after a figure: a name in capitals ('The 31-meter Ellan Vane, built in 1987').
_NAME_AFTER = re.compile(r"^\s+((?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)\b(?!\s+[a-z]+[-\s])")


def _named_as(label: Claim, other: Claim) -> bool:
    """Is the label's noun a name the earlier figure's noun was given right after it ('the
    24-meter trawler Ellan Vane' ... 'The 31-meter Ellan Vane')?"""
    name = _NAME_AFTER.match(label.text_after(50))
    if not name or not other.subject_text:
        return False
    return bool(re.match(r"^\s+(?:[\w-]+\s+){0,2}?" + re.escape(other.subject_text) + r"\s+" + re.escape(name.group(1)) + r"\b",
                         other.text_after(80)))


#: A run of capitalised words, perhaps joined by 'of' or 'and' ('State Disaster Response Force').
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for)\s+)?[A-Z][a-z]+)+")


def _acronyms(text: str) -> set[str]:
    """The acronyms of the names a text spells out ('sdrf' for 'the State Disaster Response Force'), in
    lower case as a figure's narrowing words are."""
    return {"".join(word[0] for word in run.split() if word[0].isupper()).lower()
            for run in _CAPITALISED_RUN.findall(text)}


def _named_by_deed_noun(label: Claim, other: Claim, predicate: str) -> bool:
    """Does the label name people by the deed the earlier figure tells of them ('the 16,800
    evacuees' after '16,100 residents have been evacuated')?"""
    return (DEED_NOUNS.get(label.subject) == predicate and other.kind == label.kind == "count"
            and (other.subject in PEOPLE_WORDS or other.subject == label.subject))


def subject_class_of(noun: str) -> str:
    return SUBJECT_CLASSES.get(noun, noun)


def counted_noun(claim: Claim) -> str:
    """What a figure counts: its subject's class, or the word a count is hyphened to ('the
    11-round event' counts rounds)."""
    if claim.kind == "count" and (hyphen := _HYPHENED.search(claim.text)):
        return subject_class_of(hyphen.group(1).lower())
    if (gathering := _GATHERING_OF.search(claim.text_before(40))) is not None:
        return gathering.group(1).lower()  # 'a crowd of 11,000 people' counts the crowd
    if is_limited_speed(claim):
        return "limit"  # 'Drivers will be limited to 50mph' gives the limit
    return subject_class(claim)


def _bounded(claim: Claim) -> bool:
    """Does the figure say how many (not an open bound: 'At least 38 containers' agrees with any more)?"""
    return (claim.base_high is not None and claim.base_low is not None and math.isfinite(claim.base_high)
            and claim.base_high - claim.base_low <= 0.5 * abs(claim.base_high))


def _overlap(a: Claim, b: Claim) -> bool:
    return a.base_low <= b.base_high and b.base_low <= a.base_high


#: After a label's noun: a phrase that names a deed by its noun ('on the fire rotation', 'in the evacuation').
_DEED_NOUN_PHRASE_AFTER = re.compile(r"^\s+(?:on|in|for|from|during|of)\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?"
                                     r"([a-z]+(?:tion|ment|al|ing))\b", re.I)


def _deed_named_after(label: Claim, predicate: str) -> bool:
    """Does the label name the earlier figure's deed by its noun after its own ('the 26 trucks on the fire
    rotation' after '22 fire trucks had been rotated through the site')?"""
    match = _DEED_NOUN_PHRASE_AFTER.match(_after_noun(label))
    if not match or len(predicate) < 4 or " " in predicate:
        return False
    stem = predicate[:max(4, len(predicate) - 2)]
    return match.group(1).lower().startswith(stem)


def _shares_narrowing(label: Claim, other: Claim) -> bool:
    """Does the label narrow its noun with a word the earlier figure gives its own ('will create 420
    permanent jobs' ... 'its 280 permanent jobs')? A word so repeated names the same set, whatever
    deed the earlier figure tells (not a toll's: 'six trapped miners were rescued' ... 'the 12
    trapped miners' counts them all); not when a wider whole holds the label ('all 1.4 million
    laying hens at the site' ... 'the state's 31 million laying hens')."""
    return (bool(set(label.subject_modifiers) & ({*other.subject_modifiers, *_hung_on(other)} - _GENERIC_NARROWING))
            and not _WIDER_OWNER_BEFORE.search(label.text_before(40)))


#: Right before a figure: a wider whole owns it ("the state's", "the country's", "the industry's").
_WIDER_OWNER_BEFORE = re.compile(r"\b(?:state|county|country|nation|region|province|district|city|town|island|area|"
                                 r"world|industry|sector|market|continent)['\u2019]s?\s+(?:[\w-]+\s+){0,2}?$", re.I)


#: Narrowing words too common to name one set ('new', 'other').
_GENERIC_NARROWING = {"new", "other", "more", "total", "first", "last", "same", "many", "several", "such"}


#: Right before a label: another period's possessive ("last year's 22 lakh visitors").
_ANOTHER_TIME_BEFORE = re.compile(r"\b(?:last|previous|next)\s+(?:year|week|month|season|edition|time|fair|festival)"
                                  r"['\u2019]s\s+$", re.I)
#: Right before a label: a named holder's possessive ("Newcomer Ciara's four nominations").
_POSSESSOR_NAME_BEFORE = re.compile(r"\b((?-i:[A-Z])[\w-]+)['\u2019]s?\s+$")


def antecedent(label: Claim, earlier: list[tuple[Claim, str]], own_predicate: str | None) -> Claim | None:
    """The earlier figure the label names again, or None. ``earlier`` holds the article's figures
    before it, each with its block's predicate class; ``own_predicate`` is the class of the
    label's own block, if it has one. The candidates must share one deed (or one of them the
    label's own), none may agree with the label, and the first is named. No earlier figure of
    the thing that says how many may agree with it either, whatever its deed ('set aside 40
    stalls' ... 'Of the 40 such stalls'); a label with a named holder's possessive names a figure
    of a sentence that names that holder ("Newcomer Ciara's four nominations"); and a label of
    another period ("last year's 22 lakh visitors") or one side's figure in a dispute names none."""
    if is_disputed(label):
        return None  # one side's figure in a dispute: 'disputed the guild's figures, saying the centre's 221 controllers'
    after_noun = _after_noun(label)
    if _ANOTHER_HOLDER_BEFORE.search(label.sentence[:label.start - label.sentence_start]) \
            or _HOLDER_AFTER.match(after_noun):
        return None  # 'Neighbouring Wrexford shut 9 of its 33 libraries', 'the two horses from Pádraig
        # Neary's yard': another holder's own
    own_deed = _own_deed(label)
    if subject_class(label) == "compensation":
        own_deed = ""  # 'the Rs 4 lakh ex gratia announced by Mr Rane': a payment, however announced or paid
    elif own_deed is None and label.subject in DEED_NOUNS:
        own_deed = DEED_NOUNS[label.subject]  # 'the 16,800 evacuees': the evacuated
    state_now = bool(_STATE_AFTER.match(after_noun))
    if _ANOTHER_TIME_BEFORE.search(label.text_before(30)):
        return None  # 'last year's 22 lakh visitors': another year's figure
    holder = _POSSESSOR_NAME_BEFORE.search(label.text_before(40))
    candidates = []
    agreeing = False
    for other, predicate in earlier:
        elsewhere = other.sentence_start != label.sentence_start
        same_thing = elsewhere and _names_same_thing(label, other, predicate)
        if same_thing and _bounded(other) and _overlap(other, label):
            agreeing = True  # an earlier figure of the thing agrees with it, whatever its deed: it may be the
            # one named ('set aside 40 stalls for small publishers' ... 'Of the 40 such stalls')
        if holder and not re.search(rf"\b{re.escape(holder.group(1))}\b", other.sentence):
            continue  # 'Newcomer Ciara's four nominations' does not name Usher's 'with five nominations'
        if not (same_thing or elsewhere and _named_by_deed_noun(label, other, predicate)):
            continue
        if predicate == "whole" and not same_digits(label, other):
            continue  # 'visited 48 of the 212 county schools' is not named by 'Six of the 11 schools'
        if PART_OF_A_SET_AFTER.match(other.text_after(16)):
            continue  # 'the main timber carrying two of the mill's sails' ... 'The four sails': a part of the set
        # the deed told as an adjective names it too: 'capsizing 11 boats' ... 'all nine capsized boats'
        # (in whatever spelling or word of its class: 'the 17 hospitalized athletes' after 'were hospitalised')
        deed = predicate if own_deed is None and predicate and any(
            predicate_class(m, label.dimension, label.subject) == predicate for m in label.subject_modifiers) else own_deed
        deed_class = predicate_class(deed, label.dimension, label.subject) if deed else ""
        if deed_class == "take" and predicate in _TAKINGS and not _TAKEN_SOMEWHERE.match(after_noun):
            deed_class = predicate  # 'Thieves stole 37 pieces' ... 'The 34 items taken': the taking told plainly
        # the same digits swapped name one figure whatever deed the earlier one tells ('1,840 lots were
        # catalogued' ... 'the 1,480 lots on offer'), but not a toll ('13 workers killed' ... 'the 31 workers hurt')
        swapped = same_digits(label, other) and predicate not in TOLL_CLASSES and deed_class not in TOLL_CLASSES
        if deed and deed_class != predicate and not (swapped and label.value >= 100):
            continue  # 'the 40 people injured' does not name the 12 killed
        at_the_scene = (predicate == "attend" and label.subject in PEOPLE_NOUNS
                        and not _WHERE_AFTER_NOUN.match(_after_noun(label)))  # (not 'the two countries')
        if (deed is None and not swapped and predicate not in HOLDING and not at_the_scene
                and not _HYPHENED.search(other.text)
                and not WITH_BEFORE.search(other.text_before(12))  # ('opens ... with 940 stalls': what it has)
                and counted_noun(other) not in LEVEL_SUBJECTS  # (a crowd's size, whatever it did)
                and not (predicate not in TOLL_CLASSES and _shares_narrowing(label, other))
                and not (predicate not in TOLL_CLASSES and _OWNED_BEFORE.search(other.text_before(24)))
                and not (predicate not in TOLL_CLASSES and _SPREAD_ACROSS_BEFORE.search(other.text_before(24))
                         and not _WIDER_OWNER_BEFORE.search(label.text_before(40)))
                and not (predicate == "" and label.dimension == "currency")  # ('a fee of €55m' ... 'The €65m fee')
                and not _deed_named_after(label, predicate)):  # ('22 fire trucks ... had been rotated' ... 'the 26
                # trucks on the fire rotation')
            continue  # 'the plant's 340 workers' names its staff, not the six workers killed
        if state_now and not is_state_now(other):
            continue  # 'the 38 stores still open' does not name the chain's 96 stores
        if _MORE_OF_ANOTHER_AFTER.match(_after_noun(other)):
            continue  # 'names two officials of the council and one of the fire department' ... 'The three
            # officials named': a part, told with the rest of the set
        if _CLAUSE_AFTER.match(_after_noun(other)) and _POSSESSOR_BEFORE.search(label.text_before(30)):
            continue  # 'All 48 pupils who were on the trip' ... 'The school's 1,240 pupils': a set its clause
            # defines is not the holder's whole
        candidates.append((other, predicate))
    if agreeing or not candidates or any(_overlap(other, label) for other, _ in candidates):
        return None
    deeds = {predicate for _, predicate in candidates}
    if len(deeds) > 1:
        candidates = [(o, p) for o, p in candidates if p == own_predicate]
        if len({p for _, p in candidates}) != 1:
            return None  # the noun counts several things here, and the label does not say which
    span = _SPAN_AFTER.match(after_noun)
    if span and span.group().lower().endswith("every") and _ALL_BEFORE.search(label.text_before(16)):
        span = None  # 'Rangers check all nine traps at first light every day': how often the whole set is
        # checked, not a count per day
    if (_CLAUSE_AFTER.match(after_noun) or span) and subject_class(label) != "compensation":
        return None  # a clause of its own says what it counts, or a span of time narrows it (a payment's
        # clause says whom it is for, which ``compensated`` has read)
    if _TOTAL_OF_PARTS.search(label.sentence) and not any(same_digits(label, other) for other, _ in candidates):
        return None  # 'In all, 36,000 of the 41,000 registered runners finished across the three races': the
        # whole, not the 9,500 registered for one of them
    return candidates[0][0]


#: Deeds that take things, which a label names plainly as taken ('the 34 items taken').
_TAKINGS = {"steal", "loot", "snatch", "seize", "grab", "rob", "carry off"}
#: After a label's noun: things taken somewhere ('the 29 watches taken to the menders'), not stolen.
_TAKEN_SOMEWHERE = re.compile(r"^\s+(?:\w+\s+){0,2}?taken\s+(?:to|into|back|for)\b", re.I)  # (not "taken in the raid")


#: In a label's sentence: it sums parts the article may have given ('In all, ...', 'across the three
#: categories', 'altogether').
_TOTAL_OF_PARTS = re.compile(r"\b(?:in all|in total|altogether|all told|combined|across (?:the|all|its|their) "
                             r"(?:\w+ )?(?:categories|races|events|divisions|classes|sites|branches|regions|schools|"
                             r"hospitals|stores|shops|plants|games|matches|days|sessions))\b", re.I)


#: An age that names a person again: "the 19-year-old nursing student", "The 19-year-old".
_AGE_LABEL = re.compile(r"^\S+[-\s]years?[-\s]old$", re.I)
#: What copy says of a named person after the age, up to a preposition or the clause's end; its last
#: word is the head: "Aisha Coombes, 20, a nursing student from Wattle Creek" is a student.
_DESCRIPTION_AFTER = re.compile(r"^\s*[,)]\s*(?:an?|the|[A-Z][\w&.-]*['\u2019]s)\s+"  # ('a', 'the', 'MDEC's')
                                r"(?P<words>(?:(?!(?:from|at|in|of|for|with|on|near|who|whose|and)\b)[\w'\u2019-]+\s*){1,5})"
                                r"(?=[,;()]|\s+(?:from|at|in|of|for|with|on|near|who|whose|and)\b)")
#: Before a named person's age: what the copy calls the person, right before the name ('arrested boatman
#: Ramesh Nishad, 42', 'retired postman Tom Hale (71)').
_DESCRIPTION_BEFORE_NAME = re.compile(r"\b(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?:\s+|,\s+(?=(?:[A-Z][\w'\u2019-]+\s+){1,3}?"
                                      r"[A-Z][\w'\u2019-]+,))(?:[A-Z][\w'\u2019-]+\s+){1,3}?"
                                      r"[A-Z][\w'\u2019-]+\s*[,(]\s*$")  # (or set off: 'The driver, Craig Pellow, 47')
#: ... or, at the sentence's start, capitalised there ('Brakeman Jonah Whitecloud, 22', 'Farmer Ada Bell (61)').
_DESCRIPTION_OPENS_SENTENCE = re.compile(r"^\W*(?P<words>[A-Z][a-z-]+(?:\s+[a-z][\w-]*){0,2})\s+(?:[A-Z][\w'\u2019-]+\s+){1,3}?"
                                         r"[A-Z][\w'\u2019-]+\s*[,(]\s*$")
#: ... or a title before the name, which says what the person is ('Capt. Marie-Claude Bérubé, 52' ... 'The 47-year-old
#: captain'; read in the article's text, as the parser may end a sentence at 'Capt.').
_TITLES = {"capt": "captain", "captain": "captain", "sgt": "sergeant", "sergeant": "sergeant", "insp": "inspector",
           "inspector": "inspector", "det": "detective", "detective": "detective", "prof": "professor",
           "professor": "professor", "dr": "doctor", "cllr": "councillor", "councillor": "councillor",
           "lt": "lieutenant", "lieutenant": "lieutenant", "cpl": "corporal", "corporal": "corporal",
           "const": "constable", "constable": "constable", "judge": "judge", "rev": "reverend"}
_TITLE_BEFORE_NAME = re.compile(r"\b(" + "|".join(t.capitalize() for t in _TITLES) + r")\.?\s+(?:[A-Z][\w'\u2019-]+\s+){0,3}?"
                                r"[A-Z][\w'\u2019-]+\s*[,(]\s*$")
#: Right before an age: it is set off after the name ("Aisha Coombes, 20", "Mr Pryce (52)"), the
#: person's age now, not one they had then ("began playing at the age of six").
_APPOSED_BEFORE = re.compile(r"(?:[^\W\d_]|['\u2019])\s*[,(]\s*$")  # (any letter: 'Bérubé, 52')


def is_age_label(claim: Claim) -> bool:
    """Is the figure an unnamed person's age written as a label ('the 19-year-old nursing student')?"""
    return (claim.kind == "age" and bool(_AGE_LABEL.match(claim.text)) and not is_named_age(claim)
            and bool(re.search(r"\bthe\s+$", claim.text_before(8), re.I)))


def is_age_introduced(claim: Claim) -> bool:
    """Is the figure the age an unnamed person is brought in by ('a 19-year-old man was arrested'),
    whom an age label may name again?"""
    return (claim.kind == "age" and not is_named_age(claim) and claim.subject in PEOPLE_NOUNS
            and bool(re.search(r"\ban?\s+$", claim.text_before(6), re.I)))


#: Two or more capitalised words in a row: a full name ('Peter Varga', 'Fellhurst Gliding Club').
_FULL_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")


def _one_paragraph(earlier: Claim, label: Claim, text: str) -> bool:
    """Are the two figures in one paragraph of the article's text?"""
    return bool(text) and "\n" not in text[earlier.end:label.start]


def _could_be(age: Claim, label: Claim) -> bool:
    """Could an unnamed person's age be the one a label gives, told wrongly? Not one less than half
    or more than twice it ('her two children, aged seven and 10' ... 'The 34-year-old grew up')."""
    if not age.base_value or not label.base_value:
        return True
    low, high = sorted((age.base_value, label.base_value))
    return high <= 2 * low


#: Last words of a name that is a place or a body, not a person ('Marrowby High Street', 'the Civic
#: Party', 'Fenwold Cottage Hospital').
_NOT_A_PERSON_ENDING = {"street", "road", "lane", "avenue", "square", "park", "party", "hospital", "council", "court",
                        "club", "school", "college", "university", "church", "centre", "center", "station", "airport",
                        "estate", "house", "hall", "bridge", "river", "county", "city", "service", "services",
                        "police", "department", "office", "ministry", "company", "group", "trust", "board", "unit",
                        "commission", "agency", "association", "union", "mp", "mps"}


#: A pronoun for one person as a clause's subject.
_SHE_OR_HE = re.compile(r"\b(?:she|he)\s+(?!or\b)[a-z]", re.I)


def _only_of_the_person(person: Claim, between: str) -> bool:
    """Does the text between a named person's age and an age label speak of that person, calling
    them by name ('Lena wanted to fly more than anything') or 'she' or 'he' ('"My eye felt full of
    sand," she said'), and name nobody else but kin who share the surname ('Her parents, Ilona and
    Peter Varga, said')?"""
    surname, given = person.subject.lower(), [m.lower() for m in person.subject_modifiers]
    words = {w.lower() for w in re.findall(r"[A-Z][\w'’-]+", between)}
    if not (surname in words or words & set(given) or _SHE_OR_HE.search(between)):
        return False  # (or by 'she' or 'he': '"By the third day my left eye felt like sand," she said.')
    return all(name.split()[-1].lower() == surname or name.split()[0].lower() in ("her", "his", "the", "a")
               or name.split()[-1].lower() in _NOT_A_PERSON_ENDING for name in _FULL_NAME.findall(between))


def age_antecedent(label: Claim, earlier_ages: list[Claim], text: str = "") -> Claim | None:
    """The named person's age an age label names again, or None.

    "Aisha Coombes, 20, a nursing student" ... "the 19-year-old nursing
    student": the label's noun is what the copy said the person is, right
    after the age (or right before the name: "boatman Ramesh Nishad, 42" ...
    "the 48-year-old boatman"); the one named person so described is meant. A label
    without a noun ("The 19-year-old said") names the one person of the
    article given an age, in the sentence just before (or before a paragraph
    that speaks of that person alone, by name), or the one unnamed person
    brought in by an age in the label's own paragraph ("a 19-year-old man
    was arrested ... The 23-year-old has not been named"). A label with a
    noun names the one unnamed person the article brought in by an age and
    that noun ("a 7-year-old boy in Queensland" ... "The four-year-old boy
    in Queensland"), when no named person is so described. Unnamed ages less
    than half or more than twice the label's are no candidates (a
    politician's children). No tie when an earlier age agrees with the
    label (it may be that person) or when two people fit."""
    earlier = [c for c in earlier_ages if c.sentence_start != label.sentence_start
               and (is_named_age(c) or _could_be(c, label))]
    if not earlier or any(_overlap(c, label) for c in earlier):
        return None
    named = [c for c in earlier if is_named_age(c) and _APPOSED_BEFORE.search(c.text_before(4))]
    in_paragraph = [c for c in earlier if _one_paragraph(c, label, text)]
    noun = _noun_of_age_label(label)
    if not noun and len(in_paragraph) == 1 and is_age_introduced(in_paragraph[0]):
        return in_paragraph[0]  # 'a 19-year-old man was arrested on Tuesday ... The 23-year-old has not been named.'
    if not noun and len({c.subject for c in named}) > 1 and (just_named := _named_just_before(label, named, text)):
        return just_named  # 'Ibarra started at Tallgrass at 23 ... Co-workers said the 43-year-old had been named': of
        # two people given ages, the one the sentence before (or the label's own) names
    if not noun and len(earlier) == len(named) == 1 and same_digits(label, named[0]):
        return named[0]  # 'McIlwraith, 34, shore 124 ewes' ... 'The 43-year-old, who had talked about the record':
        # the one person given an age, with its digits swapped, however far back and whoever is named between
    if noun:
        named = [c for c in named if ((d := _DESCRIPTION_AFTER.match(c.text_after(70)))
                                      and _described_as(d.group("words").lower().split(), label))
                 or ((d := _DESCRIPTION_BEFORE_NAME.search(c.text_before(70))
                      or _DESCRIPTION_OPENS_SENTENCE.match(c.text_before(len(c.sentence))))
                     and _described_as(d.group("words").lower().split(), label))
                 or ((t := _TITLE_BEFORE_NAME.search(text[max(0, c.start - 70):c.start] if text else c.text_before(70)))
                     and _described_as([_TITLES[t.group(1).lower()]], label))]
        introduced = [c for c in earlier if is_age_introduced(c) and c.subject == label.subject]
        if not named and len(introduced) == 1:
            return introduced[0]  # 'a 7-year-old boy in Queensland' ... 'The four-year-old boy in Queensland'
    elif len(earlier) != len(named) or any(label.sentence_start - c.sentence_start - len(c.sentence) > 3
                                           and not _only_of_the_person(c, text[c.sentence_start + len(c.sentence):
                                                                               label.sentence_start])
                                           for c in named):
        return None  # an unnamed person of some age, or one named in between without it, may be meant
        # (a paragraph between that speaks of the person alone, by name, does not part them)
    return named[0] if len({c.subject for c in named}) == 1 else None


def _named_just_before(label: Claim, named: list[Claim], text: str) -> Claim | None:
    """The one of several people given ages whom the sentence before the label, or the label's own sentence before
    it, names by surname (and no other of them), or None."""
    if not text:
        return None
    window = last_sentence(text[max(0, label.sentence_start - 300):label.sentence_start]) + " " + \
        label.sentence[:label.start - label.sentence_start]
    found = {c.subject: c for c in named if re.search(rf"\b{re.escape(c.subject)}\b", window, re.I)}
    return next(iter(found.values())) if len(found) == 1 else None


def _noun_of_age_label(label: Claim) -> str:
    """The noun an age label gives the person ('the 19-year-old nursing student' -> 'student'), '' for none
    ('Attorneys for the 55-year-old said': the noun the parser hung it on comes before it)."""
    if not label.subject_text or not re.match(r"^[\s-]*(?:[\w-]+\s+){0,3}?" + re.escape(label.subject_text) + r"\b",
                                              label.text_after(60)):
        return ""
    return label.subject


def _described_as(words: list[str], label: Claim) -> bool:
    """Do the words the copy set after a person's age ('nursing student') describe what the
    label names ('the 19-year-old nursing student'): the same head, and the label's modifiers?"""
    head = words[-1]
    return head in (label.subject, label.subject + "s") and all(m in words for m in label.subject_modifiers)
