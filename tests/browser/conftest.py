"""Real-browser acceptance suite: every published page, audited in Chromium.

The site is built once per session (``site_output.built_output``), served by
``python -m http.server`` on 127.0.0.1 and visited with ONE headless Chromium
(Debian's ``/usr/bin/chromium``, driven by Playwright; ``CHROMIUM=...`` overrides the
path). One browser page is reused by every test (``browser_session.SharedBrowser``);
requests to any host other than 127.0.0.1 are recorded and aborted, so the suite never
touches the network.

See /work/shared/research/browser.md for why it is set up this way.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import site_output
from browser_session import BUILD_FAILED, DESKTOP, NO_PAGES, SHARED, SitePage, served


def _pages() -> site_output.Pages | str:
    """The built pages, or BUILD_FAILED / NO_PAGES."""
    try:
        pages = site_output.Pages.of(site_output.built_output())
    except site_output.BuildFailedError:
        return BUILD_FAILED
    return pages if pages.all else NO_PAGES


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    wanted = {"page_path", "start_page", "screenshot"} & set(metafunc.fixturenames)
    if not wanted:
        return
    pages = _pages()
    if isinstance(pages, str):  # one failing stand-in test instead of none
        for name in wanted:
            value = (pages, pages, DESKTOP) if name == "screenshot" else pages
            metafunc.parametrize(name, [value], ids=[pages])
        return
    if "page_path" in wanted:
        metafunc.parametrize("page_path", pages.all, ids=pages.all)
    if "start_page" in wanted:
        starts = pages.start_pages() or pages.all[:1]
        metafunc.parametrize("start_page", starts, ids=starts)
    if "screenshot" in wanted:
        plan = pages.screenshot_plan()
        metafunc.parametrize("screenshot", plan, ids=[stem for stem, _, _ in plan])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(f"browser suite site: {site_output.describe()}")


# ------------------------------------------------------------------ the site --


@pytest.fixture(scope="session")
def built_site() -> Path:
    return site_output.require_built_output()


@pytest.fixture(scope="session")
def base_url(built_site: Path) -> Iterator[str]:
    """The built site, served over HTTP on 127.0.0.1."""
    with served(built_site) as url:
        yield url


# --------------------------------------------------------------- the browser --


_HERE = Path(__file__).resolve().parent


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    if nextitem is None or _HERE not in nextitem.path.parents:
        SHARED.stop()


def pytest_sessionfinish() -> None:
    SHARED.stop()


@pytest.fixture
def site_page(base_url: str) -> SitePage:
    """The shared page, reset for this test: desktop viewport, empty recorder."""
    page = SHARED.start()
    page.set_viewport_size(DESKTOP)
    # Leave the last test's page first: its search worker may still report a script it
    # could not load as it is torn down, and that belongs to the last test, not this one.
    page.goto("about:blank")
    SHARED.rec.clear()
    return SitePage(page, SHARED.rec, base_url)


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    """build/screenshots/, emptied once per session."""
    out = site_output.ROOT / "build" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.png"), *out.glob("*.pdf")]:
        old.unlink()
    return out
