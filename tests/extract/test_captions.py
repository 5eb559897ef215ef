"""Photo captions restate a body figure in their own grammar: a name with its age and where the
person is pictured, 'one of the N things' with the participle of what befell them."""

from factcheck.extract.claims import extract_text


def _figure(text, value):
    [claim] = [c for c in extract_text(text) if c.value == value and c.is_claim]
    return claim


def test_where_a_named_person_is_pictured_does_not_narrow_their_age():
    claim = _figure("*Marta Kovel, 47, in the stairwell of her block on Friday. Picture: Staff*", 47)
    assert (claim.kind, claim.subject, claim.subject_modifiers) == ("age", "kovel", ["marta"])


def test_a_common_noun_is_still_narrowed_by_where_its_figure_is():
    claim = _figure("Sales at restaurants rose to 400 this year.", 400)
    assert "restaurant" in claim.subject_modifiers


def test_one_of_the_n_things_takes_the_participle_after_them():
    claim = _figure("He is one of the eight people bitten since 2 November.", 8)
    assert (claim.subject, claim.predicate, claim.agent) == ("people", "bite", "")


def test_the_name_set_beside_one_of_the_n_things_is_not_their_doer():
    claim = _figure("Photo caption: Tom Reddin, one of the 37 welders stood down at the yard, at home on Tuesday.", 37)
    assert (claim.subject, claim.predicate, claim.agent) == ("welder", "stand down", "")
