"""Links and images in YAML texts that the built site could not follow.

A text in a YAML file is shown on a page that trygg writes (the plan, the start page),
not beside the file, so a path in it leads nowhere: MkDocs would stop the build at it.
`trygg check` finds it first, where it is written, and so a web address without its
scheme and a file on the author's computer, told as in a page (`validate.pagelinks`).
A scheme the site does not allow (javascript:) and an image from another host are told
as `validate.unsafelinks` says; other addresses with a scheme (https://, mailto:, tel:),
`#anchors` and `//host` links lead where they say.
"""

from __future__ import annotations

from collections.abc import Iterator

from yaml.nodes import ScalarNode

from generator import codes
from generator.load.document import Document, scalars
from generator.problems import Location, Problem
from generator.text import excerpt, line_and_column
from generator.validate.fields import format_field
from generator.validate.links import from_host_root, is_local_file
from generator.validate.linktargets import targets
from generator.validate.pagelinks import on_own_computer, without_scheme
from generator.validate.plainfields import PlainField, plain_field
from generator.validate.unsafelinks import rewritten

HINT = "skriv en hel adress med https://, eller länka till egna sidor från en sida i sidor/"
# Every target `links.targets` finds follows `](` or `]:` as written in the value; YAML
# joins a value's lines with a space or a line break, so only an escape (a backslash)
# can put them together in a value when the file itself does not hold them.
LINK_MARKS = ("](", "]:", "\\")


def text_link_problems(documents: list[Document], *, plain_only: bool = False) -> list[Problem]:
    """Every local link or image target written in a text of these YAML documents; with
    `plain_only` (a fence in a page, whose other texts link as the page does) only those in
    the texts shown as plain text."""
    return [p for document in documents for p in _document(document, plain_only)]


def _document(document: Document, plain_only: bool) -> Iterator[Problem]:
    if document.text and not any(mark in document.text for mark in LINK_MARKS):
        return  # no value can hold a link (a value is a piece of the text, or has escapes)
    for path, scalar in scalars(document.node):
        plain = plain_field(path)
        if plain_only and plain is None:
            continue
        for image, target, _index in targets(scalar.value):
            told = _shown_as_written(target, image, plain) if plain else None
            if found := (told or _leads_nowhere(target, image) or rewritten(target, image=image)):
                location = text_location(document, scalar, target)
                field = format_field(path, document.data)
                yield codes.problem(found[0], location, found[1], field=field, hint=found[2])


def _shown_as_written(target: str, image: bool, plain: PlainField) -> tuple[str, str, str]:
    why = (
        f"{'bilden' if image else 'länken'} '{excerpt(target)}' står "
        f"{plain.where}, som visas som ren "
        "text: länken syns som den är skriven och går inte att följa"
    )
    return "TP053", why, plain.link


def _leads_nowhere(target: str, image: bool) -> tuple[str, str, str] | None:
    """(code, why, hint) when the site could not follow `target`, written in a YAML text."""
    found = on_own_computer(target, image=image, page=False) or without_scheme(target, image=image)
    if found or not (is_local_file(target) or from_host_root(target)):
        return ("TP053", *found) if found else None
    what = "bilden" if image else "länken"
    why = (
        f"{what} '{excerpt(target)}' är en sökväg, men texten visas på en sida som trygg skriver, "
        "inte bredvid filen"
    )
    return "TP053", why, HINT


def text_location(document: Document, scalar: ScalarNode, target: str) -> Location:
    """The target itself where the text holds it as written; else the start of the text."""
    start, end = scalar.start_mark.index, scalar.end_mark.index
    found = document.text.find(target, start, end) if document.text else -1
    if found < 0:
        line, column = scalar.start_mark.line + 1, scalar.start_mark.column + 1
    else:
        line, column = line_and_column(document.text, found)
    return Location(document.display, line + document.line_offset, column)
