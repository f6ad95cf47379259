"""Numbered activity markers for the årshjul: one colour AND one shape per plan step.

The shape is the cue that does not depend on colour (WCAG 1.4.1): circle for
kartläggning, square for analys, diamond for åtgärd, hexagon for uppföljning and
a shield for förankring. Each shape holds a one- or two-digit number.
"""

from __future__ import annotations

from generator.diagrams import theme
from generator.diagrams.svg import Point, TextLine, fmt, points, text_element

NUMBER_SIZE = 13

# Outlines around (0, 0), about 26 px across; "circle" is drawn as a circle.
_OUTLINES: dict[str, tuple[Point, ...]] = {
    "analys": ((-12, -12), (12, -12), (12, 12), (-12, 12)),
    "åtgärd": ((0, -16), (16, 0), (0, 16), (-16, 0)),
    "uppföljning": ((-15, 0), (-8, -12), (8, -12), (15, 0), (8, 12), (-8, 12)),
    "förankring": ((-12, -12), (12, -12), (12, 4), (0, 15), (-12, 4)),
}
_NUMBER_LIFT = {"förankring": 2.0}  # the shield's body sits above its point
SHAPE_NAMES = {
    "kartläggning": "cirkel",
    "analys": "kvadrat",
    "åtgärd": "romb",
    "uppföljning": "sexhörning",
    "förankring": "sköld",
}


def marker_outline(step: str, centre: Point, scale: float = 1.0) -> str:
    """The filled shape of a step's marker, outlined in white to stand apart from its ground."""
    colour = theme.STEP_COLOURS.get(step, theme.LINE)
    paint = f'fill="{colour}" stroke="{theme.CARD}" stroke-width="1.5"'
    x, y = centre
    if step not in _OUTLINES:
        return f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(13 * scale)}" {paint}/>'
    corners = [(x + dx * scale, y + dy * scale) for dx, dy in _OUTLINES[step]]
    return f'<polygon points="{points(corners)}" {paint} stroke-linejoin="round"/>'


def marker_number(step: str, centre: Point, number: int) -> TextLine:
    """The marker's number, centred on the shape's body."""
    x, y = centre
    baseline = y + 4.5 - _NUMBER_LIFT.get(step, 0.0)
    return TextLine(str(number), x, baseline, NUMBER_SIZE, theme.BADGE_TEXT, True, "middle")


def marker(step: str, centre: Point, number: int) -> str:
    """A numbered marker: shape, then number."""
    return f"{marker_outline(step, centre)}\n{text_element([marker_number(step, centre, number)])}"
