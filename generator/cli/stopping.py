"""How a command that runs until it is stopped (`trygg förhandsvisa`) is stopped: as after
Ctrl-C also when its terminal closes, and never halfway through ending its helpers."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def hang_up_as_stop() -> Callable[[], None]:
    """Make a closed terminal (SIGHUP) stop the preview as Ctrl-C does, its temporary
    folder removed (SIGTERM does already: `cli.main`); what undoes it."""
    if not hasattr(signal, "SIGHUP"):
        return lambda: None
    before = signal.signal(signal.SIGHUP, _stop)

    def undo() -> None:
        signal.signal(signal.SIGHUP, before)

    return undo


def _stop(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


@contextmanager
def uninterrupted() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP wait while the preview ends its helpers and removes
    its folder."""
    names = ("SIGINT", "SIGTERM", "SIGHUP")
    stops = [getattr(signal, name) for name in names if hasattr(signal, name)]
    before = {stop: signal.signal(stop, signal.SIG_IGN) for stop in stops}
    try:
        yield
    finally:
        for stop, handler in before.items():
            signal.signal(stop, handler)
