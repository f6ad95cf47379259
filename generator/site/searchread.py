"""Material's search sections of a page, read faster (a speed-up, as `speed`).

Material's search plugin reads every page's HTML with its `Parser` (an
`html.parser.HTMLParser`) into sections, each a heading's title and text: about a sixth
of a school's build. `sections` reads the HTML that Python-Markdown and trygg write
(start and end tags with double-quoted attributes, text with character references) with
one regular expression, and does what `Parser`'s handlers do with each tag and text,
giving the same sections. A page with anything else (a comment, `<!`, a `<` that opens
no such tag, script, style or other elements whose content HTMLParser reads as raw text
in some Python version) gives None, and Material's own parser reads it.

`site.searchindex` uses it only where Material's code is the code it was written for;
`tests/test_search_index.py` compares both readers on every page of the example and of
synthetic content, and on hostile pages.
"""

from __future__ import annotations

import re
from html import escape, unescape
from typing import Any

from material.plugins.search import plugin as material

TOKEN = re.compile(
    r"([^<]+)"  # text
    r"|<([a-zA-Z][a-zA-Z0-9-]*)"  # a start tag's name,
    r'((?:[ \t\n\r\f]+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)'  # its attributes,
    r"[ \t\n\r\f]*(/?)>"  # whether it closes itself
    r"|</([a-zA-Z][a-zA-Z0-9-]*)>"  # an end tag
)
ATTRIBUTE = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?')
# Elements whose content HTMLParser reads as raw text in some Python version; a title or
# textarea with nothing but text in it reads the same either way.
RAW = re.compile(r"</?(?:script|style|xmp|iframe|noembed|noframes|noscript|plaintext)\b", re.I)
TEXT_ONLY = re.compile(r"<(?:title|textarea)\b", re.I)
TEXT_ONLY_AS_TEXT = re.compile(
    r'<(title|textarea)(?:[ \t\n\r\f][^<>"]*(?:"[^"]*"[^<>"]*)*)?>[^<]*</\1>', re.I
)
NEEDS_ATTRIBUTES = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6"})
MAY_SKIP = re.compile(r"data-search-exclude|linenodiv|&", re.I)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
KEEP = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})  # as `Parser.keep`
ALWAYS_SKIPPED = ("script", "style", "object")
VOID = frozenset(material.void)
NO_ATTRIBUTES: dict[str, str | None] = {}  # (never changed)


class _Fallback(Exception):
    """The page has something this reader does not read as `Parser` would."""


def sections(html: str) -> list[Any] | None:
    """`Parser`'s sections of `html`, or None where Material's parser must read it."""
    if RAW.search(html) or (
        TEXT_ONLY.search(html)
        and len(TEXT_ONLY.findall(html)) != len(TEXT_ONLY_AS_TEXT.findall(html))
    ):
        return None
    reader, position = _Reader(), 0
    read_text, read_start, read_end = reader.text, reader.start, reader.end
    try:
        for found in TOKEN.finditer(html):
            if found.start() != position:
                return None  # a `<` that opens no tag this reader knows
            position = found.end()
            text, name, attributes, closing, end = found.groups()
            if text is not None:
                read_text(unescape(text) if "&" in text else text)
            elif name is not None:
                name = name.lower()
                read_start(name, attributes)
                if closing:
                    read_end(name)
            else:
                read_end(end.lower())
    except _Fallback:
        return None
    return reader.data if position == len(html) else None


def _attributes(tag: str, written: str) -> dict[str, str | None]:
    """The attributes `Parser` gets, where it reads them; only an element's tag elsewhere."""
    if tag not in NEEDS_ATTRIBUTES and not MAY_SKIP.search(written):
        return {}
    return {
        found[1].lower(): None if found[2] is None else unescape(found[2])
        for found in ATTRIBUTE.finditer(written)
    }


class _Reader:
    """`Parser`'s handlers, with the open elements counted by tag (`Parser` compares its
    `Element`s by tag alone) instead of searched."""

    __slots__ = ("data", "links", "open", "section", "skip", "skipping", "tags")

    def __init__(self) -> None:
        self.tags: list[str] = []  # `Parser.context`, by tag
        self.open: dict[str, int] = {}  # how many elements of each tag are open
        self.links: list[int] = []  # depths of the open permalinks (`a.headerlink`)
        self.skip = set(ALWAYS_SKIPPED)  # `Parser.skip`, by tag
        self.skipping = 0  # open elements with a tag in `skip`
        self.section: Any = None
        self.data: list[Any] = []

    def _recount(self) -> None:
        self.skipping = sum(self.open.get(tag, 0) for tag in self.skip)

    def _preface(self) -> None:
        self.section = material.Section(material.Element("hx"))
        self.data.append(self.section)

    def _part(self) -> list[str]:
        section = self.section
        return section.title if self.open.get(section.el.tag) else section.text  # type: ignore[no-any-return]

    def start(self, tag: str, written: str) -> None:
        if tag in VOID:
            return
        attrs = _attributes(tag, written) if written else NO_ATTRIBUTES
        self.tags.append(tag)
        self.open[tag] = self.open.get(tag, 0) + 1
        self.skipping += tag in self.skip
        if tag == "a" and attrs.get("class") == "headerlink":
            self.links.append(len(self.tags))
        if tag in HEADINGS and "id" in attrs:
            self._heading(material.Element(tag, attrs))
        if self.section is None:
            self._preface()
        if "data-search-exclude" in attrs or attrs.get("class") == "linenodiv":
            self.skip.add(tag)
            self._recount()
        elif not self.skipping and tag in KEEP:
            self._part().append(f"<{tag}>")

    def _heading(self, element: Any) -> None:
        depth = len(self.tags)
        if element.tag != "h1" and not self.data:
            self.data.append(material.Section(material.Element("hx"), depth))
        self.section = material.Section(element, depth)
        if self.data:
            self.section.id = element.attrs["id"]
        self.data.append(self.section)

    def end(self, tag: str) -> None:
        if not self.tags or self.tags[-1] != tag:
            return
        depth = len(self.tags)
        if self.section.depth > depth:  # a heading nested in the element that ends
            for section in reversed(self.data):
                if section.depth <= depth:
                    self.section.depth = float("inf")
                    self.section = section
                    break
        self.tags.pop()
        self.open[tag] -= 1
        if self.links and self.links[-1] == depth:
            self.links.pop()
        if tag in self.skip:
            self.skipping -= 1
            if tag not in ALWAYS_SKIPPED:
                self.skip.remove(tag)
                self._recount()
        elif not self.skipping and tag in KEEP:
            self._close(self._part(), tag)

    @staticmethod
    def _close(part: list[str], tag: str) -> None:
        """End a kept element as `Parser.handle_endtag` does: dropped if empty."""
        try:
            index = part.index(f"<{tag}>")
        except ValueError:
            raise _Fallback from None  # where `Parser` fails, it fails on its own
        for at in range(index + 1, len(part)):
            if not part[at].isspace():
                part.append(f"</{tag}>")
                return
        del part[index:]

    def text(self, data: str) -> None:
        if self.skipping:
            return
        in_pre = self.open.get("pre")
        if not in_pre:
            data = data.replace("\n", " ") if not data.isspace() else " "
        if self.section is None:
            self._preface()
        section = self.section
        if self.open.get(section.el.tag):
            if not self.links:
                section.title.append(escape(data, quote=False))
        elif not data.isspace():
            section.text.append(escape(data, quote=False))
        elif not section.text or not section.text[-1].isspace() or in_pre:
            section.text.append(data)
