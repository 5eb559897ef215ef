"""A thing's fixed properties (capacity, term) are one fact whatever the clause's verb or day."""

import pytest

from factcheck.model import Article
from factcheck.pipeline import extract_all
from factcheck.track.keys import fact_key


def _key(text, figure):
    [claim] = [c for c in extract_all([Article(id="a", path="a", text=text)]) if c.text == figure]
    return fact_key(claim)


@pytest.mark.parametrize("text,figure,key", [
    # a venue's seats are its capacity
    ("The east grandstand seats 2,400 people.", "2,400", ("capacity", "", "", "count")),
    ("The hall can accommodate 400 guests.", "400", ("capacity", "", "", "count")),
    ("Inspectors closed the 1,800-seat grandstand on Tuesday.", "1,800-seat", ("capacity", "", "", "count")),
    # a speed is the speed of the thing that moves at it
    ("The tram was travelling at 48 mph when it left the rails.", "48 mph", ("tram", "", "", "metre per second")),
    ("The tram hit the curve at a speed of 38 mph, the board said.", "38 mph", ("tram", "", "", "metre per second")),
])
def test_a_things_property_is_keyed_by_the_thing(text, figure, key):
    assert _key(text, figure) == key


@pytest.mark.parametrize("text,figure,not_subject", [
    ("Ushers seated 40 people.", "40", "capacity"),  # people seated by someone are no capacity
    ("The officer recorded a speed of 90mph on the bypass.", "90mph", "officer"),  # nor a recorded speed its recorder's
])
def test_what_someone_does_at_a_figure_is_not_their_property(text, figure, not_subject):
    assert _key(text, figure)[0] != not_subject


@pytest.mark.parametrize("text,figure", [
    ("The consortium signed a 20-year contract on Monday.", "20-year"),
    ("The council awarded the 20-year contract to Veolane.", "20-year"),
])
def test_a_hyphened_term_is_the_things_whatever_the_verb(text, figure):
    assert _key(text, figure) == ("contract", "", "", "second")


@pytest.mark.parametrize("text,figure", [
    ("Shares hit a 20-year high.", "20-year"),
    ("He got a five-year suspended sentence.", "five-year"),
])
def test_a_record_or_a_suspended_sentence_keeps_its_verb(text, figure):
    """(A term of custody is one fact of the case whatever its verb: see test_terms_capacities_and_spans.)"""
    assert _key(text, figure)[2] != ""


@pytest.mark.parametrize("text,figure", [
    # an age or a span in a toll sentence is no toll
    ("A 78-year-old man has died after a wedding lunch.", "78-year-old"),
    ("A third guest has died, nine days after the reception.", "nine days"),
    # a hedged figure of its own is no fact (unlike one that names its thing, below)
    ("The plant could employ 400 people by 2030.", "400"),
    ("The storm may have killed 30 people, officials fear.", "30"),
])
def test_a_figure_that_states_no_fact_of_its_own_gets_no_key(text, figure):
    assert _key(text, figure) is None


@pytest.mark.parametrize("text,figure", [
    ("Some 10,200 fans packed the arena for the final.", "Some 10,200"),
    ("About 40,000 people attended the parade on Sunday.", "About 40,000"),
    ("A crowd of 12,000 watched the final.", "12,000"),
])
def test_the_people_who_pack_or_attend_an_event_are_its_crowd(text, figure):
    assert _key(text, figure) == ("crowd", "", "", "count")


@pytest.mark.parametrize("text, figure, other, key", [
    ("The new bridge is 2.4km long.\n\n- Bridge length: 4.2km", "4.2km", "2.4km", ("bridge", "", "", "metre")),
    ("The tower is 310 metres tall.\n\n- Tower height: 130 metres", "130 metres", "310 metres",
     ("tower", "", "", "metre")),
    ("The sinkhole is 35 feet deep.\n\n- Sinkhole depth: 53 feet", "53 feet", "35 feet", ("sinkhole", "depth", "", "metre")),
    ("A 197-day campaign.\n\n- Campaign length: 179 days", "179 days", "197-day", ("campaign", "", "", "second")),
])
def test_a_measure_named_by_its_things_noun_is_the_things(text, figure, other, key):
    """'- Bridge length: 4.2km' (a fact box) and 'the bridge is 2.4km long' are one fact."""
    assert _key(text, figure) == _key(text, other) == key


@pytest.mark.parametrize("text, figure, key", [
    ("The project cost rose by £1m to £5m.", "£1m", ("cost", "project", "rise", "GBP")),  # a change of the cost
    ("Reconstruction costs were estimated at nearly $3bn.", "nearly $3bn", ("cost", "reconstruction", "", "USD")),
])
def test_a_change_or_a_cost_is_no_measure_of_a_thing(text, figure, key):
    """A cost is no lasting measure: 'reconstruction costs' estimated are not a reconstruction drive's worth."""
    assert _key(text, figure) == key


@pytest.mark.parametrize("text,figure", [
    # a hedge on the clause does not reach how the sentence names its thing
    ("The concern is that water from the broken spillway could wash away soil at the foot of the 43-metre-high "
     "dam wall.", "43-metre"),
    ("Engineers fear the city's 38,000 streetlights might fail this winter.", "38,000"),
    ("Fourteen of Hollinshire's 41 public libraries could close next spring.", "41"),
])
def test_a_figure_naming_its_thing_is_tracked_under_a_hedge(text, figure):
    """... as how many or how big the thing is, not as what the hedged verb says of it."""
    key = _key(text, figure)
    assert key is not None and key[2] == ""
