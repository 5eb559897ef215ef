"""Readings from held-out set 36: who was aboard, a part of a group named before, a year told from
publication, a place that holds only part of a figure, and a story's setting named by another report.

Each case is our own wording of a general pattern of news copy.
"""

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.places import COUNTRIES, _named_by_core
from factcheck.track.when import claim_day, days_agree

from track_helpers import articles, claims_by_text, keys_of

RULES = {r.code: r for r in load_rules()}


# --- a year told from publication ------------------------------------------------------------

def test_last_year_is_the_year_before_publication_exactly():
    day = claim_day(["last year"], "2026-11-25")
    assert day.period == "2025" and day.relative
    this_week = claim_day([], "2026-11-27")
    assert not days_agree(day, this_week, 7, event=True)  # last year's deaths are not this week's toll
    # a year written out keeps its year either side (annual figures come out the next year)
    assert days_agree(claim_day(["2025"], "2026-11-25"), this_week, 7, event=True)


def test_a_toll_of_last_year_is_not_this_weeks_toll():
    first = ("Two quarrymen were killed at a quarry near Wexford on Monday when a rock face collapsed. "
             "According to the inspectorate, 14 people died in accidents at Irish quarries last year.")
    later = ("A third quarryman has died in hospital after the collapse at the quarry near Wexford. "
             "The death toll now stands at three.")
    example = articles(("Midland Echo", "2026-11-23", first), ("Midland Echo", "2026-11-25", later))
    assert not run_example(RULES["FC203"], example)


# --- a part of a group named before ----------------------------------------------------------

def test_a_part_of_the_children_named_before_takes_their_narrowing_word():
    keys = keys_of("The recall was widened after five Welsh children fell ill. Three of the children were "
                   "hospitalized, the agency said.")
    assert keys["Three"][1] == "welsh"


# --- how many were aboard --------------------------------------------------------------------

def test_the_people_on_board_of_an_evacuation_are_how_many_were_aboard():
    keys = keys_of("A fire in the engine room forced the evacuation of the 312 people on board.")
    assert keys["312"][2] == "carry"
    # a verb of rescue on the clause keeps the toll: everyone aboard was flown off
    keys = keys_of("All 187 people on board were evacuated by helicopter.")
    assert keys["187"][2] != "carry"


def test_two_reports_of_how_many_were_aboard_disagree():
    first = ("PORT ELLIS - A ferry caught fire in Kestrel Sound on Saturday. The operator said 312 people were "
             "aboard, 290 passengers and 22 crew, when the fire started.")
    later = ("PORT ELLIS - Investigators said a fuel leak started the fire on Saturday that forced the evacuation "
             "of the 321 people on board the ferry in Kestrel Sound.")
    example = articles(("Ellis Courier", "2026-11-21", first), ("Sound Wire", "2026-11-26", later))
    assert any(f.rule == "FC201" for f in run_example(RULES["FC201"], example))


# --- extraction: votes polled, a place of part of a figure, a participle that describes ----------

def test_a_bare_count_polled_is_votes():
    found = claims_by_text("On first preferences Ellison polled 12,480 and Grant 9,915.")
    assert found["12,480"].subject == "vote"


def test_a_place_of_most_of_them_is_not_the_figures_place():
    found = claims_by_text("Assessors confirmed that 63 homes had been destroyed, most of them "
                                          "in Carrow Creek.")
    assert found["63"].places == []
    # a part with its own figure keeps its place
    found = claims_by_text("The company employs about 2,600 people, 900 of them in Ashgrove.")
    assert "Ashgrove" in found["900"].places


def test_a_participle_of_making_describes_the_counted_things():
    found = claims_by_text("The recall covers 14 lots made between March and August.")
    assert found["14"].predicate == "cover"


# --- places: countries by their everyday names, an area by its own name ---------------------------

def test_everyday_names_of_countries_are_countries():
    assert {"britain", "england", "uk", "russia", "america"} <= COUNTRIES


def test_an_area_is_named_by_the_word_before_its_kind():
    assert _named_by_core("the tallagandra ranges", "The premier declared Tallagandra Shire a disaster area.")
    assert not _named_by_core("the tallagandra ranges", "The fire is burning in the ranges.")
    assert not _named_by_core("port alder", "Alder trees line the road.")  # a town's name, not an area's


def test_a_digest_item_naming_the_race_ties_its_toll_to_the_race_report():
    race = ("HOLLIN - A runner died and 17 other runners were taken to hospital on Sunday as temperatures "
            "reached 31C during the Hollin Marathon, organisers said.")
    digest = ("Hundreds attended the funeral in Marlow of the teacher who died during last Sunday's Hollin "
              "Marathon. Twelve runners were taken to hospital during the race.")
    example = articles(("Hollin Herald", "2026-11-22", race), ("Marlow Digest", "2026-11-28", digest))
    assert run_example(RULES["FC203"], example)
