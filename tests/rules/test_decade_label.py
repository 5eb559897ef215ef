"""FC406 (``decade-label``): a year of making against a decade given to a thing of the same noun."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.rule_helpers import fires


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1850, max_value=2019), st.integers(min_value=185, max_value=201))
def test_a_year_of_building_fires_only_outside_its_decade(year, tens):
    decade = tens * 10
    text = f"The boathouse was built in {year} by the rowing club. Members say the {decade}s boathouse leaks."
    assert fires("FC406", text) == (not decade - 1 <= year <= decade + 10)


@pytest.mark.parametrize("text,expected", [
    # the same noun ties the two, whatever it is: no list of buildings
    ("The weaving shed was added in 1983. \"In the 1990s shed, the looms run all day,\" she said.", True),
    ("The sodium lamps were installed in 1978. The city will replace the 1990s-era lamps.", True),
    # two nouns: no tie ('lamps' / 'lights')
    ("The sodium lamps were installed in 1978. The city will replace the 1990s-era lights.", False),
    # a founding starts a thing that lives on: only a year after the decade rules the label out
    ("The band was formed in 1983 in Leeds. The 1990s band toured Japan twice.", False),
    ("The band was formed in 1998 in Leeds. The 1980s band toured Japan twice.", True),
    # two sheds of two years: which one the decade means is unknown
    ("One shed was built in 1983 and the other shed was built in 1996. The 1990s shed leaks.", False),
    # a decade that names another one or a style
    ("The shed was built in 1983. Next to it stands a new 1990s shed.", False),
    ("The cinema was built in 1983 in a 1930s-style cinema design.", False),
])
def test_decade_labels(text, expected):
    assert fires("FC406", text) == expected
