"""`trygg build`: every school's site plus the portal, published all at once or not at all.

The pipeline reads as its stages: fingerprint the inputs (and stop if nothing
changed since the cached build), check everything, decide which sites to build
and which to reuse, build them (schools in worker processes, the portal meanwhile
in this one), then swap the staging folder in and remember the result. Content
errors stop the run before anything is written, and a failed or interrupted build
leaves the previous output exactly as it was. MkDocs is not thread-safe, so
`--jobs` uses separate processes. Every shortcut (cache, shards, shared assets,
the speed-ups in `generator.buildsite`) gives the same bytes as a plain build.
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from generator.assets import AssetStore, link_tree
from generator.buildcache import BuildCache, Manifest, school_hashes, shared_hash
from generator.buildsite import SiteJob, build_site, lastmod_date, quiet_mkdocs, speedups
from generator.check import check_content
from generator.model import Project
from generator.planstatus import reference_date
from generator.problems import Report
from generator.shards import Shard, delivered, write_record


@dataclass(frozen=True)
class BuildRequest:
    config_file: Path  # mkdocs.yml
    content_dir: Path
    out: Path
    only: tuple[str, ...] = ()
    jobs: int = 1
    cache_dir: Path | None = None  # None: no cache
    copy_assets: bool = False  # copies instead of hard links (--kopiera-resurser)
    shard: Shard | None = None  # build only this share of the schools, no portal
    merge_from: Path | None = None  # the shards' output, to assemble with the portal
    plain: bool = False  # no speed-ups, no cache: the reference the tests compare with


@dataclass(frozen=True)
class BuildResult:
    report: Report
    built: tuple[str, ...] = ()  # school sites built in this run
    reused: tuple[str, ...] = ()  # school sites taken unchanged from the cache or a shard
    up_to_date: bool = False  # nothing had changed; the output was left as it was

    @property
    def ok(self) -> bool:
        return not self.report.has_errors


def build_all(request: BuildRequest) -> BuildResult:
    """The whole build, as one readable pipeline."""
    cache = BuildCache(request.cache_dir) if request.cache_dir and not request.plain else None
    previous = cache.load() if cache else Manifest()
    # Stage 1: the inputs' fingerprints; if nothing changed, the output stands.
    inputs = _fingerprint(request)
    if cache and _up_to_date(request, previous, inputs):
        return BuildResult(previous.report(), up_to_date=True)
    with ExitStack() as stack:
        pool = _pool(request, stack)  # workers start while the content is checked
        # Stage 2: check the content; any error means nothing is written.
        wanted = [s for s in inputs.schools if request.shard is None or request.shard.owns(s)]
        if request.shard is not None and not wanted:
            return _empty_shard(request, inputs)
        checked = check_content(request.content_dir, only=wanted if request.shard else ())
        report, project = checked.report, checked.project
        del checked  # the node trees of every file are no longer needed
        if project is None:
            return BuildResult(report)
        # Stage 3: which sites to build, which to reuse.
        selected = [s.id for s in project.schools if _selected(request, s.id)]
        reuse = _reusable(request, cache, previous, inputs, selected)
        # Stage 4: build into a staging folder, then publish it at once.
        with _staging(request.out) as staging, _assets(request) as assets:
            jobs = [_job(request, project, s, staging) for s in selected if s not in reuse]
            pending = _start(jobs, pool, assets, request.plain)
            if request.shard is None:
                _build_portal(_job(request, project, "", staging), assets, request)
            for future in pending:
                future.result()
            _fill(request, staging, reuse, project)
            if request.shard is not None:
                built = {s: inputs.schools[s] for s in selected}
                write_record(staging, request.shard, inputs.shared, built)
            _publish(staging, request.out)
    # Stage 5: remember the inputs, the report and the built sites for the next run.
    result = BuildResult(report, tuple(j.school_id for j in jobs), tuple(sorted(reuse)))
    if cache:
        _remember(cache, request, previous, inputs, result)
    return result


def _empty_shard(request: BuildRequest, inputs: Manifest) -> BuildResult:
    """A share without schools: an output folder holding only its (empty) record."""
    assert request.shard is not None
    with _staging(request.out) as staging:
        write_record(staging, request.shard, inputs.shared, {})
        _publish(staging, request.out)
    return BuildResult(Report())


def _fingerprint(request: BuildRequest) -> Manifest:
    shared = shared_hash(request.config_file, request.content_dir)
    schools = school_hashes(request.content_dir)
    everything = "\n".join([shared, reference_date().isoformat(), *map(str, schools.items())])
    portal = hashlib.sha256(everything.encode()).hexdigest()
    return Manifest(shared, schools, portal)


def _up_to_date(request: BuildRequest, previous: Manifest, inputs: Manifest) -> bool:
    if request.only or request.shard or request.merge_from or previous.portal != inputs.portal:
        return False
    sites = [request.out, *(request.out / s for s in inputs.schools)]
    return all((site / "index.html").is_file() for site in sites)


def _selected(request: BuildRequest, school_id: str) -> bool:
    return not request.only or school_id in request.only


def _reusable(
    request: BuildRequest,
    cache: BuildCache | None,
    previous: Manifest,
    inputs: Manifest,
    selected: list[str],
) -> dict[str, Path]:
    """Sites that need no build: from the shards (merge) or the cache, by school id."""
    found: dict[str, Path] = {}
    if request.merge_from is not None:
        found = delivered(request.merge_from, inputs.shared, inputs.schools)
    if cache and previous.shared == inputs.shared:
        for school_id in selected:
            same = previous.schools.get(school_id) == inputs.schools.get(school_id)
            if school_id not in found and same and cache.has_site(school_id):
                found[school_id] = cache.sites / school_id
    return {s: site for s, site in found.items() if s in selected}


def _job(request: BuildRequest, project: Project, school_id: str, staging: Path) -> SiteJob:
    school = project.school(school_id)
    own = dataclasses.replace(project, schools=(school,)) if school else project
    return SiteJob(
        config_file=request.config_file,
        content_dir=request.content_dir,
        site_dir=staging,
        school_id=school_id,
        project=own,
        lastmod=lastmod_date(school, project, reference_date()),
    )


def _pool(request: BuildRequest, stack: ExitStack) -> Executor | None:
    if request.plain or request.jobs <= 1:
        return None
    # spawn, not fork: MkDocs and Material keep module-level state (see tech.md §1.5).
    context = get_context("spawn")
    pool = ProcessPoolExecutor(request.jobs, mp_context=context, initializer=quiet_mkdocs)
    stack.enter_context(pool)
    for _worker in range(request.jobs):
        pool.submit(quiet_mkdocs)  # starts every worker now: they import MkDocs meanwhile
    return pool


def _start(
    jobs: list[SiteJob], pool: Executor | None, assets: AssetStore, plain: bool
) -> list[Future[None]]:
    """Hand the jobs to the workers; without a pool, build them here and now."""
    if pool is not None:
        return [pool.submit(_build_in_worker, job, assets) for job in jobs]
    with ExitStack() as stack:
        if not plain:
            stack.enter_context(speedups(assets))
        for job in jobs:
            build_site(job)
    return []


_WORKER = ExitStack()  # a worker keeps the speed-ups installed for its lifetime
_INSTALLED: list[bool] = []


def _build_in_worker(job: SiteJob, assets: AssetStore) -> None:
    if not _INSTALLED:
        _WORKER.enter_context(speedups(assets))
        _INSTALLED.append(True)
    build_site(job)


def _build_portal(job: SiteJob, assets: AssetStore, request: BuildRequest) -> None:
    """The portal goes to a folder of its own (MkDocs empties its site_dir), then up."""
    portal = job.site_dir / ".portal"
    with ExitStack() as stack:
        if not request.plain:
            stack.enter_context(speedups(assets))
        build_site(dataclasses.replace(job, site_dir=portal))
    for entry in sorted(portal.iterdir()):
        entry.rename(job.site_dir / entry.name)
    portal.rmdir()


def _fill(request: BuildRequest, staging: Path, reuse: dict[str, Path], project: Project) -> None:
    """Link in the reused sites, and keep the earlier output of schools not selected."""
    for school_id, site in sorted(reuse.items()):
        link_tree(site, staging / school_id, copy=request.copy_assets)
    for school in project.schools:
        previous = request.out / school.id
        if not _selected(request, school.id) and previous.is_dir() and request.shard is None:
            link_tree(previous, staging / school.id, copy=request.copy_assets)


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.bygger-", dir=out.parent))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@contextmanager
def _assets(request: BuildRequest) -> Iterator[AssetStore]:
    """One stored copy of each theme file, beside the output (so on its file system)."""
    folder = Path(tempfile.mkdtemp(prefix=f".{request.out.name}.resurser-", dir=request.out.parent))
    try:
        yield AssetStore(folder, copy=request.copy_assets)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _publish(staging: Path, out: Path) -> None:
    """Swap the finished staging folder in; the old output is removed only afterwards."""
    previous = out.with_name(f".{out.name}.föregående")
    shutil.rmtree(previous, ignore_errors=True)
    if out.exists():
        out.rename(previous)
    staging.rename(out)
    shutil.rmtree(previous, ignore_errors=True)


def _remember(
    cache: BuildCache,
    request: BuildRequest,
    previous: Manifest,
    inputs: Manifest,
    result: BuildResult,
) -> None:
    """Keep each new site in the cache, and record the inputs each cached site was built from."""
    fresh = set(result.built) | set(result.reused)
    for school_id in sorted(fresh):
        cached = previous.shared == inputs.shared and cache.has_site(school_id)
        if not cached or previous.schools.get(school_id) != inputs.schools[school_id]:
            cache.keep(school_id, request.out / school_id)  # built now, or by a shard
    cache.forget_others(set(inputs.schools))
    schools = {s: inputs.schools[s] for s in fresh}
    if previous.shared == inputs.shared:  # a site built earlier is still good for its inputs
        kept = {s: h for s, h in previous.schools.items() if s in inputs.schools}
        schools = {**kept, **schools}
    complete = not request.only and request.shard is None
    problems = [p.as_dict() for p in result.report.sorted()]
    portal = inputs.portal if complete else ""
    cache.save(Manifest(inputs.shared, schools, portal, problems))


__all__ = ["BuildRequest", "BuildResult", "build_all", "quiet_mkdocs"]
