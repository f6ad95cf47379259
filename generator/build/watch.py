"""What `trygg förhandsvisa` watches: the files a build reads, as the operating system
reports their changes (`site.preview.ChangeObserver`; polled where it cannot watch).

The watching runs apart from the builds (`build.helpers`): on Linux in a process forked
before anything else, because a build forks its helpers only from a process with no
other thread (`check.forking.can_fork`), and watchdog's observers are threads. The
watcher sends one word per change, `CONTENT` or `SETTINGS` (mkdocs.yml, a file it
inherits, theme/: what the standby process has loaded, `build.live`).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from generator.build.helpers import Helper, start_helper

CONTENT = b"c"
SETTINGS = b"s"
READY = b"r"  # sent once the watcher watches
STARTING = 10.0  # seconds a watcher may take to start watching a large content/
QUIET = 0.05  # seconds without a change before building: an editor's save is one burst
BURST = 1.0  # at most this long: a tool that writes without pause must not stop the builds
WATCHER_GONE = "bevakningen av filerna avslutades oväntat; starta trygg förhandsvisa igen"
SERVER_GONE = "webbservern avslutades oväntat; starta trygg förhandsvisa igen"
POLLED_EVERY = 0.5  # where native events cannot be had, as MkDocs' own polling


@dataclass(frozen=True)
class Watched:
    """The folders and files a build reads, absolute."""

    content_dir: Path
    theme_dirs: tuple[Path, ...]  # theme/ and a `custom_dir` elsewhere, if there
    settings: tuple[Path, ...]  # mkdocs.yml, the files it inherits, its hooks


class Watcher:
    """Changes to the watched files, as `wait` reports them."""

    def __init__(self, watched: Watched) -> None:
        self.watched, self.helper = watched, _started(watched)
        self.pending = b""  # what the last watcher saw before it was replaced

    def renew(self, watched: Watched) -> None:
        """Watch `watched` afresh: after a change to the settings, a folder may be new or
        another (theme/ made, content/ replaced, mkdocs.yml inheriting a new file). The
        new watcher is watching before the old one ends, and what the old one saw last is
        kept for the next `wait`: no save is missed in between."""
        helper = _started(watched)
        while self.helper.connection.poll(0):
            try:
                said = self.helper.connection.recv_bytes()
            except EOFError:
                break
            self.pending = max(self.pending, said if said != READY else b"")  # SETTINGS first
        self.helper.close()
        self.watched, self.helper = watched, helper

    def wait(self, alive: Callable[[], bool] = lambda: True) -> bool:
        """Wait for a change, then until none came for `QUIET` seconds (at most `BURST`);
        whether any was to the settings. Raises OSError when the watcher, or what `alive`
        asks about (the web server), has gone."""
        connection = self.helper.connection
        while not self.pending and not connection.poll(0.5):  # Ctrl-C is seen between
            if not alive():
                raise OSError(SERVER_GONE)
        settings, until = self.pending == SETTINGS, time.monotonic() + BURST
        self.pending = b""
        while time.monotonic() < until and connection.poll(QUIET):
            try:
                settings |= connection.recv_bytes() == SETTINGS
            except EOFError:  # the watcher has gone: every wait would return at once
                raise OSError(WATCHER_GONE) from None
        return settings

    def close(self) -> None:
        self.helper.close()


def _started(watched: Watched) -> Helper:
    """A watcher, once it watches (or has failed to start: the next `wait` says so)."""
    helper = start_helper(_watch, watched)
    with contextlib.suppress(EOFError, OSError):
        if helper.connection.poll(STARTING):
            helper.connection.recv_bytes()  # READY
    return helper


class _Sender(FileSystemEventHandler):
    """Sends `SETTINGS` for a change to the settings, to theme/, or to a folder the
    watching rests on (content/ itself, a folder a settings file is or will be in), and
    `CONTENT` for one under content/."""

    def __init__(self, connection: Connection, watched: Watched) -> None:
        self.connection = connection
        self.settings = {os.fsdecode(p) for p in watched.settings}
        self.themes = tuple(os.fsdecode(p) + os.sep for p in watched.theme_dirs)
        self.content = os.fsdecode(watched.content_dir) + os.sep

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):  # reading is no change
            return
        paths = {os.fsdecode(event.src_path), os.fsdecode(getattr(event, "dest_path", ""))}
        paths.discard("")
        if self._settings(event, paths):
            self.connection.send_bytes(SETTINGS)
        elif any(p.startswith(self.content) for p in paths):
            self.connection.send_bytes(CONTENT)

    def _settings(self, event: FileSystemEvent, paths: set[str]) -> bool:
        """Whether the event is to a settings file, to theme/ or in it, or makes, removes or
        moves a folder the watching rests on: content/ itself, or one that holds (or will
        hold) a settings file."""
        folders = {f"{p}{os.sep}" for p in paths}
        if paths & self.settings or any(f.startswith(self.themes) for f in folders):
            return True
        if not event.is_directory or event.event_type not in ("created", "deleted", "moved"):
            return False
        holding = {f for f in folders if any(s.startswith(f) for s in self.settings)}
        return self.content in folders or bool(holding)


def _watch(connection: Connection, watched: Watched) -> None:
    """The watcher's life: report changes until the build ends it. A folder not there
    (content/ moved away) is not watched; its parent's watch sees it come back."""
    existing = [p for p in (watched.content_dir, *watched.theme_dirs) if p.is_dir()]
    observer = _observer(existing[0] if existing else watched.settings[0].parent)
    sender = _Sender(connection, watched)
    for folder in existing:
        observer.schedule(sender, str(folder), recursive=True)
    for folder in sorted({p.parent for p in watched.settings if p.parent.is_dir()}):
        observer.schedule(sender, str(folder), recursive=False)  # saved by renaming, too
    observer.start()
    connection.send_bytes(READY)
    while observer.is_alive():
        time.sleep(1)


def _observer(folder: Path) -> BaseObserver:
    """The platform's native observer if it can watch `folder`, else polling."""
    from generator.site.preview import ChangeObserver, can_watch  # noqa: PLC0415 (MkDocs)

    if can_watch(folder):
        return ChangeObserver()
    return PollingObserver(timeout=POLLED_EVERY)
