"""Code in author Markdown made inert (`safety`): fenced blocks become one-line
`<pre><code>` elements whose text is all entities, code spans `<code>` elements the
same way, and fence lines that open no block are escaped. Only in free pages
(`diagrams=True`) do ```arshjul and ```flode blocks pass through to superfences, read
with the grammar `trygg check` uses (`generator.load.fencegrammar`)."""

from __future__ import annotations

from generator.load.fencegrammar import FENCE_LIKE, fence_at


def newlines(text: str) -> str:
    """CR LF and lone CR as LF, the way the Markdown parser reads line breaks."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def fence_segments(text: str, *, diagrams: bool) -> list[tuple[bool, str]]:
    """Split into (is_safe_html, text) runs.

    Every closed fenced block becomes an inert `<pre><code>` line; with
    `diagrams`, diagram fences stay as written for superfences. Fence lines that
    open no block are escaped.
    """
    lines = text.split("\n")
    segments: list[tuple[bool, str]] = []
    plain_lines: list[str] = []
    index = 0
    while index < len(lines):
        block = fence_at(lines, index)
        if block is None or block.end is None:
            plain_lines.append(neutralize_fence_line(lines[index]))
            index += 1
            continue
        segments.append((False, "\n".join([*plain_lines, ""])))
        if diagrams and block.kind:
            segments.append((True, "\n".join(lines[index : block.end + 1]) + "\n"))
        else:
            segments.append((True, block.prefix + code_block("\n".join(block.body(lines))) + "\n"))
        plain_lines = []
        index = block.end + 1
    segments.append((False, "\n".join(plain_lines)))
    return segments


def code_block(content: str) -> str:
    """A code block as one line of HTML whose text is all entities (newlines too)."""
    return f"<pre><code>{inert(content)}</code></pre>"


def code_span(content: str) -> str:
    """A code span as inline HTML whose text is inert whatever the parser does around it.

    Every character that Markdown or HTML could read as syntax is an entity, so
    the result is safe even where the parser would have paired backticks
    differently.
    """
    return f"<code>{inert(content.strip())}</code>"


def inert(content: str) -> str:
    return "".join(c if c.isalnum() or c == " " else f"&#{ord(c)};" for c in content)


def neutralize_fence_line(line: str) -> str:
    match = FENCE_LIKE.match(line)
    if match is None:
        return line
    run = match.group(1)
    entity = "&#96;" if run[0] == "`" else "&#126;"
    return line[: match.start(1)] + entity * len(run) + line[match.end(1) :]
