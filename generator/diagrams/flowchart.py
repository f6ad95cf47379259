"""An ärendegång (a `Flow`) as an inline SVG flowchart and as an ordered HTML list.

The list is the text alternative and carries everything the picture shows; put
it next to the SVG on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import dist

from generator.diagrams import theme
from generator.diagrams.flowlayout import BADGE_RADIUS, HEX_INSET, FlowBox, step_label, step_meta
from generator.diagrams.flowroute import layout_flow
from generator.diagrams.svg import (
    Point,
    TextLine,
    arrow_marker,
    card,
    escape,
    fmt,
    points,
    rect,
    svg_root,
    text_element,
)
from generator.model import Flow, FlowStep

__all__ = ["flow_as_list", "layout_flow", "render_flow"]

CORNER_RADIUS = 6


def render_flow(flow: Flow, id_prefix: str) -> str:
    """The flow as a self-contained, accessible `<svg>`; ids start with `id_prefix`."""
    layout = layout_flow(flow)
    arrow = f"{id_prefix}-arrow"
    body = [
        card(layout.width, layout.height, theme.CARD, theme.CARD_BORDER),
        f"<defs>{arrow_marker(arrow, theme.LINE)}</defs>",
        *(_edge(edge.points, arrow) for edge in layout.edges),
        *(_box(box) for box in layout.boxes),
        *(_plate(label.x, label.y, label.w, label.h, label.line) for label in layout.labels),
    ]
    return svg_root(
        layout.width, layout.height, id_prefix, flow.title, _description(flow), "\n".join(body)
    )


def _description(flow: Flow) -> str:
    # The questions are steps of the numbered list too: "11 steg, varav 2 frågor", not
    # "11 steg och 2 frågor", which reads as 13.
    decisions = sum(step.is_decision for step in flow.steps)
    noun = "fråga" if decisions == 1 else "frågor"
    questions = f", varav {decisions} {noun} där vägen delar sig" if decisions else ""
    return (
        f"Flödesschema med {len(flow.steps)} steg{questions}. "
        "Samma steg finns som numrerad lista i texten."
    )


def _rounded(path: Sequence[Point]) -> str:
    """Path data for an orthogonal polyline with softly rounded corners."""
    commands = [f"M{fmt(path[0][0])},{fmt(path[0][1])}"]
    for before, corner, after in zip(path, path[1:], path[2:], strict=False):
        radius = min(CORNER_RADIUS, dist(before, corner) / 2, dist(corner, after) / 2)
        into, out_of = _towards(corner, before, radius), _towards(corner, after, radius)
        commands.append(f"L{points([into])} Q{points([corner])} {points([out_of])}")
    commands.append(f"L{points([path[-1]])}")
    return " ".join(commands)


def _towards(start: Point, goal: Point, distance: float) -> Point:
    length = dist(start, goal)
    if length == 0:
        return start
    share = distance / length
    return start[0] + (goal[0] - start[0]) * share, start[1] + (goal[1] - start[1]) * share


def _edge(path: Sequence[Point], arrow: str) -> str:
    return (
        f'<path d="{_rounded(path)}" fill="none" stroke="{theme.LINE}" stroke-width="1.5"'
        f' marker-end="url(#{arrow})"/>'
    )


def _outline(box: FlowBox) -> str:
    if box.kind == "action":
        paint = f'fill="{theme.ACTION_FILL}" stroke="{theme.ACTION_STROKE}" stroke-width="1.5"'
        return rect(box.x, box.y, box.w, box.h, rx=10, paint=paint)
    left, right, middle = box.x, box.x + box.w, box.centre[1]
    outline = [
        (left, middle),
        (left + HEX_INSET, box.y),
        (right - HEX_INSET, box.y),
        (right, middle),
        (right - HEX_INSET, box.bottom),
        (left + HEX_INSET, box.bottom),
    ]
    return (
        f'<polygon points="{points(outline)}" fill="{theme.DECISION_FILL}"'
        f' stroke="{theme.DECISION_STROKE}" stroke-width="1.5" stroke-linejoin="round"/>'
    )


def _badge(box: FlowBox) -> str:
    """The step number's ground: a circle for an action, a small diamond for a decision."""
    x, y = box.badge
    if box.kind == "action":
        return (
            f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{BADGE_RADIUS}" fill="{theme.ACTION_BADGE}"/>'
        )
    reach = BADGE_RADIUS + 2
    diamond = [(x, y - reach), (x + reach, y), (x, y + reach), (x - reach, y)]
    return f'<polygon points="{points(diamond)}" fill="{theme.DECISION_BADGE}"/>'


def _box(box: FlowBox) -> str:
    badge_x, badge_y = box.badge
    number = TextLine(str(box.number), badge_x, badge_y + 4.5, 13, theme.BADGE_TEXT, True, "middle")
    return "\n".join([_outline(box), _badge(box), text_element([number]), text_element(box.lines)])


def _plate(x: float, y: float, w: float, h: float, line: TextLine) -> str:
    plate = rect(x, y, w, h, rx=4, paint=f'fill="{theme.CARD}"')
    return f"{plate}\n{text_element([line])}"


def _destination(flow: Flow, index: int, target_id: str) -> str:
    ids = [step.id for step in flow.steps]
    target = ids.index(target_id) if target_id in ids else index + 1
    return f"gå till steg {target + 1}" if target < len(ids) else "rutinen är slut"


def _list_item(flow: Flow, index: int, step: FlowStep) -> str:
    text = step_label(step)
    if step.is_decision:
        yes = _destination(flow, index, step.yes)
        no = _destination(flow, index, step.no)
        text = f"{text} Ja → {yes}. Nej → {no}."
    meta = ". ".join(step_meta(step))
    details = f'<p class="trygg-flow-meta">{escape(meta)}.</p>' if meta else ""
    return f"<li><p>{escape(text)}</p>{details}</li>"


def flow_as_list(flow: Flow) -> str:
    """The flow as an `<ol>`: each step with who and when; decisions say where each answer leads."""
    items = [_list_item(flow, index, step) for index, step in enumerate(flow.steps)]
    return "\n".join(['<ol class="trygg-flow">', *items, "</ol>"])
