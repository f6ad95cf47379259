"""Make author Markdown safe to put into a generated page.

Every Markdown field in content and every free page goes through `sanitize`
(block text), `cell` (a table cell) or `plain` (a plain-text field). The result
renders with the site's Markdown extensions without any executable markup:

- raw HTML and HTML comments are escaped, so `<script>` shows as text;
- link and image targets must be http, https, mailto, tel or relative;
  anything else (also when hidden behind entities, whitespace or backticks)
  becomes `#`. Images must be relative, so that no page loads anything from
  another host; other images become plain links;
- `{` is escaped, so attribute lists (`{: onclick=…}`) cannot be written;
- every `:` that could start an emoji shortcode (`:name:`, also overlapping
  ones like `:x:smile:`) is escaped, except the bundled icon sets, which are
  inlined as SVG (emoji would load pictures from a CDN);
- fenced code blocks never reach the Markdown parser: each one becomes a
  one-line `<pre><code>` element whose text is all entities, so it shows
  exactly as written whatever the context (list item, label, blockquote).
  Fence lines that open no block are escaped. Only in free pages
  (`diagrams=True`) do ```arshjul and ```flode blocks pass through to
  superfences, read with the same grammar `trygg check` uses
  (`generator.load.fencegrammar`). Code spans become `<code>` elements with inert
  text. Line breaks (`\r\n`, lone `\r`) are read as `\n` first.

The rules are conservative: when in doubt, text is escaped and shows a little
more literally than the author meant, never less safely.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from generator.load.markdowncode import code_spans
from generator.render.markdown.brackets import tidy_brackets
from generator.render.markdown.codefences import (
    code_span,
    fence_segments,
    neutralize_fence_line,
    newlines,
)
from generator.render.markdown.headings import heading_levels, headings
from generator.render.markdown.links import neutralize_links

# An address in <…> is left as it is only when no parser can read it as an HTML tag:
# a mail address of plain characters (a tag name cannot hold `@`; Python-Markdown drops
# a `mailto:` before it), or http(s) without quotes or spaces (Python-Markdown takes it
# as a link before it looks for tags).
SAFE_AUTOLINK = re.compile(
    r"<(?:https?://[^\s<>\"'`]+"
    r"|(?-i:mailto:)?[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)>",
    re.I,
)
# A `:` that starts a shortcode; a lookahead, so overlapping ones (`:x:smile:`) all match.
EMOJI = re.compile(r":(?=[+\-\w]+:)(?!(?:material|fontawesome|octicons|simple)-[\w-]+:)")
PLAIN_SPECIAL = re.compile(r"([\\`*_\[\]])")
LINE_START = re.compile(r"^([-+#>])")
NUMBER_START = re.compile(r"^(\d+)([.)])")


def sanitize(text: str, *, headings_from: int = 0, diagrams: bool | None = None) -> str:
    """Author Markdown as safe Markdown for a page body.

    Headings in fields become bold paragraphs (the page owns the outline).
    With `headings_from=2` (free pages) the author's headings are moved so that
    the highest one is an h2 and their order is kept. Diagram fences pass
    through only with `diagrams` (default: in free pages, `headings_from` set).
    """
    text = newlines(text)
    if diagrams is None:
        diagrams = bool(headings_from)
    shift = 0
    if headings_from:
        levels = heading_levels(text)
        shift = headings_from - min(levels) if levels else 0
    parts: list[str] = []
    for is_code, segment in fence_segments(text, diagrams=diagrams):
        if is_code:
            parts.append(segment)
            continue
        for dense, chunk in _dense_paragraphs(segment):
            shifted = shift if headings_from else None
            parts.append(_as_plain_paragraph(chunk) if dense else _text_block(chunk, shift=shifted))
    return "".join(parts).strip("\n")


PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
INLINE_SYNTAX = re.compile(r"[\[\]()!\\`&<*_{:]")
# Python-Markdown rebuilds a paragraph's whole text for every inline match in it, so a
# paragraph costs about (its matches) x (its length). Over this, it is shown as text.
DENSE_COST = 20_000_000


def _dense_paragraphs(segment: str) -> Iterator[tuple[bool, str]]:
    """The segment in runs: paragraphs too dense with syntax to parse, and the rest."""
    position = 0
    for start, end in _paragraph_spans(segment):
        paragraph = segment[start:end]
        if len(INLINE_SYNTAX.findall(paragraph)) * len(paragraph) > DENSE_COST:
            if start > position:
                yield False, segment[position:start]
            yield True, paragraph
            position = end
    if position < len(segment) or not segment:
        yield False, segment[position:]


def _paragraph_spans(segment: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in PARAGRAPH_BREAK.finditer(segment):
        yield start, match.start()
        start = match.end()
    yield start, len(segment)


def _as_plain_paragraph(paragraph: str) -> str:
    """A paragraph as an HTML block of its plain text: not parsed, so linear whatever it
    holds. Only a paragraph of thousands of brackets and the like gets here."""
    # The earlier passes may have written characters as references (` as &#96;): shown
    # as the reader should see them, escaped once.
    text = html.escape(html.unescape(" ".join(paragraph.split())), quote=False)
    return f"\n\n<p>{text}</p>\n\n"


def cell(text: str) -> str:
    """Author Markdown as the content of one table cell: one line, `|` escaped."""
    lines = [neutralize_fence_line(line) for line in newlines(text).strip().split("\n")]
    safe = _text_block("\n".join(lines), shift=None, pipes=True)
    return _one_line(safe)


def plain(text: str) -> str:
    """A plain-text field (a name, a title) as one line of Markdown that shows literally."""
    line = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;")
    line = literal_source(line).replace("{", "&#123;").replace("|", "&#124;")
    return EMOJI.sub("&#58;", line)


def literal_source(text: str) -> str:
    """A plain text (a name) as one line of author Markdown that shows literally once
    `sanitize` has made it safe (which itself escapes `<`, `{` and emoji): every
    character Markdown reads as markup, and what would start a list or a heading,
    escaped with a backslash."""
    line = PLAIN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return LINE_START.sub(r"\\\1", NUMBER_START.sub(r"\1\\\2", line))


def _one_line(text: str) -> str:
    """Paragraphs joined by a blank `<br>` line; list items keep their own line."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    joined = []
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.split("\n")]
        out = lines[0]
        for line in lines[1:]:
            out += ("<br>" if re.match(r"([-*+]|\d+[.)])\s", line) else " ") + line
        joined.append(out)
    return "<br><br>".join(joined)


def _text_block(text: str, *, shift: int | None, pipes: bool = False) -> str:
    """Everything outside code fences: links, headings, code spans, then HTML, `{`, emoji."""
    text = tidy_brackets(headings(neutralize_links(text), shift))
    out: list[str] = []
    position = 0
    for start, end, inside in code_spans(text):
        out.append(_escape_text(text[position:start], pipes))
        out.append(code_span(inside))
        position = end
    out.append(_escape_text(text[position:], pipes))
    return "".join(out)


def _escape_text(text: str, pipes: bool) -> str:
    pieces: list[str] = []
    position = 0
    for match in SAFE_AUTOLINK.finditer(text):
        pieces.append(text[position : match.start()].replace("<", "&lt;"))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(text[position:].replace("<", "&lt;"))
    escaped = EMOJI.sub("&#58;", "".join(pieces).replace("{", "&#123;"))
    return escaped.replace("|", "&#124;") if pipes else escaped
