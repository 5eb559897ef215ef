"""Readings that name a figure's fact by what it is of, whatever its verb says.

"Harriet Lowe, 67" is her age whether she was named or killed; "the
35,200-capacity ground" gives a capacity, "all 640 residents of Hebblethorpe"
a population, "an 86,000-strong workforce" a staff's size, "the 64-member
orchestra" the orchestra's size, "a 22-storey tower" its storeys, "13,840
households on the waiting list" the list's length, "61% of deckhands who
voted" the ballot's result, "in front of 41,250 fans" the crowd, "the river
peaked at 5.8 metres" its peak. ``whole_reading`` gives the blocking key of such a
figure (``keys.fact_key`` adds the unit); other figures go on to be read by
their verb.
"""

from __future__ import annotations

import re

from factcheck.model import Claim
from factcheck.track.people import RESIDENTS

#: A count joined by a hyphen to a word of capacity is the capacity of what follows:
#: "the 35,200-capacity ground", "a 6,000-seat arena" say "a capacity of 35,200".
_CAPACITY_HYPHEN = re.compile(r"-(?:capacity|seat|seater)$", re.I)
#: A count joined by a hyphen to a part of what follows counts that part, whatever the clause
#: does: "fire raced up a 22-storey tower block", "a 300-bed hospital", "a four-lane road", "a
#: 24-flat block", "an 18-hole course", "a 12-carriage train".
_PART_HYPHEN = re.compile(r"-(storey|story|floor|bed|bedroom|room|lane|berth|screen|platform|runway|gate|flat|apartment|"
                          r"home|unit|classroom|ward|cell|carriage|car|hole)$", re.I)
_PART_CLASSES = {"story": "storey", "floor": "storey", "bedroom": "room", "apartment": "flat"}
#: Right before a count: all of a group ('all 640 residents', 'all 22 crew').
ALL_BEFORE = re.compile(r"\b(?:all|all of the|all the|every one of the)\s+(?:its\s+|their\s+)?$", re.I)
#: Verbs by which a holder holds a volume of stuff: what it holds is its capacity, whatever the
#: stuff is called ("holds 2.3 billion litres of water" / "holds 3.2 billion litres").
HOLDING_VERBS = {"hold", "contain", "store"}
#: A count hyphened to 'strong' gives the size of what follows: 'an 86,000-strong workforce'.
_STRONG_HYPHEN = re.compile(r"-strong$", re.I)
#: Things that run for a term, under one name each: a duration hyphened to one is its term, whatever
#: the clause does with it ('signed a six-year contract' / 'The five-year deal runs until June 2033';
#: 'a five-year moratorium' / 'the seven-year ban').
_TERMS = {"contract": "contract", "deal": "contract", "agreement": "contract", "lease": "lease", "tenancy": "lease",
          "moratorium": "ban", "ban": "ban", "embargo": "embargo", "freeze": "freeze", "suspension": "suspension",
          # a voyage told by its length ('the 12-day cruise' / 'the ten-day voyage', 'a 44-day crossing')
          "cruise": "voyage", "voyage": "voyage", "crossing": "voyage", "expedition": "expedition"}
_TERM_HYPHEN = re.compile(r"\d-(?:year|month|week|day)$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|\w+teen|\w+ty)-(?:year|month|week|day)$", re.I)
#: A count hyphened to its members gives the size of the group that follows, whatever the group
#: did: 'the 64-member orchestra flew home', 'a 12-man crew', 'an 84-piece orchestra'.
_MEMBER_HYPHEN = re.compile(r"-(?:member|man|woman|person|piece)$", re.I)


#: A person's name as written: capitalised words ('Harriet Lowe', 'Delgado', "O'Neill").
_PERSON_NAME = re.compile(r"(?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+")


def is_named_age(claim: Claim) -> bool:
    """The age of a person the copy names ('Harriet Lowe, 67', 'the 74-year-old Delgado')."""
    name = re.split(r"[,(]", claim.subject_text)[0].strip()  # ('Delgado, 70, and his wife': the parse runs on)
    return claim.kind == "age" and bool(_PERSON_NAME.fullmatch(name)) and name.split()[-1].lower() == claim.subject


#: After a count of people: the list they are on ("13,840 households were on the council's waiting
#: list", "about 9,100 people on its waiting list"). The word before "list" names it.
_ON_LIST_AFTER = re.compile(
    r"^\s*(?:[a-z][\w-]*\s+){0,2}?(?:(?:are|were|is|was|now|still|currently|remain|remained)\s+)*(?:on|in)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:([a-z][\w-]*)\s+)?(?:list|register)s?\b")


#: Around a count: it is totted up to the day of writing, whatever its verb ('have carried 94,100
#: passengers since the trial began', 'bringing the total to 17', 'a total of 15 people have been
#: bitten', 'so far'). Such a tally is a running total: it only grows.
_TO_DATE = re.compile(r"\b(?:so far|to date|in total|a total of|altogether|cumulative(?:ly)?|(?:has|have|had) now|"
                      r"since (?:the|it|they|its|their|this|our) (?:[\w-]+ ){0,3}?(?:began|started|opened|launched|"
                      r"start|launch|opening|began operating)|"
                      r"bringing (?:the|its|their) (?:total|number|tally|count) (?:[\w ]{0,25} )?to)\b", re.I)


#: Right before a count: a perfect of a verb that gathers what comes in ('had received 4,800 complaints', 'has now received
#: reports of 49 fires', 'have collected 12,000 signatures'): a tally up to the day, which only grows.
_GATHERED_SO_FAR_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:received|collected|gathered|"
                                     r"logged|recorded|registered|attracted|drawn)\s+(?:reports\s+of\s+)?"
                                     r"(?:(?:more\s+than|about|nearly|almost|over|some|around)\s+)?$", re.I)


def is_hyphened_size(claim: Claim) -> bool:
    """Is the count hyphened to what it counts of one thing: its capacity, strength, members or parts
    ('the 68,000-seat stadium', 'a 104-strong fleet', 'the 64-member orchestra', 'the 540-bed hospital')?"""
    return claim.dimension == "count" and any(pattern.search(claim.text) for pattern in (
        _CAPACITY_HYPHEN, _STRONG_HYPHEN, _MEMBER_HYPHEN, _PART_HYPHEN))


#: Nouns of a group of vessels or vehicles that sets out together: 'A fleet of 96 yachts will start'.
_SETTING_OUT_GROUPS = {"fleet", "flotilla", "convoy", "armada"}
#: Right before a count: it is the size of a whole set ('a set of nine wall hangings', 'the series of 12 paintings').
_SET_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:(?:complete|full|whole|original)\s+)?"
                            r"(?:set|series|suite|cycle)\s+of\s+$", re.I)


def is_group_size(claim: Claim) -> bool:
    """Is the count the size of a fleet or convoy told as 'a fleet of 96 yachts' ('the 104-strong
    fleet'), whatever the clause does with the group?"""
    return (claim.dimension == "count" and claim.subject in _SETTING_OUT_GROUPS and bool(claim.subject_text)
            and bool(re.search(rf"\b{re.escape(claim.subject_text)}\s+of\s+$", claim.text_before(30), re.I)))


def is_capacity(claim: Claim) -> bool:
    """'a 12,000-capacity venue', 'the 1,800-seat grandstand': how many a place holds, which the
    figure names itself (the parse may lose the noun it describes)."""
    return claim.dimension == "count" and bool(_CAPACITY_HYPHEN.search(claim.text))


#: Right before a term of custody: the verb that hands it down ('was jailed for seven years', 'was
#: sentenced on Thursday to 22 years', 'jailed Hollis for four years').
_CUSTODY_BEFORE = re.compile(r"\b(?i:jailed|imprisoned|sentenced|locked\s+up)\s+(?:[A-Z][\w'’-]*\s+)?"
                             r"(?:(?:on|last)\s+\w+\s+)?(?:for|to)\s+(?:a\s+total\s+of\s+)?$")
#: Nouns of a custodial term that a duration is hyphened to: 'the six-year sentence', 'a 22-year term'.
CUSTODY_NOUNS = {"sentence", "term", "stretch"}
#: Words that make a term another one than the term handed down: the law's bounds, a suspension, a
#: term of other work ('a maximum sentence of 10 years', 'sentenced to 200 hours of community service').
_NOT_CUSTODY = re.compile(r"\b(?:maximum|minimum|max|suspended|community|unpaid|probation|curfew|ban|banned|"
                          r"disqualified|licence|parole)\b", re.I)
#: ... or a term the defendant may yet get ('faces up to 10 years', 'could be jailed for').
_HEDGED_TERM_BEFORE = re.compile(r"\bup to\s+$|\b(?:faces?|facing|could|would|may|might)\b[^.;,]*$", re.I)
_CUSTODY_UNITS = {"year", "month", "week"}


def is_custody(claim: Claim) -> bool:
    """Is the figure the term of custody a court handed down ('was jailed for seven years', 'the
    six-year sentence'): one fact of a defendant's case, whatever the sentence's verb?"""
    if claim.dimension != "time" or claim.unit not in _CUSTODY_UNITS or claim.qualifier:
        return False
    near = f"{claim.text_before(40)} {claim.text} {claim.text_after(30)}"
    if (_NOT_CUSTODY.search(near) or any(_NOT_CUSTODY.search(m) for m in claim.subject_modifiers)
            or _HEDGED_TERM_BEFORE.search(claim.text_before(25))):
        return False
    if claim.subject in CUSTODY_NOUNS and _HYPHENED_TERM.search(claim.text):
        return True
    return bool(_CUSTODY_BEFORE.search(claim.text_before(50)))


