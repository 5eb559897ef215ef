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


def test_people_who_caught_an_illness_or_an_outbreak_affected_are_its_cases():
    keys = keys_of("Visiting is restricted at five care homes, where 39 residents and staff have caught scabies.")
    assert keys["39"][2] == "infect"
    keys = keys_of("A scabies outbreak has spread to four homes, with 41 residents and staff now affected.")
    assert keys["41"][2] == "infect"
    keys = keys_of("The floods have affected 41 residents in the valley, the council said.")  # (no outbreak: no cases)
    assert keys["41"] is None or keys["41"][2] != "infect"


def test_while_sets_no_contrast_between_two_deeds_of_two_things():
    from factcheck.track.keys import contrasted
    claims = claims_by_text("By Friday, 148 people had been airlifted from the camps, while dozens of fitter trekkers "
                            "had walked out with police escorts.")
    assert claims["148"].id not in contrasted(list(claims.values()))
    claims = claims_by_text("Sales rose 0.3% in March, while sales rose 0.9% a year earlier.")
    assert claims["0.3%"].id in contrasted(list(claims.values()))
