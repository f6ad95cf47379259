"""A unit's status in the granskning, alike in the portal and in `trygg granska`'s document:
its phase (also of a unit not reviewed, when its files tell it), why it is not published
or not reviewed, and how many units each status has. Plain text; no markup."""

from __future__ import annotations

from collections import Counter

from generator.model.standing import PlanStatus
from generator.problems import Severity, counted
from generator.review.findings import FIELD_LABEL
from generator.review.groups import plural
from generator.review.held import IN_FILES, IN_PLAN, REFUSED, Held
from generator.review.model import NotReviewed, Review, UnitReview
from generator.review.phases import (
    NOT_PUBLISHED,
    NOT_PUBLISHED_COLOUR,
    NOT_REVIEWED_COLOUR,
    NOT_REVIEWED_LABEL,
    PHASE_COLOURS,
    PHASE_TEXT,
    PHASES,
)

NOT_REVIEWED = f"{NOT_REVIEWED_LABEL}: enhetens filer har fel"  # the status's last row
UNREADABLE_TEXT = f"{NOT_REVIEWED_LABEL}: enhetens filer kunde inte läsas"  # `unreadable`
# A unit reviewed but withheld (`review.held`), by where its errors are: rows of the status
# after the phases, and what its status says.
HELD_TEXT = {
    IN_PLAN: f"{NOT_PUBLISHED}: fel i planen",
    IN_FILES: f"{NOT_PUBLISHED}: fel i enhetens filer",
    REFUSED: f"{NOT_PUBLISHED}: stoppades när webbplatsen byggdes",
}
HELD_ANCHOR = "inte-publicerad"
OLD_SITE = "webbplatsen visar den senast publicerade versionen"
NOT_REVIEWED_ANCHOR = "inte-granskade"
NOT_REVIEWED_KEY = "status-inte-granskade"  # its group among those by status


def result_counts(review: Review) -> str:
    """The review's counts in one sentence, as the portal and the document both open with
    them: "30 enheter granskades: 3 med fel, 8 med bara varningar och 3 utan gällande
    plan." (units with errors may be without a plan too)."""
    units = review.units
    errors = sum(1 for u in units if u.errors)
    warnings = sum(1 for u in units if u.warnings and not u.errors)
    planless = sum(1 for u in units if u.status is not PlanStatus.CURRENT)
    return (
        f"{plural(len(units), 'enhet', 'enheter')} granskades: {errors} med fel, "
        f"{warnings} med bara varningar och {planless} utan gällande plan."
    )


def phase(unit: UnitReview) -> str:
    """Where the unit's planning is: one of `PHASES`, each unit in exactly one."""
    return unit.phase


def phase_text(unit: UnitReview) -> str:
    return PHASE_TEXT[phase(unit)]


def status_text(unit: UnitReview) -> str:
    """The unit's phase, and why its plan is not published when it is not."""
    if unit.held is None:
        return phase_text(unit)
    return f"{phase_text(unit)}. {held_text(unit.held)}"


def unread_text(unit: NotReviewed) -> str:
    """A unit not reviewed, as its status: "Inte granskad: … (TP003)"."""
    found = f" ({codes_text(unit.codes)})" if unit.codes else ""
    old = f"; {OLD_SITE}" if unit.published else ""
    return f"{UNREADABLE_TEXT if unit.unreadable else NOT_REVIEWED}{found}{old}"


def unread_errors(unit: NotReviewed, most: int = 3) -> str:
    """What is wrong in a unit not reviewed, by rule and field and never by message (it may
    quote the files): "Ett obligatoriskt fält saknas (TP012): fältet beslut.rektor"; the
    first `most` errors, and how many more; "" without any known."""
    errors = [f for f in unit.findings if f.severity is Severity.ERROR]
    shown = [
        f"{f.title or f.code} ({f.code})" + (f": {FIELD_LABEL} {f.field}" if f.field else "")
        for f in errors[:most]
    ]
    more = f" och {counted(Severity.ERROR, len(errors) - most)} till" if len(errors) > most else ""
    return "; ".join(shown) + more


def held_text(held: Held) -> str:
    """Why the unit is not published, and its codes: "Inte publicerad: fel i planen (TP108)"."""
    found = f" ({codes_text(held.codes)})" if held.codes else ""
    old = f"; {OLD_SITE}" if held.published else ""
    return f"{HELD_TEXT[held.where]}{found}{old}"


def codes_text(counted: tuple[tuple[str, int], ...]) -> str:
    """Codes with their counts: "TP045, TP108 ×2"."""
    return ", ".join(code if n == 1 else f"{code} ×{n}" for code, n in counted)


def unread_phase(unit: NotReviewed) -> str:
    """The phase of a unit not reviewed, when its plan files tell it: "saknas" without any,
    "utkast" with only utkast; "" when it has a plan (its status needs the plan read) or
    its plan files are not known."""
    files = unit.plan_files
    if files is None or files.decided:
        return ""
    return "utkast" if files.drafts else "saknas"


def status_counts(review: Review) -> list[tuple[str, str, int]]:
    """(key, label, units) per phase, then the units not reviewed ("inte-granskade"), when
    there are any. A unit not reviewed is counted under its phase too when its files tell
    it (`unread_phase`): a unit without a plan is under "Plan saknas", whatever else is
    wrong in its files."""
    counts = Counter(phase(u) for u in review.units)
    counts.update(p for u in review.not_reviewed if (p := unread_phase(u)))
    rows = [(key, label, counts[key]) for key, label in PHASES]
    held = Counter(u.held.where for u in review.units if u.held)
    rows += [(f"{HELD_ANCHOR}-{k}", text, held[k]) for k, text in HELD_TEXT.items() if held[k]]
    if review.not_reviewed:
        rows.append((NOT_REVIEWED_ANCHOR, NOT_REVIEWED, len(review.not_reviewed)))
    return rows


def status_colour(key: str) -> str:
    """The colour of a row of `status_counts` in the status chart, by its key."""
    if key == NOT_REVIEWED_ANCHOR:
        return NOT_REVIEWED_COLOUR
    return PHASE_COLOURS.get(key, NOT_PUBLISHED_COLOUR)  # the rest: f"{HELD_ANCHOR}-…"


def counted_twice(review: Review) -> str:
    """Why `status_counts` add up to more than the units, when they do; "" otherwise."""
    held = sum(1 for u in review.units if u.held)
    twice = [u for u in review.not_reviewed if unread_phase(u)]
    if not (held or twice):
        return ""
    parts = []
    if held:
        parts.append(
            f"{plural(held, 'enhet', 'enheter')} som inte publiceras räknas också under sin "
            "status: planen granskas, men publiceras inte förrän felen är rättade."
        )
    if twice:
        where = " och ".join(dict.fromkeys(f"”{PHASE_TEXT[unread_phase(u)]}”" for u in twice))
        they = "den" if len(twice) == 1 else "de"
        parts.append(
            f"{plural(len(twice), 'enhet', 'enheter')} som inte kunde granskas räknas också "
            f"under {where}: {they} har ingen beslutad plan i sin mapp."
        )
    return " ".join(parts) + " Därför är summan av raderna större än antalet enheter."
