"""A worker process's side of building sites: its start (MkDocs quiet, the speed-ups
installed for its lifetime, a first site's needs loaded) and its job, one school's site
from a job written as JSON (`build.jobs`), answered as text: "" when built, else why not."""

from __future__ import annotations

from contextlib import AbstractContextManager, ExitStack
from pathlib import Path

from generator.build.jobs import SchoolJob, SiteSetup, build_job, why_not_built
from generator.model.codec import loads

_PROCESS = ExitStack()  # a worker keeps the build speed-ups installed for its lifetime
_INSTALLED: list[str] = []


def speeding_up(setup: SiteSetup) -> AbstractContextManager[None]:
    """The adapter's speed-ups for `setup`, for the sites built inside the block."""
    from generator.site.build import speeding_up as adapter  # noqa: PLC0415 (imports MkDocs)

    return adapter(Path(setup.assets) if setup.assets else None, setup.copy, setup.disk, setup.key)


def prepare_worker(setup_text: str, config_file: str) -> None:
    """A worker's start: quiet MkDocs, install the speed-ups, load what a first site needs."""
    from generator.site.build import warm_up  # noqa: PLC0415
    from generator.site.quiet import quiet_mkdocs  # noqa: PLC0415

    quiet_mkdocs()
    install(setup_text)
    warm_up(Path(config_file))


def install(setup_text: str) -> None:
    """The speed-ups of `setup_text`, once per process, for the process's lifetime."""
    if setup_text not in _INSTALLED:
        _PROCESS.close()
        _PROCESS.enter_context(speeding_up(loads(SiteSetup, setup_text)))
        _INSTALLED[:] = [setup_text]


def build_school(job_text: str, setup_text: str) -> str:
    """A worker's job: build one school's site with the process's speed-ups; "" when
    built, else why not (as text: nothing but text crosses between processes)."""
    try:
        install(setup_text)
        build_job(loads(SchoolJob, job_text), loads(SiteSetup, setup_text))
    except Exception as error:  # the school is withheld; the others go on
        return why_not_built(error)
    return ""
