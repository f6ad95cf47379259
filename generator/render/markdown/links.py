"""Link and image targets in author Markdown: only safe schemes, only local images.

Which targets are safe and local is `generator.load.safeurls`' to say, which `trygg check`
asks too (`validate.unsafelinks`), so that it tells the author of each target this
rewrites.

Code spans are left as written: the page shows their text literally (`[a](javascript:…)`
as an example, which is no link), and the check does not look into them either. Targets
are judged with what they hold, code spans too.

`neutralize_links` does not try to parse inline links exactly. It looks at every
place an inline target can start (`](`) and judges the whole rest of the target,
normalised the way a browser would read it (entities decoded, whitespace, control
characters, backslashes and backticks removed). Whatever part of it the Markdown parser
ends up using as the address, a forbidden scheme at its start is caught. Reference
definitions are read as Python-Markdown reads them (`load.definitions`), which the check
does too.
"""

from __future__ import annotations

import re

from generator.load.brackets import Pairs, defined_labels, label_key
from generator.load.definitions import definitions
from generator.load.markdowncode import without_code
from generator.load.safeurls import is_local, is_safe_url
from generator.text import is_escaped

BLOCKED = "#"
IMAGE_PREFIX = "Bild: "
# A label that cannot be copied as written: it holds markup of its own.
PLAIN_LABEL = re.compile(r"[\[\]()!\\`<&]")


def neutralize_links(text: str) -> str:
    """Rewrite unsafe link targets to `#` and non-local images to plain links."""
    return _targets(_images(_plain_destinations(text)))


def _images(text: str) -> str:
    """Every image the site may not show (from another host, or by reference) as a link
    "Bild: …" to the same target; in a link's text, where no link can be, its text alone."""
    pairs = Pairs(without_code(text))
    labels = defined_labels(pairs.text)
    edits: list[tuple[int, int, str]] = []
    for match in re.finditer(r"!\[", pairs.text):
        start = match.start()
        close = pairs.bracket(start + 1)
        if close < 0 or is_escaped(pairs.text, start):
            continue
        edits += _image_edits(text, pairs, (start, close), labels)
    return _applied(text, edits)


def _image_edits(
    text: str, pairs: Pairs, span: tuple[int, int], labels: set[str]
) -> list[tuple[int, int, str]]:
    """The edits (start, end, replacement) that rewrite the image at `span` (`!`, `]`):
    found in `pairs.text` (code spans blank), judged and copied from `text`."""
    start, close = span
    alt = text[start + 2 : close]
    prefix = IMAGE_PREFIX if alt.strip() else IMAGE_PREFIX.rstrip(": ")
    found = pairs.reference(close)
    if found is None:
        end = pairs.bracket(close + 1)
        if is_local(text[close + 2 : pairs.target_end(close + 2)]):
            return []
        if pairs.in_link_text(start + 1) and end > 0:
            return [(start, start + 2, prefix), (close, end + 1, "")]
        return _as_link(text, start, prefix)
    label_start, end = found[1], found[2]
    label = text[label_start : label_start + len(found[0])]
    if label_key(label) not in labels or (label_start <= close and PLAIN_LABEL.search(label)):
        return [(start, start + 1, "\\!")]  # no image, shown as written (or a link, safely)
    if pairs.in_link_text(start + 1):
        return [(start, start + 2, prefix), (close, end, "")]
    edits = _as_link(text, start, prefix)
    if label_start <= close:  # ![x] and ![x][] name the definition by their text
        edits.append((close + 1, end, f"[{label}]"))
    return edits


def _as_link(text: str, start: int, prefix: str) -> list[tuple[int, int, str]]:
    edits = [(start, start + 2, "[" + prefix)]
    if text[start - 1 : start] == "!" and not is_escaped(text, start - 1):
        edits.insert(0, (start - 1, start, "\\!"))  # `!![…` must not become `![Bild: …`
    return edits


def _applied(text: str, edits: list[tuple[int, int, str]]) -> str:
    out: list[str] = []
    position = 0
    for start, end, replacement in sorted(edits):
        if start < position:
            continue  # inside a target that an edit before it removed
        out += [text[position:start], replacement]
        position = end
    out.append(text[position:])
    return "".join(out)


def _targets(text: str) -> str:
    """Every unsafe target as `#`: an inline one up to its `)`, a definition's as
    Python-Markdown reads it (judged as the link has it, `<…>` taken off)."""
    pairs = Pairs(without_code(text))
    edits: list[tuple[int, int, str]] = []
    for match in re.finditer(r"\]\(", pairs.text):
        start = match.end()
        end = pairs.target_end(start)
        if not is_safe_url(text[start:end]):
            edits.append((start, end, BLOCKED))
    for definition in definitions(pairs.text):
        start, end = definition.written
        judged = text[definition.start : definition.start + len(definition.target)]
        if not is_safe_url(judged):
            edits.append((start, end, BLOCKED))
    return _applied(text, edits)


ANGLE_DESTINATION = re.compile(r"\]\([ \t]*<([^<>\n]*)>")
UNSAFE_IN_DESTINATION = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "\t": "%09"})


def _plain_destinations(text: str) -> str:
    """`](<my page.md> "title")` as `](my%20page.md "title")`, before anything is judged.

    Text outside links has its `<` escaped, which would leave an angle-bracket
    destination pointing at `&lt;…>`; written plainly it means the same and
    needs no `<`."""
    out: list[str] = []
    position = 0
    for match in ANGLE_DESTINATION.finditer(without_code(text)):
        out += [text[position : match.start()], "](", _plain(text[match.start(1) : match.end(1)])]
        position = match.end()
    out.append(text[position:])
    return "".join(out)


def _plain(destination: str) -> str:
    # Judged as written too: a browser would not read "java script:" as a scheme, but
    # what the author meant by it is plain.
    return destination.translate(UNSAFE_IN_DESTINATION) if is_safe_url(destination) else BLOCKED
