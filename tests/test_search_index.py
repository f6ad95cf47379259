"""Material's search index: the charts are held out of it, and trygg's faster reader of a
page's HTML (`site.searchread`) gives the sections Material's `Parser` gives.

What a reader finds must not change: the charts' figures stay findable through the
tables beside them, the built pages are the same bytes, and on every page of the example
and of synthetic content, and on hostile pages, both readers give the same sections (or
the faster one hands the page to Material's). No timings here: benchmarks/README.md.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import markdown
import pytest
from material.plugins.search import plugin as material
from mkdocs.plugins import PluginCollection, event_priority

from benchmarks.synthetic import generate
from generator.build.pipeline import build_all
from generator.build.request import BuildRequest
from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import chart_box
from generator.render.markdown.blocks import figure
from generator.site import charts, internals, searchindex, speed
from generator.site.defaults import markdown_extensions
from generator.site.plugin import TryggPlugin
from generator.site.searchread import sections
from tests.incremental_support import CONFIG, copy_content

SVG = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def _convert(text: str) -> str:
    extensions = markdown_extensions()
    configs = {name: settings for name, settings in extensions.items() if settings}
    return markdown.Markdown(extensions=list(extensions), extension_configs=configs).convert(text)


def _material(html: str) -> list[Any]:
    parser = material.Parser()
    parser.feed(html)
    parser.close()
    return parser.data  # type: ignore[no-any-return]


def _same_sections(html: str) -> bool:
    """Whether the faster reader gives Material's sections of `html`, or leaves it to Material."""
    try:
        expected = searchindex._shown(_material(html))
    except ValueError:  # Material's parser fails on this page, and so it would with trygg
        return sections(html) is None
    found = sections(html)
    return found is None or searchindex._shown(found) == expected


def _page(markdown_text: str, content: str) -> SimpleNamespace:
    return SimpleNamespace(
        markdown=markdown_text, content=content, meta={}, toc=[], url="sida/", title="Sidan"
    )


def _indexed(page: SimpleNamespace, *, trygg: bool, fast: bool = False) -> list[dict[str, Any]]:
    """`page`'s search entries, through MkDocs' event dispatch with Material's search plugin
    (and trygg's plugin, `fast`: with `trygg build`'s speed-ups)."""
    search = material.SearchPlugin()
    search.load_config({"lang": ["sv"]})
    search.search_index = material.SearchIndex(**search.config)
    plugins = PluginCollection()
    plugins["material/search"] = search
    if trygg:
        plugins["trygg"] = TryggPlugin()
    config = SimpleNamespace(plugins=plugins)
    with speed.using(speed.Speedups()) if fast else contextlib.nullcontext():
        plugins.on_page_context({}, page=page, config=config, nav=None)
    return search.search_index.entries  # type: ignore[no-any-return]


def _chart_page() -> str:
    bars = (Bar("Åk 7", 89.0, "89 %"), Bar("Åk 8", 84.0, "84 %"))
    title = "Känner sig trygg i skolan"
    svg = render_bars((BarSection("Alla elever", bars),), "k1", title, colour="#1f5f8b",
                      table_id="t")  # fmt: skip
    chart = figure(chart_box(svg), caption="Samma siffror som i tabellen.")
    table = '<div class="trygg-table" id="t" markdown>\n\n| Årskurs | Andel |\n|---|---|\n'
    return (
        f"# Enkäten\n\nText före.\n\n{chart}\n\n{table}| Åk 7 | 89 % |\n| Åk 8 | 84 % |\n\n</div>\n"
    )


