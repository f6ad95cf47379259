"""A value wrapped in typographic quotes: `telefon: ”08-465 004 13”`.

Word turns " into ” as the author types, and some keyboards give “ ”, « » or ‘ ’. YAML
reads none of them as quotes: they are part of the value, so a date in them is no date
and a telephone number is published with them. The author is told which quotes they are
and how to write them (TP023, or the schema's own code for a value it refuses).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.load.quoting import TYPOGRAPHIC

DataPath = tuple[str | int, ...]
CLOSING = frozenset(TYPOGRAPHIC.values()) | frozenset("“‘")
SENTENCE_END = ".!?…"


def wrapping(value: object) -> str | None:
    """The quote a text value starts with, when the whole value is wrapped in quotes that
    YAML takes for letters; None otherwise."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) < 3 or text[0] not in TYPOGRAPHIC or text[-1] not in CLOSING:
        return None
    return text[0]


def hint(opening: str) -> str:
    return f'byt {opening} mot raka citattecken " eller ta bort dem'


def reads_as_quotation(value: str) -> bool:
    """A sentence in quotes may be a quotation the author wants shown (a pupil's words);
    a name, number, date or address in quotes never is."""
    inner = value.strip()[1:-1].strip()
    return " " in inner and inner[-1:] in SENTENCE_END


def strings(data: Any, path: DataPath = ()) -> Iterator[tuple[DataPath, str]]:
    """Every text value in `data`, with its data path."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from strings(value, (*path, index))
