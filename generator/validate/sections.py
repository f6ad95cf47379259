"""Which sections of the content files have errors, and the files with them set aside.

A section is a top-level key of a content file: `åtgärder` of a trygghetsplan,
`kontakter` of skola.yml, `rutiner` of huvudman.yml. The rules run on every section
without errors (schema, reference or other), so one error hides no other finding. A
failed section is named `trygghetsplan.åtgärder` in a `skipped` set, with one TP029
note; the engine leaves out each rule that reads a skipped section, and the model is
built with an empty stand-in (`validate.standins`) in its place, which no rule reads.
A plan whose `beslut` or `giltighet` failed cannot be placed in time, and a file that
cannot be read (or has an error at its top) cannot be split: then every section of
that kind of file is skipped. Without huvudman.yml's regelprofil no rule runs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator import codes
from generator.load.document import Document
from generator.load.sources import SchoolSources
from generator.problems import Location, Problem, Severity
from generator.validate.schemas import validator
from generator.validate.standins import CYCLE, ORGANISER, PLAN, SCHOOL, STAND_INS

PLACING = ("beslut", "giltighet")  # without them a plan cannot be placed in time
FIRST_KEY = re.compile(r"[^.\[ ]*")  # a list item named by its id: `åtgärder (id: A1)`


@cache
def _schema(kind: str) -> dict[str, Any]:
    schema = validator(kind).schema  # the schema as read and checked once, for validation
    assert isinstance(schema, dict)
    return schema


def section_names(kind: str) -> tuple[str, ...]:
    """The top-level keys the schema of `kind` (trygghetsplan, skola, arshjul) knows."""
    return tuple(_schema(kind).get("properties", {}))


def every_section(kind: str) -> frozenset[str]:
    return frozenset(f"{kind}.{name}" for name in section_names(kind))


@dataclass(frozen=True)
class Sections:
    """What the rules may read in one school: `skipped` sections, one TP029 note for
    each, and the files to build the model from (failed sections set aside)."""

    skipped: frozenset[str]
    notes: tuple[Problem, ...]
    sources: SchoolSources


def _note(file: str, line: int, column: int, message: str, what: str = "avsnittet") -> Problem:
    hint = f"rätta felen i {what} och kör trygg check igen"
    return codes.problem("TP029", Location(file, line, column), message, hint=hint)


def failed_keys(document: Document, problems: Iterable[Problem]) -> frozenset[str] | None:
    """The top-level keys of `document` that the errors among `problems` are about; None
    when an error is about the whole file (or it is not a mapping at all)."""
    if not isinstance(document.data, dict):
        return None
    failed: set[str] = set()
    for problem in problems:
        if problem.severity is not Severity.ERROR or problem.location.file != document.display:
            continue
        first = FIRST_KEY.match(problem.field)
        if first is None or not first.group():
            return None
        failed.add(first.group())
    return frozenset(failed)


def _failed(document: Document, errors: list[Problem], kind: str) -> list[str] | None:
    """The document's failed sections in file order; None when the whole file failed."""
    failed = failed_keys(document, errors)
    if failed is None:
        return None
    return [name for name in section_names(kind) if name in failed]


class _Sorter:
    """Goes through one school's files once and collects what `school_sections` gives."""

    def __init__(self, school: SchoolSources, problems: Iterable[Problem]) -> None:
        self.errors: dict[str, list[Problem]] = {}
        for problem in problems:
            if problem.severity is Severity.ERROR:
                self.errors.setdefault(problem.location.file, []).append(problem)
        self.school = school
        self.skipped: set[str] = set()
        self.notes: list[Problem] = []

    def whole(self, file: str, kind: str) -> None:
        self.skipped |= every_section(kind)
        if kind == PLAN:
            message = "reglerna för planerna kördes inte, eftersom filen har fel"
        else:
            message = "reglerna för filen kördes inte, eftersom den har fel"
        self.notes.append(_note(file, 1, 1, message, "filen"))

    def document(self, document: Document | None, file: str, kind: str) -> Document | None:
        """`document` with its failed sections set aside; None when it cannot be used."""
        if document is None:
            self.whole(file, kind)
            return None
        failed = _failed(document, self.errors.get(document.display, []), kind)
        if failed is None:
            self.whole(document.display, kind)
            return None
        if not failed:
            return document
        for name in failed:
            self.skipped.add(f"{kind}.{name}")
            self.notes.append(self._section_note(document, name, kind))
        if kind == PLAN and any(name in PLACING for name in failed):
            self.skipped |= every_section(PLAN)
        if any(n not in STAND_INS[kind] and n in _schema(kind)["required"] for n in failed):
            self.skipped |= every_section(kind)
            return None
        return _set_aside(document, failed, kind)

    def _section_note(self, document: Document, name: str, kind: str) -> Problem:
        line, column = _key(document, name)
        if kind == PLAN and name in PLACING:
            message = (
                f"reglerna för planerna kördes inte, eftersom '{name}' har fel och planen "
                "då inte kan placeras i tiden"
            )
        else:
            message = f"reglerna för '{name}' kördes inte, eftersom avsnittet har fel"
        return _note(document.display, line, column, message)

    def plans(self) -> Iterator[tuple[str, Document]]:
        loaded = {document.display for _period, document in self.school.plans}
        folder = f"{self.school.display}/trygghetsplan/"
        for file in sorted(f for f in self.errors if f.startswith(folder) and f not in loaded):
            if file in self.school.unreadable_drafts:  # not among the plans: the others' rules run
                message = "reglerna för utkastet kördes inte, eftersom filen har fel"
                self.notes.append(_note(file, 1, 1, message, "filen"))
            else:
                self.whole(file, PLAN)  # a plan file that could not be read, or is misnamed
        for period, document in self.school.plans:
            if (kept := self.document(document, document.display, PLAN)) is not None:
                yield period, kept


