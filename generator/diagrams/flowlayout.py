"""Where everything in an ärendegång diagram goes, as plain data the tests can check.

The steps form one vertical column in their written order. An edge to the next
step runs straight down; any other edge (a jump ahead or a loop back) leaves the
decision on its right point or its bottom and runs in its own lane to the right
of the column, so no edge ever crosses a box.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diagrams import theme
from generator.diagrams.svg import Point, TextLine
from generator.diagrams.textmetrics import wrap, wrap_details
from generator.model import Flow, FlowStep

MARGIN = 16
BOX_WIDTH = 360
PAD_X = 14  # between a box's side and its content
PAD_Y = 12
DECISION_PAD_Y = 16  # the hexagon's slanted sides need more air
HEX_INSET = 20  # how far the hexagon's points stick out beyond its flat top
BADGE_RADIUS = 13
BADGE_GAP = 10
TEXT_SIZE = 15
TEXT_LEADING = 20
META_SIZE = 13
META_LEADING = 17
LABEL_SIZE = 14
GAP_Y = 40  # between boxes: room for an arrow and a "Ja"/"Nej" label
LANE_STEP = 22
WRAP_SLACK = 0.96  # leave room for fonts a little wider than DejaVu Sans

YES = "Ja"
NO = "Nej"


@dataclass(frozen=True)
class FlowBox:
    """A step: a rounded rectangle for an action, a hexagon for a decision."""

    index: int  # position in flow.steps
    kind: str  # "action" | "decision"
    x: float
    y: float
    w: float
    h: float
    text_x: float  # left edge of the text area
    text_width: float  # width of the text area; every line fits inside it
    lines: tuple[TextLine, ...]
    badge: Point  # centre of the circle holding the step number

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def centre(self) -> Point:
        return self.x + self.w / 2, self.y + self.h / 2

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def right_edge_at(self, y: float) -> float:
        """The x of the box's right outline at height y (the hexagon's sides slant)."""
        if self.kind == "action":
            return self.x + self.w
        return self.x + self.w - HEX_INSET * abs(y - self.centre[1]) / (self.h / 2)


@dataclass(frozen=True)
class FlowEdge:
    source: int
    target: int
    points: tuple[Point, ...]  # an orthogonal polyline ending on the target's outline
    label: str  # "", "Ja" or "Nej"
    lane: int | None  # None for an edge straight down to the next step


@dataclass(frozen=True)
class FlowLabel:
    """A branch label on a small white plate, so it stays legible next to lines."""

    line: TextLine
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class FlowLayout:
    width: float
    height: float
    boxes: tuple[FlowBox, ...]
    edges: tuple[FlowEdge, ...]
    labels: tuple[FlowLabel, ...]


@dataclass(frozen=True)
class Branch:
    """An edge before routing: which way it leaves its source box."""

    source: int
    target: int
    label: str
    exit: str  # "down" (straight to the next step) | "right" | "bottom"


def step_label(step: FlowStep) -> str:
    """What a box says: the action, or the question of a decision."""
    if step.is_decision:
        return f"{step.text} {step.question}".strip()
    return step.text


def step_meta(step: FlowStep) -> list[str]:
    """The second-style details: who acts and by when."""
    parts = [
        f"Vem: {step.actor}" if step.actor else "",
        f"När: {step.deadline}" if step.deadline else "",
    ]
    return [part for part in parts if part]


def _box(step: FlowStep, index: int, y: float) -> FlowBox:
    decision = step.is_decision
    inset = HEX_INSET + 4 if decision else PAD_X
    pad_y = DECISION_PAD_Y if decision else PAD_Y
    text_x = MARGIN + inset + 2 * BADGE_RADIUS + BADGE_GAP
    available = MARGIN + BOX_WIDTH - inset - text_x
    baseline = y + pad_y + 15
    lines: list[TextLine] = []
    for text in wrap(step_label(step), available * WRAP_SLACK, TEXT_SIZE):
        lines.append(TextLine(text, text_x, baseline, TEXT_SIZE, theme.INK))
        baseline += TEXT_LEADING
    baseline += META_LEADING - TEXT_LEADING + 2
    for text in wrap_details(step_meta(step), available * WRAP_SLACK, META_SIZE):
        lines.append(TextLine(text, text_x, baseline, META_SIZE, theme.MUTED_INK))
        baseline += META_LEADING
    content_bottom = lines[-1].y + 4 if lines else y + pad_y + 2 * BADGE_RADIUS
    # At least tall enough for the badge, which starts 3 px above the padding.
    height = max(content_bottom + pad_y - y, 2 * (pad_y + BADGE_RADIUS) - 6)
    badge = (MARGIN + inset + BADGE_RADIUS, y + pad_y + 10)
    kind = "decision" if decision else "action"
    return FlowBox(
        index, kind, MARGIN, y, BOX_WIDTH, height, text_x, available, tuple(lines), badge
    )


def stack_boxes(flow: Flow) -> list[FlowBox]:
    boxes: list[FlowBox] = []
    y: float = MARGIN
    for index, step in enumerate(flow.steps):
        boxes.append(_box(step, index, y))
        y = boxes[-1].bottom + GAP_Y
    return boxes


def _target(flow: Flow, index: int, target_id: str) -> int | None:
    """Index of a branch target: "" (and an unknown id) means the next step; None is the end."""
    ids = [step.id for step in flow.steps]
    target = ids.index(target_id) if target_id in ids else index + 1
    return target if target < len(ids) else None


def _decision_branches(flow: Flow, index: int) -> list[Branch]:
    step = flow.steps[index]
    yes, no = _target(flow, index, step.yes), _target(flow, index, step.no)
    same = yes == no
    pairs = [(yes, f"{YES} / {NO.lower()}")] if same else [(yes, YES), (no, NO)]
    ends = [(target, label) for target, label in pairs if target is not None]
    side = sorted((pair for pair in ends if pair[0] != index + 1), key=lambda pair: pair[0])
    branches = [
        Branch(index, target, label, "down") for target, label in ends if target == index + 1
    ]
    if len(side) == 2:
        # The exit on the right point gets the branch whose lane its horizontal
        # segment need not cross: the later target, unless the branches go both ways.
        both_ways = side[0][0] < index < side[1][0]
        right, bottom = (side[0], side[1]) if both_ways else (side[1], side[0])
        return [*branches, Branch(index, *right, "right"), Branch(index, *bottom, "bottom")]
    return [*branches, *(Branch(index, target, label, "right") for target, label in side)]


def branches(flow: Flow) -> list[Branch]:
    """Every edge of the flow, in step order."""
    found: list[Branch] = []
    for index, step in enumerate(flow.steps):
        if step.is_decision:
            found.extend(_decision_branches(flow, index))
        elif index + 1 < len(flow.steps):
            found.append(Branch(index, index + 1, "", "down"))
    return found
