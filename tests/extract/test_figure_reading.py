"""Figure readings that peer test suites showed missing, each with a near
miss that must keep its old reading.

Rows are (sentence, expected mentions) as in ``test_scanner.py``: a mention
is (text, value, low, high, unit, kind), and the scan must produce exactly
those, in order.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.extract.scanner import scan

from test_scanner import INF, _rows, _same

METRES_OR_MILLIONS = [
    # a verb or noun of height and length before the figure makes "m" metres
    ("He cleared 1.8m in the high jump.",
     [("1.8m", 1.8, 1.8, 1.8, "metre", "measure")]),
    ("The Swede jumped 2.4m at the trials.",
     [("2.4m", 2.4, 2.4, 2.4, "metre", "measure")]),
    ("The wall measured 1.8m across.",
     [("1.8m", 1.8, 1.8, 1.8, "metre", "measure")]),
    ("She reached 1.9m to win the event, her best since the heptathlon in May.",
     [("1.9m", 1.9, 1.9, 1.9, "metre", "measure")]),
    # ... but a count stays a count
    ("Sales reached 1.8m in the year.",
     [("1.8m", 1.8e6, 1.75e6, 1.85e6, "", "count")]),
    ("Unemployment stands at 1.8m, the figures show.",
     [("1.8m", 1.8e6, 1.75e6, 1.85e6, "", "count")]),
    ("The bank cleared 1.2m cheques.",
     [("1.2m", 1.2e6, 1.15e6, 1.25e6, "", "count")]),
    ("Viewers jumped by 1.8m to a record.",
     [("1.8m", 1.8e6, 1.75e6, 1.85e6, "", "count")]),
    ("He cleared £1.8m of debts.",
     [("£1.8m", 1.8e6, 1.75e6, 1.85e6, "GBP", "money")]),
    # a plural noun a word or two on: millions; but not in a race report
    ("The software powers many of the 1.4m cash machines in use.",
     [("1.4m", 1.4e6, 1.35e6, 1.45e6, "", "count")]),
    ("The Olympic champion ran 10,000m in 27 minutes.",
     [("10,000m", 10000.0, 10000.0, 10000.0, "metre", "measure"), ("27 minutes", 27.0, 27.0, 27.0, "minute", "measure")]),
    # the distance of a record or a race names the event
    ("The Olympic champion broke the 10,000m world records.",
     [("10,000m", None, None, None, "", "identifier")]),
    # a clause ending in a one-decimal "m" with no word of length about
    ("Stockpiles fell 1m barrels to 294.3m. Prices rose.",
     [("1m barrels", 1e6, 0.5e6, 1.5e6, "barrel", "measure"),
      ("294.3m", 294.3e6, 294.25e6, 294.35e6, "", "count")]),
    # words ending in s that are not plural nouns
    ("The PlayStation 3 is expected in 2006.",
     [("PlayStation 3", 3.0, None, None, "", "identifier"), ("2006", 2006.0, 2006.0, 2006.0, "", "year")]),
]

SPACED_SYMBOLS = [
    ("Pour in 3 to 4 L of stock.",
     [("3 to 4 L", 3.5, 3.0, 4.0, "litre", "measure")]),
    ("Each cell is 1 m x 2 m.",
     [("1 m", 1.0, 1.0, 1.0, "metre", "measure"), ("2 m", 2.0, 2.0, 2.0, "metre", "measure")]),
    # a spaced "m" before a word is still not a unit
    ("Group 4 m embers",
     [("4", 4.0, 4.0, 4.0, "", "count")]),
]

REST_OF_NUMBER = [
    ("He paid 3 hundred and 21 yuan.",
     [("3 hundred and 21 yuan", 321.0, 321.0, 321.0, "CNY", "money")]),
    ("The count was 4 thousand 3 hundred and 21.",
     [("4 thousand 3 hundred and 21", 4321.0, 4321.0, 4321.0, "", "count")]),
    ("The scheme cost 6 crore and two hundred rupees.",
     [("6 crore and two hundred rupees", 60000200.0, 60000200.0, 60000200.0, "INR", "money")]),
    ("The population is 3 million and a half.",
     [("3 million and a half", 3.5e6, 3.45e6, 3.55e6, "", "count")]),
    ("Five thousand, two hundred were hurt.",
     [("Five thousand, two hundred", 5200.0, 5200.0, 5200.0, "", "count")]),
    # near misses: two figures, a range, a fraction that is a word
    ("It sold 2 million and 3 million more.",
     [("2 million", 2e6, 1.5e6, 2.5e6, "", "count"), ("3 million", 3e6, 2.5e6, 3.5e6, "", "count")]),
    ("One million, two million, three million.",
     [("One million", 1e6, 0.5e6, 1.5e6, "", "count"), ("two million", 2e6, 1.5e6, 2.5e6, "", "count"),
      ("three million", 3e6, 2.5e6, 3.5e6, "", "count")]),
    ("Colombia has about 44 million and half live in poverty.",
     [("about 44 million", 44e6, 39.6e6, 48.4e6, "", "count")]),
]

SPOKEN_AND_WRITTEN_FORMS = [
    # a leading decimal point; a gun's bore is no amount
    ("The legal limit is .08 percent.",
     [(".08 percent", 0.08, 0.08, 0.08, "percent", "percent")]),
    ("Officers found a .22 calibre rifle.",
     [(".22", 0.22, None, None, "", "identifier")]),
    ("The album reached No.5 in the chart.", []),
    # a fraction read aloud, not "over 3" as a lower bound
    ("The odds were put at one over three.",
     [("one over three", 1 / 3, 1 / 3, 1 / 3, "", "ratio")]),
    ("Each share is 1 over 20.",
     [("1 over 20", 0.05, 0.05, 0.05, "", "ratio")]),
    ("Crowds of 20,000 came over 3 days.",
     [("20,000", 20000.0, 20000.0, 20000.0, "", "count"), ("3 days", 3.0, 3.0, 3.0, "day", "measure")]),
    ("He won 3 over 2.",
     [("3", 3.0, 3.0, 3.0, "", "count"), ("over 2", 2.0, 2.0, INF, "", "count")]),
    # a dozen counts only the words just before it
    ("They baked three hundred and two dozen rolls.",
     [("three hundred and two dozen", 324.0, 324.0, 324.0, "", "count")]),
    ("Half a dozen people came.",
     [("Half a dozen", 6.0, 6.0, 6.0, "", "count")]),
    # addresses and version numbers are labels
    ("Users should upgrade to version 4.7.1 today.",
     [("4.7.1", None, None, None, "", "identifier")]),
    # number words side by side are not one sum
    ("England have lost two Six Nations games.",
     [("two", 2.0, 2.0, 2.0, "", "count")]),
    ("They won twenty one games.",
     [("twenty one", 21.0, 21.0, 21.0, "", "count")]),
    # a catalogue name's second half
    ("The cluster MACS J1149.5+6663 is far away.",
     [("J1149.5", 1149.5, None, None, "", "identifier"), ("6663", 6663.0, None, None, "", "identifier")]),
]

MONEY_AND_LABELS = [
    ("It only cost thirteen dollars and forty-five cents.",
     [("thirteen dollars and forty-five cents", 13.45, 13.45, 13.45, "USD", "money")]),
    ("It only cost 3 dollars 50 cents.",
     [("3 dollars 50 cents", 3.5, 3.5, 3.5, "USD", "money")]),
    ("It rose 5 euros, 50 cents more than planned.",
     [("5 euros", 5.0, 5.0, 5.0, "EUR", "money"), ("50 cents", 0.5, 0.5, 0.5, "EUR", "money")]),  # euro cents
    # an accountant's brackets are a minus; a conversion in brackets is not
    ("The annual result was ($99.99).",
     [("$99.99", -99.99, -99.99, -99.99, "USD", "money")]),
    ("It cost $100m (£80m) to build.",
     [("$100m", 100e6, 99.5e6, 100.5e6, "USD", "money"), ("£80m", 80e6, 79.5e6, 80.5e6, "GBP", "money")]),
    # a form's name is no temperature
    ("The fund's 13F filing was late.",
     [("13F", 13.0, None, None, "", "identifier")]),
    ("Temperatures hit 40C as people filed into parks.",
     [("40C", 40.0, 40.0, 40.0, "degree Celsius", "measure")]),
]

MEASURES_IN_PARTS = [
    # a measure and a smaller part in a smaller unit of its dimension are one figure
    ("He is 6ft 2in tall.",
     [("6ft 2in", 6 + 2 / 12, 6 + 2 / 12, 6 + 2 / 12, "foot", "measure")]),
    ("The baby weighed 7lb 4oz.",
     [("7lb 4oz", 7.25, 7.25, 7.25, "pound", "measure")]),
    # a boxer's weight in stones and pounds: '16st' is no rank
    ("He weighed in at 16st 2lb on Friday.",
     [("16st 2lb", 16 + 2 / 14, 16 + 2 / 14, 16 + 2 / 14, "stone", "measure")]),
    ("The winner finished in 2 hours, 8 minutes and 30 seconds.",
     [("2 hours, 8 minutes and 30 seconds", 2 + 8 / 60 + 30 / 3600, 2 + 8 / 60 + 30 / 3600, 2 + 8 / 60 + 30 / 3600,
       "hour", "measure")]),
    ("She is 5 feet and 4 inches tall.",
     [("5 feet and 4 inches", 5 + 4 / 12, 5 + 4 / 12, 5 + 4 / 12, "foot", "measure")]),
    # a part after the smallest unit is another figure ('36 seconds, 58 seconds outside the record')
    ("The champion finished in 2 hours, 4 minutes and 36 seconds, 58 seconds outside the course record.",
     [("2 hours, 4 minutes and 36 seconds", 2 + 4 / 60 + 36 / 3600, 2 + 4 / 60 + 36 / 3600, 2 + 4 / 60 + 36 / 3600,
       "hour", "measure"), ("58 seconds", 58.0, 58.0, 58.0, "second", "measure")]),
    # ... but not a part as big as the whole's unit, nor two figures apart, nor two metric races
    ("He won the 10km and 800 metres races.",
     [("10km", 10.0, 10.0, 10.0, "kilometre", "measure"), ("800 metres", 800.0, 800.0, 800.0, "metre", "measure")]),
    ("The stages took 3 hours 90 minutes in all.",
     [("3 hours", 3.0, 3.0, 3.0, "hour", "measure"), ("90 minutes", 90.0, 90.0, 90.0, "minute", "measure")]),
    ("She beat the record of 9 hours 34 minutes by 32 minutes.",
     [("9 hours 34 minutes", 9 + 34 / 60, 9 + 34 / 60, 9 + 34 / 60, "hour", "measure"),
      ("32 minutes", 32.0, 32.0, 32.0, "minute", "measure")]),
]

ALL_CASES = (METRES_OR_MILLIONS + SPACED_SYMBOLS + REST_OF_NUMBER + SPOKEN_AND_WRITTEN_FORMS
             + MONEY_AND_LABELS + MEASURES_IN_PARTS)


@pytest.mark.parametrize("sentence, expected", ALL_CASES, ids=[c[0][:40] for c in ALL_CASES])
def test_figure_is_read(sentence, expected):
    actual = _rows(sentence)
    assert _same(actual, expected), f"\n got: {actual}\nwant: {expected}"


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 9), st.integers(1, 99), st.sampled_from(["thousand", "million"]))
def test_scale_and_its_rest_are_one_number(head, rest, scale):
    """"N thousand and M" (digits or words) is N * 1000 + M, for any M below the scale."""
    factor = 1000 if scale == "thousand" else 1_000_000
    for written in (str(head), _UNITS[head - 1]):
        (mention,) = scan(f"The fund paid out {written} {scale} and {rest} last year.")
        assert mention.value == head * factor + rest


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 999), st.integers(1, 59), st.sampled_from([
    ("The ticket cost {} dollars and {} cents.", "USD", 100),
    ("The crossing took {} hours {} minutes.", "hour", 60),
]))
def test_major_and_minor_units_are_one_amount(major, minor, form):
    """"N dollars and M cents" is one amount of N + M/100 dollars; "N hours M minutes" one time
    of N + M/60 hours."""
    sentence, unit, parts = form
    (mention,) = scan(sentence.format(major, minor))
    assert mention.unit == unit
    assert mention.value == pytest.approx(major + minor / parts)
