"""Which claims can be tracked, and under which key.

A claim is blocked under ``fact_key``: its subject (with the words that
narrow it), the class of its predicate ("killed" and "died" are one class)
and its dimension. Figures that state no fact of their own get no key:
increments ("a further 17"), contrasts ("0.3%, compared with 0.9%", see
``contrasted``), timings ("after 48 minutes"), ages that define a group ("aged 90 or
over"), negated, hedged and vague figures.
"""

from __future__ import annotations

import re

from factcheck.model import Claim
from factcheck.track.evidence import singular
from factcheck.track.events import (COUNTED_WORDS, EVENT_NOUNS, WITH_BEFORE, event_class, event_noun_reading,
                                     is_lives_lost, noun_right_after)
from factcheck.track.people import (ANY_PERSON, NOT_NAME_WORDS, PEOPLE_NOUNS, PEOPLE_WORDS, TOLL_PEOPLE,
                                   WORKING_PEOPLE)
from factcheck.track.readings import (ALL_BEFORE, HOLDING_VERBS, is_capacity, is_custody, is_named_age, is_told_capacity,
                                      term_of, whole_reading)

#: Predicates that state the same fact in other words, mapped to one class.
PREDICATE_CLASSES = {
    "die": "kill", "perish": "kill",
    "injure": "wound", "hurt": "wound",
    "detain": "arrest",
    "hospitalize": "hospitalise",  # ('the 17 hospitalized athletes' = 'Fourteen athletes were taken to hospital')
    "fly out": "fly",  # 'has flown out 140 of its workers' = 'has flown 203 workers'
    "intercept": "shoot down", "down": "shoot down",
    "fire": "launch",
    "axe": "cut", "shed": "cut", "slash": "cut", "scrap": "cut",
    "plunge": "fall", "plummet": "fall", "tumble": "fall", "drop": "fall", "slump": "fall",  # ('fell about 11
    # floors' = 'plunged seven floors'; 'sales dropped 4%' = 'sales fell 2%')
    "put off": "postpone", "delay": "postpone", "defer": "postpone", "reschedule": "postpone",
    "walk out": "strike",  # '1,140 workers walked out' = 'about 1,410 workers are on strike'
    "fill": "load",  # ('18 road tankers were filled from Tank 6' = 'the 13 tankers loaded from Tank 6')
    "sicken": "infect", "strike down": "infect",  # ('sickened 310 people' = 'has so far infected 298 people')
    "move": "transfer", "relocate": "transfer",  # ('had now moved 54 inmates' = '41 prisoners have been transferred')
}
#: A tally named by what was done to what it counts, and the verbs that give its level: 'The total quantity seized
#: has reached 4,800 tonnes', 'the quantity seized stands at 6,050 tonnes' (a running total, as a toll is).
_TALLIED = {"seized": "seize", "confiscated": "seize", "recovered": "seize", "arrested": "arrest", "killed": "kill",
            "evacuated": "evacuate", "rescued": "rescue", "culled": "cull", "infected": "infect", "sickened": "infect",
            "injured": "wound", "hospitalised": "hospitalise", "hospitalized": "hospitalise", "displaced": "displace"}
#: ('The number of people infected in a U.S. outbreak linked to the drops has risen to 68')
_TALLIED_BEFORE = re.compile(r"\b(?:quantity|amount|number|total|tally|count)\s+(?:of\s+(?:[a-z-]+\s+){1,2}?)?"
                             r"(" + "|".join(_TALLIED) + r")\s+(?:(?:in|from|at|across|after|linked|tied)\b[^;,\d]{0,70}?\s+)?"
                             r"(?:so far\s+)?(?:has\s+|had\s+|now\s+)*(?:reached|stands|stood|rose|risen|climbed|is|was)?\s*"
                             r"(?:at|to)?\s*$", re.I)
_LEVEL_OF_A_TALLY = {"reach", "stand", "rise", "climb", "be", "total"}
#: Agents of 'affect' that make it an infection: 'The outbreak, which has now affected 29 people'.
OUTBREAKS = {"outbreak", "epidemic", "virus", "infection", "disease", "bug", "bacteria", "pandemic", "cluster"}
#: Nouns that name one thing in other words, mapped to one subject: a report calls the ferry
#: "the 68-metre ship" and then "the vessel"; the ground is the stadium.
SUBJECT_CLASSES = {
    "ship": "vessel", "ferry": "vessel",
    "workforce": "staff", "headcount": "staff",
    "redundancy": "job", "layoff": "job",  # ('the 2,800 redundancies' = 'with the loss of 2,300 jobs')
    "ground": "stadium",
    "attendance": "crowd",  # ('drew an attendance of 71,000' = 'played before a crowd of 58,400')
    "skyscraper": "tower", "block": "tower", "high-rise": "tower",
    "shop": "store",
    "employee": "staff",
    "person": "people",
    "plane": "aircraft", "airliner": "aircraft", "jet": "aircraft",
    "lorry": "truck", "elevator": "lift",
    "bore": "tunnel",
    "seawall": "wall", "barrier": "wall",  # ('The 2.8-mile barrier' = 'The new wall will run 2.1 miles')
    "carriageway": "road", "bypass": "road", "motorway": "road", "highway": "road",
    "boat": "vessel", "yacht": "vessel",
    "waterway": "canal",  # ('the 42km waterway' = 'the whole 61-kilometre canal'; a river stays a river)
    # those in a race: '14 competitors admitted to hospital' / '12 athletes taken to hospital'
    "competitor": "athlete", "runner": "athlete", "entrant": "athlete", "racer": "athlete", "triathlete": "athlete",
    "marathoner": "athlete",
    "home": "household",
    "pigeon": "bird",  # ('At least 340 dead pigeons had been found' / '290 dead birds have been found')
    "survivor": "people",
    "bill": "cost",
    "bitcoin": "cryptocurrency", "crypto": "cryptocurrency",  # ('demanded $20 million in bitcoin')
    "reflector": "telescope", "refractor": "telescope",  # ('his 35cm telescope' = 'his 20-centimeter reflector')
    "woodland": "forest",  # ('the 2,300-hectare forest' = 'the 3,200-hectare (7,900-acre) woodland')
    "inmate": "prisoner",  # ('had moved 54 inmates out of the prison' = '41 prisoners have been transferred')
}
#: Right after a figure, "of": a measure of some stuff ("84,000 tonnes of crude", whose verb tells one
#: amount from another: carried, spilled, recovered), or the whole a share is of ("63.4 percent of the
#: registered voters").
_OF_AFTER = re.compile(r"^\s*of\b", re.I)
#: Right after a figure: its conversion in brackets ('2,400 hectares (5,900 acres) of the bog').
_CONVERSION_AFTER = re.compile(r"^\s*\([^()]{1,30}\)")
#: A figure hyphened to the word after it: "22-storey", "68-metre", "300-bed". A measure so joined
#: to its noun describes the noun, whatever the clause does with it: "the 68-metre ship can be
#: raised" gives the ship's length, not a raise.
HYPHENED = re.compile(r"\d-[a-z]+$")
#: Right before a figure: a determiner that names a known thing ("the 24-storey tower").
DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+$", re.I)
#: Subjects whose loss is a cut whatever the verb: "2,100 jobs will go", "the firm will lose 300 posts",
#: "will close the site, with the loss of 400 jobs".
JOB_SUBJECTS = {"job", "post", "role", "position", "redundancy"}
_JOB_LOSS_VERBS = {"go", "lose", "disappear", "vanish", "close", "lay off", "shut"}
#: Nouns that name a job's loss: their count is of jobs cut.
JOB_CUT_NOUNS = {"redundancy", "layoff"}
_JOB_MAKING_VERBS = {"bring", "generate"}  # (not 'add': 'US firms added 146,000 jobs in January' is a month's tally)
#: After a count of people: they were aboard ("221 passengers and 19 crew on board").
ON_BOARD_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:on board|aboard)\b", re.I)
#: Right after a count of people, its noun then "on board": a label of everyone aboard ('the 274 people on board').
_ON_BOARD_RIGHT_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+)?[a-z-]+\s+(?:on board|aboard)\b", re.I)
#: People a vessel or aircraft carries, and the verbs that say so ('was carrying 167 passengers',
#: 'had 176 passengers', 'bound for Denton Springs with 176 passengers').
_ABOARD_SUBJECTS = {"passenger", "crew"}
_ABOARD_VERBS = {"carry", "have", "bind", "be", "fly", "travel", "board", "transport", "hold", "seat", "take"}
#: Right before a count: it is the whole a part is taken from ('sixteen of the 22 crew').
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:its|her|their|the)\s+(?:total\s+|entire\s+)?$", re.I)

#: Right before a figure: a part counted out of it ('convicted on 12 of 14 counts', 'won 27 of the 32
#: seats'): the figure is the whole, which the part's verb does not befall ('one of the eight people
#: bitten' names the set).
_WHOLE_OF_PART_BEFORE = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                   r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                                   r"fifty|all but \w+)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$", re.I)
#: Right before a figure's 'N of': a month, whose day the N is ('convicted on Feb. 5 of 12 counts').
_MONTH_BEFORE = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                           r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*$")


def _whole_of_a_part(claim: Claim) -> bool:
    """Is the figure the whole a part is counted out of ('convicted on 12 of 14 counts'; not 'convicted
    on Feb. 5 of 12 counts')?"""
    before = claim.text_before(40)
    match = _WHOLE_OF_PART_BEFORE.search(before)
    return match is not None and not _MONTH_BEFORE.search(before[:match.start()])


#: Verbs that give the size of a staff ('employs 68,000 people', 'has 2,860 staff').
_STAFF_LEVEL_VERBS = {"employ", "work", "have", "be", "number", "total"}
#: After a count of staff: they were at work at one time, a shift, not the staff's size ('About 70
#: employees were working the night shift').
_AT_WORK_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:was|were|is|are)\s+(?:still\s+)?(?:working|on duty|on shift|"
                            r"on site|at work|inside|in the building)\b", re.I)
#: Verbs by which a named thing has a count of its own parts ('the ship has 82 ward beds').
_POSSESSING = {"have", "contain", "feature", "boast", "comprise"}
#: Right before a figure after another: the whole the first is part of ('cut 4,800 of its 68,000 employees').
_WHOLE_BEFORE = re.compile(r"\d[^.;]*\bof\s+(?:its|their|the\s+[\w-]+['’]s|the)\s+(?:total\s+|entire\s+)?$", re.I)
#: Right after a count: the whole it is a part of ('about 400 of the yard's current staff', 'two of the mill's
#: sails', 'six of them'), whose size it is not, and which a later label names ('The four sails').
PART_OF_A_SET_AFTER = re.compile(r"^\s*of\s+(?:the|its|their|our|his|her|them|these|those|"
                                 r"[A-Z][\w'\u2019-]*['\u2019]s?)\b")
#: Right before a count: what a place houses ('a farm that was home to 850,000 hens').
HOME_TO_BEFORE = re.compile(r"\bhome\s+to\s+$", re.I)
#: Verbs by which a place houses what it holds: one class ('housed 1.4 million hens', 'kept').
_HOUSING_VERBS = {"house", "accommodate", "shelter"}  # not "held": people held are detained
#: Right before a count: a whole made of such things ('a block of 48 flats', 'a fleet of 30 buses', 'a
#: trial of 12,600 volunteers').
_CONTAINER_OF_BEFORE = re.compile(r"\b(?:block|estate|fleet|complex|chain|network|herd|flock|colony|archipelago|"
                                  r"nation|group|cluster|row|terrace|"
                                  # the people a study takes in: 'a trial of 12,600 volunteers', 'a survey of 2,000 adults'
                                  r"trial|study|survey|poll|sample|cohort)\s+of\s+$", re.I)
