"""Tracking, readings of set 46's copy in general form: a thing named right after its noun; a
boat is a vessel and a barrier a wall; a point along a course is no length; people in a race are
one toll; people driven from their homes are evacuated."""

from track_helpers import fires_within, keys_of, rule_of


def test_a_thing_named_right_after_its_noun_is_that_name():
    keys = keys_of("Breward rowed her 11-metre boat Kittiwake into port. The 7-metre Kittiwake has capsized three times.")
    assert keys["11-metre"] == keys["7-metre"] == ("kittiwake", "", "", "metre")
    # a stray capital after the noun names nothing
    assert keys_of("The 40-metre bridge In the town is old.")["40-metre"][0] == "bridge"


def test_words_for_one_structure():
    keys = keys_of("The new wall will run 2.1 miles from the pier. The 2.8-mile barrier will be finished in 2032.")
    assert keys["2.1 miles"] == keys["2.8-mile"] == ("wall", "", "", "metre")
    assert keys_of("Her 9-metre boat sank.")["9-metre"][0] == "vessel"


def test_a_mark_along_a_course_is_no_length():
    keys = keys_of("A volunteer had been handing out water at the 6km mark. Another runner stopped at the 7km mark.")
    assert keys["6km"] is None and keys["7km"] is None
    assert not fires_within("A volunteer had been handing out water at the 6km mark, she said. Another runner "
                            "stopped at the 7km mark of the run.")


def test_people_in_a_race_are_one_toll():
    keys = keys_of("A total of 14 competitors have now been admitted to hospital. In all, 12 athletes were taken "
                   "to hospital after the race.")
    assert keys["14"] == keys["12"] == ("athlete", "", "hospitalise", "count")


def test_people_driven_from_their_homes_are_evacuated():
    keys = keys_of("The flood has driven 3,600 people from their homes since the breach.")
    assert keys["3,600"] == ("people", "", "evacuate", "count")


def test_a_toll_of_the_year_so_far_is_not_one_events():
    keys = keys_of("Skyfell has flown 380 missions so far this year and rescued 211 people. The helicopter rescued "
                   "five walkers on Saturday night.")
    assert keys["211"] != keys["five"]


def test_a_holder_named_by_its_name_is_its_own_doer():
    from factcheck.rules.examples import run_example
    from track_helpers import articles
    rule = rule_of("FC201")
    findings = run_example(rule, articles(
        ("Post", "2005-03-01", "Instead, GM swapped a 6% stake in itself for 20% of Fiat, and gave Fiat an option to sell "
                               "GM the rest of the car maker."),
        ("Wire", "2005-03-01", "The Agnelli family, which indirectly controls at least 30% of Fiat, has not said "
                               "whether it wants to sell.")))
    assert [f for f in findings if f.rule == "FC201"] == []


def test_a_toll_label_is_the_toll_whatever_the_clause_offers():
    keys = keys_of("Fourteen athletes were taken to hospital on Sunday. The families of the 17 hospitalized athletes "
                   "have been offered counseling.")
    assert keys["Fourteen"] == keys["17"] == ("athlete", "", "hospitalise", "count")


def test_a_size_told_again_of_the_things_named_before():
    assert fires_within("The three 114-metre towers were brought down with explosives on April 11. The towers, "
                        "standing 121 metres tall, had dominated the skyline for six decades.")
    assert not fires_within("The three 114-metre towers were brought down on April 11. A chimney nearby, standing "
                            "121 metres tall, survived.")


def test_visitors_an_event_drew_are_its_crowd():
    keys = keys_of("The show had drawn about 12,000 visitors on Saturday. The tent fell in front of a crowd of "
                   "some 8,000.")
    assert keys["about 12,000"] == keys["some 8,000"] == ("crowd", "", "", "count")


def test_a_titled_surname_is_the_one_person_the_article_names_in_full():
    keys = keys_of("Surgeons say surfer Liam Hartigan is lucky to be alive after the bite tore his thigh.\n\n"
                   "Mr Hartigan, 34, underwent four hours of surgery on Saturday.")
    assert keys["34"] == ("hartigan", "liam", "", "second")
    # an age set off after a name stands whatever its clause denies
    keys = keys_of("Officials could not say whether it was the shark that bit Liam Hartigan, 41, a carpenter.")
    assert keys["41"] == ("hartigan", "liam", "", "second")


def test_a_pronoun_in_a_quote_tells_no_sex_of_the_person_named():
    keys = keys_of('Trevor Ashby did not sleep the night before. "I kept checking she was still in one piece," he '
                   "said.\n\nMr Ashby, 63, from Little Marden, grew the heaviest pumpkin on record.")
    assert keys["63"] == ("ashby", "trevor", "", "second")
