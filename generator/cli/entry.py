"""The `trygg` console script: Ctrl-C while the command is still loading ends it with
one Swedish line and exit code 130, as it does later, not with Python's traceback."""

from __future__ import annotations

import os
import sys

INTERRUPTED = "trygg: avbrutet. Tidigare utdata är orörd.\n"
EXIT_INTERRUPTED = 130  # as `cli.exits`, which is not loaded yet when this runs


def main() -> None:
    try:
        from generator.cli.main import main as run  # noqa: PLC0415 (the whole command)
    except KeyboardInterrupt:
        sys.stderr.write(INTERRUPTED)
        os._exit(EXIT_INTERRUPTED)
    run()
