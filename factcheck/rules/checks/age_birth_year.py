"""Check kind ``age-vs-birth-year``: an age that a stated year of birth rules out.

"Smith, born in 1950, ... the 62-year-old" in a 2025 article: Smith is 74
or 75. The age is read against a reference year: another year named in
the age's own sentence ("died in 1997 aged 122"; not one that opens a state
still going on, "has led the firm since 2020"), else the year of
publication. An age stated for a past moment ("the then 62-year-old", "at
the time", "when she was") is left alone, and so is an undated article.

Linking an age to the right birth year is the hard part, so it is kept
narrow: the two are in one sentence (with one age and one birth year in
it), or the article gives exactly one year of birth and the age's sentence
names the same person (a capitalised name shared by both sentences), or the
two sentences are neighbours and the later one opens by referring back to
the person the earlier one names ("Orme, 42, ... He was born in 1990";
"Brody, born in 1971, ... The 49-year-old said").

Beyond those, an age and a year of birth anywhere in the article are paired
when both resolve to the same person (``time_people``): "Orme, 42," and
"Orme, who was born in 1990"; "the 58-year-old curator" and "the curator,
Ann Lyle, ... Born in 1961, she". An age whose sentence names another year
("has worked there since 2008") is left to the first route.
"""

from __future__ import annotations

import re

from factcheck.rules.checks.sentences import sentences_by_article
from factcheck.rules.checks.time_people import People, people_of
from factcheck.rules.registry import Hit, check
from factcheck.rules.text import number
from factcheck.timewords import MONTH_NAMES, WEEKDAY_NAMES
from factcheck.track.places import COUNTRIES, is_demonym
from factcheck.track.when import parse_published

PARAMS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"slack": {"type": "integer", "minimum": 0, "maximum": 3}},
}

_BORN_BEFORE = re.compile(r"(?:\bborn\s+(?:in\s+|on\s+)?(?:\w+\s+){0,3}?|\(b\.\s*|\bb\.\s+|"
                          # where, in lower case, then when: 'who was born at the hall in 1951'
                          r"\bborn\s+(?:at|in|on|near)\s+(?:the|a|an|his|her|their)\s+[a-z]+\s+in\s+|"
                          # 'whose date of birth was given in court as 3 February'
                          r"\b(?:date|year) of birth\s+(?:(?:was|is|were)\s+)?(?:(?:given|listed|recorded|stated|shown|"
                          r"in|court|documents?|as|on)\s+){0,5}(?:\d{1,2}\s+)?(?:\w+\s+)?|"
                          # where, then when: 'Born in the mining town of Mundaree, Western Australia, in '
                          r"\bborn\s+(?:in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:of\s+)?"
                          r"(?-i:[A-Z])[\w'-]*(?:(?:\s+|,\s*)(?-i:[A-Z])[\w'-]*){0,4},?\s+in\s+)$", re.I)
_PAST_MOMENT = re.compile(r"\b(?:then|at the time|when (?:he|she|they|i|we) (?:was|were)|was aged|had been|"
                          r"died|death|killed|murdered|(?:at|by|since|from|until) the age of|at age)\b|"
                          # a role the person had then, told after a verb's clause: 'learned to box as a 12-year-old'
                          r"\w\s+as\s+an?\s+\d{1,3}-year-old\b", re.I)
#: Right before an age: one the person would have, not has ('who would have been 30 on Tuesday'; not
#: '"I thought I would be terrified," said Brandvold, 29').
_WOULD_BE = re.compile(r"\bwould\s+(?:have\s+been|be)\s+(?:aged\s+)?$", re.I)
#: A death told with a day of this week is recent: the age is the age now ("Margaret Oyelaran,
#: 79, ... died in hospital on Wednesday night"); one told without is any time ("died aged 62").
_DEATHS = {"died", "death", "killed", "murdered"}
_THIS_WEEK = re.compile(r"\b(?:(?:(?:on|last)\s+)?(?:" + "|".join(WEEKDAY_NAMES) + r")|"  # ('died Tuesday')
                        r"yesterday|today|last night|this week|this morning|overnight)\b", re.I)
