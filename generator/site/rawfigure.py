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
`md_in_html` read the inside as Markdown); nothing Python-Markdown rewrites before its
HTML parser reads it (tabs, carriage returns, lines of spaces, code fences); and the
page before it reads as plain tags that nest and close before it, so that the parsers
read the figure from its start, outside any element (inside one with a `markdown`
attribute, `md_in_html` writes it out anew). Anything else is left where it is, for
Markdown to read as always.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

START = re.compile(
    r'(?<=\n\n)<figure class="trygg-figure(?: [^"\n<>&]*)?"(?: aria-labelledby="[^"\n<>&]*")?>\n'
)
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
# What Python-Markdown changes or reads before its HTML parser sees a block: tabs, line
# ends, its own markers and lines of spaces (`NormalizeWhitespace`), and code fences.
REWRITTEN = re.compile(r"[\t\r\x02\x03]|\n *\n|```|~~~")
OPENING = re.compile(r"<[/!?a-zA-Z]")  # what an HTML parser reads as more than text
CODE = re.compile(r"`|~~~|\n(?: {4}|\t)")  # code, whose tags md_in_html may not see


def figures(markdown: str) -> Iterator[tuple[int, int, frozenset[str] | None]]:
    """(start, end, ids) of each figure of `markdown` that Python-Markdown reads from its
    start as a raw HTML block of its own (`_read_plainly`); ids are None where it may not
    pass the whole figure on as written. None after the first text read otherwise."""
    read, open_tags = 0, list[str]()
    for found in START.finditer(markdown):
        end = markdown.find(END, found.end() - 1)
        if end < 0 or not _read_plainly(markdown[read : found.start()], open_tags):
            return
        read, end = found.start(), end + len(END)
        if open_tags:
            continue  # inside an element: read as Markdown (`md_in_html`), or raw
        block = markdown[found.start() : end]
        ids = holdable(block) if markdown.startswith("\n\n", end) else None
        if ids is not None:
            read = end
        yield found.start(), end, ids


def _read_plainly(text: str, open_tags: list[str]) -> bool:
    """Whether MkDocs' and Python-Markdown's HTML parsers read `text` (of a page, between
    figures) as plain text and tags that nest, `open_tags` the elements left open before
    it and after it; and no code (whose tags they may not read) while any is open."""
    was_open = bool(open_tags)
    for found in OPENING.finditer(text):
        tag = TAG.match(text, found.start())
        if tag is None or tag[2].lower() in UNREAD or tag[4]:
            return False  # after `</div><br/>`, Markdown reads on into the next block
        if not _stacked(tag, open_tags):
            return False
        was_open = was_open or bool(open_tags)
    return not (was_open and CODE.search(text))


def holdable(block: str) -> frozenset[str] | None:
    """The ids (and `<a name>`s) of `block` if its tags are plain and nest; else None."""
    if block.count("&") != len(REFERENCE.findall(block)) or REWRITTEN.search(block):
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
    """Follow one tag on the stack of open elements, keeping a start tag's anchors; False
    where it breaks the nesting or is not passed on as written."""
    if tag[2].lower() in UNREAD:
        return False
    if not tag[1]:
        anchors, markdown = _anchors(tag[2].lower(), tag[3])
        if markdown or "" in anchors:
            return False  # read as Markdown; an id an HTML parser reads as None, or empty
        ids.update(anchors)
    return _stacked(tag, open_tags)


def _stacked(tag: re.Match[str], open_tags: list[str]) -> bool:
    """Put a start tag on the stack of open elements (unless it is void or closes itself)
    or take its end tag off; False where an end tag closes nothing open, or not the last."""
    closing, name, attributes, self_closing = tag[1], tag[2].lower(), tag[3], tag[4]
    if closing:
        return not (attributes or self_closing) and bool(open_tags) and open_tags.pop() == name
    if not self_closing and name not in VOID:
        open_tags.append(name)
    return True


def _anchors(name: str, attributes: str) -> tuple[list[str], bool]:
    """A start tag's anchors (its id, an `<a>`'s name, as MkDocs reads them), and whether
    it has a `markdown` attribute."""
    anchors, markdown = [], False
    for written, double, single in ATTRIBUTE.findall(attributes):
        key = written.lower()
        if key == "id" or (key == "name" and name == "a"):
            anchors.append(html.unescape(double or single))
        markdown = markdown or key == "markdown"
    return anchors, markdown
