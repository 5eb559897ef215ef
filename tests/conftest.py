"""Shared test fixtures.

``shared_data`` is the public test data kept beside the repo in
``../shared/data`` (never copied into it). Tests that need it skip with the
reason when it is absent, except under CI (``CI=true``), where it is always
present and a missing folder is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_data_dir() -> Path:
    return Path(os.environ.get("FACTCHECK_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    folder = shared_data_dir()
    if not folder.is_dir():
        reason = f"public test data not found at {folder} (set FACTCHECK_SHARED_DATA)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return folder