_HYPHENED_TERM = re.compile(r"-(?:year|month|week)$", re.I)


def is_counted_to_date(claim: Claim) -> bool:
    """Is a count a tally kept up to the day of writing (``_TO_DATE`` in its sentence near it)?"""
    if claim.dimension != "count":
        return False
    return bool(_TO_DATE.search(claim.text_before(60)) or _TO_DATE.search(claim.text_after(80))
                or _GATHERED_SO_FAR_BEFORE.search(claim.text_before(60)))


def list_named_after(claim: Claim) -> str | None:
    """The narrowing word of the list a count of people is on ('waiting'), '' for a bare list,
    None when the count is not of a list: then the figure is the list's length, the same fact
    as 'the waiting list rose to 18,340'."""
    if claim.dimension != "count":
        return None
    match = _ON_LIST_AFTER.match(claim.text_after(80))
    return None if match is None else (match.group(1) or "")


#: After a share: the voters it is a share of ("91% of members who took part in the ballot",
#: "61% of deckhands who voted", "71% of those balloted").
_OF_VOTERS_AFTER = re.compile(
    r"^\s*of\s+(?:[\w'’-]+\s+){0,5}?(?:(?:who|that)\s+(?:had\s+)?(?:voted|took part|cast)|balloted|voting)\b", re.I)


def is_ballot_share(claim: Claim) -> bool:
    """Is the figure the share of voters in a ballot? Whoever the voters are called (members,
    deckhands, staff), it is the one result of that ballot."""
    return claim.dimension == "percent" and bool(_OF_VOTERS_AFTER.match(claim.text_after(80)))


#: Right before a count of people: they watched an event ('played in front of 41,250 fans').
_IN_FRONT_OF_BEFORE = re.compile(r"\b(?:in front of|watched by|before a (?:crowd|sell-out crowd|capacity crowd) of)\s+"
                                 r"(?:a crowd of\s+)?$",
                                 re.I)
_WATCHERS = {"fan", "spectator", "supporter", "people", "person", "crowd", "viewer"}
#: What a crowd does at an event: the people who did it are its crowd ('40,000 people attended').
_CROWD_VERBS = {"pack", "fill", "attend", "watch", "cram", "throng", "flock", "gather", "line", "turn out", "crowd"}
#: A venue's verb of capacity, in the present, with a modal or in a relative clause, and who it seats:
#: 'the stand seats 2,400 people', 'can accommodate 400 guests', 'the stadium, which holds 55,000', 'The
#: stand, which held 1,100 spectators', 'was built to hold 1,600 people' (not 'ushers seated 40 people').
_SEATS_BEFORE = re.compile(r"\b(?:seats|(?:can|could|will|would)\s+(?:now\s+)?seat|accommodates|holds|which\s+(?:held|seated)|"
                           r"(?:can|could|will|would|(?P<built>(?:built|designed|made|licensed|licenced|permitted|allowed|"
                           r"certified|rated|approved|registered)\s+to))\s+(?:now\s+)?(?:safely\s+)?"
                           r"(?:accommodate|hold|seat|carry|take))\s+"
                           r"(?:up to\s+|about\s+|some\s+|"
                           r"around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$", re.I)
#: Verbs by which a venue has its seats ('has 1,850 seats', 'now boasts 900 seats').
_HAVING_VERBS = {"have", "be", "", "boast", "offer", "number", "total", "contain", "feature"}
_SEATED = {"guest", "diner", "passenger", "visitor", "worshipper", "student", "pupil", "delegate", "seat"}


def is_crowd(claim: Claim) -> bool:
    """Does the figure give the size of a crowd at an event ('a crowd of 10,800', 'Some 10,200
    fans packed the arena', 'played in front of 41,250 fans')?"""
    return claim.dimension == "count" and (claim.subject == "crowd" or claim.subject in _WATCHERS and (
        claim.predicate in _CROWD_VERBS or bool(_IN_FRONT_OF_BEFORE.search(claim.text_before(40)))) or (
        claim.subject in _ONLY_WATCHERS and bool(_WERE_THERE_AFTER.match(claim.text_after(30)))))


#: People who are at an event only to watch it, and what says they were there: 'About 2,300 spectators were
#: at the track on Tuesday' is the crowd ('A crowd of 3,200 was at the track').
_ONLY_WATCHERS = {"spectator", "fan", "supporter", "onlooker"}
_WERE_THERE_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:were|was)\s+(?:at|in|inside)\s+(?:the|its)\b", re.I)


