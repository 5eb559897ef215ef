"""A figure that only hangs on a preposition takes the verb of its own relative clause."""

import pytest

import factcheck


@pytest.mark.parametrize("sentence, figure, predicate", [
    ("Some 9,400 riders finished the Tarn sportive, out of 11,000 who started.", "11,000", "start"),
    ("Only 40 of the 300 who applied were offered places.", "300", "apply"),
    ("Some 9,400 riders finished the Tarn sportive, out of 11,000 who started.", "Some 9,400", "finish"),
    # a figure that is a verb's subject or object keeps the verb that says what it did:
    # the relative clause names the set ('the 85 firefighters who fought the blaze')
    ("Officers praised the 85 firefighters who fought the blaze.", "85", "fight"),
    # ... unless that verb is the toll itself: the clause says why they were held
    ("Police detained 48 workers who blocked the highway for three hours.", "48", "detain"),
    # a part of a whole that has its own verb: the whole's clause says what the whole did
    ("Thirty-one of the 64 pilot whales that stranded at Trawmore Strand have now died.", "Thirty-one", "die"),
    ("Thirty-one of the 64 pilot whales that stranded at Trawmore Strand have now died.", "64", "strand"),
    ("Police arrested six of the 40 protesters who blocked the road.", "six", "arrest"),
    # what befell the things counted, told by a passive gerund the parse hangs elsewhere
    ("The strike has led to 3,900 outpatient appointments and 980 operations being postponed since Monday, "
     "the trust said.", "3,900", "postpone"),
    ("The strike has led to 3,900 outpatient appointments and 980 operations being postponed since Monday, "
     "the trust said.", "980", "postpone"),
])
def test_predicate_of_a_figure_with_a_relative_clause(sentence, figure, predicate):
    claims = factcheck.extract(sentence).set_index("text")
    assert claims.loc[figure, "predicate"] == predicate


def test_over_with_an_object_is_no_particle():
    claims = factcheck.extract("Five people have been arrested over the sale of forged tickets.")
    assert claims.loc[0, "predicate"] == "arrest"
    claims = factcheck.extract("Air defences shot down 59 drones.")
    assert claims.loc[0, "predicate"] == "shoot down"
