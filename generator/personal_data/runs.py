"""Where each character of a text read otherwise came from in the written text.

A reader's text (`readable.as_seen`, `names_seen.as_read`) keeps, for each of its
characters, the index in the written text it came from, so that a finding points at
the file's line and column: kept as runs, and through a further reading's runs.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import overload


class Runs(Sequence[int]):
    """The index in the written text of each character of the readable one, kept as runs
    (a stretch of text read as written, or the characters one reference gives), not as
    one number per character: a page has tens of thousands of characters."""

    def __init__(self) -> None:
        self._starts: list[int] = []  # where each run starts in the readable text
        self._origins: list[int] = []  # and in the written text
        self._steps: list[int] = []  # 1: character by character; 0: all from one place
        self._length = 0

    def run(self, origin: int, length: int, step: int = 1) -> None:
        if length > 0:
            self._starts.append(self._length)
            self._origins.append(origin)
            self._steps.append(step)
            self._length += length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        run = bisect.bisect_right(self._starts, index) - 1
        return self._origins[run] + (index - self._starts[run]) * self._steps[run]


class Through(Sequence[int]):
    """Indices looked up through two maps: `first`'s values are indices into `then`."""

    def __init__(self, first: Sequence[int], then: Sequence[int]) -> None:
        self._first = first
        self._then = then

    def __len__(self) -> int:
        return len(self._first)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._then[self._first[index]]
