"""The four places where trygg reaches into MkDocs' internals, each checked before use.

Written against MkDocs 1.6.1 and Material for MkDocs 9.8.2 (`WRITTEN_FOR`):

1. `Files.add_files_from_theme` lists the theme's files for every site: Jinja walks
   Material's template folder, 14,000 icons included. `list_theme_once` makes the
   list once per set of theme folders (and keeps it on disk under a key of everything
   it depends on) and adds the same files MkDocs would.
2. `Theme.get_env`: `on_env` gives MkDocs' own Jinja environment the shared compiled
   templates, but Material's search plugin makes environments of its own (for its
   translations) that no event reaches; `share_templates_everywhere` gives them the
   same cache.
3. `mkdocs serve` polls for changes every 0.5 s and waits 0.1 s more before it
   rebuilds. `watch_natively` moves the server's watches to the operating system's
   file events and shortens the quiet period (`LiveReloadServer.observer`,
   `build_delay`, `unwatch`).
4. `mkdocs serve` sends its 404 page without the script that reloads a page after a
   rebuild, so an address that was missing (or showed the content's errors) stayed
   so after the fix; `reload_error_pages` adds it (`LiveReloadServer.error_handler`,
   `_inject_js_into_html`, `_visible_epoch`).

Three more live beside the code they speed up: `speed.no_docs_walk` (MkDocs'
`get_files`), `speed.themes_found_once` (MkDocs' `get_themes`) and `onemarkdown`
(MkDocs' `Page.render`, with `plaininline` for Python-Markdown's `InlineProcessor`),
the last two checked against the source they repeat (`source_digest`).

Before patching, each checks that what it replaces is still there, in the shape it
expects. If a newer compatible release changed it, it warns once and leaves MkDocs
alone: the build is slower, its bytes the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath
from typing import Any

import jinja2
from mkdocs.structure.files import File, Files
from mkdocs.theme import Theme

WRITTEN_FOR = {"mkdocs": "1.6.1", "mkdocs-material": "9.8.2"}
log = logging.getLogger("trygg")
_WARNED: set[str] = set()
AddFiles = Callable[[Files, jinja2.Environment, Any], None]
Listing = list[tuple[str, str]]


def warn_once(what: str) -> None:
    """Say once per process that MkDocs' `what` has changed and its shortcut is off."""
    if what not in _WARNED:
        _WARNED.add(what)
        log.warning(
            "trygg: den här versionen av MkDocs har ändrat %s; trygg bygger utan den "
            "genvägen (långsammare, med samma resultat).",
            what,
        )


def source_digest(*parts: Any) -> str:
    """The start of the sha256 of the source of `parts` (functions, classes) one after
    another, to see that a patched internal is the very code a shortcut was written
    against; "" where a source cannot be read."""
    try:
        code = "\n".join(inspect.getsource(part) for part in parts)
    except (OSError, TypeError):
        return ""
    return hashlib.sha256(code.encode()).hexdigest()[:16]


def environments_patchable() -> bool:
    """Whether `Theme.get_env` takes no arguments but the theme, as expected."""
    try:
        return list(inspect.signature(Theme.get_env).parameters) == ["self"]
    except (AttributeError, TypeError, ValueError):
        return False


@contextlib.contextmanager
def share_templates_everywhere(share: Callable[[jinja2.Environment], None]) -> Iterator[None]:
    """Inside the block, every Jinja environment a theme makes goes through `share`."""
    if not environments_patchable():
        warn_once("Theme.get_env")
        yield
        return
    original = Theme.get_env

    def get_env(theme: Theme) -> jinja2.Environment:
        env = original(theme)
        share(env)
        return env

    Theme.get_env = get_env  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Theme.get_env = original  # type: ignore[method-assign]


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
            listings[dirs] = _stored(disk, key, dirs) or _listing(original, env, config)
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
    return disk / f"temafiler-{name}.json"


def _stored(disk: Path | None, key: str, dirs: tuple[str, ...]) -> Listing | None:
    """A listing kept on disk; it is checked to be one, and names only files in `dirs`."""
    if disk is None or not key:
        return None
    try:
        data = json.loads(_listing_file(disk, key, dirs).read_text(encoding="utf-8"))
        listing = [(str(path), str(directory)) for path, directory in data]
    except (OSError, ValueError, TypeError):
        return None
    if any(directory not in dirs or ".." in PurePath(path).parts for path, directory in listing):
        return None
    return listing


def _store(disk: Path | None, key: str, dirs: tuple[str, ...], listing: Listing) -> None:
    target = None if disk is None or not key else _listing_file(disk, key, dirs)
    if target is None or target.exists():
        return
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".temafiler-")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(listing, file)
        Path(temporary).replace(target)


def server_patchable(server: Any) -> bool:
    """Whether the live-reload server has the attributes `watch_natively` changes."""
    return all(hasattr(server, name) for name in ("observer", "build_delay", "unwatch", "watch"))


def watch_natively(server: Any, watched: list[str], paths: list[str], observer: Any) -> None:
    """Move the server's watches of `watched` and `paths` to `observer` (check first
    with `server_patchable`)."""
    moved = []
    for path in watched:
        with contextlib.suppress(KeyError):  # not watched (e.g. the theme without --watch-theme)
            server.unwatch(path)
            moved.append(path)
    server.observer = observer
    for path in [*moved, *paths]:
        server.watch(path)
    server.build_delay = min(server.build_delay, 0.05)  # an editor writes a file in far less


def reload_error_pages(server: Any) -> None:
    """Give the pages `server` sends for a missing address (its 404 page) the script that
    reloads them after each rebuild, as MkDocs does for the pages it finds."""
    needed = ("error_handler", "_inject_js_into_html", "_visible_epoch")
    if not all(hasattr(server, name) for name in needed):
        warn_once("LiveReloadServer.error_handler")
        return
    original = server.error_handler

    def error_handler(code: int) -> bytes | None:
        content = original(code)
        if content is None:
            return None
        return bytes(server._inject_js_into_html(content, server._visible_epoch))

    server.error_handler = error_handler
