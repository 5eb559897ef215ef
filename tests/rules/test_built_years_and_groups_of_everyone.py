"""Session 49 (FC402 and FC305): a thing made in the active voice, named as its object ('Vance planted the
spruce ... in 1968'); a sentence that opens on the thing right after its year; a time told as the time a
building went up ('installed in the 1980s when the hotel was built'); a quote that opens on 'This' names no
second building; an engine is a locomotive; and two groups that hold everyone by sex or age count any whole
('the top 24 ...: 13 girls and 10 boys'). Our own wording; each case has its near miss."""

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

RULES = {r.code: r for r in load_rules()}


def _fires(code: str, text: str) -> list[str]:
    return [f.message for f in run_example(RULES[code], text)]


@pytest.mark.parametrize("text, year, decade", [
    ("The parish council built the pavilion in 1952. The 1970s pavilion will be pulled down.", "1952", "1970s"),
    ("Mrs Okafor planted the oak as a sapling in 1957. The tree, planted in the 1980s, came down in the storm.",
     "1957", "1980s"),
    # two trees in the copy: the next sentence opens on the one just dated
    ("The council will buy a Colorado spruce to replace the Norway spruce that fell on Friday. Ada Bell planted the "
     "fallen spruce as a seedling in 1961. The tree, planted in the 1980s, was the tallest on her land.", "1961", "1980s"),
    ("The library, built in 1996, reopens next week. Its boiler, installed in the 1970s when the library was built, "
     "has been replaced.", "1996", "1970s"),
    ("Work on the Tarn Beck Viaduct will take a year. \"This structure was completed in 1904,\" the engineer said. "
     "Some fear the railway will give up on the 1920s-era trestle.", "1904", "1920s"),
    ("No. 812, a 60-ton tank engine, was built in 1911 at Crewe. The 1930s-era locomotive No. 812 will haul the "
     "Christmas specials.", "1911", "1930s"),
])
def test_a_year_of_making_against_a_decade(text, year, decade):
    messages = _fires("FC402", text)
    assert len(messages) == 1 and year in messages[0] and decade in messages[0]


@pytest.mark.parametrize("text", [
    "The parish council built the pavilion in 1972. The 1970s pavilion will be pulled down.",
    "The founders opened the doors in 1968. The 1970s hotel is closed.",  # (doors are no building)
    "The library, built in 1976, reopens next week. Its boiler, installed in the 1970s when the library was built, "
    "has been replaced.",
    # the next sentence opens on another tree
    "Ada Bell planted the spruce as a seedling in 1961. The new tree, bought in the 1980s from a nursery, stands "
    "beside it.",
    "No. 812, a 60-ton tank engine, was built in 1911 at Crewe. The 1930s-era locomotive No. 640 will haul the "
    "Christmas specials.",
])
def test_near_misses_of_a_year_of_making(text):
    assert _fires("FC402", text) == []


def test_two_groups_that_hold_everyone_count_any_whole():
    short = ("Ninety pupils sat the entrance test, and the top 30 went through to the interviews: 16 girls and 13 "
             "boys, from four counties.")
    messages = _fires("FC305", short)
    assert len(messages) == 1 and "16 + 13" in messages[0] and "30" in messages[0]
    assert _fires("FC305", short.replace("13 boys", "14 boys")) == []
    assert _fires("FC305", short.replace("16 girls and 13 boys", "16 from Leeds and 13 from York")) == []
