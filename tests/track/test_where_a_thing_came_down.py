"""Where a thing that fell came down: 'the blade landed 180 metres from the base of the turbine' tells
how far from the turbine the blade landed, not how long the blade is; two reports of one story that
put it at 180 metres and about 600 metres disagree. Our own wording; each case has its near miss."""

import pytest

from factcheck.rules.examples import run_example
from track_helpers import articles, claims_by_text, keys_of, rule_of


@pytest.mark.parametrize("text, figure", [
    ("The blade came down at about 9pm and landed 180 metres from the base of the turbine.", "180 metres"),
    ("The blade snapped off in the storm, landing about 600 meters from the turbine.", "about 600 meters"),
    ("The satellite's fuel tank crashed some 400 metres from a farmhouse.", "some 400 metres"),
])
def test_a_distance_told_where_a_thing_came_down_is_where_it_landed(text, figure):
    key = keys_of(text)[figure]
    assert key is not None and key[2] == "land" and key[3] == "metre"


@pytest.mark.parametrize("text, figure", [
    ("The runner collapsed and landed 200 metres from the finish line.", "200 metres"),  # a person's
    ("The nearest house is about 650 metres from the damaged turbine.", "about 650 metres"),  # where a thing is
])
def test_other_distances_are_not_where_a_thing_landed(text, figure):
    key = keys_of(text)[figure]
    assert key is None or key[2] != "land"


def test_a_size_the_parse_makes_a_second_subject_is_not_the_doer():
    """'A blade about 45 meters (148 feet) long snapped': the parse gives 'snapped' two subjects."""
    claim = claims_by_text("A blade about 45 meters (148 feet) long snapped off a turbine on Sunday, "
                           "landing about 600 meters from the turbine.")["about 600 meters"]
    assert claim.agent == "blade"


LEAD = ("KILDRUM - A blade broke away from a turbine at Corrane Wind Farm in Kildrum on Sunday night. "
        "The blade landed 180 metres from the base of the turbine, in a field. "
        "The nearest house is about 650 metres from the damaged turbine.")


def _conflicts(second: str) -> list[str]:
    example = articles(("Kildrum Observer", "2027-03-08", LEAD), ("Tarn Wire", "2027-03-08", second))
    return [f.message for f in run_example(rule_of("FC201"), example)]


def test_two_reports_of_where_one_thing_landed_disagree():
    messages = _conflicts("KILDRUM, March 8 - A blade snapped off a wind turbine at Corrane Wind Farm near Kildrum "
                          "on Sunday night, landing about 600 meters from the turbine, the operator said.")
    assert len(messages) == 1 and "180 metres" in messages[0] and "600 meters" in messages[0]


def test_two_reports_that_agree_on_where_it_landed_are_quiet():
    assert _conflicts("KILDRUM, March 8 - A blade snapped off a wind turbine at Corrane Wind Farm near Kildrum "
                      "on Sunday night, landing about 200 meters from the turbine, the operator said.") == []
