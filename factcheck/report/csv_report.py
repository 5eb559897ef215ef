"""The claims table as CSV (one row per numeric mention)."""

from __future__ import annotations

from factcheck.model import CLAIM_COLUMNS, rows_to_frame


def claims_csv(result) -> str:
    frame = rows_to_frame(result.claims, CLAIM_COLUMNS)
    for col in ("subject_modifiers", "entities", "places", "dates"):
        frame[col] = frame[col].map("; ".join)
    return frame.to_csv(index=False, lineterminator="\n")
