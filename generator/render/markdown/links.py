"""Link and image targets in author Markdown: only safe schemes, only local images.

`neutralize_links` does not try to parse Markdown exactly. It looks at every
place a link target can start (`](`, `]:`) and judges the whole rest of the
target, normalised the way a browser would read it (entities decoded,
whitespace, control characters, backslashes and backticks removed). Whatever
part of it the Markdown parser ends up using as the address, a forbidden
scheme at its start is caught.
"""

from __future__ import annotations

import html
import re

from generator.render.markdown.brackets import Pairs
from generator.text import is_escaped

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff`\\<]")
# Inline targets anywhere; reference definitions where a line's content starts.
# The prefix may hold list, blockquote and definition (`: `) markers.
TARGET_START = re.compile(r"\]\(|^[ \t>*+\-\d.):]*\[[^\[\]\n]*\]:", re.MULTILINE)
BLOCKED = "#"
IMAGE_PREFIX = "Bild: "


JUDGED = 128  # characters of a target that decide its scheme (see `_judged`)
TERMINATORS = re.compile(r"[:/?#]")


def _judged(url: str) -> str:
    """The start of a target, as much as decides its scheme; "javascript:" when it cannot
    be decided in the first `JUDGED` characters (the rest may be padding), which blocks it.

    Judging a bounded start keeps the sanitizer linear: a page of unclosed `](` would
    otherwise have every target run to the end of the text."""
    if len(url) <= JUDGED:
        return url
    head = url[:JUDGED]
    return head if TERMINATORS.search(normalized(head)) else "javascript:"


def normalized(url: str) -> str:
    """The target as a browser reads its scheme: entities decoded, noise removed."""
    text = url
    for _ in range(5):  # entities may be nested (&amp;#106;)
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return INVISIBLE.sub("", text).lower()


def is_safe_url(url: str) -> bool:
    """True for http, https, mailto, tel and relative targets."""
    head = _judged(url)
    if ":" not in head and "&" not in head:
        return True  # no scheme can be written without a colon (or an entity for one)
    match = SCHEME.match(normalized(head))
    return match is None or match.group(1) in ALLOWED_SCHEMES


def is_local(url: str) -> bool:
    """True when the target stays on this site (no scheme, not //host)."""
    text = normalized(_judged(url).replace("\\", "/"))
    return SCHEME.match(text) is None and not text.startswith("//")


def neutralize_links(text: str) -> str:
    """Rewrite unsafe link targets to `#` and non-local images to plain links."""
    return _targets(_images(_plain_destinations(text)))


def _images(text: str) -> str:
    pairs = Pairs(text)
    out: list[str] = []
    position = 0
    for match in re.finditer(r"!\[", text):
        start = match.start()
        if start < position or is_escaped(text, start):
            continue
        close = pairs.bracket(start + 1)
        if close < 0:
            continue
        inline = text[close + 1 : close + 2] == "("
        if inline and is_local(text[close + 2 : pairs.target_end(text, close + 2)]):
            continue
        alt = text[start + 2 : close]
        before = text[position:start]
        if before.endswith("!") and not is_escaped(text, start - 1):
            before = before[:-1] + "\\!"  # `!![…` must not become `![Bild: …`, an image again
        out.append(before)
        out.append("[" + (IMAGE_PREFIX if alt.strip() else IMAGE_PREFIX.rstrip(": ")))
        position = start + 2  # the alt text is looked at too: it may hold an image
    out.append(text[position:])
    return "".join(out)


def _targets(text: str) -> str:
    pairs = Pairs(text)
    out: list[str] = []
    position = 0
    for match in TARGET_START.finditer(text):
        start = match.end()
        if start < position:
            continue
        if match.group(0).endswith("("):
            end = pairs.target_end(text, start)
        else:
            end = _definition_end(text, start)
        if is_safe_url(text[start:end]):
            continue
        out.append(text[position:start])
        out.append(BLOCKED if match.group(0).endswith("(") else " " + BLOCKED)
        position = end
    out.append(text[position:])
    return "".join(out)


ANGLE_DESTINATION = re.compile(r"\]\([ \t]*<([^<>\n]*)>")
UNSAFE_IN_DESTINATION = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "\t": "%09"})


def _plain_destinations(text: str) -> str:
    """`](<my page.md> "title")` as `](my%20page.md "title")`, before anything is judged.

    Text outside links has its `<` escaped, which would leave an angle-bracket
    destination pointing at `&lt;…>`; written plainly it means the same and
    needs no `<`."""
    return ANGLE_DESTINATION.sub(lambda m: "](" + _plain(m.group(1)), text)


def _plain(destination: str) -> str:
    # Judged as written too: a browser would not read "java script:" as a scheme, but
    # what the author meant by it is plain.
    return destination.translate(UNSAFE_IN_DESTINATION) if is_safe_url(destination) else BLOCKED


def _definition_end(text: str, start: int) -> int:
    """End of a reference definition's target: the rest of its line (or the next)."""
    line_end = text.find("\n", start)
    if line_end < 0:
        return len(text)
    if text[start:line_end].strip():
        return line_end
    next_end = text.find("\n", line_end + 1)
    return len(text) if next_end < 0 else next_end
