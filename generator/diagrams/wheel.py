"""The årshjul as an inline SVG: twelve months around a wheel and numbered activity markers.

The picture is not the only place the activities live: the page shows them as a
month table too, numbered as the markers are, which is their text alternative. The
key to the markers' shapes is page text under the wheel (`wheellegend.wheel_key`), so
that it stays readable on a phone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from generator.diagrams import theme
from generator.diagrams.markers import SHAPE_NAMES, marker
from generator.diagrams.svg import card, fmt, line, points, svg_root, text_element
from generator.diagrams.wheellayout import (
    CENTRE,
    HUB_RADIUS,
    MARGIN,
    OUTER_RADIUS,
    RING_RADIUS,
    WIDTH,
    Marker,
    MonthSector,
    month_sectors,
    place_markers,
    polar,
)
from generator.model import AnnualCycle

__all__ = ["WheelLayout", "layout_wheel", "render_wheel"]


@dataclass(frozen=True)
class WheelLayout:
    width: float
    height: float
    months: tuple[MonthSector, ...]
    markers: tuple[Marker, ...]


def layout_wheel(cycle: AnnualCycle) -> WheelLayout:
    """Place the months and the markers."""
    sectors = month_sectors(cycle)
    markers = place_markers(cycle, sectors)
    return WheelLayout(WIDTH, CENTRE[1] + OUTER_RADIUS + MARGIN, tuple(sectors), tuple(markers))


def render_wheel(cycle: AnnualCycle, id_prefix: str, title: str) -> str:
    """The årshjul as an accessible `<svg>` named `title`; ids start with `id_prefix`."""
    layout = layout_wheel(cycle)
    body = [
        card(layout.width, layout.height, theme.CARD, theme.CARD_BORDER),
        *(_sector(sector) for sector in layout.months),
        _start_line(),
        _hub(),
        *(_month_label(sector) for sector in layout.months),
        *(marker(m.activity.step, m.centre, m.number) for m in layout.markers),
    ]
    return svg_root(
        layout.width, layout.height, id_prefix, title, _description(cycle), "\n".join(body)
    )


def _description(cycle: AnnualCycle) -> str:
    used = [step for step in theme.STEP_COLOURS if any(a.step == step for a in cycle.activities)]
    shapes = ", ".join(f"{SHAPE_NAMES[step]} för {step}" for step in used)
    count = len(cycle.activities)
    noun = "aktivitet" if count == 1 else "aktiviteter"
    return (
        f"Årshjul som börjar med {cycle.start_month} klockan tolv och går medurs genom året. "
        f"{count} {noun} är numrerade och utmärkta i sina månader. Formen visar steget i "
        f"arbetet: {shapes}. Alla aktiviteter finns också i tabellen under hjulet, "
        "med samma nummer."
    )


def _annulus(inner: float, outer: float, start: float, end: float) -> str:
    """Path data of the ring piece between two radii and two angles."""
    corners = [polar(outer, start), polar(outer, end), polar(inner, end), polar(inner, start)]
    outer_start, outer_end, inner_end, inner_start = (points([corner]) for corner in corners)
    return (
        f"M{outer_start} A{fmt(outer)},{fmt(outer)} 0 0 1 {outer_end} L{inner_end}"
        f" A{fmt(inner)},{fmt(inner)} 0 0 0 {inner_start} Z"
    )


def _sector(sector: MonthSector) -> str:
    ring = _annulus(RING_RADIUS, OUTER_RADIUS, sector.start, sector.end)
    wedge = _annulus(HUB_RADIUS, RING_RADIUS, sector.start, sector.end)
    seam = f'stroke="{theme.CARD}" stroke-width="2"'
    return (
        f'<path d="{ring}" fill="{sector.ring_fill}" {seam}/>\n'
        f'<path d="{wedge}" fill="{sector.wedge_fill}" {seam}/>'
    )


def _start_line() -> str:
    """A firm line at 12 o'clock where the year begins."""
    paint = f'stroke="{theme.LINE}" stroke-width="2.5" stroke-linecap="round"'
    return line(polar(OUTER_RADIUS + 4, 0), polar(HUB_RADIUS, 0), paint)


def _hub() -> str:
    """The hub, with a clockwise arrow showing which way the year runs."""
    x, y = CENTRE
    radius, arrow_end = 13, 290.0
    start, end = polar(radius, 20), polar(radius, arrow_end)
    angle = math.radians(arrow_end)
    along, outward = (math.cos(angle), math.sin(angle)), (math.sin(angle), -math.cos(angle))
    head = [
        (end[0] + 6 * along[0], end[1] + 6 * along[1]),
        (end[0] + 4.5 * outward[0], end[1] + 4.5 * outward[1]),
        (end[0] - 4.5 * outward[0], end[1] - 4.5 * outward[1]),
    ]
    return (
        f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{HUB_RADIUS}" fill="{theme.CARD}"'
        f' stroke="{theme.CARD_BORDER}"/>\n'
        f'<path d="M{points([start])} A{radius},{radius} 0 1 1 {points([end])}" fill="none"'
        f' stroke="{theme.LINE}" stroke-width="2"/>\n'
        f'<polygon points="{points(head)}" fill="{theme.LINE}"/>'
    )


def _month_label(sector: MonthSector) -> str:
    label = sector.label
    turn = f' transform="rotate({fmt(sector.rotation)} {fmt(label.x)} {fmt(label.y - 5)})"'
    return text_element([label], extra=turn)
