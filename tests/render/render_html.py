"""Find executable or externally loading markup in rendered HTML (for the hostile-input tests)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown

# The Markdown extensions every site gets (generator.site.defaults), without emoji.
EXTENSIONS = [
    "toc",
    "tables",
    "admonition",
    "attr_list",
    "md_in_html",
    "def_list",
    "pymdownx.details",
    "pymdownx.superfences",
]
FORBIDDEN_TAGS = {
    "script", "iframe", "object", "embed", "style", "link", "meta", "base",
    "form", "input", "button", "textarea", "frame", "frameset", "applet", "svg", "math",
}  # fmt: skip
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"}
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}


def render(page: str) -> str:
    """The HTML MkDocs would produce from a page's Markdown (same extensions)."""
    return markdown.markdown(page, extensions=EXTENSIONS)


def _scheme(url: str) -> str:
    cleaned = re.sub(r"[\x00-\x20\x7f`\\]", "", html.unescape(url)).lower()
    match = re.match(r"([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else ""


class _Finder(HTMLParser):
    def __init__(self, allow: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.allow = allow
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS and tag not in self.allow:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or (name == "style" and tag not in self.allow):
                self.problems.append(f"{tag}[{name}]")
            if name in URL_ATTRIBUTES and value is not None:
                scheme = _scheme(value)
                if scheme and scheme not in SAFE_SCHEMES:
                    self.problems.append(f"{tag}[{name}={value!r}]")
                if tag == "img" and name == "src" and (scheme or value.strip().startswith("//")):
                    self.problems.append(f"external image {value!r}")

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"<!--{data}-->")


def unsafe_markup(rendered_html: str, *, allow: frozenset[str] = frozenset()) -> list[str]:
    """Every tag, attribute or URL in the HTML that could run code or load from elsewhere.

    `allow` names tags that are expected (a page's own diagrams are `<svg>`).
    """
    finder = _Finder(allow)
    finder.feed(rendered_html)
    finder.close()
    return finder.problems


class Outline(HTMLParser):
    """What the page structure tests look at: headings, ids, links and tables."""

    def __init__(self, rendered_html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.headings: list[int] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.tables: list[list[int]] = []  # cells per row; row 0 is the header row
        self.header_rows: list[bool] = []
        self.feed(rendered_html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(str(attributes["id"]))
        if tag == "a" and attributes.get("href") is not None:
            self.links.append(str(attributes["href"]))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        elif tag == "table":
            self.tables.append([])
            self.header_rows.append(False)
        elif tag == "thead":
            self.header_rows[-1] = True
        elif tag == "tr":
            self.tables[-1].append(0)
        elif tag in {"td", "th"}:
            self.tables[-1][-1] += 1
