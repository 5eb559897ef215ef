"""Session 50 (FC203): people bitten or stung are a running total, and each later report that undercuts the
total is a finding of its own (a wire story and a round-up brief that both give old figures are two slips).
Our own wording, with the near miss: a rising tally raises nothing."""

from factcheck.rules.examples import run_example
from track_helpers import articles, rule_of

FIRST = ("Herald", "2028-04-02", "At least 64 people have been bitten by monkeys in Kelmor since March 23, the "
                                 "district hospital said.")
RISEN = ("Herald", "2028-04-05", "Ninety-three people have now been bitten by monkeys in Kelmor since March 23, the "
                                 "hospital said.")


def _decreases(*reports) -> list[str]:
    return [f.message for f in run_example(rule_of("FC203"), articles(*reports))]


def test_each_later_report_that_undercuts_the_total_is_a_finding():
    found = _decreases(FIRST, RISEN,
                       ("Tribune", "2028-04-08", "Seventy-two people have been bitten by monkeys in Kelmor since March "
                                                 "23, according to hospital figures."),
                       ("Brief", "2028-04-08", "Hospital figures show 58 people have been bitten by monkeys in Kelmor "
                                               "since March 23."))
    assert len(found) == 2
    assert any("Seventy-two" in m for m in found) and any("58" in m for m in found)


def test_a_rising_tally_of_bites_raises_nothing():
    assert _decreases(FIRST, RISEN) == []


def test_a_count_of_one_past_month_is_a_part_of_the_toll():
    total = ("Herald", "2026-11-29", "Floods killed three more people in Corrachan on Saturday, bringing the death toll "
                                     "to 17, the council said.")
    month = ("Ledger", "2026-12-02", "Floods killed 15 people in Corrachan in October, the council said.")
    assert _decreases(total, month) == []


def test_new_cases_in_the_past_week_are_added_to_the_tally_not_the_tally():
    from track_helpers import keys_of
    keys = keys_of("The outbreak is coming under control, with only three new cases confirmed in the past week.")
    assert keys["three"] is None
    assert keys_of("Three new cases were confirmed, bringing the total to 61.")["61"] is not None


def test_a_tally_told_now_in_the_perfect_is_no_state_of_the_day():
    from factcheck.track.facts import _left_on_the_day
    from track_helpers import claims_by_text
    told = claims_by_text("The outbreak, which has now affected 49 people in five care homes, has put a spotlight "
                          "on agency staff.")["49"]
    left = claims_by_text("Two of the people injured in the storm remain in hospital.")["Two"]
    assert not _left_on_the_day(told) and _left_on_the_day(left)
