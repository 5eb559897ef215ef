"""Bundled check kinds; importing this package registers each of them."""

from factcheck.rules.checks import (  # noqa: F401
    age_birth_year,
    change_mismatch,
    components_sum,
    decade_label,
    deed_decade,
    event_decade,
    fact_conflict,
    fall_above_100,
    first_event,
    fold_vs_percent,
    future_event,
    implied_speed,
    part_whole,
    plausible_range,
    running_total,
    scale_slip,
    share_above_100,
    storey_height,
    swapped_digits,
    year_decade,
)
