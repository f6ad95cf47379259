"""What every part of the model builder shares: a content value's place in its file, and
a date as the schemas have checked it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.load.document import Document
from generator.problems import Location

Data = dict[str, Any]


def date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def at(document: Document, *path: str | int) -> Location:
    line, column = document.locate(path)
    return Location(document.display, line, column)
