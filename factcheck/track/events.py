"""Which running total a count of people reports, when its verb does not say it plainly.

Copy tells one toll in many wordings: 'were killed', 'left 27 people dead', '26 people had been
confirmed dead', 'have lost their lives', 'the storm claimed 27 lives', 'deaths rose to 40'.
Tracking blocks claims by predicate class (``keys.fact_key``), so each wording must reach the
class of the plain verb ('kill'), or a later, lower toll in other words is never compared with
the first. The same holds for rescues ('pulled alive from the rubble', 'brought out alive'),
arrests ('are being held by police'), injuries ('treated for injuries') and evacuations ('fled
their homes', 'were ordered to leave', 'forcing the evacuation of 38 residents').

``event_class`` gives the class for such a wording, or None to keep the claim's own.
"""

from __future__ import annotations

import re

from factcheck.model import Claim
from factcheck.track.people import PEOPLE_NOUNS


#: After a count of people and a verb of finding or stating ('left 27 people dead', 'were
#: confirmed dead', 'are listed as injured'): the state names the toll ('dead or missing' is
#: another count).
_STATE_VERBS = {"leave", "confirm", "find", "declare", "pronounce", "report", "list", "be", "remain"}
_STATE_AFTER = (
    (re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:dead|killed)\b(?!\s+or\b)", re.I), "kill"),
    (re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:injured|hurt|wounded)\b(?!\s+or\b)", re.I), "wound"),
    (re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:homeless|displaced)\b", re.I), "displace"),
    # 'about 4,100 residents remained under evacuation orders'
    (re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:under\s+(?:an?\s+)?(?:mandatory\s+)?evacuation\s+orders?|evacuated)\b", re.I),
     "evacuate"),
)
#: Verbs that always report one event, whatever follows ('nine people drowned').
_VERB_EVENTS = {"drown": "kill", "hospitalize": "hospitalise", "rescue": "rescue"}
#: Verbs of a rescue when what follows says the people came out alive or to safety.
_RESCUE_VERBS = {"pull", "bring", "bring out", "free", "save", "winch", "lift", "airlift", "haul", "carry",
                 "evacuate", "get out", "recover"}
_ALIVE_AFTER = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,6}?(?:alive|to safety|from the (?:rubble|water|sea|wreckage|debris|mine|river|"
    r"collapsed|flooded|burning)|out of the (?:water|sea|mine|rubble))\b", re.I)
#: After a count of people found: they were found alive ('found four alive', 'eight of the party
#: have now been found safe and well').
_FOUND_ALIVE_AFTER = re.compile(r"^\s*(?:(?:[\w'’-]+\s+){0,3}?|[^.;:]{0,60}?\bfound\s+)(?:alive|safe\b(?!\s+(?:deposit|house)))",
                                re.I)
#: Verbs that count a rescue of people when their object is people, whatever follows.
_PEOPLE_RESCUE_VERBS = {"pull", "free", "save", "winch", "airlift", "bring out"}
#: After a count of people: held by the police ('are being held by police', 'held in custody').
#: Before a count of people: the tally of those held, brought to it ('bringing the number held to four').
_NUMBER_HELD_BEFORE = re.compile(r"\bnumber\s+(?:of\s+(?:people|suspects|men|women)\s+)?(?:held|detained|in custody)\s+"
                                 r"(?:so far\s+|now\s+)?to\s+$", re.I)
_CUSTODY_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:by (?:the )?police|in (?:police )?custody|for questioning)\b",
                            re.I)
#: After a count of people who suffered or sustained: injuries ('suffered minor injuries', 'sustained burns').
_SUFFERED_INJURY_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:injuries|injury|burns|wounds|fractures)\b", re.I)
#: (past an aside set off by commas: 'Five people, all volunteers, were treated for minor burns')
_INJURY_AFTER = re.compile(r"^\s*(?:[\w'’-]+,?\s+){0,5}?for\s+(?:[\w-]+\s+){0,2}?(?:injuries|burns|wounds)\b", re.I)
_LIVES_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,4}?(?:their\s+)?lives\b", re.I)
_LEAVE_HOMES_AFTER = re.compile(r"^\s*(?:(?:[\w'’-]+\s+){0,3}?(?:to\s+)?(?:leave|evacuate|flee)\b|"
                                r"(?:[\w'’-]+\s+){0,5}?(?:from|out of)\s+(?:their|his|her)\s+(?:homes?|houses?|flats?))", re.I)
