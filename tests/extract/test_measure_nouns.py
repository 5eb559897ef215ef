"""A measure whose parse lost its noun takes the noun written right before it, through 'of',
'down to', 'as high as' or (for a temperature or a speed) 'at'."""

import pytest

import factcheck
from factcheck.extract.measures import _noun_right_before
from factcheck.extract.nlp import load_nlp


@pytest.mark.parametrize("text,figure,subject", [
    ("The sea was wild, waves of up to 12 metres crashing against the legs.", "up to 12 metres", "wave"),
    ("The pump is rated to keep working in outdoor temperatures down to -25C.", "-25C", "temperature"),
    ("There was a chill in the air at 4C.", "4C", "air"),
])
def test_the_noun_right_before_a_measure_is_what_it_measures(text, figure, subject):
    claims = factcheck.extract(text)
    row = claims[claims.text == figure].iloc[0]
    assert row.subject == subject


@pytest.mark.parametrize("text,figure,dimension,noun", [
    ("in water at a bracing 12C", "12C", "temperature", "water"),
    ("in air as cold as -30C", "-30C", "temperature", "air"),
    ("gusts of 90 mph", "90 mph", "speed", "gusts"),
    ("the wreck at 30 metres", "30 metres", "length", None),   # where it lies, not its size
    ("the crowd at 9pm", "9pm", "time", None),
    ("rated down to -25C", "-25C", "temperature", None),      # no noun before the link
])
def test_which_links_tie_a_measure_to_the_noun_before_it(text, figure, dimension, noun):
    doc = load_nlp()(text)
    start = text.index(figure)
    span = doc.char_span(start, start + len(figure), alignment_mode="expand")
    found = _noun_right_before(span, dimension)
    assert (found.text if found is not None else None) == noun
