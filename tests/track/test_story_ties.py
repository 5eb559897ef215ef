"""Ties found by held-out sets 12 and 13 between tolls of one story, and what still keeps two apart.

A toll that names no place ("Five people have now been arrested") belongs to its article's story:
two reports that tell one story (rare names both repeat) tie it. A toll has no holder ("killed
three people at a concert by an Australian band" is not the band's toll). A dateline puts its
town in its country ("NANDIPUR, India, Sept 10"), and
"Shannagh Airport" is at home in Shannagh. A count of staff at work on one shift is not the staff.
"""

from factcheck.extract.claims import extract_articles
from factcheck.model import Article
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.places import Places

from track_helpers import articles, keys_of

RULES = {r.code: r for r in load_rules()}

RAID_DAY_ONE = ("Masked men rammed a van through the gates of the Ostley Arcade in Brackwater early on Sunday "
                "and raided Pellow & Dane, a family jewellers. Pellow & Dane said the Ostley Arcade shop had "
                "been trading since 1921. Five people have now been arrested, and all but one have been "
                "released on bail.")
RAID_DAY_TWO = ("Thieves who raided Pellow & Dane in the Ostley Arcade took watches and rings, the firm said. "
                "Three people have been arrested, detectives say, but none of the jewellery has been recovered. "
                "Pellow & Dane has offered a reward.")
OTHER_STORY = ("Thieves stole copper cable from a railway depot on the edge of Carrow overnight, Network "
               "managers said. Three people have been arrested, detectives say, but none of the cable has "
               "been recovered.")


def test_a_lower_placeless_toll_in_a_later_report_of_one_story_is_a_decrease():
    example = articles(("Brackwater Post", "2025-09-12", RAID_DAY_ONE), ("Coast Star", "2025-09-13", RAID_DAY_TWO))
    assert run_example(RULES["FC203"], example)


def test_a_placeless_toll_of_another_story_is_not_tied():
    example = articles(("Brackwater Post", "2025-09-12", RAID_DAY_ONE), ("Coast Star", "2025-09-13", OTHER_STORY))
    assert not run_example(RULES["FC203"], example)


def test_a_toll_has_no_holder():
    """'at a concert by Australian band Saltwater' is where the toll happened, not whose it is."""
    first = ("COBALT BAY - Four people have died after a crowd crush at a concert in Cobalt Bay, and the "
             "band has cancelled its tour. Four people have died.")
    later = ("COBALT BAY - The city of Cobalt Bay ordered an inquiry into a crowd crush that killed three "
             "people at a concert by Australian band Saltwater.")
    example = articles(("Bay Dispatch", "2025-09-16", first), ("Harbour Wire", "2025-09-17", later))
    assert run_example(RULES["FC203"], example)


def _places(*texts: str) -> Places:
    arts = [Article(id=f"a{i}", path=f"a{i}", text=text, published="2025-09-10") for i, text in enumerate(texts)]
    claims = [c for _, found in extract_articles(arts) for c in found]
    return Places(claims, {a.id: a for a in arts})


def test_a_dateline_puts_its_town_in_its_country():
    places = _places("NANDIPUR, India, Sept 10 (Wire) - A boiler exploded at a sugar mill on Tuesday. "
                     "Ten people were killed in Nandipur, officials said.",
                     "A boiler exploded at a sugar mill in India, killing eight workers.")
    assert places.agree(frozenset({"nandipur"}), frozenset({"india"}))


def test_two_reports_set_in_one_town_meet_by_their_settings():
    arts = [Article(id=f"a{i}", path=f"a{i}", text=text, published="2025-09-10") for i, text in enumerate((
        "KORVANTH, India (Wire) - The death toll from the collapse of the Mellick dam has risen to 23, "
        "officials said, as floodwaters receded from villages near Korvanth.",
        "DURRA (KORVANTH): Five days after the dam breach, families began returning home, the government "
        "of India said. India has asked for help. The breach killed 17 people.",
        "A dam breach in the hills of India killed 12 people, the government said."))]
    claims = [c for _, found in extract_articles(arts) for c in found]
    places = Places(claims, {a.id: a for a in arts})
    first, second, third = (next(c for c in claims if c.article_id == f"a{i}") for i in range(3))
    assert places.home("a1") != places.home("a0")
    assert places.settings_meet(first, second)
    assert not places.settings_meet(first, third)


def test_two_towns_in_a_list_do_not_hold_each_other():
    places = _places("Ten people were killed in Nandipur, Sonwadi and Kharola on Tuesday.",
                     "Officials in Nandipur said 12 people were hurt in Sonwadi.")
    assert not places.agree(frozenset({"nandipur"}), frozenset({"sonwadi"}))


def test_an_airport_is_at_home_in_its_town():
    places = _places("Police arrested 14 people near Shannagh Airport in Shannagh on Saturday.")
    assert places.homes_meet(frozenset({"shannagh"}), frozenset({"shannagh airport"}))
    assert not places.homes_meet(frozenset({"shannagh"}), frozenset({"ardmoyle"}))


