"""Tracking: what a measure reaches, told by a scope verb whose doer is the measure ('The recall
covers 37 lots'), is the count of its own deed ('recalled 37 lots')."""

from track_helpers import keys_of


def test_a_measure_covering_a_count_is_its_own_deed():
    keys = keys_of("Harvest Pet Co. recalled 37 lots of dog food on Wednesday. "
                   "The recall, announced on Wednesday, covers 23 lots of its dog food.")
    assert keys["37"] == keys["23"]
    culled = keys_of("Officials will cull 4,000 badgers. The cull will affect 3,000 badgers in the county.")
    assert culled["4,000"] == culled["3,000"]


def test_a_scope_verb_of_another_doer_keeps_its_own_reading():
    keys = keys_of("Harvest Pet Co. recalled 37 lots of dog food on Wednesday. "
                   "The contamination affects 23 lots of its dog food.")
    assert keys["37"] != keys["23"]
    involved = keys_of("Crews rescued 12 walkers. The rescue involved 40 firefighters.")
    assert involved["40"][2] != "rescue"
