"""The anchors a school's own page has on its site (`#sa-nar-du-teamet`), for the check of
links to them (`validate.links`): a link to an anchor that is not there lands at the top
of the page without a word, so the author is told.

The page's Markdown is converted as the site converts it (the heading ids of Python-
Markdown's table of contents with its own slugs, ids written with `{#id}`, ids in raw
HTML) by a converter of its own, kept for the process and reset between pages.
"""

from __future__ import annotations

import functools
import re

import markdown
from markdown.extensions.admonition import AdmonitionExtension
from markdown.extensions.attr_list import AttrListExtension
from markdown.extensions.def_list import DefListExtension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension

DETAILS = re.compile(r"^([ \t]*)\?\?\?\+?(?=[ \t])", re.MULTILINE)
ANCHOR = re.compile(r"""\s(?:id|name)=(?:"([^"]*)"|'([^']*)')""")


@functools.lru_cache(maxsize=16)  # a page with many links to its own headings: once
def page_anchors(body: str) -> frozenset[str] | None:
    """Every anchor of a page whose Markdown is `body`; None when Python-Markdown cannot
    read it (the build would say so: nothing is checked against it)."""
    converter = _converter()
    converter.reset()
    # A collapsible block (`??? note`, pymdownx.details on the site) holds Markdown as an
    # admonition (`!!! note`) does: its headings have their ids either way.
    try:
        html = converter.convert(DETAILS.sub(r"\1!!!", body))
    except RecursionError:
        return None
    return frozenset(double or single for double, single in ANCHOR.findall(html))


@functools.cache
def _converter() -> markdown.Markdown:
    """As `site.defaults.MARKDOWN` has it for the ids; fenced code (superfences on the
    site) so that a `#` in a code block is no heading."""
    extensions = [
        TocExtension(), AttrListExtension(), MarkdownInHtmlExtension(), TableExtension(),
        DefListExtension(), AdmonitionExtension(), FencedCodeExtension(),
    ]  # fmt: skip
    return markdown.Markdown(extensions=extensions)
