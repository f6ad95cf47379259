"""The portal in `trygg build`: its pages from the schools' check results, and its reuse.

The portal's pages (the units table, the granskning, the rules) are made from what
each school's check keeps for it (its summary, `model.summary`) and the report, so an
incremental build makes them without loading 300 models. The portal is built again
only when its pages, the shared inputs or the reference date differ from the last
build's: a typo fixed in one plan changes that school's site, usually not the portal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.build.cache import PORTAL, BuildCache, Manifest
from generator.build.links import link_tree, link_tree_file
from generator.check.run import Checked
from generator.render.portal import Withheld
from generator.render.site import SiteContent, internal, site_for

PORTAL_STAGING = ".portal"  # MkDocs empties its site_dir, so the portal is built beside the sites


@dataclass(frozen=True)
class PortalPlan:
    """Where this build's portal comes from: kept in the output, linked, or built."""

    key: str
    lastmod: str
    kept: list[str] = field(default_factory=list)  # entries left at the output's root
    linked: Path | None = None  # a folder whose entries are linked into the staging folder
    content: SiteContent | None = None  # to build


def portal_content(
    checked: Checked, today: dt.date, withheld: Sequence[Withheld] = (), *, drafts: bool = False
) -> SiteContent:
    """The portal's site, from each school's summary and the report (no model is loaded),
    listing the schools this build withheld; marked as internal in the build with utkast."""
    content = site_for(checked, "", checked.root / "content", today=today, withheld=withheld)
    return internal(content) if drafts else content


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
    head = f"{shared}\n{lastmod}\n{content.title}\n{content.logo_uri}\n{content.site_url}\n"
    digest = hashlib.sha256(head.encode())
    digest.update(json.dumps([content.navigation, content.theme_values]).encode())
    for generated in content.files:
        data = generated.content
        raw = data.encode() if isinstance(data, str) else data
        digest.update(f"{generated.uri}\0{type(data).__name__}\0{len(raw)}\0".encode() + raw)
    return digest.hexdigest()


def portal_site_dir(portal: PortalPlan, folder: Path) -> Path | None:
    """Where the portal is built, when it is to be built: a folder of its own in `folder`."""
    return None if portal.content is None else folder / PORTAL_STAGING


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