#: A name right before an age set off by commas: "Mr Vell, 54, ...", an age as of the article.
_NAMED_NOW = re.compile(r"\b[A-Z][\w'-]+,\s*$")
#: Before a year that opens a state still going on, not the moment an age was taken:
#: "Mr Oduya, 59, has led the company since 2020".
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\b")
_NOT_NAMES = {"The", "A", "An", "He", "She", "They", "It", "In", "On", "At", "Born", "Mr", "Mrs", "Ms",
              "Miss", "Dr", "Sir", "But", "And", "When", "After", "Before", "His", "Her", "Their", "This",
              "That", *MONTH_NAMES, *WEEKDAY_NAMES}


def _names(text: str) -> set[str]:
    """The capitalised words that may name a person (not a people's word or a country: 'the Canadian')."""
    return {n for n in _NAME.findall(text)
            if n not in _NOT_NAMES and not is_demonym(n) and n.lower() not in COUNTRIES}


#: A sentence that opens by referring back to the person just named: "He was born in 1990",
#: "The 49-year-old told ...", "Now the 58-year-old general secretary ...".
_REFERS_BACK = re.compile(r"^\W*(?:(?:now|today|still),?\s+)?(?:he|she|the\s+\d{1,3}-year-old)\b", re.I)


def _next_refers_back(text: str, one, other) -> bool:
    """Are two sentences of the article ``text`` neighbours, the later opening with a pronoun
    or 'the N-year-old' that can only mean the person the earlier one names?"""
    first, second = sorted((one, other), key=lambda s: s.start)
    gap = text[first.start + len(first.text):second.start]
    return (not gap.strip(" \n\"'“”’") and bool(_names(first.text))
            and bool(_REFERS_BACK.match(second.text)))


#: The year inside a date: "March 1950", "3 May 1950".
_YEAR_IN_DATE = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def birth_year(claim) -> int | None:
    """The year a year or a date of birth gives ('1950', 'March 1950', '3 May 1950')."""
    if claim.kind == "year":
        return int(claim.value) if claim.value and claim.low == claim.high else None
    found = _YEAR_IN_DATE.findall(claim.text) if claim.kind == "date" else []
    return int(found[0]) if len(found) == 1 else None


def _birth_years(sentence):
    return [c for c in sentence.claims if birth_year(c) is not None and _BORN_BEFORE.search(sentence.before(c, 90))]


_AGED = re.compile(r"(?:,|\()\s*(?:aged\s+)?$", re.I)
#: A quotation, then its speaker given as an age: '"You think about the next water," said the '.
#: (The sentence splitter may leave the opening quotation mark with the sentence before.)
_QUOTE_THEN_SAID = re.compile(r"^\W*[^\"\u201c\u201d]*[,.?!][\"\u201d\u2019']\s*"
                              r"(?:said|says|added|adds|explained|recalled|admitted|insisted|laughed)\s+the\s+$")


def age_owner(people: People, text: str, age) -> str | None:
    """The person an age claim is about, or None when the wording does not say."""
    after = text[age.end:age.end + 80]
    sentence_before = text[max(age.sentence_start, age.start - 80):age.start]
    if re.match(r"-?year-old|\s*-\s*year\s*-\s*old", after) or age.text.endswith("old"):
        after = re.sub(r"^-?\s*year\s*-?\s*old", "", after)
        named = re.match(r"\s*(?:[a-z]+\s+){0,2}?(?:[a-z]+,?\s+)?(?=[A-Z])", after)
        if named and people.name_at_start(after[named.end():]):
            return people.name_at_start(after[named.end():])       # "the 49-year-old minister, Sara Bell"
        appositive = re.search(r",\s*(?:a|an|the)\s+$", sentence_before)
        if appositive:
            return people.name_at_end(sentence_before[:appositive.start()])  # "Lyle, the 58-year-old curator"
        role = re.match(r"\s*(?:[a-z]+\s+){0,2}?([a-z]+)\b", after)
        person = people.role(role.group(1)) if role else None
        if person:
            return person                                               # "the 58-year-old curator"
        if re.fullmatch(r"\W*(?:(?:now|today|still|but|and|yet)\W+)?the\s+", sentence_before, re.I):
            return people.antecedent(age.start)                         # "The 58-year-old said"
        if (_QUOTE_THEN_SAID.search(text[age.sentence_start:age.start])
                and not any(age.sentence_start <= m[0] < age.start for m in people.mentions)):
            return people.antecedent(age.start)                         # '"...," said the 27-year-old'
        return None
    if _AGED.search(sentence_before) and re.match(r"\s*[,)]", after):
        return people.name_at_end(_AGED.sub("", sentence_before))       # "Orme, 42," / "Orme (42)"
    return None


