"""Wordings of one fact across articles found by probing with our own sentences: a price paid
in a past year, what a place houses, a speed limit, a staff 'with' a trust; and what keeps two
figures apart (two firms' deals in one country). ``keys.fact_key``, ``ties``, FC201."""

import pytest

from factcheck.extract.claims import extract_articles
from factcheck.model import Article
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

from track_helpers import articles, keys_of

RULES = {r.code: r for r in load_rules()}


@pytest.mark.parametrize("text, figure, key", [
    ("Mr Quennell bought the painting at auction in 1987 for £1.9m.", "£1.9m", ("painting", "", "", "GBP")),
    ("The firm sold the building for £4m.", "£4m", ("building", "", "", "GBP")),
    ("The farm was home to 850,000 hens.", "850,000", ("hen", "", "house", "count")),
    ("The site housed 1.4 million hens.", "1.4 million", ("hen", "", "house", "count")),
    ("Drivers will be limited to 50mph in the tunnel.", "50mph", ("limit", "", "", "metre per second")),
    ("The merged trust will start life with 9,800 staff.", "9,800", ("staff", "", "", "count")),
    ("Some 24,000 homes were left without water.", "Some 24,000", ("household", "", "leave", "count")),
    ("Linfield Court, a block of 48 flats, was destroyed.", "48", ("flat", "", "house", "count")),
    ("The block held 84 flats.", "84", ("flat", "", "house", "count")),
    ("The steelworks will close and 2,700 workers will lose their jobs.", "2,700", ("job", "", "cut", "count")),
    ("The gondola runs for 4.2km up the mountain.", "4.2km", ("gondola", "", "", "metre")),
    ("Firefighters rescued the 15 survivors.", "15", ("people", "", "rescue", "count")),
])
def test_one_fact_in_other_words_has_one_key(text, figure, key):
    assert keys_of(text)[figure] == key


def test_a_part_singled_out_with_alone_is_not_tracked():
    assert keys_of("About 220 flights were cancelled on Tuesday alone.")["About 220"] is None


def test_people_held_are_not_housed():
    assert keys_of("Four Britons are held by the US at Guantanamo Bay.")["Four"][2] != "house"


def test_a_price_paid_in_a_past_year_is_one_fact_in_stories_of_different_days():
    example = articles(
        ("Harbour Post", "2026-10-07", "Harold Quennell bought the painting at auction in New York in 1987 for £1.9m."),
        ("Northern Ledger", "2026-10-10", "Harold Quennell bought the painting at an auction in New York in 1987 for 6.5 million pounds."),
    )
    assert run_example(RULES["FC201"], example)


def test_a_state_described_by_a_build_year_is_not_dated_by_it():
    example = articles(
        ("Harbour Post", "2026-06-12", "The Harnley Comet, a locomotive built in 1838, is 9.2 metres long."),
        ("Northern Ledger", "2026-06-15", "The Harnley Comet, built in 1838, now sits on a platform 14 metres long."),
    )
    assert not run_example(RULES["FC201"], example)


def test_an_open_bound_in_one_article_does_not_excuse_a_conflict():
    example = articles(
        ("Harbour Post", "2026-10-07", "The painting could fetch up to £35m. Harold Quennell bought the painting at auction "
                                       "in New York in 1987 for £1.9m."),
        ("Northern Ledger", "2026-10-10", "Harold Quennell bought the painting at an auction in New York in 1987 for 6.5 million pounds."),
    )
    assert run_example(RULES["FC201"], example)


def test_two_firms_deals_in_one_country_do_not_conflict():
    example = articles(
        ("Harbour Post", "2005-03-01", "Scottish and Newcastle is to buy 37.5% of India's United Breweries in a deal worth $106m."),
        ("Northern Ledger", "2005-03-01", "Air Deccan has ordered 30 planes in a $1.8bn deal as India's first low-cost airline expands."),
    )
    assert not run_example(RULES["FC201"], example)


def test_a_cull_is_a_running_total():
    example = articles(
        ("Harbour Post", "2026-10-09", "In Tessaly County, 3.1 million birds have been culled at the five Marlow farms since the outbreak."),
        ("Northern Ledger", "2026-10-11", "In Tessaly County, 2.6 million birds have been culled at the five Marlow farms since the outbreak."),
    )
    assert run_example(RULES["FC203"], example)


def test_a_holiday_is_no_place():
    example = articles(
        ("Harbour Post", "2026-04-08", "Skyvale Airways has cancelled 640 flights since its crew walked out, the airline said."),
        ("Northern Ledger", "2026-04-09", "Since the walkout began, 460 flights have been cancelled by Skyvale Airways, leaving "
                                          "passengers stranded over the Easter holiday."),
    )
    assert run_example(RULES["FC203"], example)


def test_a_hospital_named_after_its_town_is_in_it():
    example = articles(
        ("Harbour Post", "2026-11-10", "After the pile-up near Coolabri, 31 people were taken to hospital, police said."),
        ("Northern Ledger", "2026-11-11", "After the pile-up, 23 people were hospitalised at Coolabri Base Hospital, police said."),
    )
    assert run_example(RULES["FC203"], example)


