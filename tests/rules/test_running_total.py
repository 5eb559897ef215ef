"""Running totals: a later higher toll is an update, a later lower definite one a decrease."""

import math

from factcheck.rules.checks.running_total import is_decrease, is_definite, is_update, quotes_old_figure
from rule_helpers import audit_of, claim

DATES = {"early": "2025-03-04", "late": "2025-03-05", "same": "2025-03-04"}


def toll(article, value, low=None, high=None, qualifier="", sentence="Fourteen people were killed."):
    low = value if low is None else low
    high = value if high is None else high
    return claim(sentence, sentence.split()[0], article=article, low=low, high=high, value=value,
                 qualifier=qualifier, kind="count", dimension="count", subject="people", predicate="kill")


def test_later_higher_figure_is_an_update_in_either_order():
    earlier, later = toll("early", 9), toll("late", 14)
    audit = audit_of([earlier, later], DATES)
    assert is_update(audit, earlier, later) and is_update(audit, later, earlier)
    assert not is_decrease(audit, earlier, later)


def test_later_lower_figure_than_definite_one_is_a_decrease():
    earlier, later = toll("early", 14), toll("late", 9)
    audit = audit_of([earlier, later], DATES)
    assert is_decrease(audit, earlier, later) and is_decrease(audit, later, earlier)
    assert not is_update(audit, earlier, later)


def test_bounds_are_not_definite():
    up_to = toll("early", 14, qualifier="up to")
    assert not is_definite(up_to)
    audit = audit_of([up_to, toll("late", 9)], DATES)
    assert not is_decrease(audit, up_to, audit.claims["late:1"])


def test_a_floor_the_toll_reached_is_undercut_by_a_lower_count():
    at_least = toll("early", 14, high=math.inf, qualifier="at least")
    assert not is_definite(at_least)
    audit = audit_of([at_least, toll("late", 9)], DATES)
    assert is_decrease(audit, at_least, audit.claims["late:1"])
    # a later floor does not undercut it: 'at least 9' may be more than 14
    later_floor = toll("late", 9, high=math.inf, qualifier="at least")
    audit = audit_of([at_least, later_floor], DATES)
    assert not is_decrease(audit, at_least, later_floor)


def test_same_day_or_undated_is_neither():
    a, b = toll("early", 14), toll("same", 9)
    audit = audit_of([a, b], DATES)
    assert not is_decrease(audit, a, b) and not is_update(audit, a, b)
    c = toll("undated", 9)
    audit = audit_of([a, c], DATES)
    assert not is_decrease(audit, a, c)


def test_a_later_sentence_about_the_past_is_not_a_decrease():
    earlier = toll("early", 14)
    later = toll("late", 9, sentence="Officials initially said nine people were killed.")
    audit = audit_of([earlier, later], DATES)
    assert not is_decrease(audit, earlier, later)
    assert quotes_old_figure(audit, earlier, later)


def _toll_in(article, value, sentence, text):
    return claim(sentence, text, article=article, low=value, high=value, value=value, kind="count",
                 dimension="count", subject="people", predicate="hurt")


def test_an_old_report_far_from_the_figure_is_not_the_figures():
    earlier = _toll_in("early", 7, "Seven people were injured when a car hit a pothole at Dunlin Cross.", "Seven")
    sentence = ("Friday's crash at Dunlin Cross, in which four people were hurt, happened when a driver swerved "
                "to avoid a pothole that residents say had been reported at least nine times.")
    later = _toll_in("late", 4, sentence, "four")
    audit = audit_of([earlier, later], DATES)
    assert is_decrease(audit, earlier, later) and not quotes_old_figure(audit, earlier, later)


def test_an_old_report_next_to_the_figure_is_the_figures():
    earlier = _toll_in("early", 7, "Seven people were injured when a car hit a pothole at Dunlin Cross.", "Seven")
    sentence = "Police had earlier said that four people were hurt in the crash at Dunlin Cross."
    later = _toll_in("late", 4, sentence, "four")
    audit = audit_of([earlier, later], DATES)
    assert not is_decrease(audit, earlier, later) and quotes_old_figure(audit, earlier, later)
