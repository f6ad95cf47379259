"""Builds that follow the content as it is written (`trygg förhandsvisa`).

One process builds every site and the portal, then builds again after each save: only
what changed, as `trygg build` with its cache, but without starting Python and
importing the check each time (about half of a one-shot build after an edit,
benchmarks/README.md). While it waits, a standby process (`build.standby`) is forked
and getting ready for the next build, as a one-shot build forks one first thing; a
change to mkdocs.yml, a file it inherits or theme/ replaces it with one ready with the
new settings.
"""

from __future__ import annotations

import dataclasses
import gc
import time
from dataclasses import dataclass

from generator.build.pipeline import build_all
from generator.build.request import BuildRequest, BuildResult
from generator.build.standby import Standby, standby_for


@dataclass(frozen=True)
class Rebuilt:
    result: BuildResult
    seconds: float


class LiveBuilds:
    """Build `request` again and again; `request.standby` is this object's to set."""

    def __init__(self, request: BuildRequest) -> None:
        import generator.site.build  # noqa: F401, PLC0415 (MkDocs, once: each standby has it)

        self.request = request
        self.standby: Standby | None = None

    def build(self, settings_changed: bool = False) -> Rebuilt:
        """One build, of what changed since the last; then a standby for the next."""
        started = time.perf_counter()
        if settings_changed:
            self.forget_settings()
        standby, self.standby = self.standby, None
        try:
            result = build_all(dataclasses.replace(self.request, standby=standby))
        finally:
            if standby is not None:
                standby.close()
        seconds = time.perf_counter() - started
        gc.collect()  # a long-lived process: what the builds left goes now, not at exit
        self.standby = standby_for(self.request.config_file, self.request.cache_dir,
                                   self.request.jobs)  # fmt: skip
        return Rebuilt(result, seconds)

    def forget_settings(self) -> None:
        """After the settings changed: no standby made ready with the old ones, and what
        this process keeps of them read again (`site.reloading`)."""
        from generator.site.reloading import forget_loaded_settings  # noqa: PLC0415 (MkDocs)

        self._end_standby()
        forget_loaded_settings()

    def close(self) -> None:
        self._end_standby()

    def _end_standby(self) -> None:
        if self.standby is not None:
            self.standby.close()
            self.standby = None
