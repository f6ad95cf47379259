"""Horizontal bar charts of survey results, as inline SVG drawn at build time.

One section per measure (mått), one bar per group, the share as a text label on the
bar, so no colour legend is needed. The bars take the school's colour, darkened where
it would not reach 3:1 against the card (WCAG 1.4.11); each label is white or near-black
on its bar where that reaches 4.5:1 and the bar is long enough, and ink beside the bar
or on a card-coloured patch otherwise. The chart names the table it summarises
(`aria-describedby`), which stays the accessible alternative. Only what the disclosure
step releases is ever passed in.

The chart is drawn narrow enough for a 320 px phone at a readable size: each group's
name stands on its own line above its bar, so every bar has the chart's whole width and
no value lies beyond the screen's edge (a 640-unit chart had to scroll sideways there,
and a guardian saw bars without their numbers). An SVG's layout is fixed when it is
built, so one drawing serves every screen; on a wide one it keeps its natural size.
A goal's aim is a dark mark across each bar with card-coloured edges, so that it shows
on the bar (where the dark line alone gave 1.6:1) and on the card alike, and is named
under the bars ("mål 90 %").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.colours import best_text_colour, contrast_ratio, nearest_passing
from generator.diagrams import theme
from generator.diagrams.svg import TextLine, card, check_id_prefix, line, rect, svg_root
from generator.diagrams.svg import text_element as _text
from generator.diagrams.textmetrics import text_width, wrap

WIDTH = 320.0  # at 320 px a page's content is 288 px wide: 14-unit text shows at 12.6 px
PAD = 16.0
LEFT, RIGHT = PAD, WIDTH - 28.0  # 0 % and 100 %; right of it half a "100 %" mark
TITLE_SIZE = 15.0
LABEL_SIZE = 14.0
VALUE_SIZE = 14.0
TICK_SIZE = 14.0
LINE_HEIGHT = 18.0
BAR_HEIGHT = 24.0
BAR_GAP = 10.0
GRAPHICS_CONTRAST = 3.0  # WCAG 1.4.11, bars against the card
TEXT_CONTRAST = 4.5
TICKS = (0, 25, 50, 75, 100)  # the scale's per cent marks, under a faint line each
TARGET_LINE = f'stroke="{theme.INK}" stroke-width="2"'  # ≥3:1 on the card
TARGET_HALO = f'stroke="{theme.CARD}" stroke-width="4"'  # its edges: ≥3:1 on every bar


@dataclass(frozen=True)
class Bar:
    label: str  # the group, as the table names it
    value: float  # a share in per cent, 0–100
    text: str  # the value as the table shows it: "86 %"


@dataclass(frozen=True)
class Target:
    value: float  # a goal's aim, in per cent
    text: str  # as the goal's table shows it: "90 %"


@dataclass(frozen=True)
class BarSection:
    title: str  # the measure
    bars: tuple[Bar, ...]
    targets: tuple[Target, ...] = ()  # a goal's aims: a mark across each bar


def bar_colour(brand: str) -> str:
    """The school's colour, or the nearest shade of it that reaches 3:1 on the card."""
    return nearest_passing(brand, theme.CARD, GRAPHICS_CONTRAST)


def render_bars(
    sections: Sequence[BarSection], id_prefix: str, title: str, *, colour: str, table_id: str
) -> str:
    """The chart of `sections`, described by its own summary and by the table `table_id`."""
    prefix = check_id_prefix(id_prefix)
    fill = bar_colour(colour)
    parts: list[str] = []
    y = PAD
    for section in sections:
        y, drawn = _section(section, y, fill)
        parts += drawn
    scale = _scale(PAD, y - BAR_GAP)
    height = y + TICK_SIZE + PAD
    body = "\n".join([card(WIDTH, height, theme.CARD, theme.CARD_BORDER), *scale, *parts])
    return svg_root(WIDTH, height, prefix, title, describe(sections), body, table_id=table_id)


def describe(sections: Sequence[BarSection]) -> str:
    """The chart in words: every bar it draws, and nothing else."""
    return " ".join(
        f"{s.title}: " + ", ".join(f"{b.label} {b.text}" for b in s.bars) + "." for s in sections
    )


def _x(share: float) -> float:
    return LEFT + (RIGHT - LEFT) * max(0.0, min(share, 100.0)) / 100


