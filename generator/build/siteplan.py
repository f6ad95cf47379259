"""Which sites `trygg build` builds and which it reuses.

A school's site is reused when its files and the shared inputs are the same as for
the site the last build made: left where it is in the output when the output still
holds exactly that site (`Manifest.unchanged`), otherwise linked in from the cache
or from a shard, once it has been scanned. Only the rest is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.build.cache import BuildCache
from generator.build.manifest import Manifest
from generator.build.request import BuildRequest
from generator.build.scan import scan_site
from generator.build.shards import delivered
from generator.clock import reference_date


@dataclass
class SitePlan:
    """Where each school's site comes from in this build."""

    selected: list[str]
    build: list[str] = field(default_factory=list)
    linked: dict[str, Path] = field(default_factory=dict)  # from the cache or a shard
    delivered: set[str] = field(default_factory=set)  # of those, the ones from shards
    kept_selected: set[str] = field(default_factory=set)  # left in the output as they are
    kept: set[str] = field(default_factory=set)  # every school folder left in the output
    # Built, then refused by MkDocs or the last look: why, by school (`isolation`).
    refused: dict[str, str] = field(default_factory=dict)
    portal_refused: str = ""  # why the portal's new pages were, if they were (`oldportal`)


def plan_sites(
    request: BuildRequest,
    cache: BuildCache | None,
    last: Manifest,
    now: Manifest,
    school_ids: list[str],
) -> SitePlan:
    """Decide, before checking, which sites need building (the check may still stop it all)."""
    out = request.out
    plan = SitePlan([s for s in school_ids if not request.only or s in request.only])
    if request.shard is None:  # schools not selected keep their earlier output
        plan.kept = {s for s in school_ids if s not in plan.selected and (out / s).is_dir()}
    shards = (
        {} if request.merge_from is None else delivered(request.merge_from, now.shared, now.schools)
    )
    same, today = cache is not None and last.shared == now.shared, reference_date()
    for school in plan.selected:
        digest = now.schools.get(school, "")
        unchanged = same and bool(digest) and last.schools.get(school) == digest
        unchanged = unchanged and last.same_standing(school, today)
        if unchanged and last.unchanged(out, [school]):
            plan.kept_selected.add(school)
        elif school in shards:
            plan.linked[school] = shards[school]
            plan.delivered.add(school)
        elif unchanged and cache is not None and cache.has_site(school):
            plan.linked[school] = cache.sites / school
        else:
            plan.build.append(school)
    plan.kept |= plan.kept_selected
    return plan


def refuse_unsafe_links(request: BuildRequest, sites: SitePlan) -> None:
    """Sites from the cache or from parts are untrusted: each is scanned before it is
    taken, and one that does not pass is built again instead (`build.scan`)."""
    if not sites.linked:
        return
    from generator.site.build import theme_dirs  # noqa: PLC0415 (MkDocs, only when needed)

    dirs = theme_dirs(request.config_file)
    for school, site in sorted(sites.linked.items()):
        if scan_site(site, dirs):
            del sites.linked[school]
            sites.delivered.discard(school)
            sites.build.append(school)
