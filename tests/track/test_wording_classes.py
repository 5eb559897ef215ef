"""Wordings of one fact that tracking must read as one, found by probing with sentences of
our own: job losses told with different verbs, and the 'be to' of plans ('are to be axed')."""

import factcheck
import pytest
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.keys import predicate_class

from track_helpers import articles

RULES = {r.code: r for r in load_rules()}


def test_jobs_that_go_and_jobs_that_are_cut_are_one_fact():
    example = articles(
        ("Harbour Post", "2025-05-02", "The firm will cut 1,200 jobs at its plant in Derby, it said on Friday."),
        ("Northern Ledger", "2025-05-02", "Some 2,100 jobs will go at the company's Derby plant, the union said on Friday."),
    )
    assert run_example(RULES["FC201"], example)


def test_jobs_created_are_not_jobs_cut():
    example = articles(
        ("Harbour Post", "2025-05-02", "The firm will create 1,200 jobs at its plant in Derby, it said on Friday."),
        ("Northern Ledger", "2025-05-02", "Some 2,100 jobs will go at the company's Derby plant, the union said on Friday."),
    )
    assert not run_example(RULES["FC201"], example)


def test_verbs_of_job_losses_share_a_class_only_for_jobs():
    assert {predicate_class(v, "count", "job") for v in ("cut", "axe", "shed", "go", "lose")} == {"cut"}
    assert predicate_class("go", "count", "passenger") == "go"


def test_the_verb_of_a_be_to_plan_is_the_infinitive():
    claims = factcheck.extract("About 300 posts are to be axed, the union said.")
    assert claims.loc[0, "predicate"] == "axe"
    claims = factcheck.extract("The 40 victims are to be named on Monday.")
    assert claims.loc[0, "predicate"] == "name"


def test_people_in_a_place_when_it_happened_are_one_figure_of_the_story():
    from track_helpers import keys_of
    keys = keys_of("About 250 people were inside, police said. Police said 17 people were standing on the "
                   "balcony when it gave way.")
    assert keys["About 250"] == ("people", "", "present", "count")
    assert keys["17"] == ("people", "", "present", "count")
    # not a state a toll or a condition puts them in
    keys = keys_of("Five people are in hospital. About 300 people are at risk of flooding.")
    assert keys["Five"] is None or keys["Five"][2] != "present"
    assert keys["About 300"] is None or keys["About 300"][2] != "present"


def test_those_on_strike_and_those_who_walked_out_are_one_fact():
    from track_helpers import keys_of
    assert keys_of("About 1,410 workers are on strike at the refinery.")["About 1,410"][2] == "strike"
    assert keys_of("About 2,000 workers went on strike on Monday.")["About 2,000"][2] == "strike"
    assert keys_of("Some 1,140 workers walked out on Monday.")["Some 1,140"][2] == "strike"


def test_a_capacity_names_itself_when_the_parse_loses_its_noun():
    from track_helpers import keys_of
    keys = keys_of("The crush happened at the Rivermark Pavilion, a 12,000-capacity venue.")
    assert keys["12,000-capacity"] == ("capacity", "", "", "count")


def test_the_seats_a_venue_has_are_its_capacity():
    from track_helpers import keys_of
    assert keys_of("The restored auditorium has 1,850 seats.")["1,850"] == ("capacity", "", "", "count")
    assert keys_of("People will walk into the 1,640-seat auditorium in March.")["1,640-seat"] == (
        "capacity", "", "", "count")
    # seats narrowed by a word are a part of them
    assert keys_of("The theatre has 48 wheelchair seats.")["48"] != ("capacity", "", "", "count")


def test_jobs_a_deal_brings_are_jobs_it_creates_but_a_month_s_added_jobs_are_not():
    from track_helpers import keys_of
    assert keys_of("The order brings 1,100 jobs to the yard.")["1,100"][2] == "create"
    assert keys_of("The yard will create 2,000 jobs.")["2,000"][2] == "create"
    added = keys_of("According to Labor Department figures, 157,000 new jobs were added last month.")["157,000"]
    assert added is None or added[2] != "create"  # (a month's tally of jobs, not jobs a deal creates)


def test_the_cost_of_building_works_is_one_fact_under_any_of_its_names():
    from track_helpers import keys_of
    assert keys_of("The £86m restoration of the opera house is finished.")["£86m"][0] == "project"
    assert keys_of("The £61m project took four years.")["£61m"][0] == "project"


@pytest.mark.parametrize("second,conflict", [
    # the people who signed a petition are its signatures
    ("More than 12,000 people have signed a petition against the closure of Ardlow library, its organisers said "
     "on Friday.", True),
    # the signatures it needs are not those it has
    ("The petition against the closure of Ardlow library needs 10,000 signatures to force a council debate, its "
     "organisers said on Friday.", False),
])
def test_a_petitions_signatures_and_the_people_who_signed_it_are_one_fact(second, conflict):
    example = articles(
        ("Harbour Post", "2025-05-02", "A petition against the closure of Ardlow library has gathered 8,400 signatures, "
                                       "its organisers said on Friday."),
        ("Northern Ledger", "2025-05-02", second),
    )
    assert bool(run_example(RULES["FC201"], example)) is conflict
