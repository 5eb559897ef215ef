"""How copy carries a running total forward: 'bringing the number of arrests to 23', 'the
number of people killed has risen to 45', 'taking the total to 1,234' after the day's count.
Each names who was counted and what happened to them, so tracking can follow the toll."""

import pytest

import factcheck


def reading(text: str, figure: str) -> tuple[str, str]:
    claims = factcheck.extract(text)
    row = claims[claims.text == figure].iloc[0]
    return row.subject, row.predicate


@pytest.mark.parametrize("text, figure, expected", [
    ("Police arrested four more men, bringing the number of arrests to 23.", "23", ("people", "arrest")),
    ("The number of people killed has risen to 45.", "45", ("people", "kill")),
    ("A further 17 deaths were recorded, taking the total to 1,234.", "1,234", ("death", "record")),
    ("Two more men were arrested on Friday, bringing the total to nine.", "nine", ("man", "arrest")),
    # the tally written after its figure, and what befell the counted told after them
    ("The skipper's body was recovered, bringing to three the number of crewmen who died.", "three",
     ("crewman", "kill")),
    ("The blast raised to 12 the death toll.", "12", ("people", "kill")),
    ("The number of people admitted to hospital after taking the tablets has risen to 64.", "64",
     ("people", "hospitalise")),
    ("Police brought to 40 the number of officers on patrol.", "40", ("officer", "bring")),
    # the tally read from the words around the figure when the parse hangs it on another verb
    ("Gardai arrested six people on Tuesday when about 200 protesters walked across the toll plaza, "
     "bringing to 17 the number arrested since the campaign began.", "17", ("people", "arrest")),
    ("Gardai arrested two more men on Saturday, bringing to five the number held since the hoard was found.",
     "five", ("people", "arrest")),
    ("Police arrested five more people at the gate, bringing the number of arrests since the strike "
     "began Monday to 14.", "14", ("people", "arrest")),
    # a tally whose clause the parser joins to an earlier verb, its subject hung on a participle
    ("Two elderly patients have died and the number of people admitted to hospital after taking faulty "
     "tablets has risen to 64, health officials said.", "64", ("people", "hospitalise")),
    # the plural of the event, brought to a count of the things it befell; job losses are no deaths
    ("Wolves killed seven more sheep on Thursday, bringing this year's confirmed losses in Harlow County "
     "to 68 sheep and nine calves.", "68", ("sheep", "kill")),
    ("Police arrested four more, bringing arrests since Saturday to 17.", "17", ("people", "arrest")),
    ("The plant will close, bringing job losses in the town to 400 jobs.", "400", ("job", "bring")),
    # a count with no noun of its own, told by a passive deed done to people
    ("Four were taken to hospital in Halbrook last Wednesday night with dehydration.", "Four", ("people", "take")),
    ("Police said two were arrested.", "two", ("people", "arrest")),
    ("Of the 40 dogs, six were killed.", "six", ("dog", "kill")),
])
def test_a_tally_names_who_was_counted_and_what_happened(text, figure, expected):
    assert reading(text, figure) == expected


@pytest.mark.parametrize("text, figure", [
    ("The figure rose to 14.", "14"),  # no earlier count to continue
    ("The number of people employed rose to 30,000.", "30,000"),  # employment is no toll
])
def test_a_total_with_nothing_to_continue_keeps_no_event(text, figure):
    assert reading(text, figure)[1] not in ("kill", "arrest", "record", "employ")
