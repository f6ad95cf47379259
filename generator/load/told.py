"""Where a YAML mistake is and what to say of it, as the readers of one kind of mistake
give it (`load.indentation`, `load.flowclose`, `load.keyless`) to `load.yamlerrors`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Told:
    """The 1-based line and column to point at, and what to say."""

    line: int
    column: int
    detail: str
    hint: str


def spaces_changed(indent: int, wanted: int) -> str:
    """How many spaces to add to or remove from a line indented `indent` spaces for it to
    start with `wanted`, counted from what is there: "lägg till 2 mellanslag"."""
    if wanted >= indent:
        return f"lägg till {wanted - indent} mellanslag"
    return f"ta bort {indent - wanted} mellanslag"
