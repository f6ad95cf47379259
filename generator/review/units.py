"""One unit in the portal's granskning and `trygg granska`'s document, in words: its
anchors, counts, period, plan file and decision, and the HTML column heads of its tables
(the body of its page: `review.unitbody`)."""

from __future__ import annotations

from collections.abc import Callable

from generator.load.dates import day_in_words
from generator.load.layout import draft_marked
from generator.problems import Severity, counted
from generator.review.model import UnitReview
from generator.text import slug

GroundHref = Callable[[UnitReview, str], str]  # a unit's ground on its plan page, or ""


def unit_href(unit_id: str, up: str = "") -> str:
    """A unit's own granskning page, from the overview, or from a page `up` ("../")
    a folder below it."""
    return f"{up}enheter/{unit_id}/"


# Why a withheld unit's review names rules, places and ids but none of the plan's words.
HELD_NOTICE = (
    "Enhetens nya plan publiceras inte förrän felen är rättade. Till dess visas inget av det "
    "som står i enhetens filer: anmärkningarna står med regel och plats (och med sin text "
    "bara där den inte återger något ur filerna), åtgärderna med sina id. Enheten ser vad "
    "som hittades när den kontrollerar sina filer."
)

# The internal granskning of a withheld unit without a privacy finding: its text is shown.
HELD_INTERNAL = (
    "Enhetens nya plan publiceras inte förrän felen är rättade. Den här granskningen är "
    "intern och visar ändå vad som står i planen."
)


def unit_anchor(unit: UnitReview) -> str:
    return f"enhet-{unit.id}"


def category_anchor(unit: UnitReview, category: str) -> str:
    return f"{unit_anchor(unit)}-{slug(category)}"


def counts_text(unit: UnitReview) -> str:
    """ "1 fel, 2 varningar": what the unit has to see to."""
    return f"{counted(Severity.ERROR, unit.errors)}, {counted(Severity.WARNING, unit.warnings)}"


def period_text(unit: UnitReview) -> str:
    if not unit.period:
        return period_named(unit) or "ingen plan"
    return f"{unit.period} ({validity_text(unit)})"


def period_named(unit: UnitReview) -> str:
    """The period of the plan the unit's facts are about, its utkast's marked as such
    ("läsåret 2026/27 (utkast)"); "" without either."""
    return unit.period or (draft_marked(unit.draft_period) if unit.draft_period else "")


def source_text(unit: UnitReview) -> str:
    """The plan file the unit's facts are about, the utkast's marked as such; "" for none."""
    if unit.plan_source:
        return unit.plan_source
    return unit.draft_source


def validity_text(unit: UnitReview) -> str:
    """The days the unit's plan applies, in words as the sites write them (`load.dates`):
    "17 augusti 2026 – 15 augusti 2027"."""
    if unit.valid_from is None or unit.valid_to is None:
        return "–"
    return f"{day_in_words(unit.valid_from)} – {day_in_words(unit.valid_to)}"


def decision_text(unit: UnitReview) -> str:
    """When, and by which rektor, the unit's plan was decided ("17 augusti 2026 av rektor
    Tomas Åberg"; of a unit held back, the day alone), or that none is. Author text: the
    caller escapes it."""
    if unit.decided_on is None:
        return draft_marked("Inte beslutad") if unit.drafting else "Inte beslutad (ingen plan)"
    who = f" av rektor {unit.decided_by}" if unit.decided_by else ""
    return f"{day_in_words(unit.decided_on)}{who}"


def th_col(*labels: str) -> str:
    return "".join(f'<th scope="col">{label}</th>' for label in labels)
