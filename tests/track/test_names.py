"""NameFinder finds what one alternation of all the names (longest first, whole words) would."""

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck.track.names import NameFinder

WORDS = ["port", "selden", "new", "york", "city", "halden", "the", "of", "bank", "england", "storm", "idris"]
names = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6)
texts = st.lists(st.sampled_from(WORDS + ["said", ",", ".", "12"]), max_size=30).map(" ".join)
#: Names are written with capitals; on text where every word has one, matching is case-blind.
capitalised_texts = texts.map(lambda text: " ".join(w[:1].upper() + w[1:] for w in text.split()))


def by_regex(known, text):
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(known, key=len, reverse=True))) + r")\b", re.I)
    return [(m.group(1).lower(), m.start(), m.end()) for m in pattern.finditer(text)]


@given(names, capitalised_texts)
def test_same_matches_as_one_alternation_of_the_names(known, text):
    found = [(m.name, m.start, m.end) for m in NameFinder(known).finditer(text)]
    assert found == by_regex(known, text)


@given(names, texts)
def test_a_name_is_written_with_a_capital(known, text):
    """'us' and 'bank' in running text are no place and no organisation."""
    assert list(NameFinder(known).finditer(text.lower())) == []


def test_lower_case_words_are_not_the_names_they_spell():
    finder = NameFinder(["US", "Bank", "Bank of England"])
    text = "It told us the bank would follow the Bank of England and the US."
    assert [text[m.start:m.end] for m in finder.finditer(text)] == ["Bank of England", "US"]


def test_case_blind_whole_words_longest_first():
    finder = NameFinder(["New York", "New York City", "York"])
    text = "Flights from NEW YORK CITY to York and Yorkshire."
    found = [(m.name, text[m.start:m.end]) for m in finder.finditer(text)]
    assert found == [("new york city", "NEW YORK CITY"), ("york", "York")]


def test_no_names_finds_nothing():
    assert not NameFinder([])
    assert list(NameFinder([]).finditer("Port Selden")) == []
