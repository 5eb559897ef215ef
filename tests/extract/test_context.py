"""Subject, predicate and polarity of figures (the issue's own examples)."""

import pytest

import factcheck


def claims_of(text):
    df = factcheck.extract(text)
    return df[df.kind.isin(["count", "measure", "percent", "money", "ratio", "age"])]


def by_value(df, value):
    rows = df[df.value == value]
    assert len(rows) == 1, f"expected one claim of {value}, got:\n{df[['text', 'value', 'subject']]}"
    return rows.iloc[0]


def test_two_counts_two_subjects():
    df = claims_of("Russia launched 479 drones and 20 missiles overnight, the air force said.")
    assert by_value(df, 479).subject == "drone"
    assert by_value(df, 20).subject == "missile"
    assert by_value(df, 479).predicate == "launch"


def test_of_phrase_subject():
    row = by_value(claims_of("As many as 41 of Russia's military jets were destroyed."), 41)
    assert row.subject == "jet"
    assert row.low <= 41 == row.high


def test_coordinated_subjects_are_kept():
    row = by_value(claims_of("The shelling killed 390 soldiers and civilians."), 390)
    assert row.subject == "soldier"
    assert row.subject_text == "soldiers and civilians"


def test_measure_describes_the_noun_it_modifies():
    row = by_value(claims_of("Traffic crossed a 162 mile Soviet-era bridge."), 162)
    assert row.subject == "bridge" and row.dimension == "length"


def test_distance_from_a_place():
    row = by_value(claims_of("The village lies 400 miles from the border."), 400)
    assert row.subject == "distance"


def test_elliptical_count_borrows_subject():
    df = claims_of("A dozen civilians were killed and more than 90 wounded in the strike.")
    assert by_value(df, 12).subject == "civilian"
    wounded = by_value(df, 90)
    assert wounded.subject == "civilian" and wounded.predicate == "wound"


@pytest.mark.parametrize(
    "text,predicate",
    [("Air defences shot down 59 drones.", "shoot down"), ("The army launched 479 drones.", "launch")],
)
def test_predicates_differ(text, predicate):
    df = claims_of(text)
    assert df.iloc[0].predicate == predicate


def test_negation_and_hedge():
    assert bool(claims_of("The ministry did not confirm 300 arrests.").iloc[0].negated)
    assert bool(claims_of("The storm could destroy 500 homes.").iloc[0].hedged)


def test_places_and_dates_of_the_figures_clause():
    row = claims_of("On Tuesday, 14 people were injured in Kyiv, the mayor, Vitali Klitschko, said.").iloc[0]
    assert row.places == ["Kyiv"]
    assert row.dates == ["Tuesday"]
    assert "Vitali Klitschko" in row.entities


def test_reference_point_of_a_distance_is_not_the_place():
    df = claims_of("In Ostrel, about 280 miles south of Valmora, two people were killed.")
    assert by_value(df, 2).places == ["Ostrel"]
