"""Session 52 (sets 62 and 63): counts told as parts of an untold whole, people taken ill, and a figure
dated 'last week'. Our own wording, each with its near miss."""

from datetime import date

from factcheck.track.facts import _is_part
from factcheck.track.when import Day, claim_day, days_agree
from track_helpers import claims_by_text, keys_of


def test_a_count_with_one_more_told_apart_by_place_is_a_part():
    claims = claims_by_text("Two men were arrested at a house on Mopoke Lane and a third at a caravan park, police said.")
    assert _is_part(claims["Two"])
    # one more with a deed of its own leaves the count whole
    claims = claims_by_text("Five people have been arrested over the forged tickets, and a sixth person has been "
                            "interviewed under caution.")
    assert not _is_part(claims["Five"])


def test_the_next_part_after_n_of_them_is_a_part():
    claims = claims_by_text("The firm said it had received reports of 63 fires, 54 of them in Canada and nine in the "
                            "United States.")
    assert _is_part(claims["54"]) and _is_part(claims["nine"]) and not _is_part(claims["63"])


def test_people_taken_ill_are_one_tally_whatever_the_verb():
    keys = keys_of("Forty-seven people in Cairnford have now fallen ill. Health officials said 31 dogs have been "
                   "reported ill after walks in the forest.")
    assert keys["Forty-seven"][2] == "infect" and keys["31"][2] == "infect"
    keys = keys_of("Forty-seven people in Cairnford have now fallen behind with their rent.")
    assert keys["Forty-seven"] is None or keys["Forty-seven"][2] != "infect"


def test_last_week_is_the_week_before_the_paper():
    day = claim_day(["last week"], "2028-03-10")  # a Friday
    assert day.date == date(2028, 3, 5) and not day.explicit and day.reach == 6
    wednesday_before = Day(date(2028, 3, 1), 2, explicit=True)
    assert days_agree(day, wednesday_before, window=2)
    assert not days_agree(day, Day(date(2028, 3, 13), 0), window=2)  # a report of the Monday after
    assert not days_agree(claim_day([], "2028-03-10"), wednesday_before, window=2)  # (the paper's own days)
