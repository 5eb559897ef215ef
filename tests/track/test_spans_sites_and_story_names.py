"""Session 48, set 55's general patterns: one figure in two scales is no transposition ('half a metre' /
'50cm'); a tally up to a clock time and one over named days are two totals; staff told at two named sites, or at
one unnamed site of many, are not the same staff; a work's estimate is not its cost; a stretch is one of many;
a place an outlet is named after is a name of the story when the copy names it outside the outlet's name, and a
name in camel case is a name; 'put the outbreak at 74 confirmed cases' is the tally; an event's name is no place;
and the places of a tally brought to its figure are the latest deeds'. Our own wording; each case has its near
miss."""

from pathlib import Path

from factcheck.model import Article
from factcheck.pipeline import run_audit
from factcheck.rules.examples import run_example
from factcheck.track.evidence import same_digits, time_spans
from factcheck.track.places import story_signature
from track_helpers import articles, claims_by_text, keys_of, rule_of


def _cross(*reports: tuple[str, str, str], code: str = "FC201") -> list[str]:
    return [f.message for f in run_example(rule_of(code), articles(*reports))]


def test_one_figure_in_two_scales_is_no_transposition():
    half = claims_by_text("The pond was lowered by about half a metre.")["about half a metre"]
    cm = claims_by_text("The pond was lowered by about 50cm.")["about 50cm"]
    assert not same_digits(half, cm)
    assert same_digits(claims_by_text("It cost £4.6m.")["£4.6m"], claims_by_text("It cost £6.4m.")["£6.4m"])


def test_a_tally_to_a_clock_time_and_one_over_named_days_are_two_totals():
    assert time_spans(claims_by_text("By 3 p.m., nurses had given about 600 doses.")["about 600"]) == {"by 3pm"}
    assert time_spans(claims_by_text("Nurses gave 4,200 doses from Wednesday to Friday.")["4,200"]) == \
        time_spans(claims_by_text("Nurses gave 4,200 doses between Wednesday and Friday.")["4,200"]) == \
        {"between wednesday and friday"}
    first = ("PORT ALDER - Students queued for MMR shots at Coast Range University in Port Alder on Wednesday. By 3 "
             "p.m., nurses had given about 600 doses of vaccine.")
    later = ("PORT ALDER - Coast Range University in Port Alder said nurses gave 4,200 doses of vaccine at the campus "
             "clinics between Wednesday and Friday.")
    assert _cross(("Alder Signal", "2028-01-05", first), ("Shore Observer", "2028-01-08", later)) == []


SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "rules"


def _in_set(code: str, set_name: str, *files: str) -> list[str]:
    result = run_audit([SETS / set_name / "articles" / f for f in files], rules=[rule_of(code)])
    return [f.message for f in result.findings]


def test_staff_at_two_named_sites_or_one_unnamed_site_are_not_one_staff():
    """Set 55: 'At Ballinacree University Hospital, where about 2,900 people work' / 'At Corrib Valley General
    Hospital, where about 1,700 people work' / 'for one hospital, with 1,150 staff'."""
    assert _in_set("FC201", "heldout55", "payroll-01-ballinacree-nationalist.md", "payroll-02-corrib-valley-leader.md") == []
    assert _in_set("FC201", "heldout55", "payroll-02-corrib-valley-leader.md", "payroll-03-ballinacree-nationalist.md") == []


def test_an_estimate_is_not_the_works_cost():
    """Set 55: 'We were sold a £1.2m project and ended up paying nearly £3m' / 'The £2.9m restoration'."""
    assert _in_set("FC201", "heldout55", "clocktower-02-thorncastle-post.md", "stackline-01-stackline.md") == []


def test_two_stretches_of_one_road_are_two_things():
    """Set 55: 'closed a 3km stretch between Glenhollin and Kilbrannan' / 'after a 200-metre stretch of its surface
    was washed away'."""
    assert _in_set("FC201", "heldout55", "beaver-01-glenhollin-gazette.md", "beaver-04-glenhollin-gazette.md") == []


def test_a_place_an_outlet_is_named_after_names_the_story_when_the_copy_names_it():
    text = "Police in Rajnagar arrested two more men on Friday. Rajnagar police said the gang had fled to Goa."
    about, _ = story_signature(Article(id="a", path="a", text=text, source="Rajnagar Evening Mirror"))
    assert "rajnagar" in about
    text = "The Mirror has learned that police arrested two more men. The Mirror understands the gang fled to Goa."
    about, _ = story_signature(Article(id="a", path="a", text=text, source="Rajnagar Evening Mirror"))
    assert "mirror" not in about and "rajnagar" not in about


def test_a_name_in_camel_case_is_a_name():
    about, _ = story_signature(Article(id="a", path="a", text="PayCore failed again. Staff blame PayCore.", title=""))
    assert "paycore" in about


def test_an_outbreak_put_at_a_count_of_cases_is_its_tally():
    assert keys_of("The Tuesday update put the outbreak at 74 confirmed cases.")["74"] == ("people", "", "infect", "count")


def test_an_events_name_is_no_place_and_a_tally_brought_to_is_not_placed_by_its_latest_deeds():
    first = ("TARRANT BAY - Nineteen people were injured when lightning struck Marrabool Beach near Tarrant Bay on "
             "Saturday, NSW Ambulance said.")
    later = ("TARRANT BAY - Mr Pollard was one of 16 people injured in the strike at the Far North Coast Branch "
             "Championships near Tarrant Bay.")
    found = _cross(("Advocate", "2028-01-09", first), ("Advocate", "2028-01-12", later), code="FC203")
    assert len(found) == 1 and "Nineteen" in found[0] and "16" in found[0]
    first = ("RAJNAGAR - Three more members of the gang were picked up from a guest house in north Goa on Thursday, "
             "taking the number of arrests in the Rajnagar skimming case to nine, police said.")
    later = "RAJNAGAR - Police in Rajnagar say seven people have now been arrested over the skimming case."
    found = _cross(("Mirror", "2028-01-07", first), ("Pagefold", "2028-01-09", later), code="FC203")
    assert len(found) == 1 and "nine" in found[0] and "seven" in found[0]


def test_a_general_truth_is_no_figure_of_the_story_but_a_set_that_will_be_cut_is():
    text = '"Half an inch of ice can add hundreds of pounds to a single span of line," the utility said.'
    assert keys_of(text)["Half an inch"] is None
    assert keys_of("About 1,200 of the staff will lose their jobs at the plant.")["About 1,200"] is not None
    assert keys_of("Half an inch of ice fell on the town overnight.")["Half an inch"] is not None


def test_an_events_name_is_no_place_but_a_town_named_like_one_is():
    from factcheck.track.places import _EVENT_NAME
    assert _EVENT_NAME.search("the far north coast branch championships") and _EVENT_NAME.search("epsom derby")
    assert not _EVENT_NAME.search("derby") and not _EVENT_NAME.search("cup")
