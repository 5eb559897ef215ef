"""Session 49, running totals from set 56 in general form: a count that opens a list after a colon leaves the
count's own sentence total standing ('Four people have now been arrested in the case: two men ... and two women');
an outbreak that 'affected' people infected them; things seized in one case are a running total. Our own
wording; each case has its near miss."""

from factcheck.rules.examples import run_example
from factcheck.track.facts import _is_part
from factcheck.track.keys import fact_key
from track_helpers import articles, claims_by_text, rule_of


def _fall(*reports: tuple[str, str, str]) -> list[str]:
    return [f.message for f in run_example(rule_of("FC203"), articles(*reports))]


def _falls_only_when_lower(earlier: tuple[str, str, str], later: tuple[str, str, str], first: str, lower: str,
                           higher: str) -> None:
    """The later report's lower figure is one decrease citing both; the same report with a higher one is none."""
    found = _fall(earlier, later)
    assert len(found) == 1 and first in found[0] and lower in found[0]
    assert _fall(earlier, (later[0], later[1], later[2].replace(lower, higher))) == []


def test_a_count_that_opens_a_list_after_a_colon_is_its_part():
    claims = claims_by_text("Five people have now been arrested in the case: three men, aged 54, 27 and 22, and two "
                            "women, aged 49 and 31.")
    assert _is_part(claims["three"]) and not _is_part(claims["Five"])
    assert not _is_part(claims_by_text("In 2019: 14 people died on the road.")["14"])


def test_a_count_before_its_list_is_a_tally_of_the_case():
    earlier = ("Harbour Post", "2027-05-04", "Four people have now been arrested over the Brynmawr dog farm near "
                                             "Llanferran: two men, aged 50 and 33, and two women, aged 47 and 29.")
    later = ("Northern Ledger", "2027-05-07", "Police said three people had now been arrested over the Brynmawr dog "
                                              "farm near Llanferran.")
    _falls_only_when_lower(earlier, later, "Four", "three", "five")


def test_an_outbreak_that_affected_people_infected_them():
    affected = claims_by_text("The outbreak, which has now affected 29 people in the Kelby area, is the largest yet.")["29"]
    assert fact_key(affected, affected.subject_modifiers)[2] == "infect"
    storm = claims_by_text("The storm, which has now affected 29 homes in the Kelby area, is the worst yet.")["29"]
    assert fact_key(storm, storm.subject_modifiers)[2] != "infect"


def test_things_seized_in_one_case_are_a_running_total():
    earlier = ("Harbour Post", "2027-04-06", "Nine more dogs were found at a suspected puppy farm near Llanferran on "
                                             "Monday, bringing the number seized to 71, police said.")
    later = ("Northern Ledger", "2027-04-12", "The 64 dogs seized from the suspected puppy farm near Llanferran are in "
                                              "the care of an animal charity.")
    _falls_only_when_lower(earlier, later, "71", "64", "78")
