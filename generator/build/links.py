"""Copying built sites as hard links (or copies): into the cache, the output, from parts."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def link_tree(source: Path, destination: Path, *, copy: bool = False) -> None:
    """Copy a folder as hard links (or copies where links fail): cached and carried-over sites."""
    _link_folder(str(source), str(destination), copy)


def _link_folder(source: str, destination: str, copy: bool) -> None:
    os.makedirs(destination, exist_ok=True)  # noqa: PTH103 (strings: this runs per file)
    with os.scandir(source) as entries:
        for entry in entries:
            target = os.path.join(destination, entry.name)  # noqa: PTH118
            if entry.is_dir(follow_symlinks=False):
                _link_folder(entry.path, target, copy)
            elif copy:
                shutil.copy2(entry.path, target)
            else:
                _link_or_copy(entry.path, target)


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


def link_tree_file(source: Path, destination: Path) -> None:
    """One file as a hard link (or a copy where links fail)."""
    try:
        destination.hardlink_to(source)
    except OSError:
        shutil.copy2(source, destination)