def birth_owner(people: People, text: str, birth) -> str | None:
    """The person a year of birth is about, or None when the wording does not say."""
    sentence_before = text[birth.sentence_start:birth.start]
    born = list(re.finditer(r"\b(?:born|b\.)", sentence_before, re.I))
    if not born:
        return None
    head = sentence_before[:born[-1].start()]
    head = re.sub(r"(?:,?\s*(?:who|and)\s+)?(?:(?:was|were|is|had been)\s+)?(?:\(\s*)?$", "", head, flags=re.I)
    head = head.rstrip(" ,\u2013\u2014(")
    head = re.sub(r",\s*(?:aged\s+)?\d{1,3}$", "", head)                  # "Ms Varn, 109, who was born"
    if not head.strip(" \"'\u201c\u2018"):                               # "Born in 1990, she ..."
        after = text[birth.end:birth.end + 120]
        # ('Born in 1958 in the mill town of Orrin Falls, he ...': where, then the person)
        subject = re.match(r"(?:\s+(?:in|at|near|on)\s+[^,.;:()\"\u201c]{1,60}?)?\s*,\s*", after)
        if not subject:
            return None
        # (the person named before the place: 'Orrin Falls' may be read as a name)
        return people.reference_opening(after[subject.end():], birth.end)
    return people.reference_ending(head, birth.sentence_start + len(head))


#: Right before an age: a relative of someone named, whose age it is ('and his son, 30,').
_RELATIVE_BEFORE = re.compile(r"\b(?:his|her|their|whose)\s+(?:(?:elder|older|younger|eldest|youngest|late|twin)\s+)?"
                              r"(?:son|daughter|wife|husband|brother|sister|father|mother|partner|fianc\w*|grandson|"
                              r"granddaughter|grandfather|grandmother|uncle|aunt|nephew|niece|cousin|child|stepson|"
                              r"stepdaughter)\s*,?\s*(?:[A-Z][\w'-]*\s*){0,3},?\s*$")


#: Right before an age: a possessive, so the age names someone's child or relative ('their four-year-old').
_OWNED_AGE_BEFORE = re.compile(r"\b(?:his|her|their|my|our|your)\s+$", re.I)


def _owners_differ(text: str, sentence, age, birth) -> bool:
    """Does the wording tie an age and a year of birth of two sentences to different people, or
    name two people the shared surname could mean ("His father, Tom Orme, ... Orme, 42")?"""
    if _RELATIVE_BEFORE.search(age.text_before(30)) and not _RELATIVE_BEFORE.search(birth.text_before(60)):
        return True  # 'Tom Smith, born in 1968, ... and his son, 30,': the age is the relative's
    if _OWNED_AGE_BEFORE.search(age.text_before(12)):
        return True  # 'the room their four-year-old sits in', said Mr Breen, who was born in 1969: a child's age
    if not text or birth.sentence_start == age.sentence_start:
        return False
    people = people_of(text)
    one, other = age_owner(people, text, age), birth_owner(people, text, birth)
    if one and other:
        return one != other
    shared = _names(sentence.text) & _names(birth.sentence)
    return any(people.surnames.get(name.lower(), "") is None for name in shared)


def _paired_by_person(audit, article_id, article_sentences, births, published):
    """(age, birth) pairs whose owners the wording resolves to one person."""
    text = audit.articles[article_id].text
    if not text or published is None:
        return []
    people = people_of(text)
    if not people.full_names:
        return []
    owners = {}
    for _, birth in births:
        person = birth_owner(people, text, birth)
        if person:
            owners.setdefault(person, set()).add(birth_year(birth))
    by_year = {birth_year(b): b for _, b in births}
    pairs = []
    for sentence in article_sentences:
        years = [c for c in sentence.claims if c.kind == "year"]
        for age in (c for c in sentence.claims if c.kind == "age" and c.unit == "year" and c.value):
            if any(y.start < age.start for y in years) or re.search(r"\bthen\s*,?\s*$", sentence.before(age, 12)):
                continue  # a year before the age in its sentence may be the moment it was taken ('In 1998,
                # Lister, then 36, ...'); one told after it is of a later clause ('Lister, 63, ... who moved
                # to Carrisford in 2016')
            person = age_owner(people, text, age)
            if person and len(owners.get(person, ())) == 1:
                pairs.append((sentence, age, by_year[next(iter(owners[person]))]))
    return pairs


