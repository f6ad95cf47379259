"""The checking half of the pipeline: read → validate → model → rules.

`check_content` never raises on bad content. It returns every problem found
and, only when there is no error, the frozen model that renderers use.

The work is done school by school (`generator.check.school`): huvudman.yml once,
then each school with its own files, then what spans schools. With a cache folder
a school's result is reused until its files or the shared inputs change, and the
node trees of each school are dropped as soon as it is checked.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection
from concurrent.futures import Executor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from generator.check.cache import CheckCache, gc_paused
from generator.check.fingerprint import FILES, FileHashes, check_inputs, school_hashes
from generator.check.school import OrganiserCheck, SchoolCheck, check_organiser, check_school
from generator.check.school import organiser_rules as _organiser_rules
from generator.check.student import LixRow, Locator, shared_text_problems
from generator.check.workers import CheckJob, check_in_worker, start_pool
from generator.clock import reference_date
from generator.load.sources import SchoolSources, Sources, school_folders
from generator.model import Organiser, Project, School
from generator.problems import Report

PARALLEL_FROM = 8  # fewer schools to check than this are quicker to check in this process


@dataclass(frozen=True)
class Checked:
    """The outcome of checking: the sources read, all problems, and the model if valid."""

    sources: Sources  # only huvudman.yml's when the schools were checked one by one
    report: Report
    organiser: Organiser | None = None
    schools: tuple[SchoolCheck, ...] = ()
    valid: bool = False  # reading and validation found no error, so the model exists

    @functools.cached_property
    def model(self) -> Project | None:
        """The model even when rules found errors, for the granskning; None only when
        reading or validation failed."""
        if not self.valid or self.organiser is None:
            return None
        schools = tuple(s.model() for s in self.schools)
        return Project(self.organiser, tuple(s for s in schools if s), str(self.sources.root))

    @property
    def project(self) -> Project | None:
        """The model, only when no stage found an error."""
        return None if self.report.has_errors else self.model

    def school_model(self, school_id: str) -> School | None:
        """One school's model, without making the others'."""
        found = next((s for s in self.schools if s.id == school_id), None)
        return None if found is None else found.model()

    @property
    def lix_rows(self) -> list[LixRow]:
        return [row for s in self.schools if s.pages for row in s.pages.lix_rows]


def check_content(
    content_dir: Path,
    *,
    only: Collection[str] = (),
    today: dt.date | None = None,
    cache_dir: Path | None = None,
    jobs: int = 1,
) -> Checked:
    """Read, validate and check the rules for everything under `content_dir`.

    `today` (default: `planstatus.reference_date()`) decides which plan is in force. The model is
    returned only when no stage found an error. With `cache_dir`, each school's result is
    kept there and reused while its files and the shared inputs stay the same; `jobs`
    worker processes check the others when there are many.
    """
    with gc_paused(), ExitStack() as stack:
        run = CheckRun(content_dir, only=only, today=today, cache_dir=cache_dir)
        pool = None
        if jobs > 1 and len(run.fresh()) >= PARALLEL_FROM:
            pool = start_pool(jobs - 1, stack, run.organiser)  # this process checks too
        return run.finish(run.schools(pool, jobs - 1))


class CheckRun:
    """One check, school by school: huvudman.yml at once, then `schools()`, then `finish()`."""

    def __init__(
        self,
        content_dir: Path,
        *,
        only: Collection[str] = (),
        today: dt.date | None = None,
        cache_dir: Path | None = None,
        hashes: dict[str, str] | None = None,
        shared: str = "",
        deferred: bool = False,
    ) -> None:
        self.day = today or reference_date()
        self.deferred = deferred  # keep new results only when `keep_new()` is called
        self.only = only
        self.organiser: OrganiserCheck = check_organiser(content_dir)
        self.folders, self.folder_problems = school_folders(content_dir, only)
        self.shared = shared or (check_inputs(content_dir) if cache_dir else "")
        self.cache = None if cache_dir is None else CheckCache(cache_dir, self.shared, self.day)
        self.files = None
        if cache_dir is not None and hashes is None:
            self.files = FileHashes(cache_dir / FILES)
            hashes = school_hashes(content_dir, only, self.files)
        self.hashes = hashes or {}
        self.kept: dict[str, SchoolCheck] | None = None
        self.new: dict[str, SchoolCheck] = {}  # checked in this run
        self.read: list[SchoolSources] = []  # kept only checking alone without a cache (tests)

    def cached(self) -> dict[str, SchoolCheck]:
        """The schools whose results the cache holds for their files as they are now."""
        if self.kept is None:
            self.kept = {}
            if self.cache is not None:
                for name in (d.name for d in self.folders):
                    if (found := self.cache.load(name, self.hashes.get(name, ""))) is not None:
                        self.kept[name] = found
        return self.kept

    def fresh(self) -> list[Path]:
        """The school folders that must be checked."""
        return [d for d in self.folders if d.name not in self.cached()]

    def schools(self, pool: Executor | None = None, workers: int = 1) -> list[SchoolCheck]:
        """Every school's result in order: from the cache, or checked here, or by the
        `pool`'s `workers` and this process together (`_together`)."""
        found = dict(self.cached())
        fresh = self.fresh()
        if pool is not None and len(fresh) >= PARALLEL_FROM:
            found.update(self._together(fresh, pool, workers))
        else:
            for directory in fresh:
                found[directory.name] = self._here(directory, keep_sources=True)
        self.new = {d.name: found[d.name] for d in fresh}
        return [found[d.name] for d in self.folders]

    def _together(self, fresh: list[Path], pool: Executor, workers: int) -> dict[str, SchoolCheck]:
        """The schools go to the pool in small batches from the front; this process takes
        batches from the back that no worker has started yet, until the two meet."""
        size = max(1, len(fresh) // (32 * (workers + 1)))  # small: the two meet evenly
        batches = [fresh[start : start + size] for start in range(0, len(fresh), size)]
        futures = [pool.submit(check_in_worker, self._job(batch)) for batch in batches]
        found = {}
        for number in reversed(range(len(batches))):
            if not futures[number].cancel():
                break  # a worker has it, and every batch before it
            for directory in batches[number]:
                found[directory.name] = self._here(directory, keep_sources=False)
        for future in futures:
            if not future.cancelled():
                found.update((check.id, check) for check in future.result())
        return found

    def keep_new(self) -> None:
        """Keep the results checked in this run (done as they come unless `deferred`)."""
        if self.cache is not None and self.deferred:
            for name, check in self.new.items():
                self.cache.save(check, self.hashes.get(name, ""))
            if not self.only:
                self.cache.forget_others({d.name for d in self.folders})

    def _job(self, folders: list[Path]) -> CheckJob:
        schools = tuple((folder, self.hashes.get(folder.name, "")) for folder in folders)
        keep = self.cache is not None and not self.deferred
        cache_dir = self.cache.folder.parent if keep and self.cache is not None else None
        return CheckJob(self.organiser.content_dir, schools, self.day, cache_dir, self.shared)

    def _here(self, directory: Path, *, keep_sources: bool) -> SchoolCheck:
        check, sources = check_school(directory, self.organiser, self.day)
        if self.cache is None:
            if keep_sources:
                self.read.append(sources)
            return check
        if self.deferred:
            return CheckCache.pickled(check)
        return self.cache.save(check, self.hashes.get(directory.name, ""))

    def finish(self, checks: list[SchoolCheck]) -> Checked:
        """Put the schools' results together, with what huvudman.yml and all schools give."""
        organiser = self.organiser
        report = Report([*organiser.problems, *self.folder_problems])
        for check in checks:
            report.extend(check.problems)
        valid = organiser.model is not None and not report.has_errors
        if valid:
            assert organiser.model is not None and organiser.document is not None
            report.extend(_organiser_rules(organiser, self.day))
            for check in checks:
                report.extend(check.rules or ())
            locator = Locator(organiser.root, [organiser.document])
            pages = [c.pages for c in checks if c.pages is not None]
            home, profile = organiser.model.location.file, organiser.model.rule_profile
            report.extend(shared_text_problems(pages, home, profile, locator))
        if self.cache is not None and not self.only and not self.deferred:
            self.cache.forget_others({c.id for c in checks})
            if self.files is not None:
                self.files.save()
        sources = organiser.sources(tuple(self.read))
        return Checked(sources, report, organiser.model, tuple(checks), valid)
