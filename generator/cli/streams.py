"""The command's output when its reader has gone (`trygg build | head -1`).

What is left to write goes nowhere, and the command goes on and ends as it would have:
its messages on the other stream are still written, and its exit code is its own (a
school withheld is still exit 1, never 0 because the reader stopped reading).
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any, TextIO


class ForgivingStream:
    """A text stream whose writes never fail because its reader has gone."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._gone()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._gone()

    def _gone(self) -> None:
        """Point the stream's file at /dev/null: what it still holds is flushed there."""
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def forgive_gone_readers() -> None:
    """Make the command's stdout and stderr `ForgivingStream`s."""
    sys.stdout = ForgivingStream(sys.stdout)
    sys.stderr = ForgivingStream(sys.stderr)
