"""Charts held out of Python-Markdown's way (`generator.site.charts`) give the page Markdown
alone gives: a chart in its box, and the same text in a code block, where Markdown
escapes it (then the page is converted again). No timings here: the speed is measured
by benchmarks/chartshare.py."""

from __future__ import annotations

import re
from typing import Any

import markdown
from mkdocs.structure import pages

from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import chart_box
from generator.render.markdown.blocks import figure
from generator.site import charts
from generator.site.defaults import markdown_extensions


def _convert(text: str) -> str:
    extensions = markdown_extensions()
    configs = {name: settings for name, settings in extensions.items() if settings}
    return markdown.Markdown(extensions=list(extensions), extension_configs=configs).convert(text)


class _Page:
    """What the hooks use of MkDocs' page: its Markdown, and `render` to convert it."""

    def __init__(self) -> None:
        self.markdown = ""
        self.content = ""

    def render(self, config: Any, files: Any) -> None:
        self.content = _convert(self.markdown)


def _chart(title: str) -> str:
    bars = (Bar("Åk 7", 89.0, "89 %"), Bar("Åk 8", 84.0, "84 %"))
    svg = render_bars((BarSection("Känner sig trygg", bars),), "k1", title, colour="#1f5f8b",
                      table_id="t")  # fmt: skip
    return figure(chart_box(svg), caption="Samma siffror som i tabellen.")


def _through_hooks(text: str) -> tuple[str, str]:
    """The page's HTML through the hooks, and the Markdown that was converted."""
    page = _Page()
    page.markdown = held = charts.hold(text, page)
    html = charts.put_back(_convert(held), page, None, None)
    assert page.markdown == text  # later readers of the page see its own Markdown
    return html, held