#: After a count of people who 'lose': their jobs ('workers will lose their jobs').
_THEIR_JOBS_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:their|his|her)\s+(?:jobs?|posts?|livelihoods?)\b", re.I)
#: Verbs by which a petition has its signatures ('gathered 8,400 signatures', 'has drawn 12,000').
_SIGNATURE_VERBS = {"", "have", "gather", "collect", "attract", "draw", "receive", "get", "gain", "reach", "top",
                    "pass", "sign", "be"}
#: Verbs by which a thing spans a distance: 'the gondola runs for 4.2km'.
SPANNING_VERBS = {"run", "stretch", "extend", "span", "cover", "measure", "reach"}
#: Right after a length: it is a height above the sea ('2,312 metres above sea level', '(7,585ft) above sea level').
_ABOVE_SEA_LEVEL = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:above|over)\s+(?:mean\s+)?sea[\s-]level\b|^\s*a\.?s\.?l\b", re.I)
#: Right before an age: one that is still to come ('who turns 14 in December', 'will turn 60 next year').
_AGE_TO_COME_BEFORE = re.compile(r"\b(?:turns|will\s+turn|is\s+(?:due|set|about)\s+to\s+turn|is\s+turning)\s+$", re.I)
#: Right after a length: it is how high or low a thing is, not its size ('22 metres off the ground', '(60ft)
#: above the street', '40 feet below the surface').
_OFF_THE_GROUND = re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:off|above|below|beneath|under)\s+(?:the\s+)?"
                             r"(?:ground|floor|street|pavement|road|surface|water|waterline|seabed|sea\s*bed)\b", re.I)
#: Right before a length: a verb by which a thing spans it ('runs nine miles', 'stretches for some 40km').
_SPANS_BEFORE = re.compile(r"\b(?:runs?|ran|stretch(?:es|ed)?|extends?|extended|spans?|spanned|measures?|measured)\s+"
                           r"(?:(?:for|some|about|nearly|almost|roughly|around|more than|over|just over|just under)\s+)*$",
                           re.I)
#: Right before a count of jobs: "with the loss of 1,450 jobs" is a cut whatever verb governs it.
_JOB_LOSS_BEFORE = re.compile(r"\bloss(?:es)?\s+of\s+$", re.I)
#: Running totals: counts that grow as news of one event comes in, reported
#: over days ("the toll rose to 19"). Kept equal to the running-total lists of
#: the consistency rules FC201 and FC203 (a test checks it).
RUNNING_TOTALS = frozenset({"kill", "wound", "arrest", "displace", "evacuate", "rescue", "hospitalise", "charge",
                            "infect", "flood", "damage", "destroy", "burn", "cancel", "postpone", "cull",
                            "slaughter", "treat", "seize", "bite", "sting"})
#: For money, the verbs that put a sum towards something are one class:
#: "includes £4.6m for repairs" and "has set aside £6.4m for repairs".
MONEY_ALLOCATION = {"allocate", "earmark", "set aside", "set", "spend", "include", "commit", "budget",
                    "put", "invest"}
#: Predicates that say nothing about which fact a figure belongs to
#: ("47 wounded, including six children": 'include' names no event).
LIGHT_PREDICATES = {"be", "have", "say", "tell", "report", "add", "reach", "stand", "include"}

_INCREMENT_BEFORE = re.compile(r"\b(?:a further|another|an additional|an extra|additional|extra|further|"
                               r"(?:the|its|their) (?:other|remaining))\s*$", re.I)
_INCREMENT_AFTER = re.compile(r"^\s*(?:more|others|extra|additional)\b", re.I)
#: After a count: the new ones since a time ('Only two new cases have been confirmed since Thursday'),
#: added to the total then, not the total.
_NEW_SINCE_AFTER = re.compile(r"^\s*new\s+[a-z][\w-]*\b[^.;:]{0,40}?\b(?:since|in\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
                              r"(?:days?|weeks?|hours?|fortnight|month))\b", re.I)  # ('only three new cases confirmed
# in the past week')


def predicate_class(predicate: str, dimension: str = "", subject: str = "") -> str:
    """One name for predicates that state the same fact ('' for light verbs)."""
    if dimension == "currency" and predicate in MONEY_ALLOCATION:
        return "allocate"
    if subject in JOB_SUBJECTS and predicate in _JOB_LOSS_VERBS:
        return "cut"  # "2,100 jobs will go" and "will cut 2,100 jobs"
    if subject in JOB_SUBJECTS and predicate in _JOB_MAKING_VERBS:
        return "create"  # "the order brings 1,100 jobs" and "will create 2,000 jobs"
    if subject in ("home", "household") and predicate in _SUPPLYING_VERBS:
        return "supply"  # ('will supply power to about 40,000 homes' / '- Homes powered: 60,000')
    if subject in _GATHERED_THINGS and predicate in _GATHERING_VERBS:
        return "receive"  # 'had logged 5,100 complaints' and 'had now received 4,600 complaints': one tally
    if predicate in LIGHT_PREDICATES:
        return ""
    return PREDICATE_CLASSES.get(predicate, predicate)


#: Things an office gathers as they come in, and the verbs that tell one tally of them (see ``predicate_class``).
_GATHERED_THINGS = {"complaint", "claim", "application", "objection", "submission", "inquiry", "enquiry", "call",
                    "report", "request", "appeal", "petition"}
_GATHERING_VERBS = {"receive", "log", "record", "register", "get", "field"}  # (not the claimant's "lodged")


#: Verbs that tell how many homes a plant or a line serves ('powers 40,000 homes', 'heats', 'supplies').
_SUPPLYING_VERBS = {"supply", "power", "heat", "light", "serve"}


#: Who and what is sent to an emergency, and the verbs that say so: one count of the response,
#: whether told as sent, deployed, attending or at the scene ('sent 31 fire engines to the
#: cathedral' / 'at its height 24 fire engines were at the scene').
RESPONDERS = {"firefighter", "fireman", "engine", "appliance", "ambulance", "paramedic", "lifeboat", "rescuer",
              "crew", "unit", "officer", "responder", "medic"}
_RESPONDING_VERBS = {"send", "deploy", "dispatch", "attend", "rush", "mobilise", "mobilize", "scramble", "fight",
                     "tackle", "battle", "call", "call out", "respond"}
_AT_THE_SCENE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,6}?(?:were|was|are|is|remained|stayed)?\s*"
                                 r"(?:at|on|in attendance at)\s+(?:the\s+)?(?:scene|site|blaze|fire)\b", re.I)

#: Restrictions whose length is their term however told, and the verbs that tell it ('the ban will
#: remain in place for at least 28 days', 'the curfew will last for 14 days').
_RESTRICTIONS = {"ban", "closure", "curfew", "moratorium", "suspension", "embargo", "lockdown", "restriction", "order",
                 "cordon", "exclusion"}
_LASTING_VERBS = {"remain", "last", "run", "stay", "continue", "be", "apply", "extend"}
_FOR_BEFORE = re.compile(r"\bfor\s+(?:at\s+least\s+|up\s+to\s+|another\s+|a\s+further\s+)?$", re.I)


def _restriction_term(claim: Claim) -> bool:
    """Is the figure how long a restriction lasts ('the ban will remain in place for at least 28 days',
    'the highway was closed for 14 hours')?"""
    return (claim.dimension == "time" and (claim.subject in _RESTRICTIONS and claim.predicate in _LASTING_VERBS
                                           or bool(restriction_told_by_its_verb(claim)))
            and bool(_FOR_BEFORE.search(claim.text_before(20))))


#: Verbs that close a place, with the restriction's noun: how long the road 'was closed for' is the closure's
#: term. (Not a ban or a suspension: 'Tzekos was also banned for two years by the IAAF' and 'banned for four
#: years by the tribunal' are two bodies' penalties of one man, and their doer is no part of the term's key.)
_RESTRICTING_VERBS = {"close": "closure", "shut": "closure", "shut down": "closure", "close off": "closure",
                      "lock down": "lockdown", "cordon off": "cordon"}


def restriction_told_by_its_verb(claim: Claim) -> str:
    """The restriction a time measure after its verb and 'for' is the term of ('The highway was closed for
    14 hours': 'closure', as 'the 16-hour closure'), or ''."""
    if claim.dimension != "time" or claim.kind != "measure" or claim.subject in _RESTRICTIONS:
        return ""
    return _RESTRICTING_VERBS.get(claim.predicate, "") if _FOR_BEFORE.search(claim.text_before(20)) else ""


#: Verbs that only say what a measure reaches ('The recall covers 37 lots', 'the ban applies to 64
#: concessions'), and the nouns of measures that name their own deed: the figure is what was
#: recalled, banned, culled ('recalled all 37 lots', 'will cull 4,000 badgers'). ('The rescue involved
#: 40 firefighters' is not among them: those a measure involves may be the ones who do it.)
_SCOPE_VERBS = {"cover", "affect", "apply", "apply to", "extend", "extend to", "hit", "target"}
MEASURE_NOUNS = {"recall": "recall", "ban": "ban", "cull": "cull", "closure": "close", "shutdown": "shut",
                 "evacuation": "evacuate", "suspension": "suspend", "embargo": "embargo", "boycott": "boycott",
                 "lockout": "lock out", "layoff": "lay off", "furlough": "furlough", "quarantine": "quarantine",
                 "curfew": "confine", "vaccination": "vaccinate", "inoculation": "vaccinate", "rescue": "rescue",
                 "buyout": "buy", "takeover": "take over", "demolition": "demolish", "eviction": "evict"}


#: After a count of people: they caught or contracted an illness ('39 residents and staff have caught scabies').
_CAUGHT_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:caught|contracted|catching|contracting)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
                           r"(?:scabies|measles|mumps|flu|influenza|covid(?:-19)?|virus|infection|disease|illness|bug|"
                           r"norovirus|salmonella|listeria|legionnaires|cholera|typhoid|dengue|malaria|tb|tuberculosis|"
                           r"hepatitis|whooping cough|chickenpox|pneumonia|rabies|lice|head lice)\b", re.I)
#: After a count of people: they had a reaction to what they ate or took ('27 people had now been confirmed as having
#: reacted after eating the crumble', '24 people had now had reactions').
_REACTED_AFTER = re.compile(r"^[^.;,]{0,50}?\b(?:reacted|having\s+reacted|had\s+(?:an?\s+)?(?:allergic\s+|adverse\s+)?"
                            r"reactions?|suffered\s+(?:an?\s+)?(?:allergic\s+|adverse\s+)?reactions?)\b", re.I)
#: In a sentence: an outbreak, which makes those it 'affected' its cases.
_OUTBREAK_WORDS = re.compile(r"\b(?:outbreak|epidemic|infection|virus|pandemic|contagion)s?\b", re.I)
#: Verbs that, with 'ill' or 'sick' after them, tell that those counted were taken ill ('fell ill', 'were reported ill').
_FALLING_ILL_VERBS = {"fall", "report", "take", "become", "get", "be"}
_ILL_AFTER = re.compile(r"^[^.;,]{0,40}?\b(?:fallen|fell|falls|fall|been\s+reported|reported|taken|become|became|got|were|are|"
                        r"was|is|have\s+been|had\s+been)\s+(?:now\s+)?(?:seriously\s+|severely\s+)?(?:ill|sick|unwell)\b",
                        re.I)


