"""Names in lists and tables beside a class (TP404, through `rules.pii`): pupils listed
in a Markdown table, and staff listed by a name joined to a class.

A table whose header has a column for the name ("Namn", "Elev") and one for the class
("Klass", "Åk") lists people with their classes: each row's name is a pupil's, known or
not ("| Tilde | 7E |"); a pupil's duty as a column's head ("Kamratstödjare | Klass") names
pupils too. Staff are listed so too, so a row names staff where its role column (Roll,
Uppdrag, Funktion …) gives a staff role ("| Anna Berg | Mentor | 7A |", not "| Tove |
Ordförande | 4B |"), or where the table stands under a heading that names staff only
("## Mentorer"); a way to reach them (Telefon, E-post) is no sign: pupils have them too.
Neither holds for a row that says what one person suffered or did. A table headed
"Mentor | Klass" names no pupil. A log with no class column ("| Datum | Vem | Händelse
|") names a pupil in its column for who in each row that tells of harm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.personal_data.classes import GRADE_WORD_ANY_CASE
from generator.personal_data.firstnames import FIRST_NAMES
from generator.personal_data.roles import NOT_STAFF_BESIDE_A_NAME, PUPIL_DUTY, STAFF_STEMS
from generator.rules import textindex
from generator.rules.harm import HARM_OF_ONE, HARM_WORD, harm_follows
from generator.rules.names import THING_BEFORE, not_a_name
from generator.rules.pii import PUPILS_LISTED, WORD
from generator.rules.staff import STAFF_WORD, names_staff_only
from generator.rules.stafflists import heading_above, staff_named
from generator.text import words

NAME_HEADS = words("namn elev elever elevens förnamn")
PUPIL_HEADS = words("elev elever elevens")  # a header that says the rows are pupils
# A pupil's duty as a column's head names its pupils ("Kamratstödjare | Klass").
PUPIL_DUTY_HEAD = re.compile(rf"{PUPIL_DUTY}|ordförande|ledamot|sekreterare", re.IGNORECASE)
# A column for who was in an incident, in a table with no class column (a log of
# incidents: "| Datum | Vem | Händelse |"): its rows name pupils where they tell of harm.
WHO_HEADS = words("vem namn elev utsatt utsatta inblandad inblandade berörd berörda person")
CLASS_HEADS = words("klass åk årskurs")
# The column that may give each row's role: the row names staff where its cell does.
ROLE_HEADS = words("roll titel befattning tjänst yrke funktion uppdrag")
# A staff role in a role cell; not "ansvarig" alone, which a pupil may be too.
STAFF_CELL = re.compile(
    "(?:" + "|".join(stem for stem in STAFF_STEMS if stem != "ansvarig") + ")", re.IGNORECASE
)
NOT_STAFF_CELL = re.compile(NOT_STAFF_BESIDE_A_NAME, re.IGNORECASE)
DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
CELL = re.compile(r"[^|]+")
# The name a cell starts with, and a cell that gives a class or a grade.
NAME = re.compile(r"[ \t]*([A-ZÅÄÖÉ][a-zåäöéèüëï]{1,15})(?![\wåäö])")
CLASS = re.compile(rf"[ \t]*(?:{GRADE_WORD_ANY_CASE}[ \t]*)?[1-9F][ \t]?[A-Za-zÅÄÖåäö]?[ \t]*\Z")


@dataclass(frozen=True)
class Columns:
    """A table's name column, its class column, its role column (-1: none), and whether
    its header says the rows are pupils."""

    name: int
    klass: int
    role: int
    pupils: bool


def table_pupils(text: str) -> Iterator[tuple[int, str]]:
    """(index, name) of each name in the name column of a table that has a class column.
    (A row is read for each header above it in its block of lines with "|", once for
    each kind of header: a page of many tables is read line by line, not once a table.)"""
    lines = _lines(text)
    tables: dict[tuple[Columns, bool], None] = {}  # the headers above, and if of staff
    for number, (start, line) in enumerate(lines):
        if "|" not in line:
            tables.clear()
            continue
        if number >= 2 and (table := _header(text, lines, number - 2)) is not None:
            tables[table] = None
        if tables:
            yield from _row_pupils(start, line, tables)


def _header(text: str, lines: list[tuple[int, str]], number: int) -> tuple[Columns, bool] | None:
    """The columns of the table whose header is line `number`, and whether its heading
    names staff only; None where it is no table's header with a name and a class."""
    start, line = lines[number]
    if "|" not in line or not DELIMITER.fullmatch(lines[number + 1][1]):
        return None
    columns = _columns(line)
    if columns is None:
        return None
    return columns, not columns.pupils and names_staff_only(heading_above(text, start))


