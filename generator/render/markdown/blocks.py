"""Small builders for the Markdown the page renderers write.

Arguments named `md` are already safe Markdown (from `markdown_safety` or
built here); arguments named `text` are plain strings that get escaped.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Sequence
from urllib.parse import quote

from generator.load.safeurls import is_safe_url
from generator.personal_data.phones import national
from generator.render.markdown.safety import plain

# The first `<title>` of an SVG, with its id: the name `figure` gives its figure.
SVG_TITLE = re.compile(r'<title id="([^"<>&]+)">')
BLOCK_START = re.compile(r"^\s*([-*+]\s|\d+[.)]\s|>|#|!!!|\?\?\?|\||<)")


def page(*blocks: str) -> str:
    """Blocks joined by blank lines; empty blocks are left out."""
    return "\n\n".join(b.strip("\n") for b in blocks if b.strip()) + "\n"


def under_title(md: str, note: str) -> str:
    """A page with `note` right under its title (after any front matter); as it was when
    the note is empty or already there."""
    if not note or note in md:
        return md
    if md.startswith("---\n") and (end := md.find("\n---\n", 3)) > 0:
        return md[: end + 5] + under_title(md[end + 5 :], note)
    title, _, rest = md.partition("\n") if md.startswith("# ") else ("", "", md)
    return page(title, note, rest) if title else page(note, rest)


def heading(level: int, md: str, anchor: str = "") -> str:
    suffix = f" {{#{anchor}}}" if anchor else ""
    return f"{'#' * level} {md}{suffix}"


def rel(from_uri: str, to_uri: str) -> str:
    """A relative link from one generated file to another ("x/index.md#a" works too)."""
    path, _, fragment = to_uri.partition("#")
    target = posixpath.relpath(path, posixpath.dirname(from_uri) or ".") if path else ""
    return target + (f"#{fragment}" if fragment else "")


def link(md: str, target: str) -> str:
    return f"[{md}]({target})"


def external(md: str, url: str) -> str:
    """A link to an address from content; unsafe or odd addresses show as text only. The
    brackets and apostrophes an address may hold ("…/wiki/Bris_(organisation)") are
    written percent-encoded, as they mean the same there, so that Markdown's link ends
    where the address does."""
    if not is_safe_url(url) or not re.fullmatch(r"[^\s<>\"`]+", url):
        return md
    return f"[{md}]({url.translate(LINK_SAFE)})"


LINK_SAFE = str.maketrans({"(": "%28", ")": "%29", "'": "%27"})


def mailto(email: str) -> str:
    return f"[{plain(email)}](mailto:{quote(email, safe='@.+-_')})"


def tel(phone: str) -> str:
    """A phone number as a tel: link in international form (08-465 004 11 → +46846500411,
    +46 (0)8-465 004 11 too), kept on one line (`trygg-nowrap`, trygg.css): on a phone
    "08-465" at a line's end and "004 23" on the next read as two numbers. Every page that
    shows a number uses it. (A full-width "＋" or digit is dialled as the plain one.)"""
    digits = national(phone)
    if digits.startswith("00"):
        number = "+" + digits[2:]
    elif digits.startswith("0"):
        number = "+46" + digits[1:]
    else:
        number = digits
    shown = f'<span class="trygg-nowrap">{plain(phone)}</span>'
    return f"[{shown}](tel:{number})" if digits else plain(phone)


# The first cell of a table's sum row ("Totalt"): bold, and on a phone's card layout
# (`site.tablecards`) the row's title, not a value labelled with its column's name
# ("Grupp: Totalt").
SUM_LABEL = '<strong class="trygg-sum">'


def sum_label(text: str) -> str:
    """`text` (Markdown already safe) as the first cell of a table's sum row."""
    return f"{SUM_LABEL}{text}</strong>"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table; cells must be safe one-line Markdown. Empty cells show "–"."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(cell or "–" for cell in row) + " |")
    return "\n".join(lines)


def indent(md: str, spaces: int = 4) -> str:
    """Indent every line but the first (list item and definition continuation)."""
    pad = " " * spaces
    lines = md.split("\n")
    return "\n".join([lines[0], *(pad + line if line.strip() else "" for line in lines[1:])])


def labelled(label: str, md: str) -> str:
    """ "**Label:** text" as one paragraph, or the label above when the text is a block."""
    if BLOCK_START.match(md):
        return f"**{label}:**\n\n{md}"
    return f"**{label}:** {md}"


def item(label: str, md: str) -> str:
    """A list item "- **Label:** text" whose text may span several blocks."""
    if BLOCK_START.match(md):
        return f"- **{label}:**\n\n    " + indent(md)
    return f"- **{label}:** " + indent(md)


def facts(pairs: Iterable[tuple[str, str]]) -> str:
    """Name–value facts ("Ansvarig: Rektor") as a definition list; empty values are left out."""
    return "\n\n".join(f"{label}\n:   {indent(md)}" for label, md in pairs if md.strip())


def gap(preview: bool, what: str) -> str:
    """A visible "Saknas: …" marker in preview builds; nothing in published sites."""
    if not preview:
        return ""
    return f'<span class="trygg-gap">Saknas: {html.escape(what)}</span>'


def figure(svg: str, alternative: str = "", caption: str = "") -> str:
    """An inline SVG with its text alternative (HTML) inside `<figure class="trygg-figure">`,
    named by the SVG's own `<title>` (`aria-labelledby`), so that a screen reader names
    the figure ("Årshjul för läsåret 2026/27"), not only the image inside it; a caption
    (a chart's "Siffrorna … står också i tabellen") is read as the figure's text."""
    title = SVG_TITLE.search(svg)
    named = f' aria-labelledby="{title[1]}"' if title else ""
    parts = [f'<figure class="trygg-figure"{named}>', svg.strip(), alternative.strip()]
    if caption:
        parts.append(f"<figcaption>{html.escape(caption)}</figcaption>")
    parts.append("</figure>")
    return "\n".join(p for p in parts if p)