def _taken_ill(claim: Claim) -> bool:
    """Is the count of those taken ill: people who caught an illness or whom an outbreak affected, or anyone who fell
    or was reported ill?"""
    if claim.dimension != "count":
        return False
    if claim.subject in PEOPLE_WORDS and (
            _CAUGHT_AFTER.match(claim.text_after(60))
            or (claim.predicate == "affect" and _OUTBREAK_WORDS.search(claim.sentence))
            or _REACTED_AFTER.match(claim.text_after(60))):
        return True
    return claim.predicate in _FALLING_ILL_VERBS and bool(_ILL_AFTER.match(claim.text_after(60)))


def _deed_of_a_measure(claim: Claim) -> str:
    """The verb of the measure that a scope verb's doer names ('The recall covers 37 lots':
    'recall'), or ''."""
    if claim.dimension == "count" and claim.predicate in _SCOPE_VERBS and claim.agent in MEASURE_NOUNS:
        return MEASURE_NOUNS[claim.agent]
    if claim.dimension == "count" and claim.predicate in ("put", "place") \
            and (under := _UNDER_A_MEASURE_AFTER.match(claim.text_after(50))):
        return _UNDER_MEASURES[under.group(1).lower()]
    return ""


#: After a count that was put or placed somewhere: the measure it was put under, which is the deed ('put 17 herds
#: under restriction' = 'the 19 restricted herds'; 'placed 40 farms under quarantine').
_UNDER_MEASURES = {"restriction": "restrict", "restrictions": "restrict", "quarantine": "quarantine",
                   "lockdown": "lock down", "arrest": "arrest", "investigation": "investigate", "curfew": "confine",
                   "surveillance": "monitor", "observation": "monitor", "evacuation order": "evacuate",
                   "evacuation orders": "evacuate"}
_UNDER_A_MEASURE_AFTER = re.compile(r"^\s*(?:[\w'-]+\s+){0,4}?under\s+(?:an?\s+|the\s+)?(?:movement\s+|strict\s+|formal\s+)?("
                                    + "|".join(sorted(_UNDER_MEASURES, key=len, reverse=True)) + r")\b", re.I)


def is_increment(claim: Claim) -> bool:
    """'a further 17 flights', 'dozens more', 'the other two men who died': a figure added to
    another or left over from it, not a total."""
    return bool(_INCREMENT_BEFORE.search(claim.text_before(20)) or _INCREMENT_AFTER.match(claim.text_after())
                or _NEW_SINCE_AFTER.match(claim.text_after(70)))


#: Nouns a hyphened span of time does not give the term of: 'a 20-year high', 'a five-year sentence'
#: (each convict's own), 'a 10-year-old'.
_NOT_TERMS = {"high", "low", "record", "best", "worst", "peak", "sentence", "term", "jail", "prison", "old"}

#: Dimensions whose subject names the quantity itself: "the 348-metre bridge",
#: "turnout was 64%", "a budget of £212m" are facts even with no verb of their
#: own; a bare count ("12 people") needs its predicate.
LEVEL_DIMENSIONS = {"length", "area", "volume", "mass", "speed", "temperature", "energy", "power",
                    "percent", "currency"}


#: Words that set figures against each other: "0.3%, compared with 0.9%", "while".
_CONTRAST = re.compile(r"\b(?:compared (?:with|to)|while|whereas|versus|vs\.?)\b", re.I)
#: "after 48 minutes", "within an hour": when something happened, not a fact's figure.
_TIMING_BEFORE = re.compile(r"\b(?:after|within|in|by|at|for)\s*$", re.I)


def is_timing(claim: Claim) -> bool:
    return claim.dimension == "time" and bool(_TIMING_BEFORE.search(claim.text_before(12)))


#: Around a count with no noun of its own: 'The six were detained', 'The five have been named'.
_BARE_THE_BEFORE = re.compile(r"(?:^|[.;:]\s+|\b)(?:the|all|those)\s+$", re.I)
_BARE_VERB_AFTER = re.compile(r"^\s+(?:were|was|are|is|have|had|has|will|remain|remained|include|included)\b", re.I)


def increments_told_again(claims: list[Claim]) -> set[str]:
    """Ids of counts with no noun that name again a count added the sentence before ('French police arrested
    six more people on Saturday, bringing the number held to 23. The six were detained in raids on two
    homes'): those added, not the tally."""
    ids: set[str] = set()
    added: dict[str, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: (c.article_id, c.start)):
        if claim.dimension != "count" or claim.value is None:
            continue
        if is_increment(claim):
            added.setdefault(claim.article_id, []).append(claim)
        elif (_BARE_THE_BEFORE.search(claim.text_before(12)) and _BARE_VERB_AFTER.match(claim.text_after(20))
              and any(earlier.value == claim.value and 0 <= claim.sentence_start - earlier.sentence_start
                      - len(earlier.sentence) <= 3 for earlier in added.get(claim.article_id, ()))):
            ids.add(claim.id)
    return ids


def contrasted(claims: list[Claim]) -> set[str]:
    """Ids of figures set against a figure of the same dimension across a contrast word
    ("sales rose 0.3%, compared with 0.9% a year earlier"): neither states a fact alone.
    Figures on one side only ("lifting the eight carriages with two cranes, while engineers
    inspected the 1.2 km tunnel") are not contrasted."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        if claim.is_claim and _CONTRAST.search(claim.sentence):
            by_sentence.setdefault((claim.article_id, claim.sentence_start), []).append(claim)
    ids: set[str] = set()
    for members in by_sentence.values():
        sentence, start = members[0].sentence, members[0].sentence_start
        for word in _CONTRAST.finditer(sentence):
            at = start + word.start()
            for a in members:
                for b in members:
                    if a.dimension == b.dimension and a.start < at <= b.start and not _two_deeds(a, b):
                        ids |= {a.id, b.id}
    return ids


def _two_deeds(a: Claim, b: Claim) -> bool:
    """Do two counts of people across a contrast word tell two deeds of two groups ('148 people had been airlifted ...,
    while dozens of fitter trekkers had walked out'), which no contrast sets against each other?"""
    return (a.dimension == "count" and a.subject in PEOPLE_WORDS and b.subject in PEOPLE_WORDS
            and bool(a.predicate and b.predicate)
            and SUBJECT_CLASSES.get(a.subject, a.subject) != SUBJECT_CLASSES.get(b.subject, b.subject)
            and predicate_class(a.predicate) != predicate_class(b.predicate))


#: "revenue rose to €2.4bn", "rose 12% to €2.4bn", "turnout reached 64%", "a
#: turnout of 46%": the figure is the level of its subject, whatever verb carries it.
_CHANGE_VERB = (r"(?:rose|risen|rising|fell|fallen|falling|grew|grown|increased|decreased|climbed|dropped|"
                r"jumped|slipped|reached|reaching|totalled|totaled|totalling|stood|stands|standing|hit)")
#: Verbs that take the level itself: "reached 64%", "totalled €2bn".
_LEVEL_VERB = r"(?:reached|reaching|reaches|totalled|totaled|totalling|totals|hit|hits)"
#: Verbs that give a level "at" a figure: "put the depth at 21 km", "valued the club at £40m".
_ESTIMATE_VERB = r"(?:put|puts|putting|estimated|estimates|valued|values|priced|pegged|measured|recorded|set)"
_LEVEL_BEFORE = re.compile(
    rf"\b(?:(?:{_CHANGE_VERB}|{_ESTIMATE_VERB})(?:\s+\S+){{0,6}}?\s+(?:to|at)|{_LEVEL_VERB}|of)\s*$", re.I)


def is_level(claim: Claim) -> bool:
    """The figure states the level of its subject ('rose to £2.4bn', 'a turnout of 46%')."""
    before = claim.text_before(30)
    if not _LEVEL_BEFORE.search(before):
        return False
    if before.rstrip().lower().endswith("of"):  # only '<subject> of N', not 'of stealing N'
        words = before.rstrip()[:-2].split()
        return bool(words) and words[-1].lower().startswith(claim.subject[:4])
    return True


#: "people aged 90 or over", "those aged between 16 and 64": an age that defines a group, not a fact.
_AGED = re.compile(r"\baged\s+(?:(?:over|under|between|from)\s+)?$", re.I)


def is_group_age(claim: Claim) -> bool:
    """An age range or bound after 'aged' names a group of people ('aged 90 or over'); an age 'at the
    age of' or 'as a' names a moment of the past ('joined the academy at the age of 12', 'learned to
    box as a 12-year-old'), not an age now
    (unless the moment was a death: 'died at the age of 82'); an age group ('coached the under-10s',
    'the over-65s') names people by their ages, no one's age."""
    if claim.kind == "age" and _AGE_GROUP.fullmatch(claim.text):
        return True
    if claim.kind == "age" and (_AT_THE_AGE_OF.search(claim.text_before(15))
                                or _AGED_IN_A_YEAR_BEFORE.search(claim.text_before(20))):
        return not _DIED_BEFORE.search(claim.text_before(60))  # ('joined the Pulse in 2022, aged 22')
    return bool(_AGED.search(claim.text_before(20))) and (claim.low != claim.high or bool(claim.qualifier))


#: An age group written as one word: 'under-10s', 'over-65s'.
_AGE_GROUP = re.compile(r"(?:over|under)-\d+s", re.I)
#: (or, after a verb's clause, 'as a': 'learned to box as a 12-year-old'; not 'As a 31-year-old, he knows')
_AT_THE_AGE_OF = re.compile(r"\bat the age of\s+$|\w\s+as\s+an?\s+$", re.I)
#: Right before an age: a year of the past and 'aged' ('joined the Pulse in 2022, aged 22'): the age then.
_AGED_IN_A_YEAR_BEFORE = re.compile(r"\bin\s+(?:1[89]|20)\d\d,?\s+aged\s+$", re.I)
_DIED_BEFORE = re.compile(r"\b(?:died|dies|dying|death|killed|passed away)\b[^.;]*$", re.I)


#: Predicates that make a figure a change of its subject, not its level ("sales rose 5%").
CHANGE_PREDICATES = {"rise", "fall", "grow", "increase", "decrease", "drop", "climb", "jump", "slip", "gain",
                     "lose", "cut", "reduce", "raise", "lower", "boost", "shrink", "decline", "soar", "surge",
                     "plunge", "slump", "add", "double", "treble", "triple", "halve", "widen", "narrow"}
#: A change named by itself: what changed is said elsewhere ("the 5.99% rise", "a rise of £105").
CHANGE_NOUNS = {"rise", "increase", "fall", "drop", "cut", "gain", "loss", "change", "growth", "decline", "jump",
                "hike", "reduction", "decrease", "surge", "slump", "dip", "climb"}
#: Counts that are the level of something, whatever verb carries them: "Halvik's population
#: reached 621,400", "a turnout of 1.2 million", "the crowd was 40,000".
LEVEL_SUBJECTS = {"population", "turnout", "attendance", "membership", "workforce", "crowd", "audience",
                  "enrolment", "enrollment", "headcount", "readership", "electorate", "capacity", "list"}
#: Subjects too general to name a quantity without their verb ("paid £5m" / "received £5m").
GENERIC_SUBJECTS = {"money", "sum", "amount", "figure", "number", "total", "one", "people", "distance", "time",
                    "period", "duration", "value", "level", "rate", "price"}


#: Verbs that put a figure forward rather than state it: what one side offers, what the
#: other demands, what is turned down. Each is its own fact ("offered a 4% pay rise",
#: "want a 9% pay rise"), whatever the subject.
STANCES = {"offer": "offer", "propose": "offer", "table": "offer", "want": "demand", "demand": "demand",
           "seek": "demand", "request": "demand", "ask": "demand", "reject": "reject", "refuse": "reject"}


#: Nouns of money told in the plural as one sum ('£50,000 in damages' = 'damages of £40,000').
_PLURAL_SUMS = {"damage", "cost", "proceed", "earning", "saving", "winning", "fund", "wage", "revenue", "taking",
                "profit", "sale", "loss", "asset", "reserve", "arrear", "due", "royalty", "benefit", "compensation"}


def names_its_quantity(claim: Claim, predicate: str) -> bool:
    """'agreed an £84m fee' and 'a fee of £48m': a measure whose subject names the quantity is
    one fact whatever verb carries it, unless the verb makes it a change ('rose 5%'), or the sum is
    of many of the things ('has collected Rs 11,500 in fines', not the size of one fine)."""
    if claim.subject in CHANGE_NOUNS:
        return True  # 'the 5.99% rise will add £2 a week': the figure is the rise's size
    if claim.dimension == "currency" and claim.subject not in _PLURAL_SUMS and claim.subject_text.lower() != claim.subject \
            and re.match(r"^\s*(?:\([^()]*\)\s*)?in\s+" + re.escape(claim.subject_text) + r"\b", claim.text_after(60)):
        return False
    return claim.subject not in GENERIC_SUBJECTS and predicate not in CHANGE_PREDICATES


_TO_HOSPITAL = re.compile(r"^\s*(?:[\w'’-]+\s+){0,6}?(?:to|into)\s+(?:a\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[Hh]ospitals?\b")
#: Verbs of being treated, and the treatment that makes a count of them the hospital toll ('people who
#: have needed hospital treatment', '12 received treatment in hospital').
_TREATED_VERBS = {"need", "require", "receive", "get", "seek", "undergo"}
#: The treatment itself: 'hospital treatment', 'hospital care', 'treatment in hospital'.
_IN_HOSPITAL = r"(?:hospital\s+(?:treatment|care)|treatment\s+in\s+(?:a\s+|the\s+)?hospital)\b"
_HOSPITAL_TREATMENT = re.compile(r"(?:^|\b(?:needed|need|needing|required|require|requiring|received|receiving|got|"
                                 r"sought|undergone|underwent)\s+)" + _IN_HOSPITAL, re.I)
#: After a count: its noun, then a verb of being treated in hospital ('Five people have needed hospital
#: treatment', 'four walkers required treatment in hospital').
_HOSPITAL_TREATMENT_AFTER = re.compile(
    r"^\s*(?:[a-z'\u2019-]+\s+){0,4}?(?:needed|needing|required|requiring|received|receiving|got|sought|undergone|"
    r"underwent)\s+" + _IN_HOSPITAL)
#: Before a tally: the number of people treated, brought to it ('The number of people treated in hospital has
#: risen to '), as 'the number of people killed' is of the killed.
_NUMBER_TREATED_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?:[a-z]+\s+){1,2}(?:(?:who\s+)?(?:were|have\s+been|had\s+been|being)\s+)?treated\s+"
    r"(?:(?:in|at|for)\s+(?:a\s+|the\s+)?[a-z]+\s+)?(?:has|had|have)\s+(?:now\s+)?(?:risen|grown|climbed|increased|"
    r"reached|gone\s+up)\s+to\s+(?:about\s+|around\s+|more than\s+|over\s+|nearly\s+|almost\s+)?$", re.I)
