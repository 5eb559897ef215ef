"""Tracking: which claims are one fact (real extraction, judged through the consistency rules)."""

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.places import _openings

from track_helpers import articles

RULES = {r.code: r for r in load_rules()}


def test_an_article_contradicting_itself_is_one_within_article_finding():
    """85 and 58 in one article, 85 in another: FC202 flags the article; FC201 stays quiet,
    and the article's two figures stay in one fact although only one agrees with the other article."""
    example = articles(
        ("Coastline Courier", "2025-06-03",
         "Some 85 firefighters fought the flames at the mill in Brennick for 14 hours."),
        ("Northern Ledger", "2025-06-04",
         "Officers praised the 85 firefighters who fought the blaze at the mill in Brennick. "
         "The chief fire officer said the 58 firefighters who fought the blaze had saved the town."),
    )
    assert run_example(RULES["FC202"], example)
    assert not run_example(RULES["FC201"], example)


def test_articles_that_disagree_with_no_internal_contradiction_still_conflict():
    example = articles(
        ("Coastline Courier", "2025-06-03", "Some 85 firefighters fought the flames at the mill in Brennick."),
        ("Northern Ledger", "2025-06-04", "The 58 firefighters who fought the flames at the mill in Brennick were praised."),
    )
    assert run_example(RULES["FC201"], example)


def test_a_company_named_like_a_town_is_not_a_different_place():
    """'the Halden textile plant' names the plant (Halden Textiles is a company), not a place
    that differs from Brennick. (Names are learnt from the sentences that hold figures.)"""
    example = articles(
        ("Coastline Courier", "2025-06-03",
         "A fire tore through the Halden textile plant in Brennick. The plant, which employs 340 people, "
         "is the largest employer in Brennick."),
        ("Harbour Post", "2025-06-04", "The owner, Halden Textiles, has 1,100 staff across the country."),
        ("Daily Meridian", "2025-06-04",
         "The Halden textile plant, which employs 640 people, will stay closed, the company said in Brennick."),
    )
    assert run_example(RULES["FC201"], example)


def test_a_real_second_place_still_separates_facts():
    example = articles(
        ("Coastline Courier", "2025-06-03", "The plant in Brennick, which employs 340 people, will close."),
        ("Daily Meridian", "2025-06-04", "The plant in Ostrava, which employs 640 people, will close."),
    )
    assert not run_example(RULES["FC201"], example)


def test_a_toll_reported_days_later_is_the_same_fact():
    """Tolls are reported for a week: 55 wounded on 5 June, then 38 'had been wounded' on 9 June."""
    example = articles(
        ("Daily Meridian", "2025-06-05", "Fifty-five people were wounded in the strike on Dornbury, officials said."),
        ("Northern Ledger", "2025-06-09",
         "Doctors in Dornbury said that 38 people had been wounded in the strike on the city."),
    )
    assert run_example(RULES["FC203"], example)


def test_a_toll_weeks_apart_is_another_event():
    example = articles(
        ("Daily Meridian", "2025-06-05", "Fifty-five people were wounded in the strike on Dornbury, officials said."),
        ("Northern Ledger", "2025-07-09", "Doctors in Dornbury said that 38 people were wounded in the strike on the city."),
    )
    assert not run_example(RULES["FC203"], example)


def test_openings_of_a_name():
    assert _openings("Halden Textiles Group") == ["halden", "halden textiles"]
    assert _openings("Halden") == []


def test_a_region_agrees_with_a_town_it_is_known_to_contain():
    """'the Brenmoor region' contains Halvik (a sentence names both): 58 dead in Brenmoor, then
    41 killed in Halvik a day later is a falling toll, not two places."""
    example = articles(
        ("Valley Clarion", "2026-03-09",
         "At least 23 people were killed when an earthquake struck the Brenmoor region and the town of Halvik."),
        ("Metro Dispatch", "2026-03-11", "Fifty-eight people have now died in the earthquake in Brenmoor, officials said."),
        ("Eastbridge Chronicle", "2026-03-12", "The earthquake killed 41 people in Halvik, officials said."),
    )
    assert run_example(RULES["FC203"], example)


