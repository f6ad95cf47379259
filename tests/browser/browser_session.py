"""The browser side of the suite: one shared Chromium page and what it recorded.

Kept out of conftest.py so that test modules can import it: ``from conftest import ...``
would pick up whichever other test folder's conftest Python loaded first.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import site_output
from playwright.sync_api import (
    Browser,
    Page,
    Playwright,
    Request,
    Route,
    ViewportSize,
    sync_playwright,
)

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = ViewportSize(width=1280, height=900)
LOCAL_HOST = "127.0.0.1"

# Stand-ins used as the single parameter when there is nothing real to test, so that
# a failed build fails the tests (with the build log) instead of erroring collection
# or silently skipping them.
BUILD_FAILED = "<build failed>"
NO_PAGES = "<no pages>"


@dataclass
class Recorder:
    """What the page did that a test may want to fail on."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    third_party: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.console_errors.clear()
        self.page_errors.clear()
        self.third_party.clear()


class SharedBrowser:
    """ONE Chromium and ONE page for all the browser tests (a new page per test costs ~0.5 s).

    Started by the first browser test and stopped as soon as the run leaves this folder,
    not at the end of the session: Playwright's sync API allows only one instance at a
    time, and other test folders start their own.
    """

    def __init__(self) -> None:
        self._playwright: Playwright | None = None
        self._browser: Browser | None = None
        self.page: Page | None = None
        self.rec = Recorder()

    def start(self) -> Page:
        if self.page is not None:
            return self.page
        if not Path(CHROMIUM).exists():
            pytest.fail(
                f"{CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium "
                "(or set CHROMIUM=/path/to/chromium)",
                pytrace=False,
            )
        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        context = self._browser.new_context(locale="sv-SE", viewport=DESKTOP)
        context.set_default_navigation_timeout(30_000)
        context.route("**/*", self._route)
        page = context.new_page()
        page.on(
            "console",
            lambda m: self.rec.console_errors.append(m.text) if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: self.rec.page_errors.append(str(e)))
        self.page = page
        return page

    def _route(self, route: Route, request: Request) -> None:
        """Let 127.0.0.1 through; record and abort everything else (the suite is offline)."""
        url = request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname == LOCAL_HOST:
            route.continue_()
        else:
            self.rec.third_party.append(url)
            route.abort()

    @contextmanager
    def page_without_script(self, viewport: ViewportSize) -> Iterator[Page]:
        """A page of its own with JavaScript off, as a reader who turned it off has it
        (the pages must work without it); requests to other hosts are aborted as above."""
        self.start()
        assert self._browser is not None
        context = self._browser.new_context(
            locale="sv-SE", viewport=viewport, java_script_enabled=False
        )
        context.route("**/*", self._route)
        try:
            yield context.new_page()
        finally:
            context.close()

    def stop(self) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._playwright is not None:
            self._playwright.stop()
        self._playwright = self._browser = self.page = None


SHARED = SharedBrowser()


@dataclass
class SitePage:
    """The shared browser page plus what it recorded since the test started."""

    page: Page
    rec: Recorder
    base_url: str

    def open(self, page_path: str) -> None:
        """Go to a built page (a path relative to the output folder) and wait for `load`."""
        if page_path == BUILD_FAILED:
            pytest.fail("the site build failed (see the first failing test)", pytrace=False)
        if page_path == NO_PAGES:
            pytest.fail("the build wrote no HTML pages", pytrace=False)
        url = self.base_url + site_output.url_path(page_path)
        response = self.page.goto(url, wait_until="load")
        assert response is not None, f"no response for {page_path}"
        assert response.status == 200, f"{page_path}: HTTP {response.status}"


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """`folder` served over HTTP on 127.0.0.1 while the block runs; yields its base URL."""
    with socket.socket() as s:
        s.bind((LOCAL_HOST, 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "http.server", str(port), "--bind", LOCAL_HOST]
    proc = subprocess.Popen(
        [*command, "--directory", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection((LOCAL_HOST, port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.05)
        yield f"http://{LOCAL_HOST}:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
