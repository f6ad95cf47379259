"""Stage 2 of `trygg build`: check every school (the cache's results, the rest in worker
processes) while deciding which sites to build, and get the workers ready to build them."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.build.cache import BuildCache
from generator.build.inputs import Inputs
from generator.build.jobs import SiteSetup
from generator.build.manifest import Manifest
from generator.build.pool import check_pool, site_builder
from generator.build.publish import ASSETS, work_folder
from generator.build.request import BuildRequest
from generator.build.siteplan import SitePlan, plan_sites
from generator.build.standby import Standby
from generator.check.collector import gc_paused
from generator.check.run import Checked, CheckRun


@dataclass(frozen=True)
class Checking:
    """Stage 2's outcome: the check, the plan for the sites, and the workers for both."""

    run: CheckRun
    checked: Checked
    sites: SitePlan
    setup: SiteSetup
    pool: ProcessPoolExecutor | Standby | None  # builds the sites; None: this process does


def check_stage(
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


@contextmanager
def _assets(request: BuildRequest) -> Iterator[Path]:
    """A folder for one stored copy of each theme file, beside the output (so on its file
    system), removed at the end."""
    request.out.parent.mkdir(parents=True, exist_ok=True)
    folder = work_folder(request.out, ASSETS)
    try:  # from its making, as `publish.staging`'s
        folder.mkdir()
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
