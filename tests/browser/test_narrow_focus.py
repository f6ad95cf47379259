"""Keyboard focus on a phone-sized screen (320 CSS px), with and without JavaScript.

Below 76.25em Material's navigation is an off-canvas drawer. Its links used to take the
focus while the drawer was closed, 242 px left of the screen, so a keyboard user saw no
focus for a dozen Tab stops (WCAG 2.4.7); and the drawer's menu button, a <label>, could
not be reached at all. Now the closed drawer takes no focus, the menu opens from the
keyboard, and the open drawer's links are on screen when focused. The skip link stays the
first Tab stop, before the menu; and the page's table of contents, a panel of the drawer
below 60em (a 375 px phone, or a 1280 px window at 200 %), opens from the keyboard too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from browser_session import SHARED, SitePage
from playwright.sync_api import Page, ViewportSize

NARROW = ViewportSize(width=320, height=640)
PHONE = ViewportSize(width=375, height=740)
ZOOMED = ViewportSize(width=640, height=450)  # a 1280 x 900 window at 200 %
TABS = 20

# Where the focused element is once the transitions (the drawer's slide, the search
# opening) have finished. No timers: a page without JavaScript runs none.
FOCUSED_JS = """
async () => {
  const sliding = document.getAnimations().filter(x => x instanceof CSSTransition);
  await Promise.all(sliding.map(x => x.finished.catch(() => null)));
  const a = document.activeElement;
  if (!a || a === document.body) return null;
  const r = a.getBoundingClientRect();
  return {
    what: `${a.tagName.toLowerCase()} "${(a.innerText || a.getAttribute('aria-label')
            || a.getAttribute('href') || '').trim().slice(0, 40)}"`,
    id: a.id,
    skip: a.matches('.md-skip'),
    drawer: !!a.closest('.md-sidebar--primary'),
    contents: !!a.closest('.md-sidebar--primary .md-nav--secondary'),
    expanded: a.getAttribute('aria-expanded'),
    // A ring someone can see: on the element or (a checkbox laid unseen over its button)
    // on one of its labels, drawn, and not covered by something else.
    ring: [a, ...(a.labels || [])].some(e => {
      const s = getComputedStyle(e), b = e.getBoundingClientRect();
      const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
      return s.outlineStyle !== 'none' && +s.opacity > 0 && e.contains(top);
    }),
    onScreen: r.width > 0 && r.height > 0 && getComputedStyle(a).visibility === 'visible'
      && r.left >= -1 && r.top >= -1 && r.left < innerWidth && r.top < innerHeight,
    at: `x=${Math.round(r.left)} y=${Math.round(r.top)}`,
  };
}
"""


@contextmanager
def narrow_page(
    site_page: SitePage, script: bool, viewport: ViewportSize = NARROW
) -> Iterator[Page]:
    if script:
        site_page.page.set_viewport_size(viewport)
        yield site_page.page
    else:
        with SHARED.page_without_script(viewport) as page:
            yield page


def _tab(page: Page, times: int) -> list[dict[str, Any]]:
    stops = []
    for _ in range(times):
        page.keyboard.press("Tab")
        page.wait_for_timeout(150)  # Material's script starts some transitions late
        stops.append(page.evaluate(FOCUSED_JS))
    return [s for s in stops if s is not None]


def _tab_to(page: Page, wanted: str, times: int) -> dict[str, Any]:
    """Tab until the element with id `wanted` has the focus (fails, naming the stops, if not)."""
    stops = []
    for _ in range(times):
        stops += _tab(page, 1)
        if stops and stops[-1]["id"] == wanted:
            return stops[-1]
    pytest.fail(f"Tab never reached #{wanted}: {[s['what'] for s in stops]}", pytrace=False)


def _off_screen(stops: list[dict[str, Any]]) -> list[str]:
    return [
        f"stop {i} {s['what']} is off the screen ({s['at']})"
        for i, s in enumerate(stops, start=1)
        if not (s["onScreen"] or s["skip"])
    ]


@pytest.mark.parametrize("script", [True, False], ids=["with-js", "without-js"])
def test_every_tab_stop_is_on_a_320_px_screen(
    site_page: SitePage, start_page: str, script: bool
) -> None:
    with narrow_page(site_page, script) as page:
        page.goto(site_page.base_url + "/" + start_page.removesuffix("index.html"))
        stops = _tab(page, TABS)
        assert not [s for s in stops if s["drawer"]], "the closed menu took the focus"
        assert not _off_screen(stops), "\n".join(_off_screen(stops))


@pytest.mark.parametrize("script", [True, False], ids=["with-js", "without-js"])
def test_the_menu_opens_from_the_keyboard_on_a_320_px_screen(
    site_page: SitePage, start_page: str, script: bool
) -> None:
    with narrow_page(site_page, script) as page:
        page.goto(site_page.base_url + "/" + start_page.removesuffix("index.html"))
        _tab_to(page, "__drawer", 3)  # after the skip link
        page.keyboard.press("Space")
        stops = _tab(page, 6)
        in_drawer = [s for s in stops if s["drawer"]]
        assert in_drawer, f"Tab never reached the open menu: {[s['what'] for s in stops]}"
        assert not _off_screen(stops), "\n".join(_off_screen(stops))


@pytest.mark.parametrize("script", [True, False], ids=["with-js", "without-js"])
def test_the_skip_link_is_the_first_tab_stop_on_a_375_px_screen(
    site_page: SitePage, start_page: str, script: bool
) -> None:
    with narrow_page(site_page, script, PHONE) as page:
        page.goto(site_page.base_url + "/" + start_page.removesuffix("index.html"))
        stops = _tab(page, 2)
        assert stops, "Tab reached nothing"
        assert stops[0]["skip"], f"the first Tab stop is {stops[0]['what']}, not the skip link"


@pytest.mark.parametrize("viewport", [PHONE, ZOOMED], ids=["375-px", "zoom-200"])
@pytest.mark.parametrize("script", [True, False], ids=["with-js", "without-js"])
def test_the_page_contents_open_from_the_keyboard_in_the_menu(
    site_page: SitePage, start_page: str, script: bool, viewport: ViewportSize
) -> None:
    with narrow_page(site_page, script, viewport) as page:
        page.goto(site_page.base_url + "/" + start_page.removesuffix("index.html"))
        _tab_to(page, "__drawer", 3)
        page.keyboard.press("Space")
        toggle = _tab_to(page, "__toc", 8)
        assert toggle["onScreen"] and toggle["ring"], f"the contents' entry: {toggle}"
        if script:
            assert toggle["expanded"] == "false", f"closed, it says {toggle['expanded']}"
        page.keyboard.press("Enter" if script else "Space")
        opened = page.evaluate(FOCUSED_JS)
        assert opened["ring"], "the open contents' way back shows no focus"
        if script:
            assert opened["expanded"] == "true", f"open, it says {opened['expanded']}"
        link = _tab(page, 1)
        assert link and link[0]["contents"], f"Tab went to {link} instead of the contents"
        assert not _off_screen(link), "\n".join(_off_screen(link))
