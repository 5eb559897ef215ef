"""Tracking, one article naming a figure again in other words: a petition's tally told twice on one
day; a speed limit told by its verb, then named with 'the' before its noun; a size set off after
its noun; a capacity told by a verb, then hyphened to the noun of its sentence; and the size of a
thing the copy calls by its name, wherever the sentence puts it; an age label with a noun naming the one
person brought in by an age and that noun; and, left alone, a label of a figure the copy gave after
"with", and a figure told as one side's in a dispute."""

from track_helpers import fires_within


def test_a_petitions_tally_told_twice_on_one_day_is_one_fact():
    assert fires_within("The petition against the mast has 1,870 signatures, organisers said on Monday. "
                        "\"Nearly 3,000 people have signed our petition,\" the group's chairman said.")


def test_a_petitions_goal_is_not_its_tally():
    assert not fires_within("The petition against the mast has 1,870 signatures, organisers said on Monday. "
                            "Petitions that reach 3,000 signatures must be debated by the full council.")


def test_a_limit_told_by_its_verb_is_named_again_by_the_limit():
    assert fires_within("Drivers will be limited to 50mph inside the new tunnel, the agency said. "
                        "Average-speed cameras will enforce the 40mph limit throughout the tunnel.")


def test_a_measure_before_its_noun_at_the_start_of_a_sentence_names_its_thing():
    assert fires_within("A 50mph limit will apply inside the new tunnel. "
                        "Average-speed cameras will enforce the 40mph limit throughout the tunnel.")


def test_two_limits_told_by_their_verbs_leave_the_limit_unnamed():
    assert not fires_within("Lorries will be limited to 40mph inside the tunnel, and cars to 50mph. "
                            "Average-speed cameras will enforce the 40mph limit throughout the tunnel.")


def test_a_size_set_off_after_its_noun_is_the_things_size():
    assert fires_within("Investigators said the failure began near the middle of the 160-foot-wide roof, where "
                        "snow had drifted deepest. The roof, 220 feet across, was held up by 11 steel trusses.")


def test_a_capacity_told_by_a_verb_is_named_again_by_its_hyphened_noun():
    assert fires_within("The restored auditorium has 1,850 seats, the trust said. \"The 1,640-seat auditorium is "
                        "the finest in the north,\" its chief executive said.")


def test_a_capacity_hyphened_to_another_noun_is_another_venues():
    assert not fires_within("The old hall has 900 seats, the trust said. The 1,640-seat auditorium next door "
                            "opened in 2001.")


def test_a_named_things_size_is_one_wherever_it_goes():
    # (a guard: this short copy fires before the reading too; set 27's longer report needed it)
    assert fires_within("The 12-metre yacht Kittiwake, sailing from Port Anselm to Thornbury, was 11 miles "
                        "south-west of Saltcove Head when its skipper issued a mayday. Pictured: the crew bring "
                        "the 9-metre Kittiwake into Saltcove harbour last night.")


def test_two_unnamed_boats_in_two_places_are_two_boats():
    assert not fires_within("The 12-metre yacht, sailing from Port Anselm to Thornbury, was 11 miles south-west of "
                            "Saltcove Head when its skipper issued a mayday. Pictured: the crew bring a 9-metre "
                            "yacht into Saltcove harbour last night.")


def test_an_age_label_with_a_noun_names_the_one_person_brought_in_by_it():
    assert fires_within("Eight people have been admitted to hospital since the outbreak began, among them a 7-year-old "
                        "boy in Queensland, health departments said. The four-year-old boy in Queensland was improving "
                        "and expected to go home within days, a doctor said.")


def test_an_age_label_with_a_noun_names_no_one_when_two_fit():
    assert not fires_within("Eight people have been admitted to hospital, among them a 7-year-old boy in Queensland "
                            "and a 9-year-old boy in Victoria. The four-year-old boy in Queensland was improving, a "
                            "doctor said.")


def test_a_label_names_the_figure_told_after_with_whatever_the_verb():
    assert not fires_within("The book fair opens on Wednesday with 940 stalls, a record number. The Chilean pavilion "
                            "has 28 stalls and about 40 writers. Of the 940 stalls, 760 belong to Indian publishers.")


def test_a_figure_told_as_one_sides_in_a_dispute_is_not_the_figure_told_again():
    assert not fires_within("The Tessier centre has 212 controllers on its books, the guild said. AirNav North "
                            "disputed the guild's figures, saying the centre's 221 controllers were enough.")


def test_an_earlier_figure_that_agrees_with_a_label_leaves_it_unnamed():
    assert not fires_within("We started in 1979 with 54 stalls. The guild has also set aside 40 stalls for small "
                            "publishers. Of the 40 such stalls, 31 sold out their stock.")


def test_an_open_bound_that_agrees_with_a_label_does_not_leave_it_unnamed():
    assert fires_within("At least 38 containers have fallen from the stranded ship, the coastguard said. The ship, "
                        "carrying 4,870 containers, ran aground on Thursday. Salvors said the 3,870 boxes on board "
                        "were now their priority.")
