"""What a school's check keeps of skola.yml as written, read without the model: the name
and the skolformer and årskurser a school whose files have errors is still listed by."""

from __future__ import annotations

from typing import TypedDict

from generator.load.sources import SchoolSources


class Written(TypedDict):
    """The fields of `check.school.SchoolCheck` that skola.yml gives as written."""

    name: str
    written_forms: tuple[str, ...]
    written_grades: str


def written(sources: SchoolSources) -> Written:
    forms, grades = sources.written_forms
    return Written(name=sources.written_name, written_forms=forms, written_grades=grades)
