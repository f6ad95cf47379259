"""What `trygg förhandsvisa` watches: the files a build reads, as the operating system
reports their changes (`site.preview.ChangeObserver`; polled where it cannot watch).

The watching runs apart from the builds (`build.helpers`): on Linux in a process forked
before anything else, because a build forks its helpers only from a process with no
other thread (`check.forking.can_fork`), and watchdog's observers are threads. The
watcher sends one word per change, `CONTENT` or `SETTINGS` (mkdocs.yml, a file it
inherits, theme/: what the standby process has loaded, `build.live`).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from generator.build.helpers import Helper, start_helper

CONTENT = b"c"
SETTINGS = b"s"
QUIET = 0.05  # seconds without a change before building: an editor's save is one burst
BURST = 1.0  # at most this long: a tool that writes without pause must not stop the builds
WATCHER_GONE = "bevakningen av filerna avslutades oväntat; starta trygg förhandsvisa igen"
POLLED_EVERY = 0.5  # where native events cannot be had, as MkDocs' own polling


@dataclass(frozen=True)
class Watched:
    """The folders and files a build reads, absolute."""

    content_dir: Path
    theme_dir: Path  # watched if it is there
    settings: tuple[Path, ...]  # mkdocs.yml and the files it inherits


class Watcher:
    """Changes to the watched files, as `wait` reports them."""

    def __init__(self, watched: Watched) -> None:
        self.watched = watched
        self.helper: Helper = start_helper(_watch, watched)

    def renew(self, watched: Watched) -> None:
        """Watch `watched` afresh: after a change to the settings, a folder may be new or
        another (theme/ made, content/ replaced, mkdocs.yml inheriting a new file)."""
        self.helper.close()
        self.watched, self.helper = watched, start_helper(_watch, watched)

    def wait(self) -> bool:
        """Wait for a change, then until none came for `QUIET` seconds (at most `BURST`);
        whether any was to the settings."""
        connection = self.helper.connection
        while not connection.poll(0.5):  # in steps: Ctrl-C is seen between them
            pass
        settings, until = False, time.monotonic() + BURST
        while time.monotonic() < until and connection.poll(QUIET):
            try:
                settings |= connection.recv_bytes() == SETTINGS
            except EOFError:  # the watcher has gone: every wait would return at once
                raise OSError(WATCHER_GONE) from None
        return settings

    def close(self) -> None:
        self.helper.close()


class _Sender(FileSystemEventHandler):
    """Sends `SETTINGS` for a change to the settings, to theme/, or to a folder the
    watching rests on (content/ itself, a folder a settings file is or will be in), and
    `CONTENT` for one under content/."""

    def __init__(self, connection: Connection, watched: Watched) -> None:
        self.connection = connection
        self.settings = {os.fsdecode(p) for p in watched.settings}
        self.theme = os.fsdecode(watched.theme_dir) + os.sep
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
        if paths & self.settings or any(f.startswith(self.theme) for f in folders):
            return True
        if not event.is_directory or event.event_type not in ("created", "deleted", "moved"):
            return False
        holding = {f for f in folders if any(s.startswith(f) for s in self.settings)}
        return self.content in folders or bool(holding)


def _watch(connection: Connection, watched: Watched) -> None:
    """The watcher's life: report changes until the build ends it."""
    observer = _observer(watched)
    sender = _Sender(connection, watched)
    observer.schedule(sender, str(watched.content_dir), recursive=True)
    if watched.theme_dir.is_dir():
        observer.schedule(sender, str(watched.theme_dir), recursive=True)
    for folder in sorted({p.parent for p in watched.settings if p.parent.is_dir()}):
        observer.schedule(sender, str(folder), recursive=False)  # saved by renaming, too
    observer.start()
    while observer.is_alive():
        time.sleep(1)


def _observer(watched: Watched) -> BaseObserver:
    """The platform's native observer if it can watch the content, else polling."""
    from generator.site.preview import ChangeObserver, can_watch  # noqa: PLC0415 (MkDocs)

    if can_watch(watched.content_dir):
        return ChangeObserver()
    return PollingObserver(timeout=POLLED_EVERY)