@pytest.mark.parametrize("text, figure, key", [
    ("Twelve riders were injured when the train rolled back.", "Twelve", ("people", "", "wound", "count")),
    ("Four suspects were arrested in the raid.", "Four", ("people", "", "arrest", "count")),
    ("About 140 people have now been moved out of their homes.", "About 140", ("people", "", "evacuate", "count")),
    ("About 4,100 residents remained under evacuation orders.", "About 4,100", ("people", "", "evacuate", "count")),
    ("The 3,200 residents ordered out of the east side cannot go back.", "3,200", ("people", "", "evacuate", "count")),
    ("The sinkhole is now 35 feet deep.", "35 feet", ("sinkhole", "depth", "", "metre")),
    ("The salvage team says the ship lies 38 metres down.", "38 metres", ("vessel", "depth", "", "metre")),
])
def test_toll_people_and_aspects_of_size(text, figure, key):
    assert keys_of(text)[figure] == key


def test_children_killed_stay_their_own_count():
    assert keys_of("Three children were killed in the blast.")["Three"][0] == "child"


def test_a_depth_and_a_width_are_two_facts():
    assert keys_of("The hole is 35 feet deep.")["35 feet"] != keys_of("The hole is 96 feet across.")["96 feet"]


def test_a_date_of_another_clause_does_not_date_the_figure():
    # 'between 2012 and 2019' is of the clause after the price; the home was bought in 2015 in both
    example = articles(
        ("Harbour Post", "2026-11-24", "The jury heard that in 2015 Mr Furlong bought a holiday home at Carrowbeg for "
                                       "€385,000, and that between 2012 and 2019 he owned shares in three racehorses."),
        ("Northern Ledger", "2026-12-01", "Mr Feeney said Mr Furlong had not used winnings to buy the €435,000 holiday home "
                                          "at Carrowbeg in 2015."),
    )
    assert run_example(RULES["FC201"], example)


def test_a_size_hyphened_to_its_thing_is_not_dated_by_its_sentence():
    example = articles(
        ("Harbour Post", "2026-12-09", "The 430-metre pier at Wrenmouth was closed on 12 December 2025 for repairs."),
        ("Northern Ledger", "2026-12-10", "The 347-metre pier at Wrenmouth reopened on Saturday after a year of repairs."),
    )
    assert run_example(RULES["FC201"], example)


def test_figures_orders_apart_are_two_facts():
    example = articles(
        ("Harbour Post", "2026-12-08", "The company set the price at 420p a share, valuing the company at 420p."),
        ("Northern Ledger", "2026-12-09", "At the closing price the company was worth about £3.6 billion."),
    )
    assert not run_example(RULES["FC201"], example)


def test_a_deadline_or_the_start_of_a_span_does_not_date_a_figure():
    from factcheck.track.when import without_period_ends
    assert without_period_ends(["Saturday"], "Judges will have assessed all 221 breeds by Saturday evening.") == []
    assert without_period_ends(["Oct. 2"], "Since bird flu was confirmed at the farm on Oct. 2, 2.6 million birds "
                                           "have been culled.") == []
    assert without_period_ends(["2022"], "It is the worst outbreak since 2022, when 5.3 million birds were culled.") \
        == ["2022"]
    assert without_period_ends(["Saturday"], "The show opened on Saturday with 19,400 dogs.") == ["Saturday"]
    crackdown = "Police have arrested 23 people in a crackdown on thefts launched on November 24."
    assert without_period_ends(["November 24"], crackdown, "arrest", crackdown.find("23")) == []
    raids = "Police launched 40 raids on Monday, and 12 more raids were launched on Tuesday."
    assert without_period_ends(["Tuesday"], raids, "launch", raids.find("12")) == ["Tuesday"]
    show = "The show opened on Saturday with 19,400 dogs."
    assert without_period_ends(["Saturday"], show, "", show.find("19,400")) == ["Saturday"]
    assert without_period_ends(["February 1999"], "It is the worst since February 1999, when 12 people were "
                                                  "killed.") == ["February 1999"]


def test_a_bare_from_is_an_earlier_value_only_with_its_end():
    from factcheck.track.facts import _is_earlier_value
    claims = {c.text: c for _, found in extract_articles([Article(
        id="a", path="a", published="2026-12-10",
        text="The show opened with 19,400 dogs from 212 breeds. Entries went from 3,100 in 2015 to 4,000.")])
        for c in found}
    assert not _is_earlier_value(claims["212"])
    assert _is_earlier_value(claims["3,100"])


def test_a_figure_restated_with_digits_swapped_is_one_fact_over_a_few_days():
    example = {"articles": [{"source": "Harbour Post", "published": "2026-12-16", "text": (
        "About 23,000 people walked the pier at Wrenmouth on Saturday and Sunday, the trust said. "
        "Its chairman said the 32,000 people who came to the pier at Wrenmouth over the opening weekend had shown it could pay.")}]}
    assert run_example(RULES["FC202"], example)


def test_the_day_of_a_later_deed_told_after_the_figure_is_not_its_day():
    from factcheck.track.when import without_period_ends
    sentence = "Six protesters arrested outside the mill last week will appear in court on Nov. 4."
    at = sentence.index("Six")
    assert without_period_ends(["last week", "Nov. 4"], sentence, "arrest", at) == ["last week"]
    # the figure's own deed, told with 'will': its day stands
    sentence = "The 300 prisoners will be released on Monday."
    assert without_period_ends(["Monday"], sentence, "release", sentence.index("300")) == ["Monday"]
