"""Every link and image target in author Markdown, as the site reads it.

Python-Markdown's reading gives the target (`](\\n  sida.md "titel")`, a reference
definition, the definition a reference image `![x][1]` uses); where the renderer
(`render.markdown.links`) judges more than that (`](java script:…)`), what it judges is
the target, so that the check tells every target the page does not have as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.load.brackets import Pairs, label_key
from generator.load.markdowncode import without_code
from generator.load.safeurls import DEFINITION_LINE_START, is_local, is_safe_url
from generator.text import is_escaped

# The target of a `](` closed by its `)` (with a title or not), as Python-Markdown reads
# it: in <…> or plain, on the same line or the next. An unclosed `](x` is no link.
INLINE_TARGET = re.compile(
    r"[ \t]*(?:\n[ \t]*)?(?:<([^<>\n]*)>|([^)\s]+))"
    r"(?=[ \t]*(?:\n[ \t]*)?(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\))?[ \t]*\))"
)
# A reference definition ends its line after the target (and a title), which holds no
# blank: "[Obs]: gäller alla elever" and "[r]: <en sida.md>" are text, as Python-Markdown
# shows them. It may stand in a list item or a quote, and its target on the next line.
DEFINITION = re.compile(
    rf"{DEFINITION_LINE_START}\[([^\]\n]+)\]:[ \t]*(?:\n[ \t>]*)?(?:<([^<>\s]*)>|(\S+))"
    r"(?=[ \t]*(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\))?[ \t]*$)",
    re.MULTILINE,
)
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]*:[^<>\s]*)>")
Target = tuple[bool, str, int]  # is an image, the target, its index in the text


def targets(text: str) -> Iterator[Target]:
    """Each link or image target in Markdown text outside code, also every one the
    renderer rewrites (`render.markdown.links`): what it judges is told, as written."""
    written, text = text, without_code(text)
    pairs = Pairs(text)
    defined: dict[str, tuple[str, int]] = {}
    for match in DEFINITION.finditer(text):
        group = 2 if match.group(2) is not None else 3
        defined.setdefault(label_key(match.group(1)), (match.group(group), match.start(group)))
        yield False, match.group(group), match.start(group)
    for match in re.finditer(r"\]\(", text):
        if not is_escaped(text, match.start()):
            yield from _inline(written, pairs, match.start())
    for match in re.finditer(r"!\[", text):
        close = pairs.bracket(match.start() + 1)
        if close > 0 and not is_escaped(text, match.start()):
            found = pairs.reference(close)
            if found and (target := defined.get(label_key(found[0]))):
                yield True, target[0], match.start()
    for match in AUTOLINK.finditer(text):
        if not is_safe_url(match.group(1)):  # shown as text, no link (`<javascript:…>`)
            yield False, match.group(1), match.start(1)


def _inline(written: str, pairs: Pairs, close: int) -> Iterator[Target]:
    """The target after the `](` at `close`: as Python-Markdown reads it, or, where the
    renderer judges what it reads differently (`java script:`, code), all it judges."""
    start = close + 2
    image = pairs.is_image(close)
    judged = written[start : pairs.target_end(start)]
    match = INLINE_TARGET.match(pairs.text, start)
    if match is not None:
        group = 1 if match.group(1) is not None else 2
        target = match.group(group)
        if _verdict(target, image) == _verdict(judged, image):
            yield image, target, match.start(group)
            return
    if _verdict(judged, image) != (True, True):
        blanks = len(judged) - len(judged.lstrip())
        yield image, judged.strip(), start + blanks


def _verdict(target: str, image: bool) -> tuple[bool, bool]:
    """What the renderer decides of a target: (kept as a link, kept as an image)."""
    return is_safe_url(target), not image or is_local(target)
