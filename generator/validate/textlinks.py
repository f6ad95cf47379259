"""Links and images in YAML texts that the built site could not follow.

A text in a YAML file is shown on a page that trygg writes (the plan, the start page),
not beside the file, so a path in it leads nowhere: MkDocs would stop the build at it.
`trygg check` finds it first, where it is written, and so a web address without its
scheme and a file on the author's computer, told as in a page (`validate.pagelinks`).
Addresses with a scheme (https://, mailto:, tel:), `#anchors` and `//host` links are
left to the sanitizer.
"""

from __future__ import annotations

from collections.abc import Iterator

from yaml.nodes import ScalarNode

from generator import codes
from generator.load.document import DataPath, Document, scalars
from generator.problems import Location, Problem
from generator.text import line_and_column
from generator.validate.fields import format_field
from generator.validate.links import from_host_root, is_local_file, targets
from generator.validate.pagelinks import on_own_computer, without_scheme
from generator.validate.references import ROUTINE_FLOWS

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
        plain = plain_text(path)
        if plain_only and plain is None:
            continue
        for image, target, _index in targets(scalar.value):
            told = _shown_as_written(target, image, plain) if plain else None
            if found := (told or _leads_nowhere(target, image)):
                location = text_location(document, scalar, target)
                field = format_field(path, document.data)
                yield codes.problem("TP053", location, found[0], field=field, hint=found[1])


# Texts that trygg draws in a diagram and lists beside it as plain text, like every
# diagram's words (`diagrams.flowchart`, `diagrams.wheel`): where each stands, and where
# a link goes instead.
FLOW_STEP = (
    "i ett steg i flödet",
    "skriv steget utan länk, och länken i texten före eller efter flödet",
)
ACTIVITY = (
    "i en aktivitet i årshjulet",
    "skriv aktiviteten utan länk, och länken i dess beskrivning, där länkar går att följa",
)
ACTIVITY_WORDS = ("namn", "ansvarig", "målgrupp")  # an activity's plain fields
SAY_SO = ("i säg_till, vars text eleverna läser som den är skriven", "skriv adressen under länk")


def plain_text(path: DataPath) -> tuple[str, str] | None:
    """(where, hint) for a field shown as plain text: a step of a flöde (a ```flode
    fence's, from its root, or a routine's, `rutiner.elev_elev`, in a plan or in
    huvudman.yml), an årshjul activity's name, role or group (arshjul.yml or a ```arshjul
    fence), or skola.yml's `säg_till.text`; None for a field whose Markdown is rendered."""
    if path == ("säg_till", "text"):  # skola.yml: the pupils' own way to tell
        return SAY_SO
    if len(path) == 3 and path[0] == "aktiviteter" and isinstance(path[1], int):
        return ACTIVITY if path[2] in ACTIVITY_WORDS else None
    if len(path) < 3 or path[-3] != "steg" or not isinstance(path[-2], int):
        return None
    flow = path[:-3]
    in_routine = len(flow) == 2 and flow[0] == "rutiner" and flow[1] in ROUTINE_FLOWS
    return FLOW_STEP if flow == () or in_routine else None


def _shown_as_written(target: str, image: bool, plain: tuple[str, str]) -> tuple[str, str]:
    where, hint = plain
    why = (
        f"{'bilden' if image else 'länken'} '{target}' står {where}, som visas som ren "
        "text: länken syns som den är skriven och går inte att följa"
    )
    return why, hint


def _leads_nowhere(target: str, image: bool) -> tuple[str, str] | None:
    """(why, hint) when the site could not follow `target`, written in a YAML text."""
    found = on_own_computer(target, image=image, page=False) or without_scheme(target, image=image)
    if found or not (is_local_file(target) or from_host_root(target)):
        return found
    what = "bilden" if image else "länken"
    why = (
        f"{what} '{target}' är en sökväg, men texten visas på en sida som trygg skriver, "
        "inte bredvid filen"
    )
    return why, HINT


def text_location(document: Document, scalar: ScalarNode, target: str) -> Location:
    """The target itself where the text holds it as written; else the start of the text."""
    start, end = scalar.start_mark.index, scalar.end_mark.index
    found = document.text.find(target, start, end) if document.text else -1
    if found < 0:
        line, column = scalar.start_mark.line + 1, scalar.start_mark.column + 1
    else:
        line, column = line_and_column(document.text, found)
    return Location(document.display, line + document.line_offset, column)
