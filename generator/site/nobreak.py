"""Spans of grades ("F–6", "åk 5–6") kept on one line: a browser may break a line after an
en dash, which left "(F–" at a line's end and "6)" on the next. Each span in a page's text
is wrapped in `<span class="trygg-nowrap">` (trygg.css), which changes nothing that a
screen reader, the search or a copy of the text reads.

Only text between tags is changed, never an attribute, and nothing inside an inline SVG
(a `<span>` is no SVG element), code, a script or a style.
"""

from __future__ import annotations

import re

SPAN = re.compile(r"(?<![\w–-])(?:F|\d{1,2})–\d{1,2}(?![\w–])")
# Markup: an element not looked into, whole, or a tag (with "<" first: the engine then
# tries the alternatives only where one starts).
PIECES = re.compile(r"(<(?:(svg|pre|code|script|style|textarea)\b.*?</\2>|[^>]*>))", re.DOTALL)


def unbroken_grade_spans(page: str) -> str:
    """`page`'s HTML with each span of grades in its text kept from breaking at the dash."""
    if "–" not in page:
        return page
    # split: each text (before, between and after the markup) then the markup and the name
    # its second group matched; only a text with a dash can hold a span.
    parts = PIECES.split(page)
    for at in range(0, len(parts), 3):
        if "–" in parts[at]:
            parts[at] = _text(parts[at])
    del parts[2::3]
    return "".join(parts)


def _text(text: str) -> str:
    return SPAN.sub(lambda span: f'<span class="trygg-nowrap">{span.group()}</span>', text)
