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
from generator.load.definitions import definitions
from generator.load.inlinelinks import LONGEST, InlineLinks
from generator.load.markdowncode import without_code
from generator.load.safeurls import is_local, is_safe_url
from generator.text import is_escaped

AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]*:[^<>\s]*)>")
Target = tuple[bool, str, int]  # is an image, the target, its index in the text


def targets(text: str) -> Iterator[Target]:
    """Each link or image target in Markdown text outside code, also every one the
    renderer rewrites (`render.markdown.links`): what it judges is told, as written."""
    written, text = text, without_code(text)
    pairs, links = Pairs(text), InlineLinks(text)
    defined: dict[str, tuple[str, int]] = {}
    for definition in definitions(text):  # as the renderer reads them
        defined[label_key(definition.label)] = (definition.target, definition.start)  # last wins
        yield False, definition.target, definition.start
    removed = 0  # where the text the renderer last replaced by "#" ends
    for match in re.finditer(r"\]\(", text):
        if not is_escaped(text, match.start()):
            told, removes = _inline(written, pairs, links, match.start(), removed)
            yield from told
            removed = max(removed, removes)
    for match in re.finditer(r"!\[", text):
        close = pairs.bracket(match.start() + 1)
        if close > 0 and not is_escaped(text, match.start()):
            found = pairs.reference(close)
            if found and (target := defined.get(label_key(found[0]))):
                yield True, target[0], match.start()
    for match in AUTOLINK.finditer(text):
        if not is_safe_url(match.group(1)):  # shown as text, no link (`<javascript:…>`)
            yield False, match.group(1), match.start(1)


def _inline(
    written: str, pairs: Pairs, links: InlineLinks, close: int, removed: int
) -> tuple[list[Target], int]:
    """The target after the `](` at `close`: as Python-Markdown reads it, or, where the
    renderer judges what it reads differently (`java script:`, code), all it judges (its
    first `LONGEST` characters, which decide as much as the whole); none in text the
    renderer has replaced (up to `removed`): a paragraph of unclosed `](` is one target
    to the renderer, and one to the check. And where the text the renderer replaces by
    "#" ends (0: none)."""
    start = close + 2
    image = pairs.is_image(close)
    end = pairs.target_end(start)
    judged = written[start : min(end, start + LONGEST)]
    removes = 0 if is_safe_url(judged) else end
    if start < removed:
        return [], removes  # not on the page: the renderer replaced it by "#"
    link = links.at(close + 1)
    if link is not None:
        target = link.written  # as written: the check quotes it, and reads \\ paths
        if _verdict(target, image) == _verdict(judged, image):
            return [(image, target, link.start)], removes
    if _verdict(judged, image) == (True, True):
        return [], removes
    blanks = len(judged) - len(judged.lstrip())
    return [(image, judged.strip(), start + blanks)], removes


def _verdict(target: str, image: bool) -> tuple[bool, bool]:
    """What the renderer decides of a target: (kept as a link, kept as an image)."""
    return is_safe_url(target), not image or is_local(target)
