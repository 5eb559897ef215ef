"""Session 51 (sets 60 and 61): an outbreak's cases told in other words are its running total, a toll
of another event told beside the story's is none of it, and an age label names the person given an
age however the copy described them. Our own wording, each with its near miss."""

from track_helpers import findings, keys_of


TOTAL = ("Record", "2028-06-08", "Three more cases of listeria linked to Drumlacken Foods of Ballyshane were confirmed "
                                 "yesterday, bringing the total to 17.")


def test_cases_an_outbreak_produced_are_its_tally():
    later = ("Leader", "2028-06-13", "The listeria outbreak linked to Drumlacken Foods has so far produced nine "
                                     "confirmed cases, according to the health agency in Ballyshane.")
    assert len(findings("FC203", TOTAL, later)) == 1
    risen = ("Leader", "2028-06-13", "The listeria outbreak linked to Drumlacken Foods has so far produced 21 "
                                     "confirmed cases, according to the health agency in Ballyshane.")
    assert findings("FC203", TOTAL, risen) == []


def test_the_number_of_people_infected_is_the_tally_in_either_name_of_the_country():
    keys = keys_of("The number of people infected in a U.S. outbreak linked to Brightwell eye drops has risen to 68 "
                   "in 16 states, officials said on Friday.", "2028-07-08")
    assert keys["68"][2] == "infect" and keys["16"][2] != "infect"
    earlier = ("Wire", "2028-07-08", "The number of people infected in a U.S. outbreak linked to Brightwell eye drops "
                                     "has risen to 68, officials at the Harlan Institute said on Friday.")
    later = ("Ledger", "2028-07-11", "The Brightwell eye drops outbreak has now been tied to 56 confirmed infections in "
                                     "the United States, the Harlan Institute said.")
    assert len(findings("FC203", earlier, later)) == 1


def test_a_separate_outbreaks_toll_is_not_the_storys():
    later = ("Gazette", "2028-07-07", "In the U.S., the number of people infected by Brightwell eye drops has risen to "
                                      "52, the Harlan Institute said.")
    separate = ("Ledger", "2028-07-05", "The Brightwell recall comes two years after a separate contamination outbreak "
                                       "tied to another brand of drops sickened 81 people in 18 states, the Harlan "
                                       "Institute said.")
    assert findings("FC203", separate, later) == []
    same = ("Ledger", "2028-07-05", "The Brightwell recall comes two days after the contamination outbreak tied to the "
                                   "drops sickened 81 people in 18 states, the Harlan Institute said.")
    assert len(findings("FC203", same, later)) == 1


def test_an_age_label_finds_a_person_described_after_an_owners_name():
    text = ("Renata Kowalczyk, 54, the utility's chief executive, put the cost of the repair at $3.8 million.\n\n"
            "\"We have a replacement pipe on site,\" said the 58-year-old executive.")
    assert len(findings("FC202", ("Herald", "2028-06-06", text))) == 1
    owned = text.replace("the utility's chief executive", "MDEC's chief executive")
    assert len(findings("FC202", ("Herald", "2028-06-06", owned))) == 1
    other = owned.replace("58-year-old executive", "58-year-old engineer")
    assert findings("FC202", ("Herald", "2028-06-06", other)) == []


def test_an_age_label_after_a_paragraph_that_calls_the_person_she():
    text = ("Among the patients is Denise Tremblay, 63, a retired secretary from Pembroke.\n\n"
            "\"By the third day my eye felt full of sand,\" she said. She spent 11 days in hospital.\n\n"
            "\"I'm trying to stay positive,\" said the 68-year-old, who has two grandchildren.")
    assert len(findings("FC202", ("Gazette", "2028-07-07", text))) == 1
    someone_else = text.replace("she said. She spent", "said her neighbour, John Pike. She spent")
    assert findings("FC202", ("Gazette", "2028-07-07", someone_else)) == []


def test_an_age_label_finds_a_person_by_their_title_and_an_accented_name():
    text = ("\"There was no way back to the runway,\" Capt. Marie-Claude Bérubé, 52, said on Tuesday. She was at the "
            "controls with First Officer Jason Whitlock, 33.\n\nThe 47-year-old captain grew up in Rimouski.")
    assert len(findings("FC202", ("Gazette", "2028-07-09", text))) == 1
    agreeing = text.replace("47-year-old captain", "52-year-old captain")
    assert findings("FC202", ("Gazette", "2028-07-09", agreeing)) == []
