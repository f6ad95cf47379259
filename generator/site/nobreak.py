"""Spans of grades ("F–6", "åk 5–6") kept on one line: a browser may break a line after an
en dash, which left "(F–" at a line's end and "6)" on the next. Each span in a page's text
is wrapped in `<span class="trygg-nowrap">` (trygg.css), which changes nothing that a
screen reader, the search or a copy of the text reads.

Only text between tags is changed, never an attribute, and nothing inside an inline SVG
(a `<span>` is no SVG element), code, a script or a style.

The plugin wraps the spans in each page's HTML; `trygg export`, which no plugin builds,
writes them into the page's Markdown (`unbroken_markdown_spans`), as raw inline HTML
every engine's Python-Markdown passes on: not in the front matter, a heading (its words
are also the navigation's and the table of contents'), code, or a link's address.
"""

from __future__ import annotations

import re

from mkdocs.utils.meta import YAML_RE

SPAN = re.compile(r"(?<![\w–-])(?:F|\d{1,2})–\d{1,2}(?![\w–])")
# Markup: an element not looked into, whole, or a tag (with "<" first: the engine then
# tries the alternatives only where one starts).
UNREAD = r"<(?:(svg|pre|code|script|style|textarea)\b.*?</\2>|[^>]*>)"
PIECES = re.compile(f"({UNREAD})", re.DOTALL)
# In Markdown also a code span and a link's or image's address (`](…)`).
MARKDOWN_PIECES = re.compile(f"(`+[^`\n]*?`+|\\]\\([^)\n]*\\)|{UNREAD})", re.DOTALL)
FENCE = re.compile(r"[ \t]*(?:```|~~~)")
HEADING = re.compile(r"[ \t]*#")


def unbroken_grade_spans(page: str, pieces: re.Pattern[str] = PIECES) -> str:
    """`page`'s HTML with each span of grades in its text kept from breaking at the dash
    (`pieces`: what is not text, with the name of an element not looked into)."""
    if "–" not in page:
        return page
    # split: each text (before, between and after the markup) then the markup and the name
    # its second group matched; only a text with a dash can hold a span.
    parts = pieces.split(page)
    for at in range(0, len(parts), 3):
        if "–" in parts[at]:
            parts[at] = _text(parts[at])
    del parts[2::3]
    return "".join(parts)


def _text(text: str) -> str:
    return SPAN.sub(lambda span: f'<span class="trygg-nowrap">{span.group()}</span>', text)


def unbroken_markdown_spans(page: str) -> str:
    """`page` (Markdown, front matter and all) with each span of grades in its text kept
    from breaking, as `unbroken_grade_spans` keeps them in its HTML."""
    if "–" not in page:
        return page
    front = YAML_RE.match(page)
    head, body = (page[: front.end()], page[front.end() :]) if front else ("", page)
    chunks: list[tuple[bool, list[str]]] = []  # (read, lines): runs of text, or else
    fenced = False
    for line in body.split("\n"):
        fence = FENCE.match(line) is not None
        read = not (fenced or fence or HEADING.match(line))
        fenced = fenced != fence
        if chunks and chunks[-1][0] == read:
            chunks[-1][1].append(line)
        else:
            chunks.append((read, [line]))
    # A run is read whole, so that an SVG over many lines is passed over whole.
    done = [
        unbroken_grade_spans("\n".join(lines), MARKDOWN_PIECES) if read else "\n".join(lines)
        for read, lines in chunks
    ]
    return head + "\n".join(done)
