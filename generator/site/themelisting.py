"""The first of the places where trygg reaches into MkDocs' internals (`site.internals`):
`Files.add_files_from_theme` lists the theme's files for every site, Jinja walking
Material's template folder, 14,000 icons included. `list_theme_once` makes the list once
per set of theme folders (and keeps it on disk under a key of everything it depends on)
and adds the same files MkDocs would; if MkDocs changed what it patches, it warns once and
leaves MkDocs alone."""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath
from typing import Any

import jinja2
from mkdocs.structure.files import File, Files

from generator.check.cachefiles import inside, write_bytes
from generator.check.cachekey import seal, unseal
from generator.site.internals import warn_once

AddFiles = Callable[[Files, jinja2.Environment, Any], None]
Listing = list[tuple[str, str]]


def theme_listing_patchable() -> bool:
    """Whether `Files.add_files_from_theme` and `File` look as this module expects."""
    try:
        adding = list(inspect.signature(Files.add_files_from_theme).parameters)
        making = list(inspect.signature(File.__init__).parameters)
    except (AttributeError, TypeError, ValueError):
        return False
    return adding == ["self", "env", "config"] and making[:5] == [
        "self", "path", "src_dir", "dest_dir", "use_directory_urls"
    ]  # fmt: skip


@contextlib.contextmanager
def list_theme_once(disk: Path | None, key: str, *, changing: bool = False) -> Iterator[None]:
    """Inside the block, MkDocs lists each set of theme folders once (see the docstring).

    `changing`: the project's own theme folders are listed again whenever a folder in
    them changed (`mkdocs serve --watch-theme`)."""
    if not theme_listing_patchable():
        warn_once("Files.add_files_from_theme")
        yield
        return
    original = Files.add_files_from_theme
    patched = _listing_once(original, disk, key, changing=changing)
    Files.add_files_from_theme = patched  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Files.add_files_from_theme = original  # type: ignore[method-assign]


def _listing_once(original: AddFiles, disk: Path | None, key: str, *, changing: bool) -> AddFiles:
    listings: dict[tuple[str, ...], Listing] = {}

    def add_files_from_theme(files: Files, env: jinja2.Environment, config: Any) -> None:
        dirs = (*config.theme.dirs, "|", *sorted(config.theme.static_templates))
        if changing:
            dirs += (_folder_times(config.theme.dirs),)
        if dirs not in listings:
            stored = _stored(disk, key, dirs)
            listings[dirs] = stored or _listing(original, env, config)
            if stored is None:
                _store(disk, key, dirs, listings[dirs])
        for path, directory in listings[dirs]:
            if files.get_file_from_path(path) is None:
                files.append(File(path, directory, config.site_dir, config.use_directory_urls))

    return add_files_from_theme


def _folder_times(dirs: list[str]) -> str:
    """The modification time of every folder under the theme folders outside the Python
    installation: adding, removing or renaming a file changes its folder's time."""
    installed = (Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve())
    found = []
    for top in dirs:
        if any(Path(top).resolve().is_relative_to(p) for p in installed):
            continue
        for folder, _subfolders, _files in os.walk(top):
            found.append(f"{folder}={os.stat(folder).st_mtime_ns}")  # noqa: PTH116
    return "\n".join(found)


def _listing(original: AddFiles, env: jinja2.Environment, config: Any) -> Listing:
    """What MkDocs itself adds for the theme, as (path, theme dir), from an empty collection."""
    found = Files([])
    original(found, env, config)
    return [(PurePath(f.src_uri).as_posix(), f.src_dir) for f in found if f.src_dir is not None]


def _listing_file(disk: Path, key: str, dirs: tuple[str, ...]) -> Path:
    name = hashlib.sha256("\n".join([key, *dirs]).encode()).hexdigest()[:32]
    return inside(disk, f"temafiler-{name}.json")


def _stored(disk: Path | None, key: str, dirs: tuple[str, ...]) -> Listing | None:
    """A listing kept on disk; it is checked to be one, sealed with the cache key
    (`check.cachekey`), and names only files in `dirs`."""
    if disk is None or not key:
        return None
    try:
        file = _listing_file(disk, key, dirs)
        data = json.loads(unseal(file.name, file.read_bytes()) or b"")
        listing = [(str(path), str(directory)) for path, directory in data]
    except (OSError, ValueError, TypeError):
        return None
    if any(directory not in dirs or ".." in PurePath(path).parts for path, directory in listing):
        return None
    return listing


def _store(disk: Path | None, key: str, dirs: tuple[str, ...], listing: Listing) -> None:
    if disk is None or not key:
        return
    with contextlib.suppress(OSError):
        target = _listing_file(disk, key, dirs)
        write_bytes(target, seal(target.name, json.dumps(listing).encode()))