_ILL_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:ill|sick|positive)\b", re.I)
#: After a count of people: the illness they told of or showed ('have reported symptoms', 'developed
#: diarrhoea and fever').
_SYMPTOMS_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:symptoms|illness|sickness|diarrh(?:o)?ea|vomiting|"
                             r"food poisoning)\b", re.I)

#: Nouns that name the event counted: 'deaths rose to 40' is the toll of people killed.
EVENT_NOUNS = {
    "death": "kill", "fatality": "kill", "injury": "wound", "arrest": "arrest", "evacuation": "evacuate",
    "rescue": "rescue", "hospitalisation": "hospitalise", "hospitalization": "hospitalise",
    "case": "infect", "infection": "infect",
}
#: Verbs that give the level a count of events has reached ('deaths rose to 40', 'stands at 31'), or
#: by which someone tallies them ('deputies made 46 arrests', 'officials recorded 19 deaths').
EVENT_LEVEL_VERBS = {"rise", "climb", "reach", "stand", "hit", "increase", "jump", "grow", "be", "total", "number",
                     "top", "pass", "exceed", "mount", "soar", "remain", "",
                     "make", "carry out", "record", "confirm", "register", "report", "see", "log",
                     "put", "place"}  # ('the update put the outbreak at 74 confirmed cases')


def event_class(claim: Claim, predicate: str) -> str | None:
    """The running total a count of people reports in other words than its verb, or None.

    ``predicate`` is the claim's predicate lemma ('leave', 'confirm')."""
    if claim.dimension != "count":
        return None
    after = claim.text_after(60)
    if predicate in _VERB_EVENTS:
        return _VERB_EVENTS[predicate]
    people = claim.subject in PEOPLE_NOUNS
    named = _EVENT_OF_BEFORE.search(claim.text_before(40))
    if named and people:
        return EVENT_NOUNS[named.group(1).lower()]  # 'forcing the evacuation of 38 residents', 'led to the arrest of six men'
    if predicate in _STATE_VERBS:
        for pattern, event in _STATE_AFTER:
            if pattern.match(after):
                return event
    if predicate == "lose" and _LIVES_AFTER.match(after):
        return "kill"  # 'at least 31 people have lost their lives'
    if predicate in _RESCUE_VERBS and (_ALIVE_AFTER.match(after) or (people and predicate in _PEOPLE_RESCUE_VERBS)):
        return "rescue"  # 'brought 21 miners out alive', 'pulled 14 survivors from the rubble'
    if predicate == "find" and _FOUND_ALIVE_AFTER.match(after):
        return "rescue"  # 'seven of the walkers have now been found alive': a search's tally of the saved
    if people and predicate in ("hold", "take") and (_CUSTODY_AFTER.match(after)
                                                      or _NUMBER_HELD_BEFORE.search(claim.text_before(60))):
        return "arrest"  # 'twelve people are being held by police'; 'bringing the number held to four'
    if people and predicate == "treat" and _INJURY_AFTER.match(after):
        return "wound"  # 'forty people were treated for injuries'
    if people and predicate in ("suffer", "sustain", "receive") and _SUFFERED_INJURY_AFTER.match(after):
        return "wound"  # 'seven people suffered minor injuries'
    if people and predicate in ("burn", "scald", "scorch"):
        return "wound"  # '23 people had been burned' = '17 people have suffered burns'
    if people and predicate in ("flee", "move out", "relocate", "order out"):
        return "evacuate"  # 'some 3,000 residents fled their homes', 'about 140 people have been moved out',
        # 'the 3,200 residents ordered out'
    if people and predicate in ("order", "tell", "force", "drive", "chase") and _LEAVE_HOMES_AFTER.match(after):
        return "evacuate"  # 'about 3,000 people were ordered to leave their homes', 'forced 80 from their homes',
        # 'has driven 3,600 people from their homes'
    if people and predicate in ("fall", "become", "test") and _ILL_AFTER.match(after):
        return "infect"  # 'thirty pupils fell ill'
    if people and predicate in ("report", "develop", "show", "suffer", "have") and _SYMPTOMS_AFTER.match(after):
        return "infect"  # '68 people have reported symptoms since the supper' = 'the number sickened rose to 97'
    return None


