"""Session 54: a toll told as it stood some days back ('Nearly two weeks after the collapse ... left 24 people
injured'), a victim's home town set off after her name, the year of 'since 2016, when ...', the worst hit of a
toll, and two bounds of classes of things (no scale slip). Our own wording, each with a near miss."""

import pytest

from factcheck.track.ties import _looking_back, _year_of_sentence
from track_helpers import articles, claims_by_text, went_down


_STAND = ("Harbour Post", "2026-05-02", "Thirty-one people have now been treated for injuries after the stand collapse "
          "at Brennock Park, the ambulance service said.")
_STAND_LOOKING_BACK = ("Northern Ledger", "2026-05-13", "Nearly two weeks after the stand collapse at Brennock Park left "
                       "24 people injured, the club has asked engineers to inspect every terrace.")
#: the same toll without the look back is of its own day, eleven days on: another week's
_STAND_OF_ITS_DAY = ("Northern Ledger", "2026-05-13", "The stand collapse at Brennock Park left 24 people injured, the "
                     "club said as it asked engineers to inspect every terrace.")
_PIER = ("Harbour Post", "2026-06-10", "The number of people injured when the pier collapsed at Castlereagh Strand has "
         "risen to 18, the coastguard said.")
_PIER_VICTIM_FROM = ("Northern Ledger", "2026-06-12", "Engineers began inspecting the pier at Castlereagh Strand on "
                     "Thursday. The 15 people injured in the collapse included Maura Quinlan, from Drumfinn, who was "
                     "treated for a broken leg.")
#: a toll put at another town is another toll
_INJURED_AT = ("Northern Ledger", "2026-06-12", "Engineers began inspecting the pier at Castlereagh Strand on Thursday. "
               "The 15 people injured at Drumfinn included Maura Quinlan, who was treated for a broken leg.")


@pytest.mark.parametrize("reports, near_miss", [
    ((_STAND, _STAND_LOOKING_BACK), (_STAND, _STAND_OF_ITS_DAY)),
    ((_PIER, _PIER_VICTIM_FROM), (_PIER, _INJURED_AT)),
], ids=["looking-back", "victims-home-town"])
def test_a_later_report_undercuts_a_toll(reports, near_miss):
    assert went_down(*reports)
    assert not went_down(*near_miss)


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
