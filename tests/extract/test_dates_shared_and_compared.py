"""Dates a figure takes from a subject it shares with the verb before it; the date of the level a
change is measured from, which is that level's and not the new figure's; and the deed a reduced
relative of reporting states ('five people confirmed to have died')."""

from extract_helpers import figures_by_text


def test_a_second_verb_takes_the_date_in_the_shared_subject():
    # 'destroyed 86 homes' shares its subject, the 2018 fire, with 'burned 31,000 acres'
    figures = figures_by_text("The last major fire near Dorrance, the 2018 Crestline Fire, burned 31,000 acres "
                              "and destroyed 86 homes.")
    assert figures["31,000 acres"].dates == ["2018"]
    assert figures["86"].dates == ["2018"]


def test_a_second_verb_with_its_own_subject_keeps_its_own_dates():
    figures = figures_by_text("The 2018 fire burned 31,000 acres, and this week's fire destroyed 86 homes.")
    assert figures["86"].dates != ["2018"]


def test_the_date_of_the_level_a_change_is_from_is_not_the_new_figures():
    figures = figures_by_text("Turnout was 47.2 per cent of the city's 87,400 eligible voters, up from 38.6 per cent "
                              "in the October 2025 general election.")
    assert figures["47.2 per cent"].dates == []
    assert figures["38.6 per cent"].dates == ["October 2025"]


def test_a_reduced_relative_of_reporting_states_its_clauses_deed():
    figures = figures_by_text("She is one of five people confirmed to have died, according to the sheriff's office.")
    assert figures["five"].predicate == "die"


def test_a_participle_of_another_deed_keeps_it():
    figures = figures_by_text("Forty prisoners released on Friday were rearrested on Sunday.")
    assert figures["Forty"].predicate == "release"


def test_a_second_verb_takes_no_date_from_a_clause_on_the_subject():
    figures = figures_by_text("That bridge, built in 1931, carries about 11,500 vehicles a day and has had a 7.5-tonne "
                              "weight limit since 2016.")
    assert "1931" not in figures["7.5-tonne"].dates
