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
from html.parser import HTMLParser

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff`\\<]")
# Inline targets anywhere; reference definitions where a line's content starts.
# The prefix may hold list, blockquote and definition (`: `) markers.
TARGET_START = re.compile(r"\]\(|^[ \t>*+\-\d.):]*\[[^\[\]\n]*\]:", re.MULTILINE)
BLOCKED = "#"
IMAGE_PREFIX = "Bild: "


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
    match = SCHEME.match(normalized(url))
    return match is None or match.group(1) in ALLOWED_SCHEMES


def is_local(url: str) -> bool:
    """True when the target stays on this site (no scheme, not //host)."""
    text = normalized(url.replace("\\", "/"))
    return SCHEME.match(text) is None and not text.startswith("//")


URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "srcset"})
SCRIPT_TAGS = frozenset({"script", "iframe", "object", "embed", "base", "form", "meta", "link"})


class _HtmlCheck(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SCRIPT_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            elif name in URL_ATTRIBUTES and not is_safe_url(value or ""):
                self.found.append(f"<{tag} {name}={value!r}>")
            elif name == "src" and not is_local(value or ""):
                self.found.append(f"<{tag} src={value!r}> (another host)")

    handle_startendtag = handle_starttag


def unsafe_html(html_text: str) -> list[str]:
    """What in rendered HTML could run script or load from another host.

    The final check on HTML made from author Markdown: script-like elements,
    `on…` attributes, `href`/`src` with a scheme other than http, https, mailto
    or tel, and `src` that is not on this site. Empty when all is well.
    """
    check = _HtmlCheck()
    check.feed(html_text)
    check.close()
    return check.found


def neutralize_links(text: str) -> str:
    """Rewrite unsafe link targets to `#` and non-local images to plain links."""
    return _targets(_images(text))


def _escaped(text: str, index: int) -> bool:
    """True when the character at `index` is backslash-escaped."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _matching(text: str, start: int, pair: str, depth: int = 0) -> int:
    """Index of the bracket that brings `depth` back to 0, scanning from `start`; -1 if none.

    `pair` is the opening and closing character ("[]" or "()"); escaped ones do not count.
    """
    opening, closing = pair[0], pair[1]
    for index in range(start, len(text)):
        char = text[index]
        if char in pair and _escaped(text, index):
            continue
        depth += 1 if char == opening else -1 if char == closing else 0
        if depth == 0:
            return index
    return -1


def _closing_bracket(text: str, start: int) -> int:
    """Index of the `]` matching the `[` at `start`, or -1."""
    return _matching(text, start, "[]")


def _paren_region(text: str, start: int) -> int:
    """End (exclusive) of the target that starts at `start`, after `(`."""
    end = _matching(text, start, "()", depth=1)
    return len(text) if end < 0 else end


def _images(text: str) -> str:
    out: list[str] = []
    position = 0
    for match in re.finditer(r"!\[", text):
        start = match.start()
        if start < position or _escaped(text, start):
            continue
        close = _closing_bracket(text, start + 1)
        if close < 0:
            continue
        inline = text[close + 1 : close + 2] == "("
        if inline and is_local(text[close + 2 : _paren_region(text, close + 2)]):
            continue
        alt = text[start + 2 : close]
        out.append(text[position:start])
        out.append("[" + (IMAGE_PREFIX + alt if alt.strip() else IMAGE_PREFIX.rstrip(": ")))
        position = close
    out.append(text[position:])
    return "".join(out)


def _targets(text: str) -> str:
    out: list[str] = []
    position = 0
    for match in TARGET_START.finditer(text):
        start = match.end()
        if start < position:
            continue
        if match.group(0).endswith("("):
            end = _paren_region(text, start)
        else:
            end = _definition_end(text, start)
        if is_safe_url(text[start:end]):
            continue
        out.append(text[position:start])
        out.append(BLOCKED if match.group(0).endswith("(") else " " + BLOCKED)
        position = end
    out.append(text[position:])
    return "".join(out)


def _definition_end(text: str, start: int) -> int:
    """End of a reference definition's target: the rest of its line (or the next)."""
    line_end = text.find("\n", start)
    if line_end < 0:
        return len(text)
    if text[start:line_end].strip():
        return line_end
    next_end = text.find("\n", line_end + 1)
    return len(text) if next_end < 0 else next_end
