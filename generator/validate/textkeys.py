"""How to quote a text that a comma in { } split into keys, for TP014's hint.

`{när: 2026-11-13, hur: Samtal med klassråden i åk 4, och avstämning}` is the mapping
`hur: Samtal med klassråden i åk 4` plus a key `och avstämning` with no value: each
piece after a comma becomes a key of its own. The hint puts the pieces back together,
from the value of the key written before them on the same line to the end of the last,
and says how to write them as one text under that key: one problem for the text, at its
first piece, however many commas it has.
"""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode

from generator.load.document import DataPath, Document
from generator.load.quoting import quoting_hint


@dataclass(frozen=True)
class SplitText:
    hint: str  # `sätt hela texten inom raka citattecken: hur: "…"`
    first: bool  # the text's first piece, where its problem is told


def split_text(document: Document, path: DataPath) -> SplitText | None:
    """The text that the text key at `path` is a piece of, or None where it is no piece of
    a text split on its own line."""
    parent = document.node_at(path[:-1])
    if not isinstance(parent, MappingNode) or not document.text:
        return None
    pairs: list[tuple[Node, Node]] = parent.value
    index = next((i for i, (key, _) in enumerate(pairs) if key.value == path[-1]), None)
    if index is None or not _piece(pairs[index]):
        return None
    first, last = index, index
    while first > 0 and _piece(pairs[first - 1]):
        first -= 1
    while last + 1 < len(pairs) and _piece(pairs[last + 1]):
        last += 1
    if first == 0:
        return None
    key, value = pairs[first - 1]
    if not isinstance(value, ScalarNode) or value.end_mark.line != pairs[first][0].start_mark.line:
        return None  # a key on a line of its own, not the rest of the text before it
    written = document.text[value.start_mark.index : pairs[last][0].end_mark.index]
    hint = quoting_hint(str(key.value), " ".join(written.split()))
    return SplitText(hint, first == index)


def _piece(pair: tuple[Node, Node]) -> bool:
    """Whether a key and its value are a piece of a split text: words, and no value."""
    key, value = pair
    return (
        isinstance(key, ScalarNode)
        and " " in str(key.value).strip()
        and isinstance(value, ScalarNode)
        and value.value == ""
    )
