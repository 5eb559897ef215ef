"""Classes of cross-article, within-article and running-total errors found by a held-out set.

Each test states one class in sentences of our own, both ways where a near miss matters:
digits swapped under "some"/"about", a figure that names a known thing ("the company's 2,680
staff") restating one given before, a count of people on a list as the list's length, the
share of voters in one ballot, where victims lived (not where they died), and a running
total that two same-day stories disagree on after an earlier, higher one.
"""

from factcheck.model import Claim
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.keys import reference_key
from factcheck.track.readings import is_ballot_share, list_named_after
from factcheck.track.places import _not_where_it_happened

from track_helpers import articles

RULES = {r.code: r for r in load_rules()}


def claim_in(sentence: str, figure: str, **fields) -> Claim:
    """A claim for ``figure`` inside ``sentence`` (one-sentence article)."""
    start = sentence.index(figure)
    defaults = dict(value=1.0, low=1.0, high=1.0, base_low=1.0, base_high=1.0, kind="count",
                    dimension="count", subject="staff")
    defaults.update(fields)
    return Claim(id="a:1", article_id="a", text=figure, start=start, end=start + len(figure), line=1,
                 sentence=sentence, sentence_start=0, **defaults)


# --- digits swapped under a qualifier -----------------------------------------------------

def test_swapped_digits_under_some_contradict_within_an_article():
    text = ("Some 36,200 pupils sat the entrance test in Rowley this spring, the council said. "
            "\"The 32,600 pupils who sat the test this spring did well,\" a councillor said.")
    assert run_example(RULES["FC202"], text)


def test_a_close_figure_under_about_still_agrees():
    text = ("Some 36,200 pupils sat the entrance test in Rowley this spring, the council said. "
            "\"The 36,100 pupils who sat the test this spring did well,\" a councillor said.")
    assert not run_example(RULES["FC202"], text)


def test_swapped_digits_under_a_bound_are_left_to_the_bound():
    """'more than 26,300' allows 32,600: a bound is not a figure with its digits swapped."""
    text = ("More than 26,300 pupils sat the entrance test in Rowley this spring, the council said. "
            "\"The 32,600 pupils who sat the test this spring did well,\" a councillor said.")
    assert not run_example(RULES["FC202"], text)


# --- a figure naming a known thing restates one given before --------------------------------

def test_the_boards_staff_restate_the_staff_it_has():
    text = ("The water company, which has 5,300 staff, plans to close two depots in Harwell. "
            "The company's 3,500 staff include 900 engineers, its annual report says.")
    assert run_example(RULES["FC202"], text)


def test_the_definite_crew_restate_the_crew_the_union_represents():
    text = ("The walkout is backed by the 3,140 baggage handlers represented by the Transport Union. "
            "\"The 1,340 baggage handlers on this picket line have had enough,\" an organiser said.")
    assert run_example(RULES["FC202"], text)


def test_a_different_group_of_the_same_noun_is_not_tied():
    """Only the same digits in another order tie such figures: 'its 900 staff in Leeds' is part
    of the 5,300, not a rival figure."""
    text = ("The water company, which has 5,300 staff, plans to close two depots in Harwell. "
            "Its 900 staff at the Leeds depot will be offered jobs elsewhere, the company said.")
    assert not run_example(RULES["FC202"], text)


def test_reference_key_needs_a_reference_before_the_figure():
    sentence = "The company's 3,500 staff include 900 engineers."
    assert reference_key(claim_in(sentence, "3,500", predicate="include")) == ("staff", "", "count")
    plain = "About 3,500 staff include engineers."
    assert reference_key(claim_in(plain, "3,500", predicate="include")) is None


# --- a count of people on a list is the list's length ----------------------------------------

def test_people_on_a_waiting_list_and_the_list_that_rose_are_one_fact():
    example = articles(
        ("Coastline Courier", "2025-09-11",
         "The housing waiting list in Farrowby rose to 18,340 in the year to August, the council said."),
        ("Harbour Post", "2025-09-12",
         "Some 13,840 households were on the Farrowby council's housing waiting list at the end of August, "
         "according to the council's annual report."),
    )
    assert run_example(RULES["FC201"], example)


def test_list_named_after_a_count():
    sentence = "Some 13,840 households were on the council's housing waiting list."
    assert list_named_after(claim_in(sentence, "13,840", subject="household")) == "waiting"
    elsewhere = "Some 13,840 households were in temporary homes."
    assert list_named_after(claim_in(elsewhere, "13,840", subject="household")) is None


# --- the share of voters in one ballot --------------------------------------------------------

def test_one_ballot_reported_with_two_shares_conflicts():
    example = articles(
        ("Coastline Courier", "2025-10-06",
         "The Rail Workers Union said 87% of members who took part in the ballot at Tarrow Rail had voted to strike."),
        ("Harbour Post", "2025-10-07",
         "The strike at Tarrow Rail was backed by 57% of drivers who voted in the union's ballot."),
    )
    assert run_example(RULES["FC201"], example)


def test_a_ballot_a_week_later_is_another_ballot():
    example = articles(
        ("Coastline Courier", "2025-10-06",
         "The Rail Workers Union said 87% of members who took part in the ballot at Tarrow Rail had voted to strike."),
        ("Harbour Post", "2025-10-13",
         "The deal at Tarrow Rail was backed by 64% of drivers who voted in the union's ballot."),
    )
    assert not run_example(RULES["FC201"], example)


