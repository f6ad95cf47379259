"""Tables that stand word for word on every school's site, converted once per process (a
speed-up, as `speed`).

The open-data page describes the plan files and the CSV columns in tables of some 170
rows that are the same on every school's site, and Python-Markdown's table processor
reads each cell anew for every school: a twentieth of a school's build. A table that is
a block of its own (between blank lines, at the start of a line) and has no link, image,
HTML, character reference, attribute list or backtick that a code span does not close
comes out of Markdown the same on whatever page it stands, with the extensions trygg
configures (`onemarkdown.known_extensions`: no abbreviations, footnotes or typography
that read the rest of the page). `converted` gives its HTML from a converter of its own,
kept for the process with the last tables it converted; `charts.hold` holds the table
as a paragraph of one word and puts the HTML in its place.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from types import FunctionType
from typing import Any

import markdown

from generator.site.onemarkdown import known_extensions
from generator.site.siteconfig import SUPERFENCES

TABLE = re.compile(r"(?<=\n\n)\|[^\n]*\|\n\|(?: *:?-+:? *\|)+(?:\n\|[^\n]*\|)+(?=\n\n)")
CODE_SPAN = re.compile(r"`[^`\n]+`")
ESCAPE = re.compile(r"\\[-\\*_{}()#+.!|]")
UNSURE = re.compile(r"[\[\]<>&!{}\\`]")
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")
KEPT = 64  # tables kept per process: each school's site has a handful
SMALLEST = 8  # rows; a smaller table costs Markdown little, and is seldom the same


class TableMemo:
    """Tables converted with a converter of their own, the last `KEPT` kept by their text."""

    def __init__(self) -> None:
        self.settings = ""
        self.converter: markdown.Markdown | None = None
        self.kept: OrderedDict[str, str] = OrderedDict()

    def html(self, table: str, config: Any) -> str:
        """The HTML Markdown makes of `table` (a table `tables` found) under `config`."""
        extensions, settings = config["markdown_extensions"], config["mdx_configs"] or {}
        settled = _settled(extensions, settings)
        if settled != self.settings or self.converter is None:
            self.converter = markdown.Markdown(extensions=extensions, extension_configs=settings)
            self.settings, self.kept = settled, OrderedDict()
        if table not in self.kept:
            self.kept[table] = self.converter.reset().convert(table)
            if len(self.kept) > KEPT:
                self.kept.popitem(last=False)
        self.kept.move_to_end(table)
        return self.kept[table]


def _settled(extensions: list[Any], settings: dict[str, Any]) -> str:
    """What a converter is kept by: the settings, each function by its module and name
    (two `to_svg`s of different emoji packages convert differently). Only superfences'
    fences go by their name alone: each site's mkdocs.yml makes its own fence functions,
    and no table reaches a fence."""
    fences = {name: value for name, value in settings.items() if name == SUPERFENCES}
    others = {name: value for name, value in settings.items() if name != SUPERFENCES}
    return repr((extensions, _named(others))) + ADDRESS.sub(">", repr(fences))


def _named(value: Any) -> Any:
    """`value` with each function in it named by its module and name; one made inside
    another function keeps its address, as it may differ by what that one was given."""
    if isinstance(value, dict):
        return {key: _named(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_named(item) for item in value]
    if isinstance(value, FunctionType) and "<locals>" not in value.__qualname__:
        return f"{value.__module__}.{value.__qualname__}"
    return value  # its repr, with an address where it has one


_MEMO = TableMemo()


def tables(page_markdown: str, config: Any) -> Iterator[tuple[int, int, str]]:
    """(start, end, HTML) of each table of `page_markdown` that converts the same anywhere."""
    if config is None or not known_extensions(config["markdown_extensions"]):
        return
    for found in TABLE.finditer(page_markdown):
        table = found[0]
        if table.count("\n") + 1 >= SMALLEST and _anywhere_the_same(table):
            yield found.start(), found.end(), _MEMO.html(table, config)


def _anywhere_the_same(table: str) -> bool:
    """Whether nothing in `table` reads the page around it or could (see above)."""
    if "\\`" in table:
        return False
    return UNSURE.search(ESCAPE.sub("", CODE_SPAN.sub("", table))) is None
