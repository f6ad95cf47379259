"""The preview's native file watching reports saves, not reads (a rebuild reads every file)."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator.load.layout import EMPTY_DOCS_DIR
from generator.render.sitecontent import SiteContent
from generator.site.preview import ChangeObserver, told_terminal

ROOT = Path(__file__).resolve().parents[1]


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


# `mkdocs serve` in the test's process: MkDocs' own server answers requests without a
# socket, and rebuilds when the test says so (as it would on a save).
SCHOOL = "ekbackens-skola"
ADDRESSES = {  # address: what the good site shows there
    "/": "Ekbackens skola",
    "/trygghetsplan/2025-26/": "Trygghetsplan för läsåret 2025/26",
    "/elev/lagstadiet/": "För elever i åk F–3",
}


class _Preview:
    def __init__(self, project: Path) -> None:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.livereload import LiveReloadServer

        self.site_dir = project / "forhandsvisning"

        def config() -> Any:
            loaded = load_config(str(project / "mkdocs.yml"), site_dir=str(self.site_dir))
            loaded.site_url = "http://127.0.0.1:8000/"
            return loaded

        def builder() -> None:
            build(config(), serve_url="http://127.0.0.1:8000/")

        self.config = config()
        self.config.plugins.on_startup(command="serve", dirty=False)
        self.rebuild = builder
        server = LiveReloadServer(
            builder=builder, host="127.0.0.1", port=0, root=str(self.site_dir)
        )
        server.error_handler = self._error_page  # as `mkdocs serve` does
        server.watch(str(project / "mkdocs.yml"))
        self.server = self.config.plugins.on_serve(server, config=self.config, builder=builder)

    def _error_page(self, code: int) -> bytes | None:
        page = self.site_dir / f"{code}.html"
        return page.read_bytes() if page.is_file() else None

    def get(self, address: str) -> tuple[int, str]:
        status: list[str] = []
        body = self.server.serve_request(
            {"PATH_INFO": address}, lambda s, headers: status.append(s)
        )
        text = b"".join(body).decode("utf-8")
        if hasattr(body, "close"):
            body.close()
        return int(status[0].split()[0]), text

    def close(self) -> None:
        self.server.observer.unschedule_all()
        self.server.server_close()
        self.config.plugins.on_shutdown()


@pytest.fixture
def preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[_Preview]:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    shutil.copytree(ROOT / "content", tmp_path / "content")
    monkeypatch.setenv("SKOLA", SCHOOL)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    shown = _Preview(tmp_path)
    try:
        yield shown
    finally:
        shown.close()


def _break(project: Path) -> tuple[Path, str]:
    school = project / "content" / "skolor" / SCHOOL / "skola.yml"
    good = school.read_text(encoding="utf-8")
    school.write_text(good.replace("årskurser: F-6", 'årskurser: "<b>F-99</b>"'), encoding="utf-8")
    return school, good


def test_while_the_content_has_errors_every_address_shows_them(
    preview: _Preview, caplog: pytest.LogCaptureFixture
) -> None:
    """Every page of the last good site shows the problem list (200), a missing page too
    (404); each reloads after the next rebuild and is the real page again once fixed."""
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        preview.rebuild()
    heard = [r.getMessage() for r in caplog.records]
    assert "trygg: Inga fel i innehållet: 0 fel, 1 varning." in heard, heard  # as trygg check
    # Earlier plans are left out of the menu on purpose: MkDocs does not list them.
    assert not [m for m in heard if "not included in the" in m], heard
    for address, text in ADDRESSES.items():
        status, page = preview.get(address)
        assert status == 200 and text in page and "trygg-problems" not in page, address
    school, good = _break(preview.site_dir.parent)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        preview.rebuild()
    told = [(r.levelno, r.getMessage()) for r in caplog.records if r.name.endswith("trygg")]
    errors = [message for level, message in told if level == logging.ERROR]
    assert len(errors) == 2, told  # once per rebuild, file:line:column, in Swedish
    assert "content/skolor/ekbackens-skola/skola.yml:4:12: fel TP015" in errors[0]
    assert errors[1].startswith("trygg: Innehållet har fel som hindrar förhandsvisningen: 1 fel,")
    warned = [message for level, message in told if level == logging.WARNING]
    assert warned and all(" varning TP" in message for message in warned), told
    for address in [*ADDRESSES, "/finns-inte/"]:
        status, page = preview.get(address)
        assert status == (404 if address == "/finns-inte/" else 200), address
        assert "Fel i innehållet" in page and 'class="trygg-problems"' in page, address
        assert "skola.yml:4:12" in page and "skriv årskurserna som F-6" in page, address
        assert "<b>F-99" not in page and "&lt;b&gt;F-99" in page, address  # escaped
        # the warnings the summary counts are listed too, after the errors, where and how
        listed = page[page.index('class="trygg-warnings"') :]
        assert "2026-27.yml:191:7</code> varning TP203" in listed, address
        assert "lägg till delresultat per årskurs" in listed, address
        assert "livereload" in page, address  # reloads after the fix
    school.write_text(good, encoding="utf-8")
    preview.rebuild()
    for address, text in ADDRESSES.items():
        status, page = preview.get(address)
        assert status == 200 and text in page and "trygg-problems" not in page, address
    status, page = preview.get("/finns-inte/")
    assert status == 404 and "Sidan finns inte" in page and "livereload" in page


def test_an_error_that_does_not_stop_the_preview_is_listed_apart_and_counted(
    preview: _Preview, caplog: pytest.LogCaptureFixture
) -> None:
    """TP101 (no decided plan in force) is an error of trygg check that never stops the
    preview: before, the page listed it among the errors to fix before the site could be
    shown, and once the rest were fixed the terminal said "Inga fel i innehållet"."""
    plan = preview.site_dir.parent / "content/skolor" / SCHOOL / "trygghetsplan/2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    decided = "beslut: {datum: 2026-08-17, rektor: Maria Lindqvist}"
    plan.write_text(text.replace(decided, "status: utkast"), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        preview.rebuild()
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any("2025-26.yml:6:37: fel TP101" in m for m in errors), errors
    assert errors[-1].startswith("trygg: Innehållet har fel: 1 fel,"), errors
    status, page = preview.get("/")
    assert status == 200 and "Ekbackens skola" in page and "trygg-problems" not in page
    _break(preview.site_dir.parent)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        preview.rebuild()
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors[-1].startswith("trygg: Innehållet har fel som hindrar förhandsvisningen: 2 fel")
    status, page = preview.get("/")
    blocking = page[page.index('class="trygg-problems"') : page.index('class="trygg-errors"')]
    assert "fel TP015" in blocking and "TP101" not in blocking
    rest = page[page.index("Fel som inte hindrar förhandsvisningen") :]
    assert "2025-26.yml:6:37</code> fel TP101" in rest[: rest.index('class="trygg-warnings"')]


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        (
            "0 fel, 0 varningar, 3 upplysningar.",
            "Inga fel i innehållet: 0 fel, 0 varningar, 3 upplysningar.",
        ),
        ("0 fel, 1 varning.", "Inga fel i innehållet: 0 fel, 1 varning."),
        ("Inga problem hittades.", "Inga fel i innehållet."),
    ],
)
def test_the_preview_counts_warnings_and_notes_as_trygg_check_does(summary: str, said: str) -> None:
    """With only upplysningar (TP403 on a small group, say), the preview said "Inga fel i
    innehållet." where `trygg check` says how many there are."""
    heard: list[str] = []

    class Log:
        def info(self, message: str, *args: object) -> None:
            heard.append(message % args)

    site = SiteContent("Skolan", [], [], summary=summary)
    told_terminal(site, Log(), ())
    assert heard == [said]
