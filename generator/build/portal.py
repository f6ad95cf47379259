"""The portal in `trygg build`: its pages from the schools' check results, and its reuse.

The portal's pages (the units table, the granskning, the rules) are made from what
each school's check keeps for it (`checkschool.PortalPart`) and the report, so an
incremental build makes them without loading 300 models. The portal is built again
only when its pages, the shared inputs or the reference date differ from the last
build's: a typo fixed in one plan changes that school's site, usually not the portal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.build.cache import PORTAL, BuildCache, Manifest, link_tree_file
from generator.build.jobs import SiteJob
from generator.check.run import Checked
from generator.problems import Problem, Severity
from generator.render.portal import portal_files_of
from generator.render.site import SiteContent, portal_site
from generator.review import review_of
from generator.site.assets import link_tree

if TYPE_CHECKING:
    from generator.build.pipeline import BuildRequest

PORTAL_STAGING = ".portal"  # MkDocs empties its site_dir, so the portal is built beside the sites


@dataclass(frozen=True)
class PortalPlan:
    """Where this build's portal comes from: kept in the output, linked, or built."""

    key: str
    lastmod: str
    kept: list[str] = field(default_factory=list)  # entries left at the output's root
    linked: Path | None = None  # a folder whose entries are linked into the staging folder
    content: SiteContent | None = None  # to build


def portal_content(checked: Checked, today: dt.date) -> SiteContent:
    """The portal's site, as `site.site_content` makes it from the whole model and report."""
    organiser = checked.organiser
    assert organiser is not None
    parts = [s.portal for s in checked.schools if s.portal is not None]
    folders = {part.directory for part in parts}
    common = [p for p in checked.report if not _in_any(p, folders)]
    review = review_of(organiser.name, [part.review for part in parts], common, today)
    files = portal_files_of(organiser, [part.row for part in parts], review)
    warnings = [p.format() for p in checked.report if p.severity is Severity.WARNING]
    return portal_site(organiser, files, warnings)


def _in_any(problem: Problem, folders: set[str]) -> bool:
    """Whether the problem's file lies in one of the school folders."""
    parts = problem.location.file.split("/")
    return any("/".join(parts[:end]) in folders for end in range(1, len(parts)))


def plan_portal(
    content: SiteContent,
    shared: str,
    today: dt.date,
    *,
    cache: BuildCache | None,
    last: Manifest,
    out: Path,
) -> PortalPlan:
    """Keep the last portal where its pages are the same, else build this one."""
    lastmod = today.isoformat()
    key = _key(content, shared, lastmod)
    if cache is not None and last.portal_site == key and last.portal_entries:
        if last.unchanged(out, last.portal_entries):
            return PortalPlan(key, lastmod, kept=list(last.portal_entries))
        if cache.has_portal():
            return PortalPlan(key, lastmod, linked=cache.folder / PORTAL)
    return PortalPlan(key, lastmod, content=content)


def _key(content: SiteContent, shared: str, lastmod: str) -> str:
    """Everything of the portal's SiteContent that reaches its output (warnings are only logged)."""
    digest = hashlib.sha256(f"{shared}\n{lastmod}\n{content.title}\n{content.logo_uri}\n".encode())
    digest.update(json.dumps([content.navigation, content.theme_values]).encode())
    for generated in content.files:
        data = generated.content
        raw = data.encode() if isinstance(data, str) else data
        digest.update(f"{generated.uri}\0{type(data).__name__}\0{len(raw)}\0".encode() + raw)
    return digest.hexdigest()


def portal_job(request: BuildRequest, portal: PortalPlan, folder: Path) -> SiteJob | None:
    """The portal's build, when it is to be built: into a folder of its own in `folder`."""
    if portal.content is None:
        return None
    site_dir = folder / PORTAL_STAGING
    paths = (request.config_file, request.content_dir, site_dir)
    return SiteJob(*paths, "", content=portal.content, lastmod=portal.lastmod)


def place_portal(portal: PortalPlan, folder: Path, *, copy: bool) -> list[str]:
    """Move a built portal up to the staging folder's root, or link the cached one there."""
    if portal.kept:
        return list(portal.kept)
    source = folder / PORTAL_STAGING if portal.content is not None else portal.linked
    if source is None:
        return []
    names = sorted(entry.name for entry in source.iterdir())
    for name in names:
        if portal.content is not None:
            (source / name).rename(folder / name)
        elif (source / name).is_dir():
            link_tree(source / name, folder / name, copy=copy)
        else:
            link_tree_file(source / name, folder / name)
    if portal.content is not None:
        source.rmdir()
    return names
