"""Diagrams as a reader meets them on paper and on a phone (theme/overrides/assets/trygg.css).

On paper a tall flowchart was squeezed under a height limit to 32 mm wide (3 pt text);
now every printed diagram keeps its smallest text (13 SVG units) at 7 pt or more, and a
flowchart too long for a page is left to its numbered list, with a note saying so. On a
phone a flowchart's text is too small to read (about 9 px, the chart 3800 px tall): only
its numbered list shows there, and a konsekvenstrappa's list comes before its diagram.
"""

from __future__ import annotations

from typing import Any

from browser_session import SitePage
from playwright.sync_api import ViewportSize

ROUTINES = "strandskolan/rutiner/index.html"
PHONE = ViewportSize(width=320, height=640)
SMALLEST_TEXT = 13  # SVG units: the diagrams' who/when lines and the charts' labels
LEAST_POINTS = 7.0
PX_PER_PT = 96 / 72

DIAGRAMS_JS = """
() => [...document.querySelectorAll('.md-content svg.trygg-diagram')].map(svg => {
  const r = svg.getBoundingClientRect();
  const figure = svg.closest('figure');
  const list = figure && figure.querySelector(':scope > ol');
  return {
    id: svg.getAttribute('aria-labelledby'),
    flow: !!figure && !!figure.querySelector(':scope > ol.trygg-flow'),
    shown: r.width > 0,
    scale: r.width / svg.viewBox.baseVal.width,
    listAbove: !!list && list.getBoundingClientRect().bottom <= r.top,
    note: list ? getComputedStyle(list, '::before').content : '',
  };
})
"""

LINKS_JS = """
() => [...document.querySelectorAll('.md-content .md-typeset a[href^="http"]')]
  .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])
"""


def _printed(site_page: SitePage, page_path: str, script: str) -> Any:
    site_page.open(page_path)
    site_page.page.emulate_media(media="print")
    try:
        return site_page.page.evaluate(script)
    finally:
        site_page.page.emulate_media(media="screen")


def test_printed_diagrams_are_legible_or_left_to_their_list(site_page: SitePage) -> None:
    diagrams = _printed(site_page, ROUTINES, DIAGRAMS_JS)
    printed = [d for d in diagrams if d["shown"]]
    left_out = [d for d in diagrams if not d["shown"]]
    assert printed and left_out, diagrams  # the konsekvenstrappa, the long flowcharts
    for d in printed:
        points = SMALLEST_TEXT * d["scale"] / PX_PER_PT
        assert points >= LEAST_POINTS, f"{d['id']} prints its small text at {points:.1f} pt"
    for d in left_out:
        assert "Flödesschemat står som lista nedan" in d["note"], d


def test_printed_external_links_show_their_address(site_page: SitePage) -> None:
    links = _printed(site_page, ROUTINES, LINKS_JS)
    assert links
    for href, after in links:
        assert href in after, (href, after)


def test_on_a_phone_only_a_flowchart_s_list_shows(site_page: SitePage) -> None:
    site_page.page.set_viewport_size(PHONE)
    site_page.open(ROUTINES)
    diagrams = site_page.page.evaluate(DIAGRAMS_JS)
    flows = [d for d in diagrams if d["flow"]]
    others = [d for d in diagrams if not d["flow"]]
    assert flows and others, diagrams  # the flowcharts, the konsekvenstrappa
    assert not any(d["shown"] for d in flows), flows
    assert all(d["listAbove"] for d in others), others
    assert not any(d["note"] not in {"", "none", "normal"} for d in diagrams), diagrams
    notes = site_page.page.locator(".trygg-flow-note")
    assert notes.count() > 0 and not any(n.is_visible() for n in notes.all())
