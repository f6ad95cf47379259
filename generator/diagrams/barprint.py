"""A tall bar chart on paper (a school's results year by year, `render.plan.trends`), in
parts that each fit a page, at the scale every chart prints at.

Made to fit one page whole, a trend over eight groups was squeezed to 240 mm, its text
at about 8 pt beside 13 pt in the chart of results per group above it, and it left most
of the page before it empty, as it did not fit under the table there. A chart no taller
than `PART` units prints whole and has no parts; a taller one prints as parts of whole
sections, each at most `PART` units, that are printed instead of it (trygg.css) and are
neither shown nor read on a screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.diagrams.bars import BarSection, render_bars

PART = 560.0  # units of height: 193 mm at the 110 mm a chart prints across (trygg.css)
HEIGHT = re.compile(r'viewBox="0 0 [0-9.]+ ([0-9.]+)"')


def render_print_parts(
    sections: Sequence[BarSection],
    id_prefix: str,
    title: str,
    *,
    colour: str,
    table_id: str,
    summary: Callable[[Sequence[BarSection]], str],
) -> list[str]:
    """The chart of `sections` in parts, each described by its own `summary`; none when
    the whole chart is no taller than `PART`."""

    def drawn(part: Sequence[BarSection], prefix: str, named: str) -> str:
        return render_bars(
            part, prefix, named, colour=colour, table_id=table_id, summary=summary(part)
        )

    if height(drawn(sections, id_prefix, title)) <= PART:
        return []
    # a section adds its own height to a chart's frame (its padding and scale)
    frame = height(drawn([], id_prefix, title))
    tall = [height(drawn([section], id_prefix, title)) - frame for section in sections]
    parts: list[list[BarSection]] = [[]]
    used = frame
    for section, extra in zip(sections, tall, strict=True):
        if parts[-1] and used + extra > PART:
            parts.append([])
            used = frame
        parts[-1].append(section)
        used += extra
    if len(parts) < 2:  # one section taller than a part: printed whole, as it is
        return []
    return [
        drawn(part, f"{id_prefix}-del-{n}", f"{title}, del {n} av {len(parts)}")
        for n, part in enumerate(parts, start=1)
    ]


def height(svg: str) -> float:
    """A drawn chart's height, from its viewBox."""
    found = HEIGHT.search(svg)
    return float(found[1]) if found else 0.0
