"""Counts of a whole set: the population of a place and the parts of a thing.

The same fact is written many ways in news copy ("a town of 84,000 people",
"the town's 84,000 inhabitants", "its population reached 84,000"); each is read
as the level (predicate '') of ``population`` with the place as agent, so the
tracking stage can see one fact stated twice. Counts of people or things to
which something happened keep their verb. See the 'wholes' section of
factcheck.extract.subjects.
"""

import pytest

import factcheck


def reading(text, value):
    df = factcheck.extract(text)
    rows = df[(df.value == value) & df.kind.isin(["count", "measure", "percent"])]
    assert len(rows) == 1, f"expected one claim of {value}, got:\n{df[['text', 'value', 'subject']]}"
    row = rows.iloc[0]
    return row.subject, row.predicate, row.agent


# --- populations -------------------------------------------------------------

@pytest.mark.parametrize(
    "text,value,agent",
    [
        # a relative clause on the people ('that lies') is about the place, not them
        ("Dunmore, a city of 230,000 people that lies on the coast, declared an emergency.", 230000, "dunmore"),
        ("For the 61,000 residents of Keswold, the closure means a longer drive.", 61000, "keswold"),
        ("Ravensby is a town of 18,500 inhabitants.", 18500, "ravensby"),
        ("Arlon, with some 95,000 inhabitants, is the largest town in the valley.", 95000, "arlon"),
        ("Mirefield, home to 33,000 people, lost power overnight.", 33000, "mirefield"),
        ("Bristol has about 470,000 residents.", 470000, "bristol"),
        ("The village's 700 residents were asked to boil their water.", 700, "village"),
        ("The town of 12,000 has one school.", 12000, "town"),
    ],
)
def test_a_count_of_a_places_people_is_its_population(text, value, agent):
    assert reading(text, value) == ("population", "", agent)


def test_a_population_that_reaches_a_figure_is_at_that_level():
    assert reading("Glasgow's population reached 635,000 in the census.", 635000) == ("population", "", "glasgow")


def test_a_population_that_passes_a_figure_keeps_its_verb():
    """'passed 800,000' is a bound, not the level itself."""
    assert reading("The population of Glasgow passed 600,000 in 2019.", 600000)[:2] == ("population", "pass")


@pytest.mark.parametrize(
    "text,value,subject,predicate",
    [
        ("About 2,500 people were evacuated from Dunmore on Sunday.", 2500, "people", "evacuate"),
        # the set is whole, but what happened to it is the news
        ("The 800 residents of Keswold were evacuated overnight.", 800, "resident", "evacuate"),
        # a relative clause that picks some out
        ("The 120 residents who signed the petition want a bypass.", 120, "resident", "sign"),
        # not the whole set: no 'the'
        ("Some 3,000 residents of Arlon joined the protest.", 3000, "resident", "join"),
        # some of them
        ("Police said 40 of the village's residents had been moved.", 40, "resident", "move"),
        # a crowd, not a place
        ("The march, with 300 people, passed off peacefully.", 300, "people", None),
    ],
)
def test_people_to_whom_something_happened_are_no_population(text, value, subject, predicate):
    got = reading(text, value)
    assert got[0] == subject
    if predicate is not None:
        assert got[1] == predicate


# --- a place that grows to a figure ------------------------------------------

def test_a_place_that_grows_to_a_count_is_its_population():
    text = "Glasgow grew faster than any other city, to 635,000 from 598,000."
    assert reading(text, 635000) == ("population", "", "glasgow")
    # the old level stays a figure of the growth, so it is not taken for the new one
    assert reading(text, 598000) == ("population", "grow", "glasgow")


def test_a_place_is_never_what_a_share_is_of():
    assert reading("Glasgow grew by 6% in the decade, adding 35,000 residents.", 6)[0::2] == ("population", "glasgow")
    assert reading("Germany grew by 0.3% last year.", 0.3)[0::2] == ("", "germany")


def test_a_level_of_something_else_keeps_its_subject():
    assert reading("The index rose to 4,200 on Friday.", 4200)[0] == "index"


# --- parts of a thing ----------------------------------------------------------

@pytest.mark.parametrize(
    "text,value,subject,agent",
    [
        ("All four coaches of the train came off the track near Elmstead.", 4, "coach", "train"),
        ("Cranes were used to lift the ferry's three lifeboats onto the quay.", 3, "lifeboat", "ferry"),
        ("The bridge's two towers were repainted in 2019.", 2, "tower", "bridge"),
    ],
)
def test_a_count_of_a_things_parts_is_how_many_it_has(text, value, subject, agent):
    assert reading(text, value) == (subject, "", agent)


@pytest.mark.parametrize(
    "text,value,subject,predicate",
    [
        ("Police arrested nine of the gang's members.", 9, "member", "arrest"),   # some of them
        ("The ferry's 30 crew were rescued by lifeboats.", 30, "crew", "rescue"),  # a toll
        ("The union's 5,000 members approved the deal.", 5000, "member", "approve"),  # doers of an act
        ("Six carriages of coal overturned near the junction.", 6, "carriage", "overturn"),  # no owner
        ("The mayor's 40-page report was published on Monday.", 40, "report", "publish"),  # counts no reports
    ],
)
def test_counts_that_are_not_the_parts_of_a_thing_keep_their_verb(text, value, subject, predicate):
    assert reading(text, value)[:2] == (subject, predicate)


# --- each of a thing's parts -----------------------------------------------------

@pytest.mark.parametrize(
    "text,value,subject,agent",
    [
        ("Each of the dam's four turbines is 12 metres wide.", 12, "turbine", "dam"),
        ("Both of the stadium's stands are 40 metres high.", 40, "stand", "stadium"),
        ("Both chimneys are 90 metres tall.", 90, "chimney", ""),
        ("The pier's main deck is 350 metres long.", 350, "deck", "pier"),
    ],
)
def test_a_measure_of_each_part_belongs_to_the_part_and_its_owner(text, value, subject, agent):
    got = reading(text, value)
    assert (got[0], got[2]) == (subject, agent)


def test_a_population_from_one_level_to_another():
    text = "Dunford's population rose from 88,000 to 97,500 over the decade."
    assert reading(text, 97500) == ("population", "", "dunford")
    assert reading(text, 88000) == ("population", "rise", "dunford")  # the old level, not the new