def expected_ages(birth: int, reference: int, slack: int) -> range:
    """Ages a person born in ``birth`` may have in ``reference`` (birthday not yet / already)."""
    return range(reference - birth - 1 - slack, reference - birth + 1 + slack)


@check("age-vs-birth-year", params=PARAMS)
def age_vs_birth_year(rule, audit):
    """An age that contradicts a year of birth given in the same article."""
    slack = rule.params.get("slack", 0)
    by_article = sentences_by_article(audit)
    for article_id, article_sentences in by_article.items():
        published = parse_published(audit.articles[article_id].published)
        births = [(s, c) for s in article_sentences for c in _birth_years(s)]
        if not births:
            continue
        pairs = [p for p in _paired_in_wording(audit, article_id, article_sentences, births)
                 if not _owners_differ(audit.articles[article_id].text, *p)]
        paired_ages = {age.id for _, age, _ in pairs}
        pairs += [p for p in _paired_by_person(audit, article_id, article_sentences, births, published)
                  if p[1].id not in paired_ages]
        for sentence, age, birth in pairs:
            if age.qualifier == "between" and age.high - age.low >= 2:
                continue  # 'a player aged 12 to 15': a band of ages that rules name, not one person's age
            moment = _PAST_MOMENT.search(f"{sentence.before(age, 50)} {age.text} {sentence.after(age, 15)}")
            before = sentence.before(age, 30)
            if _WOULD_BE.search(before) or (_AGE_OF_THE_PAST.search(before) and not _AT_NOW.search(before)) or (
                    moment and not (moment.group().lower() in _DEATHS and _THIS_WEEK.search(sentence.text))):
                continue  # 'the then 62-year-old', 'when she was 62' (near the age, not anywhere)
            others = [c for c in sentence.claims if c.kind == "year" and c is not birth and c.low == c.high
                      and not _SINCE_BEFORE.search(sentence.before(c, 20))
                      and not (c.start > age.end and _RELATIVE_ON_THE_AGE.match(sentence.between(age, c)))
                      and not (c.start > age.end and _ANOTHER_THINGS_YEAR_BEFORE.search(sentence.before(c, 30)))
                      and not (published and c.value > published.year)]  # 'wants to launch weekly by 2028'
            if _named_age(sentence, age):
                others = []  # 'Mr Vell, 54, was born in 1972 and joined the bank in 1994': his age now (and
                # 'Fenniman, 91, ran Fenniman Steel from 1971 to 2004, before selling the company founded in 1902')
            if len(others) > 1:
                continue
            reference = int(others[0].value) if others else (published.year if published else None)
            born = birth_year(birth)
            if reference is None or reference <= born:
                continue
            allowed = expected_ages(born, reference, slack)
            if age.low <= allowed.stop - 1 and age.high >= allowed.start:
                continue
            low, high = reference - born - 1, reference - born
            when = f"{'on' if _DAY_IN_DATE.search(birth.text) else 'in'} {birth.text}"  # 'on March 14, 1999', 'in 1999'
            yield Hit(
                claim_ids=[birth.id, age.id],
                fields={"age": age.text, "age_years": number(age.value), "birth": birth.text, "born": when,
                        "reference": reference, "expected": f"{low} or {high}"},
                suggestion=f"Born {when}, the person would be {low} or {high} in {reference}.",
            )


#: A day of the month in a date of birth ('March 14, 1999', '14 March 1999'): born on it, not in it.
_DAY_IN_DATE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)")


def _named_age(sentence, age) -> bool:
    """Is the age set after a name, between commas ('Ron, 74, who ...')?"""
    return bool(_NAMED_NOW.search(sentence.before(age, 40))) and bool(re.match(r"\s*,", sentence.after(age, 3)))