#: After a count of people flown: they were taken away from danger ('flown ashore', 'flown 186 of
#: its workers off the site', 'have been flown out by helicopter', 'flown to safety'), an evacuation.
_FLOWN_AWAY = re.compile(r"^\s*(?:[\w'’-]+\s+){0,9}?(?:ashore|off\s+(?:the|its|their|his|her)\b|out\s+of\b|"
                         r"to\s+safety|out\s+by\s+(?:helicopter|air)\b)")
#: ... or told after them with its verb: '140 of its 380 workers at the mine have now been flown out'.
_FLOWN_AWAY_LATER = re.compile(r"^[^.;:]{0,90}?\b(?:flown|airlifted)\s+(?:ashore|off|out)\b")
_FLYING_VERBS = {"fly", "fly out", "airlift", "helicopter"}


#: After a count of people: they are still in the state a toll put them in ('Two runners are still
#: being treated', 'three are still being held'), which holds on the day of the report only (in the
#: figure's own clause: not the whole of 'Of the 30 injured people, 12 remain in hospital').
_STILL_UNDER = re.compile(r"^[^.;,]{0,50}?\b(?:still|remain|remains)\s+(?:being\s+)?(?:treated|held|detained|"
                          r"in\s+(?:hospital|custody|intensive care))\b", re.I)


#: Right after a count of people: the worst hit of a toll, a part of it ('the two most seriously injured workers').
WORST_HIT_AFTER = re.compile(r"^\s+(?:most|worst|least)\s+(?:[a-z]+ly\s+)?(?:injured|hurt|wounded|affected|burnt|burned|ill)\b",
                             re.I)


def _named_by_toll(claim: Claim, modifiers: list[str]) -> str | None:
    """The toll a known group of people is named by, whatever its clause says of them: 'the 22
    arrested workers were released on bail', 'Of the 112 evacuated residents, 126 are staying at
    a shelter' -> 'arrest', 'evacuate'. Not a group told for the first time, which may be a part
    ('126 evacuated residents are staying at the shelter')."""
    if claim.dimension != "count" or claim.subject not in PEOPLE_WORDS \
            or not DEFINITE_BEFORE.search(claim.text_before(12)) or WORST_HIT_AFTER.match(claim.text_after(30)):
        return None  # (nor the worst hit of them: 'for the two most seriously injured workers')
    return next((predicate_class(m) for m in modifiers if predicate_class(m) in TOLL_CLASSES), None)


#: Nouns of a lasting measure of a thing, by the dimensions they measure in: 'the bridge length',
#: '- Campaign length:'. Depth and width are aspects of a length, kept as narrowing words
#: (``length_aspect``). Not costs: 'reconstruction costs' estimated are not a reconstruction drive's worth.
_MEASURE_NOUNS = {"length": {"length", "time"}, "height": {"length"}, "width": {"length"}, "depth": {"length"},
                  "weight": {"mass"}, "duration": {"time"}, "speed": {"speed"}}


#: Right before a distance: the verb by which a thing that fell or flew came down somewhere ('landed 180
#: metres from the turbine', 'coming to rest about 400 yards from').
_LANDED_BEFORE = re.compile(r"\b(?:land(?:ed|ing|s)?|touch(?:ed|ing)\s+down|c(?:ame|oming)\s+(?:down|to\s+(?:a\s+)?(?:rest|a\s+halt))|"
                            r"crash(?:ed|ing)|smash(?:ed|ing)|slam(?:med|ming)|splash(?:ed|ing)\s+down|ended\s+up)\s+"
                            r"(?:just\s+|only\s+|about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+|barely\s+)?$", re.I)


def landed_thing(claim: Claim) -> str:
    """The thing a distance tells where it came down ('the blade landed 180 metres from the turbine' ->
    'blade'), or ''; not a person's."""
    if (claim.subject == "distance" and claim.dimension == "length" and claim.agent
            and claim.agent not in PEOPLE_WORDS | GENERIC_SUBJECTS and lower_case_in(claim.agent, claim)
            and _LANDED_BEFORE.search(claim.text_before(40))):
        return claim.agent
    return ""


def spanned_by(claim: Claim) -> str:
    """The thing a length with no noun of its own is told of by a verb of spanning ('Redhollow Gorge
    runs nine miles' -> 'gorge'), or ''."""
    if (claim.subject == "distance" and claim.dimension == "length" and claim.agent
            and claim.agent not in PEOPLE_WORDS | GENERIC_SUBJECTS
            and _SPANS_BEFORE.search(claim.text_before(40))):
        return claim.agent
    return ""


def measured_thing(claim: Claim, modifiers: list[str]) -> tuple[str, list[str]] | None:
    """(thing, narrowing words) of a measure named by the noun of the thing it measures, as fact
    boxes and compounds name it: 'Bridge length: 4.2km' -> ('bridge', []), 'Campaign length: 179
    days' -> ('campaign', []), 'the sinkhole depth' -> ('sinkhole', ['depth']); else None. A
    stated measure is the thing's size or term, whatever verb carries it."""
    if claim.subject not in _MEASURE_NOUNS or claim.dimension not in _MEASURE_NOUNS[claim.subject]:
        return None
    if not modifiers:
        # a speed is of the thing that does the clause's deed: 'The tram hit the curve at a speed of 48 mph'
        if (claim.subject != "speed" or not claim.agent or claim.agent in PEOPLE_WORDS
                or not lower_case_in(claim.agent, claim)):
            return None
        modifiers = [claim.agent]
    thing, narrowing = modifiers[-1], modifiers[:-1]
    if thing in _MEASURE_NOUNS or thing in GENERIC_SUBJECTS:
        return None
    aspect = claim.subject if claim.subject in ("width", "depth") else ""
    return thing, [*narrowing, aspect] if aspect else narrowing


def lower_case_in(word: str, claim: Claim) -> bool:
    """Is the word written in lower case in the claim's sentence: a common noun, not a name ('Rovenia')?"""
    return bool(re.search(rf"\b{re.escape(word)}", claim.sentence))


#: After a count: those counted are, or went, on strike ('1,410 workers are on strike', 'went on strike').
_ON_STRIKE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:are|is|were|was|went|have gone|had gone|remain|remained|"
                              r"stayed)\s+(?:still\s+|now\s+)?(?:out\s+)?on\s+strike\b", re.I)
#: After a count of those a utility supplies: they were cut off at the time ('412,000 customers in
#: three counties were without power', 'homes and businesses served by Northfield were left without power').
_WITHOUT_POWER_AFTER = re.compile(r"^\s*(?:[\w&'-]+,?\s+){0,12}?(?:are|is|were|was|remain|remained|left|still)\s+"
                                  r"(?:still\s+|now\s+|left\s+)?without\s+(?:power|electricity|gas|water|heat|heating)\b",
                                  re.I)
#: Who a utility supplies, counted one way or another in outage figures.
_SUPPLIED = {"customer", "home", "household", "business", "property", "premise", "premises", "house", "meter",
             "connection", "subscriber", "account"}
#: After a count: those counted were in a place at the time ('About 250 people were inside', '17 people
#: were standing on the balcony'). Not a state a toll or a list puts people in ('in hospital', 'in
#: custody', 'on the waiting list'), nor a condition ('at risk', 'in favour').
_PRESENT_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:were|was|are|is)\s+(?:still\s+|now\s+|already\s+)?"
                            r"(?:(?:standing|sitting|gathered|crammed|packed|waiting|working)\s+)?(?:inside|in|on|at|aboard|underground|"
                            r"below\s+ground)\b"
                            r"(?!\s+(?:hospital|custody|care|intensive|risk|danger|work|talks|debt|favou?r|least|most|"
                            r"strike|course|track|home|school|prison|jail|a\s+list|the\s+(?:waiting\s+)?list|"
                            r"the\s+verge|the\s+brink|the\s+way|stake|charge|line|trial|place|total|all)\b)", re.I)


