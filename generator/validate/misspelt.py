"""A misspelt key: an unknown key that is closest to a key its own mapping lacks.

`trygghetstem:` in skola.yml is both an unknown key and a missing `trygghetsteam`. The
author needs one message, at the key they wrote ("'trygghetstem' ska stavas
'trygghetsteam'"), not also "lägg till raden trygghetsteam:". The problem is named by the
key meant, so that the rules that read that section wait until it is spelt right (a rule
that asks for the missing section would otherwise give the wrong advice too).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from generator.text import closest

if TYPE_CHECKING:  # only named in annotations
    from jsonschema.exceptions import ValidationError

DataPath = tuple[str | int, ...]
SURE = 0.74  # as close as a slip of the hand: namm/namn, fran/från (0.75), not färg/fråga


def misspellings(errors: Iterable[ValidationError]) -> dict[DataPath, dict[str, str]]:
    """For each mapping (by its data path): unknown key -> the absent key it misspells.
    Each absent key is taken by one unknown key, the first written."""
    found: dict[DataPath, dict[str, str]] = {}
    for error in errors:
        if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
            continue
        schema = error.schema if isinstance(error.schema, dict) else {}
        allowed = [str(k) for k in schema.get("properties", {})]
        taken: dict[str, str] = {}
        for key in (str(k) for k in error.instance if k not in allowed):
            meant = closest(key, allowed) if " " not in key.strip() else None
            if meant is None or meant in error.instance or meant in taken.values():
                continue
            if difflib.SequenceMatcher(None, key, meant).ratio() >= SURE:
                taken[key] = meant
        if taken:
            found[tuple(error.absolute_path)] = taken
    return found
