"""Check kind ``age-vs-birth-year``: an age that a stated year of birth rules out.

"Smith, born in 1950, ... the 62-year-old" in a 2025 article: Smith is 74
or 75. The age is read against a reference year: another year named in
the age's own sentence ("died in 1997 aged 122"), else the year of
publication. An age stated for a past moment ("the then 62-year-old", "at
the time", "when she was") is left alone, and so is an undated article.

Linking an age to the right birth year is the hard part, so it is kept
narrow: the two are in one sentence (with one age and one birth year in
it), or the article gives exactly one year of birth and the age's sentence
names the same person (a capitalised name shared by both sentences), or the
two sentences are neighbours and the later one opens by referring back to
the person the earlier one names ("Orme, 42, ... He was born in 1990";
"Brody, born in 1971, ... The 49-year-old said").
"""

from __future__ import annotations

import re

from factcheck.rules.checks.sentences import sentences
from factcheck.rules.registry import Hit, check
from factcheck.rules.text import number
from factcheck.track.when import parse_published

PARAMS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"slack": {"type": "integer", "minimum": 0, "maximum": 3}},
}

_BORN_BEFORE = re.compile(r"(?:\bborn\s+(?:in\s+|on\s+)?(?:\w+\s+){0,3}?|\(b\.\s*|\bb\.\s+)$", re.I)
_PAST_MOMENT = re.compile(r"\b(?:then|at the time|when (?:he|she|they|i|we) (?:was|were)|was aged|had been|"
                          r"died|death|killed|murdered|would have been|would be)\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\b")
_NOT_NAMES = {"The", "A", "An", "He", "She", "They", "It", "In", "On", "At", "Born", "Mr", "Mrs", "Ms",
              "Miss", "Dr", "Sir", "But", "And", "When", "After", "Before", "His", "Her", "Their", "This",
              "That", "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
              "Thursday", "Friday", "Saturday", "Sunday"}


def _names(text: str) -> set[str]:
    return {n for n in _NAME.findall(text) if n not in _NOT_NAMES}


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


def _birth_years(sentence):
    return [c for c in sentence.claims if c.kind == "year" and c.value and c.low == c.high
            and _BORN_BEFORE.search(sentence.before(c, 40))]


def expected_ages(birth: int, reference: int, slack: int) -> range:
    """Ages a person born in ``birth`` may have in ``reference`` (birthday not yet / already)."""
    return range(reference - birth - 1 - slack, reference - birth + 1 + slack)


@check("age-vs-birth-year", params=PARAMS)
def age_vs_birth_year(rule, audit):
    """An age that contradicts a year of birth given in the same article."""
    slack = rule.params.get("slack", 0)
    by_article: dict[str, list] = {}
    for sentence in sentences(audit):
        by_article.setdefault(sentence.article_id, []).append(sentence)
    for article_id, article_sentences in by_article.items():
        published = parse_published(audit.articles[article_id].published)
        births = [(s, c) for s in article_sentences for c in _birth_years(s)]
        if not births:
            continue
        for sentence in article_sentences:
            ages = [c for c in sentence.claims if c.kind == "age" and c.unit == "year" and c.value]
            if len(ages) != 1:
                continue
            age = ages[0]
            if _PAST_MOMENT.search(f"{sentence.before(age, 50)} {age.text} {sentence.after(age, 15)}"):
                continue  # 'the then 62-year-old', 'when she was 62' (near the age, not anywhere)
            own = [b for s, b in births if s is sentence]
            if own:
                if len(own) != 1:
                    continue
                birth = own[0]
            elif len(births) == 1 and (_names(births[0][0].text) & _names(sentence.text)
                                       or _next_refers_back(audit.articles[article_id].text,
                                                            births[0][0], sentence)):
                birth = births[0][1]
            else:
                continue
            others = [c for c in sentence.claims if c.kind == "year" and c is not birth and c.low == c.high]
            if len(others) > 1:
                continue
            reference = int(others[0].value) if others else (published.year if published else None)
            if reference is None or reference <= birth.value:
                continue
            allowed = expected_ages(int(birth.value), reference, slack)
            if age.low <= allowed.stop - 1 and age.high >= allowed.start:
                continue
            low, high = reference - int(birth.value) - 1, reference - int(birth.value)
            yield Hit(
                claim_ids=[birth.id, age.id],
                fields={"age": age.text, "age_years": number(age.value), "birth": birth.text, "reference": reference,
                        "expected": f"{low} or {high}"},
                suggestion=f"Born in {birth.text}, the person would be {low} or {high} in {reference}.",
            )
