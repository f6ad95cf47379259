"""The end of `trygg build`: what the cache keeps for the next run.

Each new site (and a rebuilt portal) goes into the cache, and the manifest records what
was built from which inputs and published where, so that the next build reuses what did
not change (`build.siteplan`) or knows that nothing did (`build.inputs.up_to_date`).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from generator.build.cache import BuildCache
from generator.build.jobs import PORTAL_KEPT
from generator.build.keptreports import record_reports
from generator.build.keptsites import record_sites
from generator.build.manifest import Manifest, identity
from generator.build.portal import PortalPlan
from generator.build.request import BuildRequest, BuildResult
from generator.build.siteplan import SitePlan
from generator.check.run import Checked
from generator.clock import reference_date
from generator.model.standing import standing_of


def remember(
    cache: BuildCache,
    request: BuildRequest,
    manifests: tuple[Manifest, Manifest],
    result: BuildResult,
    plans: tuple[SitePlan, PortalPlan],
    *,
    portal_names: list[str],
    new_sites: Path | None,
    checked: Checked,
) -> None:
    """Keep each new site in the cache; record what was built from what, and published where."""
    (last, now), (sites, portal), out = manifests, plans, request.out
    kept = _forget_replaced(cache, last, now, result)
    _keep_sites(cache, out, result, sites, new_sites)
    if portal.content is not None:
        _keep_portal(cache, out, portal_names, new_sites)
    cache.forget_others(set(now.schools))  # also what this build's workers linked
    published = {*result.built, *result.reused}
    record_sites(
        cache.folder, out, checked, published=published, known=set(now.schools),
        today=reference_date(),
    )  # fmt: skip
    record_reports(cache.folder, out, checked, portal=request.shard is None)
    manifest = _manifest(request, now, result, (portal, portal_names), kept)
    cache.save(dataclasses.replace(manifest, **standings(checked, set(manifest.schools))))


def _forget_replaced(
    cache: BuildCache, last: Manifest, now: Manifest, result: BuildResult
) -> dict[str, str]:
    """First forget what is about to be replaced, so that an interrupted update of the
    cache can never pair an old hash with a new site; returns the schools' hashes kept."""
    kept = {s: h for s, h in last.schools.items() if s not in result.built and s in now.schools}
    kept = kept if last.shared == now.shared else {}
    cache.save(Manifest(last.shared, kept))
    return kept


def _keep_sites(
    cache: BuildCache, out: Path, result: BuildResult, sites: SitePlan, new_sites: Path | None
) -> None:
    """Keep each site built (adopted where a worker linked it in `new_sites`) and each
    one delivered from the staging folder."""
    for school in sorted(result.built):
        linked = new_sites / school if new_sites else None
        if linked is not None and linked.is_dir():
            cache.adopt(school, linked)
        else:
            cache.keep(school, out / school)
    for school in sorted(sites.delivered):
        cache.keep(school, out / school)


def _keep_portal(cache: BuildCache, out: Path, names: list[str], new_sites: Path | None) -> None:
    """Keep the portal built: adopted where the standby's twin built it, else its `names`
    in `out`."""
    linked = new_sites / PORTAL_KEPT if new_sites else None
    if linked is not None and linked.is_dir():  # the standby's twin built it
        cache.adopt_portal(linked)
    else:
        cache.keep_portal(out, names)


def standings(checked: Checked, school_ids: set[str]) -> dict[str, Any]:
    """The manifest's `validity` and `standings` of the schools whose sites it records."""
    today, validity, keys, drafted = reference_date(), {}, {}, {}
    for check in checked.schools:
        if check.id in school_ids and (summary := check.summary) is not None:
            spans = summary.plans
            validity[check.id] = tuple((p.valid_from, p.valid_to) for p in spans)
            keys[check.id] = standing_of(spans, today, summary.drafts_until).key
            if summary.drafts_until is not None:
                drafted[check.id] = summary.drafts_until
    return {"validity": validity, "standings": keys, "drafts_until": drafted}


def _manifest(
    request: BuildRequest,
    now: Manifest,
    result: BuildResult,
    portal: tuple[PortalPlan, list[str]],
    kept: dict[str, str],
) -> Manifest:
    (portal_plan, portal_names) = portal
    schools = {**kept, **{s: now.schools[s] for s in [*result.built, *result.reused]}}
    complete = not request.only and request.shard is None
    out = request.out
    entries = {entry.name: identity(entry) for entry in out.iterdir()}
    problems = tuple(result.report.sorted())
    # A school's or the portal's new site that was refused is tried again by the next build.
    tried_again = result.refused or result.portal_refused
    portal_hash = now.portal if complete and not tried_again else ""
    return Manifest(
        now.shared,
        schools,
        portal_hash,
        problems,
        portal_plan.key,
        tuple(portal_names),
        str(out.resolve()),
        entries,
        portal_frame=portal_plan.frame,
        portal_pages=portal_plan.pages,
    )
