"""Readings that follow from how news copy writes results, labels, ages and
changes - each class with near misses that must keep their old reading.

Rows are (sentence, expected mentions) as in ``test_scanner.py``: a mention
is (text, value, low, high, unit, kind), and the scan must produce exactly
those, in order.  ``None`` for value/low/high means the reader gives none.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.extract.scanner import scan

from test_scanner import INF, _rows, _same

SCORES_AND_ODDS = [
    # a dash between two whole numbers, the second not above the first: a result or odds
    ("The hosts won 104-97 after extra time.",
     [("104-97", None, None, None, "", "identifier")]),
    ("Their mare, a 50-1 shot, finished second.",
     [("50-1", None, None, None, "", "identifier"), ("second", 2.0, 2.0, 2.0, "", "ordinal")]),
    ("Both sides drew 27-27 in the rain.",
     [("27-27", None, None, None, "", "identifier")]),
    ("Harlequins beat Sale 31-24 at the Stoop.",
     [("31-24", None, None, None, "", "identifier")]),
    # a noun of winning or losing after a small pair, a formation, a season written short
    ("He was hurt in the 2-0 defeat and the 3-1 home win.",
     [("2-0", None, None, None, "", "identifier"), ("3-1", None, None, None, "", "identifier")]),
    ("The coach prefers a 4-3-3 system.", [("4-3-3", None, None, None, "", "identifier")]),
    ("Spending in 2005-6 rose.", [("2005-6", None, 2005.0, 2006.0, "", "year")]),
    # a rising pair is a result only when the words around tell of a game or a vote
    ("The Knights lost 88-102 on the road.",
     [("88-102", None, None, None, "", "identifier")]),
    ("The judges' 4-5 decision was criticised.",
     [("4-5", None, None, None, "", "identifier")]),
    ("A spaced result: the Bulls won 99 - 91.",
     [("99 - 91", None, None, None, "", "identifier")]),
    # near misses: ranges stay ranges, and a spaced dash may be a parenthesis
    ("Between 40-60 families were moved out.",
     [("40-60", 50.0, 40.0, 60.0, "", "count")]),
    ("The party won 30-40 seats in the north.",
     [("30-40", 35.0, 30.0, 40.0, "", "count")]),
    ("The toll reached 54 - 20 of them children.",
     [("54", 54.0, 54.0, 54.0, "", "count"), ("20", 20.0, 20.0, 20.0, "", "count")]),
    ("Night temperatures fell to -8C.",
     [("-8C", -8.0, -8.0, -8.0, "degree Celsius", "measure")]),
]

LABELS = [
    ("He pitted on lap 31 and retired.",
     [("lap 31", 31.0, None, None, "", "identifier")]),
    ("Round 4 of the cup starts in January.",
     [("Round 4", 4.0, None, None, "", "identifier")]),
    ("The quiz is on BBC Four tonight.", []),
    ("The film is on Channel Five at nine.", [("nine", 9.0, 9.0, 9.0, "", "count")]),
    # near misses: the same words before a quantity
    ("The pit is 31 metres deep and the hole 12 metres wide.",
     [("31 metres", 31.0, 31.0, 31.0, "metre", "measure"),
      ("12 metres", 12.0, 12.0, 12.0, "metre", "measure")]),
    ("All year round 250 volunteers staff the shelter.",
     [("250", 250.0, 250.0, 250.0, "", "count")]),
    ("Police Charge Three Men Over Fraud", [("Three", 3.0, 3.0, 3.0, "", "count")]),
]

ONE_AS_A_SPEAKER = [
    ('"The water came in fast," said one farmer.', []),
    ("One nurse told reporters the ward was full.", []),
    # near misses: "one" counts someone
    ("One farmer drowned when the river burst its banks.",
     [("One", 1.0, 1.0, 1.0, "", "count")]),
    ("Officials said one man died at the scene.",
     [("one", 1.0, 1.0, 1.0, "", "count")]),
]

AGES = [
    ("The goalkeeper, 34, signed a new deal.",
     [("34", 34.0, 34.0, 34.0, "year", "age")]),
    ("Her grandmother, 91, was rescued by neighbours.",
     [("91", 91.0, 91.0, 91.0, "year", "age")]),
    ("The singer, who was 19 when she won, now runs a label.",
     [("19", 19.0, 19.0, 19.0, "year", "age")]),
    ("The senator, who turns 80 in May, will stand again.",
     [("80", 80.0, 80.0, 80.0, "year", "age")]),
    # near misses: a total, a group, a place phrase and a noun after the figure
    ("The total, 412, was a record.",
     [("412", 412.0, 412.0, 412.0, "", "count")]),
    ("Of the patients, 14, were children.",
     [("14", 14.0, 14.0, 14.0, "", "count")]),
    ("The side, who were 6 points clear, slipped up.",
     [("6", 6.0, 6.0, 6.0, "", "count")]),
]

MULTIPLIERS_AND_FRACTIONS = [
    ("Its debt has more than doubled since 2019.",
     [("more than doubled", 2.0, 2.0, INF, "", "ratio"), ("2019", 2019.0, 2019.0, 2019.0, "", "year")]),
    ("Exports nearly trebled in a decade.",
     [("nearly trebled", 3.0, 2.7, 3.0, "", "ratio")]),
    ("Bus fares roughly halved.", [("roughly halved", 0.5, 0.45, 0.55, "", "ratio")]),
    ("Revenue has quintupled since 2019.",
     [("quintupled", 5.0, 5.0, 5.0, "", "ratio"), ("2019", 2019.0, 2019.0, 2019.0, "", "year")]),
    ("Chip sales double to $9bn",
     [("double", 2.0, 2.0, 2.0, "", "ratio"), ("$9bn", 9e9, 8.5e9, 9.5e9, "USD", "money")]),
    # a bare infinitive after 'see', with the change's end after it
    ("The terms would see his wages treble to £240,000 a week.",
     [("treble", 3.0, 3.0, 3.0, "", "ratio"), ("£240,000", 240000.0, 240000.0, 240000.0, "GBP", "money")]),
    ("Rents rose by an average of 6.4% last year.",
     [("an average of 6.4%", 6.4, 6.4, 6.4, "percent", "percent")]),
    ("The bank raised rates by a quarter of a percentage point.",
     [("a quarter of a percentage point", 0.25, 0.25, 0.25, "percentage point", "percent")]),
    ("Support dropped by half a percentage point.",
     [("half a percentage point", 0.5, 0.5, 0.5, "percentage point", "percent")]),
    ("Sales are expected to fall by a fifth next year.",
     [("a fifth", 0.2, 0.2, 0.2, "", "ratio")]),
    ("Turnout may exceed 65% in the capital.",
     [("65%", 65.0, 65.0, INF, "percent", "percent")]),
    ("The fire spread over more than 800 hectares (1,977 acres).",
     [("more than 800 hectares", 800.0, 800.0, INF, "hectare", "measure"),
      ("1,977 acres", 1977.0, 1977.0, INF, "acre", "measure")]),
    # near misses: base forms that are no verb, a plain bracketed figure
    ("Inflation is now in double digits.", []),
    ("He had to double-check the figures.", []),
    ("He ran 10 miles (16km).",
     [("10 miles", 10.0, 10.0, 10.0, "mile", "measure"), ("16km", 16.0, 16.0, 16.0, "kilometre", "measure")]),
    ("He was beaten by a third party.", [("third", 3.0, 3.0, 3.0, "", "ordinal")]),
]

ALL_CASES = SCORES_AND_ODDS + LABELS + ONE_AS_A_SPEAKER + AGES + MULTIPLIERS_AND_FRACTIONS


@pytest.mark.parametrize("sentence, expected", ALL_CASES, ids=[c[0][:40] for c in ALL_CASES])
def test_news_convention(sentence, expected):
    assert _same(_rows(sentence), expected), _rows(sentence)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=199), st.integers(min_value=0, max_value=199))
def test_a_dashed_result_is_never_a_negative_figure(first, second):
    """Whatever the two numbers, "won A-B" yields no negative figure and no count."""
    rows = _rows(f"The visitors won {first}-{second} on Saturday.")
    assert all(value is None or value >= 0 for _, value, *_ in rows), rows
    assert not [row for row in rows if row[5] == "count"], rows


@pytest.mark.parametrize("text, units", [
    # marked once, bare after: the house dollar
    ("The A$4.8 million restoration was funded by the state. The $8.4 million restoration was worth it.",
     ["AUD", "AUD"]),
    ("Kiwi Rail will spend NZ$12m on the line and $3m on the station.", ["NZD", "NZD"]),
    # 'US$' stays US, and so does a bare dollar in copy that marks none
    ("It cost A$5m, or US$3.2m.", ["AUD", "USD"]),
    ("It cost A$5m, or U.S. $3.2m.", ["AUD", "USD"]),
    ("It cost US$5m, or $7m here.", ["USD", "USD"]),
    # two kinds of marked dollar: a bare one could be either, so it stays as read
    ("It cost A$5m, NZ$2m and $4m.", ["AUD", "NZD", "USD"]),
])
def test_a_bare_dollar_is_the_dollar_the_article_marks(text, units):
    assert [m.unit for m in scan(text) if m.kind == "money"] == units
