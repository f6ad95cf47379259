"""A heat map of units × columns (the seven diskrimineringsgrunder), as inline SVG.

Each cell is in one of a few states. A state is told by its fill *and* by its pattern
(solid, dots, stripes), so it never depends on colour alone (WCAG 1.4.1), and a legend
names them. All cells of one state are one path, so 300 units stay a small picture.

Drawn 320 units wide, like the bar charts (`bars`), so that a 320 px phone shows all of
it without scrolling sideways, its 14-unit text at 12.6 px: seven whole ground names
side by side need 560 units, so the columns are headed by their numbers, and a key
above the map names each number's column, with the legend of the states under it. The
numbers are repeated every `HEAD_EVERY` rows, so a long map keeps its heads in view.
A unit's name longer than its column wraps onto lines of its own under it, indented, its
row then as tall as its lines, so the map names every unit whole, as its table does.
Its own short description says what it shows, state by state per column; the table
under it, which names every unit, is its alternative and is linked from its caption.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.diagrams import theme
from generator.diagrams.svg import TextLine, card, check_id_prefix, fmt, svg_root, text_element
from generator.diagrams.textmetrics import SOFT_HYPHEN, text_width, wrap

WIDTH = 320.0
PAD = 16.0
CELL_W = 16.0
CELL_H = 17.0
GAP = 2.0
TEXT_SIZE = 14.0
LINE_HEIGHT = 18.0
LEGEND_ROW = 22.0
HEAD_ROW = 20.0  # the columns' numbers
HEAD_EVERY = 20  # rows between two rows of numbers
LEFT = WIDTH - PAD - 7 * (CELL_W + GAP) + GAP  # where the first of seven cells starts
LABEL_COLUMN = LEFT - PAD - 6.0
INDENT = 10.0  # a wrapped name's further lines: told apart from the next row's name


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
    note: str = "",
) -> str:
    """The map of `rows`, its columns in the key above it; `note` ends its description
    (what it leaves out, where the table is)."""
    prefix = check_id_prefix(id_prefix)
    if len(columns) > 7:
        raise ValueError(f"a heat map fits seven columns at most, not {len(columns)}")
    key = _key(columns)
    top = PAD + sum(1 for t in key if not t.bold) * LINE_HEIGHT + 10
    parts = [text_element(key), *_legend(states, prefix, top)]
    top += len(states) * LEGEND_ROW + 6
    names = [_name_lines(r.label) for r in rows]
    tops, bottom = _row_tops([len(n) for n in names], top + HEAD_ROW)
    parts += [_labels(names, tops), *_cells(rows, states, prefix, tops)]
    parts.append(_heads(len(columns), tops[::HEAD_EVERY] or [top + HEAD_ROW]))
    height = bottom + PAD
    body = "\n".join(
        [state_defs(prefix, states), card(WIDTH, height, theme.CARD, theme.CARD_BORDER)]
    )
    desc = " ".join(filter(None, [describe(rows, columns, states), note]))
    return svg_root(WIDTH, height, prefix, title, desc, "\n".join([body, *parts]))


def describe(rows: Sequence[HeatRow], columns: Sequence[str], states: Sequence[CellState]) -> str:
    """The chart in words: how many units are in each state, column by column."""
    names = {s.key: s.label for s in states}
    parts = []
    for index, column in enumerate(columns):
        counts = [(names[s.key], sum(1 for r in rows if r.states[index] == s.key)) for s in states]
        said = column.replace(SOFT_HYPHEN, "")  # where a head may break is not said
        parts.append(f"{said}: " + ", ".join(f"{label} {n}" for label, n in counts if n))
    return f"{len(rows)} enheter. " + "; ".join(parts) + "."


def _row_tops(lines: Sequence[int], rows_top: float) -> tuple[list[float], float]:
    """The top of each row, whose name has so many `lines`, and the y under the last: a
    row is as tall as its name, and a row of the columns' numbers comes every
    `HEAD_EVERY` rows."""
    tops: list[float] = []
    y = rows_top
    for index, count in enumerate(lines):
        y += HEAD_ROW if index and index % HEAD_EVERY == 0 else 0
        tops.append(y)
        y += CELL_H + GAP + (count - 1) * LINE_HEIGHT
    return tops, y


def _key(columns: Sequence[str]) -> list[TextLine]:
    """Each column's number and whole name, wrapped under its name where it is long."""
    lines: list[TextLine] = []
    row = 0
    for number, column in enumerate(columns, start=1):
        y = PAD + TEXT_SIZE + row * LINE_HEIGHT
        lines.append(TextLine(str(number), PAD, y, TEXT_SIZE, theme.INK, bold=True))
        for text in wrap(column.replace(SOFT_HYPHEN, ""), WIDTH - 2 * PAD - 22, TEXT_SIZE):
            y = PAD + TEXT_SIZE + row * LINE_HEIGHT
            lines.append(TextLine(text, PAD + 22, y, TEXT_SIZE, theme.INK))
            row += 1
    return lines


