"""Things MkDocs does for every site that need doing only once; each gives the same bytes.

Inside `speedups(...)`:

- compiled Jinja templates are kept in a shared `BytecodeCache` (MkDocs makes a new
  Jinja environment per site and would compile the 40-odd Material templates again:
  half the time of a small site), in memory and, given a folder, on disk, where
  Jinja's own `FileSystemBytecodeCache` keeps them (it writes atomically, and checks
  the source checksum and the Python version before using a file);
- the list of theme files is made once (Jinja walks Material's template folder,
  14,000 icons included, for every site), and kept on disk under a key of
  everything shared (`generator.check.fingerprint.site_inputs`) and the theme folders;
- theme assets are placed as hard links to one stored copy (`generator.site.assets`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Any

import jinja2
from mkdocs.structure.files import File, Files
from mkdocs.theme import Theme

from generator.site.assets import AssetStore

AddFiles = Callable[[Files, jinja2.Environment, Any], None]
Listing = list[tuple[str, str]]


class BytecodeCache(jinja2.BytecodeCache):
    """Compiled templates in memory, backed by a folder when one is given."""

    def __init__(self, folder: Path | None = None) -> None:
        self.compiled: dict[str, bytes] = {}
        self.disk = jinja2.FileSystemBytecodeCache(str(folder)) if folder else None
        if folder:
            folder.mkdir(parents=True, exist_ok=True)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])
        elif self.disk is not None:
            self.disk.load_bytecode(bucket)
            if bucket.code is not None:
                self.compiled[bucket.key] = bucket.bytecode_to_string()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()
        if self.disk is not None:
            with contextlib.suppress(OSError):  # read-only: compiled again next time, same bytes
                self.disk.dump_bytecode(bucket)


def theme_files_once(
    original: AddFiles,
    assets: AssetStore | None,
    disk: Path | None = None,
    key: str = "",
    *,
    changing: bool = False,
) -> AddFiles:
    """`Files.add_files_from_theme` with the theme listing made once per set of theme dirs.

    With `changing`, the project's own theme folders (outside the Python installation)
    are listed again whenever a folder in them changed (`mkdocs serve --watch-theme`).
    """
    listings: dict[tuple[str, ...], Listing] = {}

    def add_files_from_theme(files: Files, env: jinja2.Environment, config: Any) -> None:
        dirs = (*config.theme.dirs, "|", *sorted(config.theme.static_templates))
        if changing:
            dirs += (_folder_times(config.theme.dirs),)
        if dirs not in listings:
            listings[dirs] = _stored_listing(disk, key, dirs) or _listing(original, env, config)
            _store_listing(disk, key, dirs, listings[dirs])
        for path, directory in listings[dirs]:
            if files.get_file_from_path(path) is None:
                file_type = _StoredFile if assets is not None else File
                file = file_type(path, directory, config.site_dir, config.use_directory_urls)
                if isinstance(file, _StoredFile):
                    file.store = assets
                files.append(file)

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
    return disk / f"temafiler-{name}.json"


def _stored_listing(disk: Path | None, key: str, dirs: tuple[str, ...]) -> Listing | None:
    if disk is None or not key:
        return None
    try:
        data = json.loads(_listing_file(disk, key, dirs).read_text(encoding="utf-8"))
        return [(str(path), str(directory)) for path, directory in data]
    except (OSError, ValueError, TypeError):
        return None


def _store_listing(disk: Path | None, key: str, dirs: tuple[str, ...], listing: Listing) -> None:
    target = None if disk is None or not key else _listing_file(disk, key, dirs)
    if target is None or target.exists():
        return
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".temafiler-")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(listing, file)
        Path(temporary).replace(target)


class _StoredFile(File):
    """A theme file placed as a link to the asset store instead of a fresh copy."""

    store: AssetStore | None = None

    def copy_file(self, dirty: bool = False) -> None:
        if self.store is None or (dirty and not self.is_modified()):
            super().copy_file(dirty)
            return
        self.store.place(self.abs_src_path or "", self.dest_uri, self.abs_dest_path)


@contextmanager
def speedups(
    assets: AssetStore | None, disk: Path | None = None, key: str = "", *, changing: bool = False
) -> Iterator[None]:
    """Share compiled templates, the theme file list and (given a store) the theme assets.

    With `disk` (a cache folder), templates and the file list are kept there too; `key`
    names everything the file list depends on besides the theme folders. `changing`:
    the project's theme files may come and go (`mkdocs serve`), so look before reusing.
    """
    original_env, original_add = Theme.get_env, Files.add_files_from_theme
    cache = BytecodeCache(disk / "jinja" if disk else None)

    def get_env(theme: Theme) -> jinja2.Environment:
        env = original_env(theme)
        env.bytecode_cache = cache
        return env

    Theme.get_env = get_env  # type: ignore[assignment,method-assign]
    add_files = theme_files_once(original_add, assets, disk, key, changing=changing)
    Files.add_files_from_theme = add_files  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        Theme.get_env = original_env  # type: ignore[method-assign]
        Files.add_files_from_theme = original_add  # type: ignore[method-assign]
