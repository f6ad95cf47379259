"""Hostile pages through `site.charts.hold`/`put_back` (whole figures, chart SVGs and
same tables held out of Markdown) give the bytes and anchors MkDocs gives without them.

A seeded generator writes pages of figures and tables with hostile author text (entities,
tabs, carriage returns, fences, stray tags, `</figure>` in text, ids of every kind) in
hostile places (`md_in_html` elements, raw HTML, lists, admonitions, code, the end of the
page). The same seed gives the same pages, so a failure can be rerun. No timings here."""

from __future__ import annotations

import random
from typing import Any

import markdown
from mkdocs.structure import pages

from generator.site import charts
from generator.site.defaults import markdown_extensions

EXTENSIONS = markdown_extensions()
CONFIG = {
    "markdown_extensions": list(EXTENSIONS),
    "mdx_configs": {name: settings for name, settings in EXTENSIONS.items() if settings},
}
TEXT = ["ord", "Följ upp", "åäö", " ", "\t", "\r", "\n", "\n  \n", "&amp;", "&#8211;", "&#X41;",
        "&nbsp", "&", "&a-b;", "<", ">", '"', "'", "`", "```", "~~~", "**b**", ":smile:",
        "\u2028", "\x02", "</figure>", "<!-- c -->", "<![CDATA[x]]>", "<?pi?>", "[l](#a)",
        "\\", "|", "{: #q }", "\u00a0", "<br/>", "</p>"]  # fmt: skip
TAGS = ["<p>", '<p id="a1">', "<P ID='Up'>", '<span title="a>b">', '<b\n class="c">',
        "<br/>", "<br>", '<rect x="1"/>', '<a name="nm">', "<div id>", '<div id="d&amp;e">',
        '<svg id="s1" role="img">', '<em id="">', '<i data-x="1" id="i1" >',
        '<img src="a">']  # fmt: skip
PLACES = ["{}", "{}", "{}", "<div markdown>\n\n{}\n\n</div>", "<div>\n\n{}\n\n</div>",
          '<div class="t" markdown>\n\n| a |\n|---|\n| 1 |\n\n</div>\n\n{}', "```\n\n{}\n\n```",
          "- li\n\n{}", "!!! note\n\n{}", "> q\n\n{}", "Skriv `<script>` här.\n\n{}",
          "<details markdown>\n<summary>s</summary>\n\n{}\n\n</details>", "    kod\n\n{}",
          "<p>x</p><br/>\n\n{}", 'Text <b title="x\n\n{}\n\n">', "term\n\n{}\n\n: def"]  # fmt: skip
ENDS = ["\n\nSlut.\n", "\n\n", "\n\n[r]: https://example.org\n", "\n\n<p>x</p>\n"]


def _text(rng: random.Random) -> str:
    words = ["ord", "Steg 1", "åäö", "89 %"]
    return "".join(
        rng.choice(TEXT if rng.random() < 0.3 else words) for _ in range(rng.randint(0, 4))
    )


def _element(rng: random.Random, depth: int = 0) -> str:
    tag = rng.choice(TAGS)
    name = tag[1:].split()[0].rstrip(">/").lower()
    if tag.endswith("/>") or name in ("br", "img"):
        return tag
    inside = (_element(rng, depth + 1) if depth < 2 and rng.random() < 0.4 else _text(rng)
              for _ in range(rng.randint(0, 3)))  # fmt: skip
    return tag + "".join(inside) + f"</{name}>"


def _figure(rng: random.Random) -> str:
    body = "\n".join(_element(rng) for _ in range(rng.randint(1, 3)))
    if rng.random() < 0.4:
        box = rng.choice(['role="img"', 'title="a', "id='c1'", 'aria-label="x &amp; y"', ""])
        caption = rng.choice(["", "\n<figcaption>Samma siffror</figcaption>"])
        return (f'<figure class="trygg-figure">\n<div class="trygg-chart" {box}>\n'
                f'<svg id="k" role="img">\n{body}\n</svg>\n</div>{caption}\n</figure>')  # fmt: skip
    kind = rng.choice(["", " trygg-flowchart", " trygg-ladder"])
    return f'<figure class="trygg-figure{kind}">\n{body}\n</figure>'


def _table(rng: random.Random) -> str:
    rows = (f"| {_text(rng) if rng.random() < 0.1 else 'Åk 7'} | **{n}** `kod` |" for n in range(9))
    return "| Fält | Värde |\n|---|--:|\n" + "\n".join(rows)


def _page(rng: random.Random) -> str:
    blocks = ["# Sidan"]
    for _ in range(rng.randint(1, 3)):
        block = _table(rng) if rng.random() < 0.25 else _figure(rng)
        blocks.append(rng.choice(PLACES).format(block))
        if rng.random() < 0.3:
            blocks.append(_text(rng) or "Text.")
    return "\n\n".join(blocks) + rng.choice(ENDS)


def _render(text: str) -> tuple[str, set[str]]:
    """The HTML and anchors of `text` as MkDocs' `Page.render` makes them."""
    md = markdown.Markdown(extensions=CONFIG["markdown_extensions"],
                           extension_configs=CONFIG["mdx_configs"])  # fmt: skip
    raw = pages._RawHTMLPreprocessor()
    raw._register(md)
    anchors = pages._ExtractAnchorsTreeprocessor(None, None, None)  # type: ignore[arg-type]
    anchors._register(md)
    return md.convert(text), anchors.present_anchor_ids | raw.present_anchor_ids


class _Page:
    def __init__(self) -> None:
        self.markdown = ""
        self.content = ""
        self.present_anchor_ids: set[str] = set()

    def render(self, config: Any, files: Any) -> None:
        self.content, self.present_anchor_ids = _render(self.markdown)


def test_hostile_pages_come_out_with_the_bytes_and_anchors_markdown_gives() -> None:
    rng = random.Random(18)
    held = 0
    for _case in range(400):
        text = _page(rng)
        page = _Page()
        page.markdown = shorter = charts.hold(text, page, CONFIG)
        html, page.present_anchor_ids = _render(shorter)
        held += shorter != text
        assert (charts.put_back(html, page, CONFIG, None), page.present_anchor_ids) == _render(
            text
        ), text
    assert held > 100  # the pages try the held path, not only the plain one
