"""Session 48, set 54's general patterns: a place named only in a part singled out after the figure, a payment
to a victim's family, a tally told by 'the number of people sickened ... rose to', 'reported symptoms', a death
toll told with its cause, a capacity told by 'licensed to carry', a label that names the people of a toll by its
deed, a label that names a deed by its noun, and a person described before the name. Our own wording; each case
has its near miss."""

import pytest

from factcheck.track.places import _in_a_part_after
from factcheck.track.when import without_days_named_before
from track_helpers import claims_by_text, fires_within, keys_of


@pytest.mark.parametrize("sentence, figure, gone, kept", [
    ("About 400 people stayed at the 212-room hotel in Kilbrack, including about 60 members of a Tralee golf society.",
     "212-room", {"tralee"}, {"kilbrack"}),
    ("The reception was attended by 260 guests, many of whom travelled from Dublin, Cork and the UK.",
     "260", {"dublin", "cork"}, set()),
    ("Of the 11 hospitalized patients, one remains in serious condition at Harlan Regional.", "11", {"harlan regional"}, set()),
    # the part ends where the clause goes on, and a part named by a noun ends at its comma
    ("A bus carrying 52 passengers, most of them pilgrims, plunged off a road in Kestrel Valley.", "52", set(),
     {"kestrel valley"}),
    ("Twenty-seven people were hurt, including 33 children, Calder County officials said.", "Twenty-seven", set(),
     {"calder county"}),
])
def test_a_place_named_only_in_a_part_after_the_figure_is_the_parts(sentence, figure, gone, kept):
    claim = claims_by_text(sentence)[figure]
    places = frozenset(gone | kept)
    assert _in_a_part_after(places, claim) == gone


def test_a_payment_to_a_victims_family_is_for_the_dead_and_each_is_understood():
    first = keys_of("The chief minister announced an ex gratia of Rs 4 lakh each to the next of kin of those killed.")
    second = keys_of("The chief minister announced an ex gratia payment of 2 lakh rupees to the family of each victim.")
    assert first["Rs 4 lakh"] == second["2 lakh rupees"] == ("compensation", "deceased", "", "INR")
    # victims told of alone may be of a fraud
    assert keys_of("The bank will pay Rs 40,000 to each victim of the scam.")["Rs 40,000"][1] == "victims"


def test_the_figures_own_currency_word_is_no_holder():
    claim = claims_by_text("The chief minister announced an ex gratia of Rs 4 lakh each to the next of kin.")["Rs 4 lakh"]
    from factcheck.track.evidence import owners
    assert "rs" not in owners(claim)


def test_a_weekday_that_points_back_dates_nothing():
    sentence = "The wedding reception that Saturday was attended by 260 guests."
    assert without_days_named_before(["Saturday"], sentence) == []
    assert without_days_named_before(["Saturday"], "The reception on Saturday was attended by 260 guests.") == ["Saturday"]


@pytest.mark.parametrize("text, figure, deed", [
    ("Inspectors took samples on Monday, as the number of people sickened in the outbreak rose to 97.", "97", "infect"),
    ("In all, 68 people have reported symptoms since the supper, the health department said.", "68", "infect"),
    ("Rescuers recovered seven more bodies on Sunday, raising the death toll from the capsizing of an overcrowded "
     "boat carrying pilgrims to a riverside fair to 31, officials said.", "31", "kill"),
])
def test_tallies_the_parse_loses_or_tells_in_other_words(text, figure, deed):
    assert keys_of(text)[figure] == ("people", "", deed, "count")


def test_two_tolls_in_one_are_no_tally_of_either():
    assert keys_of("The minister said the number of Britons dead or missing in the disaster had reached 440.")["440"] \
        != ("people", "", "kill", "count")


def test_a_tally_read_from_its_words_has_no_doer_of_the_parse():
    claim = claims_by_text("State inspectors took samples of eggs on Monday, as the number of people sickened in "
                           "the outbreak rose to 97.")["97"]
    assert claim.agent == ""


def test_people_who_reported_something_else_are_no_tally():
    assert keys_of("In all, 68 people have reported sightings of the escaped lynx.")["68"] != ("people", "", "infect", "count")


@pytest.mark.parametrize("text, figure", [
    ("The wooden boat was licensed to carry 40 passengers.", "40"),
    ("The ferry, permitted to carry 300 passengers, sank.", "300"),
    ("The lift is certified to carry 12 people.", "12"),
])
def test_a_capacity_told_by_its_licence(text, figure):
    assert keys_of(text)[figure] == ("capacity", "", "", "count")


def test_two_capacities_of_one_holder_in_one_article():
    assert fires_within("The wooden boat was licensed to carry 40 passengers. The overloaded boat, permitted to "
                        "carry 30 passengers, had no life jackets on board.")
    assert not fires_within("The old boat was licensed to carry 40 passengers. The new boat, permitted to carry 30 "
                            "passengers, has life jackets on board.")


def test_a_label_names_the_people_of_a_toll_by_its_deed():
    assert fires_within("Fourteen people have now been hospitalized, the health department said Tuesday. "
                        "Of the 11 hospitalized patients, one remains in serious condition.", "2027-12-07")
    assert not fires_within("Fourteen people have now been hospitalized, the health department said Tuesday. "
                            "Of the 11 patients seen at the clinic, one remains in serious condition.", "2027-12-07")


def test_a_label_names_a_deed_by_its_noun():
    assert fires_within("Fire Chief Dale Pruitt said 22 fire trucks had been rotated through the site since Sunday. "
                        "By Wednesday, the 26 trucks on the fire rotation included units from Kettle Lake.")
    assert not fires_within("Fire Chief Dale Pruitt said 22 fire trucks had been rotated through the site since "
                            "Sunday. By Wednesday, the 26 trucks in the county fleet were back at their stations.")


def test_a_person_described_before_the_name():
    assert fires_within("Police arrested boatman Ramesh Nishad, 42, on Friday. The 48-year-old boatman told "
                        "police he could not stop the pilgrims boarding.")
    assert not fires_within("Police arrested boatman Ramesh Nishad, 42, on Friday. The 48-year-old farmer who owns "
                            "the landing told police he saw the boat leave.")
