"""What a cached site looked like when it was stored: size and time of every file.

A cached site shares its files (hard links) with the output it was published in. A
step that edits a published file in place edits the cached file too; its size or time
then no longer match what was stored, and the cached site is not used again: editing
a published file never changes a later build. A cached site that does match is still
scanned before it is taken (`build.scan`): the cache is untrusted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from generator.check.cachefiles import write_bytes

Marks = dict[str, list[int]]


def marks_of(folder: Path) -> Marks:
    """Each entry under `folder` (relative path) with its size and modification time."""
    marks: Marks = {}
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        # A link to a folder is not walked into, so it is marked as an entry of its own: a
        # site is stored without links, so one marked with a link is not the site stored.
        linked = [name for name in dirs if Path(top, name).is_symlink()]
        for name in sorted([*files, *linked]):
            path = os.path.join(top, name)  # noqa: PTH118 (strings: this runs per file)
            found = os.lstat(path)
            marks[os.path.relpath(path, folder)] = [found.st_size, found.st_mtime_ns]
    return marks


def write_marks(folder: Path, record: Path) -> None:
    """Store what `folder` looks like now in `record` (from `check.cachefiles.inside`)."""
    write_bytes(record, json.dumps(marks_of(folder), sort_keys=True).encode())


def matches_marks(folder: Path, record: Path) -> bool:
    """True when `folder` still looks as `record` says; False for a missing or damaged record."""
    try:
        stored = json.loads(record.read_text(encoding="utf-8"))
        return isinstance(stored, dict) and stored == marks_of(folder)
    except (OSError, ValueError, RecursionError):
        return False
