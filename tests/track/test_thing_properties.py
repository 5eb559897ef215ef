"""A thing's fixed properties (capacity, term) are one fact whatever the clause's verb or day."""

import pytest

from factcheck.model import Article
from factcheck.pipeline import extract_all
from factcheck.track.keys import fact_key


def _key(text, figure):
    [claim] = [c for c in extract_all([Article(id="a", path="a", text=text)]) if c.text == figure]
    return fact_key(claim)


@pytest.mark.parametrize("text,figure", [
    ("The east grandstand seats 2,400 people.", "2,400"),
    ("The hall can accommodate 400 guests.", "400"),
    ("Inspectors closed the 1,800-seat grandstand on Tuesday.", "1,800-seat"),
])
def test_a_venues_seats_are_its_capacity(text, figure):
    assert _key(text, figure) == ("capacity", "", "", "count")


def test_people_seated_by_someone_are_no_capacity():
    assert _key("Ushers seated 40 people.", "40")[0] != "capacity"


@pytest.mark.parametrize("text,figure", [
    ("The consortium signed a 20-year contract on Monday.", "20-year"),
    ("The council awarded the 20-year contract to Veolane.", "20-year"),
])
def test_a_hyphened_term_is_the_things_whatever_the_verb(text, figure):
    assert _key(text, figure) == ("contract", "", "", "second")


@pytest.mark.parametrize("text,figure", [
    ("Shares hit a 20-year high.", "20-year"),
    ("He got a five-year sentence.", "five-year"),
])
def test_a_record_or_a_sentence_keeps_its_verb(text, figure):
    assert _key(text, figure)[2] != ""


@pytest.mark.parametrize("text,figure", [
    ("A 78-year-old man has died after a wedding lunch.", "78-year-old"),
    ("A third guest has died, nine days after the reception.", "nine days"),
])
def test_an_age_or_a_span_in_a_toll_sentence_is_no_toll(text, figure):
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


@pytest.mark.parametrize("text,figure", [
    ("The plant could employ 400 people by 2030.", "400"),
    ("The storm may have killed 30 people, officials fear.", "30"),
])
def test_a_hedged_figure_of_its_own_is_not_tracked(text, figure):
    assert _key(text, figure) is None


@pytest.mark.parametrize("text,figure", [
    ("The tram was travelling at 48 mph when it left the rails.", "48 mph"),
    ("The tram hit the curve at a speed of 38 mph, the board said.", "38 mph"),
])
def test_a_speed_is_the_things_that_moves_at_it(text, figure):
    assert _key(text, figure) == ("tram", "", "", "metre per second")


def test_a_speed_a_person_records_is_not_the_persons():
    assert _key("The officer recorded a speed of 90mph on the bypass.", "90mph")[0] != "officer"