def test_a_chart_is_held_out_of_the_index_and_its_table_stays() -> None:
    text = _chart_page()
    html = _convert(text)
    assert "<tspan" in html
    plain = _page(text, html)
    alone = _indexed(plain, trygg=False)  # Material alone, as in `trygg export`'s site
    held = _page(text, html)
    entries = _indexed(held, trygg=True)
    assert held.content == plain.content  # the built page is unchanged
    found = " ".join(entry["text"] for entry in entries)
    assert "89 %" in found and "Åk 8" in found and "Samma siffror" in found
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", html)
    assert desc is not None and desc[1] not in found  # no text of the SVG
    assert entries == alone  # the chart box leaves itself out, with or without trygg
    # exactly the entries of the page without the chart's SVG
    assert entries == _indexed(_page(text, SVG.sub("", html)), trygg=False)
    assert _indexed(_page(text, html), trygg=True, fast=True) == entries


def _record(folder: Path) -> Any:
    original = TryggPlugin.on_page_context

    @event_priority(50)
    def recording(self: Any, context: Any, /, *, page: Any, config: Any, nav: Any) -> Any:
        page_data = {"markdown": page.markdown, "content": page.content}
        (folder / f"{uuid.uuid4().hex}.json").write_text(json.dumps(page_data), encoding="utf-8")
        return original(self, context, page=page, config=config, nav=nav)

    return recording


@pytest.fixture(scope="module")
def built_pages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Any]]]:
    """The example and two synthetic schools built with every speed-up, with each page as
    the search indexer got it (its Markdown and HTML), and the example's output."""
    root = tmp_path_factory.mktemp("search")
    pages = root / "pages"
    pages.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1788000000")
        patch.setenv("NO_MKDOCS_2_WARNING", "1")
        patch.setattr(TryggPlugin, "on_page_context", _record(pages))
        example = copy_content(root / "example")
        synthetic = root / "synthetic" / "content"
        generate(synthetic, 2)
        for content in (example, synthetic):
            out = content.parent / "site"
            result = build_all(BuildRequest(CONFIG, content, out, jobs=1))
            assert result.ok, result.report.format_text()
    found = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(pages.iterdir())]
    yield example.parent / "site", found


def test_every_built_page_is_read_as_materials_parser_reads_it(
    built_pages: tuple[Path, list[Any]],
) -> None:
    _site, pages = built_pages
    assert len(pages) > 60
    with_charts = [p for p in pages if "trygg-chart" in p["content"]]
    assert with_charts
    taken = 0
    for page in pages:
        assert _same_sections(page["content"]), page["content"][:200]
        taken += sections(page["content"]) is not None
    assert taken == len(pages)  # no page of trygg's needs Material's own parser


def test_every_built_page_is_the_same_with_charts_held_out_of_the_index(
    built_pages: tuple[Path, list[Any]],
) -> None:
    _site, pages = built_pages
    for page in pages:
        alone, held = (
            _page(page["markdown"], page["content"]),
            _page(page["markdown"], page["content"]),
        )
        entries = _indexed(held, trygg=True, fast=True)
        assert entries == _indexed(alone, trygg=False)  # Material alone leaves them out too
        assert held.content == alone.content
        without = _page(page["markdown"], page["content"])
        for found in charts.CHART.finditer(page["markdown"]):
            without.content = without.content.replace(found[2], "")
        assert entries == _indexed(without, trygg=False)


def test_the_built_search_index_has_the_tables_figures_and_no_chart_text(
    built_pages: tuple[Path, list[Any]],
) -> None:
    site, _pages = built_pages
    page = (site / "strandskolan" / "trygghetsplan" / "index.html").read_text(encoding="utf-8")
    index = json.loads((site / "strandskolan" / "search" / "search_index.json").read_text())
    text = " ".join(e["text"] for e in index["docs"] if e["location"].startswith("trygghetsplan/"))
    descs = re.findall(r'<div class="trygg-chart".*?<desc[^>]*>(.*?)</desc>', page, re.DOTALL)
    assert descs
    for desc in descs:
        assert desc not in text
    cells = re.findall(r'<div class="trygg-table".*?</div>', page, re.DOTALL)
    assert cells
    figures = re.findall(r"<td\b[^>]*>([^<]+)</td>", " ".join(cells))
    assert figures
    for td in figures:
        assert td in text


