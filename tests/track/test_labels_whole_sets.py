"""Labels that name again a whole set an earlier figure of their article gave in passing: a deed
spread across every member of the set ('played across seven stages') counts the whole set, so
'the festival's nine stages' contradicts it; and the noun an earlier figure's phrase hangs on
narrows it as a label's own word would ('a trial at 19 sites' ... 'the 16 trial sites').

Each case is our own wording of a general pattern of news copy.
"""

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

from track_helpers import articles

RULES = {r.code: r for r in load_rules()}


def within(text: str, published: str = "2026-12-05") -> bool:
    """Does FC202 fire on the text read as one article?"""
    return any(f.rule == "FC202" for f in run_example(RULES["FC202"], articles(("Post", published, text))))


@pytest.mark.parametrize("text", [
    # a deed spread across the set counts all of it
    "About 90 bands performed across six stages at Hollow Meadow over the weekend. The organisers said all "
    "of the festival's eight stages would be rebuilt with covered pits next summer.",
    "The bakery chain sells 40,000 loaves a day across its 31 shops. Staff at the chain's 27 shops were "
    "told of the sale by email on Monday.",
    # the noun the earlier figure's phrase hangs on narrows the label the same way
    "The vaccine prevented 71 percent of cases in a study at 24 clinics in Kenya. Results from the 21 study clinics were "
    "pooled by an outside panel.",
])
def test_a_label_naming_a_set_spread_across_again_fires(text):
    assert within(text)


@pytest.mark.parametrize("text", [
    # a wider whole owns the label: the region's stages are not the festival's
    "About 90 bands performed across six stages at Hollow Meadow over the weekend. The county's 14 stages "
    "and halls will be inspected next spring.",
    # the earlier figure is a part a deed picked out, not a set spread over
    "About 90 bands performed on six stages at Hollow Meadow over the weekend. All of the festival's eight "
    "stages would be rebuilt with covered pits next summer, the organisers said.",
    # the label's narrowing word is no noun the earlier figure hangs on
    "The vaccine prevented 71 percent of cases in a study at 24 clinics in Kenya. Results from the 21 rural clinics were "
    "pooled by an outside panel.",
])
def test_a_set_not_spread_across_is_left_alone(text):
    assert not within(text)
