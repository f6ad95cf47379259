"""Stage 3 of `trygg build`: build what changed into a staging folder (the portal only if
its pages changed), withhold the sites refused once built, and swap the folder in."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from generator.build.cache import BuildCache
from generator.build.checkstage import Checking
from generator.build.heldreports import carry_reports
from generator.build.isolation import withhold_refused
from generator.build.keptsites import recorded_name
from generator.build.manifest import Manifest
from generator.build.oldshown import kept_portal
from generator.build.ownership import project_owner
from generator.build.portal import PortalPlan
from generator.build.portalstage import plan_portal_stage, portal_again
from generator.build.publish import publish, removing, staging
from generator.build.removed import Removed, removed_sites
from generator.build.request import BuildRequest
from generator.build.shards import write_record
from generator.build.sites import build_sites
from generator.problems import Report
from generator.render.portalrows import Withheld


@dataclass(frozen=True)
class Staged:
    """Stage 3's outcome: where the portal came from and its entries in the output, why
    each site refused once built was not published, what of the old portal went and why
    (`build.oldshown`), and the sites of schools gone from content/, now removed."""

    portal: PortalPlan
    names: list[str]
    refused: tuple[str, ...]
    shown: tuple[str, ...]
    gone: tuple[Removed, ...]


def build_and_publish(
    request: BuildRequest,
    stack: ExitStack,
    manifests: tuple[BuildCache | None, Manifest, Manifest],
    stage: Checking,
    *,
    withheld: tuple[Withheld, ...],
    report: Report,
) -> Staged:
    """Build what changed into a staging folder (the portal only if its pages changed),
    then swap it in. A site refused once built is withheld, and the portal lists it."""
    now = manifests[2]
    folder = stack.enter_context(staging(request.out, project_owner(request.content_dir)))
    portal, names = build_sites(
        request, stage.checked, stage.sites, folder, pool=stage.pool, setup=stage.setup,
        portal=lambda: plan_portal_stage(request, manifests, stage.checked, withheld),
    )  # fmt: skip
    refused_units = withhold_refused(request, stage.sites, folder, stage.checked)
    refused = tuple(stage.sites.refused[unit.id] for unit in refused_units)
    # The portal must list them as withheld (unless it was refused already).
    if refused_units and request.shard is None and not stage.sites.portal_refused:
        portal, names = portal_again(
            request, manifests, (stage.setup, stage.checked), folder,
            (portal, names), withheld=withheld + refused_units, sites=stage.sites,
        )  # fmt: skip
    portal, names, shown = _placed(request, folder, stage, (portal, names), (now, report))
    if request.shard is not None:
        record = {s: now.schools[s] for s in stage.sites.selected}
        write_record(folder, request.shard, now.shared, record)
    gone = () if request.shard is not None else _removed(request, now)
    gone = () if stage.sites.portal_refused and names else gone  # the old portal links them
    stack.enter_context(removing(publish(folder, request.out, stage.sites.kept | set(portal.kept))))
    return Staged(portal, names, refused, shown, gone)


def _removed(request: BuildRequest, now: Manifest) -> tuple[Removed, ...]:
    """The sites of schools gone from content/, by the names their sealed records give."""
    return removed_sites(request.out, now.schools, lambda school: recorded_name(request, school))


def _placed(
    request: BuildRequest,
    folder: Path,
    stage: Checking,
    built: tuple[PortalPlan, list[str]],
    last: tuple[Manifest, Report],
) -> tuple[PortalPlan, list[str], tuple[str, ...]]:
    """The portal in the staging folder and its entries, and what of the old one went
    (`build.oldshown`): a refused portal leaves the old one; else a report withheld for
    its errors keeps its old page."""
    portal, names = built
    now, report = last
    if stage.sites.portal_refused:  # the schools are published; the old portal stays
        return kept_portal(request, folder, now.schools, stage.checked, report)
    return portal, carry_reports(request, folder, portal, names, stage.checked), ()
