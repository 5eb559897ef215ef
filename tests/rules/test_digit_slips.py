"""The two checks that compare figures by their digits, with no fact in common: a slip of scale
(FC143, ``scale-slip``) and two neighbouring digits swapped (FC204, ``swapped-digits``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.rules.checks.nearby import near_words, significant_digits
from factcheck.rules.checks.swapped_digits import neighbours_swapped
from tests.rules.rule_helpers import claim, fires


@pytest.mark.parametrize("value,digits", [
    (1900, "19"), (190, "19"), (10.5, "105"), (105, "105"), (0.75, "75"), (-25, "25"), (1_000_000, "1"),
    (1840, "184"), (3.1, "31"),
])
def test_significant_digits_drop_the_scale(value, digits):
    assert significant_digits(value) == digits


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=-6, max_value=6))
def test_significant_digits_do_not_depend_on_the_power_of_ten(n, power):
    assert significant_digits(n) == significant_digits(n * 10.0 ** power)


@given(st.text(alphabet="0123456789", min_size=2, max_size=7), st.data())
def test_swapping_two_different_neighbours_is_found_both_ways(digits, data):
    i = data.draw(st.integers(min_value=0, max_value=len(digits) - 2))
    swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
    assert neighbours_swapped(digits, swapped) == (digits[i] != digits[i + 1])
    assert neighbours_swapped(swapped, digits) == neighbours_swapped(digits, swapped)


@pytest.mark.parametrize("a,b", [("184", "418"), ("123", "321"), ("12", "12"), ("124", "1240"), ("1234", "2143")])
def test_other_reorderings_are_not_a_neighbour_swap(a, b):
    assert not neighbours_swapped(a, b)


def test_near_words_are_content_words_without_units_scales_or_plurals():
    sentence = "Hailstones as big as 60 centimetres across fell on the buses, the bureau said."
    words = near_words(claim(sentence, "60 centimetres", low=60.0, subject="hailstone"), 60)
    assert {"hailstone", "bus", "bureau", "big"} <= words
    assert not words & {"centimetre", "centimetres", "said", "the", "buses"}


def test_near_words_leave_out_a_word_the_window_cuts():
    sentence = "The Castellano family circus collapsed, injuring 41 people at the Fenmarsh show."
    words = near_words(claim(sentence, "41", low=41.0, subject="people"), 20)
    assert "collapsed" in words and "fenmarsh" not in words and not any(w.endswith("ellano") for w in words)


@pytest.mark.parametrize("code,text,expected", [
    # scale slips: a length, a mass and a speed, in one article
    ("FC143", "Each salmon weighed about 4.2kg at harvest. The salmon, averaging 4.2 tonnes each, escaped.", True),
    ("FC143", "The drones cruise at about 65mph. The drones have a top speed of 6,500mph.", True),
    # distances between places and ways travelled are many in one story, with no slip
    ("FC143", "The valley lies about 140 km from the city. The plant sits 14 km south of the city.", False),
    ("FC143", "The survivors drove 300 miles to the coast. The survivors' camp was 30 miles wide.", False),
    # the same thing at the same scale is no slip; one sentence holds a conversion
    ("FC143", "The spire is 64 metres (210 feet) tall. The spire, at 64 metres, is the town's tallest.", False),
    # swapped digits, other wording
    ("FC204", "The notice covers all 2,150 market stalls at Tulsi Creek. \"The 2,510 stall holders will not "
              "move,\" the vendors' leader said.", True),
    # (the same digits swapped in one fact are the within-article contradiction rule's: FC202)
    ("FC204", "The Carrow works employs 1,240 people. Union leaders said the 1,420 workers at the Carrow works "
              "would strike.", False),
    # a swapped figure in a hedged sentence is still a slip; 'cost' and 'bill', 'staff' and 'workers' are one
    # (a label that names its thing by a narrowing word joins the figure it names again whatever verb
    # hedges its clause: the within-article contradiction rule reads the pair then)
    ("FC202", "About 30 of the county's 430 dairy farms could close within a year. The county's 340 dairy "
              "farms produce most of its milk.", True),
    ("FC204", "The trust puts the cost of the merger at \u00a386m over three years. Opponents say the \u00a368m "
              "bill would be better spent on the emergency department.", True),
    ("FC202", "The laundry has 86 staff at its Kelby site. The union says the 68 laundry workers would lose "
              "their jobs.", True),
    ("FC204", "The station employs 780 people on the coast. The site director said the decision was a relief "
              "for the plant's 870 staff.", True),
    # swapped digits in unrelated figures
    ("FC204", "The council has 41 libraries. The mobile service visits 14 villages each week.", False),
    ("FC204", "Turnout was 42 per cent in 2019. Only 24 per cent of the members backed the strike.", False),
])
def test_digit_slips_in_copy(code, text, expected):
    assert fires(code, text) is expected
