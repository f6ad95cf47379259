"""Helpers that live beside a preview's builds (`build.watch`, `cli.previewserver`).

On Linux each is a process forked first thing, while the command still has one thread:
the builds fork their own helpers (workers, the standby) only then
(`check.forking.can_fork`), and a file watcher or a web server runs threads. Elsewhere,
where the builds never fork, each is a thread. Either way the helper gets one end of a
pipe, and `close` ends it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from multiprocessing import Pipe, get_context
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from generator.check.forking import can_fork, live_as_helper


class Helper:
    """A helper process (or thread) and the command's end of its pipe."""

    def __init__(self, connection: Connection, runner: BaseProcess | threading.Thread) -> None:
        self.connection = connection
        self.runner = runner

    def close(self) -> None:
        """End it at once (a thread ends with the command)."""
        if isinstance(self.runner, BaseProcess):
            if self.runner.is_alive():
                self.runner.kill()  # a helper ignores SIGTERM, as Ctrl-C (`check.forking`)
            self.runner.join()
        self.connection.close()


def start_helper(target: Callable[[Connection, Any], None], argument: Any) -> Helper:
    """Run `target(connection, argument)` beside the command; its other end is the Helper's."""
    ours, theirs = Pipe()
    if not can_fork():
        thread = threading.Thread(target=target, args=(theirs, argument), daemon=True)
        thread.start()
        return Helper(ours, thread)
    process = get_context("fork").Process(
        target=_helping, args=(os.getpid(), target, theirs, argument), daemon=True
    )
    process.start()
    theirs.close()  # the helper's end lives on in the helper
    return Helper(ours, process)


def _helping(
    command: int, target: Callable[[Connection, Any], None], theirs: Connection, argument: Any
) -> None:
    live_as_helper(command)  # ends with the command; Ctrl-C is the command's to handle
    target(theirs, argument)
