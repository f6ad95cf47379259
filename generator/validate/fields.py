"""How a problem names the value it is about: `åtgärder (id: rastvakter).ansvarig`.

An author finds an åtgärd by its id or its title, not by counting to the seventh item
of a list, so a list item that has an `id` is named by it. Not by its `titel`: a
field's name reaches the portal's granskning also for a plan that is withheld because
its text may name a pupil (TP404), and a title is free text. Without
the document's data, or for an item without an id, the position counts from 1 as
authors count: `åtgärder[2].ansvarig`.
"""

from __future__ import annotations

from typing import Any

from generator.personal_data import has_personal_number
from generator.text import SHOWN, excerpt

NAMING_KEYS = ("id",)  # an id is a short code that the published plan shows anyway
# An id in a field's name is a label that starts each message about the item, not a
# quotation: half of what a message quotes (`text.SHOWN`) keeps the message's start short.
ID_SHOWN = SHOWN // 2


def format_field(path: tuple[str | int, ...], data: Any = None) -> str:
    """The field at `path` of `data` (the document's data, where there is one)."""
    text = ""
    for step in path:
        if isinstance(step, str):
            text += f".{step}" if text else step
            data = data.get(step) if isinstance(data, dict) else None
            continue
        item = data[step] if isinstance(data, list) and 0 <= step < len(data) else None
        named = _name(item)
        text += f" ({named})" if named else f"[{step + 1}]"
        data = item
    return text


def _name(item: Any) -> str:
    """`id: rastvakter` for a list item with a usable id (else title); "" for none."""
    if not isinstance(item, dict):
        return ""
    for key in NAMING_KEYS:
        value = item.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int):
            continue
        written = " ".join(str(value).split())
        if not written or has_personal_number(written):  # CI logs keep every message
            continue
        return f"{key}: {excerpt(written, ID_SHOWN)}"
    return ""
