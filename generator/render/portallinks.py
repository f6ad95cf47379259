"""Where the portal's granskning links into the schools' sites, which it knows and the
granskning (`review`) does not: a cell of the grounds' table to the ground's row on the
unit's plan page (`uris.ground_anchor`, the one name the plan page writes too)."""

from __future__ import annotations

from generator.render import uris
from generator.review.model import UnitReview

SITES_FROM_GROUNDS = "../../"  # from granskning/grunder/ to the schools' sites


def ground_link(unit: UnitReview, ground: str) -> str:
    """The ground on the unit's plan page, from the grounds' page; "" for a unit withheld
    by this build (its site, if an older one is published, may show another plan)."""
    if unit.held is not None:
        return ""
    plan = uris.page_address(uris.PLAN)
    return f"{SITES_FROM_GROUNDS}{unit.id}/{plan}#{uris.ground_anchor(ground)}"
