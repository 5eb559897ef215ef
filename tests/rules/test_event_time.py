"""FC206/FC207: one incident given two clock times (session 36)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.rules.checks.event_time import TimeOfIncident, _apart
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

RULES = {r.code: r for r in load_rules()}


def _fires(code: str, *texts: str) -> list[str]:
    articles = [{"source": f"Outlet {i}", "published": "2027-01-28", "title": "Kalyanpet collapse in Chowk Bazaar",
                 "text": text} for i, text in enumerate(texts)]
    return [f.message for f in run_example(RULES[code], {"articles": articles})]


def _at(low: float, high: float) -> TimeOfIncident:
    return TimeOfIncident(None, "collapse", low, high, "", None)


@settings(max_examples=50, deadline=None)
@example(start=1.5e-16, width=0.0, shift=-6e-16)  # (wraps to 24.0: one time, not two)
@given(st.floats(min_value=0, max_value=23.9), st.floats(min_value=0, max_value=2), st.floats(min_value=-3, max_value=3))
def test_readings_that_overlap_on_the_clock_are_never_apart(start, width, shift):
    a = _at(start, start + width)
    b = _at((start + shift) % 24, (start + shift) % 24 + width)
    assert _apart(a, b) == _apart(b, a)
    if abs(shift) <= width:
        assert not _apart(a, b)


def test_times_across_midnight_are_compared_on_the_clock():
    assert not _apart(_at(23.5, 23.9), _at(23.85, 24.2))
    assert not _apart(_at(23.5, 23.9), _at(-0.2, 0.2))  # (shortly before midnight / about midnight)
    assert _apart(_at(23.5, 23.9), _at(1.0, 1.5))


def test_an_incident_told_at_two_times_in_one_article():
    assert _fires("FC206", "The building collapsed at about 7:15 p.m. on Wednesday. Witnesses said it came down "
                           "shortly after 4pm on Wednesday.")
    assert not _fires("FC206", "The building collapsed at about 7:15 p.m. on Wednesday. Witnesses said it came down "
                               "shortly after 7pm on Wednesday.")


def test_two_weekdays_a_conversion_and_a_deadline_are_left_alone():
    assert not _fires("FC206", "The first block collapsed at 7.15pm on Wednesday. A second collapsed at 4pm on Thursday.")
    assert not _fires("FC206", "The building collapsed at about 7:15 p.m. (1345 GMT) on Wednesday.")
    assert not _fires("FC206", "The building collapsed at about 7:15 p.m. Crews said the search would go on until 4pm.")


def test_two_reports_of_one_story():
    lead = "A four-storey building in Kalyanpet's Chowk Bazaar collapsed at about 7:15 p.m. on Wednesday."
    assert _fires("FC207", lead, "Shri Laxmi Arcade in Kalyanpet's Chowk Bazaar came down shortly after 4pm on Wednesday.")
    assert not _fires("FC207", lead, "Shri Laxmi Arcade in Kalyanpet's Chowk Bazaar came down shortly after 7pm on Wednesday.")
