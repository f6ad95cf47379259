"""The konsekvenstrappa as a staircase SVG and as an ordered HTML list.

Step 1 is the bottom, widest stair; each later step sits one stair higher and
starts further right, so the left edge climbs like a staircase. Tints deepen a
little with each step. The list is the text alternative and also carries each
step's description.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable
from dataclasses import dataclass

from generator.colours import parse_hex, to_hex
from generator.diagrams import theme
from generator.diagrams.svg import Point, TextLine, card, escape, fmt, rect, svg_root, text_element
from generator.diagrams.textmetrics import wrap, wrap_details
from generator.model import ConsequenceLadder, ConsequenceStep

WIDTH = 520
MARGIN = 16
MAX_INDENT = 40
MIN_TOP_WIDTH = 240  # the highest stair still holds a readable line
GAP = 4
PAD_X = 14
PAD_Y = 12
BADGE_RADIUS = 13
BADGE_GAP = 10
TITLE_SIZE = 15
TITLE_LEADING = 20
META_SIZE = 13
META_LEADING = 17
WRAP_SLACK = 0.96
LIGHTEST, DEEPEST = "#eef4fa", "#c8dcee"


@dataclass(frozen=True)
class Stair:
    index: int  # position in ladder.steps; step number - 1
    x: float
    y: float
    w: float
    h: float
    fill: str
    text_x: float
    text_width: float
    lines: tuple[TextLine, ...]
    badge: Point


@dataclass(frozen=True)
class LadderLayout:
    width: float
    height: float
    stairs: tuple[Stair, ...]  # in step order, bottom stair first


def _tint(index: int, count: int) -> str:
    """A tint between LIGHTEST and DEEPEST, interpolated in HLS so the hue stays put."""
    share = index / (count - 1) if count > 1 else 0
    light, deep = (
        colorsys.rgb_to_hls(*(c / 255 for c in parse_hex(h))) for h in (LIGHTEST, DEEPEST)
    )
    hls = [a + (b - a) * share for a, b in zip(light, deep, strict=True)]
    red, green, blue = colorsys.hls_to_rgb(*hls)
    return to_hex(round(red * 255), round(green * 255), round(blue * 255))


def _details(step: ConsequenceStep) -> list[str]:
    parts = [
        f"Ansvarig: {step.responsible}" if step.responsible else "",
        f"Lagrum: {step.legal_basis}" if step.legal_basis else "",
    ]
    return [part for part in parts if part]


def _text_lines(step: ConsequenceStep, text_x: float, available: float) -> list[TextLine]:
    """Lines with baselines relative to the stair's top edge."""
    baseline: float = PAD_Y + 15
    lines: list[TextLine] = []
    for text in wrap(step.label, available * WRAP_SLACK, TITLE_SIZE, bold=True):
        lines.append(TextLine(text, text_x, baseline, TITLE_SIZE, theme.INK, bold=True))
        baseline += TITLE_LEADING
    baseline += META_LEADING - TITLE_LEADING + 2
    for text in wrap_details(_details(step), available * WRAP_SLACK, META_SIZE):
        lines.append(TextLine(text, text_x, baseline, META_SIZE, theme.MUTED_INK))
        baseline += META_LEADING
    return lines


def layout_ladder(ladder: ConsequenceLadder) -> LadderLayout:
    """Place every stair: widths first (they fix the wrapping), then heights from the top down."""
    count = len(ladder.steps)
    indent = min(MAX_INDENT, (WIDTH - 2 * MARGIN - MIN_TOP_WIDTH) / max(count - 1, 1))
    stairs: list[Stair] = []
    y: float = MARGIN
    for index in reversed(range(count)):
        x = MARGIN + index * indent
        text_x = x + PAD_X + 2 * BADGE_RADIUS + BADGE_GAP
        available = WIDTH - MARGIN - PAD_X - text_x
        relative = _text_lines(ladder.steps[index], text_x, available)
        lines = tuple(
            TextLine(ln.text, ln.x, y + ln.y, ln.size, ln.colour, ln.bold) for ln in relative
        )
        height = max(
            (relative[-1].y if relative else 0) + 4 + PAD_Y, 2 * PAD_Y + 2 * BADGE_RADIUS - 6
        )
        badge = (x + PAD_X + BADGE_RADIUS, y + PAD_Y + 10)
        fill = _tint(index, count)
        stairs.append(
            Stair(index, x, y, WIDTH - MARGIN - x, height, fill, text_x, available, lines, badge)
        )
        y += height + GAP
    return LadderLayout(WIDTH, y - GAP + MARGIN, tuple(reversed(stairs)))


def _stair(stair: Stair) -> str:
    badge_x, badge_y = stair.badge
    paint = f'fill="{stair.fill}" stroke="{theme.ACTION_STROKE}"'
    number = TextLine(
        str(stair.index + 1), badge_x, badge_y + 4.5, 13, theme.BADGE_TEXT, True, "middle"
    )
    return "\n".join(
        [
            rect(stair.x, stair.y, stair.w, stair.h, rx=8, paint=paint),
            f'<circle cx="{fmt(badge_x)}" cy="{fmt(badge_y)}" r="{BADGE_RADIUS}"'
            f' fill="{theme.ACTION_BADGE}"/>',
            text_element([number]),
            text_element(stair.lines),
        ]
    )


def render_ladder(ladder: ConsequenceLadder, id_prefix: str) -> str:
    """The konsekvenstrappa as an accessible `<svg>`; ids start with `id_prefix`."""
    layout = layout_ladder(ladder)
    background = card(layout.width, layout.height, theme.CARD, theme.CARD_BORDER)
    body = "\n".join([background, *(_stair(stair) for stair in layout.stairs)])
    title = "Konsekvenstrappa"
    return svg_root(layout.width, layout.height, id_prefix, title, _description(ladder), body)


def _description(ladder: ConsequenceLadder) -> str:
    steps = ladder.steps
    if not steps:
        return "Konsekvenstrappa utan steg."
    return (
        f"Konsekvenstrappa i {len(steps)} steg, från {steps[0].label} (steg 1) längst ner "
        f"till {steps[-1].label} (steg {len(steps)}) högst upp. "
        "Alla steg finns också som numrerad lista i texten."
    )


def plain_paragraphs(text: str) -> str:
    """Escape text and wrap each blank-line-separated paragraph in `<p>`; no Markdown."""
    paragraphs = [part.strip() for part in text.split("\n\n") if part.strip()]
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs)


def ladder_as_list(
    ladder: ConsequenceLadder, render_markdown: Callable[[str], str] = plain_paragraphs
) -> str:
    """The konsekvenstrappa as an `<ol>`: rubrik, text, ansvarig and lagrum for each step.

    Step texts are Markdown; pass the site's Markdown renderer as `render_markdown`
    (it must return safe HTML). The default only escapes and splits paragraphs.
    """
    items = []
    for step in ladder.steps:
        details = ". ".join(_details(step))
        end = "" if details.endswith(".") else "."  # "Lagrum: SL 5 kap." ends a sentence itself
        meta = f'<p class="trygg-ladder-meta">{escape(details)}{end}</p>' if details else ""
        title = f"<p><strong>{escape(step.title)}</strong></p>" if step.title else ""
        items.append(f"<li>{title}{render_markdown(step.text)}{meta}</li>")
    return "\n".join(['<ol class="trygg-ladder">', *items, "</ol>"])
