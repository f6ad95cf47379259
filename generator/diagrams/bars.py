"""Horizontal bar charts of survey results, as inline SVG drawn at build time.

One section per measure (mått), one bar per group, the share as a text label on the
bar, so no colour legend is needed. The bars take the school's colour, darkened where
it would not reach 3:1 against the card (WCAG 1.4.11); each label is white or near-black
on its bar where that reaches 4.5:1 and the bar is long enough, and ink beside the bar
otherwise. The chart names the table it summarises (`aria-describedby`), which stays
the accessible alternative. Only what the disclosure step releases is ever passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.colours import best_text_colour, contrast_ratio, nearest_passing
from generator.diagrams import theme
from generator.diagrams.svg import (
    TextLine,
    card,
    check_id_prefix,
    line,
    rect,
    svg_root,
    text_element,
)
from generator.diagrams.textmetrics import text_width, wrap

WIDTH = 640.0
PAD = 16.0
LABEL_SIZE = 13.0
TITLE_SIZE = 14.0
VALUE_SIZE = 13.0
BAR_HEIGHT = 24.0
BAR_GAP = 8.0
LINE_HEIGHT = 16.0
LABEL_COLUMN = 190.0  # the widest a group's name may be before it wraps
GRAPHICS_CONTRAST = 3.0  # WCAG 1.4.11, bars against the card
TEXT_CONTRAST = 4.5
VALUE_ROOM = 56.0  # right of a full bar: room for a value that cannot stand on its bar
LABEL_GAP = 10.0  # between a group's name and its bar
TICKS = (0, 25, 50, 75, 100)  # the scale's per cent marks, under a faint line each
TICK_SIZE = 12.0


@dataclass(frozen=True)
class Bar:
    label: str  # the group, as the table names it
    value: float  # a share in per cent, 0–100
    text: str  # the value as the table shows it: "86 %"


@dataclass(frozen=True)
class BarSection:
    title: str  # the measure
    bars: tuple[Bar, ...]
    targets: tuple[float, ...] = ()  # a goal's aims, in per cent: dashed lines across the bars


def bar_colour(brand: str) -> str:
    """The school's colour, or the nearest shade of it that reaches 3:1 on the card."""
    return nearest_passing(brand, theme.CARD, GRAPHICS_CONTRAST)


def render_bars(
    sections: Sequence[BarSection], id_prefix: str, title: str, *, colour: str, table_id: str
) -> str:
    """The chart of `sections`, described by its own summary and by the table `table_id`."""
    prefix = check_id_prefix(id_prefix)
    fill = bar_colour(colour)
    labels = _label_width(sections)
    parts: list[str] = []
    y = PAD
    for section in sections:
        y, drawn = _section(section, y, labels, fill)
        parts += drawn
    scale = _scale(labels, PAD, y - BAR_GAP)
    height = y + TICK_SIZE + PAD
    body = "\n".join([card(WIDTH, height, theme.CARD, theme.CARD_BORDER), *scale, *parts])
    return svg_root(WIDTH, height, prefix, title, describe(sections), body, table_id=table_id)


def describe(sections: Sequence[BarSection]) -> str:
    """The chart in words: every bar it draws, and nothing else."""
    return " ".join(
        f"{s.title}: " + ", ".join(f"{b.label} {b.text}" for b in s.bars) + "." for s in sections
    )


def _label_width(sections: Sequence[BarSection]) -> float:
    widest = max((text_width(b.label, LABEL_SIZE) for s in sections for b in s.bars), default=0.0)
    return min(widest, LABEL_COLUMN) + PAD + LABEL_GAP


def _span(labels: float) -> float:
    return WIDTH - PAD - VALUE_ROOM - labels


def _scale(labels: float, top: float, bottom: float) -> list[str]:
    """Faint lines at 0, 25, 50, 75 and 100 %, behind the bars, and their marks below."""
    parts, marks = [], []
    for tick in TICKS:
        x = labels + _span(labels) * tick / 100
        parts.append(line((x, top), (x, bottom), f'stroke="{theme.CARD_BORDER}"'))
        marks.append(TextLine(f"{tick} %", x, bottom + TICK_SIZE + 2, TICK_SIZE, theme.MUTED_INK,
                              anchor="middle"))  # fmt: skip
    return [*parts, text_element(marks)]


def _section(section: BarSection, y: float, labels: float, fill: str) -> tuple[float, list[str]]:
    """The measure's title and its bars from `y` down; the next free y and the elements."""
    lines = wrap(section.title, WIDTH - 2 * PAD, TITLE_SIZE, bold=True)
    heading = [
        TextLine(t, PAD, y + TITLE_SIZE + i * LINE_HEIGHT, TITLE_SIZE, theme.INK, bold=True)
        for i, t in enumerate(lines)
    ]
    parts = [text_element(heading)]
    y += len(lines) * LINE_HEIGHT + BAR_GAP
    first = y
    for bar in section.bars:
        y, drawn = _bar(bar, y, labels, fill)
        parts += drawn
    for target in section.targets:
        x = labels + _span(labels) * max(0.0, min(target, 100.0)) / 100
        dashes = f'stroke="{theme.INK}" stroke-width="2" stroke-dasharray="5 3"'
        parts.append(line((x, first - 4), (x, y - BAR_GAP + 4), dashes))
    return y + BAR_GAP, parts


def _bar(bar: Bar, y: float, labels: float, fill: str) -> tuple[float, list[str]]:
    names = wrap(bar.label, LABEL_COLUMN, LABEL_SIZE)
    row = max(BAR_HEIGHT, len(names) * LINE_HEIGHT)
    first = y + (row - len(names) * LINE_HEIGHT) / 2 + LABEL_SIZE
    name = [
        TextLine(t, PAD, first + i * LINE_HEIGHT, LABEL_SIZE, theme.INK)
        for i, t in enumerate(names)
    ]
    top = y + (row - BAR_HEIGHT) / 2
    length = _span(labels) * max(0.0, min(bar.value, 100.0)) / 100
    parts = [
        text_element(name),
        rect(labels, top, length, BAR_HEIGHT, rx=2, paint=f'fill="{fill}"'),
    ]
    parts.append(text_element([_value(bar.text, labels, top, length, fill)]))
    return y + row + BAR_GAP, parts


def _value(text: str, x: float, top: float, length: float, fill: str) -> TextLine:
    """The value on the bar's end when it fits and reads there, else just after it."""
    baseline = top + BAR_HEIGHT / 2 + VALUE_SIZE * 0.36
    needed = text_width(text, VALUE_SIZE, bold=True) + 12
    ink = best_text_colour(fill)
    if length >= needed and contrast_ratio(ink, fill) >= TEXT_CONTRAST:
        return TextLine(text, x + length - 6, baseline, VALUE_SIZE, ink, bold=True, anchor="end")
    return TextLine(text, x + length + 6, baseline, VALUE_SIZE, theme.INK, bold=True)
