"""The årshjul's key to the step shapes, as HTML text under the wheel, and how an
activity's time is written.

The key is page text, not part of the picture: drawn in the SVG, it shrank with the
wheel to about 7 px on a 320 px phone. As HTML it keeps the page's text size and wraps
to the screen. The numbered activities are not repeated under the wheel: the table by
month that follows it (the årshjul page, or a ```arshjul figure) lists them with the
wheel's numbers, and is the picture's text alternative.
"""

from __future__ import annotations

from generator.diagrams.markers import marker_outline
from generator.model import Activity, AnnualCycle
from generator.vocabulary import CYCLE_STEP_LABELS, PLAN_STEPS

KEY_LEAD = "Formen visar steget:"
SHAPE_BOX = "-17 -17 34 34"  # a marker's outline around (0, 0), its white edge included


def when(activity: Activity) -> str:
    """The month, and the week when there is one: "oktober, vecka 42"."""
    return f"{activity.month}, vecka {activity.week}" if activity.week else activity.month


def used_steps(cycle: AnnualCycle) -> list[str]:
    """The plan steps the wheel's activities belong to, in the order of the work."""
    return [step for step in PLAN_STEPS if any(a.step == step for a in cycle.activities)]


def wheel_key(cycle: AnnualCycle) -> str:
    """The key as a paragraph: each step in use, its shape drawn beside its name (the
    shape is decoration there: the name says the step); "" for an empty wheel."""
    steps = used_steps(cycle)
    if not steps:
        return ""
    items = "".join(
        '<span class="trygg-wheel-step">'
        f'<svg viewBox="{SHAPE_BOX}" width="18" height="18" aria-hidden="true"'
        f' focusable="false">{marker_outline(step, (0, 0))}</svg>'
        f"{CYCLE_STEP_LABELS[step]}</span>"
        for step in steps
    )
    return f'<p class="trygg-wheel-key"><span>{KEY_LEAD}</span>{items}</p>'
