"""Horizontal bar charts of survey results, as inline SVG drawn at build time.

One section per measure (mått), one bar per group, the share as a text label on the
bar, so no colour legend is needed. The bars take the school's colour, darkened where
it would not reach 3:1 against the card (WCAG 1.4.11); each label is white or near-black
on its bar where that reaches 4.5:1 and the bar is long enough, and ink beside the bar
or on a card-coloured patch otherwise. The chart names the table it summarises
(`aria-describedby`), which stays the accessible alternative. Only what the disclosure
step releases is ever passed in. A goal's aim is drawn across the bars (`bargoals`). A
bar may have a colour of its own (each plan status its own), darkened in the same way;
its label still names it, so no colour is needed to tell the bars apart. The scale's
faint lines stand only where the bars are, never through a measure's title.

The chart is drawn 320 units wide, so that a 320 px phone shows all of it, its text at
12.6 px or more (a 640-unit chart had to scroll sideways there, and a guardian saw bars
without their numbers). An SVG's layout is fixed when it is built, so one drawing serves
every screen, and on a wide one it keeps its natural size; a page that shows a chart on a
desktop draws it `WIDE` as well and shows one of the two (trygg.css). Short group names ("Åk 7",
"november 2024") stand beside their bars, which keeps a chart short enough to print
with its table; a longer one puts every name on its own line above its bar, which then
has the chart's whole width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.colours import nearest_passing
from generator.diagrams import theme
from generator.diagrams.bargoals import LABEL_SIZE, Rows, Target, goal_marks, on_patch
from generator.diagrams.barvalues import VALUE_SIZE, value_label
from generator.diagrams.svg import TextLine, card, check_id_prefix, line, rect, svg_root
from generator.diagrams.svg import text_element as _text
from generator.diagrams.textmetrics import text_width, wrap

WIDTH = 320.0  # at 320 px a page's content is 288 px wide: 14-unit text shows at 12.6 px
PAD = 16.0
RIGHT = WIDTH - 28.0  # 100 %: right of it, half of the mark "100 %"
WIDE = 680.0  # a desktop's column at 1280 px is about 690 px: 14-unit text at 14 px
NAME_COLUMN = 120.0  # names up to "september 2025" stand beside their bars
NAME_GAP = 8.0
TITLE_SIZE = 15.0
TICK_SIZE = 14.0
LINE_HEIGHT = 18.0
BAR_HEIGHT = 24.0
BAR_GAP = 10.0
GRAPHICS_CONTRAST = 3.0  # WCAG 1.4.11, bars against the card
TICKS = (0, 25, 50, 75, 100)  # the scale's per cent marks, under a faint line each


@dataclass(frozen=True)
class Bar:
    label: str  # the group, as the table names it
    value: float  # a share in per cent, 0–100
    text: str  # the value as the table shows it: "86 %"
    colour: str = ""  # its own colour (a status's), else the chart's; darkened to 3:1
    # no value: `text` says why ("visas inte"), where the bar would start, and no bar
    missing: bool = False


@dataclass(frozen=True)
class BarSection:
    title: str  # the measure
    bars: tuple[Bar, ...]
    targets: tuple[Target, ...] = ()  # a goal's aims: a mark across each bar
    note: str = ""  # said where the bars would be, when there are none: why not


@dataclass(frozen=True)
class _Layout:
    left: float  # where the bars start: 0 %
    beside: bool  # the group names beside their bars, else above them
    width: float = WIDTH  # the chart's

    @property
    def right(self) -> float:
        """Where 100 % is: right of it, half of the mark "100 %"."""
        return self.width - (WIDTH - RIGHT)

    def x(self, share: float) -> float:
        return self.left + (self.right - self.left) * max(0.0, min(share, 100.0)) / 100


def bar_colour(brand: str) -> str:
    """The school's colour, or the nearest shade of it that reaches 3:1 on the card."""
    return nearest_passing(brand, theme.CARD, GRAPHICS_CONTRAST)


def render_bars(
    sections: Sequence[BarSection],
    id_prefix: str,
    title: str,
    *,
    colour: str,
    table_id: str,
    width: float = WIDTH,
    summary: str = "",
) -> str:
    """The chart of `sections`, described by its own summary and by the table `table_id`;
    `width`: wider than a phone's, for a desktop's column (`WIDE`), its names then
    beside their bars up to a column as much wider. `summary`: what the chart shows in
    a sentence, whose figures the table shows, for a description that does not read every
    bar before the table does (else `describe`: every bar)."""
    prefix = check_id_prefix(id_prefix)
    fill = bar_colour(colour)
    widest = max((text_width(b.label, LABEL_SIZE) for s in sections for b in s.bars), default=0)
    beside = widest <= NAME_COLUMN * width / WIDTH
    layout = _Layout(PAD + widest + NAME_GAP if beside else PAD, beside, width)
    y, parts, bands = _sections(sections, fill, layout)
    scale = _scale(layout, bands, y - BAR_GAP)
    height = y + TICK_SIZE + PAD
    body = "\n".join([card(width, height, theme.CARD, theme.CARD_BORDER), *scale, *parts])
    desc = summary or describe(sections)
    return svg_root(width, height, prefix, title, desc, body, table_id=table_id)


