"""Worker processes for `trygg check` and `trygg build`: checking schools, building sites.

MkDocs is not thread-safe, so the work is spread over processes. On Linux, when the
calling process runs no other thread, workers are forked: they start at once, with
everything imported and huvudman.yml already checked. Elsewhere (and inside a
multi-threaded host such as a test runner with a browser) they are spawned and
import what they need. The pool is made before this process builds any site, so a
forked worker starts with MkDocs as fresh as a spawned one.
"""

from __future__ import annotations

import datetime as dt
import gc
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from generator.build.jobs import SiteSetup, install, quiet_mkdocs
from generator.build.standby import can_fork
from generator.check.cache import CheckCache, gc_paused
from generator.check.school import OrganiserCheck, SchoolCheck, check_organiser, check_school

_ORGANISERS: dict[Path, OrganiserCheck] = {}  # per process, by content folder


@dataclass(frozen=True)
class CheckJob:
    """Some schools to check in a worker, and where their results are kept."""

    content_dir: Path
    schools: tuple[tuple[Path, str], ...]  # (folder, hash of its files)
    today: dt.date
    cache_dir: Path | None
    shared: str  # fingerprint.check_inputs


def start_pool(
    jobs: int,
    stack: ExitStack,
    organiser: OrganiserCheck | None,
    warm: tuple[SiteSetup, Path] | None = None,
) -> ProcessPoolExecutor:
    """`jobs` worker processes, started now and closed when `stack` closes. With `warm`
    (the build's setup and mkdocs.yml) each worker gets ready to build sites meanwhile."""
    if organiser is not None:
        _ORGANISERS[organiser.content_dir] = organiser  # inherited by forked workers
    context = get_context("fork" if can_fork() else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_prepare, initargs=(warm,))
    stack.enter_context(pool)
    for _worker in range(jobs):
        pool.submit(int)  # every worker starts now (and, if spawned, imports meanwhile)
    return pool


def _prepare(warm: tuple[SiteSetup, Path] | None) -> None:
    """Each worker: MkDocs logs only warnings; with `warm`, the build speed-ups and a warm-up."""
    gc.enable()  # a forked worker inherits the paused collector of a check in progress
    quiet_mkdocs()
    if warm is not None:
        from generator.site.build import warm_up  # noqa: PLC0415 (not for `trygg check`)

        install(warm[0])
        warm_up(warm[1])


def check_in_worker(job: CheckJob) -> list[SchoolCheck]:
    """Check the job's schools and keep the results; returns them with their models pickled."""
    with gc_paused():
        organiser = _ORGANISERS.get(job.content_dir)
        if organiser is None:
            organiser = _ORGANISERS[job.content_dir] = check_organiser(job.content_dir)
        cache = None if job.cache_dir is None else CheckCache(job.cache_dir, job.shared, job.today)
        found = []
        for folder, digest in job.schools:
            check = check_school(folder, organiser, job.today)[0]
            found.append(CheckCache.pickled(check) if cache is None else cache.save(check, digest))
        return found
