"""Tracking: which claims are one fact (real extraction, judged through the consistency rules)."""

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.places import _openings

RULES = {r.code: r for r in load_rules()}


def articles(*items):
    return {"articles": [{"source": s, "published": p, "text": t} for s, p, t in items]}


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