def term_of(claim: Claim) -> str:
    """What the figure is the term of, a contract, a lease or a ban it is hyphened to ('a six-year
    contract', 'the seven-year ban'; the parse may lose the noun as the clause's subject: 'The
    five-year deal runs until June 2033'), or ''."""
    if claim.dimension != "time" or not _TERM_HYPHEN.search(claim.text):
        return ""
    noun = re.match(r"\s*([a-z]+)", claim.text_after(20))
    return _TERMS.get(claim.subject) or (_TERMS.get(noun.group(1), "") if noun and not claim.subject else "")


def is_told_capacity(claim: Claim) -> bool:
    """Is the count how many a place holds, hyphened to it ('the 68,000-seat stadium') or told by a
    verb of capacity ('the stadium, which holds 55,000', 'the grandstand seats 2,400 people')?"""
    if is_capacity(claim):
        return True
    seats = _SEATS_BEFORE.search(claim.text_before(40)) if claim.dimension == "count" else None
    # (a passive 'was built to hold' has its venue as its subject, which the parse does not give the figure)
    return (seats is not None and (claim.subject in _WATCHERS | _SEATED or not claim.subject and bool(claim.agent))
            and bool(claim.agent or seats.group("built")))  # ('the stadium, which holds 55,000')


def has_seats(claim: Claim, modifiers: list[str]) -> bool:
    """Is the count the seats a place has ('The restored auditorium has 1,850 seats'; not '210 reclining seats')?"""
    return claim.dimension == "count" and claim.subject == "seat" and claim.predicate in _HAVING_VERBS and not modifiers


def whole_reading(claim: Claim, modifiers: list[str], subject: str) -> tuple[str, str, str] | None:
    """(subject, narrowing words, predicate class) of a figure whose fact is what it is of, or
    None. ``subject`` is the claim's subject class (``keys.subject_class``)."""
    if is_named_age(claim):  # 'Harriet Lowe, 67' / 'Harriet Lowe, 76': a person's age, whatever befell them
        return (claim.subject, " ".join(modifiers), "")
    if is_told_capacity(claim):
        return ("capacity", "", "")  # 'the grandstand seats 2,400 people' = 'the 1,800-seat grandstand'
    if is_custody(claim):
        return ("jail term", "", "")  # 'was jailed for seven years' = 'the six-year sentence'
    if term := term_of(claim):
        return (term, "", "")  # 'signed a six-year contract' = 'The five-year deal': its term
    if has_seats(claim, modifiers):
        return ("capacity", "", "")  # 'The restored auditorium has 1,850 seats' = 'the 1,640-seat auditorium'
    if claim.dimension == "count" and claim.subject in RESIDENTS and ALL_BEFORE.search(claim.text_before(20)):
        return ("population", "", "")  # 'all 640 residents of Hebblethorpe': its population
    if claim.agent and claim.predicate in HOLDING_VERBS and claim.dimension == "volume":
        # 'the reservoir holds 2.3 billion litres of water' = 'the reservoir holds 3.2 billion litres'
        return (claim.agent, "", "")
    if claim.dimension == "count" and _STRONG_HYPHEN.search(claim.text) or is_group_size(claim):
        return (subject, "", "")  # 'an 86,000-strong workforce': its size; 'a fleet of 96 yachts'
        # = 'the 104-strong fleet'
    if claim.dimension == "count" and _SET_OF_BEFORE.search(claim.text_before(20)):
        return (subject, "set", "")  # 'a set of nine wall hangings woven in Brussels' = 'the set of eleven hangings
        # that has hung in the gallery': the set's size, whatever its clause tells of the things
    if claim.dimension == "count" and _MEMBER_HYPHEN.search(claim.text):
        return (subject, " ".join(modifiers), "")  # 'the 64-member orchestra': its size (a 'search team' is not a 'medical team')
    part = _PART_HYPHEN.search(claim.text) if claim.dimension == "count" else None
    if part:  # the storeys of the tower, whatever the fire did
        word = part.group(1).lower()
        return (_PART_CLASSES.get(word, word), subject, "")
    on_list = list_named_after(claim)
    if on_list is not None:  # '13,840 households were on the waiting list': the list's length
        return ("list", on_list, "")
    if is_ballot_share(claim):  # '61% of deckhands who voted in the ballot': the ballot's result
        return ("ballot", "", "")
    if claim.subject != "crowd" and is_crowd(claim):
        return ("crowd", "", "")  # 'played in front of 41,250 fans', 'Some 10,200 fans packed the arena' = 'a crowd of 36,800'
    if claim.predicate == "peak" and claim.dimension == "length":
        return ("peak", "", "")  # 'the river peaked at 5.8 metres' is 'a peak of 5.8 metres'
    return None
