"""Readings from held-out set 37: fines, wages and election results as facts of their own, a toll's
tally and its finder, a river that runs by many places, figures set against a record, and the
words that make a bare figure a part, a sum in pounds or a threshold passed.

Each case is our own wording of a general pattern of news copy.
"""

from factcheck.extract.claims import extract_articles
from factcheck.model import Article
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.places import Places

from track_helpers import articles, claims_by_text, keys_of

RULES = {r.code: r for r in load_rules()}


def fired(code: str, *items) -> bool:
    return any(f.rule == code for f in run_example(RULES[code], articles(*items)))


# --- fines -------------------------------------------------------------------------------------

def test_a_sum_someone_is_fined_is_the_fine():
    article = Article(id="a", path="a", published="2026-11-20",
                      text="Kestrel Water has been fined £9.4m for polluting the river. The £9.4m fine is the "
                           "largest in the region.")
    found = [c for _, claims in extract_articles([article]) for c in claims]
    assert [c.subject for c in found] == ["fine", "fine"]
    assert found[0].agent == "kestrel water"


def test_two_reports_of_one_fine_three_days_apart_disagree():
    first = "Kestrel Water has been fined a record £9.4m for pumping sewage into the River Lune."
    later = "Kestrel Water was fined £4.9m at Lancaster Crown Court for pumping sewage into the River Lune."
    assert fired("FC201", ("Lune Echo", "2026-11-24", first), ("North Digest", "2026-11-27", later))


def test_a_sum_set_against_a_record_is_not_the_fine():
    keys = keys_of("The fine is about 40 per cent more than the previous record, the £6.7m paid by Tarn "
                   "Water in 2021.")
    assert keys["£6.7m"] is None


# --- wages -------------------------------------------------------------------------------------

def test_pounds_after_a_word_of_pay_are_sterling():
    found = claims_by_text("The contract will pay him 95,000 pounds a week. The calf weighed 90 pounds.")
    assert found["95,000 pounds"].dimension == "currency"
    assert found["90 pounds"].dimension == "mass"


def test_two_reports_of_one_players_weekly_wage_disagree():
    first = "Roland Maier will earn about £180,000 a week at Carrow, making Maier the club's best-paid player."
    later = ("Roland Maier, 26, agreed a contract that will pay him 108,000 pounds a week, according to a "
             "source close to Maier.")
    assert fired("FC201", ("Carrow Post", "2026-11-21", first), ("Wire", "2026-11-21", later))


# --- election results and dates of comparison ----------------------------------------------------

def test_a_year_of_comparison_does_not_date_the_figure():
    found = claims_by_text("Turnout was 81.6 per cent of enrolled voters, slightly lower than at the 2022 election.")
    assert found["81.6 per cent"].dates == []


def test_an_election_turnout_holds_for_the_week_after_the_count():
    first = "Turnout in the Arnley by-election was 81.6 per cent of the 48,100 enrolled voters."
    later = "Turnout in the Arnley by-election was 76.2 per cent of the seat's 48,100 enrolled voters."
    assert fired("FC201", ("Arnley Times", "2026-11-27", first), ("Wire", "2026-12-03", later))


# --- tolls: a finder, a river, burns, cases -----------------------------------------------------

def test_who_raised_a_toll_is_not_who_killed():
    first = ("DENHOLM - Search teams on Friday found the body of a worker missing since the blast at the "
             "Denholm chemical works, raising the death toll to five.")
    later = "DENHOLM - The explosion at the Denholm chemical works killed four workers, the safety board said."
    assert fired("FC203", ("Wire", "2026-11-27", first), ("Denholm Post", "2026-11-29", later))


def test_a_river_says_nothing_against_a_town_on_it():
    """'forced from their homes after the River Tane burst its banks' and 'the 1,150 people evacuated
    from the village of Carrig': one flood's toll (for a toll only)."""
    places = Places([], {})
    river, village = frozenset({"the river tane"}), frozenset({"carrig"})
    assert places.agree(river, village, country_wide=True)
    assert not places.agree(river, village)
    assert not places.agree(frozenset({"ballinroe"}), village, country_wide=True)


def test_people_burned_are_people_hurt_and_confirmed_cases_are_cases():
    assert keys_of("Nine people had been burned by the heaters.")["Nine"][2] == "wound"
    keys = keys_of("The outbreak has so far claimed four lives, with 212 confirmed cases, officials said.")
    assert keys["212"][:3] == ("people", "", "infect")


def test_an_age_at_a_moment_of_the_past_is_no_age_now():
    keys = keys_of("Maier, who was born in Bremen, joined the club's academy at the age of 11.")
    assert keys["11"] is None
    keys = keys_of("Maier died in Bremen at the age of 81.")
    assert keys["81"] is not None


# --- extraction: a part of a measure, a list of wards, a threshold passed, a name before its noun --

def test_a_bare_part_of_a_measure_takes_its_unit():
    found = claims_by_text("Of the 1,820 hours of unpermitted spills, 1,280 came from the Brook Lane works.")
    assert found["1,280"].unit == "hour"


def test_a_ward_list_ends_before_the_next_count():
    found = claims_by_text("Of the 212 cases, 140 are from wards 2 to 4, 53 from wards 5 to 7 and 19 from elsewhere.")
    assert "19" in found and found["19"].kind == "count"


def test_a_count_passing_a_threshold_is_above_it():
    found = claims_by_text("Cholera cases pass 300 in Ranipur. Parliament passed 12 laws this year.")
    assert found["300"].qualifier == "over"
    assert found["12"].qualifier == ""


def test_a_measure_before_a_name_and_its_noun_measures_the_noun():
    found = claims_by_text("The crash happened on the 381-km Radomir–Saltzen line, the country's busiest.")
    assert found["381-km"].subject == "line"
