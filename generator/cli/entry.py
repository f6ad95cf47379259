"""The `trygg` console script: Ctrl-C (or a CI's SIGTERM) while the command is still
loading ends it with one Swedish line and exit code 130, as it does later, not with
Python's traceback or a death by the signal."""

from __future__ import annotations

import os
import signal
import sys

INTERRUPTED = "trygg: avbrutet. Tidigare utdata är orörd.\n"
EXIT_INTERRUPTED = 130  # as `cli.exits`, which is not loaded yet when this runs


def _interrupted(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt  # (the command installs its own handler once loaded)


def main() -> None:
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        from generator.cli.main import main as run  # noqa: PLC0415 (the whole command)
    except KeyboardInterrupt:
        sys.stderr.write(INTERRUPTED)
        os._exit(EXIT_INTERRUPTED)
    run()
