"""A process that gets MkDocs ready while `trygg build` reads and checks the content.

Most builds after the first have one site to build: someone fixed a typo. Building it
in a fresh process means importing MkDocs and loading the configuration (plugins,
Markdown extensions, Material's emoji index) before the first page, a third of a
second. So on Linux, when there is a cache to build from, `trygg build` forks this
process first thing, before it imports the check; the process does all that while
the build fingerprints and checks the content, then builds the one site it is sent.
When there is nothing or more than one site to build, it is ended unused.

It looks like an executor with room for one job: `submit(function, *args)`, then
`result()` returns, or raises what the function raised.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
import sys
import threading
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any


def can_fork() -> bool:
    """Whether this process can fork safely: Linux, and no other thread running."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def standby_for(config_file: Path, cache_dir: Path | None, jobs: int) -> Standby | None:
    """A standby process, when one may help: more than one job, and an earlier build."""
    if jobs > 1 and cache_dir is not None and (cache_dir / "bygge.json").is_file() and can_fork():
        return Standby(config_file, cache_dir)
    return None


class Standby:
    """One forked process, ready to run one function (usually: build one site)."""

    def __init__(self, config_file: Path, cache_dir: Path | None = None) -> None:
        context = get_context("fork")
        self.connection, theirs = context.Pipe()
        arguments = (theirs, config_file, cache_dir)
        self.process = context.Process(target=_stand_by, args=arguments, daemon=True)
        self.process.start()
        theirs.close()
        self.busy = False

    def submit(self, function: Callable[..., None], /, *args: Any) -> Standby:
        assert not self.busy, "a standby process takes one job"
        self.connection.send((function, args))
        self.busy = True
        return self

    def result(self) -> None:
        outcome = self.connection.recv()
        self.busy = False
        if isinstance(outcome, BaseException):
            raise outcome

    def close(self) -> None:
        """End the process, at once if it still waits or gets ready."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.connection.close()


def _stand_by(connection: Connection, config_file: Path, cache_dir: Path | None) -> None:
    from generator.build.jobs import MKDOCS_CACHE, quiet_mkdocs  # noqa: PLC0415
    from generator.site.build import speedups, warm_up  # noqa: PLC0415 (import here, not there)

    gc.enable()  # the command runs without the collector; a site build makes cycles
    quiet_mkdocs()
    disk = cache_dir / MKDOCS_CACHE if cache_dir else None  # the compiled templates
    with contextlib.suppress(Exception), speedups(None, disk):  # errors show in the build
        warm_up(config_file)
    try:
        function, args = connection.recv()
    except EOFError:  # not needed after all
        return
    try:
        function(*args)
        connection.send(None)
    except Exception as error:  # sent back to be raised in the build
        connection.send(_picklable(error))


def _picklable(error: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(error))  # our own object, made just now
    except Exception:  # not every exception survives pickling; its text does
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
