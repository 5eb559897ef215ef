"""Sessions 53 and 54: running totals a later report undercuts (a toll told by a participle after its sentence's deed,
what falls from the sky as one doer, a toll told as it stood days back, a victim's home town), the sentence before a
figure read past 'a.m.', a school's teaching staff, and a tally every report keeps to its day. Our own wording (one
test reads set 64's own articles), with near misses."""

from pathlib import Path

import pytest

from factcheck.extract.sentences import last_sentence
from factcheck.ingest import read_paths
from factcheck.pipeline import audit_ingested
from factcheck.rules.checks.swapped_digits import _one_noun
from factcheck.rules.loader import load_rules
from track_helpers import claims_by_text, went_down


_QUARRY_BLAST = ("Glendrum Post", "2028-11-03", "GLENDRUM - The county council ordered the Slievecore quarry at Glendrum "
                 "to stop blasting after an explosion hurled rocks onto homes in the village, injuring four people.")
_QUARRY_BLAST_LATER = ("Glendrum Observer", "2028-11-09", "GLENDRUM - The blast at the Slievecore quarry in Glendrum "
                       "injured two people and damaged 14 houses, the quarry company said.")
#: the council's own deed, told by its verb, is not the explosion's
_COUNCILS_OWN_DEED = ("Glendrum Post", "2028-11-03", "GLENDRUM - The county council at Glendrum has injured four people "
                      "with its new speed bumps, the Slievecore residents' group said.")
_DEBRIS = ("Gazette", "2028-11-09", "MIRRINDEE - Pieces of the Helion-4 stage that broke up over Mirrindee Shire have "
           "now been recovered. Falling debris killed at least five cattle on Yarran Downs.")
_STAGE_LATER = ("Gazette", "2028-11-14", "MIRRINDEE - The Helion-4 stage that broke up over Mirrindee Shire killed three "
                "cattle on Yarran Downs, according to the company.")
#: poachers are another doer
_POACHERS_LATER = ("Gazette", "2028-11-14", "MIRRINDEE - Poachers on Yarran Downs in Mirrindee Shire killed three cattle "
                   "near the Helion-4 crash site, police said.")


_STAND = ("Harbour Post", "2026-05-02", "Thirty-one people have now been treated for injuries after the stand collapse "
          "at Brennock Park, the ambulance service said.")
_STAND_LOOKING_BACK = ("Northern Ledger", "2026-05-13", "Nearly two weeks after the stand collapse at Brennock Park left "
                       "24 people injured, the club has asked engineers to inspect every terrace.")
#: the same toll without the look back is of its own day, eleven days on: another week's
_STAND_OF_ITS_DAY = ("Northern Ledger", "2026-05-13", "The stand collapse at Brennock Park left 24 people injured, the "
                     "club said as it asked engineers to inspect every terrace.")
_PIER = ("Harbour Post", "2026-06-10", "The number of people injured when the pier collapsed at Castlereagh Strand has "
         "risen to 18, the coastguard said.")
_PIER_VICTIM_FROM = ("Northern Ledger", "2026-06-12", "Engineers began inspecting the pier at Castlereagh Strand on "
                     "Thursday. The 15 people injured in the collapse included Maura Quinlan, from Drumfinn, who was "
                     "treated for a broken leg.")
#: a toll put at another town is another toll
_INJURED_AT = ("Northern Ledger", "2026-06-12", "Engineers began inspecting the pier at Castlereagh Strand on Thursday. "
               "The 15 people injured at Drumfinn included Maura Quinlan, who was treated for a broken leg.")


@pytest.mark.parametrize("reports, near_miss", [
    # a toll told by a participle after its sentence's deed is the event's, not the clause subject's
    ((_QUARRY_BLAST, _QUARRY_BLAST_LATER), (_COUNCILS_OWN_DEED, _QUARRY_BLAST_LATER)),
    # what falls from the sky is one doer in two reports
    ((_DEBRIS, _STAGE_LATER), (_DEBRIS, _POACHERS_LATER)),
    # a toll told as it stood some days back is compared over that many more days
    ((_STAND, _STAND_LOOKING_BACK), (_STAND, _STAND_OF_ITS_DAY)),
    # a victim's home town set off after her name is not where the toll happened
    ((_PIER, _PIER_VICTIM_FROM), (_PIER, _INJURED_AT)),
], ids=["toll-participle", "falling-debris", "looking-back", "victims-home-town"])
def test_a_later_report_undercuts_the_toll_its_near_miss_does_not(reports, near_miss):
    assert went_down(*reports)
    assert not went_down(*near_miss)


def test_the_sentence_before_goes_on_past_a_lower_case_word_after_a_stop():
    text = "The leopard walked into a cage trap at about 4:30 a.m. on Tuesday, said the forest officer. The animal"
    assert last_sentence(text[:text.index("The animal")]).startswith("The leopard walked")
    assert last_sentence("It rained. The Animal") == "The Animal"


def test_a_schools_teaching_staff_are_its_teachers():
    teachers = claims_by_text("Most of the school's 86 teachers were back.")["86"]
    teaching = claims_by_text("Most of the school's 68 teaching staff were back.")["68"]
    cleaners = claims_by_text("Most of the school's 68 cleaning staff were back.")["68"]
    assert _one_noun(teaching) == _one_noun(teachers) != _one_noun(cleaners)


def test_a_tally_every_report_keeps_to_its_day_is_one_fact_over_the_story():
    """Set 64's complaints about a rail shutdown's buses: 'has received about 1,900' (2 October), 'had received about
    7,300 ... since the shutdown began' (8 October), 'has now received 6,200' (10 October): the last went down."""
    folder = Path(__file__).parents[1] / "benchmarks" / "rules" / "heldout64" / "articles"
    paths = [folder / f"overrun-0{n}-{outlet}.md" for n, outlet in
             ((1, "currawong-coast-echo"), (3, "windrose-wire"), (4, "currawong-coast-echo"))]
    report = audit_ingested(read_paths(paths), [r for r in load_rules() if r.code == "FC203"])
    assert any("6,200" in f.message and "7,300" in f.message for f in report.findings)
