"""Figures of two stories kept apart (session 32): a toll's tie words leave out the verbs of every
casualty toll, and a population belongs to the place set off before it, not to a place it is
measured from.

Each case is our own wording of a general pattern of news copy.
"""

from factcheck.extract.claims import extract_articles
from factcheck.model import Article
from factcheck.rules.examples import run_example
from factcheck.rules.loader import load_rules
from factcheck.track.places import Places
from factcheck.track.ties import words_beyond

from track_helpers import articles, claims_by_text

RULES = {r.code: r for r in load_rules()}


def fired(code: str, *items) -> bool:
    return any(f.rule == code for f in run_example(RULES[code], articles(*items)))


def test_the_verbs_of_casualty_tolls_are_no_tie_words_for_a_toll():
    toll = claims_by_text("The death toll rose to 22 on Tuesday after two injured passengers died in hospital "
                          "and a third was found.")["22"]
    words = words_beyond(toll, "kill")
    assert not {"died", "injured"} & words  # any disaster story says as much
    assert "hospital" in words
    # another block keeps them: in a block of rises, 'died' still tells something
    assert "died" in words_beyond(toll, "rise")


def test_a_population_belongs_to_the_place_set_off_before_it():
    first = ("Hackers shut down the hospitals of Pinecrest on Monday. Pinecrest, a city of about 84,000, is "
             "22 miles north of Ridgeline.")
    second = ("Fourteen baboons escaped from the zoo in Ridgeline on Sunday. Ridgeline, a town of about 46,000, "
              "has had zoo escapes before.")
    assert not fired("FC201", ("Pinecrest Monitor", "2026-12-08", first), ("Ridgeline Tribune", "2026-12-07", second))
    # one town's population in two reports still disagrees
    third = "Ridgeline, a town of about 64,000, lies on the river."
    assert fired("FC201", ("Ridgeline Tribune", "2026-12-07", second), ("Valley Wire", "2026-12-08", third))


def test_a_place_measured_from_is_not_where_a_population_is():
    article = Article(id="a", path="a", published="2026-12-08",
                      text="Police in Ridgeline said 14 baboons escaped. Pinecrest, a city of about 84,000, is 22 "
                           "miles north of Ridgeline.")
    found = [c for _, claims in extract_articles([article]) for c in claims]
    places = Places(found, {"a": article})
    population = next(c for c in found if c.subject == "population")
    distance = next(c for c in found if c.dimension == "length")
    assert "ridgeline" not in places.of(population)
    assert "ridgeline" in places.of(distance)  # a distance keeps its reference point


def test_a_name_the_copy_calls_a_river_once_is_a_river_everywhere():
    first = Article(id="a", path="a", published="2026-12-08",
                    text="The bus rolled into the gorge of the Kaveri River near Devigarh, killing 12 people.")
    second = Article(id="b", path="b", published="2026-12-10",
                     text="Divers recovered five more bodies from the Kaveri, raising the death toll to 17.")
    found = [c for _, claims in extract_articles([first, second]) for c in claims]
    places = Places(found, {"a": first, "b": second})
    # a toll's river says nothing against a town on it; two towns still disagree
    assert places.agree(frozenset({"kaveri"}), frozenset({"devigarh"}), country_wide=True)
    assert not places.agree(frozenset({"devigarh"}), frozenset({"pithaura"}), country_wide=True)
