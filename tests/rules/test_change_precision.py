"""FC303 reads an endpoint "about" a figure to its last digit, and a change told to three significant
digits or more as worked out (session 35)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.claims import extract_text
from factcheck.rules.checks.change_mismatch import _as_told, _last_digit, _precise


def _figure(text: str, figure: str):
    [claim] = [c for c in extract_text(text) if c.text == figure]
    return claim


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=9), st.integers(min_value=1, max_value=4))
def test_the_last_digit_of_a_round_figure_is_its_step(first, second, zeros):
    number = (first * 10 + second) * 10 ** zeros
    text = f"The town has {number:,} homes."
    [claim] = extract_text(text)
    step, significant = _last_digit(claim)
    assert step == 10 ** (zeros if second else zeros + 1)
    assert significant == (2 if second else 1)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=11, max_value=99), st.integers(min_value=1, max_value=3))
def test_about_a_figure_of_two_digits_is_read_within_its_rounding(digits, zeros):
    number = digits * 10 ** zeros
    claim = _figure(f"The number grew to about {number:,} investors.", f"about {number:,}")
    told = _as_told(claim)
    assert told.base_low <= number <= told.base_high
    assert told.base_high - told.base_low <= claim.base_high - claim.base_low  # never wider than "about" allows
    if digits % 10:
        assert told.base_high - told.base_low == 10 ** zeros


def test_a_change_of_three_digits_is_precise_and_a_round_one_is_not():
    text = "The number grew from 640 to 1,900, an increase of {}."
    assert _precise(_figure(text.format("1,160"), "1,160"))
    assert not _precise(_figure(text.format("1,200"), "1,200"))
    assert not _precise(_figure("The share rose from 20% to 30%, a rise of 50.5%.", "50.5%"))
