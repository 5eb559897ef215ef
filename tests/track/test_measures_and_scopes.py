"""Tracking, readings of set 44's copy in general form: what a measure reaches, told by a scope
verb whose doer is the measure ('The recall covers 37 lots'); the count of an emergency's response
however it is told (sent, at the scene); a level's share 'of' a whole ('Turnout was 63.4 percent of
the registered voters'); a count an owner runs, which lasts from one week's report to the next; a
measure of an event over in a moment, given days apart; and an age label after a paragraph that
speaks of the person alone."""

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

from track_helpers import articles, fires_within, keys_of

FC201 = next(r for r in load_rules() if r.code == "FC201")


def conflicts(*items) -> list:
    return [f for f in run_example(FC201, articles(*items)) if f.rule == "FC201"]


def test_a_measure_covering_a_count_is_its_own_deed():
    keys = keys_of("Harvest Pet Co. recalled 37 lots of dog food on Wednesday. "
                   "The recall, announced on Wednesday, covers 23 lots of its dog food.")
    assert keys["37"] == keys["23"]
    culled = keys_of("Officials will cull 4,000 badgers. The cull will affect 3,000 badgers in the county.")
    assert culled["4,000"] == culled["3,000"]


def test_a_scope_verb_of_another_doer_keeps_its_own_reading():
    keys = keys_of("Harvest Pet Co. recalled 37 lots of dog food on Wednesday. "
                   "The contamination affects 23 lots of its dog food.")
    assert keys["37"] != keys["23"]
    involved = keys_of("Crews rescued 12 walkers. The rescue involved 40 firefighters.")
    assert involved["40"][2] != "rescue"


def test_the_response_to_an_emergency_is_one_count_however_told():
    keys = keys_of("At its height 120 firefighters and 24 fire engines were at the scene. "
                   "The fire service sent 31 fire engines to the cathedral on Monday night.")
    assert keys["24"] == keys["31"] == ("engine", "fire", "attend", "count")
    assert keys["120"][2] == "attend"
    # engines counted for another reason are not the response
    assert keys_of("The brigade owns 31 fire engines.")["31"][2] != "attend"


def test_a_level_given_as_a_share_of_a_whole_is_the_level():
    keys = keys_of("Turnout was 63.4 percent of the 1,284,000 registered voters. "
                   "Voters approved the barrage on a turnout of 58.9%.")
    assert keys["63.4 percent"] == keys["58.9%"] == ("turnout", "", "", "percent")


def test_a_turnout_given_in_two_reports_of_one_vote_conflicts():
    assert conflicts(
        ("Halcyon Newswire", "2027-03-14", "Tessaly voted on the Ostra barrage. Turnout was 63.4 percent of the "
                                           "1,284,000 registered voters, the Tessaly electoral office said."),
        ("Marrowgate Post", "2027-03-15", "Voters in Tessaly approved the Ostra barrage in Saturday's referendum, "
                                          "on a turnout of 58.9%."))
    # two ballots of one story a week apart are two votes
    assert not conflicts(
        ("Fenwater Echo", "2026-08-11", "Workers at the Marrick refinery will strike. Members voted for action on "
                                        "a turnout of 81%, with 88% of those voting backing a strike."),
        ("Orrindale Chronicle", "2026-08-18", "The strike at the Marrick refinery is over. The 1,140 members of the "
                                              "union at the site voted to accept the deal in an online ballot, with 79 "
                                              "per cent in favour on a turnout of 74 per cent."))


def test_how_many_things_an_owner_runs_lasts_from_week_to_week():
    assert conflicts(
        ("Brindlecombe Mercury", "2027-03-15", "Nurses at all 14 hospitals run by the Brindlecombe and Wyre Health "
                                               "Board walked out at 7am today."),
        ("Sternwick Bulletin", "2027-03-18", "Nurses at the 11 hospitals run by the Brindlecombe and Wyre Health "
                                             "Board returned to work at 7am today."))
    # a holding yet to come is not the one run now
    assert not conflicts(
        ("Meridian Wire", "2027-01-21", "Harker, which operates 41 stores in Kelby, declined to comment on the bid."),
        ("NewsNibble", "2027-02-03", "After the takeover Harker will run 71 stores in Kelby."))


def test_a_measure_of_a_moment_holds_for_days():
    assert conflicts(
        ("Marrowgate Post", "2027-03-07", "Witnesses said the collision over Fellhurst Airfield happened at about "
                                          "1,200ft, as the Fellhurst tug descended."),
        ("Dunmarrow Chronicle", "2027-03-12", "The collision over Fellhurst Airfield happened at about 800ft, the "
                                              "Fellhurst club's chairman said."))


def test_an_age_label_after_a_paragraph_about_the_person_alone():
    text = ("Lena Varga, 19, was in the front seat of the trainer when it was struck. Both were killed.\n\n"
            "Her parents, Ilona and Peter Varga, said: \"Lena wanted to fly more than anything. She died doing "
            "the thing she loved.\"\n\n"
            "The 21-year-old had completed 31 training flights since joining the club.")
    assert fires_within(text)
    other = text.replace("Her parents, Ilona and Peter Varga, said", "Her friend Tom Price said")
    assert not fires_within(other)


def test_people_who_needed_hospital_treatment_are_the_hospital_toll():
    keys = keys_of("A second worker has died, and the number of people who have needed hospital treatment has "
                   "risen to 47. The 38 people taken to hospital included four firefighters.")
    assert keys["47"] == ("people", "", "hospitalise", "count")
    assert keys_of("Some 30 people needed treatment at the scene.")["Some 30"][2] != "hospitalise"


def test_how_long_a_restriction_lasts_is_its_term():
    text = ("The ban on harvesting oysters from Dunmarrow Bay will remain in place for at least 28 days, the "
            "authority said. Several said that the 21-day ban would put small businesses at risk.")
    assert keys_of(text)["at least 28 days"] == keys_of(text)["21-day"] == ("ban", "", "", "second")
    assert fires_within(text)
    assert not fires_within(text.replace("21-day", "30-day"))  # (at least 28 days: 30 agrees)


def test_an_offer_of_a_share_is_the_rise_offered():
    text = ("The health board has offered a pay rise of 4.5 per cent. Nurses want 9 per cent. "
            "The board said that the 5.4 per cent offer was fair and final.")
    keys = keys_of(text)
    assert keys["4.5 per cent"] == keys["5.4 per cent"] == ("rise", "", "offer", "percent")
    assert keys["9 per cent"] != keys["4.5 per cent"]
    assert fires_within(text) and not fires_within(text.replace("5.4", "4.5"))
