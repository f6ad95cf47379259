"""Worker processes that check schools, for `trygg check` and `trygg build`.

On Linux, when the calling process runs no other thread, workers are forked: they
start at once, with everything imported and huvudman.yml already checked. Elsewhere
(and inside a multi-threaded host such as a test runner with a browser) they are
spawned and import what they need. A caller that wants the workers to do more (the
build: get ready to build sites) gives the pool an `initializer`; this module knows
nothing about that. Jobs and results cross between processes as JSON text only.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from generator.check.cache import CheckCache
from generator.check.collector import gc_paused
from generator.check.contained import checked_alone
from generator.check.forking import can_fork, live_as_helper
from generator.check.organiser import OrganiserCheck, check_organiser
from generator.model.codec import dumps, loads

_ORGANISERS: dict[str, OrganiserCheck] = {}  # per process, by content folder


@dataclass(frozen=True)
class CheckJob:
    """Some schools to check in a worker, and where their results are kept."""

    content_dir: str
    schools: tuple[tuple[str, str], ...]  # (folder, hash of its files)
    today: dt.date
    cache_dir: str  # "" for none
    shared: str  # fingerprint.check_inputs


def start_pool(
    jobs: int,
    stack: ExitStack,
    organiser: OrganiserCheck | None,
    initializer: Callable[[], None] | None = None,
) -> ProcessPoolExecutor:
    """`jobs` worker processes, started now and closed when `stack` closes; each runs
    `initializer` (a picklable callable) as it starts."""
    if organiser is not None:
        _ORGANISERS[str(organiser.content_dir)] = organiser  # inherited by forked workers
    context = get_context("fork" if can_fork() else "spawn")
    pool = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_prepare, initargs=(initializer, os.getpid())
    )
    stack.enter_context(pool)
    for _worker in range(jobs):
        pool.submit(int)  # every worker starts now (and, if spawned, imports meanwhile)
    return pool


def _prepare(initializer: Callable[[], None] | None, parent: int) -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent says so once and
    # closes the pool, so a worker must not print a traceback of its own; and a worker
    # must not outlive the parent, waiting for work with the command's output open.
    live_as_helper(parent)
    gc.enable()  # a forked worker inherits the paused collector of a check in progress
    if initializer is not None:
        initializer()


def check_in_worker(job_text: str) -> list[tuple[str, str, str]]:
    """Check the job's schools and keep their results; returns each school's result,
    model and student pages as JSON (`model.codec`), the last two "" when its files
    have errors."""
    job = loads(CheckJob, job_text)
    with gc_paused():
        organiser = _ORGANISERS.get(job.content_dir)
        if organiser is None:
            organiser = _ORGANISERS[job.content_dir] = check_organiser(Path(job.content_dir))
        cache = CheckCache(Path(job.cache_dir), job.shared, job.today) if job.cache_dir else None
        found = []
        for folder, digest in job.schools:
            checking = checked_alone(Path(folder), organiser, job.today)
            model = dumps(checking.school) if checking.school is not None else ""
            pages = "" if checking.student_pages is None else dumps(checking.student_pages)
            if cache is not None:
                cache.save(checking, digest, model, pages)
            found.append((dumps(checking.check), model, pages))
        return found
