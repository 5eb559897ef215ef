"""A bracketed conversion, the whole of a crew and a distance's direction in tracking: the
conversion leaves its figure standing; 'all 22 crew' and 'a crew of 31' are one fact; two
distances in different directions are two. ``facts._drop_contrasts``, ``keys.fact_key``,
``ties.compatible``, FC201."""

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

from track_helpers import articles, keys_of

RULES = {r.code: r for r in load_rules()}


def test_a_bracketed_conversion_leaves_its_figure_standing():
    example = articles(
        ("Harbour Post", "2026-11-04", "Four climbers have reached the summit of the 7,412-meter (24,318-foot) "
                                       "Teshung Kangri by its north face."),
        ("Northern Ledger", "2026-11-05", "The climbers were brought down from the 6,890-metre Teshung Kangri by "
                                          "helicopter on Wednesday."),
    )
    for article, title in zip(example["articles"], ["Climbers conquer Teshung Kangri", "Teshung Kangri climbers flown out"]):
        article["title"] = title
    assert run_example(RULES["FC201"], example)


def test_the_measure_before_a_bracketed_conversion_describes_the_name_after_it():
    keys = keys_of("Four climbers reached the summit of the 7,412-meter (24,318-foot) Teshung Kangri on Tuesday.")
    assert keys["7,412-meter"] == ("kangri", "teshung", "", "metre")


def test_all_of_a_crew_is_the_crew_aboard():
    assert keys_of("All 22 crew were taken off the ship last week.")["22"][2] == "carry"
    assert keys_of("All 22 crew were accounted for.")["22"][2] == "carry"
    assert keys_of("Her crew of 31 were safe.")["31"][2] == "carry"
    assert keys_of("Sixteen crew were taken off the ship.")["Sixteen"][2] != "carry"  # some of them, taken off


def test_two_distances_in_different_directions_are_two_facts():
    example = articles(
        ("Harbour Post", "2026-08-10", "Port Sabine, the capital, sits roughly 60 km (37 miles) west of where "
                                       "the eye of the storm came ashore."),
        ("Northern Ledger", "2026-08-10", "By Tuesday the storm was about 310 miles northwest of Port Sabine, "
                                          "moving away over open water."),
    )
    assert not run_example(RULES["FC201"], example)