HOSTILE_MARKDOWN = [
    "# Tom & Jerry <script>alert(1)</script>\n\nText &amp; &lt;b&gt; &#x27; &#0; &okänd; &amp",
    "## Rubrik *med* `kod <b>` & tecken {#eget-id}\n\nå ä ö ü 你好 \u00a0 \u2028 🎉 a < b > c",
    "<div markdown>\n\n### Inne i en div\n\nText i diven.\n\n</div>\n\nEfter.",
    "```\n\n  <kod> & 'citat' \"dubbelt\"\n\n\ttabb\n```\n\n    indragen <kod>\n",
    "| a | b |\n|---|---|\n| 1 &amp; 2 | <x> |\n| `|` | **fet** |\n",
    '!!! note "Obs & <viktigt>"\n    Text i en ruta.\n\n??? info "Mer"\n    Dold text.\n',
    'Term\n:   Definition med [länk](https://example.org/?a=1&b=2 "titel > x")\n',
    "<!-- kommentar -->\n\nText.\n",
    '<p data-search-exclude>Bort</p>\n\n<div class="linenodiv"><p>1</p></div>\n\nKvar.\n',
    '<h2>Utan id</h2>\n\n<h3 id="x">Med id</h3>\n\n<div><h4 id="y">Inne</h4>text</div> efter\n',
    '<P CLASS="x">Versaler</P>\n\n<span title=\'enkla\'>x</span> <span title="a>b">y</span>\n',
    "<pre>\n\n   \n</pre>\n\n<pre><code>  </code></pre>\n\n- \n- punkt\n\n1. ett\n",
    '<svg><title>T &amp; U</title><text>89 %</text></svg>\n\n<br/><img src="x" alt="&quot;">\n',
]


@pytest.mark.parametrize("text", HOSTILE_MARKDOWN)
def test_hostile_author_text_is_read_as_materials_parser_reads_it(text: str) -> None:
    assert _same_sections(_convert(text))
    assert _same_sections(text)  # and as raw HTML


FRAGMENTS = [
    "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<pre>", "</pre>", "<code>", "</code>",
    '<h1 id="a">', "</h1>", '<h2 id="b">', "</h2>", "<h3>", "</h3>", "<div>", "</div>",
    '<a class="headerlink" href="#b">', "</a>", "<div data-search-exclude>", "<object>",
    "</object>", "<br>", "<br/>", '<path d="M0"/>', "<sub>", "</sub>", "<svg>", "</svg>",
    '<span class="linenodiv">', "</span>", "<title>", "</title>", "<em>", "</em>",
    "text", " ", "\n", "\n\n  ", "a &amp; b", "&lt;x&gt;", "å&#246;", "&", "x\ny", "<",
    "<!-- c -->", "<script>", "</script>", "<Table>", "</TABLE>", '<td x="1" y>', "</td>",
]  # fmt: skip


def test_random_pages_are_read_as_materials_parser_reads_them() -> None:
    chosen = random.Random(18)
    taken = 0
    for _ in range(3000):
        html = "".join(chosen.choice(FRAGMENTS) for _ in range(chosen.randint(1, 40)))
        assert _same_sections(html), html
        taken += sections(html) is not None
    assert taken > 500  # many random pages are read by the faster reader


def test_the_faster_reader_is_used_only_for_the_code_it_was_written_for(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    page = _page(_chart_page(), _convert(_chart_page()))
    expected = _indexed(_page(page.markdown, page.content), trygg=True)
    assert searchindex.usable()  # with the installed Material for MkDocs
    searchindex.usable.cache_clear()
    monkeypatch.setattr(searchindex, "READER_DIGEST", "0" * 16)
    monkeypatch.setattr(internals, "_WARNED", set())
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.trygg")
    try:
        assert _indexed(page, trygg=True, fast=True) == expected
        assert "material.plugins.search.Parser" in caplog.text
    finally:
        searchindex.usable.cache_clear()
