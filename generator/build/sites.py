"""The middle of `trygg build`: building the sites of a `SitePlan` (`build.siteplan`) into
the staging folder, in the workers or here, and the portal meanwhile; linking in those
the plan reuses."""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from functools import partial
from pathlib import Path

from generator.build.feed import Feed
from generator.build.jobs import SchoolJob, SiteSetup, build_job, why_not_built
from generator.build.links import link_tree
from generator.build.memory import give_back
from generator.build.oldportal import placed_portal, portal_refusal
from generator.build.portal import PortalPlan
from generator.build.portalbuilding import build_portal, portal_site_dir
from generator.build.request import BuildRequest
from generator.build.schooljobs import at_hand, school_jobs
from generator.build.siteplan import SitePlan, refuse_unsafe_links
from generator.build.standby import Standby
from generator.build.worker import build_school, speeding_up
from generator.check.run import Checked
from generator.model.codec import dumps
from generator.problems import BuildFailed


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
    refuse_unsafe_links(request, sites)
    give_back()  # what the check no longer needs, before this process builds the portal
    jobs = school_jobs(request, checked, sites.build, folder, encoded=pool is not None)
    # Each job is encoded only when a worker has room for it (`build.feed`).
    texts = (dumps(job) for job in jobs)
    feed = Feed(pool, (build_school, dumps(setup)), texts, request.jobs) if pool and jobs else None
    try:
        plan = portal()
        setups = (setup, checked)
        _build_meanwhile(
            request, setups, jobs, plan, pool=pool, feed=feed, folder=folder, sites=sites
        )
    except BaseException:
        _stop(pool, feed)
        raise
    for school, site in sorted(sites.linked.items()):
        link_tree(site, folder / school, copy=request.copy_assets)
    return plan, placed_portal(sites.portal_refused, plan, folder, copy=request.copy_assets)


def _build_meanwhile(
    request: BuildRequest,
    setups: tuple[SiteSetup, Checked],
    jobs: list[SchoolJob],
    plan: PortalPlan,
    *,
    pool: ProcessPoolExecutor | Standby | None,
    feed: Feed | None,
    folder: Path,
    sites: SitePlan,
) -> None:
    """Build the portal of `plan` (here, or in the standby's twin) and the schools the
    `pool` does not take, here, while the workers build those `feed` gives them; then
    note each site refused."""
    here = [] if pool else jobs
    portal_dir = portal_site_dir(plan, folder)
    twin = _portal_to_twin(request, pool, setups[0], portal_dir, plan)
    portal_here = None if twin else portal_dir
    _build_here(request, setups, here, portal_here, plan, sites=sites)
    for job, why in zip(jobs, feed.results() if feed else (), strict=bool(feed)):
        _refused(request, sites, job.school_id, why)
    if twin:
        _refuse_portal(request, sites, twin.portal_built)
    if isinstance(pool, ProcessPoolExecutor):
        pool.shutdown(wait=False)  # the workers end now, not after the cache is written


def _stop(pool: ProcessPoolExecutor | Standby | None, feed: Feed | None) -> None:
    """After a failure: wait for the jobs the workers have, and close the standby."""
    if feed:
        feed.settle()
    if isinstance(pool, Standby):
        pool.close()  # and its twin: nothing builds into the staging folder once it goes


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
                _build_portal(request, setups, portal_dir, plan, sites=sites)
            for job in jobs:
                try:
                    build_job(job, setup, *at_hand(checked, job.school_id))
                except Exception as error:  # as a worker tells it: the others go on
                    _refused(request, sites, job.school_id, why_not_built(error))
    finally:
        if not collecting:
            gc.disable()


def _build_portal(
    request: BuildRequest,
    setups: tuple[SiteSetup, Checked],
    portal_dir: Path,
    plan: PortalPlan,
    *,
    sites: SitePlan,
) -> None:
    """Build the portal here (with the PDFs of the huvudman's reports when the build
    makes PDFs), noting why it was refused."""
    setup, checked = setups
    finish = _portal_pdfs(setup, checked, plan)
    build = partial(build_portal, request.config_file, portal_dir, plan)
    _refuse_portal(request, sites, partial(build, copy=request.copy_assets, finish=finish))
    give_back()  # this process now waits for the workers


def _portal_pdfs(
    setup: SiteSetup, checked: Checked, plan: PortalPlan
) -> Callable[[Path], list[str]] | None:
    """The PDFs of the huvudman's reports, made when the portal is built with PDFs."""
    if not setup.pdf or checked.organiser is None or plan.content is None:
        return None
    from generator.build.pdf.reports import portal_report_pdfs  # noqa: PLC0415 (with PDFs)

    cache = Path(setup.pdf_cache) if setup.pdf_cache else None
    return portal_report_pdfs(checked.organiser, plan.content.site_url, cache)
