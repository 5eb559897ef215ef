"""Tracking, readings of copy in general form: a storm's sustained or maximum wind is its wind as
told by default; a body named in full in one report is the same actor as its initials in another;
how far off a blast was heard is not where it was; flats hyphened to a block count its flats; a
fleet of so many yachts is the fleet's size; 'the' names an event's one turnout again; a thing that
runs a length has that length; a height above sea level is the thing's height; people sickened are
people infected."""

from factcheck.rules.examples import run_example
from track_helpers import articles, fires_within, keys_of, rule_of


def _cross_article(*items):
    rule = rule_of("FC201")
    return [f for f in run_example(rule, articles(*items)) if f.rule == "FC201"]


def test_sustained_and_maximum_winds_are_the_wind():
    keys = keys_of("The storm made landfall with sustained winds of 170 km per hour. On Monday it had "
                   "maximum sustained winds of 150 km/h. Winds of 120 km/h lashed the port.")
    assert keys["170 km per hour"] == keys["150 km/h"] == keys["120 km/h"] == ("wind", "", "", "metre per second")


def _storm_reports(body_in_second: str):
    """Two reports of one storm's landfall wind: the first cites the India Meteorological Department in
    full, the second ``body_in_second``."""
    return _cross_article(
        ("Orrery Wire", "2027-05-04",
         "KONAPALLI, India, May 4 (Orrery Wire) - Cyclone Tarini crashed ashore on India's east coast early on "
         "Tuesday, killing at least nine people. The storm made landfall near the fishing town of Konapalli at "
         "about 4.30 a.m. with sustained winds of 170 km per hour (105 mph), the India Meteorological Department "
         "said in a bulletin."),
        ("Ravipur Chronicle", "2027-05-05",
         "SAMUDRAPUR: Cyclone Tarini weakened on Wednesday. The storm crossed the coast at 4.30 am on Tuesday "
         f"with winds of 130 km/h, weaker than the 165-175 km/h that had been forecast, the {body_in_second} said "
         "in its post-landfall report."))


def test_a_body_and_its_initials_anchor_one_storm_across_reports():
    found = _storm_reports("IMD")
    assert len(found) == 1 and "170 km per hour" in found[0].message and "130 km/h" in found[0].message


def test_initials_of_another_body_anchor_nothing():
    assert _storm_reports("NDMA") == []


def test_how_far_off_a_blast_was_heard_is_not_where_it_was():
    keys = keys_of("The factory lies about 18 km from Vellarai. The blast flattened several sheds and was heard "
                   "5 km (3 miles) away.")
    assert keys["about 18 km"] == ("distance", "", "", "metre")
    assert keys["5 km"] == keys["3 miles"] == ("distance", "sensed", "", "metre")


def test_flats_hyphened_to_a_block_count_its_flats():
    keys = keys_of("The blast at Glenmarron Court, a four-storey, 24-flat block built in 1974, happened at 11.20pm.")
    assert keys["24-flat"] == ("flat", "tower", "", "count")


def test_a_fleet_of_so_many_yachts_is_the_fleets_size():
    assert keys_of("A fleet of 96 yachts will start the race at 1pm today.")["96"] == \
        keys_of("Thirty-one of the 104-strong fleet are now out of the race.")["104-strong"] == ("fleet", "", "", "count")


def test_the_turnout_named_again_is_the_turnout():
    assert fires_within("Turnout was 47.2 per cent of the city's 87,400 eligible voters, up from 38.6 per cent in the "
                        "October 2025 general election. A political scientist said the 52.8 per cent turnout showed "
                        "how angry voters were.", "2027-06-03")


def test_a_turnout_narrowed_to_another_vote_is_another_turnout():
    assert not fires_within("Turnout was 47.2 per cent. Analysts said the 38.6 per cent turnout in the 2025 general "
                            "election was the lowest in decades.", "2027-06-03")


def test_a_thing_that_runs_a_length_has_that_length():
    keys = keys_of("Redhollow Gorge runs nine miles from the mesa to the Sorrel River. The 14-mile gorge is popular "
                   "with hikers.")
    assert keys["nine miles"] == keys["14-mile"] == ("gorge", "", "", "metre")


def test_a_distance_walked_is_not_spanned():
    assert keys_of("The rescuers walked nine miles from the mesa.")["nine miles"] != ("mesa", "", "", "metre")


def test_a_height_above_sea_level_is_the_things_height_named_as_before():
    keys = keys_of("Hundreds were trapped on the Rooihoek Pass. Snow fell near the summit of the pass, which climbs "
                   "to 2,312 metres above sea level.")
    assert keys["2,312 metres"] == ("pass", "rooihoek", "", "metre")



def test_people_sickened_are_people_infected():
    assert keys_of("The outbreak has sickened 310 people.")["310"] == \
        keys_of("The outbreak has so far infected 298 people.")["298"] == ("people", "", "infect", "count")
