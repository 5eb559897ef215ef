"""Classes of news wording whose subject (what is counted or measured) we misread.

Every sentence here is our own. Each test pins one general class: noun
compounds after a count, "others" and "N of them", sets of places, scale
words the parser reads as verbs, figures hung on a time phrase, paces of
change, "worth" set off by commas, "half the X", and measures given by a
size adjective, a compass point, a bracketed conversion or a "from" place.
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_text


def _subject(text: str, surface: str) -> str:
    found = [c for c in extract_text(text) if surface in c.text]
    assert found, f"no claim holding {surface!r} in {[c.text for c in extract_text(text)]}"
    return found[0].subject


@pytest.mark.parametrize("text, surface, subject", [
    # a count opening a noun compound counts the compound's head
    ("Around 40 rescue workers reached the village by dawn.", "40", "worker"),
    ("The trust will close the 12 nursing homes it runs.", "12", "home"),
    # a noun and an adjective joined before the counted plural: the plural is counted
    ("The council ordered all 2,340 government and private schools in the city to close.", "2,340", "school"),
    # a conjunct with a figure of its own is another count
    ("The firm bought 3 cars and 2 vans last year.", "3", "car"),
    # 'others' are more of what the previous count counted; 'N of them X' names them
    ("Three miners died and 14 others were trapped underground.", "14", "miner"),
    ("The storm injured 22 others, six of them firefighters.", "six", "firefighter"),
    # a count of places out of a set is no population
    ("Nine of the region's 40 councils missed the deadline.", "Nine", "council"),
])
def test_what_a_count_counts(text, surface, subject):
    assert _subject(text, surface) == subject


@pytest.mark.parametrize("text, surface, subject", [
    # the 'm' or 'bn' of a sum misread as a verb is still part of the figure
    ("The firm said its revenue would be £80m higher this year.", "£80m", "revenue"),
    ("The new pier will be 400m long.", "400m", "pier"),
    # a figure the parser hung on a time phrase completes the verb as the phrase does
    ("Imports fell by a quarter last year.", "a quarter", "import"),
    ("Orders were up 18% year on year.", "18%", "order"),
    # a pace is how fast the clause's subject changes
    ("Rents rose at an annual rate of 7.4%.", "7.4%", "rent"),
    # 'X, worth N,' and 'half the X'
    ("The contract, worth about $900m, runs for ten years.", "$900m", "contract"),
    ("Turnout was 31%, half the level seen last time.", "half", "level"),
    # a headline verb read as an adjective still has its subject
    ("Carmaker's profits double to $12bn", "$12bn", "profit"),
])
def test_what_a_figure_is_a_level_or_change_of(text, surface, subject):
    assert _subject(text, surface) == subject


@pytest.mark.parametrize("text, surface, subject", [
    # a size adjective describes the noun it modifies, not the clause's subject
    ("Inspectors found gaps up to 5cm wide in the sea wall.", "5cm", "gap"),
    # a compass point after a distance keeps it a distance
    ("The tremor was centred 40km north-east of the port.", "40km", "distance"),
    # and so does a river's direction
    ("The ship ran aground about 40 kilometres (25 miles) downstream of the city.", "40 kilometres", "distance"),
    ("The wreck lies 12 km offshore.", "12 km", "distance"),
    # a bracketed conversion is read as the figure it converts
    ("Farmers lost about 3,000 hectares (7,400 acres) of wheat.", "7,400", "wheat"),
    # a place after 'from', hung on the verb, makes the measure a distance
    ("The probe will pass 9 million km from Mars next year.", "9 million", "distance"),
    # a range whose of-phrase hangs on its first figure
    ("Forecasters expect highs of 31C to 33C on Sunday.", "31C", "high"),
])
def test_what_a_measure_describes(text, surface, subject):
    assert _subject(text, surface) == subject


def test_cash_seized_is_money_not_the_police():
    assert _subject("Detectives seized £85,000 in cash during the raid.", "£85,000") == "money"


@pytest.mark.parametrize("text, surface, subject", [
    # a restatement joined by 'or' is the same figure another way
    ("Council tax will rise by £120, or about 6%, next April.", "6%", "tax"),
    ("Public debt stands at £2.7 trillion, or about £40,000 for every person.", "£40,000", "debt"),
    # a change set off by a comma is the change of the clause's figure
    ("The port handled 2.2 million containers last year, up 9% on 2022.", "9%", "container"),
    # a bare share that does something is a share of the set a count named
    ("A survey of 1,200 teachers found that 38% planned to leave.", "38%", "teacher"),
    # a bracketed conversion is the same figure in another currency
    ("The club was sold for 400m euros ($430m; £340m) on Friday.", "$430m", "club"),
])
def test_a_figure_that_follows_on_from_an_earlier_one(text, surface, subject):
    assert _subject(text, surface) == subject


@pytest.mark.parametrize("text, surface, subject", [
    # the noun after a figure may name who expected it, not what it counts
    ("The bank made 3,100 loans, well short of the 4,000 analysts had expected.", "4,000", "loan"),
    ("Profits were below the 7% investors had hoped for.", "7%", ""),
    # ... unless the verb has an object of its own
    ("Around 40 economists expect a cut in March.", "40", "economist"),
])
def test_who_expected_a_figure_is_not_what_it_counts(text, surface, subject):
    assert _subject(text, surface) == subject


@pytest.mark.parametrize("text, surface, subject", [
    ("The visitors were deducted nine points for fielding an ineligible player.", "nine", "point"),
    ("The win lifts them three points clear of the drop zone.", "three", "point"),
    # points by which a level moves or that are a unit are no subject
    ("The index fell 45 points in early trading.", "45", ""),
])
def test_points_won_or_lost_are_counted(text, surface, subject):
    assert _subject(text, surface) == subject


def test_the_whole_a_part_is_taken_from_keeps_its_population():
    text = "Half of the island's 6,000 residents were evacuated on Sunday."
    claim = next(c for c in extract_text(text) if "6,000" in c.text)
    assert (claim.subject, claim.predicate) == ("population", "")


def test_a_count_of_people_who_are_expected_counts_them():
    assert _subject("About 9,000 runners are expected on Sunday.", "9,000") == "runner"


def test_what_is_set_at_a_level_is_never_the_one_who_sets_it():
    text = "About 2,000 people joined the march, though organisers put the number at 5,000."
    assert _subject(text, "5,000") == "people"


@pytest.mark.parametrize("text, surface, subject", [
    ("The band has had 11 singles chart hits.", "11", "single"),
    ("Their 12 albums include Daylight, which sold 40,000 copies.", "12", "album"),
])
def test_a_compound_is_not_climbed_past_a_plural_or_into_a_name(text, surface, subject):
    assert _subject(text, surface) == subject
