"""A quote inside a quoted text, which ends the text early: `titel: "Vi säger "stopp" nu"`.

YAML reads `"Vi säger "` as the whole text and `stopp" nu"` as something after it on the
line, which it cannot place, and says so at `stopp` in words about indentation. The quote
that ended the text is the author's own quote inside it; the text can keep it when it
stands inside the other kind of quotes.
"""

from __future__ import annotations

import re

import yaml

from generator.load.quoting import quoted_value
from generator.load.unclosed import UnclosedQuote, in_flow, quoted_before
from generator.personal_data import has_personal_number

OTHER = {'"': "'", "'": '"'}
# A comment after the line's text (a `#` with a blank before and after it; `#1` is text).
COMMENT = re.compile(r"[ \t]+#(?:[ \t].*)?$|[ \t]+$")
RESULT = "så YAML kan inte läsa resten av raden"


def closed_early(error: yaml.MarkedYAMLError, text: str) -> UnclosedQuote | None:
    """The quote that ended a text where `error` stopped, on the same line after it: one
    inside the text, or the end of a quoted word the text starts with; None for any other
    error."""
    mark = error.problem_mark
    token = quoted_before(text, mark.index) if mark is not None else None
    if mark is None or token is None or token.start_mark.line != mark.line:
        return None
    if text[mark.index : mark.index + 1] == ":":
        return None  # `"Alla": trygga`: a quoted key where none can stand, not a text
    start, written = token.start_mark, text.splitlines()[mark.line]
    quote, value = written[start.column], COMMENT.sub("", written[start.column :])
    # In a [ ] or { } where the text was meant to end is anyone's guess: no example there.
    flow = in_flow(text, mark.line, start.column)
    before = None if flow else written[: start.column].lstrip()
    if flow or (len(value) > 1 and value.endswith(quote)):  # `"Vi säger "stopp" nu"`
        detail = f"citattecknet {quote} inuti texten avslutar den"
        where, hint = token.end_mark.column - 1, _hint(quote, value[1:-1], before, "texten")
    else:  # `"Stopp" betyder stopp`: a quoted word first
        detail = f"texten börjar med {written[start.column : token.end_mark.column]}"
        where, hint = start.column, _hint(quote, value, before, "hela texten")
    return UnclosedQuote(mark.line, where, f"{detail}, {RESULT}", hint)


def _hint(quote: str, inner: str, before: str | None, text: str) -> str:
    """How to keep the quote inside the text, with the author's line fixed after `before`
    (what precedes the text on it) unless `before` is None."""
    other = OTHER[quote]
    if other not in inner and not has_personal_number(inner):
        told = f"sätt {text} inom {other} {other} när den själv har {quote} i sig"
        fixed = f"{other}{inner}{other}"
    else:
        told = f'skriv {text} inom " " och varje " inuti den som \\"'
        fixed = quoted_value(inner)
    return told if before is None else f"{told}: {before}{fixed}"
