"""Read back a rendered SVG the way a viewer sees it: what text sits on which fill.

For every `<text>` line the inspector finds the point in the middle of the
glyphs (through any rotate() transform) and the last filled shape drawn before
it that contains that point: the background the text is read against. Shapes:
rect, circle, polygon and path (M, L, Q, A, Z, as the renderers write them).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from generator.diagrams.textmetrics import text_width

NS = "{http://www.w3.org/2000/svg}"
Point = tuple[float, float]


@dataclass(frozen=True)
class Shape:
    outline: list[Point]
    fill: str


@dataclass(frozen=True)
class PlacedText:
    text: str
    fill: str
    size: float
    bold: bool
    point: Point  # middle of the glyphs
    background: str | None


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def all_ids(svg: str) -> list[str]:
    return [element.get("id", "") for element in parse(svg).iter() if element.get("id")]


def _circle(cx: float, cy: float, r: float) -> list[Point]:
    return [
        (cx + r * math.cos(a / 16 * math.pi), cy + r * math.sin(a / 16 * math.pi))
        for a in range(32)
    ]


def _arc(start: Point, radius: float, large: bool, sweep: bool, end: Point) -> list[Point]:
    """Points along an SVG circular arc (SVG 1.1 F.6.5, rx = ry, no rotation)."""
    half_x, half_y = (start[0] - end[0]) / 2, (start[1] - end[1]) / 2
    squared = half_x**2 + half_y**2
    radius = max(radius, math.sqrt(squared))
    factor = math.sqrt(max(radius**2 - squared, 0) / squared) * (1 if large != sweep else -1)
    centre = (factor * half_y + (start[0] + end[0]) / 2, -factor * half_x + (start[1] + end[1]) / 2)
    first = math.atan2(start[1] - centre[1], start[0] - centre[0])
    last = math.atan2(end[1] - centre[1], end[0] - centre[0])
    turn = last - first
    if sweep and turn < 0:
        turn += 2 * math.pi
    if not sweep and turn > 0:
        turn -= 2 * math.pi
    angles = [first + turn * step / 24 for step in range(1, 25)]
    return [(centre[0] + radius * math.cos(a), centre[1] + radius * math.sin(a)) for a in angles]


def _path(data: str) -> list[Point]:
    tokens = re.findall(r"[MLQAZ]|-?[\d.]+", data.replace(",", " "))
    outline: list[Point] = []
    index = 0
    while index < len(tokens):
        command = tokens[index]
        numbers = []
        index += 1
        while index < len(tokens) and tokens[index] not in "MLQAZ":
            numbers.append(float(tokens[index]))
            index += 1
        if command in "ML":
            outline.append((numbers[0], numbers[1]))
        elif command == "Q":
            outline.append((numbers[2], numbers[3]))
        elif command == "A":
            radius, large, sweep = numbers[0], numbers[3] == 1, numbers[4] == 1
            outline += _arc(outline[-1], radius, large, sweep, (numbers[5], numbers[6]))
    return outline


def _shape(element: ET.Element) -> Shape | None:
    fill = element.get("fill", "")
    if not fill.startswith("#"):
        return None
    tag = element.tag.removeprefix(NS)

    def number(name: str) -> float:
        return float(element.get(name, "0"))

    if tag == "rect":
        x, y, w, h = number("x"), number("y"), number("width"), number("height")
        return Shape([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], fill)
    if tag == "circle":
        return Shape(_circle(number("cx"), number("cy"), number("r")), fill)
    if tag == "polygon":
        pairs = [pair.split(",") for pair in element.get("points", "").split()]
        return Shape([(float(x), float(y)) for x, y in pairs], fill)
    if tag == "path":
        return Shape(_path(element.get("d", "")), fill)
    return None


def contains(outline: list[Point], point: Point) -> bool:
    """Even-odd point-in-polygon test."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(outline, outline[1:] + outline[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _rotate(point: Point, transform: str) -> Point:
    match = re.fullmatch(r"rotate\((-?[\d.]+) (-?[\d.]+) (-?[\d.]+)\)", transform)
    if not match:
        return point
    angle, cx, cy = (float(value) for value in match.groups())
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    dx, dy = point[0] - cx, point[1] - cy
    return cx + dx * cos - dy * sin, cy + dx * sin + dy * cos


def _lines(text: ET.Element) -> list[tuple[str, float, float]]:
    spans = text.findall(f"{NS}tspan")
    if not spans:
        return [("".join(text.itertext()), float(text.get("x", "0")), float(text.get("y", "0")))]
    return [
        ("".join(span.itertext()), float(span.get("x", "0")), float(span.get("y", "0")))
        for span in spans
    ]


def _place(text: ET.Element, shapes: list[Shape]) -> list[PlacedText]:
    size, bold = float(text.get("font-size", "16")), text.get("font-weight") == "bold"
    anchor, placed = text.get("text-anchor", "start"), []
    for content, x, y in _lines(text):
        shift = {"start": 0.5, "middle": 0.0, "end": -0.5}[anchor] * text_width(
            content, size, bold=bold
        )
        point = _rotate((x + shift, y - 0.35 * size), text.get("transform", ""))
        background = next((s.fill for s in reversed(shapes) if contains(s.outline, point)), None)
        placed.append(PlacedText(content, text.get("fill", ""), size, bold, point, background))
    return placed


def placed_texts(svg: str) -> list[PlacedText]:
    """Every visible line of text with the fill it is drawn on."""
    shapes: list[Shape] = []
    placed: list[PlacedText] = []

    def visit(element: ET.Element) -> None:
        tag = element.tag.removeprefix(NS)
        if tag in {"defs", "title", "desc"}:
            return
        if tag == "text":
            placed.extend(_place(element, shapes))
            return
        if (shape := _shape(element)) is not None:
            shapes.append(shape)
        for child in element:
            visit(child)

    visit(parse(svg))
    return placed