def test_staff_at_work_on_a_shift_are_not_the_staff():
    at_work = keys_of("About 70 employees were working the night shift when the fire broke out.")["About 70"]
    level = keys_of("The warehouse employs 340 staff, the company said.")["340"]
    assert level[2] == ""  # the size of the staff
    assert at_work is None or at_work[2] != ""


def test_a_report_tied_as_strongly_to_two_facts_joins_the_later(monkeypatch):
    """A toll of two on Tuesday and three on Wednesday stay two facts (their days differ);
    Friday's 'killed two', tied as strongly to both, is set against Wednesday's three."""
    from datetime import date

    from factcheck.track import facts
    from factcheck.track.ties import Tracked
    from factcheck.track.when import Day
    from test_heldout_classes import claim_in

    def tracked(article: str, figure: str, day: date) -> Tracked:
        claim = claim_in(f"{figure} people were killed.", figure)
        claim.article_id, claim.id = article, f"{article}:1"
        return Tracked(claim, "kill", frozenset(), frozenset(), frozenset(), frozenset(), Day(day), frozenset(),
                       frozenset(), frozenset())

    tuesday, wednesday, friday = (tracked("a", "Two", date(2026, 11, 3)), tracked("b", "Three", date(2026, 11, 4)),
                                  tracked("c", "two", date(2026, 11, 6)))
    monkeypatch.setattr(facts, "compatible", lambda x, y, places, **_: {x.claim.article_id, y.claim.article_id} != {"a", "b"})
    monkeypatch.setattr(facts, "tied_across", lambda x, y, places: True)
    joined = facts._join_articles([[tuesday], [wednesday], [friday]], places=None)
    assert [t.claim.article_id for t in joined[1]] == ["b", "c"]


# --- found by held-out set 14 ------------------------------------------------------------------

QUILLMARK_CUTS = ("Quillmark Inc. said on Tuesday it will cut about 6,200 jobs, roughly 9 percent of its 68,000 "
                  "employees, as the software company reported a drop in profit.")

def test_last_friday_in_a_friday_paper_is_a_week_before():
    from datetime import date

    from factcheck.track.when import claim_day
    assert claim_day(["last Friday's"], "2025-10-10").date == date(2025, 10, 3)
    assert claim_day(["Friday"], "2025-10-10").date == date(2025, 10, 10)
    assert claim_day(["last Monday"], "2025-10-10").date == date(2025, 10, 6)


def test_a_towns_population_holds_whatever_day_its_sentence_names():
    """'this town of 2,300 people will be ... on Monday': the population is not Monday's alone."""
    from datetime import date

    from factcheck.track.ties import track
    from test_heldout_classes import claim_in

    sentence = "For three minutes on Monday, this ranching town of 2,300 people will be the best place to stand."
    claim = claim_in(sentence, "2,300", subject="population", dates=["Monday"])
    article = Article(id="a", path="a", text=sentence, published="2025-10-03")
    tracked = track(claim, "", Places([claim], {"a": article}), {"a": article})
    assert tracked.day.date == date(2025, 10, 3) and not tracked.day.explicit
    census = claim_in("The town had 2,300 people in 2011.", "2,300", subject="population", dates=["2011"])
    assert track(census, "", Places([census], {"a": article}), {"a": article}).day.period == "2011"


def test_a_continent_says_nothing_against_a_county():
    places = _places("The town lies in Calder County, one of the best places in North America to watch.",
                     "Ten people were hurt in Europe and 12 in Asia.")
    assert places.agree(frozenset({"north america"}), frozenset({"calder county"}))
    assert not places.agree(frozenset({"europe"}), frozenset({"asia"}))


def test_a_country_says_nothing_against_a_town_in_a_toll_unless_the_copy_puts_the_town_elsewhere():
    places = _places("Pilgrims crowded the steps at Ramkund before dawn.",
                     "A crush killed 21 people at a festival in India.",
                     "MARDAN, Pakistan, Sept 10 (Wire) - Ten people were hurt in Mardan.")
    assert places.agree(frozenset({"ramkund"}), frozenset({"india"}), country_wide=True)
    assert not places.agree(frozenset({"ramkund"}), frozenset({"india"}))  # only a toll's
    assert not places.agree(frozenset({"mardan"}), frozenset({"india"}), country_wide=True)
    assert not places.agree(frozenset({"pakistan"}), frozenset({"india"}), country_wide=True)


