"""The portal's part of `trygg build`: planned from the check while the schools' sites are
built (kept, linked from the cache, or built: `build.portal`), and made again when a
school's new site is refused after the portal was planned, so that it lists that school
as withheld (`build.isolation.withhold_refused`).
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from generator.build.cache import BuildCache
from generator.build.jobs import PORTAL_KEPT, SiteSetup
from generator.build.manifest import Manifest
from generator.build.portal import PortalPlan, plan_portal, portal_content
from generator.build.request import BuildRequest
from generator.build.scan import scan_site
from generator.build.siteplan import SitePlan
from generator.build.sites import build_portal_here
from generator.build.withholding import without
from generator.check.run import Checked
from generator.clock import reference_date
from generator.render.portalrows import Withheld


def plan_portal_stage(
    request: BuildRequest,
    manifests: tuple[BuildCache | None, Manifest, Manifest],
    checked: Checked,
    withheld: tuple[Withheld, ...],
) -> PortalPlan:
    cache, last, now = manifests
    if request.shard is not None:
        return PortalPlan("", "")
    content = portal_content(checked, reference_date(), withheld, drafts=request.drafts)
    plan = plan_portal(
        content, now.shared, reference_date(), cache=cache, last=last, out=request.out
    )
    if plan.linked is not None and _unsafe(request, plan.linked):
        return dataclasses.replace(plan, linked=None, content=content)  # untrusted: build it
    return plan


def portal_again(
    request: BuildRequest,
    manifests: tuple[BuildCache | None, Manifest, Manifest],
    stage: tuple[SiteSetup, Checked],
    folder: Path,
    placed: tuple[PortalPlan, list[str]],
    *,
    withheld: tuple[Withheld, ...],
    sites: SitePlan,
) -> tuple[PortalPlan, list[str]]:
    """The portal made again, in this process, to list the schools refused after it was
    planned: what was placed of it leaves the staging `folder` (and the cache's new sites)
    first, and the refused schools leave its units and granskning. If it is refused in
    turn, `sites.portal_refused` says why (`oldportal`)."""
    (setup, checked), (portal, names) = stage, placed
    for name in [] if portal.kept else names:
        entry = folder / name
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink(missing_ok=True)
    if setup.keep_in:
        shutil.rmtree(Path(setup.keep_in) / PORTAL_KEPT, ignore_errors=True)
    checked = without(checked, request.content_dir, {unit.id for unit in withheld}, withheld)
    plan = plan_portal_stage(request, manifests, checked, withheld)
    return plan, build_portal_here(request, (setup, checked), plan, folder, sites)


def _unsafe(request: BuildRequest, cached_portal: Path) -> bool:
    """Whether the cached portal has anything the last look (`build.scan`) refuses."""
    from generator.site.build import theme_dirs  # noqa: PLC0415 (MkDocs, only when needed)

    return bool(scan_site(cached_portal, theme_dirs(request.config_file)))