def test_ballot_share_needs_the_voters():
    assert is_ballot_share(claim_in("It was backed by 57% of drivers who voted.", "57%", dimension="percent"))
    assert not is_ballot_share(claim_in("It was backed by 57% of drivers.", "57%", dimension="percent"))


# --- where victims lived is not where they died -----------------------------------------------

def test_where_victims_lived_does_not_separate_a_toll():
    """'three who lived in Oakhythe' says where victims lived: the 12 are Kestwick's toll, and
    the later 10 is lower."""
    example = articles(
        ("Coastline Courier", "2025-11-03", "Eight workers were killed when a quarry wall collapsed in Kestwick, the operator said."),
        ("Harbour Post", "2025-11-04",
         "Twelve workers were killed at the quarry, including three who lived in Oakhythe, the mayor of Kestwick said."),
        ("Daily Meridian", "2025-11-05", "Ten workers were killed at the quarry in Kestwick, the operator said on Wednesday."),
    )
    assert run_example(RULES["FC203"], example)


def test_home_of_people_only_when_every_mention_is_a_home():
    assert _not_where_it_happened("Oakhythe", "three who lived in Oakhythe died")
    assert not _not_where_it_happened("Oakhythe", "three who lived in Oakhythe died in Oakhythe")


# --- a running total two same-day stories disagree on ----------------------------------------

def test_a_same_day_disagreement_after_a_higher_toll_is_one_running_total_finding():
    """Six arrested on Sunday; on Monday one story says four, another six. The four is a
    decrease (FC203); the Monday stories are not also a cross-article conflict."""
    example = articles(
        ("Coastline Courier", "2025-12-07", "Police have arrested six people over the robbery at the Dunmore jewellers."),
        ("Harbour Post", "2025-12-08", "Police have arrested four people over the robbery at the Dunmore jewellers."),
        ("Daily Meridian", "2025-12-08", "Police have arrested six people over the robbery at the Dunmore jewellers."),
    )
    assert run_example(RULES["FC203"], example)
    assert not run_example(RULES["FC201"], example)


def test_a_same_day_disagreement_with_no_earlier_toll_is_a_conflict():
    example = articles(
        ("Harbour Post", "2025-12-08", "Police have arrested four people over the robbery at the Dunmore jewellers."),
        ("Daily Meridian", "2025-12-08", "Police have arrested six people over the robbery at the Dunmore jewellers."),
    )
    assert run_example(RULES["FC201"], example)


# --- one thing in other words ------------------------------------------------------------

def test_a_ship_called_a_vessel_later_is_one_ship():
    text = ("Divers are examining whether the 68-metre ship can be raised to inspect her stern door. "
            "They found the stern door open and water damage along the whole 86-metre vessel.")
    assert run_example(RULES["FC202"], text)
    assert not run_example(RULES["FC202"], text.replace("86-metre", "68-metre"))


def test_a_ship_and_a_lifeboat_are_two_things():
    text = ("The 12-metre lifeboat reached the tanker at dawn. "
            "The crew of the 180-metre ship were taken off by helicopter.")
    assert not run_example(RULES["FC202"], text)


def test_a_hyphened_capacity_is_the_capacity():
    text = ("The club said the stadium, with a capacity of 32,500, was not over-full. "
            "\"Was the 35,200-capacity ground allowed to take in too many people?\" a fan asked.")
    assert run_example(RULES["FC202"], text)
    assert not run_example(RULES["FC202"], text.replace("35,200", "32,500"))
    assert run_example(RULES["FC202"], text.replace("35,200-capacity ground", "35,200-seat ground"))


def test_a_tower_given_two_storey_counts_in_one_article():
    """The lead's town is where the article's figures happen, even when the article names
    another place more often (here the city the residents were moved to)."""
    text = ("Three people died when fire raced up a 22-storey tower block in Leeds overnight. "
            "Families were taken to Bradford. Hotels in Bradford took 40 people. Bradford council helped. "
            "Residents said they had raised concerns about fire doors in the 24-storey tower in March.")
    assert run_example(RULES["FC202"], text)
    assert not run_example(RULES["FC202"], text.replace("24-storey", "22-storey"))


def test_two_towers_of_different_heights_are_two_things():
    text = ("Fire raced up a 22-storey tower block in Stannerton overnight. "
            "Residents of a neighbouring 14-storey block were also moved out.")
    assert not run_example(RULES["FC202"], text)


def test_shops_and_stores_with_swapped_digits_are_one_count():
    text = ("The chain's 412 shops range from superstores to small convenience stores. "
            "The boss said all 421 stores would get new self-checkouts.")
    assert run_example(RULES["FC202"], text)
    assert not run_example(RULES["FC202"], text.replace("421", "412"))


def test_people_who_work_somewhere_are_its_staff():
    text = ("The university's 2,150 staff were told of the cuts on Wednesday. "
            "\"I have a duty to the 2,510 people who work here,\" the vice-chancellor said.")
    assert run_example(RULES["FC202"], text)
    assert not run_example(RULES["FC202"], text.replace("2,510", "2,150"))
    assert not run_example(RULES["FC202"], text.replace("who work here", "who live here"))
