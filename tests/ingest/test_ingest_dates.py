from datetime import date, datetime

import pytest

from factcheck.ingest.dates import normalise_date


@pytest.mark.parametrize("value, expected", [
    ("2024-06-03", "2024-06-03"),
    ("2024-06-03T10:15:00Z", "2024-06-03"),
    ("2024-06-03T23:15:00-05:00", "2024-06-03"),
    ("3 June 2024", "2024-06-03"),
    ("June 3, 2024", "2024-06-03"),
    ("Mon, 03 Jun 2024 10:00:00 GMT", "2024-06-03"),
    (date(2024, 6, 3), "2024-06-03"),
    (datetime(2024, 6, 3, 12, 0), "2024-06-03"),
    ("June 2024", None),          # no day: not guessed
    ("2024", None),
    ("yesterday", None),
    ("not a date at all", None),
    ("9" * 40, None),
    ("", None),
    (None, None),
    (20240603, None),
    (True, None),
])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected
