"""Two things of a kind brought in by two reports, a thing's position against its size, an age still to
come, a part told with the rest of its set, the thing a relative clause's 'which ... say is' speaks of,
the hospital toll told as treatment needed, pigeons as birds, and a whole set checked every day."""

from pathlib import Path

from factcheck.pipeline import run_audit
from track_helpers import claims_by_text, fires_within, keys_of, rule_of


SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "rules"


def _cross_article_in_set(set_name: str, *files: str) -> list[str]:
    """FC201's findings on some articles of an annotated set, read as the audit reads them."""
    result = run_audit([SETS / set_name / "articles" / f for f in files], rules=[rule_of("FC201")])
    return [f.message for f in result.findings]


def test_one_of_a_set_brought_in_with_a_is_not_the_thing_another_report_brings_in():
    """'Rangers removed 14 crocodiles ..., including a 3.1-metre animal taken from the boat harbour in June'
    and, days later, 'when there's a four-metre animal at the ramp' are two crocodiles; but two reports of
    one day that each bring in the plant's site with 'a' ('a 640-acre site' / 'a 1,100-acre site') disagree."""
    assert _cross_article_in_set("heldout52", "croc-01-barramundi-coast-times.md", "croc-05-kurrawong-advocate.md") == []
    assert any("640-acre" in m for m in _cross_article_in_set(
        "heldout23", "fert-01-millbrook-tribune.md", "fert-02-corvane-wire.md"))


def test_how_high_a_thing_is_is_not_its_size():
    keys = keys_of("Nests can reach 60 cm (24 inches) in height. The 27 nests found so far have all been in trees, "
                   "between six and 22 metres off the ground.")
    assert keys["60 cm"] != keys["between six and 22 metres"]
    assert keys["between six and 22 metres"][2] == "above the ground"


def test_an_age_still_to_come_is_not_the_age_told_before():
    text = ("Brooks, 13, hugged Okonkwo on stage after the final word. Brooks, who turns 14 in December and ages "
            "out of the bee, said he had already chosen his next competition.")
    assert not fires_within(text, "2027-10-12")
    assert fires_within("Brooks, 13, hugged Okonkwo on stage after the final word. Brooks, 14, said he had already "
                        "chosen his next competition.", "2027-10-12")


def test_a_part_told_with_the_rest_of_its_set_is_not_named_by_the_whole():
    """'two officials of the council and one of the fire department' ... 'The three officials named': the
    label names all three."""
    told = ("The report, submitted to the District Magistrate on Friday, holds the owner and manager \"directly "
            "responsible\" and names two officials of the municipal council{rest} for failing to act on a complaint "
            "filed by a neighbour in June.\n\nThe three officials named in the report have been suspended.")
    assert not fires_within(told.format(rest=" and one of the fire department"))
    assert fires_within(told.format(rest=""))


def test_which_they_say_is_speaks_of_the_thing_before_it():
    claims = claims_by_text("Rangers said the crocodile, which they believe is about 80 years old, had old scars.")
    assert claims["about 80 years old"].subject == "crocodile"


def test_people_who_needed_hospital_treatment_are_the_hospital_toll():
    keys = keys_of("Five people have needed hospital treatment for stings since then. Seven walkers required "
                   "treatment in hospital. Eleven people were taken to hospital.")
    assert keys["Five"][2] == keys["Seven"][2] == keys["Eleven"][2] == "hospitalise"


def test_dead_pigeons_are_dead_birds():
    keys = keys_of("At least 340 dead pigeons had been found on the coast. By Friday 290 dead birds had been found.")
    assert keys["At least 340"] == keys["290"]


def test_all_of_a_set_checked_every_day_names_the_set_kept():
    """'will keep seven traps in the river' ... 'Rangers check all nine traps at first light every day': how
    often the whole set is checked does not make it a count per day."""
    told = ("The wildlife service says it will keep seven traps in the river until at least the end of the month. "
            "\"The river now has fewer large crocodiles,\" she said. Rangers check all {n} traps at first light every day.")
    assert fires_within(told.format(n="nine"), "2027-10-09")
    assert not fires_within(told.format(n="seven"), "2027-10-09")


def test_a_capacity_hyphened_to_a_name_is_that_of_the_kind_another_report_names():
    """'The 80-seat Haddon Tern' / a day later 'The 108-seat craft': one craft; but a venue's capacity told by
    a verb ('Murrabeen Sports Centre, which seats 3,400') is not a named arena's ('the 5,200-seat Harbourside
    Arena')."""
    found = _cross_article_in_set("heldout52", "hovercraft-03-haddon-estuary-gazette.md",
                                  "hovercraft-04-lanyard-newswire.md")
    assert any("80-seat" in m and "108-seat" in m for m in found)
    assert not any("5,200-seat" in m for m in _cross_article_in_set(
        "heldout50", "netball-02-murrabeen-advocate.md", "netball-04-tidemark-wire.md"))
