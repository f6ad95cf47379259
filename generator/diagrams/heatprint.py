"""The heat map of units × grounds on paper: the wide drawing (`heatwide`), the grounds'
whole names over its columns, in parts that each fit an A4 page.

One map of every unit, made to fit a page, shrank with the units: its text was about 8 pt
at 30 units and 1.5 pt at 300. Each part has as many rows as fit a page under the map's
legend and heads (the first shares its page with the page's heading: `FIRST`, the others
`PAGE` units of height), so every printed page has its own heads, and the text prints at
about 10 pt however many units there are (680 units across the page's 180 mm).

A part draws nothing of its own but its card: it shows the wide map's head and a window
onto its rows (`<use>` of their groups), so 300 units' parts weigh a few kilobytes, not a
second map. The parts are printed instead of the screen's drawings (trygg.css), which keeps
the wide map laid out, unseen, for them; on a screen they are neither shown nor read. A map
that fits one page has no parts: the wide drawing is printed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from generator.diagrams import theme
from generator.diagrams.heatmap import HeatRow
from generator.diagrams.heatwide import GAP, PAD, WIDTH, row_height, rows_top
from generator.diagrams.svg import card, check_id_prefix, fmt, svg_root

FIRST = 740.0  # the first part's height, in the drawing's units: 196 mm at 180 mm wide
# (A4's 267 mm less the page's first lines: the site's name, the heading, a link)
PAGE = 940.0  # every other part's: 249 mm, a page of its own


def render_print_parts(
    rows: Sequence[HeatRow],
    columns: Sequence[str],
    *,
    wide_prefix: str,
    id_prefix: str,
    title: str,
    note: str = "",
    table_id: str = "",
) -> list[str]:
    """The wide map of `rows` (drawn with `wide_prefix`) in parts, each named by its part and
    its first and last unit; none when the map fits one page."""
    top = rows_top(columns)
    parts = split(rows, FIRST - top - PAD, PAGE - top - PAD)
    if len(parts) < 2:
        return []
    drawn, y = [], top
    for number, part in enumerate(parts, start=1):
        units = f"{part[0].label} – {part[-1].label}"
        prefix = check_id_prefix(f"{id_prefix}-del-{number}")
        rows_height = sum(row_height(row) for row in part)
        height = top + rows_height + PAD
        window = (
            f'<clipPath id="{prefix}-fonster"><rect x="0" y="{fmt(top)}" width="{fmt(WIDTH)}"'
            f' height="{fmt(rows_height - GAP / 2)}"/></clipPath>'  # not the next row's edge
        )
        body = "\n".join(
            [
                card(WIDTH, height, theme.CARD, theme.CARD_BORDER),
                f'<use href="#{wide_prefix}-huvud"/>',
                f'{window}<g clip-path="url(#{prefix}-fonster)">'
                f'<use href="#{wide_prefix}-rader" transform="translate(0 {fmt(top - y)})"/></g>',
            ]
        )
        named = f"{title}, del {number} av {len(parts)}: {units}"
        desc = f"{len(part)} av {len(rows)} enheter: {units}. {note}".strip()
        drawn.append(svg_root(WIDTH, height, prefix, named, desc, body, table_id=table_id))
        y += rows_height
    return drawn


def split(rows: Sequence[HeatRow], first: float, room: float) -> list[list[HeatRow]]:
    """`rows` in runs whose heights add up to at most `first` for the first run and `room`
    for the others (a run has one row at least)."""
    parts: list[list[HeatRow]] = []
    used, limit = math.inf, first
    for row in rows:
        height = row_height(row)
        if used + height > limit:
            limit = room if parts else first
            parts.append([])
            used = 0.0
        parts[-1].append(row)
        used += height
    return parts
