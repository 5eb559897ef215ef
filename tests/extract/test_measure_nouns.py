"""A measure whose parse lost its noun takes the noun written right before it, through 'of',
'down to', 'as high as' or (for a temperature or a speed) 'at'; a noun the tagger took for an
adjective is still what is measured; a sum whose parse lost its noun is the cost of the noun it
describes ('The £95m scheme', 'a deal worth £45m')."""

import pytest

import factcheck
from factcheck.extract.measures import _noun_right_before
from factcheck.extract.nlp import load_nlp


@pytest.mark.parametrize("text,figure,subject", [
    ("The sea was wild, waves of up to 12 metres crashing against the legs.", "up to 12 metres", "wave"),
    ("The pump is rated to keep working in outdoor temperatures down to -25C.", "-25C", "temperature"),
    ("There was a chill in the air at 4C.", "4C", "air"),
    # the tagger takes these nouns for adjectives; their clause still makes them what is measured
    ("A 9.6km seawall will enclose 11.5 square kilometres of the bay.", "9.6km", "seawall"),
    ("The mosaic, which shows Orpheus surrounded by animals, measures 5.2 metres by 3.8 metres.", "5.2 metres",
     "mosaic"),
    # a sum whose parse lost its noun is the cost of the noun it describes
    ("The 21 million euro ($24 million) bridge links two halves of the forest.", "21 million euro", "bridge"),
    ("The £95m scheme to replace the estate has divided residents.", "£95m", "scheme"),
    ("The club agreed a 10-year naming rights deal worth £45m.", "£45m", "deal"),
    # the parse may head a measure with its bracketed conversion's unit: the noun after the bracket
    ("The bypass, an 11.2-mile (18km) dual carriageway skirting the town, will open on Tuesday.", "11.2-mile",
     "carriageway"),
])
def test_the_noun_a_figure_is_of_when_the_parse_lost_it(text, figure, subject):
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


def test_an_adjective_standing_for_a_level_is_no_noun():
    """(In one BBC report the tagger made 'a near 10-year low' an adjective in a noun's place.)"""
    from types import SimpleNamespace

    from factcheck.extract.subjects import is_noun_by_role
    assert not is_noun_by_role(SimpleNamespace(pos_="ADJ", dep_="pobj", lemma_="low", text="low"))
    assert not is_noun_by_role(SimpleNamespace(pos_="ADJ", dep_="amod", lemma_="seawall", text="seawall"))
    assert is_noun_by_role(SimpleNamespace(pos_="ADJ", dep_="nsubj", lemma_="seawall", text="seawall"))
