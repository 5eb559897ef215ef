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


def test_a_named_persons_age_is_one_fact_whatever_befell_them():
    assert keys_of("Harriet Lowe, 67, was named by police.")["67"] == ("lowe", "harriet", "", "second")
    assert keys_of("Harriet Lowe, 76, was killed on the platform.")["76"] == ("lowe", "harriet", "", "second")
    assert keys_of("A 16-year-old boy was hurt.")["16-year-old"] != ("boy", "", "", "second")  # no name: not one person


def test_one_persons_two_ages_in_two_articles_conflict():
    example = articles(
        ("Harbour Post", "2026-09-15", "Police named the woman who died as Harriet Lowe, 67, a retired teacher."),
        ("Northern Ledger", "2026-09-21", "Harriet Lowe, 76, died at the scene, the inquest heard on Monday."),
    )
    assert run_example(RULES["FC201"], example)


def test_one_persons_two_ages_in_one_article_contradict():
    example = ('Ron Delgado, 70, and his wife, Patty, 68, were asleep in their cabin. "We will take it," '
               'said the 74-year-old Delgado, who served 31 years with the Postal Service.')
    assert run_example(RULES["FC202"], articles(("Harbour Post", "2026-09-18", example)))
    assert not run_example(RULES["FC202"], articles(("Harbour Post", "2026-09-18", example.replace("74-year-old", "70-year-old"))))


def test_two_articles_ages_a_birthday_apart_agree():
    example = articles(
        ("Harbour Post", "2026-09-15", "Harriet Lowe, 67, was named by police as the woman who died on the platform."),
        ("Northern Ledger", "2026-09-18", "Harriet Lowe, 68, died at the scene, the inquest heard on Monday."),
    )
    assert not run_example(RULES["FC201"], example)


def test_a_distance_that_names_a_race_is_no_length():
    assert keys_of("Lombard broke Carroll's national 10,000m record in April.")["10,000m"] is None
    assert keys_of("She set a national record of 13.28m in the triple jump.")["13.28m"] is not None


def test_a_holders_workers_are_its_staff():
    keys = keys_of("The plant, which employs 64 staff, was shut down. The plant's 46 workers have been sent home.")
    assert keys["64"] == keys["46"] == ("staff", "", "", "count")
    example = articles(("Harbour Post", "2026-09-22", "The plant, which employs 64 staff, was shut down on Monday. "
                                                      "The plant's 46 workers have been sent home on full pay."))
    assert run_example(RULES["FC202"], example)
