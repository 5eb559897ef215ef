"""Session 53 (sets 64 and 65): a toll told by a participle after its sentence's deed, and the sentence before a
figure read past 'a.m.'. Our own wording, each with its near miss."""

from factcheck.extract.sentences import last_sentence
from track_helpers import findings


def test_a_toll_participle_is_the_events_not_the_clause_subjects():
    first = ("Glendrum Post", "2028-11-03", "GLENDRUM - The county council ordered the Slievecore quarry at Glendrum "
             "to stop blasting after an explosion hurled rocks onto homes in the village, injuring four people.")
    later = ("Glendrum Observer", "2028-11-09", "GLENDRUM - The blast at the Slievecore quarry in Glendrum injured "
             "two people and damaged 14 houses, the quarry company said.")
    assert any("went down" in m for m in findings("FC203", first, later))
    # the council's own deed, told by its verb, is not the explosion's
    other = ("Glendrum Post", "2028-11-03", "GLENDRUM - The county council at Glendrum has injured four people "
             "with its new speed bumps, the Slievecore residents' group said.")
    assert not findings("FC203", other, later)


def test_the_sentence_before_goes_on_past_a_lower_case_word_after_a_stop():
    text = "The leopard walked into a cage trap at about 4:30 a.m. on Tuesday, said the forest officer. The animal"
    assert last_sentence(text[:text.index("The animal")]).startswith("The leopard walked")
    assert last_sentence("It rained. The Animal") == "The Animal"


def test_a_schools_teaching_staff_are_its_teachers():
    from factcheck.rules.checks.swapped_digits import _one_noun
    from track_helpers import claims_by_text
    teachers = claims_by_text("Most of the school's 86 teachers were back.")["86"]
    teaching = claims_by_text("Most of the school's 68 teaching staff were back.")["68"]
    cleaners = claims_by_text("Most of the school's 68 cleaning staff were back.")["68"]
    assert _one_noun(teaching) == _one_noun(teachers) != _one_noun(cleaners)
