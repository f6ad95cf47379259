"""A value's median and spread period by period, as inline SVG drawn at build time: one row
per period, a band from the lowest to the highest value and a dot on the median, all on
one scale, so a change of a few per cent shows as a dot further left or right. The dots
are not joined by a line: it would cross each row's figures, which stand between them.

The scale is fitted to the values (the nearest 5 % under the lowest to the nearest 5 %
over the highest, at least 10 % wide), not 0–100 %, where 81.7 and 87.5 % looked the
same. A scale that does not start at 0 says so under its marks ("Skalan börjar på 80 %"),
so the cut is never hidden. A period with one value is one dot, without a band. Each row
says its figures in words under its band (median, lowest–highest), so no colour and no
reading off the scale is needed; the chart's description says the same, and nothing
else. Drawn 320 units wide like the bar charts (`bars`), for the same reasons, and as
they are, `bars.WIDE` as well for a desktop.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.colours import parse_hex, to_hex
from generator.diagrams import theme
from generator.diagrams.bars import PAD, TICK_SIZE, WIDTH, bar_colour
from generator.diagrams.svg import TextLine, card, check_id_prefix, fmt, line, rect, svg_root
from generator.diagrams.svg import text_element as _text
from generator.diagrams.textmetrics import wrap

TITLE_SIZE = 14.0
TEXT_SIZE = 14.0
LINE_HEIGHT = 18.0
ROW_HEIGHT = 20.0  # the band's row
BAND = 12.0  # the band's height
DOT = 6.0  # the median's radius
NBSP = "\u00a0"
STEP = 5.0  # the scale is fitted to whole steps of 5 %
LEFT = PAD + 20.0  # room for half of a mark "80 %" left of the scale's start
RIGHT = WIDTH - PAD - 20.0

Scale = Callable[[float], float]  # a value in per cent to its x


@dataclass(frozen=True)
class Spread:
    """One period: its name and, where it has values, its lowest, median and highest, each
    with its text as the table shows it ("81,7 %"); `note` is said where it has none."""

    title: str
    values: tuple[float, float, float] | None  # lowest, median, highest
    texts: tuple[str, str, str] = ("", "", "")
    note: str = ""

    @property
    def words(self) -> str:
        """The period's figures in words, as the chart's row and description say them."""
        if self.values is None:
            return self.note
        low, median, high = self.texts  # in the table's order
        if self.values[0] == self.values[2]:
            return median
        return f"lägst {low}, median {median}, högst {high}"


def fitted_scale(values: Sequence[float]) -> tuple[float, float]:
    """The nearest 5 % under the lowest value and over the highest, at least 10 % apart,
    within 0–100 %."""
    low = max(0.0, STEP * math.floor(min(values) / STEP))
    high = min(100.0, STEP * math.ceil(max(values) / STEP))
    if high - low < 2 * STEP:
        high = min(100.0, low + 2 * STEP)
        low = max(0.0, high - 2 * STEP)
    return low, high


def render_spread(
    rows: Sequence[Spread],
    id_prefix: str,
    title: str,
    *,
    colour: str,
    table_id: str,
    width: float = WIDTH,
) -> str:
    """The chart of `rows`, described by its own words and by the table `table_id`;
    `width`: as `bars.render_bars`'s, a desktop's (`bars.WIDE`) or a phone's."""
    prefix = check_id_prefix(id_prefix)
    fill = bar_colour(colour)
    valued = [v for r in rows if r.values for v in r.values]
    low, high = fitted_scale(valued) if valued else (0.0, 100.0)

    def x(value: float) -> float:
        return LEFT + (width - (WIDTH - RIGHT) - LEFT) * (value - low) / (high - low)

    y = PAD + TICK_SIZE + 10  # the scale's marks stand above the rows
    parts: list[str] = []
    bands: list[tuple[float, float]] = []  # each band's row, where the grid lines are drawn
    for row in rows:
        if row.values is not None:
            named = len(wrap(row.title, width - 2 * PAD, TITLE_SIZE, bold=True))
            top = y + named * LINE_HEIGHT + 4
            bands.append((top, top + ROW_HEIGHT))
        y, drawn = _row(row, y, x, fill, width)
        parts += drawn
    marks = _scale(low, high, x, y, bands)
    height = y + (LINE_HEIGHT if low > 0 else 0) + PAD
    body = "\n".join([card(width, height, theme.CARD, theme.CARD_BORDER), *marks, *parts])
    return svg_root(
        width, height, prefix, title, describe(rows, low, high), body, table_id=table_id
    )


