"""A goal's aim across a bar chart's bars (`bars`), and the patch its texts stand on.

The aim is a dark line drawn over the bars, edged in the card's colour: the dark core
reaches 3:1 on the card and the edges 3:1 on a bar (a bar reaches 3:1 on the card), so the
mark shows on both (WCAG 1.4.11). Drawn behind the bars it vanished into every bar that
passed the aim, stubs above and below it all a reader saw. It is named in a line of its
own under the bars ("mål 90 %", ink on the card, ≥4.5:1), the last mark reaching down to
its name. Where the bars stand one under the other (their names beside them) the mark
is one line across them all. A bar's value steps aside from a mark (`bars`); where a
mark crosses a goal's name, the name's patch hides it under the letters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.diagrams import theme
from generator.diagrams.svg import TextLine, line, rect, text_element
from generator.diagrams.textmetrics import text_width

MARK_WIDTH = 2.0
MARK = f'stroke="{theme.INK}" stroke-width="{MARK_WIDTH:g}"'  # ≥3:1 on the card
EDGE = 1.0  # card on each side of the mark: ≥3:1 on a bar, thin enough to split no bar
EDGES = f'stroke="{theme.CARD}" stroke-width="{MARK_WIDTH + 2 * EDGE:g}"'
REACH = MARK_WIDTH / 2 + 2.0  # how far from its middle a text keeps the mark clear
OVERHANG = 4.0  # a mark stands out of its bar above and below (clear of a name above it)
LABEL_SIZE = 14.0  # a goal's name, as the chart's group names (`bars`)


@dataclass(frozen=True)
class Target:
    value: float  # a goal's aim, in per cent
    text: str  # as the goal's table shows it: "90 %"


@dataclass(frozen=True)
class Rows:
    """Where a section's bars stand: the top of each, their height, and the y under them;
    `joined`: nothing stands between them (their names are beside them)."""

    tops: tuple[float, ...]
    height: float
    below: float
    joined: bool = False


def goal_marks(
    targets: Sequence[Target], rows: Rows, x: Callable[[float], float], card: tuple[float, float]
) -> tuple[list[str], list[str], float]:
    """The marks at each aim, to be drawn over the bars, and their names, each name a
    line of its own from `rows.below` down inside `card` (its left and right); the next
    free y."""
    marks: list[str] = []
    names: list[str] = []
    y = rows.below
    for target in targets if rows.tops else ():
        at, name = x(target.value), f"mål {target.text}"
        for top, end in _spans(rows, y - 2):
            marks += [line((at, top), (at, end), paint) for paint in (EDGES, MARK)]
        half = text_width(name, LABEL_SIZE, bold=True) / 2
        centre = min(max(at, card[0] + half), card[1] - half)
        label = TextLine(name, centre, y + LABEL_SIZE, LABEL_SIZE, theme.INK, bold=True,
                         anchor="middle")  # fmt: skip
        names += on_patch(label, theme.CARD)
        y += LABEL_SIZE + 8
    return marks, names, y


def _spans(rows: Rows, name_top: float) -> list[tuple[float, float]]:
    """Where a mark is drawn: across each bar, or across all of them when they are
    `joined`, the last span reaching down to the goal's name at `name_top`."""
    tops = rows.tops[:1] if rows.joined else rows.tops
    spans = [(top - OVERHANG, top + rows.height + OVERHANG) for top in tops]
    return [*spans[:-1], (spans[-1][0], name_top)]


def on_patch(text: TextLine, colour: str, margin: float = 2.0) -> list[str]:
    """`text` on a patch of its background's colour: a goal's mark that crosses a value or
    a goal's name stops short of the letters instead of striking them out. (An outline
    round the glyphs did the same on screen, but Chromium's PDF then holds each text
    twice, once for its outline.)"""
    width = text_width(text.text, text.size, bold=text.bold)
    left = {"start": text.x, "middle": text.x - width / 2, "end": text.x - width}[text.anchor]
    top = text.y - text.size * 0.8 - margin / 2
    box = rect(left - margin, top, width + 2 * margin, text.size + margin, rx=2,
               paint=f'fill="{colour}"')  # fmt: skip
    return [box, text_element([text])]
