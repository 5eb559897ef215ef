"""News phrasings the time and arithmetic checks must read (and near misses they must leave alone)."""

import pytest

from rule_helpers import fires




@pytest.mark.parametrize("text,expected", [
    ("The plant was built in 1972. Former workers said the 1980s factory had faulty wiring.", True),
    ("Trains use the viaduct, which opened in 1964. The 1950s bridge needs strengthening.", True),
    ("The walls, built in 1991, were 2.5m high. Residents said the 1960s walls were never inspected.", True),
    ("The plant was built in 1972. The 1970s factory employs 300 people.", False),
    ("The tower was built in 1972. The 1980s school next door will close.", False),
])
def test_year_decade_reads_synonyms_and_participles(text, expected):
    assert fires("FC402", text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Judge Ann Fenn sentenced Brenner to six years in prison on 16 June 2025.", True),
    ("Turnout reached 64% when voters went to the polls on 8 June 2025.", True),
    ("Police arrested him and he faces trial on 16 June 2025.", False),
    ("The road reopens when work has finished in 2026.", False),
    ("Judge Ann Fenn sentenced Brenner to six years in prison on 2 June 2025.", False),
])
def test_future_event_reads_longer_clauses(text, expected):
    assert fires("FC403", text, published="2025-06-06") is expected


@pytest.mark.parametrize("text,expected", [
    ("Of the parliament's 60 seats, the Union Party won 28, the Greens 21 and the Liberals 17.", True),
    ("Of the city's 45 cooling centres, 20 are in libraries, 18 in schools and 15 in sports halls.", True),
    ("The firm's 14,000 staff work in three countries: 9,500 in Velt, 3,800 in Lorvik and 2,100 in Pesca.", True),
    ("The firm's 14,000 staff work in three countries: 9,500 in Velt, 2,800 in Lorvik and 1,700 in Pesca.", False),
    ("Of the parliament's 60 seats, the Union Party won 28, the Greens 21 and the Liberals 11.", False),
])
def test_components_read_possessives_holders_and_groups(text, expected):
    assert fires("FC304", text) is expected


@pytest.mark.parametrize("text,expected", [
    ("Six workers died in the fire at the textile plant in Brennick, including eight women, the firm said.", True),
    ("Sixteen workers died in the fire at the textile plant in Brennick, including eight women, the firm said.", False),
])
def test_part_whole_reads_a_longer_gap_before_including(text, expected):
    assert fires("FC302", text) is expected
