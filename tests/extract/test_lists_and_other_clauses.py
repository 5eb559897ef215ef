"""Extraction of copy in general form: 'one' closing a list told alike is a count, and a date in a
relative clause on another noun does not date the figure."""

from extract_helpers import figures_by_text as _figures


def test_one_closing_a_list_told_alike_is_a_count():
    figures = _figures("The 22 crew, 14 from the Philippines, four from Ukraine, two from India and one from Poland, "
                       "were winched to safety.")
    assert figures["one"].value == 1
    # a pronoun 'one' after a list told otherwise stays a pronoun
    assert "one" not in _figures("Two men from Leeds and one from York were hurt.")
    assert "one" not in _figures("Two of the men and one of the women died.")


def test_a_date_in_a_relative_clause_on_another_noun_is_not_the_figures():
    figures = _figures("The 26 people injured in the collapse included Bridget Cawley, who died in hospital on Monday.")
    assert list(figures["26"].dates) == []
    # a relative clause on the figure's own noun does date it
    figures = _figures("Police said 40 people, who were arrested on Friday, were released.")
    assert list(figures["40"].dates) == ["Friday"]


def test_a_hyphened_compound_measure_is_one_figure():
    figures = _figures("The museum put the dinosaur's 6-foot-3-inch thigh bone on show.")
    assert figures["6-foot-3-inch"].value == 6.25
    assert "3-inch" not in figures
