"""The middle of `trygg build`: which sites to build or reuse, and building them.

A school's site is reused when its files and the shared inputs are the same as for
the site the last build made: left where it is in the output when the output still
holds exactly that site (`Manifest.unchanged`), otherwise linked in from the cache
or from a shard. Only the rest is built.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from generator.build.cache import BuildCache, Manifest
from generator.build.feed import Feed
from generator.build.jobs import (
    SchoolJob,
    SiteSetup,
    build_job,
    build_school,
    speeding_up,
    why_not_built,
)
from generator.build.links import link_tree
from generator.build.memory import give_back
from generator.build.oldportal import placed_portal, portal_refusal
from generator.build.portal import PortalPlan, build_portal, portal_site_dir
from generator.build.request import BuildRequest
from generator.build.scan import scan_site
from generator.build.shards import delivered
from generator.build.standby import Standby
from generator.check.models import StudentPages
from generator.check.run import Checked
from generator.check.trust import DAMAGED
from generator.clock import reference_date
from generator.model import Project
from generator.model.codec import dumps
from generator.problems import BuildFailed


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


def build_sites(
    request: BuildRequest,
    checked: Checked,
    sites: SitePlan,
    folder: Path,
    *,
    pool: ProcessPoolExecutor | Standby | None,
    setup: SiteSetup,
    portal: Callable[[], PortalPlan],
) -> tuple[PortalPlan, list[str]]:
    """Build (or link) every site into the staging `folder`; returns where the portal came
    from (`portal` decides that while the workers build) and its entries.

    With a pool the schools go to the workers (each job carries its model and student
    pages as the check made them) and the portal, if it changed, is built here meanwhile.
    """
    _refuse_unsafe_links(request, sites)
    give_back()  # what the check no longer needs, before this process builds the portal
    jobs = school_jobs(request, checked, sites.build, folder, encoded=pool is not None)
    # Each job is encoded only when a worker has room for it (`build.feed`).
    texts = (dumps(job) for job in jobs)
    feed = Feed(pool, (build_school, dumps(setup)), texts, request.jobs) if pool and jobs else None
    try:
        plan = portal()
        here = [] if pool else jobs
        portal_dir = portal_site_dir(plan, folder)
        twin = _portal_to_twin(request, pool, setup, portal_dir, plan)
        portal_here = None if twin else portal_dir
        _build_here(request, (setup, checked), here, portal_here, plan, sites=sites)
        for job, why in zip(jobs, feed.results() if feed else (), strict=bool(feed)):
            _refused(request, sites, job.school_id, why)
        if twin:
            _refuse_portal(request, sites, twin.portal_built)
        if isinstance(pool, ProcessPoolExecutor):
            pool.shutdown(wait=False)  # the workers end now, not after the cache is written
    except BaseException:
        if feed:
            feed.settle()
        if isinstance(pool, Standby):
            pool.close()  # and its twin: nothing builds into the staging folder once it goes
        raise
    for school, site in sorted(sites.linked.items()):
        link_tree(site, folder / school, copy=request.copy_assets)
    return plan, placed_portal(sites.portal_refused, plan, folder, copy=request.copy_assets)


def build_portal_here(
    request: BuildRequest,
    setups: tuple[SiteSetup, Checked],
    plan: PortalPlan,
    folder: Path,
    sites: SitePlan,
) -> list[str]:
    """The portal of `plan` in this process (built, linked or kept), placed in the staging
    `folder`; returns its entries (none when it was refused: `sites.portal_refused`)."""
    portal_dir = portal_site_dir(plan, folder)
    _build_here(request, setups, [], portal_dir, plan, sites=sites)
    return placed_portal(sites.portal_refused, plan, folder, copy=request.copy_assets)


def _portal_to_twin(
    request: BuildRequest,
    pool: ProcessPoolExecutor | Standby | None,
    setup: SiteSetup,
    portal_dir: Path | None,
    plan: PortalPlan,
) -> Standby | None:
    """The standby's twin, if it took the portal to build (without PDFs: those are made
    here, from the huvudman's model)."""
    if not isinstance(pool, Standby) or portal_dir is None or setup.pdf:
        return None
    sent = pool.build_portal(dumps(setup), portal_dir, plan, copy=request.copy_assets)
    return pool if sent else None


