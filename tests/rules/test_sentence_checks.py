"""Arithmetic and time checks on hand-built claims: what must fire and what must not."""

from datetime import date

import pytest

from factcheck.rules.checks.change_mismatch import change_mismatch
from factcheck.rules.checks.components_sum import components_sum
from factcheck.rules.checks.fold_vs_percent import fold_vs_percent
from factcheck.rules.checks.future_event import is_past_clause, written_date, future_event
from factcheck.rules.checks.part_whole import part_exceeds_whole
from factcheck.rules.checks.year_decade import year_vs_decade
from rule_helpers import audit_of, bundled_rules, claim, fires, rule, run_example


def count(sentence, text, value, n, subject="", occurrence=0, **kw):
    return claim(sentence, text, value=value, n=n, occurrence=occurrence, kind="count",
                 dimension="count", subject=subject, **kw)


def hits(check, claims, params=None, published=None):
    return list(check(rule("x", params), audit_of(claims, published)))


def test_part_larger_than_whole_fires():
    s = "Five people were killed, including six children."
    assert hits(part_exceeds_whole, [count(s, "Five", 5, 1, "people"), count(s, "six", 6, 2, "child")])


def test_rank_is_not_a_whole():
    s = "The band have had eight top three hits, including four number ones."
    claims = [count(s, "eight", 8, 1, "hit"), count(s, "three", 3, 2, "hit"), count(s, "four", 4, 3, "one")]
    assert not hits(part_exceeds_whole, claims)


def test_components_that_start_a_clause_are_summed():
    s = "Of the 479 drones, 277 were shot down, 183 were jammed and 40 hit targets."
    claims = [count(s, "479", 479, 1, "drone"), count(s, "277", 277, 2), count(s, "183", 183, 3),
              count(s, "40", 40, 4, "target")]
    found = hits(components_sum, claims)
    assert found and found[0].fields["sum"] == "500"


def test_figures_inside_a_clause_are_not_components():
    s = "Of the 30 drones, 20 were shot down in 15 regions."
    claims = [count(s, "30", 30, 1, "drone"), count(s, "20", 20, 2), count(s, "15", 15, 3, "region")]
    assert not hits(components_sum, claims)


def test_components_below_the_total_are_fine():
    s = "Of the 479 drones, 277 were shot down and 100 were jammed."
    claims = [count(s, "479", 479, 1, "drone"), count(s, "277", 277, 2), count(s, "100", 100, 3)]
    assert not hits(components_sum, claims)


def percent(sentence, text, value, n, unit="percent", **kw):
    return claim(sentence, text, value=value, n=n, kind="percent", dimension="percent", unit=unit,
                 base_unit=unit, **kw)


@pytest.mark.parametrize("stated,fires", [(400, True), (300, False), (290, False)])
def test_quadrupled_is_a_rise_of_300_percent(stated, fires):
    s = f"Profits quadrupled, up {stated}% on the year."
    fold = claim(s, "quadrupled", value=4, n=1, kind="ratio", dimension="ratio")
    assert bool(hits(fold_vs_percent, [fold, percent(s, f"{stated}%", stated, 2)])) is fires


def test_different_changes_in_one_sentence_are_not_compared():
    s = "Sales doubled while costs rose 30%."
    fold = claim(s, "doubled", value=2, n=1, kind="ratio", dimension="ratio", subject="sale")
    assert not hits(fold_vs_percent, [fold, percent(s, "30%", 30, 2, subject="cost")])


@pytest.mark.parametrize("change,unit,fires", [(2, "percentage point", True), (3, "percentage point", False),
                                               (150, "percent", False), (40, "percent", True)])
def test_change_between_percentages(change, unit, fires):
    """2% -> 5% is 3 points, or a 150% relative rise; either reading of a bare % is accepted."""
    word = "percentage points" if unit == "percentage point" else "%"
    text = f"{change} {word}" if unit == "percentage point" else f"{change}%"
    s = f"Unemployment rose from 2% to 5%, an increase of {text}."
    claims = [percent(s, "2%", 2, 1), percent(s, "5%", 5, 2), percent(s, text, change, 3, unit=unit)]
    assert bool(hits(change_mismatch, claims, {"tolerance": 0.05})) is fires


def test_built_year_outside_decade_of_same_building():
    s1, s2 = "The block was built in 1972.", "The 1980s block was unsafe."
    year = claim(s1, "1972", value=1972, n=1, kind="year", dimension="time")
    decade = claim(s2, "1980s", value=1980, low=1980, high=1989, n=2, kind="year", dimension="time",
                   offset=100)
    assert hits(year_vs_decade, [year, decade], {"nouns": ["block"]})
    assert not hits(year_vs_decade, [year, decade], {"nouns": ["tower"]})


