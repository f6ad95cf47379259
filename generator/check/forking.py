"""Whether this process may fork its workers (cheap to import: the CLI asks it first)."""

from __future__ import annotations

import sys
import threading


def can_fork() -> bool:
    """Whether this process can fork safely: Linux, and no other thread running."""
    return sys.platform.startswith("linux") and threading.active_count() == 1
