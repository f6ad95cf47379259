"""How full a student page's printed A4 poster is, and how small it must print to fit.

The browser lays the poster out when it prints, so trygg cannot ask it while building.
This estimate follows the print rules of theme/overrides/assets/poster.css: the title and
the lines under it across the page, the rest in two columns of boxed list items. What
a pupil needs most (who to talk to, what happens when they tell, help outside the school,
the rights in short form) is always printed; the other parts are printed as long as they
fit at the band's size, and otherwise shown on screen only (`poster_parts`). A link to
another host counts with the address it prints after it. Text
is measured with the widths of DejaVu Sans scaled to the Arial-metric fonts that
poster.css prints with (Arial, Helvetica, Liberation Sans). The poster is then printed
at the largest `SCALES` step at which the estimate fits (`poster_scale`), and a page
whose printed parts fit at none is told to its author (TP506).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.diagrams.textmetrics import wrap
from generator.render.student.bands import Band

# The poster's sizes in poster.css, in CSS pixels (1 mm = 96 / 25.4 px, 1 pt = 4/3 px).
MM, PT = 96 / 25.4, 4 / 3
PAGE_WIDTH, PAGE_HEIGHT = (210 - 2 * 11) * MM, (297 - 2 * 10) * MM  # inside @page margins
COLUMN = (PAGE_WIDTH - 7 * MM) / 2
BOX = 2 * 1.8 * MM + 2 * 1.2 * PT  # a list item's padding and border, across
ICON = 1.6  # a pictogram and its space across, in em
TEXT_ICON = 1.2  # a pictogram's height beside a heading or in a paragraph, in em
# Arial-metric fonts set Swedish text at about 0.85 of DejaVu Sans's width (measured on
# the example posters with Liberation Sans).
ARIAL_WIDTH = 0.85
# The steps the poster may shrink by (poster.css: .trygg-poster[data-scale]), largest first;
# below the last the text is too small for a child to read from a wall: what does not
# fit is left off the poster instead (`poster_parts`).
SCALES = (100, 95)
# Each band's print size in pt and line height (poster.css: .trygg-poster[data-band]):
# 11 pt up to åk 3, 10.5 pt in åk 4–6, 10 pt from åk 7; at 95 % no less than 9.5 pt.
PRINT_SIZES = {"forskola": (11.0, 1.3), "lagstadiet": (11.0, 1.3), "mellanstadiet": (10.5, 1.3)}
OLDER_PRINT = (10.0, 1.25)
ACROSS = frozenset({"h1", "lead"})
# The class of the line that tells where to read what the poster leaves out (printed only).
MORE = "{: .trygg-poster-more }"
# How a part of the page that the poster leaves out is wrapped (poster.css hides it).
SCREEN_ONLY = '<div class="trygg-screen-only" markdown>'
# How a student page's poster starts (`pages.render_student_page`).
POSTER_START = '<div class="trygg-poster"'
# How full the estimate may be. It errs towards too full (`poster_fill` counts room for
# half the tallest list item): on the example posters by 2–6 % of the page.
FULL = 1.0


@dataclass(frozen=True)
class Block:
    """One printed block: a heading, a paragraph or a list item."""

    kind: str  # h1, lead, h2, p, li
    text: str


_ICON = re.compile(r"<svg\b.*?</svg>|<img\b[^>]*>")
# A link to another host prints its address after its text (trygg.css), but one whose
# text is its address (`ADDRESS`).
ADDRESS = "{: .trygg-address }"
_PRINTED_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]*)\)(?!" + re.escape(ADDRESS) + ")")
_MARKUP = re.compile(r"<[^>]+>|\*\*|\]\([^)]*\)|\[|\{:[^}]*\}")
_STARTS = {"# ": "h1", "## ": "h2", "- ": "li"}
VISION = "{: .trygg-vision }"


def blocks(markdown: Iterable[str]) -> list[Block]:
    """The printed blocks of a poster's Markdown body (what is on screen only left out):
    the one or two paragraphs under the title that poster.css sets across the page are
    `lead`, the school's vision is not."""
    found: list[Block] = []
    kind, text, hidden = "", "", False
    for written in [*markdown, ""]:
        hidden = (hidden and written != "</div>") or written.startswith('<div class="trygg-screen')
        wrapper = written.startswith("<div") or written == "</div>"  # prints nothing itself
        line = "" if wrapper else written
        start = re.match(r"#{1,2} |- |\d+\. ", line)
        if text and (hidden or not line.strip() or start):
            found.append(Block(kind, text))
            kind, text = "", ""
        if hidden or not line.strip():
            continue
        if start:
            kind, text = _STARTS.get(start[0], "li"), line[start.end() :]
        else:
            kind, text = kind or "p", f"{text} {line}".strip()
    return [_lead(block, found[:i]) for i, block in enumerate(found)]