def _stand_in(school: SchoolSources, name: str, kind: str) -> Document:
    """An empty file of `kind`, for a school whose own could not be read."""
    data = dict(STAND_INS[kind])
    return Document(Path(school.directory, name), f"{school.display}/{name}", data, None)


def school_sections(school: SchoolSources, problems: Iterable[Problem]) -> Sections:
    """The sections of `school`'s files that have errors among `problems`, and its files
    with them set aside. Pages with errors are left out of the model too."""
    sorter = _Sorter(school, problems)
    school_file = sorter.document(school.school, f"{school.display}/skola.yml", SCHOOL)
    cycle = sorter.document(school.annual_cycle, f"{school.display}/arshjul.yml", CYCLE)
    plans = tuple(sorter.plans())
    pages = tuple(p for p in school.pages if p.front.display not in sorter.errors)
    reports = tuple(r for r in school.reports if r.document.display not in sorter.errors)
    kept = dataclasses.replace(
        school,
        school=school_file or _stand_in(school, "skola.yml", SCHOOL),
        annual_cycle=cycle or _stand_in(school, "arshjul.yml", CYCLE),
        plans=plans,
        pages=pages,
        reports=reports,
    )
    return Sections(frozenset(sorter.skipped), tuple(sorter.notes), kept)


def _set_aside(document: Document, failed: list[str], kind: str) -> Document:
    data = {k: v for k, v in document.data.items() if k not in failed}
    data.update({k: v for k, v in STAND_INS[kind].items() if k in failed})
    return dataclasses.replace(document, data=data)


@dataclass(frozen=True)
class OrganiserSections:
    """huvudman.yml for the rules: `document` with its failed sections set aside (None
    when no rule can run: the file or its regelprofil failed), and what `Sections` has."""

    document: Document | None
    skipped: frozenset[str]
    notes: tuple[Problem, ...]


def organiser_sections(
    document: Document | None, file: str, problems: list[Problem]
) -> OrganiserSections:
    """The failed sections of huvudman.yml, with a TP029 for each. Without its regelprofil
    (also one that may be misspelt as an unknown key) no rule knows its severity, so then
    none runs."""
    errors = [p for p in problems if p.severity is Severity.ERROR and p.location.file == file]
    keys = None if document is None else failed_keys(document, errors)
    if document is None or keys is None:
        message = "inga regler om innehållet kördes, eftersom filen har fel"
        return OrganiserSections(None, frozenset(), (_note(file, 1, 1, message, "filen"),))
    known = section_names(ORGANISER)
    blocking = sorted(k for k in keys if k == "regelprofil" or k not in known)
    if blocking:
        message = f"inga regler om innehållet kördes, eftersom '{blocking[0]}' har fel"
        note = _note(file, *_key(document, blocking[0]), message)
        return OrganiserSections(None, frozenset(), (note,))
    failed = [name for name in known if name in keys]
    message = "reglerna för '{}' kördes inte, eftersom avsnittet har fel"
    notes = tuple(_note(file, *_key(document, n), message.format(n)) for n in failed)
    skipped = frozenset(f"{ORGANISER}.{name}" for name in failed)
    return OrganiserSections(_set_aside(document, failed, ORGANISER), skipped, notes)


def _key(document: Document, name: str) -> tuple[int, int]:
    """Where the top-level key `name` is written, or the file's start when it is missing."""
    return document.locate_key((name,)) if name in document.data else (1, 1)
