"""Tracking, readings of copy in general form: a venue built to hold so many, or which held so many,
tells its capacity, which no day's report dates; those who started or finished a race are its
starters or finishers; 'the crowd of' names an article's one crowd again, and the crowd one event
drew is that event's in two reports; a sum set before a body of works, one of them named with
'the', is one project's cost; a length told one way and then hyphened the same way to its thing
is one length; staff at two kinds of site are two workforces; those at the scene are named again
bare, and an amount found is told of whatever might have been done with it; a duration hyphened to a
contract or a ban is its term."""

from factcheck.rules.examples import run_example
from track_helpers import articles, fires_within, keys_of, rule_of


def _cross_article(*items):
    rule = rule_of("FC201")
    return [f for f in run_example(rule, articles(*items)) if f.rule == "FC201"]


def test_built_to_hold_and_which_held_tell_a_capacity():
    keys = keys_of("The stand, about six metres high, was built to hold 1,600 people, according to a planning "
                   "document. The old stand, which held 1,100 spectators, was taken down in 2019. The grandstand "
                   "was designed to seat 2,400 fans. The new stadium, which holds 55,000, opens in May.")
    assert keys["1,600"] == keys["1,100"] == keys["2,400"] == keys["55,000"] == ("capacity", "", "", "count")


def test_people_a_venue_held_on_the_day_are_no_capacity():
    keys = keys_of("The bus held 40 people when it overturned. Ushers seated 300 guests.")
    assert keys["40"][0] != "capacity" and keys["300"][0] != "capacity"


def test_those_who_started_or_finished_are_the_starters_or_finishers():
    keys = keys_of("About 1,900 athletes started the race on Sunday. The race had 1,450 starters. "
                   "In all 19,870 runners finished the marathon.")
    assert keys["About 1,900"] == keys["1,450"] == ("starter", "", "", "count")
    assert keys["19,870"] == ("finisher", "", "", "count")


def test_work_started_on_homes_is_no_starters():
    assert keys_of("Work started on 40 homes in the spring.")["40"][0] != "starter"


def test_the_crowd_of_names_the_one_crowd_again():
    assert fires_within("The crowd of 52,000 had packed into the stadium for the first show of the tour. "
                        "The mayor said the sellout crowd of 48,000 had been a celebration that turned into a "
                        "nightmare.")


def test_a_record_crowd_of_another_day_is_not_the_crowd():
    assert not fires_within("A crowd of 52,000 packed into the stadium for the first show of the tour. "
                            "The mayor said the record crowd of 48,000 had been set in 2019.")


def test_the_crowd_one_market_drew_in_two_reports():
    found = _cross_article(
        ("Pinecrest Observer", "2027-03-23",
         "CALDERON CITY - At least 37 people have fallen ill after eating at the Riverside Night Market. "
         "The market, held on March 19 and 20 along the riverfront in Calderon City, drew 22,000 visitors over "
         "two nights, according to organizers."),
        ("Clickstream Digest", "2027-03-24",
         "An 81-year-old woman has died in the salmonella outbreak traced to a stall at the Riverside Night "
         "Market in Calderon City. The two-night market, which drew 16,000 visitors, was held on March 19 and 20."))
    assert found and "22,000" in found[0].message and "16,000" in found[0].message


def test_a_pageant_and_a_vigil_draw_two_crowds():
    assert not _cross_article(
        ("Holloway Evening Post", "2025-06-09",
         "A stunt pilot was killed at the Corrindale air pageant on Sunday. The pageant at Corrindale, about 110 "
         "miles west of Port Ellery, drew 11,000 spectators."),
        ("Quillan Falls Tribune", "2025-06-11",
         "The pilot killed at the Corrindale air pageant taught science in Port Ellery. His students held a "
         "candlelight vigil on the school's football field in Port Ellery on Monday night that drew about 600 "
         "people."))


def test_a_stadium_that_holds_so_many_is_not_dated_by_its_report():
    found = _cross_article(
        ("Pelham Ridge Courier-Journal", "2027-05-08",
         "BELLGRAVE - Three people died in a crush at Halvard Field in Bellgrave on Friday night. The crowd of "
         "52,000 had packed into the stadium, which holds 55,000 for concerts, for the first show of the tour."),
        ("Marrowbone Valley Times", "2027-05-12",
         "BELLGRAVE - Investigators in Bellgrave said on Tuesday that the crush at Halvard Field happened in the "
         "packed general-admission area in front of the stage at the 68,000-seat stadium."))
    assert found and "55,000" in found[0].message and "68,000" in found[0].message


def test_a_sum_before_the_works_and_another_before_its_other_name():
    assert fires_within("The breach is the centrepiece of the $38 million project to turn 1,100 acres of "
                        "farmland back into salt marsh. Critics on the county board questioned whether a $52 "
                        "million restoration was the best use of public funds.")


def test_sums_of_two_works_named_by_their_places_are_two_costs():
    assert not fires_within("The council approved the £4m upgrade of the library on Monday. A separate £12m "
                            "refurbishment of the town hall starts in May.")