def test_two_towns_are_still_two_places():
    example = articles(
        ("Metro Dispatch", "2026-03-11", "Fifty-eight people have now died in the earthquake in Halvik, officials said."),
        ("Eastbridge Chronicle", "2026-03-12", "The earthquake killed 41 people in Ostby, officials said."),
    )
    assert not run_example(RULES["FC203"], example)


def test_a_toll_from_a_past_year_is_another_event():
    example = articles(
        ("Metro Dispatch", "2026-03-10", "Seven people were killed when the train derailed near Cadwick on Tuesday."),
        ("Capital Record", "2026-03-10",
         "It is the worst rail crash near Cadwick since 2009, when 14 people were killed in a collision."),
    )
    assert not run_example(RULES["FC201"], example)


def test_a_later_lower_toll_of_a_named_event_across_the_country():
    example = articles(
        ("Eastbridge Chronicle", "2026-03-15", "Four people have now been killed by Storm Idris in Brightholm, police said."),
        ("Metro Dispatch", "2026-03-16",
         "Storm Idris swept across the country over the weekend and killed two people, police said."),
    )
    assert run_example(RULES["FC203"], example)


def test_the_rise_refers_back_to_the_council_tax_rise():
    example = ("The council passed its budget with a council tax rise of 4.99% on Wednesday. "
               "Libraries will close. The 5.99% rise will add about £2 a week to a typical bill.")
    assert run_example(RULES["FC202"], example)


def test_figures_not_introduced_as_known_do_not_refer_back():
    example = ("The striker scored 31 league goals last season. "
               "He has scored 78 goals for the club in four seasons.")
    assert not run_example(RULES["FC202"], example)


def test_age_groups_are_not_facts():
    example = ("The number of people aged 90 or over has risen to 412,000. "
               "The number of people aged between 16 and 64 barely changed.")
    assert not run_example(RULES["FC202"], example)


def test_a_named_doer_and_a_common_noun_may_be_one_doer():
    example = articles(
        ("Lakeside Observer", "2026-03-09", "Harrowby City have agreed a club-record fee of £48m for the striker Tomas Reyna."),
        ("Metro Dispatch", "2026-03-09", "The club agreed an £84m fee for Tomas Reyna with Kelmont Rovers on Monday."),
    )
    assert run_example(RULES["FC201"], example)


def test_two_named_doers_differ():
    example = articles(
        ("Lakeside Observer", "2026-03-09", "Harrowby City have agreed a fee of £48m for the striker Tomas Reyna."),
        ("Metro Dispatch", "2026-03-09", "Kelmont Rovers agreed a fee of £84m for the striker Tomas Reyna."),
    )
    assert not run_example(RULES["FC201"], example)



def test_a_day_earlier_is_a_time_not_a_rate():
    """'up from 1,200 a day earlier' quotes the total a day before, not a figure per day;
    '£12 a day' is a rate and a different fact from a total."""
    from factcheck.extract.claims import extract_text
    from factcheck.track.keys import rate_of

    earlier = extract_text("Some 1,600 homes have been flooded, up from 1,200 a day earlier.")
    daily = extract_text("Parking at the hospital costs £12 a day.")
    assert [rate_of(c) for c in earlier if c.text == "1,200"] == [""]
    assert [rate_of(c) for c in daily if c.text == "£12"] == ["a day"]


def test_a_reading_takes_the_day_written_nearest_it():
    """'which peaked at 33C on Tuesday, fell to 16C on Saturday': the 16C is Saturday's and
    does not contradict another paper's 33C on Tuesday."""
    example = articles(
        ("Harbour Post", "2025-07-09", "Temperatures reached 33C in Kell on Tuesday, the hottest day of the year."),
        ("Harbour Post", "2025-07-13",
         "Temperatures in Kell, which peaked at 33C on Tuesday, fell to 16C on Saturday as storms arrived."),
    )
    assert not run_example(RULES["FC201"], example)
    same_day = articles(
        ("Harbour Post", "2025-07-09", "Temperatures reached 33C in Kell on Tuesday, the hottest day of the year."),
        ("Morning Compass", "2025-07-10", "Temperatures reached 16C in Kell on Tuesday, the hottest day of the year."),
    )
    assert run_example(RULES["FC201"], same_day)


