"""The årshjul's key to the step shapes and its numbered list of activities.

Both sit under the wheel. The list runs in two columns once there are more than
five activities, so the picture reads on a phone and still fits an A4 page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from generator.diagrams import theme
from generator.diagrams.svg import Point, TextLine
from generator.diagrams.textmetrics import text_width, wrap
from generator.diagrams.wheellayout import MARGIN, MARKER_SPAN, WIDTH, Marker
from generator.model import Activity, AnnualCycle
from generator.vocabulary import CYCLE_STEP_LABELS, PLAN_STEPS

TEXT_SIZE = 15
TEXT_LEADING = 19
META_SIZE = 13
COLUMN_GAP = 24
ENTRY_GAP = 10
KEY_SIZE = 14
WRAP_SLACK = 0.96


@dataclass(frozen=True)
class LegendEntry:
    marker: Marker  # the same number and step, placed in the list
    lines: tuple[TextLine, ...]
    top: float
    bottom: float


@dataclass(frozen=True)
class StepKey:
    step: str
    centre: Point
    line: TextLine


def step_keys(cycle: AnnualCycle, top: float) -> tuple[list[StepKey], float]:
    """The key to the step shapes, only for steps in use, flowing into rows."""
    used = [step for step in PLAN_STEPS if any(a.step == step for a in cycle.activities)]
    keys: list[StepKey] = []
    x: float = MARGIN
    y = top
    for step in used:
        label = CYCLE_STEP_LABELS[step]
        width = 30 + text_width(label, KEY_SIZE) + 20
        if x + width > WIDTH - MARGIN and x > MARGIN:
            x, y = MARGIN, y + 34
        keys.append(
            StepKey(step, (x + 14, y + 14), TextLine(label, x + 34, y + 19, KEY_SIZE, theme.INK))
        )
        x += width
    return keys, (y + 34 if keys else top)


def when(activity: Activity) -> str:
    """The month, and the week when there is one: "oktober, vecka 42"."""
    return f"{activity.month}, vecka {activity.week}" if activity.week else activity.month


def _entry(marker: Marker, x: float, top: float, column_width: float) -> LegendEntry:
    text_x = x + MARKER_SPAN + 10
    available = (x + column_width - text_x) * WRAP_SLACK
    lines: list[TextLine] = []
    baseline = top + 19
    for text in wrap(marker.activity.name, available, TEXT_SIZE):
        lines.append(TextLine(text, text_x, baseline, TEXT_SIZE, theme.INK))
        baseline += TEXT_LEADING
    for text in wrap(when(marker.activity), available, META_SIZE):
        lines.append(TextLine(text, text_x, baseline - 2, META_SIZE, theme.MUTED_INK))
        baseline += META_SIZE + 4
    placed = Marker(marker.number, marker.activity, (x + MARKER_SPAN / 2, top + 14))
    bottom = max(lines[-1].y + 4 if lines else top, top + MARKER_SPAN)
    return LegendEntry(placed, tuple(lines), top, bottom)


def legend_entries(markers: list[Marker], top: float) -> list[LegendEntry]:
    columns = 2 if len(markers) > 5 else 1
    column_width = (WIDTH - 2 * MARGIN - (columns - 1) * COLUMN_GAP) / columns
    per_column = math.ceil(len(markers) / columns)
    entries: list[LegendEntry] = []
    for column in range(columns):
        x, y = MARGIN + column * (column_width + COLUMN_GAP), top
        for marker in markers[column * per_column : (column + 1) * per_column]:
            entries.append(_entry(marker, x, y, column_width))
            y = entries[-1].bottom + ENTRY_GAP
    return entries