@pytest.mark.parametrize("clause,past", [
    ("The man was killed on ", True), ("He died in ", True), ("Its lawsuits were filed in ", True),
    ("His contract with United runs out in ", False), ("She will play mixed doubles events in ", False),
    ("The trial is due to start on ", False), ("The bridge opened in ", True),
])
def test_past_clause(clause, past):
    assert is_past_clause(clause) is past


def test_written_date_precision():
    day = claim("on 14 March 2025", "14 March 2025", kind="date")
    month = claim("in May 2026", "May 2026", kind="date")
    no_year = claim("on 14 March", "14 March", kind="date")
    assert written_date(day) == (date(2025, 3, 14), "day")
    assert written_date(month) == (date(2026, 5, 1), "month")
    assert written_date(no_year) is None


def test_a_date_without_a_year_is_ahead_only_in_the_month_after_publication():
    no_year = claim("on 14 March", "14 March", kind="date")
    assert written_date(no_year, date(2025, 3, 10)) == (date(2025, 3, 14), "day")
    assert written_date(no_year, date(2025, 2, 20)) == (date(2025, 3, 14), "day")
    assert written_date(no_year, date(2025, 4, 2)) is None  # last month
    assert written_date(no_year, date(2026, 1, 5)) is None  # more than a month ahead: last March was meant
    january = claim("on 3 January", "3 January", kind="date")
    assert written_date(january, date(2025, 12, 28)) == (date(2026, 1, 3), "day")
    december = claim("on 20 December", "20 December", kind="date")
    assert written_date(december, date(2026, 1, 5)) is None  # last December


@pytest.mark.parametrize("sentence,fires", [
    ("The man was killed on 14 March 2025, police said.", True),
    ("The trial is due to start on 14 March 2025.", False),
    ("The man was killed on 4 March 2025, police said.", False),
])
def test_future_event(sentence, fires):
    text = "14 March 2025" if "14" in sentence else "4 March 2025"
    c = claim(sentence, text, kind="date")
    assert bool(hits(future_event, [c], published={"a": "2025-03-10"})) is fires
    assert not hits(future_event, [c])  # undated article: nothing to compare with


@pytest.mark.parametrize("text,expected", [
    # a fact box restates the body's one figure of its key: a slip between them is a contradiction
    ("The tornado damaged 327 homes and 14 people were taken to hospital, officials said.\n\n"
     "**At a glance**\n- Taken to hospital: 17\n- Homes damaged: 327", True),
    ("The plant powers about 40,000 homes, the company said.\n\n**Key figures**\n- Homes powered: 60,000", True),
    ("The plant powers about 40,000 homes, the company said.\n\n**Key figures**\n- Homes powered: 40,000", False),
    # the body gives the key two figures (now and later): the entry may be either
    ("The plant powers about 40,000 homes now and will power 60,000 by 2030, the company said.\n\n"
     "**Key figures**\n- Homes powered: 50,000", False),
])
def test_a_fact_box_entry_restates_the_body(text, expected):
    assert fires("FC202", text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The dig grew from 0.8 hectares in 2025 to 1.4 hectares this year, an extra 0.8 hectares.", "0.6 hectares"),
    ("The lake warmed from 18.5 C to 20.5 C over the week, a rise of 3 degrees.", "2 degrees Celsius"),
    ("Diesel duty rose from 0.48 euros to 0.66 euros a litre, an increase of 21 cents.", "€0.18"),
])
def test_a_change_is_described_in_the_endpoints_own_unit(text, expected):
    findings = [f for f in run_example(bundled_rules()["FC303"], text) if f.rule == "FC303"]
    assert findings and findings[0].message.endswith(f"it is a change of {expected}.")


@pytest.mark.parametrize("text,expected", [
    # a new record and the old one, with the margin between them
    ("A record crowd of 31,412 packed Yarrabin Park, bettering the 2019 record of 28,900 by 3,512.", True),
    ("Her 8.9 million-pound sale beat the previous record for the artist - 2.1 million pounds, set in 2017 - "
     "by 7.9 million pounds.", True),
    ("A record crowd of 31,412 packed Yarrabin Park, bettering the 2019 record of 28,900 by 2,512.", False),
    # the record is beaten by another subject, in a clause of its own
    ("The painting sold for 5 million pounds, and the sculpture beat the previous record of 2.1 million pounds "
     "by 6.5 million pounds.", False),
    # the end figure, what it counts and when, then the rise on the start
    ("The airport handled 1.9 million passengers last year, up 400,000 on the 1.72 million it handled in 2024.", True),
    ("The airport handled 1.9 million passengers last year, up 180,000 on the 1.72 million it handled in 2024.", False),
    # the end figure is the part, not the whole it is of
    ("Some 1,500 of its 48,000 books will be on the shelves, up from 1,200 before, an increase of 25 percent.", False),
    ("Some 1,500 of its 48,000 books will be on the shelves, up from 1,200 before, an increase of 40 percent.", True),
])
def test_a_change_told_around_its_end_figure(text, expected):
    assert fires("FC303", text) == expected