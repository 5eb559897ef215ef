"""What a figure is about when the noun is not beside it: tallies of casualties,
sums of money, shares of the vote, agents named as the text names them, and
figures that take their reading from an earlier figure of the sentence."""

import pytest

import factcheck


def claims_of(text):
    df = factcheck.extract(text)
    return df[df.kind.isin(["count", "measure", "percent", "money", "ratio", "age"])]


def by_value(df, value):
    rows = df[df.value == value]
    assert len(rows) == 1, f"expected one claim of {value}, got:\n{df[['text', 'value', 'subject']]}"
    return rows.iloc[0]


def reading(text, value):
    row = by_value(claims_of(text), value)
    return row.subject, row.predicate, row.agent


# --- tallies of casualties ---------------------------------------------------

@pytest.mark.parametrize(
    "text,value,predicate",
    [
        ("The death toll from the attack on Dornbury has risen to 19, the mayor said.", 19, "kill"),
        ("The toll reached 17 on Wednesday.", 17, "kill"),
        ("Officials said the number of dead had risen to 31.", 31, "kill"),
        ("The number of deaths rose to 12 overnight.", 12, "kill"),
        ("The number of wounded rose to 52.", 52, "wound"),
        ("The number of injured stood at 40 on Monday.", 40, "wound"),
        ("The number of arrests has risen to 64.", 64, "arrest"),
    ],
)
def test_a_tally_counts_people(text, value, predicate):
    row = by_value(claims_of(text), value)
    assert (row.subject, row.predicate) == ("people", predicate)
    assert row.subject_modifiers == []  # 'death', 'attack' say what happened, not which people
    assert row.agent != "number"


def test_other_numbers_of_things_keep_their_noun():
    row = by_value(claims_of("The number of burglaries rose to 400 last year."), 400)
    assert row.subject == "burglary"


def test_a_mixed_toll_is_left_as_written():
    row = by_value(claims_of("The civilian casualty toll rose to 40."), 40)
    assert row.subject == "toll"


def test_a_group_of_casualties_is_not_all_the_people():
    """'two of the wounded died' must not read as 'two people killed' beside a toll of 19."""
    df = claims_of("The death toll has risen to 19, after two of the wounded died in hospital.")
    assert by_value(df, 2).subject == "wounded"


def test_a_reported_death_is_a_death():
    row = by_value(claims_of("Fourteen people are now known to have died in the strike."), 14)
    assert (row.subject, row.predicate) == ("people", "die")


# --- sums of money -----------------------------------------------------------

def test_a_sum_someone_moves_is_money_and_its_mover_the_agent():
    first = reading("Lars Brenner was found guilty on Thursday of stealing €3.1m from a road maintenance fund.", 3.1e6)
    second = reading("Prosecutors said Brenner had stolen €1.3m in total from the fund between 2016 and 2019.", 1.3e6)
    assert first[:2] == second[:2] == ("money", "steal")
    assert second[2] == "brenner"


@pytest.mark.parametrize(
    "text,value,subject,agent",
    [
        ("The council will spend £30m on new cycle lanes.", 30e6, "lane", "council"),
        ("The national government has sent €2.5m to the city for repairs.", 2.5e6, "repair", "government"),
        ("A local bakery raised €20,000 in three days.", 20000, "money", "bakery"),
        ("The city has received €2.5m from the government and a further €1.8m from donors.", 1.8e6, "money", "city"),
        ("Judge Maria Fenn also fined him €250,000.", 250000, "fine", "fenn"),  # (a sum one is fined is the fine)
    ],
)
def test_a_moved_sum_is_what_it_is_for(text, value, subject, agent):
    assert reading(text, value)[0::2] == (subject, agent)


@pytest.mark.parametrize(
    "text,value,subject",
    [
        ("The new stadium cost £310m.", 310e6, "stadium"),             # a price keeps its subject
        ("The club was fined €250,000 by the league.", 250000, "fine"),  # the fine (the club is whose it is)
        ("He was found guilty of stealing €3.1m of public money.", 3.1e6, "money"),
        ("Nestle plans to buy back shares worth 1bn Swiss francs.", 1e9, "share"),
    ],
)
def test_sums_that_are_a_price_or_name_their_noun(text, value, subject):
    assert reading(text, value)[0] == subject


def test_a_converted_sum_reads_as_the_sum_it_converts():
    df = claims_of("Revenue dipped 1.4% to 86.7bn Swiss francs ($74.6bn; £39.1bn) in 2004.")
    assert set(df[df.kind == "money"].subject) == {"revenue"}


# --- shares of the vote ------------------------------------------------------

