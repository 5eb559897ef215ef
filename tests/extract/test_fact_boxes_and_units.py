"""Readings of fact-box lines ("- Homes powered: 60,000"), euro cents and a spaced Celsius
("31.5 C"), each with near misses that must keep their old reading."""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_text


def _claim(text: str, surface: str):
    found = [c for c in extract_text(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_text(text)]}"
    return found[0]


@pytest.mark.parametrize("text,surface,subject,predicate", [
    # the label's noun before any preposition is what the figure counts; its participle, what was done
    ("- Homes powered: 60,000", "60,000", "home", "power"),
    ("Passengers per bus: 68", "68", "passenger", ""),
    # a deed done to people, named without its noun
    ("- Taken to hospital: 17", "17", "people", "take"),
    ("- Injured: 40", "40", "people", "injure"),
    ("- Dead: 4", "4", "people", "die"),
    ("- Total bitten: 12", "12", "people", "bite"),
    # a toll counts people; its entries name the deed after each figure
    ("- Death toll: 4", "4", "people", "kill"),
    ("- Toll: 3 killed, 12 injured", "3", "people", "kill"),
])
def test_a_fact_box_label_names_what_its_figure_counts(text, surface, subject, predicate):
    claim = _claim(text, surface)
    assert (claim.subject, claim.predicate) == (subject, predicate)
    assert claim.in_fact_box()


def test_a_bare_count_before_a_deed_counts_people():
    """'12 injured' after a toll's first entry is people injured, not a toll of its own."""
    claim = _claim("- Toll: 3 killed, 12 injured", "12")
    assert (claim.subject, claim.predicate) == ("people", "injure")


def test_entries_sharing_a_line_each_take_their_own_label():
    dead, injured = (_claim("- Dead: 12 | Injured: 66", surface) for surface in ("12", "66"))
    assert (dead.subject, dead.predicate) == ("people", "die")
    assert (injured.subject, injured.predicate) == ("people", "injure")


def test_a_figure_in_brackets_after_an_entry_is_not_the_entry():
    assert not _claim("- Halls sealed: 41 (32 still shut)", "32").in_fact_box()


@pytest.mark.parametrize("text,surface,modifiers", [
    ("- Steam temperature: about 190°C", "190", ["steam"]),
    ("- Cost per bus: £540,000", "540,000", ["bus"]),
    ("- Taken to hospital: 17", "17", []),  # where the deed took them names the deed
])
def test_a_fact_box_label_narrows_its_noun(text, surface, modifiers):
    assert _claim(text, surface).subject_modifiers == modifiers


def test_a_fact_box_label_is_no_doer():
    assert _claim("- Homes powered: 60,000", "60,000").agent == ""


def test_a_figure_in_running_text_is_no_fact_box_entry():
    claim = _claim("The plant powers about 40,000 homes: more than any other.", "40,000")
    assert not claim.in_fact_box()
    assert claim.subject == "home"


@pytest.mark.parametrize("text,currency", [
    ("Diesel rose from 0.48 euros to 0.66 euros a litre, an increase of 18 cents.", "EUR"),
    ("The toll is €2.40, up 30 cents.", "EUR"),
    ("Coffee costs $2.40, up 30 cents.", "USD"),
    ("Stamps rose by 30 cents.", "USD"),  # no currency named: cents stay dollar cents
])
def test_cents_take_the_currency_of_their_sentence(text, currency):
    claim = _claim(text, "cents")
    assert (claim.unit, claim.kind) == (currency, "money")
    assert claim.value == pytest.approx(0.18 if "18" in claim.text else 0.30)


@pytest.mark.parametrize("text,surface,celsius", [
    ("The sea warmed to 31.5 C in August, a record temperature.", "31.5", True),
    ("Temperatures reached 31 C (88 F) on Tuesday.", "31", True),
    # no word of temperature near, a lone digit, or a label: not a temperature
    ("The lift is in Block 31 C, near the station.", "31", False),
    ("It was a cold day for pupils in grade 9 C.", "9", False),
    ("Passengers in seat 14 C felt the heat.", "14", False),
])
def test_a_spaced_celsius_needs_a_word_of_temperature(text, surface, celsius):
    claim = _claim(text, surface)
    assert (claim.unit == "degree Celsius") == celsius


@pytest.mark.parametrize("text,surface", [
    # a dateline in capitals opens a paragraph; a long sentence after a colon is no entry
    ("MARAPUR: Fourteen people, including three children, were injured when a railing gave way.", "Fourteen"),
    ("Note: 40 people were hurt when the stand gave way during the opening ceremony on Saturday in the town, police said.",
     "40"),
])
def test_a_dateline_or_a_long_sentence_is_no_fact_box_entry(text, surface):
    assert not _claim(text, surface).in_fact_box()


@pytest.mark.parametrize("text,surface", [
    # a label in capitals is an entry when the line is a list item; a dateline is no list item
    ("- HGV: \u20ac8.70", "8.70"),
    ("- GDP: 2.4%", "2.4%"),
])
def test_a_label_in_capitals_in_a_list_is_a_fact_box_entry(text, surface):
    assert _claim(text, surface).in_fact_box()


@pytest.mark.parametrize("text,surface,tonnes_low,tonnes_high", [
    # a 'ton' may be short (0.907 t), metric or long (1.016 t): its bounds reach all three
    ("A 60-ton crane lifted the cradle.", "60-ton", 54.43, 60.96),
    ("The barge carried about 1,000 tons of coal.", "about 1,000 tons", 816.47, 1117.65),
    # a tonne is one size only
    ("A 60-tonne crane lifted the cradle.", "60-tonne", 60.0, 60.0),
])
def test_a_ton_spans_every_size_the_word_names(text, surface, tonnes_low, tonnes_high):
    claim = _claim(text, surface)
    assert claim.base_low / 1000 == pytest.approx(tonnes_low, abs=0.01)
    assert claim.base_high / 1000 == pytest.approx(tonnes_high, abs=0.1)
