"""Each school's model, in whichever form it is at hand: built, or as JSON text.

A school checked in this process has its model built; one checked by a worker, or
taken from the cache, has it as JSON (`model.codec`). Most runs need few models (a
build makes only the sites that changed), so text is decoded, and a model encoded,
only when asked for, and at most once.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.model import School
from generator.model.codec import Undecodable, dumps, loads

Reader = Callable[[str], str]  # school id -> its model as JSON, "" if there is none


class Models:
    def __init__(self, read: Reader | None = None) -> None:
        self._built: dict[str, School] = {}
        self._text: dict[str, str] = {}
        self._read = read

    def add(self, school_id: str, school: School | None = None, text: str = "") -> None:
        if school is not None:
            self._built[school_id] = school
        if text:
            self._text[school_id] = text

    def school(self, school_id: str) -> School | None:
        """The school's model; None if it has none (its files have errors)."""
        if school_id not in self._built:
            text = self.text(school_id)
            try:
                self._built[school_id] = loads(School, text)
            except Undecodable:
                return None
        return self._built[school_id]

    def text(self, school_id: str) -> str:
        """The school's model as JSON; "" if it has none."""
        if school_id not in self._text:
            if school_id in self._built:
                self._text[school_id] = dumps(self._built[school_id])
            elif self._read is not None:
                self._text[school_id] = self._read(school_id)
            else:
                return ""
        return self._text[school_id]
