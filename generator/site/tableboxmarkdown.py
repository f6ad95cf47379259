"""trygg's table boxes (`tablebox`) written into a page's Markdown, for `trygg export`.

An exported folder is built without trygg's plugin, so nothing puts each table in its box
after Markdown has converted the page. Here the box is written around each table in the
Markdown itself, as raw HTML that Python-Markdown (MkDocs', ProperDocs' and Zensical's)
passes on: at the start of a line with `markdown="1"` (md_in_html, which the exported
mkdocs.yml turns on), so that the table inside is still read as Markdown; indented (in an
admonition or a list) without it, as Markdown reads the blocks of a container anew.

The boxes' names are the plugin's own: the page is converted once with every block that
may be a table in a marked `<div>`, `tablebox.boxed_tables` boxes that HTML as the plugin
does, and each box found directly inside its mark names that table. A block that looked
like a table but did not come out as one (in code, or in raw HTML that Markdown does not
read) is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import markdown
from mkdocs.utils.meta import YAML_RE

from generator.site.defaults import markdown_extensions
from generator.site.tablebox import LABELLED_BOX, box_start, boxed_tables

ROW = re.compile(r"([ \t]*)[^\n]*\|")  # a line with a cell border, and its indentation
SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
MARKED = re.compile(r'<div data-trygg-box="(\d+)">\s*' + LABELLED_BOX.pattern + r"<table\b")
# A box the page already writes around its table (a survey table named by its caption,
# `render.plan.captions`): the table is in a box, and a mark around it would box it twice.
OWN_BOX = re.compile(r'[ \t]*<div\b[^>]*\bclass="trygg-tablebox"[^>]*>[ \t]*$')


@dataclass(frozen=True)
class Block:
    """Lines `start` up to (not with) `end` of a page: a block that may be a table."""

    start: int
    end: int
    indent: str

    def opening(self, tag: str) -> str:
        """`tag` (a `<div …>`) where the block starts; at the start of a line, a block of
        raw HTML of its own, whose content md_in_html reads as Markdown."""
        return self.indent + (tag if self.indent else tag.removesuffix(">") + ' markdown="1">')


def boxed_markdown_tables(page: str) -> str:
    """`page` (Markdown, front matter and all) with each table in trygg's table box."""
    front = YAML_RE.match(page)
    head, body = (page[: front.end()], page[front.end() :]) if front else ("", page)
    lines = body.split("\n")
    blocks = _table_blocks(lines)
    if not blocks:
        return page
    marked = _wrapped(lines, {block: f'<div data-trygg-box="{block.start}">' for block in blocks})
    names = {int(found.group(1)): found.group(2) for found in MARKED.finditer(_html(marked))}
    boxes = {block: box_start(names[block.start]) for block in blocks if block.start in names}
    return head + _wrapped(lines, boxes)


def _table_blocks(lines: list[str]) -> list[Block]:
    """Each block that Markdown may read as a table: after a blank line, a row with a
    border and a separator row, up to the next blank line."""
    found: list[Block] = []
    for index, line in enumerate(lines[:-1]):
        row = ROW.match(line)
        after_blank = index == 0 or not lines[index - 1].strip()
        boxed = index >= 2 and OWN_BOX.match(lines[index - 2]) is not None
        if row and after_blank and not boxed and SEPARATOR.fullmatch(lines[index + 1]):
            end = index + 2
            while end < len(lines) and lines[end].strip():
                end += 1
            found.append(Block(index, end, row.group(1)))
    return found


def _wrapped(lines: list[str], openings: dict[Block, str]) -> str:
    """The lines with each block of `openings` in a `<div>` that opens so, set apart
    from the table by blank lines, as Markdown needs."""
    starts = {block.start: block for block in openings}
    ends = {block.end: block for block in openings}
    out: list[str] = []
    for index, line in enumerate([*lines, ""]):
        if index in ends:
            out += ["", ends[index].indent + "</div>"]
        if index in starts:
            out += [starts[index].opening(openings[starts[index]]), ""]
        out.append(line)
    return "\n".join(out[:-1])


def _html(page: str) -> str:
    """The page's content as the plugin has it: converted, then its tables boxed."""
    extensions = markdown_extensions()
    settings = {name: value for name, value in extensions.items() if value}
    converter = markdown.Markdown(extensions=list(extensions), extension_configs=settings)
    return boxed_tables(converter.convert(page))
