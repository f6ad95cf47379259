"""Building one site in a worker process: the job, the shared setup, the speed-ups.

Light to import (MkDocs is imported when a site is built), so that the standby process
(`generator.build.standby`) and the check's workers do not pay for what they do not use.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.site.assets import AssetStore, link_tree

if TYPE_CHECKING:
    from generator.model import Project, School
    from generator.render.site import SiteContent

MKDOCS_CACHE = "mkdocs"  # in the cache folder: compiled templates and the theme's file list
_SPEEDUPS = ExitStack()  # a worker keeps the build speed-ups installed for its lifetime
_INSTALLED: list[bool] = []


@dataclass(frozen=True)
class SiteJob:
    """One site to build: a school's (`school_id`, `project` and `school`), or the portal."""

    config_file: Path
    content_dir: Path
    site_dir: Path  # the whole output; a school's site goes to site_dir/<id>
    school_id: str
    project: Project | None = None  # the organiser (and the school, unless in `school`)
    school: bytes = b""  # the school's model, pickled: it travels to a worker as it is kept
    content: SiteContent | None = None  # the portal's pages, made beforehand
    lastmod: str = ""  # YYYY-MM-DD for the sitemap; "" for a school: from its content

    def model(self) -> Project | None:
        """The project to build the school site from: the organiser and the one school."""
        if self.project is None or not self.school:
            return self.project
        school: School = pickle.loads(self.school)  # made by this build
        return dataclasses.replace(self.project, schools=(school,))


def quiet_mkdocs() -> None:
    """MkDocs logs each build at INFO; `trygg build` reports in Swedish itself."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@dataclass(frozen=True)
class SiteSetup:
    """What every site of a build shares: the asset store, MkDocs' cache folder and key,
    and where to link each new school site for the cache (`BuildCache.new_sites`)."""

    assets: AssetStore | None
    disk: Path | None = None
    key: str = ""
    keep_in: Path | None = None


def build_in_worker(job: SiteJob, setup: SiteSetup) -> None:
    """Build one site with the speed-ups installed once per process."""
    from generator.site.build import build_site  # noqa: PLC0415 (not for `trygg check`)

    install(setup)
    build_site(job)
    keep_built(job, setup)


def keep_built(job: SiteJob, setup: SiteSetup) -> None:
    """Link a newly built school site where the cache will take it from."""
    if setup.keep_in is not None and job.school_id:
        link_tree(job.site_dir / job.school_id, setup.keep_in / job.school_id)


def install(setup: SiteSetup) -> None:
    from generator.site.speed import speedups  # noqa: PLC0415 (MkDocs, only when building)

    if not _INSTALLED:
        _SPEEDUPS.enter_context(speedups(setup.assets, setup.disk, setup.key))
        _INSTALLED.append(True)
