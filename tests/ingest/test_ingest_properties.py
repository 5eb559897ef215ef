"""Properties: arbitrary bytes never crash ingest; text lines are file lines."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest import read_paths
from factcheck.model import Article, ReadError
from tests.ingest.helpers import assert_line_mapping

EXTENSIONS = [".txt", ".md", ".html", ".json", ".jsonl"]

#: Bytes biased towards the characters that matter to the readers.
structured_bytes = st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from([
        b"---\n", b"title: x\n", b"# H\n", b"\n", b"\r\n", b"\r", b"{", b"}", b"[", b"]",
        b'"text": "a"', b",", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xa3", b"\xc3",
        b"<p>", b"</p>", b"<html>", b"- Outlet\n", b"2 hours ago\n", b"Outlet\n", b"13\n",
        b"Share\n", b"Some headline\n", b"Body with 12 numbers.\n",
    ]), max_size=40).map(b"".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=structured_bytes, extension=st.sampled_from(EXTENSIONS))
def test_any_bytes_never_raise(data, extension):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{extension}"
        path.write_bytes(data)
        result = read_paths([path])
    for item in result.articles:
        assert isinstance(item, Article)
        assert not any(ord(c) < 32 and c not in "\n\t" for c in item.text + item.title + item.source)
    assert all(isinstance(e, ReadError) for e in result.errors)
    assert result.articles or result.errors


line_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=30)
page_lines = st.lists(st.one_of(
    line_text, st.just(""), st.just("13"), st.just("Share"), st.just("2 hours ago"),
    st.just("Valley Courier"), st.just("- Valley Courier"), st.just("# Heading"),
    st.just("Headline"), st.just("---"), st.just("title: T"),
), max_size=25)


@settings(max_examples=150, deadline=None)
@given(lines=page_lines, extension=st.sampled_from([".txt", ".md"]),
       newline=st.sampled_from(["\n", "\r\n"]))
def test_each_text_line_is_the_file_line(lines, extension, newline):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"page{extension}"
        path.write_bytes(newline.join(lines).encode("utf-8"))
        for article in read_paths([path]).articles:
            assert_line_mapping(article)
