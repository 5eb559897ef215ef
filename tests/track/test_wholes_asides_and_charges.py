"""Tracking: a whole a part is counted out of, the earlier value of a change told with its worth,
the first few of a set, a part a generic noun does not name, and the sum of a charge across a week."""

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

from track_helpers import articles

RULES = {r.code: r for r in load_rules()}


def test_the_whole_of_a_part_is_not_what_the_part_befell():
    """'convicted on 12 of 14 counts': 14 counts were tried, 12 convicted; a later '12 counts' agrees
    (and 'convicted on Feb. 5 of 12 counts' counts no part out of 12)."""
    example = articles(
        ("Kestrel Newswire", "2027-02-08",
         "A jury on Friday convicted Voss, 61, on 12 of 14 counts after deliberating for about 11 hours."),
        ("Valley Tribune", "2027-02-16",
         "Voss was convicted on Feb. 5 of 12 counts, including bribery and money laundering, for taking $312,000 "
         "from Tri-County Asphalt & Grading owner Martin Kreel."),
    )
    assert not run_example(RULES["FC201"], example)


def test_two_wholes_of_one_article_are_two_sets():
    example = articles(
        ("Kestrel Newswire", "2027-02-08",
         "Inspectors have visited 48 of the 212 county schools built before 1985. "
         "Six of the 11 schools with asbestos have been closed."),
    )
    assert not run_example(RULES["FC202"], example)


def test_a_part_counted_out_of_a_whole_is_not_named_by_a_label():
    example = articles(
        ("Kestrel Newswire", "2027-02-08",
         "Nine of the 20 hydrogen buses in the trial were off the road on Wednesday. "
         "Aberlow, about 90 miles north, mothballed its 12 hydrogen buses in 2024."),
    )
    assert not run_example(RULES["FC202"], example)


def test_the_earlier_value_of_a_change_told_with_its_worth_is_not_todays():
    example = articles(
        ("Valley Tribune", "2027-02-10",
         "Over the same period, Tri-County Asphalt & Grading won 19 county contracts worth $27.4 million, up from "
         "four contracts worth $3.1 million in the previous four years."),
        ("Ledger-Dispatch", "2027-02-12",
         "The contracts, worth a combined $4.6 million, cover resurfacing on 14 Pembury streets, including the "
         "reconstruction of Canal Street in 2021."),
    )
    assert not run_example(RULES["FC201"], example)


def test_the_first_few_of_a_set_are_a_part():
    example = articles(
        ("Carrowmore Standard", "2027-02-07",
         "Winger Darragh Kinsella scored Clonmara's first two tries, in the 24th and 51st minutes. "
         "Ruddock converted all three tries and kicked two penalties."),
    )
    assert not run_example(RULES["FC202"], example)


def test_a_generic_noun_of_the_whole_does_not_name_a_share_of_it():
    example = articles(
        ("Valley Tribune", "2027-02-12",
         "The state Senate voted on Thursday to approve the state's $109 million share of the seawall in Port Calder. "
         "The rest of the $438 million project is being paid for by the federal government."),
    )
    assert not run_example(RULES["FC202"], example)


def test_the_sum_of_a_charge_holds_from_one_weeks_report_to_the_next():
    """Six days apart, two sums for the bribes a jury convicted one man of taking conflict; the firm
    named before 'owner' is no place ('Tri-County owner Martin Kreel')."""
    example = articles(
        ("Valley Tribune", "2027-02-06",
         "A federal jury on Friday found Harlow County Commissioner Gerald Voss guilty of taking $312,000 in cash "
         "bribes from a paving contractor."),
        ("Ledger-Dispatch", "2027-02-12",
         "A federal jury last Friday convicted Harlow County Commissioner Gerald Voss of accepting $284,000 in cash "
         "bribes from Tri-County owner Martin Kreel between 2019 and 2022. Tri-County Asphalt & Grading won "
         "19 contracts."),
    )
    assert run_example(RULES["FC201"], example)
    agreeing = articles(
        ("Valley Tribune", "2027-02-06",
         "A federal jury on Friday found Harlow County Commissioner Gerald Voss guilty of taking $312,000 in cash "
         "bribes from a paving contractor."),
        ("Ledger-Dispatch", "2027-02-12",
         "A federal jury last Friday convicted Harlow County Commissioner Gerald Voss of accepting $312,000 in cash "
         "bribes from Tri-County owner Martin Kreel between 2019 and 2022. Tri-County Asphalt & Grading won "
         "19 contracts."),
    )
    assert not run_example(RULES["FC201"], agreeing)


def test_a_tally_brought_to_a_figure_of_people_charged_is_a_running_total():
    from factcheck.model import Article
    from factcheck.pipeline import extract_all

    text = ("Prosecutors on Monday charged a former purchasing director, bringing to five the number of "
            "people charged in the investigation.")
    claims = extract_all([Article(id="a", path="a", text=text, published="2027-02-08")])
    assert [c.predicate for c in claims if c.text == "five"] == ["charge"]


def test_a_toll_named_back_after_who_said_it():
    example = articles(
        ("Kestrel Newswire", "2027-02-08",
         "The number of people killed by the typhoon rose to 67 on Monday. Council spokeswoman Rowena Dacanay "
         "said the dead included 73 people swept away by the storm surge."),
    )
    assert run_example(RULES["FC302"], example)
