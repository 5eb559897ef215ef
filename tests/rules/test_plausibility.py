"""plausible-range and share-above-100 on hand-built claims."""

import pytest

from factcheck.rules.checks.plausible_range import is_modifier, plausible_range
from factcheck.rules.checks.share_above_100 import share_above_100
from rule_helpers import audit_of, claim, rule

TOWER = {"subjects": ["tower"], "dimension": "length", "max": 1100, "too_high": "too tall",
         "near": ["tall", "high"], "unless": ["(?:miles?|metres?) (?:away|from)"],
         "alternatives": ["foot", "metre"]}


def length(sentence, text, value, unit, base, subject="tower"):
    return claim(sentence, text, value=value, unit=unit, base_value=base, base_low=base, base_high=base,
                 base_unit="metre", kind="measure", dimension="length", subject=subject, subject_text=subject)


def test_modifier_counts_as_a_height_and_suggests_feet():
    c = length("The 3,100-metre tower opened.", "3,100-metre", 3100, "metre", 3100)
    assert is_modifier(c)
    found = list(plausible_range(rule("plausible-range", TOWER), audit_of([c])))
    assert found and found[0].suggestion == "3,100 feet would be ordinary"


def test_distance_to_a_tower_is_not_its_height():
    c = length("The tower stands 5 miles from the city.", "5 miles", 5, "mile", 8047)
    assert not list(plausible_range(rule("plausible-range", TOWER), audit_of([c])))


def test_height_needs_a_cue_when_not_a_modifier():
    c = length("Near the tower, 3,100 metres of cable were laid.", "3,100 metres", 3100, "metre", 3100)
    assert not list(plausible_range(rule("plausible-range", TOWER), audit_of([c])))


def test_interval_reaching_into_the_range_is_plausible():
    c = length("The tower is up to 2,000 metres tall.", "2,000 metres", 2000, "metre", 2000)
    c.base_low = 0
    assert not list(plausible_range(rule("plausible-range", TOWER), audit_of([c])))


def test_bounds_in_a_named_unit():
    params = {"kinds": ["age"], "dimension": "time", "unit": "year", "max": 122, "too_high": "too old",
              "subjects": ["man"]}
    year = 31_557_600  # seconds in a Julian year, the base unit of ages
    old = claim("The 150-year-old man.", "150-year-old", value=150, base_value=150 * year, base_low=150 * year,
                base_high=150 * year, kind="age", dimension="time", unit="year", subject="man")
    young = claim("The 105-year-old man.", "105-year-old", value=105, base_value=105 * year,
                  base_low=105 * year, base_high=105 * year, kind="age", dimension="time", unit="year",
                  subject="man", n=2)
    found = list(plausible_range(rule("plausible-range", params), audit_of([old, young])))
    assert [h.claim_ids for h in found] == [["a:1"]]


SHARES = {"wholes": ["electorate", "population", "vote"], "shares": ["turnout"]}


@pytest.mark.parametrize("sentence,text,subject,fires", [
    ("Turnout was 112% of the electorate.", "112%", "electorate", True),
    ("Turnout was 104%.", "104%", "turnout", True),
    ("Sales rose 150% on the year.", "150%", "sale", False),
    ("Debt stands at 120% of GDP.", "120%", "gdp", False),
    ("Turnout rose by 112% of the electorate.", "112%", "electorate", False),
    ("Turnout was 62% of the electorate.", "62%", "electorate", False),
])
def test_share_above_100(sentence, text, subject, fires):
    value = float(text.rstrip("%"))
    c = claim(sentence, text, value=value, kind="percent", dimension="percent", unit="percent", subject=subject)
    assert bool(list(share_above_100(rule("share-above-100", SHARES), audit_of([c])))) is fires
