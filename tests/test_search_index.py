"""Material's search index: the charts are held out of it.

What a reader finds must not change: the charts' figures stay findable through the
tables beside them, and the built pages are the same bytes. No timings here:
benchmarks/README.md.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import markdown
from material.plugins.search import plugin as material
from mkdocs.plugins import PluginCollection

from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import chart_box
from generator.render.markdown.blocks import figure
from generator.site.defaults import markdown_extensions
from generator.site.plugin import TryggPlugin

SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def _convert(text: str) -> str:
    extensions = markdown_extensions()
    configs = {name: settings for name, settings in extensions.items() if settings}
    return markdown.Markdown(extensions=list(extensions), extension_configs=configs).convert(text)


def _page(markdown_text: str, content: str) -> SimpleNamespace:
    return SimpleNamespace(
        markdown=markdown_text, content=content, meta={}, toc=[], url="sida/", title="Sidan"
    )


def _indexed(page: SimpleNamespace, *, trygg: bool) -> list[dict[str, Any]]:
    """`page`'s search entries, through MkDocs' event dispatch with Material's search plugin
    (and trygg's plugin)."""
    search = material.SearchPlugin()
    search.load_config({"lang": ["sv"]})
    search.search_index = material.SearchIndex(**search.config)
    plugins = PluginCollection()
    plugins["material/search"] = search
    if trygg:
        plugins["trygg"] = TryggPlugin()
    config = SimpleNamespace(plugins=plugins)
    plugins.on_page_context({}, page=page, config=config, nav=None)
    return search.search_index.entries  # type: ignore[no-any-return]


def _chart_page() -> str:
    bars = (Bar("Åk 7", 89.0, "89 %"), Bar("Åk 8", 84.0, "84 %"))
    title = "Känner sig trygg i skolan"
    svg = render_bars((BarSection("Alla elever", bars),), "k1", title, colour="#1f5f8b",
                      table_id="t")  # fmt: skip
    chart = figure(chart_box(svg, title), caption="Samma siffror som i tabellen.")
    table = '<div class="trygg-table" id="t" markdown>\n\n| Årskurs | Andel |\n|---|---|\n'
    return (
        f"# Enkäten\n\nText före.\n\n{chart}\n\n{table}| Åk 7 | 89 % |\n| Åk 8 | 84 % |\n\n</div>\n"
    )


def test_a_chart_is_held_out_of_the_index_and_its_table_stays() -> None:
    text = _chart_page()
    html = _convert(text)
    assert "<tspan" in html
    plain = _page(text, html)
    alone = _indexed(plain, trygg=False)
    held = _page(text, html)
    entries = _indexed(held, trygg=True)
    assert held.content == plain.content  # the built page is unchanged
    found = " ".join(entry["text"] for entry in entries)
    assert "89 %" in found and "Åk 8" in found and "Samma siffror" in found
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", html)
    assert desc is not None and desc[1] not in found  # no text of the SVG
    assert desc[1] in " ".join(entry["text"] for entry in alone)
    # exactly the entries of the page without the chart's SVG
    assert entries == _indexed(_page(text, SVG.sub("", html)), trygg=False)
