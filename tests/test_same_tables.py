"""Tables that stand word for word on every school's site are converted once per process
(`generator.site.sametables`, held by `generator.site.charts`): the page's HTML is what
Markdown alone gives, wherever the table stands, and tables that read the page around
them are left to Markdown. No timings here."""

from __future__ import annotations

from typing import Any

import markdown

from generator.site import charts
from generator.site.defaults import markdown_extensions

EXTENSIONS = markdown_extensions()
CONFIG = {
    "markdown_extensions": list(EXTENSIONS),
    "mdx_configs": {name: settings for name, settings in EXTENSIONS.items() if settings},
}
ROWS = "\n".join(
    f"| `skola.fält_{n}[]` | Text **{n}** med kränkande\\_behandling och `<steg>` – *så*. |"
    for n in range(12)
)
TABLE = f"| Fält | Innehåll |\n|---|:--|\n{ROWS}"


def _convert(text: str) -> str:
    return markdown.Markdown(
        extensions=CONFIG["markdown_extensions"], extension_configs=CONFIG["mdx_configs"]
    ).convert(text)


class _Page:
    def __init__(self, text: str) -> None:
        self.markdown = text
        self.content = ""

    def render(self, config: Any, files: Any) -> None:
        self.content = _convert(self.markdown)


def _through_hooks(text: str) -> tuple[str, str]:
    page = _Page(text)
    page.markdown = held = charts.hold(text, page, CONFIG)
    return charts.put_back(_convert(held), page, CONFIG, None), held


def test_a_table_the_same_anywhere_comes_out_as_markdown_gives_it() -> None:
    pages = [
        f"# Öppna data\n\nText före.\n\n{TABLE}\n\nText efter.\n",
        f'# Sidan\n\n<div class="trygg-table" markdown>\n\n{TABLE}\n\n</div>\n\n- a\n',
        f"# Två\n\n{TABLE}\n\n## Igen {{#igen}}\n\n{TABLE}\n\n[Länk](#igen)\n",
    ]
    for text in pages:
        html, held = _through_hooks(text)
        assert "skola.fält_3" not in held
        assert html == _convert(text)


def test_the_same_table_in_a_code_block_is_converted_as_markdown_does() -> None:
    text = f"# Kod\n\n```\n\n{TABLE}\n\n```\n\n{TABLE}\n"
    html, _held = _through_hooks(text)
    assert html == _convert(text)


def test_tables_that_read_the_page_around_them_are_left_to_markdown() -> None:
    reading = [
        TABLE.replace("Text **0**", "[Text](../plan.md) **0**"),  # a link: rewritten per page
        TABLE.replace("Text **0**", "[Text][ref] **0**"),  # a reference defined elsewhere
        TABLE.replace("Text **0**", "Text <b>0</b>"),
        TABLE.replace("Text **0**", "Text &amp; 0"),
        TABLE.replace("Text **0**", "Text {: .klass } 0"),
        TABLE.replace("Text **0**", "Text `öppen kod 0"),
    ]
    for table in reading:
        text = f"# Sidan\n\n{table}\n\n[ref]: https://example.org\n"
        assert charts.hold(text, _Page(text), CONFIG) == text
        assert _through_hooks(text)[0] == _convert(text)
    small = "| a | b |\n|---|---|\n| 1 | 2 |"
    assert charts.hold(f"# S\n\n{small}\n\nSlut.\n", _Page(""), CONFIG).count("| 1 | 2 |") == 1


def test_sites_with_other_emoji_functions_of_the_same_name_get_their_own_tables() -> None:
    # Material's `to_svg` inlines its icons; pymdownx's of the same name writes them as
    # images. A site configured with either, after the other, gets its own table.
    import pymdownx.emoji

    from generator.site import sametables

    emoji = CONFIG["mdx_configs"]["pymdownx.emoji"]
    other = {**CONFIG, "mdx_configs": {**CONFIG["mdx_configs"], "pymdownx.emoji": {
        **emoji, "emoji_generator": pymdownx.emoji.to_svg}}}  # fmt: skip
    table = TABLE.replace("Text **0**", "Text :material-check: **0**")
    for config in (CONFIG, other, CONFIG):
        found = list(sametables.tables(f"# Sidan\n\nText.\n\n{table}\n\nSlut.\n", config))
        assert len(found) == 1
        md = markdown.Markdown(
            extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"]
        )
        assert found[0][2] == md.convert(table)
