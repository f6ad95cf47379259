"""A quicker `mkdocs serve` that shows the content's errors wherever it is looked at.

`told_terminal` prints the content's problems after each rebuild; while there are
errors the plugin puts the error page at every address of the last good site, and
`reload_error_pages` makes the 404 page reload too, so every page comes back once
the errors are fixed.

The quicker part: the operating system's file events and a warm template cache.

MkDocs 1.6 polls the watched folders every 0.5 s and then waits 0.1 s for more
changes before it rebuilds, so a save takes 0.3–0.6 s just to be noticed. With
`native_watching` the server's watches move to watchdog's native observer (inotify
on Linux, FSEvents on macOS, ReadDirectoryChangesW on Windows), which reports a save
at once, and the quiet period before a rebuild drops to 50 ms (an editor writes a
file in well under that). Where native events are not available (the observer cannot
watch the folder, as on some network drives) the server keeps MkDocs' polling.
The plugin option `snabb_forhandsvisning: false` keeps polling everywhere (for file
systems that accept watches but never send events, such as some container mounts).

Swapping the server's observer reaches into MkDocs' internals (listed in `site.reached`),
so that part lives in `site.internals`, which checks first that the server is as expected.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch
from watchdog.observers.polling import PollingObserver

from generator.problems.report import NOTHING_FOUND
from generator.render.sitecontent import SiteContent
from generator.site.internals import (
    reload_error_pages,
    server_patchable,
    warn_once,
    watch_natively,
)

__all__ = ["ChangeObserver", "native_watching", "reload_error_pages", "told_terminal"]

# What a save, a new file or a removed one can cause. Not opening or reading a file:
# inotify reports those too, and every rebuild reads the content, so it would loop.
CHANGES: list[type[FileSystemEvent]] = [
    FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileClosedEvent,
    FileAttribEvent, DirCreatedEvent, DirDeletedEvent, DirMovedEvent,
]  # fmt: skip


class ChangeObserver(Observer):  # type: ignore[misc,valid-type]
    """The platform's native observer, reporting changes only (`CHANGES`)."""

    def schedule(
        self,
        event_handler: FileSystemEventHandler,
        path: str | Path,
        *,
        recursive: bool = False,
        event_filter: list[type[FileSystemEvent]] | None = None,
        follow_symlink: bool = False,
    ) -> ObservedWatch:
        watch: ObservedWatch = super().schedule(
            event_handler,
            path,
            recursive=recursive,
            event_filter=event_filter or CHANGES,
            follow_symlink=follow_symlink,
        )
        return watch


def native_watching(server: Any, config: Any, paths: list[Path]) -> bool:
    """Watch `paths` (and what MkDocs watches) with native events; False if not possible."""
    if not server_patchable(server):
        warn_once("LiveReloadServer")
        return False
    if not isinstance(server.observer, PollingObserver) or server.observer.is_alive():
        return False  # another plugin changed the observer, or the server already runs
    if not all(can_watch(path) for path in paths if path.exists()):
        return False
    theirs = [str(p) for p in [config.docs_dir, config.config_file_path, *config.theme.dirs] if p]
    watch_natively(server, theirs, [str(p) for p in paths], ChangeObserver())
    return True


def can_watch(path: Path) -> bool:
    """Whether a native observer accepts a recursive watch on `path` (inotify limits...)."""
    probe = ChangeObserver()
    try:
        probe.schedule(FileSystemEventHandler(), str(path), recursive=True)
        probe.start()
    except OSError:
        return False
    finally:
        if probe.is_alive():
            probe.stop()
            probe.join()
    return True


def told_terminal(site: SiteContent, log: Any, shown: tuple[str, ...]) -> tuple[str, ...]:
    """Say, after the content's problems (`plainrun.tell_problems`, once per rebuild),
    whether it has errors, counted as `trygg check` counts them; returns the pages that
    show the errors while some stop the preview: those of the last good site."""
    if site.failed:
        log.error(
            "Innehållet har fel som hindrar förhandsvisningen: %s Varje sida visar felen tills "
            "de är rättade.",
            site.summary,
        )
        return shown
    if site.errors:
        log.error(
            "Innehållet har fel: %s De hindrar inte förhandsvisningen, men trygg check räknar "
            "dem tills de är rättade.",
            site.summary,
        )
    elif site.summary and site.summary != NOTHING_FOUND:  # warnings or notes: counted
        log.info("Inga fel i innehållet: %s", site.summary)
    else:
        log.info("Inga fel i innehållet.")
    return tuple(f.uri for f in site.files if f.uri.endswith(".md"))


def refused_page(problems: list[str]) -> str:
    """The page the preview shows instead of one the last look refuses."""
    found = "".join(f"<li>{html.escape(problem)}</li>" for problem in problems)
    return (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8">'
        "<title>Sidan visas inte</title></head><body><main><h1>Sidan visas inte</h1>"
        f"<p>trygg visar inte sidan, och skulle inte publicera den, eftersom den har:</p>"
        f"<ul>{found}</ul><p>Rätta innehållet; sidan laddas om när du sparar.</p>"
        "</main></body></html>"
    )