def test_a_court_that_opens_with_a_town_does_not_place_the_arrests_there():
    texts = ["Twelve people were hurt in Kilbrack on Sunday, police in Kilbrack said.",
             "The nine fishermen arrested during Monday's blockade were released on bail and are due before "
             "Kilbrack District Court next month."]
    arts = [Article(id=f"a{i}", path=f"a{i}", text=t, published="2025-10-09") for i, t in enumerate(texts)]
    claims = {c.text: c for _, found in extract_articles(arts) for c in found}
    places = Places(list(claims.values()), {a.id: a for a in arts})
    assert places.of(claims["Twelve"]) == {"kilbrack"}
    assert "kilbrack" not in places.of(claims["nine"])


def test_a_sites_staff_is_not_the_companys():
    site = ("About 620 of the UK jobs will go at its offices in Lenbridge, where Quillmark employs 2,600 "
            "people, the company said.")
    example = articles(("Bay Post", "2026-08-12", QUILLMARK_CUTS), ("Orrindale Chronicle", "2026-08-13", site))
    assert not run_example(RULES["FC201"], example)


def test_one_company_named_with_a_possessive_is_one_actor():
    later = ("SAN AURELIO, California (Meridian Wire) \u2014 Quillmark Inc.'s plan to cut about 6,200 jobs, about "
             "7 percent of its 86,000-strong workforce, will fall on its sales teams, the company said. Quillmark "
             "did not say which offices would close.")
    example = articles(("Bay Post", "2026-08-12", QUILLMARK_CUTS), ("Meridian Wire", "2026-08-13", later))
    assert run_example(RULES["FC201"], example)


def test_a_storm_weakening_day_by_day_is_no_conflict():
    first = ("By Tuesday morning the storm had weakened to a Category 2 hurricane, with winds of 105 mph, "
             "and was about 310 miles northwest of Port Sabine.")
    later = "The storm came ashore near Port Sabine last Monday with winds of 225km/h, officials said."
    example = articles(("Bay Post", "2026-08-11", first), ("Corvale Observer", "2026-08-17", later))
    assert not run_example(RULES["FC201"], example)


def test_a_debut_weekend_is_the_opening_weekend():
    from factcheck.track.evidence import ordinals
    from test_heldout_classes import claim_in

    debut = claim_in("The film took $30.2m in its debut weekend.", "$30.2m")
    opening = claim_in("The film took $30.2m over its opening weekend.", "$30.2m")
    later = claim_in("The film finished in second place with $14.7m.", "$14.7m")
    assert ordinals(debut) == ordinals(opening) == {"opening"}
    assert ordinals(later) == {"second"}


def test_the_common_head_of_two_names_tells_no_story():
    """'Calder County' and 'Beaumont County' share 'County', which ties no two stories' tolls; and a word the copy
    names only as a county's ties no two stories of the county either (session 48), unless the copy names it
    elsewhere too ('the Calder fair')."""
    from factcheck.track.places import repeated_names

    names = repeated_names("Deputies in Calder County made arrests, and Calder County officials said the "
                           "Calder County fair would go ahead.")
    assert "county" not in names and "calder" not in names
    names = repeated_names("Deputies in Calder County made arrests, and Calder County officials said the "
                           "Calder fair would go ahead.")
    assert "calder" in names and "county" not in names


def test_places_counted_by_what_happened_there_take_that_deed():
    """'at the 19 schools where asbestos was confirmed': a count of confirmations, not of letters."""
    key = keys_of("Parents at the 19 schools where asbestos was confirmed will receive letters this week.")["19"]
    assert key[:3] == ("school", "", "confirm")


def test_the_people_a_trial_takes_in_are_its_size_whatever_the_verb():
    """'prevented 79.6% of cases in a trial of 12,600 volunteers' / 'The trial of about 21,000
    volunteers found ...': one figure, the trial's size."""
    first = keys_of("The vaccine prevented 79.6 per cent of cases in a Phase 3 trial of 12,600 volunteers.")["12,600"]
    later = keys_of("The trial of about 21,000 volunteers found that two doses cut dengue by 79.6 percent.")["about 21,000"]
    assert first == later and first[0] == "volunteer"


def test_arrests_made_are_people_arrested_but_a_rate_is_not_a_toll():
    made = keys_of("Sheriff Hal Brunner said deputies made 46 arrests over the eclipse weekend.")["46"]
    told = keys_of("The sheriff's office said 31 people were arrested over the eclipse weekend.")["31"]
    rate = keys_of("Police made 19 arrests. That is one arrest for every 7,000 people who came, she said.")["one"]
    assert made == told == ("people", "", "arrest", "count")
    assert rate != made


def test_the_leads_place_is_the_setting_even_when_ner_calls_it_an_organisation():
    text = ("Asbestos has now been confirmed in 17 schools in Co Ardmoyle, the Department of Education said "
            "last night.\n\nMore than 300 parents packed the community centre in Carrickdrum on Monday night to "
            "question officials.\n\nParents at the 19 schools where asbestos was confirmed will receive letters "
            "this week, he said.")
    example = {"articles": [{"source": "Kilbrack Clarion", "published": "2025-10-08", "text": text}]}
    assert run_example(RULES["FC202"], example)
