"""Build one site with MkDocs, and the speed-ups that make many sites in one process cheap.

`build_site` drives MkDocs through its API (`load_config`, `build`) for one school
or the portal. Inside `speedups(...)` three things are done once per process
instead of once per site; each leaves the output byte for byte as it was:

- compiled Jinja templates are kept in a shared in-memory bytecode cache (MkDocs
  makes a new Jinja environment per site and would compile the 40-odd Material
  templates again: half the time of a small site);
- the list of theme files is made once (Jinja walks Material's template folder,
  14,000 icons included, for every site);
- theme assets are placed as hard links to one stored copy (`generator.assets`).

A school site's sitemap dates come from its content (`lastmod_date`), so that
the site is the same whatever day it is built; only the portal, which shows each
plan's status today, carries the reference date.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, cast

import jinja2
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.theme import Theme

from generator.assets import AssetStore
from generator.model import Project, School
from generator.plugin import TryggPlugin


@dataclass(frozen=True)
class SiteJob:
    """One site to build: a school's (`school_id`), or the portal when it is empty."""

    config_file: Path
    content_dir: Path
    site_dir: Path  # the whole output; a school's site goes to site_dir/<id>
    school_id: str
    project: Project
    lastmod: str  # YYYY-MM-DD for the sitemap


def build_site(job: SiteJob) -> None:
    """Build one site with MkDocs, in strict mode."""
    target = job.site_dir / job.school_id if job.school_id else job.site_dir
    config = load_config(str(job.config_file), site_dir=str(target), strict=True)
    plugin = cast(TryggPlugin, config.plugins["trygg"])
    plugin.config.skola = job.school_id
    plugin.config.content_dir = str(job.content_dir.resolve())
    plugin.preloaded = job.project
    config.plugins["trygg-datum"] = _LastModified(job.lastmod)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def lastmod_date(school: School | None, project: Project, today: dt.date) -> str:
    """The sitemap date: the newest decision a school site shows, or today for the portal."""
    if school is None:
        return today.isoformat()
    dates = [plan.decided_on for plan in school.plans]
    return max([*dates, project.organiser.accessibility.updated_on]).isoformat()


class _NoOptions(Config):  # type: ignore[no-untyped-call]
    pass


class _LastModified(BasePlugin[_NoOptions]):  # type: ignore[no-untyped-call]
    """Gives every page the content's date instead of the day of the build."""

    def __init__(self, date: str) -> None:
        self.date = date

    def on_page_markdown(self, markdown: str, /, *, page: Any, config: Any, files: Any) -> str:
        page.update_date = self.date
        return markdown


def quiet_mkdocs() -> None:
    """MkDocs logs each build at INFO; `trygg build` reports in Swedish itself."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@contextmanager
def speedups(assets: AssetStore | None) -> Iterator[None]:
    """Share compiled templates, the theme file list and (given a store) the theme assets."""
    original_env, original_add = Theme.get_env, Files.add_files_from_theme
    cache = _MemoryBytecodeCache()

    def get_env(theme: Theme) -> jinja2.Environment:
        env = original_env(theme)
        env.bytecode_cache = cache
        return env

    Theme.get_env = get_env  # type: ignore[assignment,method-assign]
    add_files = _theme_files_once(original_add, assets)
    Files.add_files_from_theme = add_files  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        Theme.get_env = original_env  # type: ignore[method-assign]
        Files.add_files_from_theme = original_add  # type: ignore[method-assign]


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates by Jinja's key (template name and a checksum of its source)."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


AddFiles = Callable[[Files, jinja2.Environment, Any], None]


def _theme_files_once(original: AddFiles, assets: AssetStore | None) -> AddFiles:
    """`Files.add_files_from_theme` with the theme listing made once per set of theme dirs."""
    listings: dict[tuple[str, ...], list[tuple[str, str]]] = {}

    def add_files_from_theme(files: Files, env: jinja2.Environment, config: Any) -> None:
        key = (*config.theme.dirs, "|", *config.theme.static_templates)
        if key not in listings:
            listings[key] = _theme_listing(original, env, config)
        for path, directory in listings[key]:
            if files.get_file_from_path(path) is None:
                file_type = _StoredFile if assets is not None else File
                file = file_type(path, directory, config.site_dir, config.use_directory_urls)
                if isinstance(file, _StoredFile):
                    file.store = assets
                files.append(file)

    return add_files_from_theme


def _theme_listing(
    original: AddFiles, env: jinja2.Environment, config: Any
) -> list[tuple[str, str]]:
    """What MkDocs itself adds for the theme, as (path, theme dir), from an empty collection."""
    found = Files([])
    original(found, env, config)
    return [(PurePath(f.src_uri).as_posix(), f.src_dir) for f in found if f.src_dir is not None]


class _StoredFile(File):
    """A theme file placed as a link to the asset store instead of a fresh copy."""

    store: AssetStore | None = None

    def copy_file(self, dirty: bool = False) -> None:
        if self.store is None or (dirty and not self.is_modified()):
            super().copy_file(dirty)
            return
        self.store.place(self.abs_src_path or "", self.dest_uri, self.abs_dest_path)
