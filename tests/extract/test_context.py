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


# --- issue 3: the thing measured, not the clause's grammatical subject -------------------------

@pytest.mark.parametrize(
    "text,value,subject",
    [
        # a measure of some material: the material
        ("Border guards found 30 kilograms of heroin in the van.", 30, "heroin"),
        ("The tanker spilled 400 tonnes of crude oil off the coast.", 400, "oil"),
        # the object whose level a verb moves: 'pushed X to N', 'held X at N'
        ("The cold snap drove gas demand to 12 gigawatts.", 12, "demand"),
        ("The central bank kept interest rates at 3.5%.", 3.5, "rate"),
        # a change of level: the clause subject
        ("Youth unemployment climbed to 14%.", 14, "unemployment"),
        ("Union membership rose to 6.4 million.", 6.4e6, "membership"),
        ("The town's population passed 80,000 last year.", 80000, "population"),
        # worth / cost / a level reached through an adverb
        ("The takeover is worth £1.8bn, the company said.", 1.8e9, "takeover"),
        ("The new stadium cost £310m.", 310e6, "stadium"),
        ("Exports were up 6 per cent on the quarter.", 6, "export"),
        # the one charged by cost/save
        ("The strike may cost local shops £2m.", 2e6, "shop"),
        # a share of something
        ("About 40% of nurses backed the offer.", 40, "nurse"),
        ("A fifth of the wheat crop was lost.", 0.2, "crop"),
        # money for a purpose
        ("The budget includes £12m for flood defences.", 12e6, "defence"),
    ],
)
def test_subject_is_what_is_counted_or_measured(text, value, subject):
    row = by_value(claims_of(text), value)
    assert row.subject == subject


@pytest.mark.parametrize(
    "text,value,subject",
    [
        ("Between 200 and 250 marchers were arrested.", None, "marcher"),
        ("Four or five lorries were stuck on the bridge.", None, "lorry"),
        ("Three hundred and twelve nurses signed the letter.", 312, "nurse"),
        ("Bus fares have doubled since 2019.", 2, "fare"),
        ("Rents are three times higher than in 2010.", 3, "rent"),
        ("The number of strikes has tripled this year.", 3, "strike"),
    ],
)
def test_ranges_multipliers_and_spelled_counts_have_subjects(text, value, subject):
    df = claims_of(text)
    row = df.iloc[0] if value is None else by_value(df, value)
    assert row.subject == subject


def test_lemmatiser_slips_are_mended():
    row = claims_of("The watchdog fined 6 banks and rated 40 lenders as weak.")
    assert list(row.predicate) == ["fine", "rate"]
    assert by_value(claims_of("Nurses gave 9,000 doses on Monday."), 9000).subject == "dose"
    assert by_value(claims_of("The bus carried 22 schoolchildren."), 22).subject == "schoolchild"


def test_pronoun_of_phrase_borrows_the_earlier_noun():
    df = claims_of("Medics treated 40 patients, nine of whom were children.")
    assert by_value(df, 9).subject == "patient"


def test_dateline_is_not_a_subject():
    row = by_value(claims_of("KORVIN, Ardenia - The death toll from the blast rose to 9 on Friday."), 9)
    assert row.subject == "people"  # the toll's people, not the dateline's 'korvin'
    assert row.predicate == "kill"


def test_time_phrases_do_not_take_the_clause_subject():
    df = claims_of("The council approved the plan, which will be reviewed in 18 months.")
    assert by_value(df, 18).subject == ""


@pytest.mark.parametrize(
    "text,negated,hedged",
    [
        ("The flood would cut off 300 homes.", False, True),
        ("Up to 60 people are believed to have died.", False, True),
        ("The ministry does not expect inflation to exceed 3%.", True, True),
        ("The agency could not confirm that 12 people had died.", False, True),
        ("Organisers expect 5,000 runners on Sunday.", False, False),
        ("About 35% think the mayor should resign.", False, False),
        ("The 4-mile bypass is expected to open in May.", False, False),
        ("The ferry did not carry 90 cars, as first claimed, but 60.", False, False),
        ("No more than 30 people may enter at once.", False, True),
        ("Shops no longer take the 500 note.", True, False),
        ("Rain totals of 50-80mm are likely in the hills.", False, True),
        ("The firm plans to hire 200 staff.", False, False),
        ("The stadium, with a capacity of 32,500, was not over-full.", False, False),
        ("The stadium with 32,500 people inside was not evacuated.", True, False),
        ("The 300 workers did not strike.", True, False),
        ("The bank announced on Tuesday that it would close 164 branches.", False, False),
        ("The mayor said that, if approved, the plan would cut 300 jobs.", False, True),
        ("The bank said it would consider closing 164 branches.", False, True),
        ("The bank is considering closing 164 branches.", False, True),
        ("Analysts said the deal would probably be worth £3bn.", False, True),
    ],
)
def test_polarity(text, negated, hedged):
    row = claims_of(text).iloc[-1]
    assert (bool(row.negated), bool(row.hedged)) == (negated, hedged)
