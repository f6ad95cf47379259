"""Screenshots and print PDFs for human review, written to build/screenshots/.

* ``<type>.png``: full page at 1280×900, the first page of every page type;
* ``phone-<type>.png``: full page at 390×844, for the start, plan, student and
  årshjul pages;
* ``print-<type>.pdf``: the same pages printed to A4, as a visitor's browser would.

Nothing is compared against a reference; a test fails only if the page cannot be
loaded or nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import site_output
from browser_session import SitePage
from playwright.sync_api import ViewportSize


def test_screenshot(
    site_page: SitePage, screenshot: tuple[str, str, ViewportSize], screenshot_dir: Path
) -> None:
    stem, page_path, viewport = screenshot
    site_page.page.set_viewport_size(viewport)
    site_page.open(page_path)
    out = screenshot_dir / f"{stem}.png"
    site_page.page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 1_000


def test_print_pdfs(site_page: SitePage, built_site: Path, screenshot_dir: Path) -> None:
    pages = site_output.Pages.of(built_site).key_types()
    if not pages:
        pytest.skip("no start, plan, student or årshjul page")
    for kind, page_path in pages.items():
        site_page.open(page_path)
        out = screenshot_dir / f"print-{kind}.pdf"
        site_page.page.pdf(path=str(out), format="A4", print_background=True)
        assert out.stat().st_size > 1_000
