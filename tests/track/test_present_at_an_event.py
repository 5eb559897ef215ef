"""Session 49: how many were present at the moment of an event ('214 people were on the main court when it
collapsed') is told again in later reports of the week, as a toll is. Our own wording, with its near miss."""

from factcheck.rules.examples import run_example
from track_helpers import articles, rule_of


def _conflicts(*reports: tuple[str, str, str]) -> list[str]:
    return [f.message for f in run_example(rule_of("FC201"), articles(*reports))]


FIRST = ("County Herald", "2028-03-01", "A court collapsed at the Bounce Hall in Millbrook on Tuesday night. A total of "
                                        "142 people were on the main court at the time, the Bounce Hall in Millbrook said.")


def test_those_present_at_the_event_in_two_reports_of_its_week():
    later = ("County Herald", "2028-03-04", "An inspector's report found that 214 people were on the main court at the "
                                            "Bounce Hall in Millbrook when it collapsed.")
    found = _conflicts(FIRST, later)
    assert len(found) == 1 and "142" in found[0] and "214" in found[0]


def test_those_present_now_are_not_those_present_then():
    later = ("County Herald", "2028-03-04", "On Saturday 214 people were on the main court at the Bounce Hall in "
                                            "Millbrook as it reopened.")
    assert _conflicts(FIRST, later) == []
