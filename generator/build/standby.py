"""Processes that get MkDocs ready while `trygg build` reads and checks the content.

Most builds after the first have one site to build: someone fixed a typo, or renamed a
measure, which changes the portal's granskning too. Building them in the command's own
process would mean importing MkDocs and loading the configuration (plugins, Markdown
extensions, Material's emoji index) first, a third of a second before the first page.
So on Linux, when there is a cache to build from, `trygg build` forks this process
first thing, before it imports MkDocs or the check. The process loads the
configuration (and tells the build whether MkDocs accepts it, `config_problem`: the
build asks before it builds anything), gets ready while the build fingerprints and
checks the content, then forks a twin as ready as itself. The process builds the one
school site it is sent; the twin the portal, when its pages changed. The two run side
by side, and the command's process never imports MkDocs. When there is nothing or more
than one site to build, both are ended unused.

It looks like an executor with room for one job: `submit(build_school, job, setup)`,
then `result()` returns what `build.worker.build_school` returned. Only text comes back;
the portal's plan goes to the twin pickled (from this process to its own descendant).
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from generator.check.cachefiles import MANIFEST, inside
from generator.check.forking import can_fork, live_as_helper
from generator.problems import BuildFailed, UnreadableConfig

if TYPE_CHECKING:
    from generator.build.portal import PortalPlan

TWIN_GONE = "portalen kunde inte byggas: processen som byggde den avslutades oväntat"
GONE = "webbplatsen kunde inte byggas: processen som byggde den avslutades oväntat"


def standby_for(config_file: Path, cache_dir: Path | None, jobs: int) -> Standby | None:
    """A standby process, when one may help: more than one job, and an earlier build."""
    if jobs < 2 or cache_dir is None or not can_fork():
        return None
    try:  # the cache is untrusted: a link at its record is removed, never followed
        earlier = inside(cache_dir, MANIFEST).is_file()
    except OSError:
        return None
    return Standby(config_file, cache_dir) if earlier else None


class Standby:
    """One forked process (and its twin), ready to build one school's site (and the portal)."""

    def __init__(self, config_file: Path, cache_dir: Path | None = None) -> None:
        context = get_context("fork")
        self.config_file = config_file
        self.connection, theirs = context.Pipe()
        self.portal_connection, portal_theirs = context.Pipe()
        ours = (self.connection, self.portal_connection)
        arguments = ((theirs, portal_theirs), ours, config_file, cache_dir, os.getpid())
        self.process = context.Process(target=_stand_by, args=arguments, daemon=True)
        self.process.start()
        theirs.close()
        portal_theirs.close()
        self.busy = False
        self.verdict: str | None = None

    def config_problem(self) -> str:
        """Why MkDocs cannot read the configuration, as the process found when it loaded
        it ("" when it can: `site.build.config_problem`); found here if the process is gone."""
        if self.verdict is None:
            try:
                self.verdict = self.connection.recv_bytes().decode()
            except (EOFError, OSError):
                from generator.site.configwords import config_problem  # noqa: PLC0415

                self.verdict = config_problem(self.config_file)
        return self.verdict

    def refuse_unreadable_config(self) -> None:
        """Raise `UnreadableConfig` when MkDocs cannot read the configuration: asked before
        anything is built, and before any worker loads it (its crash would be no message)."""
        if why := self.config_problem():
            raise UnreadableConfig(why)

    def submit(self, function: Callable[[str, str], str], job: str, setup: str) -> Standby:
        """Send the job; `function` must be `build.worker.build_school`, which it runs."""
        assert not self.busy, "a standby process takes one job"
        self.config_problem()  # its answer comes first on the connection
        try:
            self.connection.send_bytes(f"{job}\0{setup}".encode())
        except OSError:  # it was ended (by the system, say) before it took the job
            raise BuildFailed(GONE) from None
        self.busy = True
        return self

    def result(self) -> str:
        """ "" when the site was built, else why not."""
        try:
            outcome = self.connection.recv_bytes().decode()
        except (EOFError, OSError):  # ended while it built: the school is withheld
            outcome = GONE
        self.busy = False
        return outcome

    def build_portal(self, setup: str, folder: Path, plan: PortalPlan, *, copy: bool) -> bool:
        """Have the twin build the portal into `folder` (`build.portalbuilding.build_portal`);
        False when there is no twin to take it."""
        try:
            self.portal_connection.send((setup, self.config_file, folder, plan, copy))
        except OSError:  # the twin is gone: the build builds the portal itself
            return False
        return True

    def portal_built(self) -> None:
        """Wait for the twin's portal; raise `BuildFailed` with why when it was not built."""
        try:
            why = self.portal_connection.recv_bytes().decode()
        except (EOFError, OSError):
            why = TWIN_GONE
        if why:
            raise BuildFailed(why)

    def close(self) -> None:
        """End the process and its twin at once, whatever they do: waiting, getting ready,
        or building when the build stops (the twin ends with the process: `check.forking`)."""
        if self.process.is_alive():
            self.process.kill()  # it ignores SIGTERM, as Ctrl-C (`check.forking`)
        self.process.join()
        self.connection.close()
        self.portal_connection.close()


def _stand_by(
    theirs: tuple[Connection, Connection],
    ours: tuple[Connection, Connection],
    config_file: Path,
    cache_dir: Path | None,
    build: int,
) -> None:
    live_as_helper(build)  # the build says "avbrutet" once, for all
    for end in ours:  # the build's ends, copied by the fork: the twin must see them close
        end.close()
    school, portal = theirs
    from generator.build.twin import fork_twin  # noqa: PLC0415 (here, not there)

    if _get_ready(school, config_file, cache_dir):
        twin = fork_twin(school, portal)
        _build_one_school(school)
        os.waitpid(twin, 0)  # the twin ends with this process: it may still build the portal


def _get_ready(connection: Connection, config_file: Path, cache_dir: Path | None) -> bool:
    """Load the configuration and send the build MkDocs' verdict; if it is readable, load
    what a first site needs (`site.build.warm_up`). False when it is not."""
    from generator.build.jobs import MKDOCS_CACHE  # noqa: PLC0415 (here, not there)
    from generator.site.build import speeding_up, warm_up  # noqa: PLC0415
    from generator.site.configwords import config_problem  # noqa: PLC0415
    from generator.site.quiet import quiet_mkdocs  # noqa: PLC0415

    gc.enable()  # the command runs without the collector; a site build makes cycles
    quiet_mkdocs()
    disk = str(inside(cache_dir, MKDOCS_CACHE)) if cache_dir else ""  # the compiled templates
    with contextlib.ExitStack() as speedups:
        with contextlib.suppress(Exception):  # without them: slower, the same verdict
            speedups.enter_context(speeding_up(None, False, disk, ""))
        verdict = config_problem(config_file)
        connection.send_bytes(verdict.encode())
        if verdict:  # the build stops with it: nothing to get ready
            return False
        with contextlib.suppress(Exception):
            warm_up(config_file)  # errors show in the build
    return True


def _build_one_school(connection: Connection) -> None:
    from generator.build.worker import build_school  # noqa: PLC0415

    try:
        job, _, setup = connection.recv_bytes().decode().partition("\0")
    except EOFError:  # not needed after all
        return
    outcome = build_school(job, setup)
    with contextlib.suppress(OSError):  # the build has gone: nobody to tell
        connection.send_bytes(outcome.encode())