@pytest.mark.parametrize(
    "text,value,agent",
    [
        ("The Greens won 22.5% of the vote, their best result in the province.", 22.5, "greens"),
        ("The Greens came second with 27.5%, followed by the Liberals on 18.3%.", 27.5, "greens"),
        ("The Greens also gained ground, winning 27.5%, while the Liberals lost support.", 27.5, "greens"),
        ("The Union Party won 41.2% of the vote on Sunday and the Greens 27.5%.", 41.2, "union party"),
        ("The Union Party won 41.2% of the vote on Sunday and the Greens 27.5%.", 27.5, "greens"),
        ("In the election the party took 31% in the capital.", 31, "party"),
    ],
)
def test_a_share_won_is_a_share_of_the_vote(text, value, agent):
    assert reading(text, value) == ("vote", "win", agent)


def test_a_placing_outside_an_election_is_no_vote():
    row = by_value(claims_of("In 2003, the US was ahead with 20.5% and China came second with 19.2%."), 19.2)
    assert row.subject != "vote"


def test_a_share_with_a_noun_of_its_own_is_that_nouns():
    assert reading("The firm won 30% of the market.", 30)[0] == "market"
    assert reading("Shares in the firm took 12% off the index.", 12)[0] != "vote"  # no election


def test_a_left_out_verb_is_the_earlier_figures():
    df = claims_of("The Greens won 19 seats, the Liberals 11.")
    assert (by_value(df, 11).subject, by_value(df, 11).agent) == ("seat", "liberals")


def test_a_bare_share_borrows_the_earlier_shares_noun():
    df = claims_of("Some 44% of searchers use just one search engine, 48% use two or three.")
    assert by_value(df, 48).subject == "searcher"
    # 'it' here is the budget, not the incomes the earlier share is of
    df = claims_of("The budget is capped at 1% of national incomes, but the Commission wants it to be 1.26%.")
    assert by_value(df, 1.26).subject != "income"


# --- agents, named as the text names them ------------------------------------

@pytest.mark.parametrize(
    "text,value,agent",
    [
        ("The Halden textile plant, which employs 640 people, will stay closed.", 640, "plant"),
        ("The plant, which employs 340 people, is the largest employer in Brennick.", 340, "plant"),
        ("The owner, Halden Textiles, employs 340 people at the site.", 340, "halden textiles"),
    ],
)
def test_staff_counts(text, value, agent):
    assert reading(text, value) == ("people", "employ", agent)


def test_a_person_is_named_by_surname():
    assert reading("Lars Brenner stole €3.1m from the fund.", 3.1e6)[2] == "brenner"


# --- what narrows a subject --------------------------------------------------

@pytest.mark.parametrize("place", ["city", "town", "region", "country", "area"])
def test_a_generic_place_does_not_narrow_the_subject(place):
    row = by_value(claims_of(f"A week after the strike that killed 11 people in the {place}, rebuilding began."), 11)
    assert row.subject == "people" and row.subject_modifiers == []


def test_a_place_of_business_still_narrows():
    row = by_value(claims_of("Sales at restaurants fell 4% in May."), 4)
    assert row.subject_modifiers == ["restaurant"]


@pytest.mark.parametrize("text,value,modifiers", [
    # another figure's unit is no kind of the noun: 'at 1,165 metres', a figure hyphened to it
    ("Its 6.5-metre mirror, at 1,165 metres above sea level, makes it the largest telescope.", 6.5, []),
    ("Its 6.5-metre mirror, at 1,165 metres above sea level, makes it the largest telescope.", 1165, []),
    ("The 160-foot-wide roof of the arena collapsed on Tuesday.", 160, []),
    # a span of time is the figure's period, and narrows it
    ("Net profit in the six months rose 28% to A$458.4m.", 458.4e6, ["month", "net"]),
])
def test_other_figures_are_no_modifiers(text, value, modifiers):
    rows = claims_of(text)
    row = rows[rows.value == value].iloc[0]
    assert sorted(row.subject_modifiers) == modifiers


# --- a possessor between the figure and its noun; a winner's claim ------------

@pytest.mark.parametrize("text,value,subject", [
    ("The win earned him the £350,000 winner's cheque.", 350000, "cheque"),
    ("She paid the £40 driver's fee.", 40, "fee"),
    # a plural possessor is what is counted
    ("The 12 children's parents were told on Monday.", 12, "child"),
])
def test_a_singular_possessor_after_a_figure_only_says_whose(text, value, subject):
    assert reading(text, value)[0] == subject


def test_claiming_a_prize_is_winning_it_not_a_claim_of_belief():
    won = by_value(claims_of("He beat Hallema 7-4 to claim the title and a winner's cheque of £400,000."), 400000)
    assert not won.hedged
    said = by_value(claims_of("The firm claims sales of 40,000 cars."), 40000)
    assert said.hedged


def test_tipping_the_scales_is_weighing():
    subject, predicate, _ = reading("The pancake tipped the scales at 2.3 tonnes once it was out of the pan.", 2.3)
    assert (subject, predicate) == ("pancake", "weigh")
