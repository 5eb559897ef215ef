"""Session 54: how far back a toll looks ('Nearly two weeks after the collapse'), the year of 'since 2016, when ...',
the worst hit of a toll, two bounds of classes of things (no scale slip), people's home towns, datelines in states and
a toll's newest death told by its ordinal (the running totals they make undercut are in test_tolls_and_sentences).
Our own wording, each with a near miss."""

import pytest

from factcheck.track.ties import _looking_back, _year_of_sentence
from track_helpers import articles, claims_by_text


@pytest.mark.parametrize("sentence, days", [
    ("Nearly two weeks after the collapse left 24 people injured, the club acted.", 14),
    ("Three days after the fire killed four people, the road reopened.", 3),
    ("The fire killed four people, the brigade said on Tuesday.", 0),
    ("Two weeks of rain have killed four people.", 0),
])
def test_how_far_back_a_toll_looks(sentence, days):
    claim = next(c for c in claims_by_text(sentence).values() if c.text in ("24", "four"))
    assert _looking_back(claim) == days


def test_since_a_year_when_dates_the_toll_after_it_only():
    after = claims_by_text("The crash is the deadliest since 2016, when a goods train hit a minibus, killing five "
                           "people.")["five"]
    before = claims_by_text("The crash killed four people, the deadliest since 2016, when a goods train hit a "
                            "minibus.")["four"]
    assert _year_of_sentence(after) == ["2016"]
    assert _year_of_sentence(before) == []


def test_the_worst_hit_of_a_toll_are_no_label_of_it():
    from factcheck.track.labels import is_label
    worst = claims_by_text("The firm will pay Rs 10 lakh each to the two most seriously injured workers.")["two"]
    injured = claims_by_text("The firm will pay Rs 10 lakh each to the two workers hurt in the blast.")["two"]
    assert not is_label(worst)
    assert is_label(injured)


@pytest.mark.parametrize("sentence, figure, threshold", [
    ("Rockfalls of more than a million cubic metres have become more frequent.",
     "more than a million cubic metres", True),
    ("There were 11 rock and ice falls larger than 100,000 cubic metres.", "larger than 100,000 cubic metres", True),
    ("The slide moved more than a million cubic metres of rock.", "more than a million cubic metres", False),
])
def test_a_bound_of_a_class_of_things_is_a_threshold(sentence, figure, threshold):
    from factcheck.rules.checks.scale_slip import _threshold
    assert _threshold(claims_by_text(sentence)[figure]) is threshold


@pytest.mark.parametrize("place, sentence, home", [
    ("Brookdale", "The 13 people arrested include a Brookdale, Minn., man accused of running the ring.", True),
    ("Minn.", "The 13 people arrested include a Brookdale, Minn., man accused of running the ring.", True),
    ("Lisduff", "The 26 people injured included Bridget Cawley, from Lisduff, who died on Monday.", True),
    ("Brookdale", "Police arrested 13 people in Brookdale, Minn., on Friday.", False),
    ("Lisduff", "The 26 people injured at the show in Lisduff included Bridget Cawley.", False),
])
def test_a_persons_home_town_is_not_where_it_happened(place, sentence, home):
    from factcheck.track.places import _not_where_it_happened
    assert _not_where_it_happened(place, sentence) is home


def test_a_dateline_puts_a_town_in_its_state():
    from factcheck.pipeline import extract_all
    from factcheck.rules.examples import example_articles
    from factcheck.track.places import Places
    found = example_articles(articles(
        ("Post", "2029-01-05", "CRESTHAVEN, Minn. (Wire) - Police in Cresthaven have arrested 16 people."),
        ("Ledger", "2029-01-06", "Police in Tallow Creek, Queensland, have arrested four people."),
        ("Mail", "2029-01-06", "Police in Cresthaven, Harlow, have arrested four people.")))
    places = Places(extract_all(found), {a.id: a for a in found})
    assert "minn." in places._containers.get("cresthaven", set())
    assert "queensland" in places._containers.get("tallow creek", set())
    assert "harlow" not in places._containers.get("cresthaven", set())


@pytest.mark.parametrize("sentence, dead", [
    ("A sixth worker injured in the Sthira Heights hoist crash died at the hospital on Saturday.", True),
    ("A sixth person has died.", True),
    ("A sixth worker injured in the Sthira Heights hoist crash was moved to another hospital on Saturday.", False),
    ("The sixth worker injured in the crash died at the hospital.", False),
])
def test_a_tolls_newest_death_told_by_its_ordinal(sentence, dead):
    claim = claims_by_text(sentence)["sixth"]
    assert (claim.kind == "count" and claim.value == 6 and claim.predicate == "die") is dead
