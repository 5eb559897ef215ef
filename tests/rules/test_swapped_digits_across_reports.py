"""FC205 on whole reports of our annotated sets: a measure to the decimal told of one deed in the same
words, a year in another clause of the sentence or one that dates the thing or a record, sums whose
sentences tell one deed alike, and a count of deeds that grew by a later day's tally."""

from pathlib import Path

from factcheck.pipeline import run_audit
from rule_helpers import bundled_rules

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "rules"


def _findings(code: str, set_name: str, *files: str) -> list[str]:
    result = run_audit([SETS / set_name / "articles" / f for f in files], rules=[bundled_rules()[code]])
    return [f.message for f in result.findings]


def test_a_measure_to_the_decimal_told_of_one_deed_in_the_same_words():
    """'armed men tied up two guards ... and took 3.2 tonnes of green vanilla' / 'when armed men tied up two
    guards and made off with 2.3 tonnes' (a figure under 100, whose subject the second report leaves out)."""
    found = _findings("FC205", "heldout52", "vanilla-01-lanyard-newswire.md", "vanilla-03-tessera-wire.md")
    assert any("3.2 tonnes" in m and "2.3 tonnes" in m for m in found)


def test_a_year_in_another_clause_of_the_sentence_is_not_the_figures():
    """'a five-storey hostel that houses 212 students' / 'The building plan approved in 2009 allowed 40 rooms;
    the hostel was running 68, packing in its 221 residents': the year is the plan's, not the residents'."""
    found = _findings("FC205", "heldout52", "fumes-01-malwa-sentinel.md", "fumes-03-malwa-sentinel.md")
    assert any("“212”" in m and "“221”" in m for m in found)


def test_a_count_of_deeds_that_grew_by_a_later_days_tally_is_no_swap():
    """'sealed 17 other hostels in a late-night drive' / days later 'have since inspected 378 ... and sealed 71';
    but how many a funicular car was carrying is no tally ('57 passengers' / '75 passengers')."""
    assert _findings("FC205", "heldout52", "fumes-02-tungabhadra-times.md", "fumes-05-tessera-wire.md") == []
    found = _findings("FC205", "heldout49", "funicular-01-corvane-wire.md", "funicular-04-corvane-wire.md")
    assert any("“57”" in m and "“75”" in m for m in found)


def test_sums_whose_sentences_tell_one_deed_in_two_words_alike():
    """'worth an estimated £3.4m' / 'estimated at 4.3 million pounds' of one haul (two content words shared
    across the two sentences, though not near both figures)."""
    found = _findings("FC205", "heldout13", "heist-01-aldermoor-post.md", "heist-02-meridian-wire.md")
    assert any("£3.4m" in m and "4.3 million pounds" in m for m in found)


def test_years_that_date_the_thing_or_a_record_do_not_date_the_figure():
    """'beating the 2019 record' (tea), 'its lowest staffing level since 2009' (police officers), 'first
    opened in 1911' (a rail line): years of the sentence that do not make its figure another event's."""
    assert any("2.4 kg" in m and "4.2kg" in m for m in _findings(
        "FC205", "heldout22", "tea-02-meridian-wire.md", "tea-04-holloway-gazette.md"))
    assert any("1,240" in m and "1,420" in m for m in _findings(
        "FC205", "heldout30", "recruit-01-ironwood-prairie-gazette.md", "recruit-04-ironwood-prairie-gazette.md"))
    assert any("318km" in m and "381-km" in m for m in _findings(
        "FC205", "heldout37", "derail-03-daily-lantern.md", "derail-04-narmadi-times.md"))


def test_a_report_that_gives_both_orders_of_the_digits_counts_two_things_by_them():
    """Set 53: '£2.1 million from the government's Coastal Renewal Fund, £1.2 million from private donors' in
    one report, '£2.1 million from the government's Coastal Renewal Fund' in a later one: the first gives both
    sums, for two sources (the swaps the other tests find are given by one report each)."""
    assert _findings("FC205", "heldout53", "sculpture-01-thamesmouth-gazette.md",
                     "sculpture-05-thamesmouth-gazette.md") == []
