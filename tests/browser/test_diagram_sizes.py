"""Diagrams as a reader meets them on paper and on a phone (theme/overrides/assets/trygg.css).

A flowchart or konsekvenstrappa stands as its numbered list, with the diagram folded under
it ("Visa som flödesschema"): shown beside or under the list it repeated the same text
over 2400 px, and on a phone its text was 7-9 px. On paper the list prints and the folded
diagram does not; a chart prints with its smallest text (13 SVG units) at 7 pt or more.
"""

from __future__ import annotations

from typing import Any

from browser_session import SitePage
from playwright.sync_api import ViewportSize

ROUTINES = "strandskolan/rutiner/index.html"
PLAN = "strandskolan/trygghetsplan/index.html"
PHONE = ViewportSize(width=320, height=640)
SMALLEST_TEXT = 13  # SVG units: the diagrams' who/when lines and the charts' labels
LEAST_POINTS = 7.0
PX_PER_PT = 96 / 72

DIAGRAMS_JS = """
() => [...document.querySelectorAll('.md-content svg.trygg-diagram')].map(svg => {
  const r = svg.getBoundingClientRect();
  const folded = svg.closest('details.trygg-diagram-more');
  const list = folded && folded.previousElementSibling;
  return {
    id: svg.getAttribute('aria-labelledby'),
    folded: !!folded,
    shown: r.width > 0 && svg.checkVisibility(),  // a closed <details> hides it
    scale: r.width / svg.viewBox.baseVal.width,
    list: !!list && list.matches('ol.trygg-flow, ol.trygg-ladder')
      && list.getBoundingClientRect().height > 0,
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


def test_printed_diagrams_are_left_to_their_lists(site_page: SitePage) -> None:
    diagrams = _printed(site_page, ROUTINES, DIAGRAMS_JS)
    assert diagrams and all(d["folded"] for d in diagrams), diagrams
    assert not any(d["shown"] for d in diagrams), diagrams
    assert all(d["list"] for d in diagrams), diagrams


def test_printed_charts_are_legible(site_page: SitePage) -> None:
    charts = [d for d in _printed(site_page, PLAN, DIAGRAMS_JS) if d["shown"]]
    assert charts
    for d in charts:
        points = SMALLEST_TEXT * d["scale"] / PX_PER_PT
        assert points >= LEAST_POINTS, f"{d['id']} prints its small text at {points:.1f} pt"


def test_printed_external_links_show_their_address(site_page: SitePage) -> None:
    links = _printed(site_page, ROUTINES, LINKS_JS)
    assert links
    for href, after in links:
        assert href in after, (href, after)


def test_on_a_phone_a_diagram_s_list_shows_and_the_diagram_is_folded(
    site_page: SitePage,
) -> None:
    site_page.page.set_viewport_size(PHONE)
    site_page.open(ROUTINES)
    diagrams = site_page.page.evaluate(DIAGRAMS_JS)
    assert len(diagrams) >= 3, diagrams  # the two flowcharts, the konsekvenstrappa
    assert not any(d["shown"] for d in diagrams), diagrams
    assert all(d["list"] for d in diagrams), diagrams
    summaries = site_page.page.locator("details.trygg-diagram-more > summary")
    assert summaries.count() == len(diagrams)
    assert all(s.is_visible() for s in summaries.all())
