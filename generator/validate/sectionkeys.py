"""The sections of a content file (its top-level keys, as its schema names them) and
which of them have errors; the file with those set aside, and the TP029 note that says
their rules did not run (`validate.sections` puts these together)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from generator import codes
from generator.load.document import Document
from generator.problems import Location, Problem, Severity
from generator.text import listing
from generator.validate.schemas import validator
from generator.validate.standins import STAND_INS

FIRST_KEY = re.compile(r"[^.\[ ]*")  # a list item named by its id: `åtgärder (id: A1)`


@cache
def schema_of(kind: str) -> dict[str, Any]:
    schema = validator(kind).schema  # the schema as read and checked once, for validation
    assert isinstance(schema, dict)
    return schema


def section_names(kind: str) -> tuple[str, ...]:
    """The top-level keys the schema of `kind` (trygghetsplan, skola, arshjul) knows."""
    return tuple(schema_of(kind).get("properties", {}))


def every_section(kind: str) -> frozenset[str]:
    return frozenset(f"{kind}.{name}" for name in section_names(kind))


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


def failed_sections(document: Document, errors: list[Problem], kind: str) -> list[str] | None:
    """The document's failed sections in file order; None when the whole file failed."""
    failed = failed_keys(document, errors)
    if failed is None:
        return None
    return [name for name in section_names(kind) if name in failed]


def key_place(document: Document, name: str, errors: Iterable[Problem] = ()) -> tuple[int, int]:
    """Where the top-level key `name` is written; when it is missing, where the first of
    `errors` about it is (a misspelt key), else the file's start."""
    if name in document.data:
        return document.locate_key((name,))
    for problem in errors:
        first = FIRST_KEY.match(problem.field)
        if first is not None and first.group() == name and problem.location.line:
            return problem.location.line, problem.location.column or 1
    return 1, 1


def set_aside(document: Document, failed: list[str], kind: str) -> Document:
    """`document` with its `failed` sections replaced by their stand-ins."""
    data = {k: v for k, v in document.data.items() if k not in failed}
    data.update({k: v for k, v in STAND_INS[kind].items() if k in failed})
    return dataclasses.replace(document, data=data)


REST = "rätta felen, så görs resten av kontrollerna (fler problem kan komma fram då)"


def skipped_note(file: str, line: int, column: int, message: str) -> Problem:
    """TP029: what trygg did not check because of an error in a file that is there (of a
    missing one TP038 tells). One a file at most: the rest of its checks wait for its errors."""
    return codes.problem("TP029", Location(file, line, column), message, hint=REST)


def sections_note(document: Document, failed: list[str], errors: Iterable[Problem]) -> Problem:
    """The one TP029 of a file whose `failed` sections wait for their errors to be
    fixed, at the first of them."""
    named = listing(f"'{name}'" for name in failed)
    message = (
        f"avsnittet {named} har fel, så de andra kontrollerna av det har inte gjorts"
        if len(failed) == 1
        else f"avsnitten {named} har fel, så de andra kontrollerna av dem har inte gjorts"
    )
    return skipped_note(document.display, *key_place(document, failed[0], errors), message)
