"""Names in lists and tables beside a class (TP404, through `rules.pii`): pupils listed
in a Markdown table, and staff listed by a name joined to a class.

A table whose header has a column for the name ("Namn", "Elev") and one for the class
("Klass", "Åk") lists people with their classes: each row's name is a pupil's, known or
not ("| Tilde | 7E |"). Staff are listed so too, so a table headed "Namn" (not "Elev")
names staff where its header also has a column for a role or a way to reach them
("Namn | Roll | Klass", "Namn | Klass | Telefon"), or where the row gives a phone number
or an e-mail address. A table headed "Mentor | Klass" names no pupil.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.rules.names import not_a_name
from generator.rules.staff import PHONE, STAFF_WORD
from generator.text import words

NAME_HEADS = words("namn elev elever elevens förnamn")
PUPIL_HEADS = words("elev elever elevens")  # a header that says the rows are pupils
CLASS_HEADS = words("klass åk årskurs")
# Columns that tell a list of staff: a role, a title, a way to reach them.
STAFF_HEADS = words("roll titel befattning tjänst yrke funktion uppdrag telefon tel mobil e-post")
STAFF_HEADS |= words("epost mejl mail kontakt")
DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*")
CELL = re.compile(r"[^|]+")
# The name a cell starts with, and a cell that gives a class or a grade.
NAME = re.compile(r"[ \t]*([A-ZÅÄÖÉ][a-zåäöéèüëï]{1,15})(?![\wåäö])")
CLASS = re.compile(r"[ \t]*(?:(?:klass|åk\.?|årskurs)[ \t]*)?[1-9F][ \t]?[A-Za-zÅÄÖåäö]?[ \t]*\Z")


def table_pupils(text: str) -> Iterator[tuple[int, str]]:
    """(index, name) of each name in the name column of a table that has a class column."""
    lines = _lines(text)
    for number, (_start, line) in enumerate(lines[:-2]):
        if "|" not in line or not DELIMITER.fullmatch(lines[number + 1][1]):
            continue
        columns = _columns(line)
        if columns is None:
            continue
        name_at, class_at, pupils = columns
        for row_start, row in lines[number + 2 :]:
            if "|" not in row:
                break
            cells = [(m.start(), m.group()) for m in CELL.finditer(row)]
            if max(name_at, class_at) >= len(cells) or not CLASS.match(cells[class_at][1]):
                continue
            if not pupils and ("@" in row or PHONE.search(row) or STAFF_WORD.search(row)):
                continue
            name = NAME.match(cells[name_at][1])
            if name and not not_a_name(name[1]):
                yield row_start + cells[name_at][0] + name.start(1), name[1]


def _columns(header: str) -> tuple[int, int, bool] | None:
    """The name column's and the class column's numbers, and whether the rows are pupils;
    None for a table without both, or of staff."""
    heads = [cell.strip().strip("*_").casefold() for cell in CELL.findall(header)]
    names = [i for i, head in enumerate(heads) if head in NAME_HEADS or head == "elevens namn"]
    classes = [i for i, head in enumerate(heads) if head in CLASS_HEADS]
    if not names or not classes:
        return None
    pupils = any(head.split()[0] in PUPIL_HEADS for head in heads if head)
    if not pupils and any(h in STAFF_HEADS or STAFF_WORD.search(h) for h in heads):
        return None
    return names[0], classes[0], pupils


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


def staff_joined(text: str, match: re.Match[str], harm: re.Pattern[str]) -> bool:
    """Whether a name joined to a class names staff: a role right after it, or a line
    like it under a heading or a line that names a staff role ("## Mentorer" and then
    "7A: Johan Lind"), unless `harm` (what one person suffered or did) follows."""
    name_end = match.end("second") if match["second"] else match.end("name")
    if ROLE_AFTER.match(text, name_end) or ROLE_AFTER.match(text, match.end()):
        return True
    at = match.start("second") if match["second"] else match.start("name")
    line_end = text.find("\n", at)
    own = text[text.rfind("\n", 0, at) + 1 : len(text) if line_end < 0 else line_end]
    if not JOINED_LINE.fullmatch(own) or harm.match(text, match.end()) is not None:
        return False
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not JOINED_LINE.fullmatch(line):
            introduces = line.lstrip().startswith("#") or line.rstrip().endswith(":")
            return introduces and STAFF_WORD.search(line) is not None
        end = start - 1
    return False
