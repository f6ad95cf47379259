"""Processes that help a command: whether this process may fork them (cheap to import:
the CLI asks it first), and how a helper lives alongside the command that started it.

A helper ends when the command's process ends (Linux's `PR_SET_PDEATHSIG`): a command
stopped by its CI (SIGTERM), by a closed terminal or by `kill -9` leaves no helper
running, building into folders that are gone or holding its output pipe open. Ctrl-C and
SIGTERM are the command's to handle: it says "avbrutet" once and stops its helpers, with
SIGKILL (they ignore the other two).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def can_fork() -> bool:
    """Whether this process can fork safely: Linux, and no other thread running."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def live_as_helper(parent: int) -> None:
    """Make this process a helper of `parent`, the process that started it: Ctrl-C and
    SIGTERM, which reach the whole process group, are left to the command (it stops its
    helpers itself; a helper that died under it could leave it waiting for a result
    forever), and it ends (SIGKILL) when `parent` ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    die_with(parent)


def die_with(parent: int) -> None:
    """End this process (SIGKILL) when `parent` ends; at once if it already has."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it ended before this process could ask
        os._exit(0)
