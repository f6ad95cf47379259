"""`trygg build`: every school's site plus the portal; one school's errors stop only it.

The pipeline reads as its stages: fingerprint the inputs (and stop if nothing
changed since the cached build); check everything (unchanged schools' results come
from the cache, the rest are checked in worker processes) while deciding which sites
to build and which to reuse; build them into a staging folder (the portal only if its
pages changed); swap in what changed (`generator.build.publish`); remember the result.
A school with errors, or whose new site MkDocs or the last look refuses, is withheld
and its old site left as it was (`build.isolation`), as is a huvudman's report
with errors (`build.heldreports`); errors in huvudman.yml stop the run before
anything is written, and a failed or
interrupted build leaves the previous output exactly as it was. MkDocs is not thread-safe, so
`--jobs` uses processes (`generator.build.pool`: a pool of workers, or one process
made ready to build the one site that changed). Every shortcut (caches, shards,
shared assets, the speed-ups in `generator.site.speed`) gives the same bytes as a
plain build.
"""

from __future__ import annotations

import dataclasses
import gc
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.build.cache import BuildCache
from generator.build.heldreports import carry_reports, withheld_reports
from generator.build.inputs import Inputs, fingerprint, up_to_date
from generator.build.isolation import isolate, withhold, withhold_refused, withholding
from generator.build.jobs import SiteSetup
from generator.build.manifest import Manifest
from generator.build.oldshown import kept_portal
from generator.build.pool import check_pool, site_builder
from generator.build.portal import PortalPlan
from generator.build.portalstage import plan_portal_stage, portal_again
from generator.build.privacyheld import leaked_lines
from generator.build.publish import (
    ASSETS,
    publish,
    remove_leftovers,
    removing,
    staging,
    work_folder,
)
from generator.build.remembering import remember
from generator.build.removed import removed_sites
from generator.build.request import BuildRequest, BuildResult
from generator.build.shards import write_record
from generator.build.siteplan import SitePlan, plan_sites
from generator.build.sites import build_sites
from generator.build.standby import Standby
from generator.check.collector import gc_paused
from generator.check.run import Checked, CheckRun
from generator.problems import Report
from generator.render.portal import Withheld


@dataclass(frozen=True)
class Checking:
    """Stage 2's outcome: the check, the plan for the sites, and the workers for both."""

    run: CheckRun
    checked: Checked
    sites: SitePlan
    setup: SiteSetup
    pool: ProcessPoolExecutor | Standby | None  # builds the sites; None: this process does


def build_all(request: BuildRequest) -> BuildResult:
    """The whole build, as one readable pipeline."""
    cache = BuildCache(request.cache_dir) if request.cache_dir and not request.plain else None
    last = cache.load() if cache else Manifest()
    # Stage 1: the inputs' fingerprints; if nothing changed, the output stands.
    inputs = fingerprint(request, cache)
    now = inputs.manifest
    if cache and up_to_date(request, last, now):
        _config_readable(request)  # a plugin uninstalled, a theme folder gone: not "up to date"
        inputs.files.save()
        remove_leftovers(request.out)  # of a build killed hard
        return _unchanged(request, last, now)
    if request.shard is not None and not any(map(request.shard.owns, now.schools)):
        _config_readable(request)
        return _empty_shard(request, now)
    with ExitStack() as stack:
        # Stage 2: check the content (workers check what the cache does not hold).
        stage = _check(request, stack, cache, last, inputs)
        _config_readable(request)
        report = stage.checked.report
        isolated = isolate(stage.checked, request)
        if isolated is None:
            return BuildResult(report)
        withhold(stage.sites, isolated.withheld)
        stage = dataclasses.replace(stage, checked=isolated.checked)
        # Stage 3: build what changed into a staging folder, then swap it in.
        folder = stack.enter_context(staging(request.out))
        portal, names = build_sites(
            request, stage.checked, stage.sites, folder, pool=stage.pool, setup=stage.setup,
            portal=lambda: plan_portal_stage(
                request, (cache, last, now), stage.checked, isolated.withheld
            ),
        )  # fmt: skip
        refused_units = withhold_refused(request, stage.sites, folder, stage.checked)
        refused = tuple(stage.sites.refused[unit.id] for unit in refused_units)
        # The portal must list them as withheld (unless it was refused already).
        if refused_units and request.shard is None and not stage.sites.portal_refused:
            withheld_all = isolated.withheld + refused_units
            portal, names = portal_again(
                request, (cache, last, now), (stage.setup, stage.checked), folder,
                (portal, names), withheld=withheld_all, sites=stage.sites,
            )  # fmt: skip
        shown: tuple[str, ...] = ()  # what of the old portal went, and why (`oldshown`)
        if stage.sites.portal_refused:  # the schools are published; the old portal stays
            portal, names, shown = kept_portal(request, folder, now.schools, stage.checked, report)
        else:  # a report withheld for its errors keeps its old page
            names = carry_reports(request, folder, portal, names, stage.checked)
        if request.shard is not None:
            record = {s: now.schools[s] for s in stage.sites.selected}
            write_record(folder, request.shard, now.shared, record)
        gone = () if request.shard is not None else removed_sites(request.out, now.schools)
        gone = () if stage.sites.portal_refused and names else gone  # the old portal links them
        stack.enter_context(
            removing(publish(folder, request.out, stage.sites.kept | set(portal.kept)))
        )
        # Stage 4: remember the inputs, the report and the built sites for the next run.
        result = _result(stage, portal, report, isolated.withheld)
        withheld = result.withheld + tuple(sorted(stage.sites.refused))
        held = tuple(r.id for r in stage.checked.held_reports)
        leaked = leaked_lines(stage.checked.held_reports, isolated.withheld) + shown
        result = dataclasses.replace(
            result, removed=gone, withheld=withheld, refused=refused, withheld_reports=held,
            leaked=leaked,
        )  # fmt: skip
        if why := stage.sites.portal_refused:
            result = dataclasses.replace(result, portal_refused=why, old_portal=bool(names))
        if cache:
            _remember(cache, request, (last, inputs), stage, portal=(portal, names), result=result)
    return result


