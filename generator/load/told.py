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
