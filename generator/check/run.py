"""Stage 4's entry: read → validate → model → rules, for all content or some schools.

`check_content` never raises on bad content. It returns every problem found and the
model (`Checked.project`) only when there is no error. The work is done school by
school: huvudman.yml once (`check.organiser`), then each school with its own files
(`check.school`), then what spans schools. With a cache folder a school's result is
reused until its files or the shared inputs change; `jobs` worker processes check the
rest when there are many.
What needs every school at hand is `check.together`'s.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Collection
from concurrent.futures import Executor
from contextlib import ExitStack
from pathlib import Path

from generator.check.cache import CheckCache
from generator.check.cachefiles import inside
from generator.check.cachekey import other_key_note, stamp
from generator.check.checked import Checked
from generator.check.collector import gc_paused
from generator.check.contained import checked_alone
from generator.check.fingerprint import FILES, FileHashes, check_inputs, school_hashes
from generator.check.models import Models
from generator.check.names import same_names
from generator.check.organiser import OrganiserCheck, check_organiser
from generator.check.reports import report_files
from generator.check.sameplace import one_per_place
from generator.check.school import Checking, SchoolCheck
from generator.check.together import across, with_reports
from generator.check.unnamed import unnamed
from generator.check.workers import CheckJob, check_in_worker, start_pool
from generator.clock import reference_date
from generator.load.schoolfolders import school_folders
from generator.model.codec import dumps, loads
from generator.problems import Report

# Checked lives in check.checked; it is still imported from here across the stages.
__all__ = ["PARALLEL_FROM", "CheckRun", "Checked", "check_content"]

PARALLEL_FROM = 8  # fewer schools to check than this are quicker to check in this process


def check_content(
    content_dir: Path,
    *,
    only: Collection[str] = (),
    today: dt.date | None = None,
    cache_dir: Path | None = None,
    jobs: int = 1,
) -> Checked:
    """Read, validate and check the rules for everything under `content_dir`.

    `today` (default: `clock.reference_date()`) decides which plan is in force. With
    `cache_dir`, each school's result is kept there and reused while its files and the
    shared inputs stay the same; `jobs` worker processes check the others when there
    are many.
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
        if cache_dir is not None and (note := other_key_note(cache_dir)):
            print(note, file=sys.stderr)  # once a run: this process reads the cache first
        self.files = None
        if cache_dir is not None and hashes is None:
            self.files = FileHashes(inside(cache_dir, FILES))
            hashes = school_hashes(content_dir, only, self.files)
        self.hashes = hashes or {}
        self.models = Models(self._cached_model, self._cached_pages)
        self.kept: dict[str, SchoolCheck] | None = None
        self.new: dict[str, Checking] = {}  # checked in this run (models as built or as JSON)

    def _cached_model(self, school_id: str) -> str:
        if self.cache is None:
            return ""
        return self.cache.model_text(school_id, self.hashes.get(school_id, ""))

    def _cached_pages(self, school_id: str) -> str:
        if self.cache is None:
            return ""
        return self.cache.pages_text(school_id, self.hashes.get(school_id, ""))

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
            self._together(fresh, pool, workers)
        else:
            for directory in fresh:
                self._here(directory)
        found.update((name, checking.check) for name, checking in self.new.items())
        return [found[d.name] for d in self.folders]

    def _together(self, fresh: list[Path], pool: Executor, workers: int) -> None:
        """The schools go to the pool in small batches from the front; this process takes
        batches from the back that no worker has started yet, until the two meet."""
        size = max(1, len(fresh) // (32 * (workers + 1)))  # small: the two meet evenly
        batches = [fresh[start : start + size] for start in range(0, len(fresh), size)]
        futures = [pool.submit(check_in_worker, self._job(batch)) for batch in batches]
        for number in reversed(range(len(batches))):
            if not futures[number].cancel():
                break  # a worker has it, and every batch before it
            for directory in batches[number]:
                self._here(directory)
        for future in futures:
            if not future.cancelled():
                for check_text, model_text, pages_text in future.result():
                    check = loads(SchoolCheck, check_text)
                    self.new[check.id] = Checking(check, None)
                    self.models.add(check.id, text=model_text, pages_text=pages_text)

    def _job(self, folders: list[Path]) -> str:
        schools = tuple((str(folder), self.hashes.get(folder.name, "")) for folder in folders)
        keep = self.cache is not None and not self.deferred
        cache_dir = str(self.cache.cache_dir) if keep and self.cache is not None else ""
        content_dir = str(self.organiser.content_dir)
        return dumps(CheckJob(content_dir, schools, self.day, cache_dir, self.shared))

    def _here(self, directory: Path) -> None:
        checking = checked_alone(directory, self.organiser, self.day)
        self.new[checking.check.id] = checking
        self.models.add(checking.check.id, checking.school, pages=checking.student_pages)
        if self.cache is not None and not self.deferred:
            self.cache.save(checking, self.hashes.get(directory.name, ""))

    def keep_new(self) -> None:
        """Keep the results checked in this run (done as they come unless `deferred`)."""
        if self.cache is not None and self.deferred:
            for name, checking in self.new.items():
                texts = self.models.text(name), self.models.pages.text(name)
                self.cache.save(checking, self.hashes.get(name, ""), *texts)
            if not self.only:
                self.cache.forget_others({d.name for d in self.folders})

    def finish(self, checks: list[SchoolCheck]) -> Checked:
        """Put the schools' results together, with what huvudman.yml and all schools give."""
        if self.cache is not None and not self.deferred:
            stamp(self.cache.cache_dir)  # what it kept is this key's (`check.cachekey`)
        organiser = self.organiser
        report = Report([*organiser.problems, *self.folder_problems])
        for check in checks:
            report.extend(check.problems)
        ids = [c.id for c in checks]
        model = with_reports(organiser, self.models, report, ids, self.day)
        valid = model is not None and not report.has_errors
        if organiser.rules_model is not None:  # the rules run on whatever has no error
            report.extend(across(organiser, checks, self.day))
        report.extend(same_names(checks, organiser.root))
        if self.cache is not None and not self.only and not self.deferred:
            self.cache.forget_others({c.id for c in checks})
            if self.files is not None:
                self.files.save()
        root = organiser.root
        files = report_files(organiser.reports)
        told = one_per_place(report.problems)
        report = Report([unnamed(problem) for problem in told])  # no pupil quoted
        return Checked(root, report, model, tuple(checks), valid, self.models, files)