def test_a_chart_is_held_and_put_back_as_markdown_gives_it() -> None:
    text = (
        f"# Kartläggning\n\nText före.\n\n{_chart('Resultat')}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    html, held = _through_hooks(text)
    assert "<" not in held  # Markdown (and MkDocs) have no raw HTML to read on this page
    assert html == _convert(text)
    assert "<rect" in html


def test_charts_beside_other_blocks_come_out_as_markdown_gives_them() -> None:
    table = "| a | b |\n|---|---|\n| 1 | 2 |"
    pages = [
        f'# K\n\n{_chart("R")}\n\n<div class="x" markdown>\n\n{table}\n\n</div>\n\nSlut.\n',
        f"# K\n\n{_chart('R')}\n\n{_chart('S')}\n\n- a\n- b\n\n{_chart('T')}\n",
    ]
    for text in pages:
        html, held = _through_hooks(text)
        assert html == _convert(text)
        assert "<rect" not in held
    # A chart that is not a block of its own (first on the page, in a quotation) is read
    # by Markdown as it is.
    text = f"{_chart('R')}\n\ntext\n\n> {_chart('I ett citat')}\n"
    html, held = _through_hooks(text)
    assert html == _convert(text)


def test_the_same_text_in_a_code_block_comes_out_as_markdown_gives_it() -> None:
    chart = _chart("Exempel")
    fenced = "\n".join("    " + line for line in chart.splitlines())
    text = f"# Sidan\n\n{chart}\n\nSå här ser koden ut:\n\n```\n\n{chart}\n```\n\n{fenced}\n"
    html, _held = _through_hooks(text)
    assert html == _convert(text)
    assert "&lt;svg" in html


def test_a_page_without_charts_is_left_alone() -> None:
    text = "# Sidan\n\nBara text och <b>lite</b> HTML.\n"
    page = _Page()
    assert charts.hold(text, page) == text
    assert charts.put_back("<p>html</p>", page, None, None) == "<p>html</p>"


FLOW = (
    '<figure class="trygg-figure trygg-flowchart">\n'
    '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="flode-title">\n'
    '<title id="flode-title">När någon kränks</title>\n<rect x="1" y="1" width="9" height="9"/>\n'
    '</svg>\n<ol class="trygg-flow">\n<li><p>Anmäl &amp; utred &#8211; samma dag</p>'
    '<p class="trygg-flow-meta">Vem: Rektor.</p></li>\n<li><p>Följ upp.</p></li>\n</ol>\n'
    "</figure>"
)


def test_a_diagram_figure_is_held_and_its_anchors_are_kept() -> None:
    text = f"# Rutiner\n\nStegen i bilden.\n\n{FLOW}\n\n[Till bilden](#flode-title)\n"
    page = _Page()
    page.markdown = held = charts.hold(text, page)
    assert "<" not in held
    page.present_anchor_ids = {"rutiner"}  # what MkDocs found in what Markdown converted
    assert charts.put_back(_convert(held), page, None, None) == _convert(text)
    assert page.present_anchor_ids == {"rutiner", "flode-title"}


def test_figures_markdown_would_not_pass_on_as_written_are_left_to_it() -> None:
    unsure = [
        FLOW.replace("&amp; utred", "&utred= "),  # an ampersand Markdown would rewrite
        FLOW.replace("<ol class", "<ol markdown class"),  # its inside read as Markdown
        FLOW.replace("</li>\n</ol>", "</ol>"),  # tags that do not nest
        FLOW.replace("<rect", "<!-- a comment --><rect"),
        FLOW.replace("<rect", "<style>p{}</style><rect"),
        FLOW.replace("</svg>", "</svg>\n\n"),  # a blank line ends the HTML block
        FLOW.replace("Följ upp.", "Följ < upp."),
    ]
    for figure_text in unsure:
        text = f"# Rutiner\n\n{figure_text}\n\nSlut.\n"
        page = _Page()
        assert charts.hold(text, page) == text, figure_text
        html, _held = _through_hooks(text)
        assert html == _convert(text)


def test_figures_markdown_rewrites_before_reading_them_are_left_to_it() -> None:
    rewritten = [
        FLOW.replace("Följ upp.", "Följ\tupp."),  # tabs become spaces
        FLOW.replace("Följ upp.", "Följ\rupp."),  # a carriage return becomes a line end
        FLOW.replace("</svg>\n", "</svg>\n   \n"),  # a line of spaces becomes empty
        FLOW.replace("Följ upp.", "Följ\x02upp."),  # Markdown's own markers are dropped
        FLOW.replace("<ol class", '```\n<b id="kod">x</b>\n```\n<ol class'),  # a code fence
    ]
    for figure_text in rewritten:
        text = f"# Rutiner\n\n{figure_text}\n\nSlut.\n"
        assert charts.hold(text, _Page()) == text, figure_text
        assert _through_hooks(text)[0] == _convert(text)


def test_figures_inside_elements_read_as_markdown_are_left_to_it() -> None:
    # md_in_html writes a figure inside such an element out again, not as written.
    outsides = (
        "<div markdown>\n\n{}\n\n</div>",
        "<details markdown>\n<summary>S</summary>\n\n{}\n\n</details>",
    )
    for chart in (FLOW, _chart("R")):
        for outside in outsides:
            text = "# Sidan\n\nText.\n\n" + outside.format(chart) + "\n\nSlut.\n"
            assert _through_hooks(text)[0] == _convert(text)
            assert "<rect" in _through_hooks(text)[1]
    # A table in such an element before it does not keep a figure from being held.
    table = '<div class="trygg-table" markdown>\n\n| a |\n|---|\n| 1 |\n\n</div>'
    text = f"# S\n\n{table}\n\n{FLOW}\n\nS.\n"
    html, held = _through_hooks(text)
    assert html == _convert(text) and "<rect" not in held


def test_a_figure_after_html_read_otherwise_is_left_to_markdown() -> None:
    # After `</p><br/>` Markdown reads on into the figure, as a paragraph of inline HTML.
    for chart in (FLOW, _chart("R")):
        text = f"# Sidan\n\n<p>Text.</p><br/>\n\n{chart}\n\nSlut.\n"
        assert _through_hooks(text)[0] == _convert(text)


def test_a_figure_last_on_the_page_comes_out_as_markdown_gives_it() -> None:
    ends = ("", "[r]: https://example.org\n")  # nothing after it in the HTML
    for text in (f"# Rutiner\n\nText.\n\n{FLOW}\n\n{end}" for end in ends):
        html, held = _through_hooks(text)
        assert "<rect" not in held
        assert html == _convert(text)


def _anchors(text: str) -> set[str]:
    """The anchors MkDocs finds in the page `text` converts to (`Page.render`)."""
    extensions = markdown_extensions()
    configs = {name: settings for name, settings in extensions.items() if settings}
    md = markdown.Markdown(extensions=list(extensions), extension_configs=configs)
    raw = pages._RawHTMLPreprocessor()
    raw._register(md)
    found = pages._ExtractAnchorsTreeprocessor(None, None, None)  # type: ignore[arg-type]
    found._register(md)
    md.convert(text)
    return found.present_anchor_ids | raw.present_anchor_ids


def test_mkdocs_finds_the_anchors_of_held_figures_it_would_find_in_them() -> None:
    pages_ = [
        f"# R\n\nSkriv `<script>` så här.\n\n{FLOW}\n\n[Bilden](#flode-title)\n",
        f"# R\n\nText.\n\n{FLOW.replace('<ol class', '<ol id class')}\n\nSlut.\n",
        "# R\n\nText.\n\n"
        + FLOW.replace("<ol class", '<OL ID="A&amp;B" class').replace("</ol>", "</OL>")
        + "\n\nS.\n",
    ]
    for text in pages_:
        page = _Page()
        page.markdown = held = charts.hold(text, page)
        page.present_anchor_ids = _anchors(held)
        assert charts.put_back(_convert(held), page, None, None) == _convert(text)
        assert page.present_anchor_ids == _anchors(text), text


def test_figures_are_left_to_markdown_where_an_extension_rewrites_raw_html() -> None:
    extensions = markdown_extensions()
    configs = {name: settings for name, settings in extensions.items() if settings}
    flow = FLOW.replace("Följ upp.", "Följ {++noga++} upp.").replace("<ol ", '<ol onclick="x" ')
    text = f"# Rutiner\n\nText.\n\n{flow}\n\nSlut.\n"
    for extra in ("pymdownx.critic", "pymdownx.striphtml"):
        config = {"markdown_extensions": [*extensions, extra], "mdx_configs": configs}
        assert charts.hold(text, _Page(), config) == text, extra


def test_a_chart_s_figure_is_named_by_the_chart_s_title_and_still_held() -> None:
    text = f"# Kartläggning\n\n{_chart('Trygghet på rasten')}\n\nText efter.\n"
    html, held = _through_hooks(text)
    named = re.search(r'<figure class="trygg-figure" aria-labelledby="([^"]+)">', html)
    assert named is not None  # a screen reader names the figure, not only its image
    assert f'<title id="{named[1]}">Trygghet på rasten</title>' in html
    assert "<" not in held and html == _convert(text)  # held whole, as before