def _state_after(claim: Claim) -> str:
    """The state a count with no verb of its own puts what it counts in: 'strike' for people on
    strike, 'present' for people in a place at the time, 'outage' for customers or homes without
    power; else ''."""
    after = claim.text_after(60)
    if _ON_STRIKE_AFTER.match(after):
        return "strike"
    if claim.subject in _SUPPLIED and _WITHOUT_POWER_AFTER.match(claim.text_after(110)):
        return "outage"  # ('412,000 customers were without power' = 'about 190,000 homes and businesses ...')
    if _ON_DUTY_AFTER.match(after):
        return "present"  # ('14 guards were on duty that night' = 'only nine guards were on duty')
    if claim.subject in PEOPLE_WORDS and (_PRESENT_AFTER.match(after) or (
            _THERE_WERE_BEFORE.search(claim.text_before(20)) and _WHERE_AFTER.match(after))):
        return "present"  # ('About 250 people were inside', 'There were 64 workers underground')
    return ""


#: Verbs by which a place has its area ('Haldane Moss covers about 4,700 hectares of bog'): its size.
_AREA_HOLDING_VERBS = {"cover", "span", "stretch", "occupy", "have", "include", "be", "measure", "extend", "encompass",
                       "sprawl", "comprise", "take up"}
#: After a count: those counted were on duty at the time, whoever they are ('14 guards were on duty').
_ON_DUTY_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:were|was|are|is|had\s+been)\s+(?:still\s+|now\s+)?on\s+duty\b",
                            re.I)
#: Right before a count: a sentence that tells what there was ('There were 64 workers underground').
_THERE_WERE_BEFORE = re.compile(r"\bthere\s+(?:were|was|are|is|had\s+been|have\s+been)\s+$", re.I)
#: After the noun of a count of what there was: where they were ('workers underground', 'people on board').
_WHERE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){1,2}?(?:inside|underground|aboard|on\s+board|below\s+ground|"
                          r"in\s+the|on\s+the|at\s+the)\b", re.I)


def _flown_away(claim: Claim) -> bool:
    """Were the people the figure counts flown away from danger (not the whole of '186 of its 380')?"""
    return (claim.subject in PEOPLE_WORDS and not _OF_THE_BEFORE.search(claim.text_before(20))
            and bool(_FLOWN_AWAY.match(claim.text_after(70)) or _FLOWN_AWAY_LATER.match(claim.text_after(100))))


def is_limited_speed(claim: Claim) -> bool:
    """Is the figure a speed limit told by its verb ('drivers will be limited to 50mph')?"""
    return claim.predicate in ("limit", "cap", "restrict") and claim.dimension == "speed"


def fact_key(claim: Claim, modifiers: list[str] | None = None) -> tuple[str, str, str, str] | None:
    """The blocking key of a claim, or None when it cannot be tracked.

    Subject (with the words that narrow it: 'pothole repairs' is not
    'road repairs'; ``modifiers`` overrides the claim's own, see
    ``facts.article_modifiers``), predicate class and dimension.
    """
    modifiers = claim.subject_modifiers if modifiers is None else modifiers
    if not trackable(claim, modifiers):
        return None
    if claim.dimension == "percent" and claim.agent in LEVEL_SUBJECTS and claim.predicate in ("be", "stand", "reach") \
            and _OF_AFTER.match(claim.text_after(12)):
        return (claim.agent, "", "", unit_key(claim))  # 'Turnout was 63.4 percent of the 1,284,000 registered
        # voters' = 'on a turnout of 58.9%': the level's share, not the voters'
    subject = subject_class(claim)
    if claim.kind == "age" and _AGE_TO_COME_BEFORE.search(claim.text_before(30)):
        return (subject, "", "turn", unit_key(claim))  # 'Brooks, who turns 14 in December': an age to come,
        # not the one he is ('Brooks, 13,')
    if claim.subject == "distance" and _AWAY_AFTER.match(claim.text_after(12)) and (
            holder := _HOLDER_SET_OFF_BEFORE.search(claim.text_before(40))):
        return (holder.group(1).lower(), "", "away", unit_key(claim))  # 'taken to the colliery hospital, 12 km away':
        # how far the hospital is, not the distance another sentence measures from another place
    if restriction := restriction_told_by_its_verb(claim):
        return (restriction, "", "", unit_key(claim))  # 'The highway was closed for 14 hours' = 'the 16-hour closure'
    if claim.dimension == "length" and _OFF_THE_GROUND.match(claim.text_after(40)):
        return (subject, "", "above the ground", unit_key(claim))  # 'nests ... between six and 22 metres off the
        # ground': where the thing is, not its size ('can reach 60 cm in height')
    if claim.predicate in _LEVEL_OF_A_TALLY and (tallied := _TALLIED_BEFORE.search(claim.text_before(120))):
        # 'The total quantity seized has reached 4,800 tonnes' = 'The quantity seized stands at 6,050 tonnes'
        return (subject, " ".join(modifiers), _TALLIED[tallied.group(1).lower()], unit_key(claim))
    reading = whole_reading(claim, modifiers, subject)
    if reading is not None:  # an age, a capacity, a population, a size, a list's length, a ballot's result
        return (*reading, unit_key(claim))
    spanning = spanned_by(claim) if not modifiers else ""
    if spanning:  # 'Redhollow Gorge runs nine miles from the mesa' = 'The 14-mile gorge': the length of what runs
        return (SUBJECT_CLASSES.get(spanning, spanning), "", "", unit_key(claim))
    measured = measured_thing(claim, modifiers)
    if measured is not None and (claim.predicate not in CHANGE_PREDICATES or is_level(claim)):
        thing, narrowing = measured  # '- Bridge length: 4.2km' = 'the 2.4km bridge'; '- Campaign length: 179 days'
        return (SUBJECT_CLASSES.get(thing, thing), " ".join(narrowing), "", unit_key(claim))
    if claim.subject == "list":
        modifiers = modifiers[-1:]  # 'the Farrowby housing waiting list': the word before 'list' names it
    predicate = predicate_class(_deed_of_a_measure(claim) or claim.predicate, claim.dimension, claim.subject)
    if claim.predicate == "affect" and claim.agent in OUTBREAKS:
        predicate = "infect"  # 'The outbreak, which has now affected 29 people' = 'cases have risen to 31'
    if _taken_ill(claim):
        predicate = "infect"  # '39 residents and staff have caught scabies' = 'with 41 residents and staff now affected' by
        # an outbreak = 'Forty-seven people ... have now fallen ill'; '31 dogs have been reported ill' = 'sickened 39'
    if claim.subject in JOB_SUBJECTS and _JOB_LOSS_BEFORE.search(claim.text_before(30)):
        predicate = "cut"  # 'will close the plant, with the loss of 1,450 jobs'
    # everyone aboard taken to safety is a toll of its own: 'All 168 passengers were evacuated' / '152
    # passengers were evacuated' ('all 22 crew were taken off' is everyone aboard)
    flown_away = claim.predicate in _FLYING_VERBS and _flown_away(claim)
    toll = predicate in TOLL_CLASSES or flown_away
    aboard_label = not toll and bool(_ON_BOARD_RIGHT_AFTER.match(claim.text_after(30))) and bool(
        DEFINITE_BEFORE.search(claim.text_before(12)) or ALL_BEFORE.search(claim.text_before(20)))
    if aboard_label or (not toll and ON_BOARD_AFTER.match(claim.text_after(50))) or (subject in _ABOARD_SUBJECTS and (
            claim.predicate in _ABOARD_VERBS or (not toll and ALL_BEFORE.search(claim.text_before(20)))
            or _OF_THE_BEFORE.search(claim.text_before(20)))):
        predicate = "carry"  # 'sank with 221 passengers and 19 crew on board' = 'carrying 212 passengers'
        # ('all 22 crew were taken off', 'sixteen of the 22 crew': the whole crew aboard; 'forced the
        # evacuation of the 274 people on board': everyone aboard, named by where they were)
    if claim.predicate in ("take", "admit", "rush", "airlift", "fly", "send", "ferry", "bring", "carry") and (
            _TO_HOSPITAL.match(claim.text_after(90))
            or claim.in_fact_box() and _TO_HOSPITAL.search(claim.text_before(60))):  # ('- Taken to hospital: 17')
        predicate = "hospitalise"  # 'Thirty-one people were taken to hospital', 'sent seven people to hospital': a running total
    elif claim.predicate in _TREATED_VERBS and claim.dimension == "count" and (
            _HOSPITAL_TREATMENT.search(claim.text_before(90)) or _HOSPITAL_TREATMENT.match(claim.text_after(40))
            or _HOSPITAL_TREATMENT_AFTER.match(claim.text_after(60))):
        predicate = "hospitalise"  # 'the number of people who have needed hospital treatment has risen to 47'
    elif claim.dimension == "count" and _NUMBER_TREATED_BEFORE.search(claim.text_before(120)):
        predicate = "treat"  # 'The number of people treated in hospital has risen to 34': a tally of the treated
    elif flown_away:
        predicate = "evacuate"  # '162 people were flown ashore', 'had flown 203 workers off its mine'
    elif aboard_label:
        pass  # 'forced the evacuation of the 274 people on board': how many were aboard
    elif (event := event_class(claim, claim.predicate)) is not None:
        predicate = event  # 'left 27 people dead', 'brought out alive': a toll told in other words
    elif (event := _named_by_toll(claim, modifiers)) is not None:
        predicate = event  # 'Of the 112 evacuated residents, 126 are staying at a shelter': the evacuated
    elif claim.dimension == "count" and (HOME_TO_BEFORE.search(claim.text_before(30))
                                         or _CONTAINER_OF_BEFORE.search(claim.text_before(30))
                                         or claim.predicate in _HOUSING_VERBS
                                         or (claim.predicate in HOLDING_VERBS and claim.subject not in PEOPLE_NOUNS
                                             and claim.subject_text[:1].islower())):  # not 'four Britons held'
        predicate = "house"  # 'home to 850,000 hens' = 'housed 1.4 million hens'; 'a block of 48 flats' = 'held 84 flats'
    if predicate not in TOLL_CLASSES and predicate != "carry" and _whole_of_a_part(claim):
        predicate = "whole"  # 'convicted on 12 of 14 counts': how many there were, not how many were convicted
        # (nor a holding a label names again: 'visited 48 of the 212 schools' ... 'Six of the 11 schools')
    if predicate in TOLL_CLASSES:
        modifiers = [m for m in modifiers if predicate_class(m) != predicate]  # 'the 30 injured people': the toll's own word
        if _STILL_UNDER.match(claim.text_after(90)):
            predicate = "remain"  # 'Two runners are still being treated' = 'two remain in hospital': no toll
        elif _YEAR_TO_DATE.search(claim.sentence):
            modifiers = [*modifiers, "year to date"]  # 'has flown 380 missions so far this year and rescued 211
            # people': a tally of many events, not one event's toll
    if subject == "compensation":
        return ("compensation", compensated(claim), "", claim.base_unit or claim.dimension)  # 'Rs 5 lakh for the
        # families of each of the deceased' = 'the Rs 4 lakh ex gratia ... for the next of kin of each deceased' (paid
        # for each of them, with 'each' or without)
    if is_drawn_crowd(claim) and not modifiers and predicate not in TOLL_CLASSES:
        return ("crowd", "", "", unit_key(claim))  # 'had drawn about 12,000 visitors on Saturday' = 'a crowd of some 8,000'
    if claim.dimension == "count" and claim.predicate in _RACE_VERBS and claim.subject in _RACERS and not modifiers:
        return (_RACE_VERBS[claim.predicate], "", "", unit_key(claim))  # 'About 1,900 athletes started' = 'had 1,450 starters'
    if is_wage(claim):
        return ("wage", "", "", unit_key(claim))  # 'will earn about £210,000 a week' = 'will pay him 120,000 pounds a week'
    if claim.dimension == "count" and claim.predicate == "lose" and _THEIR_JOBS_AFTER.match(claim.text_after(30)):
        return ("job", "", "cut", unit_key(claim))  # '2,700 workers will lose their jobs' = '2,300 jobs will go'
    if claim.subject == "distance" and claim.agent and claim.predicate in SPANNING_VERBS:
        return (SUBJECT_CLASSES.get(claim.agent, claim.agent), "", "", unit_key(claim))  # 'the gondola runs for 4.2km'
    if landed := landed_thing(claim):
        return (SUBJECT_CLASSES.get(landed, landed), "", "land", unit_key(claim))  # 'the blade landed 180 metres
        # from the base of the turbine' = 'landing about 600 meters from the turbine': where the thing came down
    if is_limited_speed(claim):
        return ("limit", "", "", unit_key(claim))  # 'drivers will be limited to 50mph' = 'the 40mph limit'
    if subject == "staff" and not PART_OF_A_SET_AFTER.match(claim.text_after(40)) and (
            (claim.predicate in _STAFF_LEVEL_VERBS and not _AT_WORK_AFTER.match(claim.text_after(40)))
            or _WHOLE_BEFORE.search(claim.text_before(40)) or WITH_BEFORE.search(claim.text_before(12))):
        predicate = ""  # 'employs 68,000 people', 'cut 4,800 of its 68,000 employees': the size of the staff
    owned = claim.dimension == "count" and claim.predicate in OWNING_VERBS and subject in _OUTLETS
    if owned:
        predicate = ""  # 'operates 31 cinemas' = 'the chain's 44 cinemas': how many it has
    if claim.dimension == "count" and (subject == "signature" and claim.predicate in _SIGNATURE_VERBS
                                       or subject in PEOPLE_NOUNS | ANY_PERSON and claim.predicate == "sign"):
        return ("signature", "", "sign", unit_key(claim))  # 'gathered 8,400 signatures' = '12,000 people signed'
    if is_lives_lost(claim):
        subject, predicate = "people", "kill"  # 'the storm claimed 27 lives'
    reading = event_noun_reading(claim)
    if reading is not None and (claim.predicate not in CHANGE_PREDICATES or is_level(claim)):
        event_subject, event = reading  # 'deaths rose to 40': people killed ('289 confirmed cases': the cases)
        return (event_subject, " ".join(m for m in modifiers if m != claim.subject and m not in COUNTED_WORDS), event,
                unit_key(claim))
    if claim.dimension == "length" and _ABOVE_SEA_LEVEL.match(claim.text_after(30)) and not claim.hedged:
        predicate = ""  # 'the pass, which climbs to 2,312 metres above sea level': its height, whatever the verb
    if claim.dimension in LEVEL_DIMENSIONS and (is_level(claim) or names_its_quantity(claim, predicate)
                                                or HYPHENED.search(claim.text)) \
            and not (predicate and (
                claim.dimension in ("mass", "volume") and _OF_AFTER.match(claim.text_after(6))
                or claim.dimension == "area" and claim.predicate not in _AREA_HOLDING_VERBS
                and _OF_AFTER.match(_CONVERSION_AFTER.sub("", claim.text_after(40), count=1)))):
        predicate = ""  # (but '2,400 hectares of Haldane Moss had burned' is what burned, not the moss's size)
    term = (claim.dimension == "time" and claim.kind == "measure"
            and (bool(HYPHENED.search(claim.text)) or _restriction_term(claim))
            and claim.subject not in _NOT_TERMS)  # ('the ban will remain in place for at least 28 days' = 'the 21-day ban')
    if term:
        predicate = ""  # 'a 20-year contract' = 'the 30-year contract': its term, whatever was done with it
    if claim.subject in LEVEL_SUBJECTS and (predicate not in CHANGE_PREDICATES or is_level(claim)):
        predicate = ""  # 'the population reached 621,400', 'the waiting list rose to 18,340'
    if claim.dimension == "count" and (not predicate or claim.predicate in ("go", "remain", "stay")):
        predicate = _state_after(claim) or predicate  # 'About 1,410 workers are on strike', 'About 250 people were inside'
    if subject in RESPONDERS and (claim.predicate in _RESPONDING_VERBS or (
            claim.predicate in ("be", "", "remain", "stay") and _AT_THE_SCENE_AFTER.match(claim.text_after(60)))):
        predicate = "attend"  # 'sent 31 fire engines to the cathedral' = '24 fire engines were at the scene'
    if predicate == "outage":
        subject, modifiers = "customer", []  # customers, homes, homes and businesses: one count of who is cut off
    if predicate not in TOLL_CLASSES:  # (a toll named by its label: 'the families of the 17 hospitalized athletes
        # have been offered counseling')
        predicate = STANCES.get(claim.predicate, predicate)  # an offered rise is not the rise demanded
    if claim.subject in JOB_CUT_NOUNS and claim.dimension == "count":
        predicate = "cut"  # a redundancy is a job cut whatever the verb: 'seeking talks over the 2,800 redundancies'
    if claim.dimension == "percent" and (subject == "offer" or predicate == "offer" and subject in ("rise", "increase")):
        return ("rise", "", "offer", unit_key(claim))  # 'has offered a pay rise of 4.5 per cent' = 'the 5.4 per cent offer'
    named_under_hedge = claim.hedged and _presupposed(claim)
    if named_under_hedge:
        predicate = ""  # 'the city's 38,000 streetlights might fail': how many it has, not a failure
    if (not predicate and claim.dimension not in LEVEL_DIMENSIONS and subject not in LEVEL_SUBJECTS | {"staff"}
            and not (claim.agent and (not claim.predicate or claim.predicate in _POSSESSING))
            and not owned and not term and not named_under_hedge):  # 'the train's eight carriages', 'the ship has 82 ward beds': a count of its owner
        return None
    if predicate in TOLL_CLASSES and claim.dimension == "time":
        return None  # 'a 78-year-old man has died', 'died nine days after': an age or a time, never a toll
    if predicate in TOLL_CLASSES and (subject in TOLL_PEOPLE or _OF_THE_PARTY.match(claim.text_after(30))) and (
            subject in ("people", "person") or not _coordinated(claim)):
        if subject not in ANY_PERSON:
            modifiers = []  # 'arrested 34 tea workers' / '22 workers were detained': the toll's people
        subject = "people"  # 'twelve riders were injured' / 'seventeen people were hurt'; 'four suspects arrested'
    if claim.text_after(3).lstrip().startswith("("):  # 'the 62-meter (205-foot) coaster': the conversion's unit
        modifiers = [m for m in modifiers if m not in _MEASURE_UNITS]
    if subject == "distance" and _SENSED_AT_BEFORE.search(claim.text_before(40)):
        modifiers = [*modifiers, "sensed"]  # 'was heard 5 km away' is how far it reached, not where it is
    if subject == "wind":
        modifiers = [m for m in modifiers if m not in _WIND_AS_TOLD]  # 'sustained winds of 170 km per hour' = 'winds of 130 km/h'
    aspect = length_aspect(claim)
    if aspect:
        modifiers = [*modifiers, aspect]  # '35 feet deep' / '96 feet across': two measures of one sinkhole
    return (subject, " ".join(m for m in modifiers if m != subject), predicate, unit_key(claim))


