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

This module sorts a school's files; huvudman.yml's sections are
`validate.organisersections`', and what both use is in `validate.sectionkeys`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.load.document import Document
from generator.load.sources import SchoolSources
from generator.problems import Problem, Severity
from generator.validate.sectionkeys import (
    every_section,
    failed_sections,
    key_place,
    schema_of,
    sections_note,
    set_aside,
    skipped_note,
)
from generator.validate.standins import CYCLE, PLAN, SCHOOL, STAND_INS

PLACING = ("beslut", "giltighet")  # without them a plan cannot be placed in time


@dataclass(frozen=True)
class Sections:
    """What the rules may read in one school: `skipped` sections, one TP029 note for
    each, and the files to build the model from (failed sections set aside)."""

    skipped: frozenset[str]
    notes: tuple[Problem, ...]
    sources: SchoolSources


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
        name = file.rsplit("/", 1)[-1]
        if not Path(self.school.directory, name).exists() and kind != PLAN:
            return  # TP038 says it is missing (or misnamed): a note would only repeat it
        if kind == PLAN:
            message = "filen har fel, så de andra kontrollerna av skolans planer har inte gjorts"
        else:
            message = "filen har fel, så de andra kontrollerna av den har inte gjorts"
        self.notes.append(skipped_note(file, 1, 1, message))

    def document(self, document: Document | None, file: str, kind: str) -> Document | None:
        """`document` with its failed sections set aside; None when it cannot be used."""
        if document is None:
            self.whole(file, kind)
            return None
        errors = self.errors.get(document.display, [])
        failed = failed_sections(document, errors, kind)
        if failed is None:
            self.whole(document.display, kind)
            return None
        if not failed:
            return document
        self.skipped |= {f"{kind}.{name}" for name in failed}
        placing = [name for name in PLACING if name in failed] if kind == PLAN else []
        if placing:
            self.skipped |= every_section(PLAN)
            self.notes.append(_unplaced(document, placing[0], errors))
        else:
            self.notes.append(sections_note(document, failed, errors))
        if any(n not in STAND_INS[kind] and n in schema_of(kind)["required"] for n in failed):
            self.skipped |= every_section(kind)
            return None
        return set_aside(document, failed, kind)

    def plans(self) -> Iterator[tuple[str, Document]]:
        loaded = {document.display for _period, document in self.school.plans}
        folder = f"{self.school.display}/trygghetsplan/"
        for file in sorted(f for f in self.errors if f.startswith(folder) and f not in loaded):
            if file in self.school.unreadable_drafts:  # not among the plans: the others' rules run
                message = "utkastet har fel, så de andra kontrollerna av det har inte gjorts"
                self.notes.append(skipped_note(file, 1, 1, message))
            else:
                self.whole(file, PLAN)  # a plan file that could not be read, or is misnamed
        for period, document in self.school.plans:
            if (kept := self.document(document, document.display, PLAN)) is not None:
                yield period, kept


# Why a plan whose `giltighet` or `beslut` has an error cannot be checked as a plan.
_UNPLACED = {
    "giltighet": "trygg vet inte vilka dagar planen gäller",
    "beslut": "trygg vet inte om och när planen är beslutad",
}


def _unplaced(document: Document, name: str, errors: list[Problem]) -> Problem:
    message = (
        f"'{name}' har fel, så {_UNPLACED[name]}, och de andra kontrollerna av skolans "
        "planer har inte gjorts"
    )
    return skipped_note(document.display, *key_place(document, name, errors), message)


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
