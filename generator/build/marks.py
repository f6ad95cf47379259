"""What a cached site looked like when it was stored: size, time and hash of every file.

A cached site shares its files (hard links) with the output it was published in. A
step that edits a published file in place edits the cached file too; its size or time
then no longer match what was stored, and the cached site is not used again: editing
a published file never changes a later build. A cached site that does match is still
scanned before it is taken (`build.scan`): the cache is untrusted. The record is sealed
(`check.cachekey`): one written without the key, with the hashes of edited files, is not
taken; and a file edited in the cache to its old size and time has another hash.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from generator.check.cachefiles import write_bytes
from generator.check.cachekey import seal, unseal

Marks = dict[str, list[int | str]]
# Each file's hash by its device, inode, size and time: the theme's files, hard links to
# one copy in every site, are read once per process.
_HASHES: dict[tuple[int, ...], str] = {}


def marks_of(folder: Path) -> Marks:
    """Each entry under `folder` (relative path) with its size, modification time and
    the hash of its bytes ("" for a link)."""
    marks: Marks = {}
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        # A link to a folder is not walked into, so it is marked as an entry of its own: a
        # site is stored without links, so one marked with a link is not the site stored.
        linked = [name for name in dirs if Path(top, name).is_symlink()]
        for name in sorted([*files, *linked]):
            path = os.path.join(top, name)  # noqa: PTH118 (strings: this runs per file)
            found = os.lstat(path)
            marks[os.path.relpath(path, folder)] = [found.st_size, found.st_mtime_ns, _hash(path)]
    return marks


def _hash(path: str) -> str:
    found = os.lstat(path)
    if os.path.islink(path):  # noqa: PTH114 (strings: this runs per file)
        return ""
    known = (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)
    if known not in _HASHES:
        with open(path, "rb") as file:  # noqa: PTH123
            _HASHES[known] = hashlib.file_digest(file, "sha256").hexdigest()
    return _HASHES[known]


def write_marks(folder: Path, record: Path, purpose: str) -> None:
    """Store what `folder` looks like now in `record` (from `check.cachefiles.inside`),
    sealed for `purpose` (the record's name in the cache)."""
    write_bytes(record, seal(purpose, json.dumps(marks_of(folder), sort_keys=True).encode()))


def matches_marks(folder: Path, record: Path, purpose: str) -> bool:
    """True when `folder` still looks as `record` says; False for a missing, damaged or
    forged record."""
    try:
        data = unseal(purpose, record.read_bytes())
        stored = None if data is None else json.loads(data)
        return isinstance(stored, dict) and stored == marks_of(folder)
    except (OSError, ValueError, RecursionError):
        return False
