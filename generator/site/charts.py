"""Charts held out of Python-Markdown's way while it converts a page (a speed-up, as `speed`).

A chart (`render.plan.charts`, `review.charts`) is inline SVG in a raw HTML block,
which Python-Markdown passes through as written, but only after its HTML parser has
read every element of it: that reading was most of what the charts added to a build.
`hold` puts a short placeholder element where each chart's SVG stands, before the page
is converted (`on_page_markdown`); `put_back` puts the SVG where its placeholder came
out (`on_page_content`), before the search index and the last look read the page.

Only SVG that starts a chart box at the start of a block is held. Should a placeholder
not come out once and as written (the same text in a code block, which Markdown
escapes), the page is converted again from its own Markdown: the bytes are always
those Markdown alone gives.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

# The chart box as `render.markdown.blocks.figure` and `diagrams.svg.chart_box` write it.
CHART = re.compile(
    r'(\n\n<figure class="trygg-figure">\n<div class="trygg-chart" [^\n<>]*>\n)'
    r"(<svg\b.*?\n</svg>)(?=\n</div>\n)",
    re.DOTALL,
)
_HELD = "trygg_charts"  # the attribute of the page that keeps its charts meanwhile
_TOKEN = secrets.token_hex(8)  # no content can write a placeholder of this process


def _placeholder(number: int) -> str:
    return f'<svg data-trygg-chart="{_TOKEN}-{number}"></svg>'


def hold(markdown: str, page: Any) -> str:
    """`markdown` with each chart's SVG replaced by a placeholder; the SVG kept on `page`."""
    held: list[str] = []

    def keep(found: re.Match[str]) -> str:
        held.append(found[2])
        return found[1] + _placeholder(len(held) - 1)

    shorter = CHART.sub(keep, markdown)
    setattr(page, _HELD, (markdown, held))
    return shorter


def put_back(html: str, page: Any, config: Any, files: Any) -> str:
    """The page's HTML with its charts in place of their placeholders."""
    markdown, held = getattr(page, _HELD, ("", []))
    if not held:
        return html
    setattr(page, _HELD, ("", []))
    page.markdown = markdown  # as it was, for whatever reads it later
    if all(html.count(_placeholder(number)) == 1 for number in range(len(held))):
        for number, svg in enumerate(held):
            html = html.replace(_placeholder(number), svg, 1)
        return html
    page.render(config, files)  # a placeholder stood where Markdown does not pass HTML on
    return str(page.content)