def test_a_later_new_level_is_an_update_not_a_conflict():
    """'have raised their offer to £60,000' a day after '£40,000' changes the figure; the
    same two figures with no change word are a conflict."""
    first = ("Coastline Courier", "2025-05-02", "The owners of the Brennick mill have offered a reward of £40,000 for information.")
    raised = ("Harbour Post", "2025-05-03", "The owners of the Brennick mill have raised their reward for information to £60,000.")
    rival = ("Harbour Post", "2025-05-03", "The owners of the Brennick mill have offered a reward of £60,000 for information.")
    assert not run_example(RULES["FC201"], articles(first, raised))
    assert run_example(RULES["FC201"], articles(first, rival))


def test_an_article_that_gives_both_figures_does_not_disagree_with_another():
    """A later article that quotes the earlier count as an old one ('when 121 had been
    counted') does not disagree with the article that gave 121."""
    early = ("Coastline Courier", "2025-05-02", "The wildfire near Kell has destroyed 121 homes, the fire service said.")
    later = ("Harbour Post", "2025-05-02",
             "The wildfire near Kell has destroyed 126 homes, five more than in the morning, when 121 had been counted.")
    assert not run_example(RULES["FC201"], articles(early, later))


def test_an_offer_and_a_demand_are_different_facts():
    """The employer's offered rise and the union's demanded rise differ by design; two
    outlets giving the offer different values still conflict."""
    offer = ("Coastline Courier", "2025-05-02", "Halden Rail has offered drivers a pay rise of 3% this year.")
    demand = ("Harbour Post", "2025-05-03", "The drivers, who want a 7% pay rise, will strike on Friday.")
    other_offer = ("Harbour Post", "2025-05-03", "Halden Rail has offered drivers a pay rise of 5% this year.")
    assert not run_example(RULES["FC201"], articles(offer, demand))
    assert run_example(RULES["FC201"], articles(offer, other_offer))


def test_taken_to_hospital_is_a_running_total():
    """'were taken to hospital' counts people hospitalised: a later, lower figure is a
    running total going down (FC203), not a plain disagreement (FC201)."""
    example = articles(
        ("Coastline Courier", "2025-05-02", "Thirty people were taken to hospital after the chemical leak at the Kell depot."),
        ("Harbour Post", "2025-05-03", "Eighteen people were taken to hospital after the chemical leak at the Kell depot."),
    )
    assert run_example(RULES["FC203"], example)
    assert not run_example(RULES["FC201"], example)


def test_a_size_set_before_its_thing_lasts_a_week_with_or_without_a_hyphen():
    """'a 180 kg weather satellite' and 'the 210-kilogram weather satellite' a week apart are one size
    of one thing (a size set before its noun does not change from one week's report to the next);
    the same masses told as what a rocket lifted, a week apart, are of two launches."""
    def sized(second):
        return articles(
            ("Sahyadri Mail", "2026-12-09", "Its main payload is Varsha-1, a 180 kg weather satellite built for the "
                                            "Kerala government to track monsoon rainfall."),
            ("Southern Cross Bulletin", "2026-12-16", f"The rocket's main payload was the {second} Varsha-1 weather "
                                                      f"satellite, built for the Kerala government to track monsoon rainfall."),
        )
    assert run_example(RULES["FC201"], sized("210-kilogram"))
    assert run_example(RULES["FC201"], sized("210 kg"))
    lifted = articles(
        ("Sahyadri Mail", "2026-12-09", "The rocket lifted 180 kg of satellites for the Kerala government into orbit."),
        ("Southern Cross Bulletin", "2026-12-16", "The rocket lifted 210 kg of satellites for the Kerala government into orbit."),
    )
    assert not run_example(RULES["FC201"], lifted)
