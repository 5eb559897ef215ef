"""A rate told with 'every' or 'each', a part after 'including all', and a label that says which way a
length is measured (session 35). Each case is our own wording of a general pattern of news copy."""

from factcheck.extract.claims import extract_text
from factcheck.track.keys import rate_of

from track_helpers import fires_within


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
