"""A rate told with 'every' or 'each', a part after 'including all', a payment to a toll's people, a
course named again as its layout, and a label that says which way a length is measured (session 35).
Each case is our own wording of a general pattern of news copy."""

from factcheck.extract.claims import extract_text
from factcheck.track.keys import compensated, rate_of

from track_helpers import fires_within, keys_of


def test_every_week_is_the_rate_a_week_and_each_alone_is_per_item():
    weekly = extract_text("The service needs 4,200 donations every week, and about 3,000 donations a week in summer.")
    assert {c.text: rate_of(c) for c in weekly} == {"4,200": "a week", "about 3,000": "a week"}
    [each] = extract_text("Tickets cost $5 each.")
    assert rate_of(each) == "each"
    [total] = extract_text("The service collected 4,200 donations last week.")
    assert rate_of(total) == ""


def test_a_part_after_including_all_is_not_another_count_of_the_whole():
    text = ("Harker Group has bought 30 stores out of administration, but the future of 17 other branches, "
            "including {} four in Ireland, remains uncertain. Together with the 21 stores already being closed, "
            "the deal accounts for 51 of the chain's 68 shops.")
    assert not fires_within(text.format("all"))
    assert not fires_within(text.format("the"))


def test_a_label_told_as_high_does_not_name_a_length_told_as_long():
    assert not fires_within("The chamber is about 95 metres long, the team said. Reaching the 55-metre-high "
                            "chamber takes five hours from the entrance.")
    assert fires_within("The chamber is about 40 metres high, the team said. Reaching the 55-metre-high "
                        "chamber takes five hours from the entrance.")


def test_a_sum_for_each_of_a_tolls_people_is_one_payment_whatever_it_is_called():
    keys = keys_of("The Chief Minister announced Rs 5 lakh for the families of each of the deceased and "
                   "Rs 50,000 for each injured person. Officials said the Rs 4 lakh ex gratia for the next of kin "
                   "of each deceased would be paid within a week.")
    assert keys["Rs 5 lakh"] == keys["Rs 4 lakh"] == ("compensation", "deceased", "", "INR")
    [injured] = [c for c in extract_text("The state will pay Rs 50,000 to each injured person.") if c.text == "Rs 50,000"]
    assert compensated(injured) == "injured"
    # a sum for something else is no payment to a toll's people
    assert keys_of("The council spent Rs 5 lakh on repairs to the hall.")["Rs 5 lakh"][0] != "compensation"


def test_a_golf_course_named_again_as_the_layout_is_one_course():
    assert fires_within("The course stretches 7,080 yards this year, the organisers said. Players praised the "
                        "7,180-yard layout after practice on Tuesday.")
    assert not fires_within("The course stretches 7,080 yards this year, the organisers said. Players praised the "
                            "7,080-yard layout after practice on Tuesday.")
