"""How findings name the thing a figure describes: editors read these sentences."""

import pytest

from factcheck.rules.engine import _sentence_case
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.rules.text import a_thing_measuring, indefinite_article

RULES = {r.code: r for r in load_rules()}


@pytest.mark.parametrize("phrase, article", [
    ("162-mile bridge", "a"), ("8-mile bridge", "an"), ("18 mile runway", "an"),
    ("11,000-foot peak", "an"), ("110-metre tower", "a"), ("1,100-metre tower", "a"),
    ("800km road", "an"), ("80,000 people", "an"), ("18,000,000 people", "an"),
    ("oil tanker", "an"), ("one-man car", "a"), ("unicycle", "a"), ("hour", "an"),
    ("bridge", "a"), ("\u201c8 metres\u201d", "an"),
])
def test_article_follows_the_sound_of_the_first_word(phrase, article):
    assert indefinite_article(phrase) == article


@pytest.mark.parametrize("text, noun, expected", [
    ("162-mile", "bridge", "a 162-mile bridge"),          # written before its noun: keep it there
    ("18 mile", "runway", "an 18 mile runway"),
    ("300km", "bridge", "a 300km bridge"),
    ("about 300 km", "bridge", "a bridge of about 300 km"),  # a qualifier cannot stand before a noun
    ("2,000 miles", "tower", "a tower of 2,000 miles"),      # nor a plural unit
    ("40 feet", "wave", "a wave of 40 feet"),
    ("12 metres", "oil tanker", "an oil tanker of 12 metres"),
    ("12 metres", "", "a length of 12 metres"),              # no named thing: name the measure
])
def test_the_thing_measured_is_named_as_copy_would_name_it(text, noun, expected):
    assert a_thing_measuring(text, noun, "length") == expected


def test_messages_begin_with_a_capital():
    assert _sentence_case("about 30 hours a day would be more") == "About 30 hours a day would be more"
    assert _sentence_case("\u201c9\u201d and \u201c10\u201d") == "\u201c9\u201d and \u201c10\u201d"
    assert _sentence_case("") == ""


@pytest.mark.parametrize("code, text, message", [
    # a qualifier cannot stand before its noun
    ("FC101", "The new bridge over the estuary is about 300 km long.",
     "A bridge of about 300 km would be longer than any bridge or tunnel on Earth."),
    # a thing the copy names in the plural is named in the singular
    ("FC123", "The new tram cars weigh 39,000 tonnes each, the operator said.",
     "A car of 39,000 tonnes would be heavier than any road vehicle."),
    # a speed names the vehicle, not the word 'speed'
    ("FC109", "The 12,500-tonne cargo ship has a service speed of 150 knots.",
     "150 knots for this ship would be faster than any such vehicle has ever gone."),
    # a figure spelled out at the start of its sentence is lower case inside the message
    ("FC302", "Eight miners were trapped, ten of whom died.", "Ten miners cannot be part of eight miners."),
    ("FC305", "Forty cases have been confirmed. Of those, 22 live in Ashby, nine in Corley and three in Fenwick.",
     "The parts 22 + nine + three add up to 34, less than the total of forty, though the wording gives them "
     "as the whole breakdown."),
])
def test_the_finding_reads_as_a_sentence(code, text, message):
    assert [f.message for f in run_example(RULES[code], text)] == [message]


@pytest.mark.parametrize("text, message", [
    ("Arjun Sethi, born on March 14, 1999, said the 24-year-old would ride again.",
     "Born on March 14, 1999, the person cannot be 24 in 2026 (\u201c24-year-old\u201d): they would be 26 or 27."),
    ("Jo Orme, 42, who was born in 1990, was freed on Monday.",
     "Born in 1990, the person cannot be 42 in 2026 (\u201c42\u201d): they would be 35 or 36."),
])
def test_a_birth_date_is_born_on_and_a_year_born_in(text, message):
    example = {"articles": [{"source": "Post", "published": "2026-12-01", "text": text}]}
    assert [f.message for f in run_example(RULES["FC401"], example)] == [message]


def test_a_change_to_an_open_ended_figure_is_worded_as_a_bound():
    text = ("Calls to the disaster management centre increased 60 per cent over the weekend, from about 240 on a "
            "normal weekend to more than 1,200.")
    found = run_example(RULES["FC303"], text)
    assert len(found) == 1 and "a change of at least" in found[0].message and "no limit" not in found[0].message
