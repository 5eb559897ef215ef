"""Bundled check kinds; importing this package registers each of them."""

from factcheck.rules.checks import fact_conflict, plausible_range  # noqa: F401
