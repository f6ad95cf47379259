"""Texts that YAML cuts short at a comment: `titel: Ord som sårar #metoo`.

YAML reads ` #` after a text without quotes as the start of a comment, so the page says
"Ord som sårar" and nothing tells the author why. trygg's own files put comments after
values (`status: utkast  # byt till beslutad …`, `namn: …  # FYLL I`), always with a
space after the `#`; a hashtag or a number (`#metoo`, `#1`) has none, and only those get
TP010. Comments are not in PyYAML's tree: the text right after a plain scalar's end says.

A comment after a non-breaking space (`titel: Plan\u00a0# kommentar`, pasted from Word)
is no comment to YAML, which takes only a plain space or a tab before `#`: the text and
the comment are one value, published whole. That is an error (TP024), at the space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from yaml.nodes import ScalarNode

from generator import codes
from generator.load.document import DataPath, Document, scalars
from generator.load.oddspaces import ODD, odd_named
from generator.load.quoting import quoting_hint
from generator.personal_data import has_personal_number
from generator.problems import Location, Problem
from generator.validate.fields import format_field

STR = "tag:yaml.org,2002:str"
# Blanks, then a comment whose first character is no blank: a hashtag or a number (a
# `#FYLL I` mark is a comment all the same, which TP304 tells about).
CUT = re.compile(r"[ \t]+(?P<comment>#(?!FYLL I\b)(?P<word>[^\s#]\S*)[^\n]*)")
# A `#` that starts a comment as trygg writes them: a blank or the line's end after it,
# or FYLL I. `Ord\u00a0#metoo` is a hashtag, meant.
COMMENT = re.compile(r"#(?:[ \t]|$|FYLL I\b)", re.MULTILINE)
ODD_SPACE = re.compile(rf"[{ODD}]")
BLANK = re.compile(rf"[ \t{ODD}]")


def joined_at(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the first odd space stands in the blanks before such a `#` in `text[start:end]`
    (`Plan\u00a0 # …`), or None. Read back from each `#`, so that a long run of odd spaces
    is read once, not once for each of its characters (a regex would start at each)."""
    for comment in COMMENT.finditer(text, start, len(text) if end is None else end):
        at, odd = comment.start(), None
        while at > start and BLANK.match(text, at - 1):
            at -= 1
            odd = at if ODD_SPACE.match(text, at) else odd
        if odd is not None:
            return odd
    return None


def cut_text_problems(documents: list[Document]) -> list[Problem]:
    """A warning for each text without quotes that a comment like `#metoo` cuts short, and
    an error for each that a comment after an odd space joins."""
    return [p for document in documents for p in _document(document)]


def _document(document: Document) -> Iterator[Problem]:
    cut = " #" in document.text or "\t#" in document.text  # a comment after a value
    joined = joined_at(document.text) is not None
    if not cut and not joined:
        return
    for path, scalar in scalars(document.node):
        if scalar.style or scalar.tag != STR or not scalar.value:  # libyaml: plain is ""
            continue  # quoted, a block text (| or >), a number or nothing: no text to cut
        found = CUT.match(document.text, scalar.end_mark.index) if cut else None
        if found is not None:
            yield _problem(document, path, scalar, found)
        if not joined:
            continue
        written = joined_at(document.text, scalar.start_mark.index, scalar.end_mark.index)
        if written is not None:
            yield _joined(document, path, written)


def _problem(
    document: Document, path: DataPath, scalar: ScalarNode, found: re.Match[str]
) -> Problem:
    comment = found["comment"].rstrip()
    line = scalar.end_mark.line + 1 + document.line_offset
    column = scalar.end_mark.column + 1 + found.start("comment") - found.start()
    cut = "' #'" if has_personal_number(found["word"]) else f"' #{found['word']}'"
    message = f"texten slutar vid {cut}: allt efter ' #' räknas som en kommentar och visas inte"
    location = Location(document.display, line, column)
    key = path[-1] if path and isinstance(path[-1], str) else ""
    hint = quoting_hint(key, f"{scalar.value} {comment}")
    return codes.problem(
        "TP010", location, message, field=format_field(path, document.data), hint=hint
    )


def _joined(document: Document, path: DataPath, start: int) -> Problem:
    line = document.text.count("\n", 0, start) + 1 + document.line_offset
    column = start - document.text.rfind("\n", 0, start)
    message = (
        f"före # står {odd_named(document.text[start])}, så YAML läser inte det som står efter # "
        "som en kommentar: kommentaren visas på sidan som en del av texten"
    )
    hint = "radera tecknet före # och skriv ett vanligt mellanslag i stället"
    location = Location(document.display, line, column)
    return codes.problem(
        "TP024", location, message, field=format_field(path, document.data), hint=hint
    )
