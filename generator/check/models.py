"""What a build needs of each school besides its check result: its model and its
student pages, in whichever form each is at hand: built, or as JSON text.

A school checked in this process has both built; one checked by a worker, or taken
from the cache, has them as JSON (`model.codec`). Most runs need few of them (a build
makes only the sites that changed), so text is decoded, and a value encoded, only
when asked for, and at most once. Both exist exactly when the school's files have no
error: the student pages are rendered from the model.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from generator.model import School
from generator.model.codec import Undecodable, dumps, loads
from generator.render.files import GeneratedFile

T = TypeVar("T")
Reader = Callable[[str], str]  # school id -> the value as JSON, "" if there is none
StudentPages = tuple[GeneratedFile, ...]  # the published student pages, as the check measured


class Kept(Generic[T]):
    """Values of one kind by school id, built or as JSON text."""

    def __init__(self, kind: Any, read: Reader | None = None) -> None:
        self._kind = kind
        self._built: dict[str, T] = {}
        self._text: dict[str, str] = {}
        self._read = read

    def add(self, school_id: str, value: T | None = None, text: str = "") -> None:
        if value is not None:
            self._built[school_id] = value
        if text:
            self._text[school_id] = text

    def value(self, school_id: str) -> T | None:
        """The school's value; None if it has none."""
        if school_id not in self._built:
            try:
                self._built[school_id] = loads(self._kind, self.text(school_id))
            except Undecodable:
                return None
        return self._built[school_id]

    def text(self, school_id: str) -> str:
        """The school's value as JSON; "" if it has none."""
        if school_id not in self._text:
            if school_id in self._built:
                self._text[school_id] = dumps(self._built[school_id])
            elif self._read is not None:
                self._text[school_id] = self._read(school_id)
            else:
                return ""
        return self._text[school_id]


class Models:
    """Each school's model and student pages (`Kept`)."""

    def __init__(self, read: Reader | None = None, read_pages: Reader | None = None) -> None:
        self.schools: Kept[School] = Kept(School, read)
        self.pages: Kept[StudentPages] = Kept(StudentPages, read_pages)

    def add(
        self,
        school_id: str,
        school: School | None = None,
        text: str = "",
        pages: StudentPages | None = None,
        pages_text: str = "",
    ) -> None:
        self.schools.add(school_id, school, text)
        self.pages.add(school_id, pages, pages_text)

    def school(self, school_id: str) -> School | None:
        """The school's model; None if it has none (its files have errors)."""
        return self.schools.value(school_id)

    def text(self, school_id: str) -> str:
        """The school's model as JSON; "" if it has none."""
        return self.schools.text(school_id)

    def student_pages(self, school_id: str) -> StudentPages | None:
        """The student pages the check rendered and measured; None if it made none."""
        return self.pages.value(school_id)
