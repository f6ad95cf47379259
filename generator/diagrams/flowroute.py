"""Routing of an ärendegång's edges and the finished layout (`layout_flow`).

Edges that skip ahead or loop back run in vertical lanes right of the column.
Shorter edges get the inner lanes and no two edges that overlap in height share
a lane, so lanes never run on top of each other. Where several edges enter the
same box, those from above enter higher than those from below, and the outer
lanes enter further out, which keeps their last stretches from crossing.
"""

from __future__ import annotations

from collections import defaultdict

from generator.diagrams import theme
from generator.diagrams.flowlayout import (
    BOX_WIDTH,
    GAP_Y,
    LABEL_SIZE,
    LANE_STEP,
    MARGIN,
    NO,
    YES,
    Branch,
    FlowBox,
    FlowEdge,
    FlowLabel,
    FlowLayout,
    branches,
    stack_boxes,
)
from generator.diagrams.svg import Point, TextLine
from generator.diagrams.textmetrics import text_width
from generator.model import Flow

PLATE_PAD = 4
PLATE_HEIGHT = 20
BOTTOM_TURN = 0.65  # how far down the gap a bottom exit turns right, as a share of GAP_Y


def _assign_lanes(side: list[Branch]) -> dict[Branch, int]:
    """Give each side edge the innermost lane free over its whole height, shortest first."""
    taken: list[list[tuple[int, int]]] = []
    lanes: dict[Branch, int] = {}
    for branch in sorted(side, key=lambda b: (abs(b.target - b.source), b.source, b.target)):
        low, high = sorted((branch.source, branch.target))
        free = (
            i for i, spans in enumerate(taken) if all(high < lo or low > hi for lo, hi in spans)
        )
        lane = next(free, len(taken))
        if lane == len(taken):
            taken.append([])
        taken[lane].append((low, high))
        lanes[branch] = lane
    return lanes


def _entry_band(box: FlowBox, has_right_exit: bool) -> tuple[float, float]:
    if box.kind == "decision":
        # A decision's own right exit sits on its middle point; enter above it.
        return box.y + 8, (box.centre[1] - 8 if has_right_exit else box.bottom - 8)
    return box.y + 10, box.bottom - 10


def _entry_heights(boxes: list[FlowBox], lanes: dict[Branch, int]) -> dict[Branch, float]:
    incoming: dict[int, list[Branch]] = defaultdict(list)
    for branch in lanes:
        incoming[branch.target].append(branch)
    heights: dict[Branch, float] = {}
    for target, arriving in incoming.items():
        from_above = sorted((b for b in arriving if b.source < target), key=lambda b: lanes[b])
        from_below = sorted((b for b in arriving if b.source >= target), key=lambda b: -lanes[b])
        right_exit = any(b.source == target and b.exit == "right" for b in lanes)
        top, bottom = _entry_band(boxes[target], right_exit)
        spacing = (bottom - top) / (len(arriving) + 1)
        for position, branch in enumerate([*from_above, *from_below], start=1):
            heights[branch] = top + position * spacing
    return heights


def _route(
    branch: Branch, boxes: list[FlowBox], lane_x: float, entry_y: float
) -> tuple[Point, ...]:
    source, target = boxes[branch.source], boxes[branch.target]
    centre_x, centre_y = source.centre
    end = (target.right_edge_at(entry_y), entry_y)
    if branch.exit == "right":
        return (source.x + source.w, centre_y), (lane_x, centre_y), (lane_x, entry_y), end
    turn = source.bottom + GAP_Y * BOTTOM_TURN
    start = (centre_x, source.bottom)
    return start, (centre_x, turn), (lane_x, turn), (lane_x, entry_y), end


def _label(branch: Branch, source: FlowBox) -> FlowLabel | None:
    if not branch.label:
        return None
    centre_x, centre_y = source.centre
    if branch.exit == "down":
        x, top = centre_x + 8, source.bottom + (GAP_Y - PLATE_HEIGHT) / 2
    elif branch.exit == "right":
        x, top = source.x + source.w + 4, centre_y + 3  # below the exit line, clear of entries
    else:
        x, top = centre_x + 8, source.bottom + 3  # above the turn to the right
    colour = {YES: theme.YES_INK, NO: theme.NO_INK}.get(branch.label, theme.INK)
    width = text_width(branch.label, LABEL_SIZE, bold=True) + 2 * PLATE_PAD
    line = TextLine(branch.label, x + PLATE_PAD, top + 15, LABEL_SIZE, colour, bold=True)
    return FlowLabel(line, x, top, width, PLATE_HEIGHT)


def layout_flow(flow: Flow) -> FlowLayout:
    """Place every box, edge and label of the flow."""
    boxes = stack_boxes(flow)
    every = branches(flow)
    lanes = _assign_lanes([b for b in every if b.exit != "down"])
    entries = _entry_heights(boxes, lanes)
    labelled = [(b, label) for b in every if (label := _label(b, boxes[b.source]))]
    # The first lane keeps clear of the labels on right exits.
    first_lane = (
        MARGIN + BOX_WIDTH + max([36, *(lb.w + 14 for b, lb in labelled if b.exit == "right")])
    )
    edges: list[FlowEdge] = []
    for branch in every:
        if branch.exit == "down":
            source, target = boxes[branch.source], boxes[branch.target]
            path: tuple[Point, ...] = (
                (source.centre[0], source.bottom),
                (source.centre[0], target.y),
            )
            edges.append(FlowEdge(branch.source, branch.target, path, branch.label, None))
            continue
        lane = lanes[branch]
        path = _route(branch, boxes, first_lane + lane * LANE_STEP, entries[branch])
        edges.append(FlowEdge(branch.source, branch.target, path, branch.label, lane))
    lane_count = max(lanes.values(), default=-1) + 1
    right = first_lane + (lane_count - 1) * LANE_STEP if lane_count else MARGIN + BOX_WIDTH
    height = boxes[-1].bottom + MARGIN if boxes else 2 * MARGIN
    labels = tuple(label for _, label in labelled)
    return FlowLayout(right + MARGIN, height, tuple(boxes), tuple(edges), labels)
