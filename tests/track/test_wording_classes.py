"""Wordings of one fact that tracking must read as one, found by probing with sentences of
our own: job losses told with different verbs, and the 'be to' of plans ('are to be axed')."""

import factcheck
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