def test_a_height_told_then_hyphened_the_same_way():
    text = ("The chamber, which the team has named the Cathedral, is about 95 metres (312 feet) long and "
            "40 metres (131 feet) high, the expedition leader said. Reaching the 55-metre-high chamber "
            "takes five hours from the entrance.")
    assert fires_within(text)


def test_a_length_and_a_hyphened_height_are_two_measures():
    assert not fires_within("The chamber is about 95 metres (312 feet) long, the expedition leader said. "
                            "Reaching the 55-metre-high chamber takes five hours from the entrance.")


def test_staff_at_a_test_site_and_at_a_grain_elevator_are_two_workforces():
    assert keys_of("The 85 people who work at the company's test site watched the landing.")["85"] == \
        keys_of("The Morrow Ridge elevator employs 14 people.")["14"] == ("staff", "", "", "count")
    assert not _cross_article(
        ("Morrow Ridge Dispatch", "2027-07-08",
         "MORROW RIDGE - When Halcyon Orbital's lander fired its engine above the Moon last Friday, the 85 people "
         "who work at the company's test site north of Morrow Ridge knew how that engine would behave."),
        ("Morrow Ridge Dispatch", "2027-07-09",
         "MORROW RIDGE - The closure of the viaduct has cut Morrow Ridge off from the port. The Morrow Ridge "
         "elevator employs 14 people and handled about 11 million bushels last year."))


def test_two_venues_that_hold_so_many_are_two_capacities():
    assert not _cross_article(
        ("Carrickmoy Chronicle", "2025-10-07",
         "CARRICKMOY - Part of the spire of St Colman's Cathedral fell through the roof on Sunday. Masses will move "
         "to the Enda Hall on Cathedral Street, which holds 350 people, with extra Sunday Masses at 9am."),
        ("Meridian Wire", "2025-10-08",
         "CARRICKMOY - Engineers began inspecting St Colman's Cathedral in Carrickmoy on Tuesday. A spokeswoman "
         "said the cathedral, which seats 1,100, would stay closed until at least Easter."))


def test_the_number_held_after_arrests_is_an_arrest_toll():
    keys = keys_of("Police have arrested two more people, bringing the number held to four, as the charity raised "
                   "its reward. A man was arrested on Thursday, bringing to three the number of people held over "
                   "the theft.")
    assert keys["four"] == keys["three"] == ("people", "", "arrest", "count")


def test_a_toll_named_again_by_a_participle_after_its_noun():
    assert fires_within("Seven people have been stung by Irukandji jellyfish on Gulgarra's beaches since Sunday, "
                        "marine scientists say. \"Of the nine people stung so far, every one has needed strong pain "
                        "relief,\" Dr Anand said.")


def test_a_participle_that_narrows_the_toll_names_a_part():
    assert not fires_within("Seven people have been stung by jellyfish on Gulgarra's beaches since Sunday. Of the "
                            "nine people stung in the past year, most were tourists.")


def test_the_firefighters_on_duty_name_those_who_fought_the_fire():
    assert fires_within("About 120 firefighters fought the blaze for more than seven hours, the fire service said. "
                        "\"The 150 firefighters on duty overnight worked in conditions I would not wish on anyone,\" "
                        "he said.")


def test_the_firefighters_of_a_county_are_another_set():
    assert not fires_within("About 120 firefighters fought the blaze for more than seven hours, the fire service "
                            "said. Three firefighters were hurt. \"The 150 firefighters in the county will get new "
                            "kit,\" he said.")


def test_an_amount_found_is_told_of_whatever_might_have_been():
    keys = keys_of("The 4.2 tonnes of cocaine found at the port at the weekend would have been sold on the streets "
                   "within weeks, officials warned.")
    assert keys["4.2 tonnes"] == ("cocaine", "", "", "kilogram")
    assert fires_within("The 4.2 tonnes of cocaine found at the Port of Eastwold at the weekend would have been cut "
                        "and sold on the streets within weeks, border officials warned today. The directorate said "
                        "the 3.6-tonne haul was the result of months of intelligence work.")


def test_a_term_hyphened_to_a_contract_or_a_ban_is_its_term():
    keys = keys_of("Madigan signed a six-year contract on Monday. The five-year deal runs until June 2033.")
    assert keys["six-year"] == keys["five-year"] == ("contract", "", "", "second")
    assert fires_within("Conor Madigan has passed his medical at Kingsmere City and signed a six-year contract, ending "
                        "a three-year spell at Dunhaven Athletic. The five-year deal runs until June 2033 and includes "
                        "a release clause.")
    assert fires_within("The council imposed a five-year moratorium on logging in the valley. \"The seven-year ban will "
                        "ruin us,\" a sawmill owner said.")


def test_two_players_contracts_are_two_terms():
    assert not fires_within("Madigan signed a six-year contract with Kingsmere. His team-mate Ruiz signed a five-year "
                            "deal with the club last year.")


def test_countries_at_a_show_are_not_named_again_as_the_two_countries():
    assert not fires_within("More than 240 civil and military aerospace firms from 31 countries are attending the "
                            "show. The US military industry has shown a strong interest in India, now that relations "
                            "between the two countries have improved a lot.")