#: Right before a distance: how far off something was sensed ('the blast was heard 5 km away', 'felt
#: as far as 30 miles away', 'could be seen from 40 km').
_SENSED_AT_BEFORE = re.compile(r"\b(?:heard|felt|seen|visible|audible|smelt|smelled|noticed)\s+"
                               r"(?:(?:as far as|up to|from|more than|over|about|some|nearly)\s+)*"
                               r"(?:[\d.,]+\s*[a-z]+\s*\(\s*)?$", re.I)  # (and its conversion: '5 km (3 miles)')
#: Words that give a storm's wind speed as it is told by default: its sustained, maximum wind (gusts
#: are another subject).
_WIND_AS_TOLD = {"sustain", "sustained", "maximum", "max", "top", "peak"}
#: After a length: it is a depth or a width, not the thing's length or height ('35 feet deep',
#: '96 feet across', '36 inches in diameter'). Lengths and heights, the usual reading, take no
#: word, so 'the 6.4km tunnel' and 'the tunnel is 6.4km long' stay one fact.
_ASPECT_AFTER = re.compile(r"^[\s-]*(?:(deep|in depth|below|beneath|underground|down)|(wide|across|in width|in diameter|"
                           r"in circumference|diameter|broad))\b", re.I)


def length_aspect(claim: Claim) -> str:
    """'depth' or 'width' when the words right after a length say so, else ''."""
    if claim.dimension != "length":
        return ""
    match = _ASPECT_AFTER.match(_CONVERSION_AFTER.sub("", claim.text_after(40), count=1)[:16])
    if match is None and _BY_BEFORE.search(claim.text_before(30)):
        return "width"  # 'a section measuring 40 ft by 30 ft': the second measure is across the first
    return "" if match is None else ("depth" if match.group(1) else "width")


#: Right after a figure: its conversion in brackets ('1.5 metres (5 ft) deep').
_CONVERSION_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\)|\))")  # (or the conversion's own closing bracket)
#: Right before a length: another length and 'by', as in '40 ft by 30 ft', '6m x 4m'.
_BY_BEFORE = re.compile(r"\d[\d,.]*\s?(?:[a-z]{1,12}\.?\s?)?(?:by|x|\u00d7)\s*$", re.I)


#: Units of a bracketed conversion the parse hangs on the noun as a modifier ('(205-foot) coaster').
_MEASURE_UNITS = {"foot", "feet", "metre", "meter", "mile", "inch", "yard", "kilometre", "kilometer", "centimetre",
                  "centimeter", "tonne", "ton", "kilogram", "acre", "hectare"}
#: After a count: it is of the members of a group of people ('eight of the party of 11 have now been
#: found alive', 'three of the group were taken to hospital').
_OF_THE_PARTY = re.compile(r"^\s+of\s+(?:the|their|his|her)\s+(?:[\w-]+\s+)?(?:party|group)\b", re.I)
#: Tolls whose people are counted whatever the copy calls them (``people.TOLL_PEOPLE``): a group
#: within them (children, women, soldiers, officers) stays its own count.
TOLL_CLASSES = {"kill", "wound", "arrest", "hospitalise", "rescue", "evacuate", "treat"}


