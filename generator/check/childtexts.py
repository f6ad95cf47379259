"""What a förskola's student page, read aloud to the children, leaves out for want of a
text for them: the plan's vision when it is written for adults only (TP507). The page
never reads the adults' text aloud (`render.student.texts.shown_vision`)."""

from __future__ import annotations

from collections.abc import Callable

from generator import codes
from generator.model import Plan, School
from generator.problems import Location, Problem
from generator.render.student.bands import bands_for

NO_CHILD_VISION = "TP507"
# Where a value of a file stands and its field's name (`check.student.Locator.place`).
At = Callable[[str, tuple[str | int, ...]], tuple[Location, str]]


def vision_warnings(school: School, plan: Plan, at: At) -> list[Problem]:
    """TP507: a förskola's vision with no elevtext or barntext."""
    read_aloud = any(band.read_aloud for band in bands_for(school))
    if not read_aloud or plan.vision.student_text or not plan.vision.text:
        return []
    where, field = at(plan.source, ("vision",))
    message = (
        "visionen är bara skriven för vuxna, så förskolans elevsida, som läses högt för "
        "barnen, visar den inte"
    )
    hint = "skriv visionen med text: för vuxna och elevtext: med enkla ord till barnen"
    return [codes.problem(NO_CHILD_VISION, where, message, field=field, hint=hint)]
