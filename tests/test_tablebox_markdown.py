"""`trygg export`'s pages carry the table boxes in their Markdown (`site.tableboxmarkdown`):
converted by Markdown alone, with no plugin, a page has the boxes the plugin gives it."""

from __future__ import annotations

import re

import markdown

from generator.site.defaults import markdown_extensions
from generator.site.tablebox import boxed_tables
from generator.site.tableboxmarkdown import boxed_markdown_tables

TABLE = "| Roll | Namn |\n|---|:---:|\n| Rektor | Eva |"
PAGE = f"""---
title: "Sida | 1"
---

# Sidan

{TABLE}

## Mål `M1` & *mått* :material-check: {{#mal}}

{TABLE}

Mellan tabellerna.

{TABLE}

!!! note "I en ruta"

    {TABLE.replace(chr(10), chr(10) + "    ")}

1. En punkt

    {TABLE.replace(chr(10), chr(10) + "    ")}

<div class="trygg-table" id="resultat" markdown>

{TABLE}

</div>

```text
{TABLE}
```

<figure>

{TABLE}

</figure>

## Sist

{TABLE}"""
# A table box's name and the element right inside it, its attributes in either order.
BOX = re.compile(
    r'<div (?=[^>]*class="trygg-tablebox")[^>]*aria-label="([^"]*)"[^>]*>\s*(?=<(\w+))'
)


def converted(page: str) -> str:
    """The page as an engine without trygg's plugin converts it (front matter aside)."""
    extensions = markdown_extensions()
    settings = {name: value for name, value in extensions.items() if value}
    body = page.split("---\n", 2)[2] if page.startswith("---\n") else page
    return markdown.markdown(body, extensions=list(extensions), extension_configs=settings)


def boxes(html: str) -> list[tuple[str, str]]:
    """(name, the element right inside) of each table box, in order."""
    return [(name, inner) for name, inner in BOX.findall(html)]


def test_markdown_alone_gives_the_boxes_the_plugin_gives() -> None:
    exported = converted(boxed_markdown_tables(PAGE))
    assert boxes(exported) == boxes(boxed_tables(converted(PAGE)))
    assert [name for name, _ in boxes(exported)] == [
        "Tabell: Sidan",
        "Tabell: Mål M1 &amp; mått",
        "Tabell: Mål M1 &amp; mått – Mellan tabellerna.",  # the sentence leading in
        "Tabell: Mål M1 &amp; mått – Roll, Namn",  # else its headers
        "Tabell: Mål M1 &amp; mått – En punkt",
        "Tabell: Mål M1 &amp; mått – Roll, Namn (2)",  # nothing else tells it apart
        "Tabell: Sist",
    ]
    assert all(inner == "table" for _, inner in boxes(exported))
    assert exported.count("<table>") == 7 and "markdown=" not in exported


def test_a_table_in_code_or_in_raw_html_is_left_as_written() -> None:
    exported = boxed_markdown_tables(PAGE)
    assert f"```text\n{TABLE}\n```" in exported
    assert f"<figure>\n\n{TABLE}\n\n</figure>" in exported
    assert exported.startswith('---\ntitle: "Sida | 1"\n---\n') and "data-trygg" not in exported


def test_a_page_without_tables_is_unchanged() -> None:
    page = "# Sidan\n\nEn rad med | ett streck.\n"
    assert boxed_markdown_tables(page) == page


def test_a_table_the_page_boxed_itself_is_not_boxed_twice() -> None:
    """A survey table comes in its own named box (`render.plan.captions`): the export
    leaves it as it is, one region for the keyboard, not a region in a region."""
    from generator.render.plan.captions import captioned

    table = "| Grupp | Andel |\n|---|---|\n| Åk 4 | 90 % |"
    page = f"# Sidan\n\n{captioned('Trygghetsenkät', table, 'k1-tabell')}\n"
    exported = converted(boxed_markdown_tables(page))
    assert boxes(exported) == [("Tabell: Trygghetsenkät", "table")]