def subject_class(claim: Claim) -> str:
    """The claim's subject under one name for words that name one thing ('the ship', 'the vessel');
    people who work somewhere or whom it employs are its staff ('the 2,510 people who work here')."""
    if claim.subject in WORKING_PEOPLE and claim.predicate in ("work", "employ"):
        return "staff"
    if claim.subject in ("worker", "employee") and not claim.predicate and claim.agent:
        return "staff"  # "the plant's 46 workers": its staff, as 'employs 64 staff'
    if claim.subject == "member" and "crew" in claim.subject_modifiers:
        return "crew"  # 'six crew members' are six crew
    if claim.dimension == "power" and claim.subject in _POWER_SITES:
        return "plant"  # 'The 1,400-megawatt station' / 'The 2,000-megawatt plant': what it generates
    if claim.dimension == "currency" and claim.subject in _WORKS:
        return "project"  # 'The £86m restoration' / 'the £61 million project': what the works cost
    if compensated(claim) is not None:
        return "compensation"  # 'Rs 5 lakh for the families of each of the deceased' / 'the Rs 4 lakh ex gratia'
    if claim.subject == "wind" and claim.predicate in ("gust", "guste"):
        return "gust"  # 'Winds were gusting to 65 km/h' = 'recorded gusts of 98km/h'
    if claim.subject == "head" and (herd := _HEAD_OF_AFTER.match(claim.text_after(30))):
        return singular(herd.group(1).lower())  # '96 head of cattle' = 'the 69 cattle on board'
    if claim.dimension == "temperature" and claim.subject in _THERMOMETERS:
        return "temperature"  # 'when the mercury hit 37C at 10am' = 'by 10am the temperature had reached 34C'
    name = _name_after_its_noun(claim)
    if name:
        return name  # 'her 11-metre boat Kittiwake' = 'The 7-metre Kittiwake'
    if claim.dimension == "length" and claim.subject in _SHIP_KINDS:
        return "vessel"  # 'the 190-metre vessel' / 'the 210-metre carrier': a ship's length by its kind
    return SUBJECT_CLASSES.get(claim.subject, claim.subject)


#: Right after a distance: 'away', of the place set off before it ('the hospital, 12 km away').
_AWAY_AFTER = re.compile(r"^\s*away\b", re.I)
_HOLDER_SET_OFF_BEFORE = re.compile(r"\b([a-z][a-z-]+),\s*(?:about\s+|some\s+|around\s+|nearly\s+)?$")
#: Right after a count of 'head': the animals counted ('96 head of cattle').
_HEAD_OF_AFTER = re.compile(r"^\s*head\s+of\s+([a-z]+)\b", re.I)
#: Kinds of ship, which a report's other sentences call the vessel or the ship (only for a length: a carrier
#: may be an airline, a tanker a road tanker).
_SHIP_KINDS = {"carrier", "tanker", "freighter", "trawler", "dredger", "bulker", "steamer", "containership"}
#: Words for a temperature reading in the copy's figures of speech ('the mercury hit 37C').
_THERMOMETERS = {"mercury", "thermometer", "thermometers"}
#: Right after a measured thing's noun: the thing's own name, then no more of a name ('her 11-metre
#: boat Kittiwake into port', 'the 1923 locomotive Ardent,').
_OWN_NAME_AFTER = re.compile(r"^\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s+[a-z]|\s*[,.;:)]|$)")


def _name_after_its_noun(claim: Claim) -> str:
    """The name a hyphened measure's thing is given right after its noun ('her 11-metre boat
    Kittiwake' -> 'kittiwake'), or ''."""
    if claim.kind != "measure" or not HYPHENED.search(claim.text) or not claim.subject_text[:1].islower():
        return ""
    after = claim.text_after(60)
    at = after.find(claim.subject_text)
    if not 0 <= at <= 3:
        return ""
    name = _OWN_NAME_AFTER.match(after[at + len(claim.subject_text):])
    if not name or name.group(1).split()[0].lower() in NOT_NAME_WORDS:
        return ""
    return name.group(1).lower()



def capacity_of(claim: Claim) -> str:
    """The thing a capacity is of: the one a hyphened capacity names ('auditorium' of 'a 1,850-seat
    main auditorium') or the venue a verb of capacity tells of ('hall' of 'the Enda Hall, which holds
    350 people'), or "" for any other figure: two such capacities of two things are two facts, even
    in one sentence ('a 1,850-seat main auditorium and a 320-seat studio theatre')."""
    if is_capacity(claim):
        return subject_class(claim)
    if is_told_capacity(claim) and claim.agent:
        return SUBJECT_CLASSES.get(claim.agent.lower(), claim.agent.lower())
    return ""


#: Words for one body of building works, which copy gives its cost under any of them.
_WORKS = {"project", "restoration", "renovation", "refurbishment", "redevelopment", "rebuild", "overhaul",
          "revamp", "makeover", "upgrade"}


#: Verbs by which a firm or a body has its outlets, and the outlets: 'operates 31 cinemas', 'runs 96
#: stores', 'has 41 libraries' tell how many it has, one fact with 'the chain's 44 cinemas'.
OWNING_VERBS = {"operate", "run", "own", "have", "manage"}
_OUTLETS = {"store", "branch", "outlet", "cinema", "hotel", "restaurant", "pub", "cafe", "café", "library", "clinic",
            "gym", "theatre", "venue", "depot", "office", "factory", "mine", "school", "hospital", "station", "site"}

#: Words for a site that generates power: given a capacity in watts, they name one thing.
_POWER_SITES = {"station", "plant", "powerhouse", "facility", "generator"}


_SMALL_NUMBER = r"(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
#: A count of people joined to another count: 'five men and two women', 'two women and five men'
#: (five of the seven people arrested, so not a toll of people).
_COORDINATED_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?[a-z-]+\s+and\s+" + _SMALL_NUMBER + r"\s+(?:[a-z-]+\s+)?[a-z]", re.I)
_COORDINATED_BEFORE = re.compile(r"\b" + _SMALL_NUMBER + r"\s+(?:[a-z-]+\s+)?[a-z-]+\s+and\s+$", re.I)


def _coordinated(claim: Claim) -> bool:
    return bool(_COORDINATED_AFTER.match(claim.text_after(40)) or _COORDINATED_BEFORE.search(claim.text_before(40)))


#: Right before a figure: a denied or hedged verb whose object it is ('would not build the', 'may never open a').
_DENIED_OBJECT_BEFORE = re.compile(r"\b(?:not|never|n['\u2019]t|may|might|could|would)\s+(?:[a-z]+\s+){0,2}?"
                                   r"(?:the|a|an|its|their|his|her)\s+$", re.I)


def _size_spared(claim: Claim) -> bool:
    """Is the figure a size hyphened to its thing, which a denied or hedged verb does not deny ('work
    on the 23-storey tower would not restart'), unless the thing is that verb's object ('would not
    build the 23-storey tower')?"""
    if is_named_age(claim) and claim.text_before(3).rstrip().endswith((",", "(")):
        return True  # 'could not say whether it was the shark that bit Liam Hartigan, 41,': his age stands
    if claim.hedged and not claim.negated and _DESIGNED_SIZE_BEFORE.search(claim.text_before(40)) \
            and _SIZE_ASPECT_AFTER.match(claim.text_after(20)):
        return True  # 'The Wayfarer ... would stand 38 metres tall': a planned thing's size, as designed
    return bool(HYPHENED.search(claim.text)) and not _DENIED_OBJECT_BEFORE.search(claim.text_before(40))


#: Before a size: a thing still to be built 'would' or 'will' be it ('would stand 38 metres tall', 'will be
#: 162 metres long'); not 'could' or 'may', which only guess, nor what 'will reach' or 'rise' (a wave, a flood).
_DESIGNED_SIZE_BEFORE = re.compile(r"\b(?:would|will)\s+(?:stand|be|measure|tower|span|stretch)\s+"
                                   r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more than\s+|"
                                   r"over\s+|just\s+)?$", re.I)
#: After it: the aspect it measures ('tall', 'high', 'long', 'wide'; not 'deep', a flood's).
_SIZE_ASPECT_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\)\s*)?(?:tall|high|long|wide|in\s+(?:height|length))\b", re.I)


#: After a figure that opens its sentence: what any such amount can do ('of ice can add hundreds of pounds', 'can
#: kill a man'); not how much a thing holds ('can hold 55,000'), nor what will befall a set ('About 1,200 of the staff
#: will lose their jobs').
_GENERAL_TRUTH_AFTER = re.compile(r"^\s+(?:of\s+(?:[\w-]+\s+){0,3}?)?(?:can|could)\s+(?:easily\s+|quickly\s+)?"
                                  r"(?!hold|seat|carry|take|accommodate|fit|store|house|sleep)[a-z]+", re.I)


#: Before a figure, in its clause: an event set apart from the story's own ('a separate contamination outbreak
#: tied to ...', 'an unrelated crash').
_ANOTHER_EVENT_BEFORE = re.compile(r"\b(?:a|an)\s+(?:separate|unrelated|earlier|previous|prior)\s+(?:[a-z-]+\s+){0,2}?"
                                   r"(?:outbreak|incident|crash|accident|collision|fire|blaze|attack|explosion|blast|"
                                   r"flood|storm|raid|recall|spill|leak|derailment|shooting)\b[^;:]*$", re.I)


def trackable(claim: Claim, modifiers: list[str], label: bool = False) -> bool:
    """Does the claim state a figure of its own that tracking can compare? A ``label`` that names
    its known thing by a narrowing word ('would rebuild the eleven destroyed homes') keeps its
    figure whatever verb hedges or denies its clause; a bare one ('the two banks may have scrapped
    plans') may name a part of the thing named before."""
    if not claim.is_claim or not (claim.subject or is_told_capacity(claim) or term_of(claim)):
        return False
    if (claim.negated or claim.hedged) and not (label and (claim.subject_modifiers or claim.subject in DEED_NOUNS)) and not (
            claim.hedged and _presupposed(claim)) and not _size_spared(claim):  # (its own words, not inherited)
        return False
    if claim.base_low is None or claim.base_high is None:
        return False  # no value in base units to compare ('rose 5 degrees': a scale left unsaid)
    if claim.qualifier == "vague" or is_increment(claim):  # "thousands of", "a further 17"
        return False
    if (is_timing(claim) and not is_custody(claim) and not _restriction_term(claim) and not term_of(claim)) \
            or is_group_age(claim):  # "after 48 minutes", "aged 90 or over"
        return False  # (not 'jailed for seven years': the term handed down)
    if claim.subject in CHANGE_NOUNS and not modifiers:
        return False  # "a rise of £105": a change of something the subject does not name
    if _DIFFERENCE_AFTER.match(claim.text_after(25)):
        return False  # "the rebate was £300 less than the Tories offered": a gap, not the rebate
    if _COMPARED_WITH_BEFORE.search(claim.text_before(60)):
        return False  # 'about 49 per cent more than the previous record, the £12.5m paid by Danbury Water': what it is set against
    if _GENERAL_TRUTH_AFTER.match(claim.text_after(60)) and not claim.text_before(80).strip(" \"'\u201c\u2018("):
        return False  # '"Half an inch of ice can add hundreds of pounds to a single span of line"': what such an
        # amount does anywhere, not this story's
    if _ALONE_AFTER.match(claim.text_after(70)):
        return False  # "220 flights were cancelled on Tuesday alone": a part of the total, singled out
    if _ANOTHER_EVENT_BEFORE.search(claim.text_before(120)):
        return False  # 'two years after a separate contamination outbreak tied to an imported brand sickened 81
        # people': a toll of another event, told beside the story's own
    if claim.dimension == "length" and _RACE_AFTER.match(claim.text_after(30)):
        return False  # "Carroll's national 10,000m record": the race it names, not a length
    if claim.dimension == "length" and _MARK_AFTER.match(claim.text_after(20)):
        return False  # "at the 6km mark of the run": a point along a course, where something happened
    return True


