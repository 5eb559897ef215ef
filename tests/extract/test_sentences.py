"""Sentence splitting: offsets always point into the article, and no piece is unbounded."""

from hypothesis import given, settings, strategies as st

import factcheck
from factcheck.extract.sentences import MAX_SENTENCE_CHARS, split_sentences


def test_prose_sentences_are_left_whole():
    text = "Police said 14 people were hurt. The road, which carries 40,000 cars a day, was shut.\nHeadline here"
    assert [s.text for s in split_sentences(text)] == [
        "Police said 14 people were hurt.", "The road, which carries 40,000 cars a day, was shut.", "Headline here"]


def test_a_block_without_full_stops_is_cut_at_commas_and_keeps_every_figure():
    row = "Arsenal 3 Fulham 1, Leeds 2 Hull 2; "
    text = row * 200  # a results table pasted as one line
    sentences = split_sentences(text)
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(s.text.endswith((";", ",")) for s in sentences[:-1])
    claims = factcheck.extract(text)
    assert len(claims) == 4 * 200  # every figure of every row is in the table


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1 ,;.\n"), max_size=4000))
def test_pieces_point_into_the_text_and_are_bounded(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert 0 < len(s.text) <= MAX_SENTENCE_CHARS


def test_a_run_without_any_break_is_cut_at_the_limit():
    text = "x" * (2 * MAX_SENTENCE_CHARS + 5)
    assert [len(s.text) for s in split_sentences(text)] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]


def test_a_full_stop_after_a_figure_s_scale_letter_ends_the_sentence():
    """The tokeniser keeps 'm.' whole (an abbreviation), so '£612m. It ...' must be cut here."""
    text = "The budget is £612m. It is made up of £280m for care. The tower is 300m. Mr Lund agreed."
    assert [s.text for s in split_sentences(text)] == [
        "The budget is £612m.", "It is made up of £280m for care.", "The tower is 300m.", "Mr Lund agreed."]


def test_a_full_stop_after_a_spaced_temperature_unit_ends_the_sentence():
    """The tokeniser reads a spaced 'C.' as an initial, so '-78.5 C. Beauchesne said' must be cut here;
    an initial in a name is not a temperature."""
    text = "It was packed in dry ice at -78.5 C. Beauchesne said so. Ann C. Moyle agreed. It hit 98 F. Then it rained."
    assert [s.text for s in split_sentences(text)] == [
        "It was packed in dry ice at -78.5 C.", "Beauchesne said so.", "Ann C. Moyle agreed.", "It hit 98 F.",
        "Then it rained."]


def test_no_before_a_figure_does_not_end_the_sentence():
    text = "She will rise 23 places to No. 51 from No. 84 on Monday. The draw is on Friday."
    assert [s.text for s in split_sentences(text)] == [
        "She will rise 23 places to No. 51 from No. 84 on Monday.", "The draw is on Friday."]
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_a_month_written_as_news_agencies_do_does_not_end_the_sentence():
    text = "It has had 160 complaints since Sept. 26, 185 of them about dogs. The recall began on Oct. 3."
    assert [s.text for s in split_sentences(text)] == [
        "It has had 160 complaints since Sept. 26, 185 of them about dogs.", "The recall began on Oct. 3."]
