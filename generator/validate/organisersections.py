"""Which sections of huvudman.yml have errors, for the rules: without its regelprofil no
rule knows its severity, so then none runs (`validate.sections` does a school's files)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.load.document import Document
from generator.problems import Problem, Severity
from generator.validate.sectionkeys import (
    failed_keys,
    key_place,
    section_names,
    sections_note,
    set_aside,
    skipped_note,
)
from generator.validate.standins import ORGANISER


@dataclass(frozen=True)
class OrganiserSections:
    """huvudman.yml for the rules: `document` with its failed sections set aside (None
    when no rule can run: the file or its regelprofil failed), and what `Sections` has."""

    document: Document | None
    skipped: frozenset[str]
    notes: tuple[Problem, ...]


def organiser_sections(
    document: Document | None, file: str, problems: list[Problem], *, present: bool = True
) -> OrganiserSections:
    """The failed sections of huvudman.yml, with a TP029 for each. Without its regelprofil
    (also one that may be misspelt as an unknown key) no rule knows its severity, so then
    none runs. A file not `present` gets no note: TP038 says it is missing (or misnamed)."""
    errors = [p for p in problems if p.severity is Severity.ERROR and p.location.file == file]
    if document is None and not present:
        return OrganiserSections(None, frozenset(), ())
    keys = None if document is None else failed_keys(document, errors)
    if document is None or keys is None:
        message = "filen har fel, så inga kontroller av innehållet har gjorts"
        return OrganiserSections(None, frozenset(), (skipped_note(file, 1, 1, message),))
    known = section_names(ORGANISER)
    blocking = sorted(k for k in keys if k == "regelprofil" or k not in known)
    if blocking:
        message = f"'{blocking[0]}' har fel, så inga kontroller av innehållet har gjorts"
        note = skipped_note(file, *key_place(document, blocking[0], errors), message)
        return OrganiserSections(None, frozenset(), (note,))
    failed = [name for name in known if name in keys]
    notes = (sections_note(document, failed, errors),) if failed else ()
    skipped = frozenset(f"{ORGANISER}.{name}" for name in failed)
    return OrganiserSections(set_aside(document, failed, ORGANISER), skipped, notes)
