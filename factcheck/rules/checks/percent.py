"""What the percentage checks share: does a figure as written go past 100%?"""

from __future__ import annotations

#: Qualifiers that round a figure rather than bound it: "some 104%" still says the figure
#: is about 104; the tolerance they allow is for comparing figures, not for judging one.
ROUNDING_QUALIFIERS = {"about", "nearly", "exactly", "average"}


def stated_above_100(claim) -> bool:
    """Does the figure as written go past 100%? A bound must ("more than 104%"); a rounded
    figure does when its own value does ("some 104%"); a ceiling never does ("up to 110%")."""
    if claim.qualifier in ROUNDING_QUALIFIERS:
        return claim.base_value is not None and claim.base_value > 100
    return claim.base_low is not None and claim.base_low > 100
