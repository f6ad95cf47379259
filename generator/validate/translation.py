"""A problem in the schema's terms, as the author reads it: the code, the field, the message
and how to fix it; and the author's value as a message shows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.personal_data import has_personal_number
from generator.validate.typehints import as_yaml


@dataclass(frozen=True)
class Translation:
    code: str
    field: tuple[str | int, ...]  # data path of the offending value (or missing key)
    message: str
    hint: str
    at_key: bool = False  # point at the key rather than its value
    text_key: bool = False  # the key is author text: the field shown stops at its object
    place: tuple[str | int, ...] | None = None  # where it is written, when not at `field`


def quoted(value: Any) -> str:
    """The author's value, quoted and cut short; never a personnummer, which would be kept
    in every CI log the message reaches (TP401 reports it, without the number)."""
    text = as_yaml(value)
    if has_personal_number(text):
        return "värdet (visas inte, eftersom det innehåller ett personnummer)"
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"
