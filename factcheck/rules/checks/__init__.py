"""Bundled check kinds; importing this package registers each of them."""

from factcheck.rules.checks import (  # noqa: F401
    change_mismatch,
    fact_conflict,
    fold_vs_percent,
    part_whole,
    plausible_range,
    running_total,
    share_above_100,
)