#: Nouns that name people by what was done to them, with the deed's class: a label of them ('the
#: 16,800 evacuees will not be allowed back') keeps its count whatever verb denies its clause, and
#: names the people the deed was told of ('16,100 residents have been evacuated').
DEED_NOUNS = {"evacuee": "evacuate", "detainee": "arrest", "arrestee": "arrest", "refugee": "displace"}


def _presupposed(claim: Claim) -> bool:
    """Is the figure part of how the sentence names its thing, which a hedge on the clause does
    not reach: a size hyphened to its noun ('could wash away the foot of the 43-metre-high dam
    wall'), or a count its owner has ('the city's 38,000 lights would be done', 'whose 12
    turnstiles were expected to admit')?"""
    return bool(HYPHENED.search(claim.text)) or bool(_OWNER_BEFORE.search(claim.text_before(12))) or (
        claim.subject in EVENT_NOUNS and bool(DEFINITE_BEFORE.search(claim.text_before(8))) and noun_right_after(claim)
    ) or (bool(DEFINITE_BEFORE.search(claim.text_before(8))) and bool(_OF_STUFF_FOUND_AFTER.match(claim.text_after(40))))
    # ('the three deaths could have been prevented': the deaths told of, whatever might have been; 'The 4.2 tonnes
    # of cocaine found at the port would have been sold': the haul told of)


#: After an amount: the stuff it is of and a participle of what was done to it ('of cocaine found at').
_OF_STUFF_FOUND_AFTER = re.compile(r"^\s+of\s+(?:[\w-]+\s+){1,2}?(?:found|seized|recovered|stolen|taken|discovered|"
                                   r"confiscated|collected|spilled|spilt|released|dumped|leaked|dredged|removed)\b", re.I)


#: Right before a figure: whose it is ('the city's', 'Hollinshire's', 'its', 'whose').
_OWNER_BEFORE = re.compile(r"(?:\w['\u2019]s?|\b(?:its|their|whose|our|his|her))\s+$", re.I)


#: After a distance: it names a race ('the 10,000m record', 'the 200m title', 'the 400m hurdles').
#: Verbs by which an event gathers its crowd, and the people a crowd is counted as.
_DRAWING_VERBS = {"draw", "attract", "pull in", "bring in"}  # (not 'pull': 'pulled 14 survivors from the rubble')
_AUDIENCE = {"visitor", "spectator", "fan", "people", "racegoer", "attendee", "showgoer", "crowd", "supporter",
             "onlooker", "concertgoer", "festivalgoer", "reveller"}
#: A race's verbs of starting and finishing, the people who do them and what copy calls those who did.
_RACE_VERBS = {"start": "starter", "finish": "finisher"}
_RACERS = {"runner", "athlete", "rider", "competitor", "swimmer", "cyclist", "participant", "entrant", "triathlete",
           "racer", "people", "person"}


def is_drawn_crowd(claim: Claim) -> bool:
    """Is the count the crowd an event drew ('The market ... drew 22,000 visitors over two nights')?"""
    return claim.dimension == "count" and claim.predicate in _DRAWING_VERBS and claim.subject in _AUDIENCE


#: In a toll's sentence: the toll is a tally of the year or season so far, over many events.
_YEAR_TO_DATE = re.compile(r"\b(?:so far (?:this|in) (?:year|season|\d{4})|(?:this|the) (?:year|season) (?:so far|to date)|"
                           r"since the (?:start|beginning) of (?:the|this) (?:year|season))\b", re.I)
#: After a length: it names a point along a course ('the 6km mark', 'the 30-mile point').
_MARK_AFTER = re.compile(r"^[\s-]*(?:marks?|points?|markers?|posts?)\b", re.I)
_RACE_AFTER = re.compile(r"^\s*(?:indoor\s+|outdoor\s+|world\s+|national\s+|olympic\s+)?(?:records?|titles?|races?|finals?|"
                         r"heats?|champions?|championships?|gold|silver|bronze|medals?|relay|hurdles|freestyle|backstroke|"
                         r"breaststroke|butterfly|medley|sprint|specialist|runner|hope)\b", re.I)
#: After a figure, in its clause: a part singled out ('on Tuesday alone', 'in London alone').
_ALONE_AFTER = re.compile(r"^[^,;.]{0,35}?\b(?:on|in|at|from|during|yesterday|today)\b[^,;.]{0,20}?\balone\b", re.I)
#: Before a figure: it is what the subject is compared with, not the subject's own ('49 per cent more than
#: the previous record, the £12.5m', 'twice as high as the 2019 figure of 41').
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:(?:more|less|fewer|higher|lower|bigger|larger|smaller|greater|cheaper|dearer)"
                                   r"\s+than|as\s+(?:much|many|high|large|big)\s+as)\s+(?:the\s+)?(?:previous|last|earlier|old|"
                                   r"former|existing|current)\s+(?:record|high|best|figure|level|peak|total|maximum)\b[^.;]{0,25}$",
                                   re.I)
#: After a figure: it measures a gap between two things, not a thing ("£300 less than", "5% higher than").
_DIFFERENCE_AFTER = re.compile(r"^\s*(?:less|more|fewer|higher|lower|cheaper|dearer|bigger|smaller|"
                               r"longer|shorter|older|younger|faster|slower|wider|narrower|deeper|shallower|"
                               r"taller|heavier|lighter|larger|further|farther|closer|earlier|later|warmer|"
                               r"colder|hotter|cooler)\s+than\b", re.I)


def unit_key(claim: Claim) -> str:
    """The base unit, with any rate ('GBP a week')."""
    unit = claim.base_unit or claim.dimension
    rate = rate_of(claim)
    return f"{unit} {rate}" if rate else unit


#: Right before a figure: a known thing referred to ("the 1,340 baggage handlers", "the
#: company's 2,680 staff", "its 300 members") or what someone has ("which has 2,860 staff", "employs 900").
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|our|his|her|has|have|had|employs|employ|employed|employing)|\w['’]s?)\s+$", re.I)


def reference_key(claim: Claim, modifiers: list[str] | None = None) -> tuple[str, str, str] | None:
    """Subject, narrowing words and unit of a figure that names a known thing with no verb of
    its own ("the company's 2,680 staff include ...", "which has 2,860 staff"), or None.

    Such a figure gets no ``fact_key`` (a bare count proves little across articles), but
    within its article it may restate a figure given before: 'the 1,340 baggage handlers' after
    '3,140 baggage handlers represented by the union'. Tracking ties it there only with the same
    digits in another order (``facts``)."""
    modifiers = claim.subject_modifiers if modifiers is None else modifiers
    if not trackable(claim, modifiers) or claim.subject in GENERIC_SUBJECTS:
        return None
    if not _REFERENCE_BEFORE.search(claim.text_before(20)) or WORST_HIT_AFTER.match(claim.text_after(30)):
        return None  # (the worst hit of a set is a part of it: 'the two most seriously injured workers')
    return (claim.subject, " ".join(modifiers), unit_key(claim))


#: After a figure: what it is counted per ("9 euros each", "£102.80 a week", "$3 a share").
_RATE_AFTER = re.compile(
    r"^\s*(?:cents?\s+)?(?:of\s+(?:[a-z-]+\s+){1,2}?)?"
    r"(?:(?:worldwide|globally|nationwide|nationally|across\s+the\s+(?:world|globe|country))\s+)?"  # ('110,000 deaths worldwide each year')
    r"((?:a|an|per)\s+(?:head|person|share|hour|day|week|month|year|annum|"
    r"litre|gallon|kilo|kg|tonne|barrel|night|ticket|household|child|pupil|patient|vote)|"
    r"(?:every|each)\s+(?:hour|day|week|month|year|night)|each|apiece)\b"
    r"(?!\s+(?:earlier|before|later|ago|previously|after)\b)", re.I)  # 'up from 1,200 a day earlier' is no rate


#: Verbs of pay for work ('will earn', 'will pay him', 'is paid') and the time a wage is counted over.
_WAGE_VERBS = {"earn", "pay", "receive", "take home", "command"}
_WAGE_PERIODS = {"a week", "a month", "a year", "a hour", "a annum", "a day"}


def is_wage(claim: Claim) -> bool:
    """Is a sum someone's pay for a stretch of time ('will earn about £210,000 a week', 'will pay him
    120,000 pounds a week'), whatever the parse took for its subject?"""
    return (claim.dimension == "currency" and claim.predicate in _WAGE_VERBS and rate_of(claim) in _WAGE_PERIODS
            and claim.subject in {"", "money", "wage", "salary", "pay", "contract", claim.agent.lower()}
            | ({claim.subject} if claim.subject_text[:1].isupper() else set()))


#: After a sum: it is paid to the families of each of a toll's people, or to each of them ('Rs 5 lakh
#: for the families of each of the deceased', 'Rs 50,000 for each injured person', 'ex gratia of Rs 2
#: lakh each to the kin of those killed').
_COMPENSATED_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:for|to)\s+(?:the\s+)?(?:(?:families|family|kin|next of kin|relatives|dependants|dependents|"
    r"heirs)\s+of\s+)?(?:each\s+(?:of\s+(?:the\s+)?)?|every\s+|all\s+(?:the\s+)?|the\s+|those\s+)?"
    r"(?P<whom>deceased|dead|killed|victims?|(?:seriously\s+|critically\s+)?injured|wounded|hurt)\b", re.I)
#: Nouns of a payment made to a toll's people: 'ex gratia', 'compensation', 'relief'.
_COMPENSATION_NOUNS = {"gratia", "compensation", "relief", "solatium", "payout", "payment", "family", "kin"}


def compensated(claim: Claim) -> str | None:
    """'deceased', 'injured' or 'victims' when a sum is what is paid for each of a toll's people, else None."""
    if claim.dimension != "currency":
        return None
    match = _COMPENSATED_AFTER.match(claim.text_after(100))
    if match is None or (claim.subject and claim.subject not in _COMPENSATION_NOUNS | GENERIC_SUBJECTS
                         and not re.match(r"^\s*ex\s+gratia\b", claim.text_after(20), re.I)):
        return None
    whom = match.group("whom").lower().split()[-1]
    kin = re.search(r"\b(?:famil|kin|relatives|dependants|dependents|heirs)", match.group(0), re.I)
    return ("injured" if whom in ("injured", "wounded", "hurt") else "victims" if whom.startswith("victim") and not kin
            else "deceased")  # (victims may be of a fraud: not said to be dead; paid to a victim's family, they are)


def rate_of(claim: Claim) -> str:
    """'each', 'a week': a price or rate per unit is not the same fact as a total ('removing 1,200
    cubic metres of water an hour' is a rate)."""
    after = claim.text_after(50)
    noun = claim.subject_text.split()[-1] if claim.dimension == "count" and claim.subject_text else ""
    counted = re.match(rf"\s+{re.escape(noun)}\b", after, re.I) if noun else None
    if counted:
        after = after[counted.end():]  # 'treats 40,000 patients a year': the rate follows the noun counted
    match = _RATE_AFTER.match(after[:30]) or _EVERY_AFTER.match(after[:30])
    if not match:
        return ""
    rate = match.group(1).lower()  # ('needs 4,200 donations every week' = 'about 3,000 donations a week')
    return re.sub(r"^(?:per|an|every|each)\s", "a ", rate) if " " in rate else rate


#: After a count and its noun: a rate against another count ('one arrest for every 7,000 people').
_EVERY_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?((?:for|in|out of)\s+every)\b", re.I)
