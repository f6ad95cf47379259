"""The ärendegång flowchart: layout checked from the layout data, and the list alternative."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import combinations

import pytest
from diagram_samples import branchy_flow, long_flow, shortest_flow, twelve_step_flow

from generator.diagrams.flowchart import flow_as_list, layout_flow
from generator.diagrams.flowlayout import HEX_INSET, PAD_X, FlowBox, FlowLayout
from generator.diagrams.textmetrics import text_width
from generator.model import Flow

FLOWS = {
    "4 steg": long_flow(4),
    "9 steg": long_flow(9),
    "15 steg": long_flow(15),
    "12 steg": twelve_step_flow(),
    "alla beslut": branchy_flow(),
    "2 steg": shortest_flow(),
}
Rect = tuple[float, float, float, float]  # left, top, right, bottom


@pytest.fixture(params=list(FLOWS), name="flow")
def _flow(request: pytest.FixtureRequest) -> Flow:
    return FLOWS[request.param]


def rect(box: FlowBox) -> Rect:
    return box.x, box.y, box.x + box.w, box.bottom


def overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_every_line_fits_inside_its_box_padding(flow: Flow) -> None:
    for box in layout_flow(flow).boxes:
        inset = HEX_INSET if box.kind == "decision" else PAD_X
        assert box.text_x >= box.x + inset
        assert box.text_x + box.text_width <= box.x + box.w - inset
        for line in box.lines:
            assert text_width(line.text, line.size, bold=line.bold) <= box.text_width, line.text
            assert line.x == box.text_x
            assert box.y + 8 <= line.y - 0.8 * line.size
            assert line.y + 0.3 * line.size <= box.bottom - 8


def test_text_is_large_enough(flow: Flow) -> None:
    layout = layout_flow(flow)
    for box in layout.boxes:
        assert box.lines, "every step says something"
        assert box.lines[0].size >= 14
        assert all(line.size >= 12 for line in box.lines)
    assert all(label.line.size >= 14 for label in layout.labels)


def test_boxes_and_labels_never_overlap_and_stay_on_the_canvas(flow: Flow) -> None:
    layout = layout_flow(flow)
    areas = [rect(box) for box in layout.boxes]
    areas += [(label.x, label.y, label.x + label.w, label.y + label.h) for label in layout.labels]
    for first, second in combinations(areas, 2):
        assert not overlaps(first, second), (first, second)
    for left, top, right, bottom in areas:
        assert left > 0 and right < layout.width and top > 0 and bottom < layout.height


def _segments(layout: FlowLayout) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    return [seg for edge in layout.edges for seg in zip(edge.points, edge.points[1:], strict=False)]


def inside(box: FlowBox, x: float, y: float) -> bool:
    """Strictly inside the box's outline (the hexagon's, for a decision), 1 px in."""
    right = box.right_edge_at(y)
    left = 2 * box.x + box.w - right  # the outline is symmetric
    return box.y + 1 < y < box.bottom - 1 and left + 1 < x < right - 1


def test_edges_never_enter_a_box(flow: Flow) -> None:
    layout = layout_flow(flow)
    for (x1, y1), (x2, y2) in _segments(layout):
        assert x1 == x2 or y1 == y2, "edges are orthogonal"
        samples = int(max(abs(x2 - x1), abs(y2 - y1))) + 1
        for step in range(samples + 1):
            x, y = x1 + (x2 - x1) * step / samples, y1 + (y2 - y1) * step / samples
            assert not any(inside(box, x, y) for box in layout.boxes), (x, y)


def test_edges_never_cross_labels(flow: Flow) -> None:
    layout = layout_flow(flow)
    for (x1, y1), (x2, y2) in _segments(layout):
        segment = (min(x1, x2) - 0.75, min(y1, y2) - 0.75, max(x1, x2) + 0.75, max(y1, y2) + 0.75)
        for label in layout.labels:
            assert not overlaps(segment, (label.x, label.y, label.x + label.w, label.y + label.h))


def test_lanes_never_share_a_stretch(flow: Flow) -> None:
    layout = layout_flow(flow)
    side = [edge for edge in layout.edges if edge.lane is not None]
    for first, second in combinations(side, 2):
        if first.lane != second.lane:
            continue
        spans = [sorted(p[1] for p in edge.points[-3:-1]) for edge in (first, second)]
        assert spans[0][1] < spans[1][0] or spans[1][1] < spans[0][0]


def test_edges_start_and_end_on_their_boxes(flow: Flow) -> None:
    layout = layout_flow(flow)
    for edge in layout.edges:
        source, target = layout.boxes[edge.source], layout.boxes[edge.target]
        start_y = edge.points[0][1]
        end_x, end_y = edge.points[-1]
        assert start_y in {source.centre[1], source.bottom}
        if edge.lane is None:
            assert (end_x, end_y) == (target.centre[0], target.y)
        else:
            assert target.y < end_y < target.bottom
            assert end_x == pytest.approx(target.right_edge_at(end_y))


def test_every_branch_is_drawn_once_with_its_answer() -> None:
    layout = layout_flow(twelve_step_flow())
    drawn = {(edge.source + 1, edge.target + 1, edge.label) for edge in layout.edges}
    assert len(drawn) == len(layout.edges) == 14  # 8 actions + 3 decisions × 2
    assert {
        (4, 5, "Ja"),
        (4, 6, "Nej"),
        (8, 9, "Ja"),
        (8, 10, "Nej"),
        (11, 12, "Ja"),
        (11, 7, "Nej"),
    } <= drawn
    assert sum(edge.lane is not None for edge in layout.edges) == 3


def test_decisions_that_send_both_answers_away_leave_from_side_and_bottom() -> None:
    layout = layout_flow(branchy_flow())
    edges = {(edge.source + 1, edge.label): edge for edge in layout.edges}
    assert edges[(2, "Ja")].lane is not None and edges[(2, "Nej")].lane is not None
    assert edges[(5, "Ja")].lane is not None and edges[(5, "Nej")].lane is not None
    assert edges[(6, "Ja / nej")].target == 6  # both answers: the next step, drawn once
    assert (8, "Ja") not in edges  # "yes" on the last step ends the flow


def test_list_alternative_says_everything_the_picture_shows() -> None:
    html = flow_as_list(twelve_step_flow())
    items = ET.fromstring(html).findall("li")
    assert len(items) == 12
    assert "".join(items[0].itertext()) == (
        "Ingrip direkt: avbryt kränkningen och ta hand om den som blivit utsatt."
        "Vem: all personal. När: direkt."
    )
    assert "".join(items[3].itertext()) == (
        "Kan det vara trakasserier eller sexuella trakasserier? "
        "Ja → gå till steg 5. Nej → gå till steg 6."
    )
    assert "Nej → gå till steg 7." in "".join(items[10].itertext())


def test_list_alternative_escapes_text_and_names_the_end() -> None:
    html = flow_as_list(branchy_flow())
    assert "Ja → rutinen är slut. Nej → gå till steg 7." in html
    flow = Flow("x", (branchy_flow().steps[0].__class__(id="a", text="1 < 2 & <b>"),))
    assert "1 &lt; 2 &amp; &lt;b&gt;" in flow_as_list(flow)
