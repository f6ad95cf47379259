"""Charts held out of Python-Markdown's way while it converts a page (a speed-up, as `speed`).

A chart (`render.plan.charts`, `review.charts`) is inline SVG in a raw HTML block,
which Python-Markdown passes through as written, but only after its HTML parser has
read every element of it: that reading was most of what the charts added to a build.
`hold` puts a placeholder where each chart stands, before the page is converted
(`on_page_markdown`); `put_back` puts the chart where its placeholder came out
(`on_page_content`), before the last look reads the page. A whole figure, a block of its
own that Markdown passes on as written (`rawfigure`: a chart, and also a flowchart,
ladder or årshjul), is held as a paragraph of one word: a page whose only raw HTML is
its figures then has none, and Python-Markdown's and MkDocs' HTML parsers, which read
the whole page when it has any, are not run on it. The anchors of what is held are
given to MkDocs with the page's own, so links to them are checked as before. Other
charts are held as an SVG element.

Material's search indexer reads no chart either: each chart's box says so itself
(`data-search-exclude`, `diagrams.svg.chart_box`), in every engine's site and in
`trygg export`; the table beside it has the same figures as words.

Only SVG that starts a chart box at the start of a block is held. Should a placeholder
not come out once and as written (the same text in a code block, which Markdown
escapes), the page is converted again from its own Markdown: the bytes are always
those Markdown alone gives.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from generator.site import rawfigure, sametables
from generator.site.onemarkdown import known_extensions

# The chart box as `render.markdown.blocks.figure` and `diagrams.svg.chart_box` write it.
CHART = re.compile(
    r'(\n\n<figure class="trygg-figure"(?: aria-labelledby="[^"\n<>&]*")?>\n'
    r'<div class="trygg-chart"[^\n<>]*>\n)'
    r"(<svg\b.*?\n</svg>)(?=\n</div>\n)",
    re.DOTALL,
)
_HELD = "trygg_charts"  # the attribute of the page that keeps its charts meanwhile
_TOKEN = secrets.token_hex(8)  # no content can write a placeholder of this process


def _placeholder(number: int) -> str:
    return f'<svg data-trygg-chart="{_TOKEN}-{number}"></svg>'


def _word(number: int) -> str:
    return f"trygg-diagram-{_TOKEN}-{number}"


def hold(markdown: str, page: Any, config: Any = None) -> str:
    """`markdown` with each chart (and each figure Markdown passes on as written, see
    `rawfigure`, and each table that converts the same anywhere, see `sametables`)
    replaced by a placeholder; kept on `page` are the placeholders as they come out of
    Markdown, what goes in their place, and the anchors held with them."""
    held: list[tuple[str, str]] = []
    parts: list[str] = []
    ids: set[str] = set()
    start = 0
    for begin, end, html, anchors in _blocks(markdown, config):
        if begin < start:
            continue
        inline = html.startswith("<svg")  # a chart's SVG, inside a figure Markdown reads
        written = _placeholder(len(held)) if inline else _word(len(held))
        parts += [markdown[start:begin], written]
        held.append((written if inline else f"<p>{written}</p>", html))
        ids.update(anchors)
        start = end
    parts.append(markdown[start:])
    setattr(page, _HELD, (markdown, held, frozenset(ids)))
    return "".join(parts)


def _blocks(markdown: str, config: Any) -> list[tuple[int, int, str, frozenset[str]]]:
    """(start, end, HTML, anchors) of the blocks of `markdown` to hold, in order: figures
    only with the extensions trygg configures (`pymdownx.critic`, `pymdownx.striphtml`
    and others rewrite raw HTML too)."""
    known = config is None or known_extensions(config["markdown_extensions"])
    figures = [_figure(markdown, *found) for found in rawfigure.figures(markdown) if known]
    same = [(b, e, html, frozenset[str]()) for b, e, html in sametables.tables(markdown, config)]
    return sorted([found for found in figures if found is not None] + same)


def _figure(
    markdown: str, begin: int, end: int, ids: frozenset[str] | None
) -> tuple[int, int, str, frozenset[str]] | None:
    """The whole figure to hold, or only its chart's SVG where Markdown passes that on as
    written (not the rest of the figure); None for neither."""
    if ids is not None:
        return begin, end, markdown[begin:end] + "\n", ids
    chart = CHART.match(markdown, begin - 2)
    if chart is None or rawfigure.holdable(chart[1].strip("\n") + "\n</div>\n</figure>") is None:
        return None
    svg = rawfigure.holdable(chart[2])
    return None if svg is None else (chart.start(2), chart.end(2), chart[2], svg)


def put_back(html: str, page: Any, config: Any, files: Any) -> str:
    """The page's HTML with its charts in place of their placeholders."""
    markdown, held, ids = getattr(page, _HELD, ("", [], frozenset()))
    if not held:
        return html
    setattr(page, _HELD, ("", [], frozenset()))
    page.markdown = markdown  # as it was, for whatever reads it later
    if all(html.count(placeholder) == 1 for placeholder, _chart in held):
        page.present_anchor_ids = set(getattr(page, "present_anchor_ids", None) or ()) | ids
        last = html.endswith(tuple(placeholder for placeholder, _chart in held))
        html = _put_in(html, held)
        return html.rstrip() if last else html  # Markdown strips the end of its HTML
    page.render(config, files)  # a placeholder stood where Markdown does not pass HTML on
    return str(page.content)


def _put_in(html: str, held: list[tuple[str, str]]) -> str:
    """`html` with each (placeholder, chart) of `held`: the chart where the placeholder is."""
    for placeholder, chart in held:
        html = html.replace(placeholder, chart, 1)
    return html
