"""The heat map of units × grounds (`heatmap`) drawn for a wide screen: each column headed
by its ground's whole name, turned upright, the units' names on one line where they fit,
and the legend in one row above the map.

The narrow drawing numbers its columns and names them in a key, so that it fits a 320 px
phone; on a desktop that left a 320 px card in a 690 px column with "1 2 3 4 5 6 7" over
it. This one is drawn `WIDTH` units wide, the width of the page's content at 1280 px, so
its 14-unit text shows at 14 px there. The page shows one of the two (trygg.css, by the
screen's width); both say the same in the same words, and only the shown one is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.diagrams import theme
from generator.diagrams.heatmap import (
    CellState,
    HeatRow,
    describe,
    state_defs,
    state_paint,
)
from generator.diagrams.svg import TextLine, card, check_id_prefix, escape, fmt, svg_root
from generator.diagrams.svg import text_element as _text
from generator.diagrams.textmetrics import SOFT_HYPHEN, text_width, wrap

WIDTH = 680.0
PAD = 16.0
TEXT_SIZE = 14.0
LINE_HEIGHT = 18.0
NAMES = 230.0  # the units' names: "Förskolan Lilla smörblomman" on one line
HEAD = 180.0  # a ground's name, upright: "Funktionsnedsättning" whole
CELL_H = 22.0
GAP = 3.0
LEGEND_BOX = 28.0
LEFT = PAD + NAMES + 8  # where the first column starts


def render_wide_heatmap(
    rows: Sequence[HeatRow],
    columns: Sequence[str],
    states: Sequence[CellState],
    *,
    id_prefix: str,
    title: str,
    note: str = "",
) -> str:
    """The map of `rows` for a wide screen, described as the narrow one is."""
    prefix = check_id_prefix(id_prefix)
    cell_w = _cell_width(columns)
    heads, base = _heads(columns, cell_w)
    cells, bottom = _rows(rows, states, prefix, cell_w, base + 8)
    # the head and the rows each a group of its own, that the parts for paper show again
    # (`heatprint`) instead of drawing every row twice
    parts = [
        f'<g id="{prefix}-huvud">',
        *_legend(states, prefix, PAD),
        *heads,
        f'</g>\n<g id="{prefix}-rader">',
        *cells,
        "</g>",
    ]
    height = bottom + PAD
    body = [state_defs(prefix, states), card(WIDTH, height, theme.CARD, theme.CARD_BORDER)]
    desc = " ".join(filter(None, [describe(rows, columns, states), note]))
    return svg_root(WIDTH, height, prefix, title, desc, "\n".join([*body, *parts]))


def rows_top(columns: Sequence[str]) -> float:
    """Where the first row starts: under the legend and the columns' upright names."""
    return _heads(columns, _cell_width(columns))[1] + 8


def row_height(row: HeatRow) -> float:
    """A row's height: its name's lines, and the gap under it."""
    return CELL_H + GAP + (len(wrap(row.label, NAMES, TEXT_SIZE)) - 1) * LINE_HEIGHT


def _cell_width(columns: Sequence[str]) -> float:
    return (WIDTH - 2 * PAD - NAMES - 8 - (len(columns) - 1) * GAP) / max(len(columns), 1)


def _heads(columns: Sequence[str], cell_w: float) -> tuple[list[str], float]:
    """The columns' names, upright, and the line they stand on: below the tallest."""
    heads = [wrap(c.replace(SOFT_HYPHEN, ""), HEAD, TEXT_SIZE, bold=True) for c in columns]
    tallest = max(
        (text_width(line, TEXT_SIZE, bold=True) for h in heads for line in h), default=0.0
    )
    base = PAD + LINE_HEIGHT + 12 + tallest
    centres = [LEFT + i * (cell_w + GAP) + cell_w / 2 for i in range(len(heads))]
    return [_head(h, centre, base) for h, centre in zip(heads, centres, strict=True)], base


def _rows(
    rows: Sequence[HeatRow], states: Sequence[CellState], prefix: str, cell_w: float, top: float
) -> tuple[list[str], float]:
    """The units' names and one path of cells per state, from `top`; and where they end."""
    y = top
    names: list[TextLine] = []
    shapes: dict[str, list[str]] = {s.key: [] for s in states}
    for row in rows:
        lines = wrap(row.label, NAMES, TEXT_SIZE)
        for i, text in enumerate(lines):
            names.append(
                TextLine(text, PAD, y + CELL_H - 6 + i * LINE_HEIGHT, TEXT_SIZE, theme.INK)
            )
        for c, key in enumerate(row.states):
            x = LEFT + c * (cell_w + GAP)
            shapes[key].append(f"M{fmt(x)} {fmt(y)}h{fmt(cell_w)}v{fmt(CELL_H)}h-{fmt(cell_w)}z")
        y += CELL_H + GAP + (len(lines) - 1) * LINE_HEIGHT
    paths = [
        f'<path d="{"".join(shapes[s.key])}" {state_paint(prefix, s)}/>'
        for s in states
        if shapes[s.key]
    ]
    return [_text(names), *paths], y


def _head(lines: Sequence[str], centre: float, base: float) -> str:
    """A column's name, upright (read from below), its lines centred on the column."""
    spans = []
    first = centre - (len(lines) - 1) * LINE_HEIGHT / 2 + TEXT_SIZE * 0.36
    for i, text in enumerate(lines):
        x = first + i * LINE_HEIGHT
        spans.append(
            f'<text font-size="{fmt(TEXT_SIZE)}" fill="{theme.INK}" font-weight="bold"'
            f' transform="rotate(-90 {fmt(x)} {fmt(base)})">'
            f'<tspan x="{fmt(x)}" y="{fmt(base)}">{escape(text)}</tspan></text>'
        )
    return "\n".join(spans)


def _legend(states: Sequence[CellState], prefix: str, top: float) -> list[str]:
    """The states side by side: a sample of each and its name."""
    parts, x = [], PAD
    for state in states:
        box = f"M{fmt(x)} {fmt(top)}h{fmt(LEGEND_BOX)}v{fmt(CELL_H - 6)}h-{fmt(LEGEND_BOX)}z"
        parts.append(f'<path d="{box}" {state_paint(prefix, state)}/>')
        label = TextLine(state.label, x + LEGEND_BOX + 8, top + CELL_H - 10, TEXT_SIZE, theme.INK)
        parts.append(_text([label]))
        x += LEGEND_BOX + 8 + text_width(state.label, TEXT_SIZE) + 24
    return parts
