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
    monkeypatch.setattr(facts, "compatible", lambda x, y, places: {x.claim.article_id, y.claim.article_id} != {"a", "b"})
    monkeypatch.setattr(facts, "tied_across", lambda x, y, places: True)
    joined = facts._join_articles([[tuesday], [wednesday], [friday]], places=None)
    assert [t.claim.article_id for t in joined[1]] == ["b", "c"]
