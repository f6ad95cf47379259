"""The årshjul's geometry: month sectors and where each activity's marker goes.

The wheel's first month starts at 12 o'clock and the months follow clockwise.
Month names sit on the outer ring; each activity is a numbered marker inside its
month's wedge, outer places first, spread across the wedge.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from generator.diagrams import theme
from generator.diagrams.svg import Point, TextLine
from generator.model import Activity, AnnualCycle

WIDTH = 480
MARGIN = 20
OUTER_RADIUS = 216
RING_RADIUS = 178  # inner edge of the month ring
HUB_RADIUS = 30
CENTRE: Point = (WIDTH / 2, MARGIN + OUTER_RADIUS)
MONTH_SIZE = 14
MARKER_SPAN = 28  # a marker's width, white outline included
PITCHES = (34, 31, 28, 25, 22, 19, 16)  # marker spacing, tightened only for crowded months


@dataclass(frozen=True)
class MonthSector:
    month: str
    start: float  # degrees clockwise from 12 o'clock
    end: float
    ring_fill: str
    wedge_fill: str
    label: TextLine  # centred on the ring
    rotation: float  # degrees, about the label's anchor point (label.x, label.y - 5)


@dataclass(frozen=True)
class Marker:
    number: int
    activity: Activity
    centre: Point


def polar(radius: float, degrees: float) -> Point:
    """The point at `radius` from the centre, `degrees` clockwise from 12 o'clock."""
    angle = math.radians(degrees)
    return CENTRE[0] + radius * math.sin(angle), CENTRE[1] - radius * math.cos(angle)


def _month_sector(index: int, month: str) -> MonthSector:
    start, end = index * 30.0, (index + 1) * 30.0
    middle = start + 15
    anchor = polar((OUTER_RADIUS + RING_RADIUS) / 2, middle)
    # Text follows the ring, turned so it is never upside down.
    rotation = middle - 180 if 90 < middle < 270 else (middle if middle <= 90 else middle - 360)
    label = TextLine(month, anchor[0], anchor[1] + 5, MONTH_SIZE, theme.INK, True, "middle")
    fills = index % 2
    return MonthSector(
        month, start, end, theme.RING_FILLS[fills], theme.WEDGE_FILLS[fills], label, rotation
    )


def _across(radius: float, pitch: float) -> int:
    """How many markers fit side by side on a ring of the wedge: centres `pitch` apart, and
    the outer ones at least half a marker from the wedge's edges."""
    count = 0
    while (
        radius * math.sin(math.radians(15 / (count + 1)))
        >= max(pitch if count else 0, MARKER_SPAN) / 2
    ):
        count += 1
    return count


def _slots(sector_start: float, wanted: int) -> list[Point]:
    """Marker places in a wedge, outer ring first, spread evenly across each ring."""
    places: list[Point] = []
    for pitch in PITCHES:
        places = []
        radius = RING_RADIUS - MARKER_SPAN / 2 - 8
        while radius - MARKER_SPAN / 2 >= HUB_RADIUS + 4:
            across = _across(radius, pitch)
            places += [polar(radius, sector_start + (i + 0.5) * 30 / across) for i in range(across)]
            radius -= pitch
        if len(places) >= wanted:
            return places[:wanted]
    # More activities than even the tightest spacing holds: repeat places rather than fail.
    return [places[i % len(places)] for i in range(wanted)]


def ordered_activities(cycle: AnnualCycle) -> list[Activity]:
    """Activities in wheel order: by month from the start month, then by week, then as written."""
    months = cycle.months_in_order

    def key(written: tuple[int, Activity]) -> tuple[int, int, int]:
        position, activity = written
        week = activity.week if activity.week is not None else 99
        return months.index(activity.month), week, position

    return [activity for _, activity in sorted(enumerate(cycle.activities), key=key)]


def month_sectors(cycle: AnnualCycle) -> list[MonthSector]:
    """The twelve months in wheel order, the start month first."""
    return [_month_sector(i, month) for i, month in enumerate(cycle.months_in_order)]


def place_markers(cycle: AnnualCycle, sectors: list[MonthSector]) -> list[Marker]:
    """One numbered marker per activity, in its month's wedge."""
    by_month: dict[str, list[tuple[int, Activity]]] = defaultdict(list)
    for number, activity in enumerate(ordered_activities(cycle), start=1):
        by_month[activity.month].append((number, activity))
    markers: list[Marker] = []
    for sector in sectors:
        numbered = by_month[sector.month]
        for (number, activity), centre in zip(
            numbered, _slots(sector.start, len(numbered)), strict=True
        ):
            markers.append(Marker(number, activity, centre))
    return sorted(markers, key=lambda m: m.number)
