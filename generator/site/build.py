"""Build one site with MkDocs, with the speed-ups that make many sites in one process cheap.

`build_site` drives MkDocs through its API (`load_config`, `build`) for one school
or the portal. Inside `speedups(...)` (`generator.site.speed`) compiled templates,
the theme's file list and the theme assets are shared between sites, and kept on
disk for the next run; each leaves the output byte for byte as it was.

A school site's sitemap dates come from its content (`lastmod_date`), so that
the site is the same whatever day it is built; only the portal, which shows each
plan's status today, carries the reference date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, cast

import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin

from generator.build.jobs import SiteJob, quiet_mkdocs
from generator.clock import reference_date
from generator.model import Organiser, School
from generator.site.plugin import TryggPlugin
from generator.site.speed import speedups


def build_site(job: SiteJob) -> None:
    """Build one site with MkDocs, in strict mode."""
    target = job.site_dir / job.school_id if job.school_id else job.site_dir
    project = job.model()
    lastmod = job.lastmod
    if not lastmod and project is not None and project.schools:
        lastmod = lastmod_date(project.schools[0], project.organiser, reference_date())
    config = load_config(str(job.config_file), site_dir=str(target), strict=True)
    plugin = cast(TryggPlugin, config.plugins["trygg"])
    plugin.config.skola = job.school_id
    plugin.config.content_dir = str(job.content_dir.resolve())
    plugin.preloaded = project
    plugin.preloaded_site = job.content
    config.plugins["trygg-datum"] = _LastModified(lastmod)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def warm_up(config_file: Path) -> None:
    """Load what a first site needs (MkDocs' plugins and Markdown extensions with Material's
    emoji index, the theme's templates) before there is a site to build."""
    config = load_config(str(config_file))
    config.theme.get_env().get_template("main.html")
    markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def lastmod_date(school: School | None, organiser: Organiser, today: dt.date) -> str:
    """The sitemap date: the newest decision a school site shows, or today for the portal."""
    if school is None:
        return today.isoformat()
    dates = [plan.decided_on for plan in school.plans]
    return max([*dates, organiser.accessibility.updated_on]).isoformat()


class _NoOptions(Config):  # type: ignore[no-untyped-call]
    pass


class _LastModified(BasePlugin[_NoOptions]):  # type: ignore[no-untyped-call]
    """Gives every page the content's date instead of the day of the build."""

    def __init__(self, date: str) -> None:
        self.date = date

    def on_page_markdown(self, markdown: str, /, *, page: Any, config: Any, files: Any) -> str:
        page.update_date = self.date
        return markdown


__all__ = ["SiteJob", "build_site", "lastmod_date", "quiet_mkdocs", "speedups", "warm_up"]
