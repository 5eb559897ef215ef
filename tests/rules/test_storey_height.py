"""FC145 (``storey-height``): a building's height divided by its number of storeys."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.rules.examples import run_example
from tests.rules.rule_helpers import bundled_rules, fires

ORDINARY = st.floats(min_value=2.5, max_value=18)
SLIPPED = st.one_of(st.floats(min_value=25, max_value=400), st.floats(min_value=0.2, max_value=1.5))


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=3, max_value=120), ORDINARY)
def test_an_ordinary_height_for_its_storeys_passes(storeys, per_storey):
    height = round(storeys * per_storey)
    assert not fires("FC145", f"The {storeys}-storey block is {height:,} metres tall, the council said.")


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=3, max_value=120), SLIPPED)
def test_a_height_no_storeys_can_make_fires(storeys, per_storey):
    height = round(storeys * per_storey)
    if height < 3 or height >= 1100:  # (below any building; above 1,100 m a range rule speaks)
        return
    assert fires("FC145", f"The {storeys}-storey block is {height:,} metres tall, the council said.")


@pytest.mark.parametrize("text,expected", [
    # the count and the height in one sentence, in any order and wording
    ("The hall, twelve storeys high, rises 600 metres above the square.", True),
    ("At 700 feet tall, the four-storey library dwarfs the town hall.", True),
    ("The new offices will have 30 floors and rise 120 metres.", False),
    # a height in feet is converted before it is divided
    ("The 30-storey hotel stands 390 feet tall.", False),
    # storeys of a part, a spire and distances are not the building's height
    ("Fire spread through three storeys of the 80-metre block.", False),
    ("The two-storey chapel has a 70-metre bell tower.", False),
    ("The 12-storey hotel is 900 metres from the station.", False),
])
def test_storey_height_in_copy(text, expected):
    assert fires("FC145", text) is expected


def test_every_building_of_an_article_is_judged():
    # two impossible heights in one article: both are found, and the check does not stop after the first
    text = ("Council report on towers\n\nThe seven-storey block is 300 metres tall, the council said.\n\n"
            "The seven-storey annexe is 400 metres tall, the council said.")
    findings = [f for f in run_example(bundled_rules()["FC145"], text) if f.rule == "FC145"]
    assert [f.message.split("”")[0] for f in findings] == ["“300 metres", "“400 metres"]
