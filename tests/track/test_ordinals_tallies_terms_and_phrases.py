"""An arrest told by its rank in the case ('the fifth person held'), a tally whose noun the parser loses
('the number of tortoises that have died since the seizure has risen to 74'), a closure's length told by
its verb and then hyphened to its noun, and a name the parser hangs on a noun from outside its phrase.

Each case is our own wording of a general pattern of news copy; each has its near miss beside it."""

from pathlib import Path

import pytest

from factcheck.pipeline import run_audit
from track_helpers import claims_by_text, fires_within, keys_of, rule_of


@pytest.mark.parametrize("text, figure, deed", [
    ("Police arrested a 44-year-old man on Tuesday. He is the third person arrested in the investigation.",
     "third", "arrest"),
    ("A pet-shop owner was arrested on Monday. He is the fifth person held in the case.", "fifth", "arrest"),
])
def test_the_rank_of_an_arrest_in_its_case_is_the_tally_so_far(text, figure, deed):
    assert keys_of(text)[figure] == ("people", "", deed, "count")


def test_one_held_otherwise_is_no_tally():
    assert keys_of("Gunmen seized a bus driver on Monday. He was the second man held hostage this year.")["second"] is None


SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "rules"


def _running_in_set(set_name: str, *files: str) -> list[str]:
    """FC203's findings on some articles of an annotated set, read as the audit reads them."""
    result = run_audit([SETS / set_name / "articles" / f for f in files], rules=[rule_of("FC203")])
    return [f.message for f in result.findings]


def test_a_later_report_below_the_rank_of_an_arrest_is_a_decrease():
    """Set 53: 'He is the fifth person held in the case' on 10 November, 'three people have been arrested so
    far in the case' on the 14th; the report between ('two more arrested ..., taking the number of people
    arrested in the case to four', on the 6th) is an update the rank goes on from."""
    assert any("fifth" in m and "three" in m for m in _running_in_set(
        "heldout53", "tortoise-04-konkan-daybreak.md", "tortoise-05-gangapur-herald.md"))
    assert _running_in_set("heldout53", "tortoise-03-gangapur-herald.md", "tortoise-04-konkan-daybreak.md") == []


def test_a_tally_of_things_named_by_what_befell_them_keeps_its_noun_when_the_parse_loses_it():
    """'since the seizure has risen' is read by the small parser as a clause of its own, whose subject is
    'seizure'; the words before the figure still say what is counted and what befell it."""
    keys = keys_of("At the park, the number of tortoises that have died since the seizure has risen to 74.")
    assert keys["74"] == ("tortoise", "", "kill", "count")
    assert keys_of("The number of people who have died since the storm has risen to 12.")["12"] == \
        ("people", "", "kill", "count")


def test_a_closures_length_told_by_its_verb_is_the_closure_hyphened_later():
    text = ("The highway, which carries about 9,000 vehicles a day, was closed for 14 hours while crews cleared the "
            "wreckage. Officials said they would review fencing after the {} closure, which left motorists stranded.")
    assert keys_of(text.format("16-hour"))["14 hours"] == ("closure", "", "", "second")
    assert fires_within(text.format("16-hour"))
    assert not fires_within(text.format("14-hour"))


def test_another_closure_hyphened_later_is_not_the_one_told():
    assert not fires_within("The highway was closed for 14 hours on Friday. Last year a 16-hour closure of the bridge "
                            "caused chaos in the town.")


def test_a_name_before_the_nouns_determiner_is_no_part_of_its_phrase():
    """'told Latitude the company's 170 workers': the parser hangs the one told on 'workers'."""
    text = ("The company, which employs 140 staff, supplies its own brands. Managing director Craig Dunstall told "
            "Latitude the company's 170 workers were devastated by the findings.")
    assert claims_by_text(text)["170"].subject_modifiers == []
    assert fires_within(text)
    assert claims_by_text("The Harbour Line's 40 electric buses run every ten minutes.")["40"].subject_modifiers == \
        ["electric"]


def test_a_toll_is_not_dated_by_the_next_clause_of_its_sentence():
    """'Two men have been arrested, and one of them ... was charged Friday': Friday is the charge's day."""
    from factcheck.track.ties import _of_its_own_clause
    sentence = "Two men have been arrested, and one of them, a 29-year-old, was charged Friday in court."
    assert _of_its_own_clause(["Friday"], sentence, len("Two")) == []
    sentence = "Two men were arrested on Friday, and one of them was released on Sunday."
    assert _of_its_own_clause(["on Friday", "on Sunday"], sentence, len("Two")) == ["on Friday"]



def test_the_year_a_thing_was_made_does_not_date_a_toll():
    """'injured 12 when a 1934 Bentley left the road ... on 21 November': 1934 is the car's year, not the
    crash's; but a report's year dates what it found ('a 2015 report found 40 deaths')."""
    from factcheck.track.when import without_period_ends
    sentence = ("The crash killed two people and injured 12 when a 1934 Bentley left the road during the rally "
                "on 21 November.")
    assert without_period_ends(["1934", "21 November"], sentence, "injure", sentence.find("12")) == ["21 November"]
    for sentence in ("A 2015 report found that 40 deaths a year were linked to the junction.",
                     "A 2015 Ofsted report found that 40 deaths a year were linked to the junction."):
        assert without_period_ends(["2015"], sentence, "link", sentence.find("40")) == ["2015"]


@pytest.mark.parametrize("second, fires", [
    ("Engineers were sent to the substation, about 18 miles east of the city, within the hour.", True),
    # the same distance told again
    ("Engineers were sent to the substation, about 11 miles east of the city, within the hour.", False),
    # another substation, named otherwise
    ("Engineers were sent to the Elm Road substation, about 18 miles east of the city, within the hour.", False),
    # another way
    ("Engineers were sent to the substation, about 18 miles west of the city, within the hour.", False),
])
def test_two_distances_set_off_after_one_thing_and_pointing_one_way_are_where_it_lies(second, fires):
    """'the Kettering Ridge substation, 11 miles east of downtown' ... 'the substation, about 18 miles east of
    the city': one substation, told in two places of one article."""
    first = "The fault started at the Kettering Ridge substation, 11 miles east of downtown, the utility said. "
    assert fires_within(first + second) == fires


@pytest.mark.parametrize("term, fires", [("three-year", True), ("four-year", False)])
def test_a_place_the_thing_is_not_does_not_set_its_figure_apart(term, fires):
    """'a release clause that only applies to clubs outside Wales': Wales is where the clause does not
    reach, not where the deal is, so 'The three-year deal' is the 'four-year contract' told before."""
    text = (f"Rhys Calloway has passed his medical at Harbury Town and signed a four-year contract, ending two "
            f"seasons at Ellsworth Rovers. The {term} deal runs until June 2031 and includes a release clause that "
            f"only applies to clubs outside Wales.")
    assert fires_within(text) == fires
    # but outside a building is where it happened
    from factcheck.track.places import _not_where_it_happened
    assert _not_where_it_happened("England", "The clause only applies to clubs outside England.")
    assert not _not_where_it_happened("City Hall", "Police arrested 14 people outside City Hall during the meeting.")
