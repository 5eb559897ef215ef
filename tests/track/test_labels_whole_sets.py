"""Labels that name again a whole set an earlier figure of their article gave in passing: a deed
spread across every member of the set ('played across seven stages') counts the whole set, so
'the festival's nine stages' contradicts it; and the noun an earlier figure's phrase hangs on
narrows it as a label's own word would ('a trial at 19 sites' ... 'the 16 trial sites'); a count of
those present ('There were 64 workers underground') is the whole set a label names again; a taking
told plainly ('the 34 items taken') names a theft's figure; and a surname alone with an age is the
one person the article named in full with that surname.

Each case is our own wording of a general pattern of news copy.
"""

import pytest


from track_helpers import fires_within


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
    assert fires_within(text)


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
    assert not fires_within(text)


@pytest.mark.parametrize("text", [
    # those present, told with 'there were', then named again by a label
    "There were 41 divers in the water when the current turned at about noon. The coastguard said it had "
    "accounted for all but three of the 45 divers in the water at the time.",
    # a theft told with its verb, then the things 'taken'
    "Burglars stole 26 watches from the Carrow Street jeweller overnight. \"The 29 watches taken were all "
    "engraved,\" the owner said.",
    # ... taken in the raid: the theft's own
    "Burglars stole 26 watches from the Carrow Street jeweller overnight. The 29 watches taken in the raid "
    "were all engraved, the owner said.",
    # a person named in full with an age, then by surname with another
    "The dead were Rory Kenefick, 24, a carpenter from Ashby, and a woman of 60. Kenefick, 27, had been "
    "standing near the barrier with his brother.",
])
def test_a_set_or_a_person_named_again_with_another_value_fires(text):
    assert fires_within(text)


@pytest.mark.parametrize("text", [
    # those present at another place
    "There were 41 divers in the water when the current turned at about noon. Another 45 divers waited on "
    "the pier.",
    # things taken to somewhere else, not stolen
    "Burglars stole 26 watches from the Carrow Street jeweller overnight. The 29 watches taken to the "
    "menders last month were safe.",
    # an age of long ago, not set off after the name: the surname alone is a descendant
    "The letter was written by Tomas Kerrigan, who was 15 when the ship sank. \"He never spoke of it,\" said "
    "Kerrigan, 78, a retired nurse.",
    # an initial before the surname: another person of that name
    "Dr Asha Venkatesan, 41, led the dig. Her father, R. Venkatesan, 74, said he was proud.",
    # two people share the surname: the surname alone names neither
    "The dead were Rory Kenefick, 24, and his cousin Liam Kenefick, 31. Kenefick, 27, had been standing "
    "near the barrier.",
])
def test_another_set_or_person_is_left_alone(text):
    assert not fires_within(text)