def _has_age(sentence) -> bool:
    """Does the sentence give a named person's age? Then the year of birth it gives is that
    person's ('Ron, 74, who was born in Harwick in 1951'), not of someone named later ('Janet
    Crewe, 58'); an age of someone else ('said the 46-year-old driver') does not say so."""
    return any(c.kind == "age" and c.unit == "year" and c.value and _named_age(sentence, c) for c in sentence.claims)


#: Right before an age of a past moment of one's life: 'before he was 10', 'his first winner at 17'.
_AGE_OF_THE_PAST = re.compile(r"(?:\b(?:when|before|after|until|since|by the time|as soon as)\s+(?:he|she|they|i|we)\s+"
                              r"(?:was|were|turned)\s+|\bat\s+)$", re.I)


#: Between an age and a later year: the year is in a relative clause on the person ('The 41-year-old,
#: who joined the programme in 2021, is ...'), not the moment the age was taken.
_RELATIVE_ON_THE_AGE = re.compile(r"^\s*,\s*(?:who|whose)\b[^,;]*$", re.I)
#: Right before a year told after the age: a participle set off on another noun, whose year it is ('needs to
#: beat the record of 466, set in 2019 by ...'), not the moment of the age.
_ANOTHER_THINGS_YEAR_BEFORE = re.compile(r",\s+(?!(?:who|which|and|but|then|born|while|when|as|only|even|also|just|"
                                         r"back|again|once|first|later|aged)\b)[a-z]+\s+in\s+$")
#: Right before an age: 'at' set off by a comma, the age now ('Rao, at 38, is the youngest').
_AT_NOW = re.compile(r",\s*at\s+$")


#: Between an age and the year of birth told right after it: "Pryor, 44, who was born in 1975".
_BORN_RIGHT_AFTER = re.compile(r"^\s*,\s*(?:an?\s+(?:[a-z-]+\s+){0,4}?)?(?:who\s+(?:was|is)\s+)?born\s+(?:in\s+|on\s+)?"
                               r"(?:(?:[A-Z][\w'-]*|the|a|an)\s+){0,3}?(?:in\s+)?$")


def _paired_in_wording(audit, article_id, article_sentences, births):
    """(sentence, age, birth) pairs the layout alone ties: one sentence, or a shared name or
    a back-reference when the article gives a single year of birth."""
    pairs = []
    for sentence in article_sentences:
        ages = [c for c in sentence.claims if c.kind == "age" and c.unit == "year" and c.value]
        own = [b for s, b in births if s is sentence]
        attached = [(age, b) for age in ages for b in own if _BORN_RIGHT_AFTER.match(sentence.between(age, b))]
        if len(ages) > 1 and len(attached) == 1:  # 'Gareth Pryor, 44, who was born in 1975, and his daughter Lily, 11,'
            pairs.append((sentence, *attached[0]))
            continue
        now = [c for c in ages if not _AGE_OF_THE_PAST.search(sentence.before(c, 30))]
        if len(ages) > 1 and len(now) == 1 and (_named_age(sentence, now[0]) or "year-old" in now[0].text):
            ages = now  # 'The 24-year-old learnt to ride before he was 10 ... at 17': the others are of the past
        if len(ages) > 1:  # 'Mr Tilley, 54, who was born in 1967 and has flown since he was 19': his age now
            ages = [c for c in ages if _named_age(sentence, c)]
        if len(ages) != 1:
            continue
        if own:
            if len(own) == 1:
                pairs.append((sentence, ages[0], own[0]))
        elif len(births) == 1 and not _has_age(births[0][0]) and (_names(births[0][0].text) & _names(sentence.text)
                                   or _next_refers_back(audit.articles[article_id].text, births[0][0], sentence)):
            pairs.append((sentence, ages[0], births[0][1]))
        else:  # several people born: only the sentence right before, with one birth, may be referred back to
            before = [(s, b) for s, b in births if s.start < sentence.start]
            if before and sum(1 for s, _ in births if s is before[-1][0]) == 1 and not _has_age(before[-1][0]) \
                    and _next_refers_back(audit.articles[article_id].text, before[-1][0], sentence):
                pairs.append((sentence, ages[0], before[-1][1]))
    return pairs
