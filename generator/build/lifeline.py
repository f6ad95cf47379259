"""A process forked to help a build ends when the process that forked it ends.

Linux's `PR_SET_PDEATHSIG`: a build stopped by its CI (SIGTERM to its process group), by
a closed terminal or by `kill -9` leaves no helper running, building into folders that
are gone or holding its output pipe open. Helpers are only forked on Linux
(`check.forking.can_fork`).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with(parent: int) -> None:
    """End this process (SIGKILL) when `parent`, the process that forked it, ends; at
    once if it already has."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before this process could ask
        os._exit(0)
