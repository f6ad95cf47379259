"""A heat map of units × columns (the seven diskrimineringsgrunder), as inline SVG.

Each cell is in one of a few states. A state is told by its fill *and* by its pattern
(solid, dots, stripes), so it never depends on colour alone (WCAG 1.4.1), and a legend
names them. All cells of one state are one path, so 300 units stay a small picture.
The table beside it is the accessible alternative; the chart names it by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.diagrams import theme
from generator.diagrams.svg import TextLine, card, check_id_prefix, fmt, svg_root, text_element
from generator.diagrams.textmetrics import SOFT_HYPHEN, text_width, wrap

PAD = 16.0
CELL_W = 80.0
CELL_H = 16.0
GAP = 2.0
LABEL_SIZE = 12.0
HEAD_SIZE = 11.0
LABEL_COLUMN = 180.0
LEGEND_ROW = 22.0


@dataclass(frozen=True)
class CellState:
    key: str
    label: str  # as the legend and the text alternative name it
    fill: str  # reaches 3:1 against the card (WCAG 1.4.11) or is drawn with an outline
    pattern: str  # "solid" | "dots" | "stripes"


@dataclass(frozen=True)
class HeatRow:
    label: str
    states: tuple[str, ...]  # a CellState key per column


def render_heatmap(
    rows: Sequence[HeatRow],
    columns: Sequence[str],
    states: Sequence[CellState],
    *,
    id_prefix: str,
    title: str,
    table_id: str,
) -> str:
    prefix = check_id_prefix(id_prefix)
    labels = min(max((text_width(r.label, LABEL_SIZE) for r in rows), default=0), LABEL_COLUMN)
    left = PAD + labels + 8
    top = PAD + max((len(_head_lines(c)) for c in columns), default=1) * HEAD_SIZE + 8
    width = left + len(columns) * (CELL_W + GAP) + PAD
    height = top + len(rows) * (CELL_H + GAP) + 8 + LEGEND_ROW * len(states) + PAD
    parts = [_defs(prefix, states), card(width, height, theme.CARD, theme.CARD_BORDER)]
    parts += [_heads(columns, left), _labels(rows, top)]
    parts += _cells(rows, states, prefix, left, top)
    parts += _legend(states, prefix, top + len(rows) * (CELL_H + GAP) + 8)
    desc = describe(rows, columns, states)
    return svg_root(width, height, prefix, title, desc, "\n".join(parts), table_id=table_id)


def describe(rows: Sequence[HeatRow], columns: Sequence[str], states: Sequence[CellState]) -> str:
    """The chart in words: how many units are in each state, column by column."""
    names = {s.key: s.label for s in states}
    parts = []
    for index, column in enumerate(columns):
        counts = [(names[s.key], sum(1 for r in rows if r.states[index] == s.key)) for s in states]
        said = column.replace(SOFT_HYPHEN, "")  # where a head may break is not said
        parts.append(f"{said}: " + ", ".join(f"{label} {n}" for label, n in counts if n))
    return f"{len(rows)} enheter. " + "; ".join(parts) + "."


def _defs(prefix: str, states: Sequence[CellState]) -> str:
    patterns = []
    for state in states:
        if state.pattern == "dots":
            mark = f'<circle cx="3" cy="3" r="1.4" fill="{theme.INK}"/>'
        elif state.pattern == "stripes":
            mark = f'<path d="M0 6 L6 0" stroke="{theme.INK}" stroke-width="1.2"/>'
        else:
            continue
        patterns.append(
            f'<pattern id="{prefix}-{state.key}" width="6" height="6"'
            f' patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="{state.fill}"/>'
            f"{mark}</pattern>"
        )
    return f"<defs>{''.join(patterns)}</defs>"


def _paint(prefix: str, state: CellState) -> str:
    fill = state.fill if state.pattern == "solid" else f"url(#{prefix}-{state.key})"
    return f'fill="{fill}" stroke="{theme.LINE}" stroke-width="0.6"'


def _heads(columns: Sequence[str], left: float) -> str:
    lines = []
    for index, column in enumerate(columns):
        x = left + index * (CELL_W + GAP) + CELL_W / 2
        for row, text in enumerate(_head_lines(column)):
            y = PAD + HEAD_SIZE + row * HEAD_SIZE
            lines.append(TextLine(text, x, y, HEAD_SIZE, theme.INK, bold=True, anchor="middle"))
    return text_element(lines)


def _head_lines(column: str) -> list[str]:
    """A column's head in lines as wide as its cell, all of them: the head names it whole."""
    return wrap(column, CELL_W + GAP, HEAD_SIZE, bold=True)


def _labels(rows: Sequence[HeatRow], top: float) -> str:
    lines = [
        TextLine(
            _clipped(r.label), PAD, top + i * (CELL_H + GAP) + CELL_H - 4, LABEL_SIZE, theme.INK
        )
        for i, r in enumerate(rows)
    ]
    return text_element(lines)


def _clipped(label: str) -> str:
    """A unit's name cut to the label column, with an ellipsis (the table has it whole)."""
    if text_width(label, LABEL_SIZE) <= LABEL_COLUMN:
        return label
    while label and text_width(label + "…", LABEL_SIZE) > LABEL_COLUMN:
        label = label[:-1]
    return label.rstrip() + "…"


def _cells(
    rows: Sequence[HeatRow], states: Sequence[CellState], prefix: str, left: float, top: float
) -> list[str]:
    """One path per state, each cell a closed rectangle in it."""
    shapes: dict[str, list[str]] = {s.key: [] for s in states}
    for r, row in enumerate(rows):
        for c, key in enumerate(row.states):
            x, y = left + c * (CELL_W + GAP), top + r * (CELL_H + GAP)
            shapes[key].append(f"M{fmt(x)} {fmt(y)}h{fmt(CELL_W)}v{fmt(CELL_H)}h-{fmt(CELL_W)}z")
    return [
        f'<path d="{"".join(shapes[s.key])}" {_paint(prefix, s)}/>' for s in states if shapes[s.key]
    ]


def _legend(states: Sequence[CellState], prefix: str, y: float) -> list[str]:
    parts = []
    for index, state in enumerate(states):
        top = y + index * LEGEND_ROW
        box = f"M{fmt(PAD)} {fmt(top)}h{fmt(CELL_W / 2)}v{fmt(CELL_H)}h-{fmt(CELL_W / 2)}z"
        parts.append(f'<path d="{box}" {_paint(prefix, state)}/>')
        line = TextLine(state.label, PAD + CELL_W / 2 + 8, top + CELL_H - 4, LABEL_SIZE, theme.INK)
        parts.append(text_element([line]))
    return parts