def describe(rows: Sequence[Spread], low: float, high: float) -> str:
    """The chart in words: each period's figures, and the scale's range."""
    said = " ".join(f"{r.title}: {r.words}." for r in rows)
    return f"{said} Skalan går från {fmt(low)} till {fmt(high)} %."


def _row(row: Spread, y: float, x: Scale, fill: str, width: float) -> tuple[float, list[str]]:
    """The period's name, its band and dot, and its figures in words, from `y` down."""
    names = [
        TextLine(t, PAD, y + TITLE_SIZE + i * LINE_HEIGHT, TITLE_SIZE, theme.INK, bold=True)
        for i, t in enumerate(wrap(row.title, width - 2 * PAD, TITLE_SIZE, bold=True))
    ]
    y += len(names) * LINE_HEIGHT + 4
    words = [
        TextLine(t, PAD, y + ROW_HEIGHT + TEXT_SIZE + i * LINE_HEIGHT, TEXT_SIZE, theme.INK)
        for i, t in enumerate(wrap(row.words.replace(" %", NBSP + "%"), width - 2 * PAD, TEXT_SIZE))
    ]
    if row.values is None:
        words = [TextLine(t.text, t.x, t.y - ROW_HEIGHT, t.size, t.colour) for t in words]
        return y + len(words) * LINE_HEIGHT + 10, [_text(names), _text(words)]
    low, median, high = row.values
    middle = y + ROW_HEIGHT / 2
    drawn = [_text(names)]
    if high > low:
        tint = _tint(fill)
        paint = f'fill="{tint}" stroke="{fill}" stroke-width="1.5"'
        drawn.append(
            rect(x(low), middle - BAND / 2, x(high) - x(low), BAND, rx=BAND / 2, paint=paint)
        )
    centre = f'cx="{fmt(x(median))}" cy="{fmt(middle)}" r="{fmt(DOT)}"'
    dot = f'<circle {centre} fill="{fill}" stroke="{theme.CARD}" stroke-width="2"/>'
    drawn += [dot, _text(words)]
    return y + ROW_HEIGHT + len(words) * LINE_HEIGHT + 12, drawn


def _scale(
    low: float, high: float, x: Scale, bottom: float, bands: Sequence[tuple[float, float]]
) -> list[str]:
    """A faint line at every mark behind each band (only there: no line crosses a period's
    name or its figures in words), its number above the rows; under them, where the scale
    does not start at 0, that it does not."""
    step = STEP if (high - low) / STEP <= 4 else 2 * STEP
    ticks = [low + i * step for i in range(int((high - low) / step) + 1)]
    stroke = f'stroke="{theme.CARD_BORDER}"'
    drawn = [line((x(t), top), (x(t), end), stroke) for t in ticks for top, end in bands]
    labels = [
        TextLine(f"{fmt(t)} %", x(t), PAD + TICK_SIZE, TICK_SIZE, theme.MUTED_INK, anchor="middle")
        for t in ticks
    ]
    if low > 0:
        cut = f"Skalan börjar på {fmt(low)} %, inte på 0."
        labels.append(TextLine(cut, PAD, bottom + TICK_SIZE - 4, TICK_SIZE, theme.MUTED_INK))
    return [*drawn, _text(labels)]


def _tint(colour: str) -> str:
    """A light shade of `colour` for the band's inside (its outline carries the 3:1)."""
    return to_hex(*(round(c * 0.25 + 255 * 0.75) for c in parse_hex(colour)))
