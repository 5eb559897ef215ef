"""Turn the bytes of a file into clean text whose lines match the file's lines.

Why this is its own step: every later stage points into ``Article.text`` by
character offset and reports the *file* line of a claim as
``first_line + number of "\\n" before the offset``.  So the cleaning done here
may delete or replace characters *within* a line, but must never add or remove
a line break (other than turning ``\\r\\n`` / ``\\r`` into the ``\\n`` that an
editor would show as the same line break).
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata

from charset_normalizer import from_bytes

UTF8_BOM = b"\xef\xbb\xbf"

#: Control characters that separate words (vertical tab, form feed, the
#: information separators, NEL, Unicode line/paragraph separators): they
#: become a space so that the words on either side stay apart.  They are
#: deliberately *not* turned into ``\n``: the file's line numbering is the
#: one of ``\n`` (what ``grep -n`` and editors' "go to line" agree on).
_SPACING_CONTROLS = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_SPACING_RE = re.compile(f"[{re.escape(_SPACING_CONTROLS)}]")

#: Every other C0/C1 control character except tab and newline, plus DEL,
#: and stray byte-order marks inside the text: deleted.  So are the bidi
#: embeddings, overrides and isolates (U+202A-202E, U+2066-2069), which make a
#: terminal show the rest of a line in another order than it is stored (the
#: "Trojan Source" trick), and the invisible Unicode tag characters.  The
#: plain direction marks (U+200E, U+200F) stay: Arabic and Hebrew names need them.
_DROPPED_RE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufeff\u202a-\u202e\u2066-\u2069"
                         "\U000e0000-\U000e007f]")


#: Below this share of non-ASCII bytes, a file that is not valid UTF-8 is
#: taken as UTF-8 with a few stray single-byte characters (a Windows-1252 "£"
#: pasted into UTF-8 copy is the classic case).  Detection is poor at such
#: files: with one odd byte among thousands of ASCII ones charset-normalizer
#: may pick a CJK code page and turn "£15.8m" into "｣15.8m".
_STRAY_BYTES_SHARE = 0.05


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


def _cp1252_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as Windows-1252 (Latin-1 for its 5 holes)."""
    bad = error.object[error.start:error.end]
    return "".join(_one_byte_as_cp1252(b) for b in bad), error.end


def _one_byte_as_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


codecs.register_error("factcheck-cp1252", _cp1252_fallback)


def decode_bytes(data: bytes) -> str:
    """Decode file bytes: UTF-8 (BOM or not) first, then detection.

    UTF-8 is tried strictly first because it is by far the most common
    encoding of news copy and detection can misjudge short files.  A mostly
    ASCII file with a few bad bytes is UTF-8 with stray Windows-1252 bytes.
    Otherwise charset-normalizer picks the most plausible encoding; when it
    finds none (binary data) we raise :class:`UndecodableError` so that the
    caller reports a ``ReadError`` instead of feeding garbage to the extractor.
    """
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    non_ascii = sum(1 for b in data if b >= 0x80)
    if b"\x00" not in data and non_ascii <= _STRAY_BYTES_SHARE * len(data):
        return data.decode("utf-8", errors="factcheck-cp1252")
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("not text: no encoding fits these bytes (binary file?)")
    return str(best)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_controls(text: str) -> str:
    """Remove control characters other than ``\\n`` and ``\\t``.

    They must not reach reports (terminal escapes, NULs).  Line breaks are
    untouched, so line numbers computed on the result are the file's.
    """
    text = _SPACING_RE.sub(" ", text)
    return _DROPPED_RE.sub("", text)


#: A character reference left in scraped text: "caf&#233;", "F&#244;n", "&amp;", "&#x2019;".
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_references(text: str) -> str:
    """Character references in plain text, as the characters they stand for ('caf&#233;' ->
    'café'; the digits of '&#233;' are no figure). Unknown names are left as written."""
    return _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text)


def clean_text(text: str) -> str:
    """Character references + newline normalisation + control stripping + NFC, for any text we keep.

    NFC composition only merges combining marks into their base letter; it
    never touches ``\\n``, so the line mapping holds. A reference that stands
    for a control or format character ('&#27;') is stripped with the rest.
    """
    return unicodedata.normalize("NFC", strip_controls(normalise_newlines(unescape_references(text))))


def read_text(data: bytes) -> str:
    """Bytes of a file -> clean text (see :func:`decode_bytes`, :func:`clean_text`)."""
    return clean_text(decode_bytes(data))
