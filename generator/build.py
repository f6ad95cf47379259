"""`trygg build`: every school's site plus the portal, published all at once or not at all.

The pipeline reads as its stages: check everything, build each site into a
staging folder beside the output, build the portal, then swap the staging
folder in. Content errors stop the run before anything is written, and a
failed or interrupted build leaves the previous output exactly as it was.
MkDocs is driven through its API; it is not thread-safe, so `--jobs` uses
separate processes.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Collection, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from generator.check import check_content
from generator.model import Project
from generator.problems import Report


@dataclass(frozen=True)
class BuildRequest:
    config_file: Path  # mkdocs.yml
    content_dir: Path
    out: Path
    only: tuple[str, ...] = ()
    jobs: int = 1


@dataclass(frozen=True)
class BuildResult:
    report: Report
    built: tuple[str, ...] = ()  # school ids whose sites were built

    @property
    def ok(self) -> bool:
        return not self.report.has_errors


def build_all(request: BuildRequest) -> BuildResult:
    """The whole build, as one readable pipeline."""
    # Stage 1: check all content; any error means nothing is written.
    checked = check_content(request.content_dir)
    project = checked.project
    if project is None:
        return BuildResult(checked.report)
    selected = _selected(project, request.only)
    with _staging(request.out) as staging:
        # Stage 2: the portal at the root (first, because MkDocs empties its site_dir).
        build_site(request.config_file, "", staging, project)
        # Stage 3: one self-contained site per school in <id>/.
        _build_schools(request, selected, staging, project)
        # Stage 4: keep earlier output of schools not rebuilt this time, then publish.
        _carry_over(request.out, staging, keep={s.id for s in project.schools} - set(selected))
        _publish(staging, request.out)
    return BuildResult(checked.report, tuple(selected))


def _selected(project: Project, only: Collection[str]) -> list[str]:
    return [s.id for s in project.schools if not only or s.id in only]


def build_site(config_file: Path, school_id: str, site_dir: Path, project: Project | None) -> None:
    """Build one site with MkDocs: a school's, or the portal when `school_id` is empty."""
    from mkdocs.commands.build import build  # noqa: PLC0415 (MkDocs stays out of `trygg check`)
    from mkdocs.config import load_config  # noqa: PLC0415

    target = site_dir / school_id if school_id else site_dir
    config = load_config(str(config_file), site_dir=str(target), strict=True)
    plugin = config.plugins["trygg"]
    plugin.config.skola = school_id
    plugin.preloaded = project
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def _build_chunk(config_file: Path, content_dir: Path, school_ids: list[str], site_dir: Path) -> None:
    """Worker process: check only its own schools, then build them one after another."""
    quiet_mkdocs()
    project = check_content(content_dir, only=school_ids).project
    for school_id in school_ids:
        build_site(config_file, school_id, site_dir, project)


def _build_schools(request: BuildRequest, selected: list[str], staging: Path, project: Project) -> None:
    jobs = max(1, min(request.jobs, len(selected)))
    if jobs == 1:
        for school_id in selected:
            build_site(request.config_file, school_id, staging, project)
        return
    chunks = [selected[index::jobs] for index in range(jobs)]
    # spawn, not fork: MkDocs and Material keep module-level state (see tech.md §1.5).
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool:
        futures = [
            pool.submit(_build_chunk, request.config_file, request.content_dir, chunk, staging)
            for chunk in chunks
        ]
        for future in futures:
            future.result()


@contextmanager
def _staging(out: Path) -> Iterator[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.bygger-", dir=out.parent))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _carry_over(out: Path, staging: Path, keep: set[str]) -> None:
    """Hard-link the previous sites of schools that were not rebuilt into the new output."""
    for school_id in sorted(keep):
        previous = out / school_id
        if previous.is_dir():
            shutil.copytree(previous, staging / school_id, copy_function=_link_or_copy)


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def _publish(staging: Path, out: Path) -> None:
    """Swap the finished staging folder in; the old output is removed only afterwards."""
    previous = out.with_name(f".{out.name}.föregående")
    shutil.rmtree(previous, ignore_errors=True)
    if out.exists():
        out.rename(previous)
    staging.rename(out)
    shutil.rmtree(previous, ignore_errors=True)


def quiet_mkdocs() -> None:
    """MkDocs logs each build at INFO; `trygg build` reports in Swedish itself."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
