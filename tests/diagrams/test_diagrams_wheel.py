"""The årshjul: months and markers, checked from the layout data, and its key as page text."""

from __future__ import annotations

import math
import re
from itertools import combinations

import pytest
from diagram_samples import fourteen_activity_wheel

from generator.diagrams import theme
from generator.diagrams.textmetrics import text_width
from generator.diagrams.wheel import layout_wheel, render_wheel
from generator.diagrams.wheellayout import (
    CENTRE,
    HUB_RADIUS,
    OUTER_RADIUS,
    RING_RADIUS,
    ordered_activities,
)
from generator.diagrams.wheellegend import wheel_key
from generator.model import Activity, AnnualCycle
from generator.vocabulary import MONTHS


def polar_of(point: tuple[float, float]) -> tuple[float, float]:
    """(radius, degrees clockwise from 12 o'clock) of a point."""
    dx, dy = point[0] - CENTRE[0], CENTRE[1] - point[1]
    return math.hypot(dx, dy), math.degrees(math.atan2(dx, dy)) % 360


def crowded_wheel() -> AnnualCycle:
    activities = tuple(
        Activity(
            f"a{i}", f"Aktivitet nummer {i} med ett långt namn", "oktober", None, "analys", "R", "M"
        )
        for i in range(9)
    )
    return AnnualCycle("januari", activities)


WHEELS = {"14 aktiviteter": fourteen_activity_wheel(), "trångt i oktober": crowded_wheel()}


@pytest.fixture(params=list(WHEELS), name="cycle")
def _cycle(request: pytest.FixtureRequest) -> AnnualCycle:
    return WHEELS[request.param]


def test_start_month_is_at_twelve_o_clock_and_months_run_clockwise() -> None:
    months = layout_wheel(fourteen_activity_wheel()).months
    assert [m.month for m in months] == [*MONTHS[7:], *MONTHS[:7]]
    assert [m.start for m in months] == [30.0 * i for i in range(12)]
    for sector in months:
        radius, angle = polar_of((sector.label.x, sector.label.y - 5))
        assert radius == pytest.approx((OUTER_RADIUS + RING_RADIUS) / 2, abs=0.1)
        assert angle == pytest.approx(sector.start + 15, abs=0.1)
        assert -90 < sector.rotation <= 90  # never upside down


@pytest.mark.parametrize("start", MONTHS)
def test_every_month_name_fits_its_piece_of_the_ring(start: str) -> None:
    for sector in layout_wheel(AnnualCycle(start, ())).months:
        half_width = text_width(sector.month, sector.label.size, bold=True) / 2
        middle = (OUTER_RADIUS + RING_RADIUS) / 2
        # Straight text on a curved ring: its ends reach out further than its middle.
        outer = math.hypot(middle + 6, half_width)
        assert outer < OUTER_RADIUS - 2 and middle - 6 > RING_RADIUS + 2
        assert math.degrees(math.atan2(half_width, middle)) < 15 - 1


def test_markers_sit_in_their_month_without_touching(cycle: AnnualCycle) -> None:
    layout = layout_wheel(cycle)
    sectors = {sector.month: sector for sector in layout.months}
    for marker in layout.markers:
        radius, angle = polar_of(marker.centre)
        sector = sectors[marker.activity.month]
        assert HUB_RADIUS + 13 <= radius <= RING_RADIUS - 13
        assert sector.start < angle < sector.end
    # Up to six a month have room to spare; more squeeze together but never coincide.
    crowded = max(sum(m.activity.month == month for m in layout.markers) for month in MONTHS) > 6
    for first, second in combinations(layout.markers, 2):
        assert math.dist(first.centre, second.centre) >= (19 if crowded else 31) - 1e-6


def test_markers_are_numbered_in_wheel_order() -> None:
    layout = layout_wheel(fourteen_activity_wheel())
    assert [m.number for m in layout.markers] == list(range(1, 15))
    assert [m.activity for m in layout.markers] == ordered_activities(fourteen_activity_wheel())
    names = [m.activity.name for m in layout.markers]
    assert names[:2] == ["Revidera trygghetsplanen", "Genomgång på APT"]  # august, by week
    assert names[4:7] == ["Trygghetsenkät", "Hälsosamtal i åk 4", "Trygghetsvandring med elevrådet"]


def test_the_picture_holds_no_text_that_would_shrink_to_nothing_on_a_phone(
    cycle: AnnualCycle,
) -> None:
    """The activities' names and the key are page text, not SVG text: drawn in the
    picture, they shrank with it to about 7 px on a 320 px phone."""
    svg = render_wheel(cycle, "w", "Årshjul")
    for activity in cycle.activities:
        assert f">{activity.name}<" not in svg
    assert ">Kartläggning<" not in svg and ">Analys<" not in svg
    layout = layout_wheel(cycle)
    assert layout.height == CENTRE[1] + OUTER_RADIUS + 20  # the wheel and its margin only


def test_key_shows_each_step_in_use_once_as_page_text() -> None:
    key = wheel_key(fourteen_activity_wheel())
    assert key.startswith('<p class="trygg-wheel-key">')
    names = re.findall(r"</svg>([^<]+)</span>", key)
    assert names == ["Kartläggning", "Analys", "Åtgärder", "Uppföljning", "Förankring"]
    assert key.count('aria-hidden="true"') == 5  # the shapes; the names are read
    assert re.findall(r"</svg>([^<]+)</span>", wheel_key(crowded_wheel())) == ["Analys"]
    assert wheel_key(AnnualCycle("augusti", ())) == ""


def test_each_step_has_its_own_colour_and_shape() -> None:
    svg = render_wheel(fourteen_activity_wheel(), "w", "Årshjul")
    assert len(set(theme.STEP_COLOURS.values())) == 5
    assert svg.count("<circle") >= 1 and svg.count("<polygon") >= 4
    assert "romb för åtgärd" in svg  # the description names the shapes too


def test_an_empty_wheel_still_renders() -> None:
    svg = render_wheel(AnnualCycle("augusti", ()), "w", "Årshjul")
    assert "0 aktiviteter" in svg
