"""FC303 reads an endpoint "about" a figure to its last digit, and a change told to three significant
digits or more as worked out (session 35); FC304/FC305 read a total "about" a figure within 2% of it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.claims import extract_text
from factcheck.rules.checks.change_mismatch import _precise
from factcheck.rules.checks.precision import as_told as _as_told
from factcheck.rules.checks.precision import last_digit as _last_digit
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

RULES = {r.code: r for r in load_rules()}


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


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=11, max_value=999), st.floats(min_value=0.0, max_value=0.05))
def test_a_floor_keeps_at_least_that_share_either_side(digits, share):
    claim = _figure(f"The firm has debts of about £{digits} million.", f"about £{digits} million")
    told = _as_told(claim, at_least=share)
    value = digits * 1e6
    assert told.base_low <= value * (1 - share) + 1e-6 and told.base_high >= value * (1 + share) - 1e-6
    assert told.base_high - told.base_low <= claim.base_high - claim.base_low


def _fires(code: str, text: str) -> bool:
    return bool(run_example(RULES[code], {"articles": [{"source": "P", "published": "2027-02-05", "text": text}]}))


def test_parts_short_of_a_total_about_a_figure_told_to_the_million():
    text = ("The firm has debts of about £486 million — £{} million owed to lenders, £96 million to suppliers and "
            "a £55 million pension shortfall.")
    assert _fires("FC305", text.format(310))       # £461m is 5% short
    assert not _fires("FC305", text.format(330))   # £481m is within 2%
    assert not _fires("FC305", text.replace("about £486", "about £500").format(310))  # one digit: a tenth either side
