"""Texts that YAML cuts short at a comment: `titel: Ord som sårar #metoo`.

YAML reads ` #` after a text without quotes as the start of a comment, so the page says
"Ord som sårar" and nothing tells the author why. trygg's own files put comments after
values (`status: utkast  # byt till beslutad …`, `namn: …  # FYLL I`), always with a
space after the `#`; a hashtag or a number (`#metoo`, `#1`) has none, and only those get
TP010. Comments are not in PyYAML's tree: the text right after a plain scalar's end says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from yaml.nodes import ScalarNode

from generator import codes
from generator.load.document import DataPath, Document, scalars
from generator.load.quoting import quoting_hint
from generator.personal_data import has_personal_number
from generator.problems import Location, Problem
from generator.validate.fields import format_field

STR = "tag:yaml.org,2002:str"
# Blanks, then a comment whose first character is no blank: a hashtag or a number (a
# `#FYLL I` mark is a comment all the same, which TP304 tells about).
CUT = re.compile(r"[ \t]+(?P<comment>#(?!FYLL I\b)(?P<word>[^\s#]\S*)[^\n]*)")


def cut_text_problems(documents: list[Document]) -> list[Problem]:
    """A warning for each text without quotes that a comment like `#metoo` cuts short."""
    return [p for document in documents for p in _document(document)]


def _document(document: Document) -> Iterator[Problem]:
    if " #" not in document.text and "\t#" not in document.text:
        return  # no comment follows a value on its line
    for path, scalar in scalars(document.node):
        if scalar.style or scalar.tag != STR or not scalar.value:  # libyaml: plain is ""
            continue  # quoted, a block text (| or >), a number or nothing: no text to cut
        found = CUT.match(document.text, scalar.end_mark.index)
        if found is not None:
            yield _problem(document, path, scalar, found)


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
