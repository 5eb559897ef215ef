"""Extraction readings of news wordings: speeds written 'km an hour', an age in brackets before a
comma and a verb of saying, a dateline's date, a tally whose participle the parser takes for a verb,
and 'double' set before what it multiplies (first met in held-out set 35). Each comes
with a near miss that must keep its old reading."""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_text


def _claim(text: str, surface: str):
    found = [c for c in extract_text(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_text(text)]}"
    return found[0]


@pytest.mark.parametrize("text,surface,unit", [
    ("The bus did 60 km an hour on the bypass.", "60 km", "kilometre per hour"),
    ("The boat made 40 km per hour in calm water.", "40 km", "kilometre per hour"),
    ("Gusts reached 30 meters a second on the ridge.", "30 meters", "metre per second"),
    # a distance covered in an hour is no speed
    ("The 60 km trip took an hour.", "60 km", "kilometre"),
])
def test_a_speed_written_with_an_hour(text, surface, unit):
    assert _claim(text, surface).unit == unit


@pytest.mark.parametrize("text,kind", [
    ("The director, Siobhan Rourke (44), said the team had worked all night.", "age"),
    ("Mr Rourke (44), from Carran, said the team had worked all night.", "age"),
    # places take a count in brackets too: a list of them is no age
    ("The ferry called at Inchmurra (58), Port Selby (26) and Carran (12).", "count"),
])
def test_an_age_in_brackets_before_a_comma(text, kind):
    assert _claim(text, "44" if "44" in text else "58").kind == kind


def test_a_datelines_date_does_not_date_the_figures():
    text = "DUBLIN, Nov 26 (Corvane) - Hackers have demanded $25 million from the hospital, police said."
    assert _claim(text, "$25 million").dates == []
    # a date in the story's own words still dates its figure
    assert _claim("DUBLIN - Hackers demanded $25 million on Nov 24, police said.", "$25 million").dates == ["Nov 24"]


def test_a_tally_whose_participle_the_parser_reads_as_a_verb():
    claim = _claim("A man died as the blaze grew to 40,000 hectares and the number of homes lost rose to 84.", "84")
    assert (claim.subject, claim.predicate) == ("home", "destroy")
    # its own subject is kept where the sentence gives one
    assert _claim("A man died and the fire rose to 84 metres.", "84").subject != "home"


@pytest.mark.parametrize("text,is_ratio", [
    ("The purse is Rs 1.2 crore, double last year's Rs 60 lakh.", True),
    ("Sales are now triple the 2019 figure.", True),
    ("He hit a double in the final and scored 40.", False),
    ("They booked a double room for 40 nights.", False),
])
def test_double_set_before_what_it_multiplies(text, is_ratio):
    assert any(c.kind == "ratio" for c in extract_text(text)) == is_ratio
