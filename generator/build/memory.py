"""Giving memory back to the system once a large part of the build is done with it.

Python frees what it no longer needs into its own allocator and glibc's heap, which keep
it for the next allocation; a process that is done with a large phase (the check of 300
schools, the portal's build) keeps that memory for the rest of the build unless it is
returned. `give_back()` collects the cycles and asks glibc to return its free pages
(`malloc_trim`), a few milliseconds; elsewhere it only collects.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import sys
from collections.abc import Callable

from generator.personal_data.emails import forget_spelt
from generator.personal_data.readable import as_seen


def give_back() -> None:
    """Free unreachable cycles and the last look's remembered texts, and return the
    heap's free pages to the system."""
    forget_texts()
    gc.collect()
    if (trim := _malloc_trim()) is not None:
        trim(0)


def forget_texts() -> None:
    """Forget the texts the last look remembers (`as_seen` keeps the last 16, a whole
    site's text each: MiBs for the portal): no later site shows them again."""
    as_seen.cache_clear()
    forget_spelt()


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # the process's libc
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim
