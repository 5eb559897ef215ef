"""Extraction of copy in general form: a measure set off by ', each' after a plural noun is one of
that noun's members; a place the tagger reads at the start of a public body's name is the body's,
not where the figure is; a temperature told of 'it' is the sentence's temperature; people counted by
where they work are narrowed by the kind of place."""

from extract_helpers import figures_by_text as _figures
from factcheck.extract.context import _where_said
from factcheck.extract.nlp import load_nlp


def test_a_measure_after_comma_each_describes_the_noun_before():
    figures = _figures("The tower rests on a raft resting on 186 bored piles, each 1.5 metres across and driven "
                       "65 km into the ground.")
    assert figures["65 km"].subject == figures["1.5 metres"].subject == "pile"
    assert _figures("The facade is made of 41,000 panels, each weighing about 650 kg.")["about 650 kg"].subject == "panel"


def test_a_measure_of_stuff_after_comma_each_is_the_stuff():
    assert _figures("Police seized three bags, each holding about 2kg of cocaine.")["about 2kg"].subject == "cocaine"


def test_a_public_bodys_name_is_no_place():
    figures = _figures("The lift fell about 11 floors before its brakes held, West Midshire Fire and Rescue Service said.")
    assert not [p for p in figures["about 11"].places if "Midshire" in p]
    # a place named as where the figure is stays one
    assert "Thornbury" in list(_figures("The lift fell about 11 floors in Thornbury.")["about 11"].places)


def test_it_after_a_temperature_is_that_temperature():
    figures = _figures("The temperature was already 29C at 6.30am, and by 10am it had reached 34C.")
    assert figures["34C"].subject == "temperature"
    assert _figures("The match was played on Sunday, and by noon it had reached 34C.")["34C"].subject == ""


def test_people_who_work_at_a_kind_of_place_are_narrowed_by_it():
    figures = _figures("About 2,300 people work at the Hollins & Webb head office on Tanner's Way.")
    assert list(figures["About 2,300"].subject_modifiers) == ["office"]
    # a place named only by its kind narrows nothing
    assert list(_figures("About 400 people work in the city.")["About 400"].subject_modifiers) == []


def test_a_place_under_a_verbless_root_is_not_where_something_was_said():
    doc = load_nlp()("Tornado damage in Kansas.")
    places = [ent for ent in doc.ents if ent.text == "Kansas"]
    assert places and not _where_said(places[0])  # (the walk up stops at the root, which heads itself)
    said = load_nlp()('"Four people died," the collector told reporters in Samudrapur.')
    assert _where_said(next(ent for ent in said.ents if ent.text == "Samudrapur"))
