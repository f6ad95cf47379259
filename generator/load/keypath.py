"""The keys that lead to a line of a YAML file, read from its indentation alone.

For a file YAML could not read there is no tree to ask which field a line is in; its
lines still say, as an author reads them: a key is in the mapping of the nearest line
above that is indented less and ends in a key with nothing after it (`åtgärder:`), and a
list item (`- id: B2`) in that of the key above its dash. List items are passed over:
what a field is, the schema says the same for every item of a list.
"""

from __future__ import annotations

import re

# `key:` (after any list dashes), and whether a value follows it on the line.
KEY = re.compile(
    r"^(?P<indent> *)(?P<dashes>(?:-[ ]+)*)(?P<key>[^\s#'\"{}\[\],:&*!|>%@`?-][^:#]*?):"
    r"(?:[ \t]+(?P<value>[^#\s].*)?|$)"
)


def key_path(lines: list[str], line: int) -> tuple[str, ...]:
    """The keys from the file's top to the key on the 1-based `line`
    (`("åtgärder", "ansvarig")`); () when the line holds no key or the lines above do not
    nest as YAML's must."""
    found = KEY.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if found is None:
        return ()
    keys = [found["key"].strip()]
    in_item = bool(found["dashes"])  # the key is in a list item: its dash starts it
    column = len(found["indent"]) if in_item else _key_column(found)
    for text in reversed(lines[: line - 1]):
        above = KEY.match(text)
        if above is None or not text.strip():
            continue  # a list item's text, a comment, a line of a block text
        at, dash = _key_column(above), len(above["indent"])
        if at < column or (in_item and at == column):  # the key whose value holds it
            if above["value"] is not None:
                return ()  # a key with its value indented less: no parent YAML would see
            keys.insert(0, above["key"].strip())
            in_item = bool(above["dashes"])
            column = dash if in_item else at
        elif above["dashes"] and dash < column:  # the list item that holds it
            column, in_item = dash, True
    return tuple(keys)


def _key_column(found: re.Match[str]) -> int:
    return len(found["indent"]) + len(found["dashes"])
