"""A problem at a value of a document, found by its path of keys and indexes."""

from __future__ import annotations

from generator import codes
from generator.load.document import Document
from generator.problems import Location, Problem
from generator.validate.fields import format_field

Path_ = tuple[str | int, ...]


def problem_at(document: Document, path: Path_, code: str, message: str, hint: str) -> Problem:
    line, column = document.locate(path)
    location = Location(document.display, line, column)
    return codes.problem(
        code, location, message, field=format_field(path, document.data), hint=hint
    )
