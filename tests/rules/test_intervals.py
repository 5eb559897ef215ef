"""Interval arithmetic the rules rely on: qualifiers and rounding widen a figure."""

import math

import pytest
from hypothesis import given, strategies as st

from factcheck.rules.checks.change_mismatch import absolute_change, relative_change
from factcheck.rules.checks.fact_conflict import overlap
from factcheck.rules.checks.fold_vs_percent import implied_percent
from factcheck.rules.checks.age_birth_year import expected_ages
from rule_helpers import claim

INF = math.inf


def figure(low, high):
    return claim("x", "x", low=low, high=high, kind="count", dimension="count")


@pytest.mark.parametrize("low,high", [(400, INF), (450, 500), (432, 528), (479, 479)])
def test_qualified_figures_agree_with_479(low, high):
    """'over 400', 'nearly 500', 'about 480' and '479' all allow 479."""
    assert overlap(figure(479, 479), figure(low, high))


def test_more_than_90_does_not_agree_with_85():
    assert not overlap(figure(90, INF), figure(85, 85))


def test_implied_percent_of_folds():
    low, high = implied_percent(4, 4, 0)
    assert low == high == 300
    low, high = implied_percent(2, INF, 0.1)
    assert low == pytest.approx(80) and high == INF


def test_changes_between_endpoints():
    assert absolute_change(figure(2, 2), figure(5, 5)) == (3, 3)
    assert relative_change(figure(200, 200), figure(300, 300)) == (50, 50)
    # rounded endpoints give an interval of changes, never a point
    low, high = relative_change(figure(1.25e6, 1.35e6), figure(1.5e6, 2.5e6))
    assert low < 54 < high
    assert relative_change(figure(0, 10), figure(5, 5)) is None


@given(st.integers(1900, 2020), st.integers(0, 100))
def test_expected_ages_hold_both_sides_of_the_birthday(birth, years):
    ages = expected_ages(birth, birth + years, 0)
    assert list(ages) == [years - 1, years]


def _length(text, value, unit, metres_per_unit):
    metres = value * metres_per_unit
    return claim(f"a {text} stretch", text, value=value, unit=unit, dimension="length", kind="measure",
                 base_value=metres, base_low=metres, base_high=metres)


MILE = 1609.344


@pytest.mark.parametrize("km,miles,agrees", [
    ("14 km", "9 miles", True),  # 9 miles is 14.5 km: the conversion was rounded to a whole mile
    ("6 km", "four miles", True),  # a spelled number stands for its rounding too
    ("286km", "178 miles", True),
    ("11 km", "6 miles", False),  # 6 miles is 9.7 km: beyond any rounding
    ("160 km", "40 miles", False),
])
def test_two_units_allow_a_conversions_rounding(km, miles, agrees):
    km_value = float(km.split()[0].rstrip("km"))
    words = {"four": 4}
    mile_value = float(words.get(miles.split()[0], miles.split()[0]))
    a = _length(km, km_value, "kilometre", 1000)
    b = _length(miles, mile_value, "mile", MILE)
    assert overlap(a, b) is agrees and overlap(b, a) is agrees


def test_whole_numbers_in_one_unit_are_taken_as_written():
    a, b = _length("14 km", 14, "kilometre", 1000), _length("15 km", 15, "kilometre", 1000)
    assert not overlap(a, b)