def _row_pupils(
    row_start: int, row: str, tables: dict[tuple[Columns, bool], None]
) -> Iterator[tuple[int, str]]:
    """(index, name) of the pupil the row names, as any of `tables` reads it."""
    cells = [(m.start(), m.group()) for m in CELL.finditer(row)]
    harmed: bool | None = None
    for columns, of_staff in tables:
        if max(columns.name, columns.klass) >= len(cells):
            continue
        if columns.klass < 0:
            if HARM_WORD.search(row) is None:
                continue  # a log's row: harm said in it
        elif not CLASS.match(cells[columns.klass][1]):
            continue
        if of_staff or _staff_row(cells, columns):
            harmed = HARM_OF_ONE.search(row) is not None if harmed is None else harmed
            if not harmed:
                continue  # staff, by the table's heading or the row's role
        cell = cells[columns.name][1]
        name = NAME.match(cell)
        if name and not not_a_name(name[1]) and not _titled_in_a_log(cell, columns):
            yield row_start + cells[columns.name][0] + name.start(1), name[1]


def _titled_in_a_log(cell: str, columns: Columns) -> bool:
    """Whether a log's who-cell gives a staff role beside the name ("Anna (mentor)",
    "Rektor Anna", "Anna Berg, kurator"): staff harmed are no pupil's data."""
    return columns.klass < 0 and STAFF_WORD.search(cell) is not None


def _staff_row(cells: list[tuple[int, str]], columns: Columns) -> bool:
    """Whether a row's role cell gives a staff role (and no pupil's duty)."""
    if columns.pupils or not 0 <= columns.role < len(cells):
        return False
    return staff_role(cells[columns.role][1])


def staff_role(role: str) -> bool:
    """Whether a role (a table's cell, a contact's `roll`) is staff's: a staff role's word
    and no pupil's duty ("Mentor", "Lärare i åk 2"; not "Ordförande", "Elevrepresentant")."""
    return STAFF_CELL.search(role) is not None and NOT_STAFF_CELL.search(role) is None


def _columns(header: str) -> Columns | None:
    """The table's columns; with no class column, a log's column for who (`WHO_HEADS`);
    None for a table without either."""
    heads = [cell.strip().strip("*_").casefold() for cell in CELL.findall(header)]
    duties = [i for i, head in enumerate(heads) if PUPIL_DUTY_HEAD.search(head)]
    names = [i for i, head in enumerate(heads) if head in NAME_HEADS or head == "elevens namn"]
    classes = [i for i, head in enumerate(heads) if head in CLASS_HEADS]
    if not classes:
        who = [i for i, head in enumerate(heads) if head in WHO_HEADS]
        return Columns(who[0], -1, -1, pupils=False) if who else None
    if not (names or duties):
        return None
    pupils = bool(duties) or any(head.split()[0] in PUPIL_HEADS for head in heads if head)
    roles = [i for i, head in enumerate(heads) if head in ROLE_HEADS]
    return Columns((names or duties)[0], classes[0], roles[0] if roles else -1, pupils)


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of `text` with the index it starts at."""
    found, start = [], 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


# A role right after a name or its class, in brackets or after a comma at the end of the
# item: "4B: Anna Berg (mentor)", "Anna Berg – 7A, mentor".
ROLE_AFTER = re.compile(
    rf"[ \t]*(?:\([ \t]*(?:{STAFF_WORD.pattern})[ \t]*\)|,[ \t]*(?:{STAFF_WORD.pattern})"
    r"[ \t]*(?=[,.;\n]|\Z))",
    re.IGNORECASE,
)
# A line that joins a name and a class and says no more: "7A: Johan Lind", "Per Ek – 7B".
JOINED_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+)?[^.!?\n:–—/]{1,40}[:–—/][^.!?\n]{1,40}")


def staff_joined(text: str, match: re.Match[str]) -> bool:
    """Whether a name joined to a class names staff: a role right after it, or a line
    like it under a heading or a line that names a staff role ("## Mentorer" and then
    "7A: Johan Lind"), unless what one person suffered or did follows (`harm`)."""
    name_end = match.end("second") if match["second"] else match.end("name")
    if ROLE_AFTER.match(text, name_end) or ROLE_AFTER.match(text, match.end()):
        return True
    at = match.start("second") if match["second"] else match.start("name")
    line_start, line_end = textindex.line_start(text, at), textindex.line_end(text, at)
    if not JOINED_LINE.fullmatch(text, line_start, line_end) or harm_follows(text, match.end()):
        return False
    return names_staff_only(heading_above(text, line_start, is_item=_joined_line))


def _joined_line(line: str) -> bool:
    return JOINED_LINE.fullmatch(line) is not None


def listed_pupils(text: str) -> Iterator[tuple[list[tuple[int, str]], bool]]:
    """(index, name) of each known name listed before a class (`pii.PUPILS_LISTED`), where
    no staff role titles the list and no thing's name is meant ("läser Ronja och Emil"), a
    list at a time, with whether what one person suffered or did follows it."""
    for match in PUPILS_LISTED.finditer(text):
        names = [(match.start("name"), match["name"])] + [
            (match.start("more") + word.start(), word[0]) for word in WORD.finditer(match["more"])
        ]
        if any(name not in FIRST_NAMES or not_a_name(name) for _, name in names):
            continue
        start = match.start()  # (after a word for a thing, the names are its)
        if staff_named(text, match) or THING_BEFORE.search(text, max(0, start - 30), start):
            continue
        yield names, harm_follows(text, match.end())