def _scale(top: float, bottom: float) -> list[str]:
    """Faint lines at 0, 25, 50, 75 and 100 %, behind the bars, and their marks below."""
    lines = [line((_x(t), top), (_x(t), bottom), f'stroke="{theme.CARD_BORDER}"') for t in TICKS]
    baseline = bottom + TICK_SIZE + 2
    marks = [
        TextLine(f"{t} %", _x(t), baseline, TICK_SIZE, theme.MUTED_INK, anchor="middle")
        for t in TICKS
    ]
    return [*lines, _text(marks)]


def _lines(text: str, y: float, size: float, *, bold: bool = False) -> list[TextLine]:
    """`text` wrapped to the chart's width, its first baseline one line below `y`."""
    return [
        TextLine(t, PAD, y + size + i * LINE_HEIGHT, size, theme.INK, bold=bold)
        for i, t in enumerate(wrap(text, WIDTH - 2 * PAD, size, bold=bold))
    ]


def _section(section: BarSection, y: float, fill: str) -> tuple[float, list[str]]:
    """The measure's title and its bars from `y` down; the next free y and the elements.
    Drawn in layers: bars, then the goal's marks across them, then every text on top."""
    texts = _lines(section.title, y, TITLE_SIZE, bold=True)
    y += len(texts) * LINE_HEIGHT + 4
    bars, values, tops = [], [], []
    for bar in section.bars:
        names = _lines(bar.label, y, LABEL_SIZE)
        top = y + len(names) * LINE_HEIGHT + 4
        length = _x(bar.value) - LEFT
        bars.append(rect(LEFT, top, length, BAR_HEIGHT, rx=2, paint=f'fill="{fill}"'))
        values += _value(bar.text, top, length, fill)
        texts += names
        tops.append(top)
        y = top + BAR_HEIGHT + BAR_GAP
    marks, labels, y = _targets(section.targets, tops, y)
    return y + BAR_GAP, [*bars, *marks, _text(texts), *values, *labels]


def _targets(
    targets: Sequence[Target], tops: Sequence[float], y: float
) -> tuple[list[str], list[str], float]:
    """A mark across each bar at each aim, the last one reaching down to its name
    ("mål 90 %") in a line of its own under the bars; the marks, the names, the next y."""
    marks: list[str] = []
    labels: list[str] = []
    for target in targets if tops else ():
        x, name = _x(target.value), f"mål {target.text}"
        half = text_width(name, LABEL_SIZE, bold=True) / 2
        centre = min(max(x, PAD + half), WIDTH - PAD - half)  # inside the card
        baseline = y + LABEL_SIZE
        for top in tops:
            end = y - 2 if top == tops[-1] else top + BAR_HEIGHT + 3
            marks += [line((x, top - 3), (x, end), p) for p in (TARGET_HALO, TARGET_LINE)]
        label = TextLine(name, centre, baseline, LABEL_SIZE, theme.INK, bold=True, anchor="middle")
        labels += _on_patch(label, theme.CARD)
        y += LINE_HEIGHT + 4
    return marks, labels, y


def _on_patch(text: TextLine, colour: str, margin: float = 2.0) -> list[str]:
    """`text` on a patch of its background's colour: a goal's mark that crosses a value or
    a goal's name stops short of the letters instead of striking them out. (An outline
    round the glyphs did the same on screen, but Chromium's PDF then holds each text
    twice, once for its outline.)"""
    width = text_width(text.text, text.size, bold=text.bold)
    left = {"start": text.x, "middle": text.x - width / 2, "end": text.x - width}[text.anchor]
    top = text.y - text.size * 0.8 - margin / 2
    box = rect(left - margin, top, width + 2 * margin, text.size + margin, rx=2,
               paint=f'fill="{colour}"')  # fmt: skip
    return [box, _text([text])]


def _value(text: str, top: float, length: float, fill: str) -> list[str]:
    """The value on the bar's end when it fits and reads there, else just after the bar
    when there is room, else on a card-coloured patch at the bar's end."""
    baseline = top + BAR_HEIGHT / 2 + VALUE_SIZE * 0.36
    width = text_width(text, VALUE_SIZE, bold=True)
    ink = best_text_colour(fill)
    end = LEFT + length
    if length >= width + 12 and contrast_ratio(ink, fill) >= TEXT_CONTRAST:
        on_bar = TextLine(text, end - 6, baseline, VALUE_SIZE, ink, bold=True, anchor="end")
        return _on_patch(on_bar, fill)
    if end + 6 + width <= WIDTH - PAD:
        after = TextLine(text, end + 6, baseline, VALUE_SIZE, theme.INK, bold=True)
        return _on_patch(after, theme.CARD)
    on_card = TextLine(text, end - 6, baseline, VALUE_SIZE, theme.INK, bold=True, anchor="end")
    return _on_patch(on_card, theme.CARD, margin=4.0)
