"""A unit whose plan is not in force, as the granskning says it: how long ago its plan
expired, what its utkast covers, and which findings are about the expired plan, which
is decided and cannot change (advice on it is for the next plan). Plain text; the portal
and `trygg granska`'s document say it alike."""

from __future__ import annotations

import datetime as dt

from generator.load.dates import day_in_words
from generator.model.standing import PlanStatus
from generator.review.findings import FindingRef
from generator.review.groups import plural
from generator.review.model import UnitReview

EXPIRED_TITLE = "Gäller den utgångna planen"
EXPIRED_NOTE = (
    "Planen har gått ut och är beslutad, så den ändras inte. Anmärkningarna är för "
    "kännedom inför nästa plan."
)


def lateness(unit: UnitReview, today: dt.date) -> str:
    """How far the unit is from a plan in force: "Planen gick ut 16 augusti 2026, för 113
    dagar sedan." and, with only an utkast, what it covers ("Utkast för läsåret 2026/27,
    inte beslutat."); "" for a unit whose plan is in force or decided to start."""
    said = []
    if unit.status is PlanStatus.EXPIRED and unit.valid_to is not None:
        days = (today - unit.valid_to).days
        ago = "i dag" if days <= 0 else f"för {plural(days, 'dag', 'dagar')} sedan"
        said.append(f"Planen gick ut {day_in_words(unit.valid_to)}, {ago}.")
    if unit.phase == "utkast":
        covers = f" för {unit.draft_next}" if unit.draft_next else ""
        said.append(f"Utkast{covers}, inte beslutat.")
    return " ".join(said)


def on_expired_plan(unit: UnitReview, finding: FindingRef) -> bool:
    """Whether the finding is advice on the unit's expired plan (`UnitReview.on_expired_plan`)."""
    return unit.on_expired_plan(finding)


def split(unit: UnitReview) -> tuple[tuple[FindingRef, ...], tuple[FindingRef, ...]]:
    """The unit's findings: those about today, and those about its expired plan."""
    old = tuple(f for f in unit.findings if on_expired_plan(unit, f))
    return tuple(f for f in unit.findings if not on_expired_plan(unit, f)), old
