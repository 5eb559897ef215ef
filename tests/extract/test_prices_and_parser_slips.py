"""Subjects and predicates where the small parser slips or a phrase misleads: whom a
price is for, whom a sum is paid to, verbs read as nouns or as modifiers, figures
hung on a subordinate clause, and units the figure reader does not know.

Each fix has its near misses beside it, so that a rule that reaches too far fails
here. The conventions themselves are in test_subject_conventions.py and
test_wholes.py.
"""

import pytest

import factcheck
from factcheck.extract.nlp import load_nlp
from factcheck.extract.predicates import verb_read_as_modifier, verb_read_as_noun


def claims_of(text):
    df = factcheck.extract(text)
    return df[df.kind.isin(["count", "measure", "percent", "money", "ratio", "age"])]


def row_of(text, value):
    df = claims_of(text)
    rows = df[df.value == value]
    assert len(rows) == 1, f"expected one claim of {value}, got:\n{df[['text', 'value', 'subject']]}"
    return rows.iloc[0]


def reading(text, value):
    row = row_of(text, value)
    return row.subject, row.predicate, row.agent


# --- a price is about the thing priced, not who pays it ----------------------

@pytest.mark.parametrize(
    "text,values,subject",
    [
        ("Tickets cost £30 for members and £45 for non-members.", (30, 45), "ticket"),
        ("Seats are priced at £80 for adults and £40 for under-16s.", (80, 40), "seat"),
    ],
)
def test_every_price_in_a_list_is_the_priced_things(text, values, subject):
    for value in values:
        assert reading(text, value)[0] == subject


def test_a_price_with_a_pronoun_subject_names_nothing_rather_than_the_payer():
    assert reading("They cost £20 for children.", 20)[0] != "child"


def test_a_plain_price_keeps_its_subject():
    assert reading("The new library cost £14m.", 14e6)[:2] == ("library", "cost")


def test_each_moved_sum_is_for_its_own_phrase():
    """A sum someone spends is what it is for; in a list, each sum has its own purpose."""
    text = "The council spent £30m on roads and £20m on schools."
    assert reading(text, 30e6)[0::2] == ("road", "council")
    assert reading(text, 20e6)[0::2] == ("school", "council")


def test_how_a_sum_is_counted_is_not_what_it_is_for():
    assert reading("The council spent £30m on average.", 30e6)[0] == "money"


# --- whom a sum is paid to is never its subject ------------------------------

@pytest.mark.parametrize(
    "text,value,subject,agent",
    [
        # parsed as a noun phrase 'paid traffickers' with the range set beside it
        ("Every migrant paid traffickers €4,000 to €6,000 for the boat trip.", 5000, "trip", "migrant"),
        ("Each family paid traffickers $8,000 for the journey.", 8000, "journey", "family"),
        ("Each passenger paid the crew $500 for a seat.", 500, "seat", "passenger"),
        # nothing said about what it is for: plain money
        ("The firm paid its creditors £80m.", 80e6, "money", "firm"),
    ],
)
def test_the_payee_is_neither_subject_nor_agent(text, value, subject, agent):
    assert reading(text, value) == (subject, "pay", agent)


def test_a_participle_with_no_doer_is_still_a_modifier():
    doc = load_nlp()("The injured workers received £5,000 each.")
    assert all(verb_read_as_modifier(t) is None for t in doc)
    assert reading("The injured workers received £5,000 each.", 5000)[1:] == ("receive", "worker")


# --- verbs the parser reads as nouns -------------------------------------------

@pytest.mark.parametrize(
    "text,value,subject,predicate",
    [
        ("The 30-minute programme airs on Friday.", 30, "programme", "air"),
        ("The two-hour film opens on Friday.", 2, "film", "open"),
        ("The 12-part series airs next month.", 12, "series", "air"),
        # parsed with the verb as a noun that has the share as its subject
        ("Roughly a third of workers commute by train.", 1 / 3, "worker", "commute"),
        ("About a half of staff work from home.", 0.5, "staff", "work"),
        ("Almost half of teachers work part-time.", 0.5, "teacher", "work"),
        ("About a quarter of nurses live alone.", 0.25, "nurse", "live"),
    ],
)
def test_a_verb_read_as_a_noun_is_still_the_verb(text, value, subject, predicate):
    assert reading(text, value)[:2] == (subject, predicate)


