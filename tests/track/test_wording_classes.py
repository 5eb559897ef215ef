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
