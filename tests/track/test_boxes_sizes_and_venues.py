"""Tracking, readings of copy in general form: a fact-box entry restates the one body figure of its
subject whatever verb the body gives it; a venue 'which holds 55,000' gives its capacity; a count
hyphened to one thing's parts is a lasting property of it across reports; the lift is the
elevator."""

from track_helpers import articles, fires_within, keys_of, rule_of

from factcheck.rules.examples import run_example


def test_a_fact_box_entry_restates_the_body_figure_of_its_subject():
    assert fires_within("The hospital offers a $10,000 signing bonus to nurses who join this year, officials said.\n\n"
                        "- Signing bonus: $15,000\n- Nurses needed: 120")
    assert fires_within("All 221 employees were paid in full on Friday, the owner said.\n\n- Staff: 212\n- Pools: 6")
    assert not fires_within("The hospital offers a $10,000 signing bonus to nurses who join this year, officials "
                            "said.\n\n- Signing bonus: $10,000\n- Nurses needed: 120")


def test_a_fact_box_entry_is_left_alone_when_the_body_gives_two_figures():
    assert not fires_within("The plant powers about 40,000 homes now and will power 60,000 by 2030.\n\n"
                            "- Homes powered: 60,000")


def test_an_entry_that_narrows_or_tells_its_own_deed_is_its_own_figure():
    assert not fires_within("The council has moved 46 households into rented homes and hotels.\n\n- Homes destroyed: 9")
    # a sentence cut by a colon is no fact box
    assert not fires_within("The rescue ended on Thursday, 91 hours after a seismic event trapped 31 men.\n\n"
                            "Five men died: two employees and three contractors.")


def test_a_venue_that_holds_a_figure_gives_its_capacity():
    keys = keys_of("The crowd of 52,000 had packed into the stadium, which holds 55,000 for concerts. The 68,000-seat "
                   "stadium opened in 1994.")
    assert keys["55,000"] == keys["68,000-seat"] == ("capacity", "", "", "count")
    assert keys["52,000"] == ("crowd", "", "", "count")


def _fc201(*items):
    rule = rule_of("FC201")
    return [f for f in run_example(rule, articles(*items)) if f.rule == "FC201"]


def test_a_hyphened_count_of_one_things_parts_holds_across_reports():
    first = ("Norovirus has closed four wards at Ashcombe General, and Dr Helen Oduya asked visitors to stay away. "
             "Pressure on the 540-bed hospital was already high, she said. Ashcombe General has 90 cleaners, Oduya said.")
    second = ("Ashcombe General, the {} hospital, has closed its doors to visitors. Dr Helen Oduya said Ashcombe General "
              "would reopen when Oduya's team saw no new cases.")
    assert _fc201(("Ashcombe Clarion", "2027-05-02", first), ("Fenwright Ledger", "2027-05-06", second.format("720-bed")))
    assert not _fc201(("Ashcombe Clarion", "2027-05-02", first), ("Fenwright Ledger", "2027-05-06", second.format("540-bed")))


def test_the_lift_and_the_elevator_are_one_doer():
    assert _fc201(("Thornbury Evening Post", "2027-04-16", "Nine people were hurt at the Grandison Hotel in Thornbury "
                   "when the lift fell about 11 floors before its brakes stopped it."),
                  ("Halcyon Wire", "2027-04-17", "Investigators in Thornbury began dismantling the Grandison Hotel "
                   "elevator that plunged seven floors on Thursday night."))
