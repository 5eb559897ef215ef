"""FC208: two reports of one story giving two years for one founding or opening (session 48)."""

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

RULES = {r.code: r for r in load_rules()}


def _fires(*texts: str, titles: tuple[str, ...] = ()) -> list[str]:
    titles = titles or tuple("Brackenfold Arcade in Hollin Vale shut after roof falls in" for _ in texts)
    articles = [{"source": f"Outlet {i}", "published": f"2027-05-0{i + 1}", "title": title, "text": text}
                for i, (title, text) in enumerate(zip(titles, texts))]
    return [f.message for f in run_example(RULES["FC208"], {"articles": articles})]


LEAD = ("Part of the roof of the Brackenfold Arcade in Hollin Vale gave way on Sunday. "
        "The arcade, which opened in 1996, holds 38 shops.")


@pytest.mark.parametrize("second", [
    "Shops at the Brackenfold Arcade in Hollin Vale stayed shut on Monday. The arcade, which opened in 2003, is owned by a pension fund.",
    "The Brackenfold Arcade in Hollin Vale was still closed. The arcade first opened its doors in 2003.",
    "Hollin Vale's Brackenfold Arcade stayed shut. Since the arcade's opening in 2003 it has been owned by a pension fund.",
])
def test_two_opening_years_of_one_holder_in_two_reports(second):
    messages = _fires(LEAD, second)
    assert len(messages) == 1 and "1996 and 2003" in messages[0] and "arcade was opened" in messages[0]


@pytest.mark.parametrize("second", [
    # the same year
    "Shops at the Brackenfold Arcade in Hollin Vale stayed shut on Monday. The arcade, which opened in 1996, is owned by a pension fund.",
    # a founding is not an opening
    "Shops at the Brackenfold Arcade in Hollin Vale stayed shut. The arcade's owners, Tallis Estates, were founded in 2003.",
    # another holder, set apart
    "Shops at the Brackenfold Arcade in Hollin Vale stayed shut. A rival arcade, which opened in 2003, is taking its tenants.",
    # a reopening is not the opening
    "Shops at the Brackenfold Arcade in Hollin Vale stayed shut. The arcade reopened in 2003 after a fire.",
])
def test_near_misses_across_reports_are_left(second):
    assert _fires(LEAD, second) == []


def test_one_holder_word_in_two_stories_is_left():
    other = ("The Dunlarig Arcade in Westmere was sold on Monday. The arcade, which opened in 2003, holds 20 shops.")
    assert _fires(LEAD, other, titles=("Brackenfold Arcade in Hollin Vale shut after roof falls in",
                                       "Dunlarig Arcade in Westmere sold")) == []


def test_two_years_in_one_article_are_for_fc408_not_fc208():
    assert _fires(LEAD + " Since the arcade opened in 2003, footfall has halved.") == []


def test_a_holder_narrowed_otherwise_is_another():
    """'The press, set up in 1996' / 'The government press, established in 1952': two presses."""
    first = ("Exam papers printed at a press in Tarnely leaked on Monday, the Tarnely Board said. "
             "The press, set up in 1996, prints the Board's papers.")
    second = ("The Tarnely Board will move its printing after Monday's leak. "
              "The government press, established in 1952, will print the Board's papers from March.")
    assert _fires(first, second, titles=("Tarnely Board exam papers leak", "Tarnely Board exam leak: printing moves")) == []
    assert _fires(first, second.replace("The government press, established in 1952",
                                        "The press, established in 1952"),
                  titles=("Tarnely Board exam papers leak", "Tarnely Board exam leak: printing moves"))


def test_a_holder_named_in_one_report_and_not_in_the_other_may_be_another():
    """Two reports of one crush, each telling of a temple in its own town."""
    first = ("Hundreds gathered at the Shree Vinayak Temple in Corrow on Sunday to remember those killed in the "
             "Varsha Ghat crush. The temple, which opened in 1992, raised £3,000.")
    second = ("Hindus in Ellerby gathered on Sunday to pray for the dead of the Varsha Ghat crush. "
              "The temple, which opened in 1986 in a converted chapel, raised £14,000.")
    titles = ("Corrow vigil for Varsha Ghat crush dead", "Ellerby prays for Varsha Ghat crush dead")
    assert _fires(first, second, titles=titles) == []
    assert _fires(first, second.replace("Hindus in Ellerby gathered", "Hindus gathered at the Shree Vinayak Temple"),
                  titles=titles)
