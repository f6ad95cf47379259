"""Who builds the sites and checks the schools in `trygg build`: this process or workers.

- Many sites to build, or many schools to check: a pool of `--jobs` worker processes
  (`generator.check.workers`), forked where possible, getting MkDocs ready as they start.
- One site to build (a typo fixed): the CLI's standby process (`generator.build.standby`),
  which got ready while this process checked; or else one forked worker started now.
  When the schools' check results are not in the cache (a new day), the workers
  check them too.
- Little of either: this process, without the cost of starting any.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from functools import partial

from generator.build.jobs import SiteSetup
from generator.build.request import BuildRequest
from generator.build.siteplan import SitePlan
from generator.build.standby import Standby
from generator.build.worker import prepare_worker
from generator.check.cache import CheckCache
from generator.check.forking import can_fork
from generator.check.run import PARALLEL_FROM, CheckRun
from generator.check.workers import start_pool
from generator.clock import reference_date
from generator.model.codec import dumps


def site_builder(
    request: BuildRequest,
    stack: ExitStack,
    plan: tuple[SitePlan, SiteSetup],
    hashes: tuple[str, dict[str, str]],
) -> Standby | ProcessPoolExecutor | None:
    """For one site to build, the process that builds it (ready or getting ready now).

    `hashes`: the check's shared inputs and each school's files, to see whether the
    cache holds today's check results."""
    sites, setup = plan
    single = len(sites.build) == 1 and not request.plain and request.jobs > 1
    if request.standby is not None:
        if single:
            return request.standby
        # Before any worker loads mkdocs.yml: a broken one is a message, not a crash.
        request.standby.refuse_unreadable_config()
        request.standby.close()  # not needed: no waiting for it at the end
    if not single or not can_fork():
        return None
    workers = request.jobs if _cold(request, *hashes) else 1
    return start_pool(workers, stack, None, _site_workers(request, setup))


def check_pool(
    request: BuildRequest,
    stack: ExitStack,
    run: CheckRun,
    plan: tuple[SitePlan, SiteSetup],
    builder: Standby | ProcessPoolExecutor | None,
) -> ProcessPoolExecutor | None:
    """Workers for the checks (and the sites, when no `builder` was made for one site)."""
    sites, setup = plan
    if isinstance(builder, ProcessPoolExecutor):
        return builder
    if request.plain or request.jobs <= 1:
        return None
    many = len(run.fresh()) >= PARALLEL_FROM or (builder is None and len(sites.build) > 1)
    if not many:
        return None
    warm = _site_workers(request, setup) if sites.build and builder is None else None
    return start_pool(request.jobs, stack, run.organiser, warm)


def _site_workers(request: BuildRequest, setup: SiteSetup) -> Callable[[], None]:
    """The workers' initializer: get ready to build sites. MkDocs is imported here, once,
    before the workers are forked."""
    import generator.site.build  # noqa: F401, PLC0415 (MkDocs, only when building)
    from generator.site.quiet import quiet_mkdocs  # noqa: PLC0415

    quiet_mkdocs()
    # What this process holds now is shared with the workers forked next: out of the
    # collector's way (the build unfreezes it at the end), a worker's collections do not
    # write to those pages and so copy them.
    gc.freeze()
    return partial(prepare_worker, dumps(setup), str(request.config_file))


def _cold(request: BuildRequest, shared: str, schools: dict[str, str]) -> bool:
    """Whether the schools' check results are missing from the cache (a new day, say)."""
    if request.cache_dir is None:
        return True
    cache = CheckCache(request.cache_dir, shared, reference_date())
    return not any(cache.holds(school, digest) for school, digest in list(schools.items())[:3])
