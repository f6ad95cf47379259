"""The preview's native file watching reports saves, not reads (a rebuild reads every file)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator.site.preview import ChangeObserver


class _Seen(FileSystemEventHandler):
    def __init__(self) -> None:
        self.events: list[FileSystemEvent] = []
        self.arrived = threading.Event()

    def on_any_event(self, event: FileSystemEvent) -> None:
        self.events.append(event)
        self.arrived.set()


def test_reading_is_not_a_change_and_saving_is(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yml"
    plan.write_text("vision: A\n", encoding="utf-8")
    seen = _Seen()
    observer = ChangeObserver()
    observer.schedule(seen, str(tmp_path), recursive=True)
    observer.start()
    try:
        time.sleep(0.2)
        for _ in range(3):
            plan.read_text(encoding="utf-8")
        assert not seen.arrived.wait(0.3), seen.events
        plan.write_text("vision: B\n", encoding="utf-8")
        assert seen.arrived.wait(2.0)
    finally:
        observer.stop()
        observer.join()


def test_the_preview_shows_no_page_the_last_look_refuses() -> None:
    """`mkdocs serve` replaces a page the build would refuse by a page that says why."""
    from types import SimpleNamespace

    from generator.site.plugin import TryggPlugin

    plugin = TryggPlugin()
    plugin.serving = True
    config = SimpleNamespace(theme=SimpleNamespace(dirs=[]))
    page = SimpleNamespace(file=SimpleNamespace(src_uri="index.md"))
    unsafe = '<html><body><img src="https://evil.example/x.png"><p>121212-1212</p></body></html>'
    shown = plugin.on_post_page(unsafe, page=page, config=config)
    assert "<h1>Sidan visas inte</h1>" in shown and 'lang="sv"' in shown
    assert "evil.example" not in shown and "121212" not in shown
    assert "ett personnummer" in shown and "hämtar från en annan värd" in shown
    safe = "<html><body><p>Hej</p></body></html>"
    assert plugin.on_post_page(safe, page=page, config=config) == safe