def _lead(block: Block, before: list[Block]) -> Block:
    kinds = [b.kind for b in before[-2:]]
    lead = kinds[-1:] == ["h1"] or (kinds == ["h1", "p"] and VISION not in block.text)
    return Block("lead", block.text) if block.kind == "p" and lead else block


def poster_fill(markdown: Iterable[str], band: Band, scale: int = 100) -> float:
    """The share of the A4 page the poster fills when printed at `scale` per cent: the
    blocks across the page, then half of the columns' blocks, and half the tallest list
    item, which is never split, for the room a column may leave at its foot."""
    size, spacing = PRINT_SIZES.get(band.slug, OLDER_PRINT)
    base = size * PT
    icon = 1.6 if band.read_aloud else 1.3
    zoom = scale / 100
    across, down, tallest = 0.0, 0.0, 0.0
    for block in blocks(markdown):
        width = (PAGE_WIDTH if block.kind in ACROSS else COLUMN) / zoom
        height = _height(block, base, spacing, width, icon)
        if block.kind in ACROSS:
            across += height
            continue
        down += height
        tallest = max(tallest, height if block.kind == "li" else 0)
    return (across + down / 2 + tallest / 2) * zoom / PAGE_HEIGHT


def poster_scale(markdown: list[str], band: Band) -> int | None:
    """The largest of `SCALES` at which the poster fits one page, or None at none."""
    return next((s for s in SCALES if poster_fill(markdown, band, s) <= FULL), None)


def poster_parts(
    parts: list[list[str]],
    optional: list[int],
    band: Band,
    more: Callable[[list[int]], list[str]],
    screen: Iterable[int] = (),
) -> list[str]:
    """The page's Markdown from its parts (each a section's lines), every part printed
    but those of `screen` (indices of parts the poster has in short form) and those of
    `optional` (the most wanted first) that do not fit on the poster at the band's own
    size with those chosen before them: these are wrapped on screen only, and the poster
    says what it leaves off and where to read it (`more` of their indices, in page order:
    printed only, before the last part). Leaving a part off keeps the text large enough
    for a child to read."""
    never = set(screen)
    printed = set(range(len(parts))) - set(optional) - never
    for index in optional:
        trial = printed | {index}
        if poster_fill(_joined(parts, trial, more(_left(parts, trial))), band) <= FULL:
            printed.add(index)
    return _joined(parts, printed, more(_left(parts, printed)))


def _left(parts: list[list[str]], printed: set[int]) -> list[int]:
    """The parts with lines that the poster leaves off, in page order."""
    return [index for index, part in enumerate(parts) if part and index not in printed]


def _joined(parts: list[list[str]], printed: set[int], more: list[str]) -> list[str]:
    lines: list[str] = []
    for index, part in enumerate(parts):
        lines += more if index == len(parts) - 1 else []
        shown = index in printed or not part
        lines += part if shown else [SCREEN_ONLY, "", *part, "</div>", ""]
    return lines


def poster_body(page: str) -> list[str]:
    """The Markdown lines inside a rendered student page's poster
    (`pages.render_student_page`)."""
    lines = page.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(POSTER_START))
    end = len(lines) - 1 - lines[::-1].index("</div>")
    return lines[start + 1 : end]


def page_overflow(page: str, band: Band) -> float:
    """How much more than one A4 page a rendered student page fills at the smallest
    scale, as a share of the page: 0 when it fits."""
    return max(0.0, poster_fill(poster_body(page), band, SCALES[-1]) - FULL)


# Per kind: font size (in the band's text size, or px when above 2), line height
# (None: the band's) and space above and below, in px.
_KINDS: dict[str, tuple[float, float | None, float]] = {
    "h1": (24 * PT, 1.1, 1.5 * MM),
    "lead": (12 * PT, None, 2 * MM),
    "h2": (13 * PT, 1.15, 3.7 * MM),
    "p": (1, None, 1.2 * MM),
    "li": (1, None, 1.4 * MM + 1 * MM + 2.4 * PT),
}


def _height(block: Block, base: float, spacing: float, width: float, icon: float) -> float:
    """A block's height in px; `icon` is a list item's pictogram in em, which sits low
    and makes the first line taller than the text's (a heading's or a paragraph's does
    not, `TEXT_ICON`)."""
    size, line_height, space = _KINDS[block.kind]
    size = size if size > 2 else base * size
    line_height = line_height or spacing
    icons = len(_ICON.findall(block.text))
    printed = _PRINTED_LINK.sub(r"\1 (\2)", _ICON.sub("", block.text))
    text = " ".join(_MARKUP.sub("", printed).split())
    room = width - (BOX if block.kind == "li" else 0) - icons * ICON * size
    lines = len(wrap(text, room / ARIAL_WIDTH, size, bold=block.kind in ("h1", "h2")) or [""])
    pictured = (icon if block.kind == "li" else TEXT_ICON) + 0.1 if icons else 0.0
    return (max(line_height, pictured) + (lines - 1) * line_height) * size + space