#: Event nouns that name one toll whatever verb carries them ('the raid led to three arrests',
#: 'police described the 23 arrests as'). Others need a verb of tallying: 'case' names other
#: things too ('the court heard 23 cases'), and deaths and injuries are often another event's,
#: told beside the story's own toll ('tablets were linked to two deaths').
TOLL_NOUNS = {"arrest", "evacuation", "hospitalisation", "hospitalization"}
#: Before a count of people: the event that befell them, whatever verb carries it ('forcing the
#: evacuation of 38 residents', 'led to the arrest of six men', 'the rescue of 14 miners'; not deaths,
#: often another event's: 'linked to the deaths of two people').
_EVENT_OF_BEFORE = re.compile(r"\b(" + "|".join(sorted(TOLL_NOUNS | {"rescue"})) + r")s?\s+of\s+"
                              r"(?:all\s+|the\s+)?$", re.I)


def event_noun_reading(claim: Claim) -> tuple[str, str] | None:
    """(subject, predicate) of a count whose subject is the event itself: 'deaths rose to 40',
    'the number of arrests stands at 31' -> ('people', 'kill'), ('people', 'arrest')."""
    if claim.dimension != "count" or claim.subject not in EVENT_NOUNS:
        return None
    if (claim.predicate not in _EVENT_NOUN_VERBS and claim.subject not in TOLL_NOUNS
            and not WITH_BEFORE.search(claim.text_before(12))  # ('has claimed five lives, with 289 confirmed cases')
            and not _named_toll(claim) and not _cases_of_the_outbreak(claim)):
        return None
    return "people", EVENT_NOUNS[claim.subject]


def _cases_of_the_outbreak(claim: Claim) -> bool:
    """Is the count of cases or infections the outbreak's, told by a verb that ties them to it ('The outbreak has
    so far produced nine confirmed cases', 'The outbreak has now been tied to 56 confirmed infections')?"""
    return (claim.subject in ("case", "infection") and claim.predicate in _TIED_TO_IT
            and bool(_OUTBREAK_BEFORE.search(claim.text_before(80))))


#: Verbs that tie cases to an outbreak.
_TIED_TO_IT = {"produce", "tie", "link", "connect", "trace", "attribute", "associate"}
#: Before the count, in its sentence: the outbreak as the clause's subject ('The outbreak has now been tied to',
#: 'The listeria outbreak linked to the plant has so far produced').
_OUTBREAK_BEFORE = re.compile(r"\b(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:outbreak|cluster|epidemic)\b[^;,]{0,60}?\s"
                              r"(?:has|have|had|was|is)\b", re.I)


def _named_toll(claim: Claim) -> bool:
    """Is the count the toll named again by 'the' and its noun ('saying the three deaths could have been
    prevented'), whatever its clause does with it?"""
    return bool(_THE_BEFORE.search(claim.text_before(8))) and noun_right_after(claim)


def noun_right_after(claim: Claim) -> bool:
    """Does the figure's own noun come right after it ('three deaths', not 'three of the deaths')?"""
    return claim.text_after(30).lstrip().lower().startswith(claim.subject_text.lower() or "\0")


_THE_BEFORE = re.compile(r"\b(?:the|its|their|these|those)\s+$", re.I)
#: Verbs that give an event noun's count as what the story's event caused ('The storm, blamed for eight
#: deaths', 'the blast caused 14 injuries'): its toll (not 'linked to', often another event's).
_CAUSING_VERBS = {"blame", "cause"}
#: Verbs after which an event noun's count is the event's toll: a level or a cause (read per claim).
_EVENT_NOUN_VERBS = EVENT_LEVEL_VERBS | _CAUSING_VERBS


#: Right before a figure: what something has ("a trust with 9,800 staff", "with 289 confirmed cases").
WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)
#: Words before an event noun that say it is counted, not which events: 'confirmed cases', 'recorded deaths'.
COUNTED_WORDS = {"confirm", "report", "record", "register", "official", "total"}


def is_lives_lost(claim: Claim) -> bool:
    """'the storm claimed 27 lives', 'cost 31 lives': a toll counted in lives."""
    return claim.dimension == "count" and claim.subject == "life" and claim.predicate in ("claim", "cost", "take", "lose")