def _heads(count: int, tops: Sequence[float]) -> str:
    """The columns' numbers above the rows at `tops`: the first, and every `HEAD_EVERY`th."""
    lines = []
    for top in tops:
        y = top - 5
        for index in range(count):
            x = LEFT + index * (CELL_W + GAP) + CELL_W / 2
            number = str(index + 1)
            lines.append(TextLine(number, x, y, TEXT_SIZE, theme.INK, bold=True, anchor="middle"))
    return text_element(lines)


def state_defs(prefix: str, states: Sequence[CellState]) -> str:
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


def state_paint(prefix: str, state: CellState) -> str:
    fill = state.fill if state.pattern == "solid" else f"url(#{prefix}-{state.key})"
    return f'fill="{fill}" stroke="{theme.LINE}" stroke-width="0.6"'


def _name_lines(name: str) -> list[str]:
    """A unit's name in the label column: one line, or wrapped for its further lines'
    indent."""
    if text_width(name, TEXT_SIZE) <= LABEL_COLUMN:
        return [name]
    return wrap(name, LABEL_COLUMN - INDENT, TEXT_SIZE)


def _labels(names: Sequence[list[str]], tops: Sequence[float]) -> str:
    """Each unit's name, whole, its first line beside its row's cells."""
    lines = [
        TextLine(text, PAD + (INDENT if i else 0), y + i * LINE_HEIGHT, TEXT_SIZE, theme.INK)
        for name, y in zip(names, (top + CELL_H - 4 for top in tops), strict=True)
        for i, text in enumerate(name)
    ]
    return text_element(lines)


def _cells(
    rows: Sequence[HeatRow], states: Sequence[CellState], prefix: str, tops: Sequence[float]
) -> list[str]:
    """One path per state, each cell a closed rectangle in it."""
    shapes: dict[str, list[str]] = {s.key: [] for s in states}
    for row, y in zip(rows, tops, strict=True):
        for c, key in enumerate(row.states):
            x = LEFT + c * (CELL_W + GAP)
            shapes[key].append(f"M{fmt(x)} {fmt(y)}h{fmt(CELL_W)}v{fmt(CELL_H)}h-{fmt(CELL_W)}z")
    return [
        f'<path d="{"".join(shapes[s.key])}" {state_paint(prefix, s)}/>'
        for s in states
        if shapes[s.key]
    ]


def _legend(states: Sequence[CellState], prefix: str, y: float) -> list[str]:
    parts = []
    for index, state in enumerate(states):
        top = y + index * LEGEND_ROW
        box = f"M{fmt(PAD)} {fmt(top)}h{fmt(CELL_W * 2)}v{fmt(CELL_H)}h-{fmt(CELL_W * 2)}z"
        parts.append(f'<path d="{box}" {state_paint(prefix, state)}/>')
        line = TextLine(state.label, PAD + CELL_W * 2 + 8, top + CELL_H - 4, TEXT_SIZE, theme.INK)
        parts.append(text_element([line]))
    return parts
