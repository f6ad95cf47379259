"""Author text made inert in plain Markdown: a unit's name or an åtgärd's title reads as
itself in Python-Markdown, pandoc and CommonMark renderers, and as plain text.

Every character these renderers could read as syntax inside a line is escaped: with a
backslash where all of them accept one, as an entity where one of them does not (raw
HTML, pandoc's sub- and superscripts and maths, and an emoji's short code). Line breaks
become spaces, so a text never starts a line of its own (no heading, list or quote can
begin in it), and what
would start a list, a quote or a rule where a block can begin ("- 1. Fler vuxna") is
escaped too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Backslash escapes that Python-Markdown, pandoc and CommonMark all read as the character:
# always for these; "[" but in an index ("metoder[4]"); "_" only where it could start or end
# emphasis (not inside a word, as in a field's name); "]" where a link or attributes follow.
BACKSLASHED = re.compile(r"[\\`*{}#|]|\[(?!\d+\])|(?<![^\W_])_|_(?![^\W_])|\](?=\s*[(\[{])")
ENTITIES = {"<": "&lt;", "~": "&#126;", "^": "&#94;", "$": "&#36;"}
# What makes a line that starts with it a list item, a quote or a rule ("1. ", "> ", "---"):
# a text may be the start of a list item ("- {name}"), where a block could begin.
LEADING = re.compile(r"^(?:[>+-]|\d{1,9}(?=[.)]))")
ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")  # "&amp;" would read as "&": keep it as written
# An emoji's short code (":smile:"), which the site's Markdown turns into a picture from
# another host: its first colon as an entity (as `render.markdown.safety` writes it).
SHORTCODE = re.compile(r":(?=[+\-\w]+:)")
SPACES = re.compile(r"\s+")


def md_text(text: str) -> str:
    """`text` as inline Markdown that renders exactly as the text reads."""
    text = ENTITY_LIKE.sub("&amp;", SPACES.sub(" ", text).strip())
    text = BACKSLASHED.sub(lambda match: "\\" + match.group(0), text)
    if (leading := LEADING.match(text)) is not None:
        end = leading.end()
        text = f"{text[:end]}\\{text[end:]}" if text[:end].isdigit() else f"\\{text}"
    return SHORTCODE.sub("&#58;", "".join(ENTITIES.get(char, char) for char in text))


def md_code(text: str) -> str:
    """A file path or place as a code span; as escaped text when it cannot be one."""
    if not text or "`" in text or "|" in text or text != text.strip() or SPACES.search(text):
        return md_text(text)
    return f"`{text}`"


def md_row(*cells: str) -> str:
    """One row of a pipe table from cells already in Markdown."""
    return "| " + " | ".join(cells) + " |"


def md_table(head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A pipe table: the head's labels are trusted, the cells already in Markdown."""
    lines = [md_row(*head), md_row(*("---" for _ in head))]
    return "\n".join(lines + [md_row(*row) for row in rows])
