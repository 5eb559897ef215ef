"""Tracking, readings of copy in general form: a country that opens a national body's name ('the
U.S. Army Corps of Engineers') is not where the figure is; a height told by
standing above something is a way of its own; a thing's size holds whatever its clause says of now;
an age after a past year and 'aged' is the age then; the number of people treated, brought to a
figure, is a tally of the treated; a waterway is its canal."""

from pathlib import Path

from factcheck.ingest.reader import read_paths
from factcheck.pipeline import extract_all
from factcheck.track.facts import group_facts
from factcheck.track.keys import fact_key
from factcheck.track.places import Places
from factcheck.track.ties import days_agree_for, stated_way, track
from track_helpers import claims_by_text, keys_of


def _read(tmp_path: Path, *items):
    """Claims, articles and places of articles given as (name, published, text)."""
    for name, published, text in items:
        (tmp_path / name).write_text(f"---\ntitle: {name}\npublished: {published}\n---\n{text}\n", encoding="utf-8")
    read = read_paths([tmp_path])
    by_id = {a.id: a for a in read.articles}
    claims = extract_all(read.articles)
    return claims, by_id, Places(claims, by_id)


def _claim(claims, name, text):
    return next(c for c in claims if name in c.article_id and c.text == text)


def test_a_country_opening_a_national_bodys_name_is_not_where_the_figure_is(tmp_path):
    claims, _, places = _read(
        tmp_path, ("wall.md", "2027-02-08", "Work has begun on a seawall in Port Calder. The 2.8-mile barrier, being "
                   "built by the U.S. Army Corps of Engineers with state and city money, will stand 18 feet above mean "
                   "high water when it is finished in 2032. Cities in the U.S. have spent $30 billion on sea defences."))
    assert "u.s." not in places.of(_claim(claims, "wall", "2.8-mile"))


def test_a_town_that_opens_a_local_bodys_name_is_still_a_place(tmp_path):
    claims, _, places = _read(
        tmp_path, ("floods.md", "2026-11-28", "TARANGPUR: The death toll in the Tarangpur floods rose to 27 on Friday "
                   "after rescue teams recovered eight more bodies from villages in Maholi. The Tarangpur Welfare "
                   "Association has opened two relief camps."))
    assert "tarangpur" in places.of(_claim(claims, "floods", "27"))


def test_standing_so_high_above_something_is_a_height():
    claims = claims_by_text("The barrier will stand 18 feet above mean high water. The wall will run 2.1 miles from "
                            "the pier. The sign stands 40 feet from the road.")
    assert stated_way(claims["18 feet"]) == "high"
    assert stated_way(claims["2.1 miles"]) == stated_way(claims["40 feet"]) == ""


def test_a_length_and_a_height_of_one_wall_in_one_sentence_are_no_contrast(tmp_path):
    claims, by_id, places = _read(tmp_path, ("wall.md", "2027-02-08", "The 2.8-mile barrier will stand 18 feet above "
                                             "mean high water when it is finished in 2032."))
    grouped = {i for fact in group_facts(claims, by_id, places) for i in fact.claim_ids}
    assert _claim(claims, "wall", "2.8-mile").id in grouped


def test_a_things_size_holds_whatever_its_clause_says_of_now(tmp_path):
    claims, by_id, places = _read(
        tmp_path,
        ("spire-1.md", "2025-10-13", "Now a crane will be needed just to get the three-tonne cross off the top of the "
                                     "spire, a job planned for Thursday."),
        ("spire-2.md", "2025-10-16", "The lift began at 8.15am, and the cross, which is 4.5 metres tall and weighs "
                                     "1.2 tonnes, was on the ground 40 minutes later."))
    a, b = _claim(claims, "spire-1", "three-tonne"), _claim(claims, "spire-2", "1.2 tonnes")
    ka, kb = fact_key(a), fact_key(b)
    assert ka == kb
    assert days_agree_for(track(a, ka[2], places, by_id), track(b, kb[2], places, by_id))


def test_a_state_told_now_is_still_dated_by_its_day(tmp_path):
    claims, by_id, places = _read(
        tmp_path,
        ("pumps-1.md", "2025-10-13", "About 400 homes are still without water in the town."),
        ("pumps-2.md", "2025-10-16", "About 250 homes are still without water in the town."))
    a, b = _claim(claims, "pumps-1", "About 400"), _claim(claims, "pumps-2", "About 250")
    ka, kb = fact_key(a), fact_key(b)
    assert not days_agree_for(track(a, ka[2], places, by_id), track(b, kb[2], places, by_id))


def test_an_age_after_a_past_year_and_aged_is_the_age_then():
    keys = keys_of("Ruiz, 31, leaves after six seasons. Ruiz joined the Comets in 2019, aged 25, and made 140 "
                   "appearances.")
    assert keys["31"] is not None and keys["25"] is None


def test_an_age_at_death_in_a_past_year_is_still_an_age():
    keys = keys_of("Her father, Tomas Ruiz, died in 2019, aged 82.")
    assert keys["82"] is not None


def test_the_number_of_people_treated_brought_to_a_figure_is_a_tally_of_the_treated():
    keys = keys_of("The number of people treated in hospital has risen to 34. Thirty-one people were treated "
                   "in hospital on Monday.")
    assert keys["34"] == keys["Thirty-one"] == ("people", "", "treat", "count")


def test_a_waterway_is_its_canal():
    keys = keys_of("The first restored section of the 42km waterway reopens on Friday. The whole 61-kilometre canal "
                   "was built between 1789 and 1796.")
    assert keys["42km"][0] == keys["61-kilometre"][0] == "canal"