def _sections(
    sections: Sequence[BarSection], fill: str, layout: _Layout
) -> tuple[float, list[str], list[tuple[float, float]]]:
    """Every section, one under the other: the y under them, their elements, and where
    their bars stand (the last section's bars reaching down to the scale's marks)."""
    parts: list[str] = []
    bands: list[tuple[float, float]] = []
    rows: list[tuple[float, float]] = []
    y = PAD
    for section in sections:
        y, drawn, rows = _section(section, y, fill, layout)
        parts += drawn
        bands += rows
    if rows:
        bands[-1] = (bands[-1][0], y - BAR_GAP)
    return y, parts, bands


def describe(sections: Sequence[BarSection]) -> str:
    """The chart in words: every bar it draws, and nothing else."""
    return " ".join(
        f"{s.title}: " + (", ".join(f"{b.label} {b.text}" for b in s.bars) or s.note) + "."
        for s in sections
    )


def _scale(layout: _Layout, bands: Sequence[tuple[float, float]], bottom: float) -> list[str]:
    """Faint lines at 0, 25, 50, 75 and 100 % behind the bars, only where bars stand
    (`bands`), and their marks under the chart (`bottom`): every other one where the
    bars are too short for all five side by side."""
    paint = f'stroke="{theme.CARD_BORDER}"'
    lines = [line((layout.x(t), top), (layout.x(t), end), paint)
             for top, end in bands for t in TICKS]  # fmt: skip
    room = (layout.right - layout.left) / (len(TICKS) - 1)
    marked = TICKS if room >= text_width("100 %", TICK_SIZE) + 8 else TICKS[::2]
    baseline = bottom + TICK_SIZE + 2
    marks = [
        TextLine(f"{t} %", layout.x(t), baseline, TICK_SIZE, theme.MUTED_INK, anchor="middle")
        for t in marked
    ]
    return [*lines, _text(marks)]


def _lines(
    text: str, y: float, size: float, *, bold: bool = False, width: float = WIDTH
) -> list[TextLine]:
    """`text` wrapped to the chart's `width`, its first baseline one line below `y`."""
    return [
        TextLine(t, PAD, y + size + i * LINE_HEIGHT, size, theme.INK, bold=bold)
        for i, t in enumerate(wrap(text, width - 2 * PAD, size, bold=bold))
    ]


def _section(
    section: BarSection, y: float, fill: str, layout: _Layout
) -> tuple[float, list[str], list[tuple[float, float]]]:
    """The measure's title and its bars from `y` down; the next free y, the elements and
    where the bars stand (the scale's lines go there, and not through the title). Drawn in
    layers: the bars, then the goal's marks over them, then every text on top."""
    texts = _lines(section.title, y, TITLE_SIZE, bold=True, width=layout.width)
    y += len(texts) * LINE_HEIGHT + 4
    if not section.bars:
        return (*_note(section.note, y, texts, layout.width), [])
    bars, values, tops = [], [], []
    aims = tuple(layout.x(t.value) for t in section.targets)
    for bar in section.bars:
        centre = BAR_HEIGHT / 2 + LABEL_SIZE * 0.36  # a text's baseline, middle of a bar
        if layout.beside:
            names, top = [TextLine(bar.label, PAD, y + centre, LABEL_SIZE, theme.INK)], y
        else:
            names = _lines(bar.label, y, LABEL_SIZE, width=layout.width)
            top = y + len(names) * LINE_HEIGHT + 4
        length = 0.0 if bar.missing else layout.x(bar.value) - layout.left
        paint = bar_colour(bar.colour) if bar.colour else fill
        if not bar.missing:
            bars.append(rect(layout.left, top, length, BAR_HEIGHT, rx=2, paint=f'fill="{paint}"'))
        ends = (layout.left, layout.left + length, layout.width - PAD)
        values += value_label(bar.text, ends, top + centre, paint, aims)
        texts += names
        tops.append(top)
        y = top + BAR_HEIGHT + BAR_GAP
    rows = Rows(tuple(tops), BAR_HEIGHT, y, joined=layout.beside)
    marks, labels, y = goal_marks(section.targets, rows, layout.x, (PAD, layout.width - PAD))
    return y + BAR_GAP, [*bars, *marks, _text(texts), *values, *labels], _bands(rows)


def _bands(rows: Rows) -> list[tuple[float, float]]:
    """Where the scale's lines stand in a section: from its first bar to its last when
    nothing stands between them, else beside each bar (not through the names above)."""
    if rows.joined:
        return [(rows.tops[0], rows.tops[-1] + rows.height)]
    return [(top, top + rows.height) for top in rows.tops]


def _note(note: str, y: float, title: list[TextLine], width: float) -> tuple[float, list[str]]:
    """A section without bars: its title and, where the bars would be, its note on the
    card."""
    lines = _lines(note, y, VALUE_SIZE, width=width)
    drawn = [part for text in lines for part in on_patch(text, theme.CARD)]
    return y + len(lines) * LINE_HEIGHT + 4 + BAR_GAP, [_text(title), *drawn]