def _config_readable(request: BuildRequest) -> None:
    """With a standby process, the command left it to that process to load MkDocs'
    configuration (this process need not import MkDocs): its verdict, before anything
    is built or reported as up to date."""
    if request.standby is not None:
        request.standby.refuse_unreadable_config()


def _unchanged(request: BuildRequest, last: Manifest, now: Manifest) -> BuildResult:
    """Nothing changed: the last build's report, and the schools and reports it withheld."""
    report, root = last.report(), request.content_dir.resolve().parent
    failed = withholding(report, request.content_dir, root, now.schools)
    schools = tuple(sorted(s for s in failed if s))
    reports = withheld_reports(report, request.content_dir)
    return BuildResult(report, up_to_date=True, withheld=schools, withheld_reports=reports)


def _result(
    stage: Checking, portal: PortalPlan, report: Report, withheld: tuple[Withheld, ...]
) -> BuildResult:
    sites = stage.sites
    reused = tuple(sorted(sites.kept_selected | set(sites.linked)))
    built = portal.content is not None
    failed = tuple(w.id for w in withheld)
    return BuildResult(report, tuple(sites.build), reused, portal_built=built, withheld=failed)


def _remember(
    cache: BuildCache,
    request: BuildRequest,
    inputs: tuple[Manifest, Inputs],
    stage: Checking,
    *,
    portal: tuple[PortalPlan, list[str]],
    result: BuildResult,
) -> None:
    """Keep the file hashes, the new check results and the new sites for the next run."""
    last, now = inputs
    now.files.save()
    stage.run.keep_new()
    plans, names = (stage.sites, portal[0]), portal[1]
    new = Path(stage.setup.keep_in) if stage.setup.keep_in else None
    remember(
        cache, request, (last, now.manifest), result, plans,
        portal_names=names, new_sites=new, checked=stage.checked,
    )  # fmt: skip


def _check(
    request: BuildRequest,
    stack: ExitStack,
    cache: BuildCache | None,
    last: Manifest,
    inputs: Inputs,
) -> Checking:
    """Check every school (or the shard's), deciding meanwhile which sites need building."""
    now = inputs.manifest
    wanted = [s for s in now.schools if request.shard is not None and request.shard.owns(s)]
    with gc_paused():
        sites = plan_sites(request, cache, last, now, wanted or list(now.schools))
        assets = str(stack.enter_context(_assets(request)))
        setup = SiteSetup(assets, request.copy_assets, pdf=request.pdf)
        if cache:
            new_sites = cache.new_sites()  # removed at the end, adopted or not
            setup = SiteSetup(
                assets, request.copy_assets, str(cache.mkdocs), now.shared, str(new_sites),
                pdf=request.pdf, pdf_cache=str(cache.pdfs) if request.pdf else "",
            )  # fmt: skip
            stack.callback(shutil.rmtree, new_sites, ignore_errors=True)
        hashes = (inputs.checked, now.schools)
        builder = site_builder(request, stack, (sites, setup), hashes)
        # A build that fails writes nothing, not even to the cache: hence `deferred`.
        run = CheckRun(request.content_dir, only=wanted, hashes=now.schools, shared=inputs.checked,
                       cache_dir=cache.folder if cache else None, deferred=True)  # fmt: skip
        pool = check_pool(request, stack, run, (sites, setup), builder)
        checked = run.finish(run.schools(pool, request.jobs))
    # The results live to the end of the build: the collector need not scan them again.
    gc.freeze()
    stack.callback(gc.unfreeze)
    return Checking(run, checked, sites, setup, builder or pool)


def _empty_shard(request: BuildRequest, now: Manifest) -> BuildResult:
    """A share without schools: an output folder holding only its (empty) record."""
    assert request.shard is not None
    with staging(request.out) as folder:
        write_record(folder, request.shard, now.shared, {})
        with removing(publish(folder, request.out, set())):
            pass
    return BuildResult(Report())


@contextmanager
def _assets(request: BuildRequest) -> Iterator[Path]:
    """A folder for one stored copy of each theme file, beside the output (so on its file
    system), removed at the end."""
    request.out.parent.mkdir(parents=True, exist_ok=True)
    folder = work_folder(request.out, ASSETS)
    folder.mkdir()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


__all__ = ["BuildRequest", "BuildResult", "build_all"]
