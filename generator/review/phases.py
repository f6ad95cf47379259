"""Where a unit's planning is (its phase), in the one order that the granskning's document
and portal both use: the tables, the chart, the groups by status and the overview sorted
by need all take it from here, and so does the status on the portal's start page: the
start page and the granskning never say two things of one unit."""

from __future__ import annotations

from generator.model.standing import PlanStatus

# (key, label), the plan in force first and no plan last; a unit that needs attention
# more is further down (`urgency`).
PHASES: tuple[tuple[str, str], ...] = (
    ("gallande", "Gällande plan"),
    ("kommande", "Beslutad, börjar senare"),
    ("utkast", "Ingen gällande plan, utkast finns"),
    ("utgangen", "Planen har gått ut"),
    ("saknas", "Plan saknas"),
)
PHASE_TEXT = dict(PHASES)
# The statuses beside the phases, each named once and capitalised like them: the chart,
# the tables, the groups by status and the public start page all say these words.
NOT_PUBLISHED = "Inte publicerad"  # a unit withheld for errors in its files
UPDATING = "Under uppdatering"  # withheld, its last published site still shown
NOT_REVIEWED_LABEL = "Inte granskad"  # its files have errors the review cannot read past
IN_FORCE = "gallande"
# Each phase's colour in the status chart, from green (in force) through blue, purple and
# orange to red (no plan); and a unit's that is not published, or not reviewed. Each is
# dark enough for 3:1 against the chart's card and for a white label on it at 4.5:1
# (tested); the name beside each bar says the status, so colour is never the only cue.
PHASE_COLOURS: dict[str, str] = dict(
    zip((key for key, _ in PHASES), ("#2d7a46", "#1f5f8b", "#6b4c9a", "#a4570f", "#b0281d"),
        strict=True)
)  # fmt: skip
NOT_PUBLISHED_COLOUR = "#8c2f6b"
NOT_REVIEWED_COLOUR = "#5b6773"
_POSITION = {key: index for index, (key, _label) in enumerate(PHASES)}


def phase_of(status: PlanStatus, drafting: bool) -> str:
    """The key in `PHASES` of a unit with plan `status` (and an utkast, when `drafting`)."""
    if status is PlanStatus.CURRENT:
        return IN_FORCE
    if status is PlanStatus.UPCOMING:
        return "kommande"
    if drafting:
        return "utkast"
    return "utgangen" if status is PlanStatus.EXPIRED else "saknas"


def urgency(phase: str) -> int:
    """How much a phase needs attention: the later in `PHASES`, the more."""
    return _POSITION[phase]
