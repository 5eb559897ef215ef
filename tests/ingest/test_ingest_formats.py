"""Each supported format, ids, walking, skipping and read errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.ingest import iter_paths, read_paths
from factcheck.model import Article, ReadError
from tests.ingest.helpers import FIXTURES, assert_line_mapping

FORMATS = FIXTURES / "formats"


@pytest.fixture(scope="module")
def formats_result():
    return read_paths([FORMATS])


def by_id(result, article_id):
    matches = [a for a in result.articles if a.id == article_id]
    assert len(matches) == 1, [a.id for a in result.articles]
    return matches[0]


def test_txt_headline_then_blank_line_is_the_title(formats_result):
    article = by_id(formats_result, "bbc_style.txt")
    assert article.title == "Council approves 45 new homes"
    assert article.format == "txt"
    assert article.first_line == 3
    assert article.text.startswith("The planning committee approved 45 homes")
    assert article.text.endswith("building would start in March.")


def test_txt_without_blank_line_after_first_line_has_no_title(formats_result):
    article = by_id(formats_result, "no_title.txt")
    assert article.title == ""
    assert article.first_line == 1
    assert article.text.startswith("a first paragraph with no headline")


def test_md_front_matter_fields_and_body_line(formats_result):
    article = by_id(formats_result, "front_matter.md")
    assert article.title == "Reservoir levels fall to 61%"
    assert article.source == "Dale Observer"
    assert article.published == "2024-06-03"
    assert article.url == "https://example.org/reservoir"
    assert article.ignore == ["FC201", "implausible-value"]
    assert article.format == "md"
    assert article.first_line == 11          # the body's first line in the file
    assert article.text.startswith("Reservoir levels across the region fell to 61%")


def test_md_leading_heading_becomes_the_title(formats_result):
    article = by_id(formats_result, "heading.md")
    assert article.title == "Bus fares capped at £2 for another year"
    assert article.first_line == 3
    assert "# Bus fares" not in article.text


def test_html_goes_through_trafilatura_with_metadata(formats_result):
    article = by_id(formats_result, "article.html")
    assert article.format == "html"
    assert article.title == "Library reopens after £2.4m refurbishment"
    assert article.source == "Eastfield News"
    assert article.published == "2024-05-17"
    assert article.url == "https://eastfield.example/news/library-reopens"
    assert article.first_line == 1
    assert "120 study desks" in article.text
    assert "Home" not in article.text.split()       # navigation left out
    assert "All rights reserved" not in article.text
    assert not article.text.startswith(article.title)


def test_json_articles_key_records_ids_and_missing_text(formats_result):
    first = by_id(formats_result, "feed.json#a-101")
    assert (first.title, first.source, first.published, first.url) == (
        "Rail line reopens", "Metro Line", "2024-03-01", "https://example.org/rail")
    assert first.ignore == ["FC102"]
    second = by_id(formats_result, "feed.json#2")
    assert second.published == "2024-03-01"
    assert second.format == "json"
    errors = [e for e in formats_result.errors if e.path.endswith("feed.json")]
    assert len(errors) == 1 and "record 3" in errors[0].message and "no text" in errors[0].message


def test_json_single_object_keeps_plain_id_and_bad_date_is_none(formats_result):
    article = by_id(formats_result, "single.json")
    assert article.published is None
    assert article.text == "A single record with 3 figures."


def test_jsonl_bad_lines_are_errors_with_line_numbers_and_others_are_read(formats_result):
    articles = [a for a in formats_result.articles if a.path.endswith("records.jsonl")]
    assert [(a.id, a.first_line, a.format) for a in articles] == [
        ("records.jsonl#r1", 1, "jsonl"), ("records.jsonl#3", 4, "jsonl")]
    errors = [e for e in formats_result.errors if e.path.endswith("records.jsonl")]
    assert [e.line for e in errors] == [2, 5, 6]
    assert "invalid JSON" in errors[0].message
    assert "no text" in errors[2].message


def test_unsupported_extension_is_skipped_and_counted(formats_result):
    assert [Path(p).name for p in formats_result.skipped] == ["notes.csv"]


def test_line_mapping_of_text_formats(formats_result):
    for article in formats_result.articles:
        if article.format in ("txt", "md"):
            assert_line_mapping(article)


def test_missing_path_is_a_read_error_not_an_exception(tmp_path):
    result = read_paths([tmp_path / "nowhere", tmp_path / "gone.txt"])
    assert result.articles == []
    assert [Path(e.path).name for e in result.errors] == ["nowhere", "gone.txt"]


def test_walk_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed story with 2 items.\n")
    (tmp_path / "a" / "y.txt").write_text("Why story with 3 items.\n")
    (tmp_path / "x.txt").write_text("Ex story with 4 items.\n")
    (tmp_path / ".hidden.txt").write_text("hidden 5\n")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref 6\n")
    ids = [a.id for a in read_paths([tmp_path]).articles]
    assert ids == ["a/y.txt", "b/z.txt", "x.txt"]


def test_ids_are_relative_to_the_root_given_or_the_file_name(tmp_path):
    (tmp_path / "sub").mkdir()
    file = tmp_path / "sub" / "story.txt"
    file.write_text("Title\n\nBody with 1 number.\n")
    assert [a.id for a in read_paths([tmp_path]).articles] == ["sub/story.txt"]
    assert [a.id for a in read_paths([file]).articles] == ["story.txt"]
    assert read_paths([str(file)]).articles[0].path == str(file)


def test_ids_are_stable_across_runs_and_unique():
    first = [a.id for a in read_paths([FIXTURES]).articles]
    second = [a.id for a in read_paths([FIXTURES]).articles]
    assert first == second
    assert len(set(first)) == len(first)


def test_same_file_twice_is_read_once_and_clashing_ids_get_a_suffix(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"Story in {folder} with 9 items.\n")
    once = tmp_path / "one" / "same.txt"
    result = read_paths([once, once, tmp_path / "two" / "same.txt"])
    assert [a.id for a in result.articles] == ["same.txt", "same.txt~2"]


def test_iter_paths_streams_the_same_items_and_reports_files(tmp_path):
    seen = []
    streamed = list(iter_paths([FORMATS], on_file=seen.append))
    result = read_paths([FORMATS])
    assert [i for i in streamed if isinstance(i, Article)] == result.articles
    assert [i for i in streamed if isinstance(i, ReadError)] == result.errors
    assert "notes.csv" not in [p.name for p in seen]
    assert "bbc_style.txt" in [p.name for p in seen]


def test_crlf_bom_and_control_characters(tmp_path):
    path = tmp_path / "messy.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline 1\r\n\r\nBody \x1b[31mred\x1b[0m has\x00 7 rooms\x0cand more.\r\nLast line.\r\n")
    (article,) = read_paths([path]).articles
    assert article.title == "Headline 1"
    assert article.first_line == 3
    assert article.text == "Body [31mred[0m has 7 rooms and more.\nLast line."
    assert not any(ord(c) < 32 and c not in "\n\t" for c in article.text)


def test_bidi_overrides_are_dropped_but_direction_marks_kept(tmp_path):
    path = tmp_path / "bidi.txt"
    path.write_text("Headline\n\nThe fee is \u202e£15m\u202c, said \u2067Ali\u2069 and Dan\u200f; tag\U000e0041 end.\n",
                    encoding="utf-8")
    (article,) = read_paths([path]).articles
    assert article.text == "The fee is £15m, said Ali and Dan\u200f; tag end."


def test_stray_windows_1252_byte_in_utf8_copy_stays_a_pound_sign(tmp_path):
    path = tmp_path / "pound.txt"
    path.write_bytes("Fee rises\n\nThe fee is ".encode() + b"\xa315.8m, caf\xc3\xa9 owners said." + b" ok" * 40)
    (article,) = read_paths([path]).articles
    assert article.text.startswith("The fee is £15.8m, café owners said.")


def test_binary_file_is_a_read_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 8)
    result = read_paths([path])
    assert result.articles == []
    assert len(result.errors) == 1 and "not text" in result.errors[0].message


def test_json_that_is_not_objects_and_bad_front_matter_are_errors(tmp_path):
    (tmp_path / "num.json").write_text("42")
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody 3.\n")
    (tmp_path / "list.md").write_text("---\n- a\n- b\n---\nBody 4.\n")
    result = read_paths([tmp_path])
    assert result.articles == []
    assert sorted(Path(e.path).name for e in result.errors) == ["bad.md", "list.md", "num.json"]


def test_jsonl_record_with_aliases_and_source_object(tmp_path):
    record = {"headline": "Alias", "source": {"id": "x", "name": "Wire Service"},
              "publishedAt": "2024-02-29T23:00:00Z", "content": "Profits were 4% up."}
    (tmp_path / "feed.jsonl").write_text(json.dumps(record) + "\n")
    (article,) = read_paths([tmp_path]).articles
    assert (article.title, article.source, article.published, article.text) == (
        "Alias", "Wire Service", "2024-02-29", "Profits were 4% up.")
    assert article.id == "feed.jsonl"
