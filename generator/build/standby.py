"""A process that gets MkDocs ready while `trygg build` reads and checks the content.

Most builds after the first have one site to build: someone fixed a typo. Building it
in a fresh process means importing MkDocs and loading the configuration (plugins,
Markdown extensions, Material's emoji index) before the first page, a third of a
second. So on Linux, when there is a cache to build from, `trygg build` forks this
process first thing, before it imports the check; the process does all that while
the build fingerprints and checks the content, then builds the one site it is sent.
When there is nothing or more than one site to build, it is ended unused.

It looks like an executor with room for one job: `submit(build_school, job, setup)`,
then `result()` returns what `build.jobs.build_school` returned. Only text crosses
between the two processes.
"""

from __future__ import annotations

import contextlib
import gc
import signal
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path

from generator.check.forking import can_fork


def standby_for(config_file: Path, cache_dir: Path | None, jobs: int) -> Standby | None:
    """A standby process, when one may help: more than one job, and an earlier build."""
    if jobs > 1 and cache_dir is not None and (cache_dir / "bygge.json").is_file() and can_fork():
        return Standby(config_file, cache_dir)
    return None


class Standby:
    """One forked process, ready to build one school's site."""

    def __init__(self, config_file: Path, cache_dir: Path | None = None) -> None:
        context = get_context("fork")
        self.connection, theirs = context.Pipe()
        arguments = (theirs, config_file, cache_dir)
        self.process = context.Process(target=_stand_by, args=arguments, daemon=True)
        self.process.start()
        theirs.close()
        self.busy = False

    def submit(self, function: Callable[[str, str], str], job: str, setup: str) -> Standby:
        """Send the job; `function` must be `build.jobs.build_school`, which it runs."""
        assert not self.busy, "a standby process takes one job"
        self.connection.send_bytes(f"{job}\0{setup}".encode())
        self.busy = True
        return self

    def result(self) -> str:
        """ "" when the site was built, else why not."""
        outcome = self.connection.recv_bytes().decode()
        self.busy = False
        return outcome

    def close(self) -> None:
        """End the process, at once if it still waits or gets ready."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.connection.close()


def _stand_by(connection: Connection, config_file: Path, cache_dir: Path | None) -> None:
    from generator.build.jobs import MKDOCS_CACHE, build_school  # noqa: PLC0415 (here, not there)
    from generator.site.build import quiet_mkdocs, speeding_up, warm_up  # noqa: PLC0415

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build says "avbrutet" once, for all
    gc.enable()  # the command runs without the collector; a site build makes cycles
    quiet_mkdocs()
    disk = str(cache_dir / MKDOCS_CACHE) if cache_dir else ""  # the compiled templates
    with contextlib.suppress(Exception), speeding_up(None, False, disk, ""):
        warm_up(config_file)  # errors show in the build
    try:
        job, _, setup = connection.recv_bytes().decode().partition("\0")
    except EOFError:  # not needed after all
        return
    connection.send_bytes(build_school(job, setup).encode())
