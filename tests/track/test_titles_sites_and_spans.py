"""Tracking, readings of set 45's copy in general form: a title before a surname; a site NER calls
an organisation, placed by 'on'; common-noun doers of one kind across outlets; an unnamed person's
age named again by a label; a generic noun naming a size set off after its thing; people on duty;
an area of a place that burned; new cases since a day; a span of nights; a date the main clause
gives a relative clause's figure; a street's ordinal; a custody's holder; a set a clause defines."""

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

from track_helpers import articles, claims_by_text, fires_within, keys_of

FC201 = next(r for r in load_rules() if r.code == "FC201")


def conflicts(*items) -> list:
    return [f for f in run_example(FC201, articles(*items)) if f.rule == "FC201"]


def test_a_title_names_the_one_bearer_named_in_full():
    assert fires_within("Among those in hospital is Darren Coote, 46, the kite handler who was lifted by the gust.\n\n"
                        "Organisers said the festival would go ahead.\n\nMr Coote, 64, is lucky to be alive, his doctor said.")
    # a 'Mrs' and a 'Mr' of one surname are two people, and so is a 'Mrs' after a man named in full
    assert not fires_within("Mrs Pocock, 67, said it was awful.\n\nThe ship sailed on.\n\nMr Pocock, 70, said it was "
                            "hard to enjoy after that.")
    assert not fires_within("Alan Pocock, 67, said he was shaken.\n\nThe ship sailed on.\n\nMrs Pocock, 70, said it "
                            "was hard to enjoy after that.")


def test_a_site_on_a_street_is_in_that_street():
    assert fires_within("The final 18 flats at Foxglove Court, a 14-storey council-built block, were emptied by 6pm "
                        "on Monday.\n\nResidents are in six hotels.\n\n*Caption: Foxglove Court on Tanner Street, "
                        "the 16-storey block evacuated over the weekend*")


def test_an_unnamed_persons_age_is_named_again_in_its_paragraph():
    assert fires_within("Police say a 19-year-old man was arrested on Tuesday on suspicion of fire-raising. "
                        "Investigators are looking at a barbecue found near the track. The 23-year-old has not been named.")
    assert not fires_within("Police say a 19-year-old man was arrested on Tuesday on suspicion of fire-raising.\n\n"
                            "Investigators are looking at a barbecue found near the track. The 23-year-old has not "
                            "been named.")  # (another paragraph: someone else may be meant)


def test_a_generic_noun_names_a_size_set_off_after_its_thing():
    assert fires_within("The stand, about six metres high, was built to hold 1,600 people.\n\n"
                        "Witnesses said the top three rows of the 11-metre structure appeared to be full.")
    assert not fires_within("The stand, about six metres high, was built to hold 1,600 people.\n\n"
                            "Witnesses said the top three rows of the six-metre structure appeared to be full.")


def test_people_on_duty_are_one_count_however_told():
    keys = keys_of("14 guards were on duty that night. Dravenian media reported that only nine guards were on duty.")
    assert keys["14"] == keys["nine"] == ("guard", "", "present", "count")


def test_an_area_of_a_place_that_burned_is_not_its_size():
    keys = keys_of("Haldane Moss covers about 4,700 hectares. About 2,400 hectares (5,900 acres) of Haldane Moss had "
                   "burned since Sunday.")
    assert keys["about 4,700 hectares"][2] == ""
    assert keys["About 2,400 hectares"][2] == "burn"


def test_new_cases_since_a_day_are_no_total():
    keys = keys_of("The county reported 101 cases on Thursday. Only two new cases have been confirmed since Thursday.")
    assert keys["two"] is None and keys["101"] is not None


def test_nights_are_a_span_of_time():
    claims = claims_by_text("The market drew 22,000 visitors over two nights, according to organizers.")
    assert claims["two nights"].dimension == "time" and "over two" not in claims


def test_a_relative_clauses_figure_takes_the_main_clauses_date():
    claims = claims_by_text("The two-night market, which drew 16,000 visitors, was held on March 19 and 20.")
    assert "March 19 and 20" in claims["16,000"].dates
    # not a deed done before the main clause's ('had killed'), nor the date a thing was said
    assert claims_by_text("The tigress that had killed four people was tranquillised on Tuesday.")["four"].dates == []
    assert claims_by_text("The firm, which employs 300 people, said on Monday it would close.")["300"].dates == []
    assert claims_by_text("The terminal where two workers died partly reopened on Tuesday.")["two"].dates == []


def test_a_custody_belongs_to_the_person_named_last_before_it():
    assert not conflicts(
        ("Nilgara Dispatch", "2027-03-29", "An escapee has been identified as Vikram Sethi, 34, who was serving an "
                                           "eight-year sentence for visa fraud at Korvel Prison."),
        ("Pinecrest Observer", "2027-03-31", "Six escapees from Korvel Prison remain at large, among them Cody Raines, "
                                             "29, an American serving an 11-year drug sentence."))


def test_a_set_a_clause_defines_is_not_the_holders_whole():
    assert not fires_within("All 48 pupils who were on the trip are now home.\n\n"
                            "The school's 1,240 pupils were told at assembly that counselling would continue.")


def test_people_thought_to_have_done_something_are_counted_by_the_verb():
    claims = claims_by_text("Police have arrested 12 people suspected of helping the inmates escape.")
    assert claims["12"].predicate == "arrest" and not claims["12"].hedged
    assert claims_by_text("Of the 141 people sickened, 38 were hospitalized.")["141"].predicate == "sicken"