def _refuse_portal(request: BuildRequest, sites: SitePlan, build: Callable[[], None]) -> None:
    """Build the portal, noting why it was refused: the schools go on (`oldportal`)."""
    sites.portal_refused = portal_refusal(build, all_or_nothing=request.all_or_nothing)


def _refused(request: BuildRequest, sites: SitePlan, school: str, why: str) -> None:
    """Note a school whose site was refused (`why`; "" when it was built): it is withheld,
    and the others go on, unless the build is all or nothing."""
    if not why:
        return
    if request.all_or_nothing:
        raise BuildFailed(why)
    sites.refused[school] = why


def _build_here(
    request: BuildRequest,
    setups: tuple[SiteSetup, Checked],
    jobs: list[SchoolJob],
    portal_dir: Path | None,
    plan: PortalPlan,
    *,
    sites: SitePlan,
) -> None:
    if not jobs and portal_dir is None:
        return
    setup, checked = setups
    collecting = gc.isenabled()
    gc.enable()  # building makes reference cycles (the command runs without the collector)
    try:
        with ExitStack() as stack:
            if not request.plain:
                stack.enter_context(speeding_up(setup))
            if portal_dir is not None and plan.content is not None:
                finish = _portal_pdfs(setup, checked, plan)
                build = partial(build_portal, request.config_file, portal_dir, plan)
                _refuse_portal(
                    request, sites, partial(build, copy=request.copy_assets, finish=finish)
                )
                give_back()  # this process now waits for the workers
            for job in jobs:
                try:
                    build_job(job, setup, *_at_hand(checked, job.school_id))
                except Exception as error:  # as a worker tells it: the others go on
                    _refused(request, sites, job.school_id, why_not_built(error))
    finally:
        if not collecting:
            gc.disable()


def _portal_pdfs(
    setup: SiteSetup, checked: Checked, plan: PortalPlan
) -> Callable[[Path], list[str]] | None:
    """The PDFs of the huvudman's reports, made when the portal is built with PDFs."""
    if not setup.pdf or checked.organiser is None or plan.content is None:
        return None
    from generator.build.pdf.reports import portal_report_pdfs  # noqa: PLC0415 (with PDFs)

    cache = Path(setup.pdf_cache) if setup.pdf_cache else None
    return portal_report_pdfs(checked.organiser, plan.content.site_url, cache)


def _refuse_unsafe_links(request: BuildRequest, sites: SitePlan) -> None:
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


def school_jobs(
    request: BuildRequest,
    checked: Checked,
    school_ids: list[str],
    folder: Path,
    *,
    encoded: bool = True,
) -> list[SchoolJob]:
    """A job per school to build, with its model and student pages from the check; without
    `encoded` (a build in this process) the models are left out, since they are at hand."""
    if not school_ids:
        return []
    assert checked.organiser is not None
    organiser = dumps(checked.organiser) if encoded else ""
    return [
        SchoolJob(
            config_file=str(request.config_file),
            content_dir=str(request.content_dir),
            site_dir=str(folder),
            school_id=school_id,
            root=str(checked.root),
            organiser=organiser,
            school=checked.models.text(school_id) if encoded else "",
            student_pages=checked.models.pages.text(school_id) if encoded else "",
            today=reference_date(),
            drafts=request.drafts,
        )
        for school_id in school_ids
    ]


def _at_hand(checked: Checked, school_id: str) -> tuple[Project, StudentPages | None]:
    """What a school's site is built from in this process: its model and student pages
    (`BuildFailed` when the model from the cache does not decode)."""
    school, organiser = checked.school(school_id), checked.organiser
    if school is None:
        raise BuildFailed(DAMAGED)
    assert organiser is not None
    project = Project(organiser, (school,), str(checked.root))
    return project, checked.models.student_pages(school_id)