@pytest.mark.parametrize(
    "text,value,subject",
    [
        # the verb read as the name's adjective ('31,412 packed Yarrabin Park'): the count is the crowd's
        ("A record crowd of 31,412 packed Yarrabin Park on Saturday.", 31412, "crowd"),
        ("A crowd of 31,412 packed the stadium.", 31412, "crowd"),
        ("About 40 protesters blocked Kell Road.", 40, "protester"),
    ],
)
def test_a_count_after_of_is_not_the_name_a_verb_is_read_into(text, value, subject):
    assert reading(text, value)[0] == subject


def test_an_irregular_past_form_read_as_a_noun_is_the_verb():
    # '16 swam': the small parser tags 'swam' as the noun the figure counts
    text = ("Of the 64 rowers who ended up in the water, 51 were pulled out by rescue boats "
            "and 16 swam or were towed ashore.")
    row = claims_of(text).set_index("text").loc["16"]
    assert (row.subject, row.predicate) == ("rower", "swim")


@pytest.mark.parametrize(
    "text,subject,predicate",
    [
        ("The 90-minute documentary was shown on Sunday.", "documentary", "show"),  # a real verb
        ("Almost half of teachers are women.", "teacher", "be"),
    ],
)
def test_sentences_the_parser_reads_right_are_left_alone(text, subject, predicate):
    row = claims_of(text).iloc[0]
    assert (row.subject, row.predicate) == (subject, predicate)


def test_a_headline_without_a_verb_has_no_verb_read_into_it():
    doc = load_nlp()("Fuel prices 5% higher.")
    assert not any(verb_read_as_noun(t) for t in doc)


# --- a figure before a subordinate clause belongs to the main clause ----------

@pytest.mark.parametrize(
    "text,value,subject,predicate",
    [
        ("The lorry drove 40 miles before it was stopped.", 40, "lorry", "drive"),
        ("The bus travelled 20 miles until it broke down.", 20, "bus", "travel"),
        ("The ferry sailed 12 miles after it left port.", 12, "ferry", "sail"),
    ],
)
def test_a_figure_before_the_conjunction_is_the_main_verbs(text, value, subject, predicate):
    assert reading(text, value)[:2] == (subject, predicate)


def test_a_figure_inside_the_subordinate_clause_keeps_that_clauses_verb():
    assert reading("The convoy was stopped after it had travelled 85km.", 85)[1] == "travel"


# --- units the figure reader does not know -----------------------------------

@pytest.mark.parametrize(
    "text,value",
    [
        ("The noise exceeded 120 decibels.", 120),
        # the opening participle's doer is the main clause's subject
        ("Passing 110 decibels, the noise woke the street.", 110),
    ],
)
def test_a_level_in_an_unknown_unit_is_a_level_of_what_is_measured(text, value):
    assert reading(text, value)[0] == "noise"


def test_an_opening_participle_takes_the_main_subject_for_a_known_unit_too():
    assert reading("Reaching 300 metres, the tower dominates the skyline.", 300)[0] == "tower"


def test_a_unit_name_that_is_counted_stays_the_subject():
    """'bar' is a unit of pressure to pint, but bars closed are things counted."""
    assert reading("The firm closed 120 bars.", 120)[0] == "bar"


# --- a spelled count before a participle and its noun -------------------------

@pytest.mark.parametrize(
    "text,value,subject,modifier",
    [
        # the parser hangs 'destroyed homes' under 'eleven' ('eleven (destroyed homes)')
        ("The council will rebuild the eleven destroyed homes by spring.", 11, "home", "destroy"),
        ("The council will rebuild the 11 destroyed homes by spring.", 11, "home", "destroy"),
        ("The eleven flooded homes were cleared.", 11, "home", "flood"),
    ],
)
def test_a_count_before_a_participle_counts_the_noun_after_it(text, value, subject, modifier):
    row = row_of(text, value)
    assert row.subject == subject
    assert modifier in row.subject_modifiers


def test_a_count_before_a_participle_with_no_noun_after_it_keeps_no_subject():
    # 'the eleven injured' names people by their state: no noun follows to take
    assert row_of("Doctors treated the eleven injured at the scene.", 11).subject != "scene"
