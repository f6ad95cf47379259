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
from contextlib import ExitStack
from pathlib import Path

from generator.build.cache import BuildCache
from generator.build.checkstage import Checking, check_stage
from generator.build.heldreports import withheld_reports
from generator.build.inputs import Inputs, fingerprint, up_to_date
from generator.build.isolation import isolate, withhold
from generator.build.keptsites import unlinked_lines
from generator.build.manifest import Manifest
from generator.build.ownership import project_owner
from generator.build.portal import PortalPlan
from generator.build.privacyheld import leaked_lines
from generator.build.publish import publish, remove_leftovers, removing, staging
from generator.build.publishstage import Staged, build_and_publish
from generator.build.remembering import remember
from generator.build.request import BuildRequest, BuildResult
from generator.build.shards import write_record
from generator.build.withholding import withholding
from generator.problems import Report
from generator.render.portalrows import Withheld


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
        stage = check_stage(request, stack, cache, last, inputs)
        _config_readable(request)
        report = stage.checked.report
        isolated = isolate(stage.checked, request)
        if isolated is None:
            return BuildResult(report)
        withhold(stage.sites, isolated.withheld)
        stage = dataclasses.replace(stage, checked=isolated.checked)
        # Stage 3: build what changed into a staging folder, then swap it in.
        staged = build_and_publish(
            request, stack, (cache, last, now), stage, withheld=isolated.withheld, report=report
        )
        # Stage 4: remember the inputs, the report and the built sites for the next run.
        result = _result(stage, staged, report, isolated.withheld)
        result = dataclasses.replace(result, dropped=isolated.dropped)
        if cache:
            portal = (staged.portal, staged.names)
            _remember(cache, request, (last, inputs), stage, portal=portal, result=result)
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
    stage: Checking, staged: Staged, report: Report, withheld: tuple[Withheld, ...]
) -> BuildResult:
    """What the build did: built, reused, withheld (for errors, or refused once built),
    removed; the huvudman's reports withheld; why withheld units' old output went."""
    sites = stage.sites
    reused = tuple(sorted(sites.kept_selected | set(sites.linked)))
    failed = tuple(w.id for w in withheld) + tuple(sorted(sites.refused))
    held = tuple(r.id for r in stage.checked.held_reports)
    leaked = leaked_lines(stage.checked.held_reports, withheld) + staged.shown
    leaked += unlinked_lines(stage.checked, withheld)
    result = BuildResult(
        report, tuple(sites.build), reused, portal_built=staged.portal.content is not None,
        withheld=failed, refused=staged.refused, removed=staged.gone, withheld_reports=held,
        leaked=leaked,
    )  # fmt: skip
    if why := sites.portal_refused:
        result = dataclasses.replace(result, portal_refused=why, old_portal=bool(staged.names))
    return result


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


def _empty_shard(request: BuildRequest, now: Manifest) -> BuildResult:
    """A share without schools: an output folder holding only its (empty) record."""
    assert request.shard is not None
    with staging(request.out, project_owner(request.content_dir)) as folder:
        write_record(folder, request.shard, now.shared, {})
        with removing(publish(folder, request.out, set())):
            pass
    return BuildResult(Report())


__all__ = ["BuildRequest", "BuildResult", "build_all"]
