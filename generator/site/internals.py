"""The four places where trygg reaches into MkDocs' internals, each checked before use.

Written against MkDocs 1.6.1 and Material for MkDocs 9.8.2 (`WRITTEN_FOR`):

1. `Files.add_files_from_theme` lists the theme's files for every site: Jinja walks
   Material's template folder, 14,000 icons included. `list_theme_once` makes the
   list once per set of theme folders (and keeps it on disk under a key of everything
   it depends on) and adds the same files MkDocs would (`site.themelisting`).
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
import logging
from collections.abc import Callable, Iterator
from typing import Any

import jinja2
from mkdocs.theme import Theme

WRITTEN_FOR = {"mkdocs": "1.6.1", "mkdocs-material": "9.8.2"}
log = logging.getLogger("trygg")
_WARNED: set[str] = set()


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
