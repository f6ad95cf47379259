"""Which figures of a page Python-Markdown would pass on exactly as written (`site.charts`).

A figure that `render` writes (`render.markdown.blocks.figure`, `diagrams.figures`) is a
raw HTML block: a chart, a flowchart with its list of steps, a ladder, the årshjul.
Python-Markdown hands such a block on byte for byte, but only after its HTML parser, and
MkDocs' own, have read every element of it. `holdable` says which figures are certainly
handed on as written, so that `charts.hold` can keep them out of Markdown's way, and
which ids they carry, so that MkDocs still knows the page's anchors.

Certainly, not probably: a figure stands between blank lines and has none inside; every
`<` in it starts a start or end tag of the plain form, and the tags nest; every `&`
starts a complete character reference (Python-Markdown writes `&b=` as `&b;=`); there
is no comment, no `script` or `style`, and no `markdown` attribute (which would make
`md_in_html` read the inside as Markdown). Anything else is left where it is, for
Markdown to read as always.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

START = re.compile(r'(?<=\n\n)<figure class="trygg-figure(?: [^"\n<>&]*)?">\n')
END = "\n</figure>"
TAG = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*"
    r'(?:="[^"<]*"|=\'[^\'<]*\')?)*)\s*(/?)>'
)
ATTRIBUTE = re.compile(r'\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)"|=\'([^\']*)\')?')
REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{0,31});")
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip
UNREAD = frozenset({"script", "style", "textarea"})  # raw text to an HTML parser


def figures(markdown: str) -> Iterator[tuple[int, int, frozenset[str]]]:
    """(start, end, ids) of each figure of `markdown` that Markdown passes on as written."""
    for found in START.finditer(markdown):
        end = markdown.find(END, found.end() - 1)
        if end < 0:
            return
        end += len(END)
        block = markdown[found.start() : end]
        if markdown.startswith("\n\n", end) and "\n\n" not in block:
            ids = holdable(block)
            if ids is not None:
                yield found.start(), end, ids


def holdable(block: str) -> frozenset[str] | None:
    """The ids (and `<a name>`s) of `block` if its tags are plain and nest; else None."""
    if block.count("&") != len(REFERENCE.findall(block)):
        return None
    open_tags: list[str] = []
    ids: set[str] = set()
    at = block.find("<")
    while at >= 0:
        tag = TAG.match(block, at)
        if tag is None or not _nested(tag, open_tags, ids):
            return None
        at = block.find("<", tag.end())
    return frozenset(ids) if not open_tags else None


def _nested(tag: re.Match[str], open_tags: list[str], ids: set[str]) -> bool:
    """Follow one tag on the stack of open elements; False where it breaks the nesting."""
    closing, name, attributes, self_closing = tag[1], tag[2].lower(), tag[3], tag[4]
    if name in UNREAD:
        return False
    if closing:
        return not (attributes or self_closing) and bool(open_tags) and open_tags.pop() == name
    named = _named(name, attributes)
    if "markdown" in named:
        return False
    ids.update(named["id"])
    if not self_closing and name not in VOID:
        open_tags.append(name)
    return True


def _named(name: str, attributes: str) -> dict[str, list[str]]:
    """Of a start tag's attributes: its anchors (as MkDocs reads them, under "id") and
    whether it has a `markdown` attribute."""
    named: dict[str, list[str]] = {"id": []}
    for written, double, single in ATTRIBUTE.findall(attributes):
        key = written.lower()
        if key == "id" or (key == "name" and name == "a"):
            named["id"].append(html.unescape(double or single))
        elif key == "markdown":
            named["markdown"] = []
    return named


def anchor_ids(markup: str) -> frozenset[str]:
    """The ids (and `<a name>`s) MkDocs' HTML parser finds in `markup`'s start tags."""
    ids: set[str] = set()
    for tag in TAG.finditer(markup):
        if not tag[1]:
            ids.update(_named(tag[2].lower(), tag[3])["id"])
    return frozenset(ids)
