"""A relative clause the parser hangs over the figure's verb, a label that tells its deed in another
spelling, a sum set before a named thing in two reports, and a planned thing's height as designed.

Each case is our own wording of a general pattern of news copy; each has its near miss beside it."""

from pathlib import Path

import pytest

from factcheck.pipeline import run_audit
from factcheck.rules.examples import run_example
from track_helpers import articles, claims_by_text, fires_within, keys_of, rule_of


def test_a_relative_clause_read_as_the_verbs_governor_does_not_hedge_the_figure():
    """'worked in conditions I would not wish on anyone': the small parser makes 'worked' the object
    clause of 'wish', whose 'would' then hedged the firefighters. A clause told before its governor
    ends with a pause ('..., the council believes'); one that runs on into it is no governed clause."""
    claim = claims_by_text('"The 150 firefighters on duty overnight worked in conditions I would not wish on '
                           'anyone."')["150"]
    assert not claim.hedged and not claim.negated
    assert fires_within("About 120 firefighters fought the blaze for seven hours, the fire service said. \"The 150 "
                        "firefighters on duty overnight worked in conditions I would not wish on anyone.\"")


@pytest.mark.parametrize("text, figure", [
    ("About 300 homes were flooded, the council believes.", "About 300"),
    ("Nine people were killed, police could not confirm.", "Nine"),
])
def test_a_clause_told_before_its_governor_with_a_pause_is_still_hedged(text, figure):
    assert claims_by_text(text)[figure].hedged


def test_a_label_telling_the_deed_in_another_spelling_names_the_earlier_figure():
    """'the 17 hospitalized athletes' names the athletes 'taken to hospital' before (the deed's class is
    'hospitalise', whatever the spelling or the words that told it)."""
    assert fires_within("Fourteen athletes were taken to hospital with heat illness after the race on Sunday. "
                        "The families of the 17 hospitalized athletes have been offered counselling.")


@pytest.mark.parametrize("text", [
    # a label narrowed by another deed names another set
    "Fourteen athletes were taken to hospital with heat illness after the race on Sunday. The families of the "
    "17 injured athletes have been offered counselling.",
    # the same count, told again
    "Fourteen athletes were taken to hospital with heat illness after the race on Sunday. The families of the "
    "14 hospitalized athletes have been offered counselling.",
])
def test_a_label_of_another_deed_or_the_same_count_stays_quiet(text):
    assert not fires_within(text)


_PREVIEW = ("The Kellsmoor Chase, the richest race of the winter festival, has drawn 19 entries. Declarations for "
            "Saturday's £250,000 Kellsmoor Chase close at 10am on Thursday, the course said.")


def _cross(later: str) -> list[str]:
    example = articles(("Post", "2027-03-03", _PREVIEW), ("Wire", "2027-03-10", later))
    return [f.message for f in run_example(rule_of("FC201"), example)]


def test_a_sum_set_before_a_named_thing_is_its_size_in_every_report_of_the_story():
    """A race's purse told before its name ("Saturday's £250,000 Kellsmoor Chase") is the race's, a week
    later and wherever the later sentence is set ('won the £300,000 Kellsmoor Chase in Galway')."""
    messages = _cross("Twelve friends from a village darts club were celebrating last night after their horse, "
                      "Copper Lane, won the £300,000 Kellsmoor Chase in Galway.")
    assert len(messages) == 1 and "£250,000" in messages[0] and "£300,000" in messages[0]


@pytest.mark.parametrize("later", [
    # another named race
    "Twelve friends from a village darts club were celebrating last night after their horse, Copper Lane, won "
    "the £300,000 Ardvale Hurdle in Galway.",
    # the same purse
    "Twelve friends from a village darts club were celebrating last night after their horse, Copper Lane, won "
    "the £250,000 Kellsmoor Chase in Galway.",
])
def test_another_named_thing_or_the_same_sum_stays_quiet(later):
    assert _cross(later) == []


def test_a_planned_things_height_as_designed_is_its_size():
    """'The Wayfarer ... would stand 38 metres tall': what a thing still to be built 'would' or 'will' stand is
    its size as designed, which the hedge does not put in doubt ('could' only guesses; 'would not' denies);
    across reports of its story it is the thing's height, like a size hyphened to it (set 53: 'a 28-metre figure'
    / 'would stand 38 metres tall', six days apart)."""
    assert keys_of("The Wayfarer would stand 38 metres tall on the promenade.")["38 metres"] == \
        ("wayfarer", "", "", "metre")
    assert keys_of("The Wayfarer could stand 38 metres tall on the promenade.")["38 metres"] is None
    assert keys_of("The Wayfarer would not stand 38 metres tall on the promenade.")["38 metres"] is None
    sets = Path(__file__).resolve().parents[1] / "benchmarks" / "rules" / "heldout53" / "articles"
    result = run_audit([sets / "sculpture-01-thamesmouth-gazette.md", sets / "sculpture-03-latitude-newswire.md"],
                       rules=[rule_of("FC201")])
    assert any("28-metre" in f.message and "38 metres" in f.message for f in result.findings)
