"""Every page with JavaScript turned off (the content needs none), at 320 CSS px: nothing
makes the page scroll sideways (WCAG 1.4.10), and nothing is asked of another host.

Material hides its search button without JavaScript, so the header's title gets the
room; the page title that waits, invisible, to slide in beside the site's name stuck out
past the screen's edge and the page scrolled sideways by a few pixels."""

from __future__ import annotations

from typing import Any

import pytest
import site_output
from browser_session import SHARED
from playwright.sync_api import ViewportSize
from test_pages import OVERFLOW_JS

NARROW = ViewportSize(width=320, height=640)


def test_no_page_scrolls_sideways_at_320_px_without_javascript(base_url: str) -> None:
    try:
        pages = site_output.Pages.of(site_output.built_output()).all
    except site_output.BuildFailedError:
        pytest.fail("the site build failed (see the first failing test)", pytrace=False)
    assert pages, "the build wrote no HTML pages"
    sideways: list[str] = []
    SHARED.rec.clear()
    with SHARED.page_without_script(NARROW) as page:
        for path in pages:
            response = page.goto(base_url + site_output.url_path(path), wait_until="load")
            assert response is not None and response.status == 200, path
            m: dict[str, Any] = page.evaluate(OVERFLOW_JS)
            if m["scrollWidth"] > m["innerWidth"]:
                sideways.append(f"{path}: {m['scrollWidth']} px wide; {m['culprits']}")
    assert not sideways, "\n".join(sideways)
    assert not SHARED.rec.third_party, SHARED.rec.third_party
