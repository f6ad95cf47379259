"""What many sites in one process share: MkDocs' plugin events, two patches (`site.reached`).

- `on_env`: compiled Jinja templates go to one `BytecodeCache` per process, in memory
  and, given a folder, on disk (MkDocs makes a new Jinja environment per site and would
  compile the 40-odd Material templates again: half the time of a small site);
- `on_files`: each theme file is swapped for one that is placed as a hard link to a
  stored copy (`site.assets`) instead of a fresh copy.

`trygg build` uses these for the sites each process builds (`using`, through
`site.build.speeding_up`); `mkdocs serve` keeps compiled templates between rebuilds. A
plain `mkdocs build` uses none. Every shortcut gives the same bytes as MkDocs alone.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from mkdocs.structure.files import File, Files

from generator.check.cachefiles import inside, write_bytes
from generator.check.cachekey import seal, unseal
from generator.site.assets import AssetStore


@dataclass(frozen=True)
class Speedups:
    assets: AssetStore | None = None  # theme files as hard links to one store
    disk: Path | None = None  # a cache folder for compiled templates and the theme listing
    key: str = ""  # what the theme listing depends on besides the theme folders
    changing: bool = False  # the project's theme files may come and go (`mkdocs serve`)


_CURRENT: list[Speedups] = []
_CACHES: dict[Path | None, BytecodeCache] = {}


@contextlib.contextmanager
def using(speedups: Speedups) -> Iterator[None]:
    """Use `speedups` for the sites built inside the block."""
    _CURRENT.append(speedups)
    try:
        yield
    finally:
        _CURRENT.pop()


def current() -> Speedups | None:
    return _CURRENT[-1] if _CURRENT else None


class BytecodeCache(jinja2.BytecodeCache):
    """Compiled templates in memory, backed by a folder when one is given. Kept in memory
    as code objects, by the template's file and source (a site's environment then reads
    no bytecode: unmarshalling the theme's templates again was a thirtieth of a site)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.compiled: dict[tuple[str, str], CodeType] = {}
        self.disk = SealedBytecodeCache(str(folder)) if folder else None
        if folder:
            folder.mkdir(parents=True, exist_ok=True)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        known = self.compiled.get((bucket.key, bucket.checksum))
        if known is not None:
            bucket.code = known
        elif self.disk is not None:
            # Each file is sealed; Jinja checks the source's checksum and the Python version.
            self.disk.load_bytecode(bucket)
            if bucket.code is not None:
                self.compiled[bucket.key, bucket.checksum] = bucket.code

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.code is not None:
            self.compiled[bucket.key, bucket.checksum] = bucket.code
        if self.disk is not None:
            with contextlib.suppress(OSError):  # read-only: compiled again next time, same bytes
                self.disk.dump_bytecode(bucket)


class SealedBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's folder of compiled templates, each file sealed with the cache key
    (`check.cachekey`): unmarshalling a file from an untrusted cache would run its code,
    so one that does not verify is compiled again."""

    def _file(self, bucket: jinja2.bccache.Bucket) -> tuple[Path, str]:
        name = self.pattern % bucket.key
        return inside(Path(self.directory), name), f"jinja/{name}"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:  # (`inside` removes a link it meets, which a read-only cache refuses)
            path, purpose = self._file(bucket)
            data = unseal(purpose, path.read_bytes())
        except OSError:
            return
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        path, purpose = self._file(bucket)
        write_bytes(path, seal(purpose, bucket.bytecode_to_string()))


def share_templates(env: jinja2.Environment) -> None:
    """`on_env`: the process's compiled templates for this site's environment."""
    speedups = current()
    if speedups is not None:
        folder = inside(speedups.disk, "jinja") if speedups.disk else None
        env.bytecode_cache = _CACHES.setdefault(folder, BytecodeCache(folder))


def store_theme_files(files: Files, config: Any) -> Files:
    """`on_files`: the theme's files placed as links to the asset store, if there is one."""
    speedups = current()
    if speedups is None or speedups.assets is None:
        return files
    theme_dirs = set(config.theme.dirs)
    return Files(
        _stored(file, speedups.assets, config)
        if file.src_dir in theme_dirs and not file.generated_by
        else file
        for file in files
    )


def _stored(file: File, store: AssetStore, config: Any) -> File:
    swapped = _StoredFile(file.src_uri, file.src_dir, config.site_dir, config.use_directory_urls)
    swapped.store = store
    return swapped


class _StoredFile(File):
    """A theme file placed as a link to the asset store instead of a fresh copy."""

    store: AssetStore | None = None

    def copy_file(self, dirty: bool = False) -> None:
        if self.store is None or (dirty and not self.is_modified()):
            super().copy_file(dirty)
            return
        self.store.place(self.abs_src_path or "", self.dest_uri, self.abs_dest_path)


@contextlib.contextmanager
def no_docs_walk() -> Iterator[None]:
    """Inside the block, MkDocs' build does not list `docs_dir`: the plugin hands every page
    over from the content and drops whatever is in `docs_dir` (`plugin.on_files`), so the
    listing, done again for every site, is work for nothing (when docs_dir was content/,
    thousands of files at 300 schools, about 0.07 s a site; now an empty folder). Off,
    with a warning, where MkDocs builds its list otherwise."""
    from mkdocs.commands import build as command  # noqa: PLC0415
    from mkdocs.structure.files import get_files  # noqa: PLC0415

    from generator.site.internals import warn_once  # noqa: PLC0415

    if getattr(command, "get_files", None) is not get_files:
        warn_once("get_files")
        yield
        return
    command.get_files = lambda config: Files([])  # type: ignore[attr-defined]
    try:
        yield
    finally:
        command.get_files = get_files  # type: ignore[attr-defined]


@contextlib.contextmanager
def themes_found_once() -> Iterator[None]:
    """Inside the block, MkDocs looks for the installed themes once. It keeps what it
    found, but forgets it whenever it loads a theme (`Theme._load_theme_config`), so
    every site's configuration asked Python's package metadata again (two thirds of
    loading a site's mkdocs.yml); packages are not installed in the middle of a build.
    Off, with a warning, where `get_themes` is not MkDocs' cached function."""
    from mkdocs import utils  # noqa: PLC0415

    from generator.site.internals import warn_once  # noqa: PLC0415

    found = utils.get_themes
    if not callable(getattr(found, "cache_clear", None)) or inspect.signature(found).parameters:
        warn_once("get_themes")
        yield
        return
    try:
        kept = found()
    except Exception:  # a broken install: each site's configuration says so, as without this
        kept = None
    if kept is None:
        yield
        return

    def get_themes() -> Any:
        return kept

    get_themes.cache_clear = lambda: None  # type: ignore[attr-defined]
    utils.get_themes = get_themes  # type: ignore[assignment]
    try:
        yield
    finally:
        utils.get_themes = found
