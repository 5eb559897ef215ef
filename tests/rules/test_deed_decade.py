"""FC407 (``deed-year-vs-decade``): a deed dated by its verb in one year and by its noun in a decade."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.rules.checks.deed_decade import same_deed
from tests.rules.rule_helpers import fires


@pytest.mark.parametrize("one,other,expected", [
    ("excavated", "excavation", True),
    ("attempted", "attempt", True),
    ("erupted", "eruption", True),
    ("demolished", "demolition", True),
    ("refurbishment", "refurbishment", True),
    # a noun's ending left out: explor-ation, restor-ation
    ("explored", "exploration", True),
    ("restored", "restoration", True),
    # a short stem, or two words that only begin alike, are no one deed
    ("opened", "opening", False),
    ("excavated", "exchange", False),
    ("recorded", "recreation", False),
    ("visited", "vision", False),
    ("stationed", "statistics", False),
])
def test_a_verb_and_a_noun_name_one_deed_by_their_stem(one, other, expected):
    assert same_deed(one, other) == expected


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1900, max_value=2019), st.integers(min_value=190, max_value=201))
def test_a_plain_deed_fires_only_outside_its_decade(year, tens):
    decade = tens * 10
    text = (f"A partial skeleton was excavated in {year} by a team from the museum. "
            f"That {decade}s excavation recovered just 30 bones.")
    assert fires("FC407", text) == (not decade - 1 <= year <= decade + 10)


@pytest.mark.parametrize("text,expected", [
    # a first time rules out only a decade before it
    ("The north face was first attempted in 1983. That 1970s attempt failed in a storm.", True),
    ("The north face was first attempted in 1983. That 1990s attempt failed in a storm.", False),
    # ... unless the decade is told as the first time too
    ("The cave was first explored in 1958. Since its first exploration in the 1970s, it has drawn cavers.", True),
    ("The cave was first explored in 1958. Since its first exploration in the 1950s, it has drawn cavers.", False),
    # a last time rules out a later decade, and a decade told as the last time too
    ("The volcano had not erupted since 1953. Islanders remember that 1960s eruption.", True),
    ("The volcano had not erupted since 1953. Islanders remember the volcano's last eruption in the 1940s.", True),
    ("The volcano had not erupted since 1953. Islanders remember that 1930s eruption.", False),
    # two years: two deeds; another holder; the noun not the head of its phrase
    ("The trench was excavated in 1987 and the mound was excavated in 1962. That 1960s excavation found little.", False),
    ("The temple was excavated in 1987. The palace's 1970s excavation was never published.", False),
    ("The trench was excavated in 1987. The 1970s excavation site is now a car park.", False),
])
def test_first_and_last_times_and_what_is_left_alone(text, expected):
    assert fires("FC407", text) == expected
