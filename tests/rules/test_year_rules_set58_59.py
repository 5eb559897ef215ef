"""Session 50 (FC402, FC404, FC408): ships by more names (a dredger, a bulk carrier); 'set up this place in
the 1970s' read as the founding of the one place the article dates; 'it' told in a quote of the next
paragraph after a sentence that kept to the thing; 'since it was set up in 2013' read as told of 'it'; and a
clause that opens on a noun the article gives the holder's name. Our own wording; each case has its near miss."""

import pytest

from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules

RULES = {r.code: r for r in load_rules()}


def _fires(code: str, text: str) -> bool:
    return any(f.rule == code for f in run_example(RULES[code], text))


MARINA = ('Harbour Bay Marina was opened in 1976 by her father, with 40 slips and a bait shop. It now has 260 slips '
          'on five docks.\n\n"My father built the first dock himself," Ms Koyama said. "It\'s been the family\'s '
          'business since it opened in {}, and we will rebuild it."')
MILL = ("Prosecutors say Eastgate Pacific was set up in 2016 by Grant Pell. The Eastgate Pacific diploma mill sold "
        "degrees by phone. Prosecutors said the {} had been running since it was set up in 2013.")
STUD = ('The stud was founded in 1987 by his father, Con, on what was then a dairy farm. "He set up this place in '
        'the {} with two mares and a bank loan," Mr Moynihan said.')
DREDGER = ("The Kittiwake Bay was built in 2006 in the Netherlands and has worked on dredging contracts in the North "
           "Sea. Salvors say the {}-era dredger is in good condition for its age.")


@pytest.mark.parametrize("code, text, fires", [
    ("FC408", MARINA.format(1967), True),
    ("FC408", MARINA.format(1976), False),
    ("FC408", MILL.format("mill"), True),
    ("FC408", MILL.format("bakery"), False),
    ("FC404", STUD.format("1970s"), True),
    ("FC404", STUD.format("1980s"), False),
    ("FC402", DREDGER.format("1990s"), True),
    ("FC402", DREDGER.format("2000s"), False),
])
def test_year_rules(code, text, fires):
    assert _fires(code, text) is fires


THRUST = ("The team's target is the record of 1,228km/h (763mph) set by Thrust SSC in the Black Rock Desert in "
          "Nevada in 1997, when a pilot first broke the sound barrier in a car. The record has stood since the {}.")
HARROW = ("He needs to beat the record of 466, set in 2019 by Tane Harrow at a shed in Western Australia. Harrow's "
          "record has stood since {}, and his own best is 438.")


@pytest.mark.parametrize("code, text, fires", [
    ("FC404", THRUST.format("1980s"), True),
    ("FC404", THRUST.format("1990s"), False),
    ("FC408", HARROW.format(2016), True),
    ("FC408", HARROW.format(2019), False),
])
def test_a_record_set_in_a_year_and_standing_since(code, text, fires):
    assert _fires(code, text) is fires
