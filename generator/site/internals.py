"""The checks and the one notice of trygg's shortcuts through MkDocs' internals.

Every private name, patched function and English wording of MkDocs, Material and
Python-Markdown that trygg relies on is in one table, `site.reached.REACHED_INTO`, with
the module that relies on it, how it is checked first and what happens when the check
fails (tests/test_reached.py finds them in the code and fails for one the table lacks).
This module holds the patches of `Theme.get_env` and of the preview server; the others
live beside the code they speed up.

Before patching, each checks that what it replaces is still there, in the shape it
expects (its signature, or the digest of the source it repeats: `source_digest`). If a
newer compatible release changed it, trygg says so once (`warn_once`) and leaves the
library alone: the build is slower, its bytes the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import jinja2
from mkdocs.plugins import get_plugin_logger
from mkdocs.theme import Theme

# As the plugin's own messages: through MkDocs' handler, "trygg: " before each line.
log = get_plugin_logger("trygg")
_WARNED: set[str] = set()


def warn_once(what: str) -> None:
    """Say once per process that `what` is not as its shortcut expects and the shortcut is
    off. At INFO: nothing for the author to do (the bytes are the same), so `--strict`
    does not stop on it; `mkdocs build` and `mkdocs serve` show it, `trygg build` (which
    keeps MkDocs' INFO quiet) does not."""
    if what not in _WARNED:
        _WARNED.add(what)
        log.info(
            "%s är inte som trygg väntar sig i den installerade versionen; trygg bygger "
            "utan den genvägen (långsammare, med samma resultat).",
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
