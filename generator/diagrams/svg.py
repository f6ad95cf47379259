"""Small helpers for writing inline SVG by hand: escaping, numbers, the root element, text.

Output is deterministic (numbers rounded to one decimal, no `-0`) so builds are
byte-identical, and has no blank lines or indented lines, so it can sit inside
Markdown without being mistaken for a paragraph break or a code block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.diagrams.textmetrics import FONT_FAMILY

Point = tuple[float, float]

_ID_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def escape(text: str) -> str:
    """Escape text for use in XML content and in double- or single-quoted attributes."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def fmt(value: float) -> str:
    """Format a coordinate: rounded to one decimal, no trailing `.0`, never `-0`."""
    rounded = round(value, 1)
    if rounded == 0:
        return "0"
    text = f"{rounded:.1f}"
    return text[:-2] if text.endswith(".0") else text


def line(start: Point, end: Point, paint: str) -> str:
    """A straight line; `paint` holds its stroke attributes."""
    ends = f'x1="{fmt(start[0])}" y1="{fmt(start[1])}" x2="{fmt(end[0])}" y2="{fmt(end[1])}"'
    return f"<line {ends} {paint}/>"


def points(path: Iterable[Point]) -> str:
    """Format points for a `points` attribute: `x,y x,y …`."""
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in path)


def check_id_prefix(id_prefix: str) -> str:
    """Return the prefix if it can start an XML id, else raise ValueError."""
    if not _ID_PREFIX.fullmatch(id_prefix):
        raise ValueError(f"id prefix must be a letter followed by [A-Za-z0-9_-]: {id_prefix!r}")
    return id_prefix


def svg_root(  # noqa: PLR0917 - the agreed public signature, in reading order
    width: float,
    height: float,
    id_prefix: str,
    title: str,
    desc: str,
    body: str,
    *,
    table_id: str = "",
) -> str:
    """Wrap `body` in an accessible, responsive `<svg>` named by its title and description
    (and, for a chart, by the id of the table it summarises).

    The picture scales down with its container (width 100 %, height from the
    viewBox) and never grows beyond its natural width.
    """
    prefix = check_id_prefix(id_prefix)
    size = f"{fmt(width)} {fmt(height)}"
    described = f"{prefix}-desc {check_id_prefix(table_id)}" if table_id else f"{prefix}-desc"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="trygg-diagram" role="img"'
        f' aria-labelledby="{prefix}-title"'
        f' aria-describedby="{described}" viewBox="0 0 {size}" width="100%"'
        f' style="max-width:{fmt(width)}px;height:auto" font-family="{FONT_FAMILY}">\n'
        f'<title id="{prefix}-title">{escape(title)}</title>\n'
        f'<desc id="{prefix}-desc">{escape(desc)}</desc>\n'
        f"{body}\n"
        "</svg>"
    )


def rect(x: float, y: float, w: float, h: float, *, rx: float, paint: str) -> str:
    """A rounded rectangle; `paint` holds its fill/stroke attributes."""
    size = f'width="{fmt(w)}" height="{fmt(h)}"'
    return f'<rect x="{fmt(x)}" y="{fmt(y)}" {size} rx="{fmt(rx)}" {paint}/>'


def card(width: float, height: float, fill: str, border: str) -> str:
    """The white card every diagram is drawn on, so it reads on light and dark pages alike."""
    return rect(0.5, 0.5, width - 1, height - 1, rx=12, paint=f'fill="{fill}" stroke="{border}"')


@dataclass(frozen=True)
class TextLine:
    """One line of text, positioned by its baseline."""

    text: str
    x: float
    y: float  # baseline
    size: float
    colour: str
    bold: bool = False
    anchor: str = "start"  # SVG text-anchor: start | middle | end


def text_element(lines: Sequence[TextLine], extra: str = "") -> str:
    """One `<text>` per run of lines sharing size, colour and weight, one `<tspan>` per line."""
    elements: list[str] = []
    last_style: tuple[float, str, bool, str] | None = None
    for line in lines:
        style = (line.size, line.colour, line.bold, line.anchor)
        span = f'<tspan x="{fmt(line.x)}" y="{fmt(line.y)}">{escape(line.text)}</tspan>'
        if elements and style == last_style:
            elements[-1] = elements[-1].removesuffix("</text>") + span + "</text>"
            continue
        weight = ' font-weight="bold"' if line.bold else ""
        anchor = f' text-anchor="{line.anchor}"' if line.anchor != "start" else ""
        elements.append(
            f'<text font-size="{fmt(line.size)}" fill="{line.colour}"{weight}{anchor}{extra}>'
            f"{span}</text>"
        )
        last_style = style
    return "\n".join(elements)


def arrow_marker(marker_id: str, colour: str) -> str:
    """An arrowhead `<marker>` whose tip sits exactly on the end of the line."""
    return (
        f'<marker id="{marker_id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="10"'
        f' markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">'
        f'<path d="M0,1 L10,5 L0,9 Z" fill="{colour}"/></marker>'
    )


# A chart's caption: its table, the text alternative, follows it.
SAME_NUMBERS = "Siffrorna i diagrammet står också i tabellen under det."


def chart_box(svg: str, variant: str = "") -> str:
    """A chart in a box of its own, which the site's styles know it by (trygg.css). It
    does not scroll: a bar chart and a heat map fit a 320 px screen (`bars`, `heatmap`),
    so the box takes no focus and is no region of its own (the chart's SVG has its name).
    `variant`: a class of its own, for a chart drawn twice, for narrow and wide screens.
    Material's search leaves the box out (`data-search-exclude`), in every engine's site
    and in `trygg export`: the table beside the chart has the same figures as words, and
    its axis labels ("0 % 25 % 50 %") are no text to search."""
    classes = f"trygg-chart {variant}" if variant else "trygg-chart"
    return f'<div class="{classes}" data-search-exclude>\n{svg}\n</div>'


def printed_boxes(svgs: Sequence[str]) -> str:
    """A chart's parts for paper (`heatprint`, `barprint`), each in a box of its own that
    only print shows (trygg.css): printed instead of the chart, which is too long for a page."""
    return "".join(chart_box(svg, "trygg-chart--utskrift") for svg in svgs)
