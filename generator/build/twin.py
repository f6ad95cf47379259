"""The standby process's twin (`build.standby`): forked from it once it is ready, so as
ready as it is, it builds the portal when the build sends it one, beside the standby
building the edited school, and links it where the cache takes it from.
"""

from __future__ import annotations

import contextlib
import os
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from generator.check.forking import live_as_helper
from generator.problems import BuildFailed

if TYPE_CHECKING:
    from generator.build.portal import PortalPlan


def fork_twin(school: Connection, portal: Connection) -> int:
    """Fork the twin, which keeps `portal` (the standby keeps `school`); its pid. It ends
    with the standby (`check.forking.live_as_helper`)."""
    standby = os.getpid()
    twin = os.fork()
    if twin == 0:
        live_as_helper(standby)
        school.close()
        _live(portal)
    portal.close()
    return twin


def _live(connection: Connection) -> None:
    """The twin's life: build the portal if it is sent, then end (without the exit
    handlers of the process it was forked from, which are not its own)."""
    try:
        with contextlib.suppress(EOFError):  # EOF: the portal was not needed
            outcome = portal_job(*connection.recv())
            with contextlib.suppress(OSError):  # the build has gone: nobody to tell
                connection.send_bytes(outcome.encode())
    finally:
        os._exit(0)


def portal_job(
    setup_text: str, config_file: Path, folder: Path, plan: PortalPlan, copy: bool
) -> str:
    """Build the portal as the build would; "" when built, else why not."""
    from generator.build.jobs import SiteSetup, keep_built_portal  # noqa: PLC0415
    from generator.build.portalbuilding import build_portal  # noqa: PLC0415
    from generator.build.worker import install  # noqa: PLC0415
    from generator.model.codec import loads  # noqa: PLC0415

    try:
        install(setup_text)
        build_portal(config_file, folder, plan, copy=copy)
        keep_built_portal(folder, loads(SiteSetup, setup_text))
    except BuildFailed as failed:
        return str(failed)
    except Exception as error:  # reported by the build, which stops
        return f"portalen kunde inte byggas ({type(error).__name__}: {error})"
    return ""
