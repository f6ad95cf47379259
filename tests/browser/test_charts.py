"""Charts in a real browser: every chart names a table that is on the page, and each figure
its text alternative gives is one the table shows (issue 18); on a phone and at 200 % zoom
every text of a chart (the heat map's too) is on screen at a readable size and every
table's caption is whole, and the nyckeltal's table fits a phone; on paper a chart keeps its
note and its table with it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_session import SitePage
from playwright.sync_api import ViewportSize
from test_pages import OVERFLOW_JS

CHARTS_JS = """
() => [...document.querySelectorAll('svg.trygg-diagram[aria-describedby]')]
  .map(svg => {
    const [desc, table] = svg.getAttribute('aria-describedby').split(/\\s+/);
    const described = document.getElementById(desc);
    const named = table ? document.getElementById(table) : null;
    return {
      id: svg.id || desc,
      desc: described ? described.textContent : null,
      table: named ? named.innerText : null,
      wantsTable: Boolean(table),
    };
  })
"""
CHART_PAGES = [
    "strandskolan/trygghetsplan/index.html",
    "granskning/index.html",
    "granskning/grunder/index.html",
]
SHARE = re.compile(r"\d+(?:,\d)? %")
SCALE = re.compile(r"Skalan går från [^.]*\.")


def test_each_chart_names_a_table_on_the_page_with_the_same_figures(
    site_page: SitePage,
) -> None:
    seen = 0
    for path in CHART_PAGES:
        site_page.open(path)
        for chart in site_page.page.evaluate(CHARTS_JS):
            if not chart["wantsTable"]:
                continue
            seen += 1
            assert chart["desc"], (path, chart["id"])
            assert chart["table"], f"{path}: {chart['id']} names a table that is not there"
            shown = set(SHARE.findall(chart["table"].replace("\u00a0", " ")))
            # the scale's ends ("Skalan går från 80 till 90 %") are no figures of the table
            described = SCALE.sub("", chart["desc"].replace("\u00a0", " "))
            said = set(SHARE.findall(described))
            assert said <= shown, (path, chart["id"], said - shown)
    assert seen >= 5


PHONE = ViewportSize(width=320, height=640)
ZOOMED = ViewportSize(width=640, height=450)  # a 1280 x 900 window at 200 %
LEAST_PX = 12  # a chart's smallest text, as shown

# Every line of text of every chart shown (bar charts and the heat map), where it is shown
# and at what size, with the part of its box on screen.
CHART_TEXT_JS = """
() => [...document.querySelectorAll('.trygg-chart > svg')].flatMap(svg => {
  // a drawing for another width (the portal's wide one on a phone) is not shown at all
  if (!svg.getClientRects().length) return [];
  const box = svg.parentElement.getBoundingClientRect();
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('tspan')].map(t => {
    const r = t.getBoundingClientRect();
    return {chart: svg.getAttribute('aria-labelledby'), text: t.textContent,
            left: r.left, right: r.right,
            from: Math.max(0, box.left), to: Math.min(innerWidth, box.right),
            px: parseFloat(t.parentElement.getAttribute('font-size')) * scale};
  });
})
"""

# Every table caption in a box, where its text is shown, and the box it scrolls in.
CAPTIONS_JS = """
() => [...document.querySelectorAll(
    ':is(.trygg-tablebox, .trygg-scroll) table > caption:not(.trygg-sr-only)')].map(c => {
  const box = c.closest('.trygg-tablebox, .trygg-scroll');
  box.scrollLeft = box.scrollWidth;  // as a reader who scrolled the table to its end
  const range = document.createRange();
  range.selectNodeContents(c);
  const r = range.getBoundingClientRect(), b = box.getBoundingClientRect();
  return {text: c.textContent.slice(0, 60), left: r.left, right: r.right,
          from: Math.max(0, b.left), to: Math.min(innerWidth, b.right)};
})
"""


@pytest.mark.parametrize("viewport", [PHONE, ZOOMED], ids=["320-px", "zoom-200"])
def test_every_value_of_a_chart_is_on_screen_at_a_readable_size(
    site_page: SitePage, viewport: ViewportSize
) -> None:
    site_page.page.set_viewport_size(viewport)
    texts: list[dict[str, Any]] = []
    for path in CHART_PAGES:
        site_page.open(path)
        shown: list[dict[str, Any]] = site_page.page.evaluate(CHART_TEXT_JS)
        texts += shown
        page: dict[str, Any] = site_page.page.evaluate(OVERFLOW_JS)
        assert page["scrollWidth"] <= page["innerWidth"], (path, page["culprits"])
    assert any(SHARE.fullmatch(t["text"].replace("\u00a0", " ")) for t in texts)
    for t in texts:
        assert t["from"] - 0.5 <= t["left"] and t["right"] <= t["to"] + 0.5, t
        assert t["px"] >= LEAST_PX, t


def test_table_captions_stay_whole_while_their_table_scrolls_at_320_px(
    site_page: SitePage,
) -> None:
    site_page.page.set_viewport_size(PHONE)
    captions: list[dict[str, Any]] = []
    for path in CHART_PAGES:
        site_page.open(path)
        captions += site_page.page.evaluate(CAPTIONS_JS)
    assert len(captions) >= 4
    for c in captions:  # a glyph's side bearing may stand a pixel out
        assert c["from"] - 1.5 <= c["left"] and c["right"] <= c["to"] + 1.5, c


# The nyckeltal's table in its figure: how wide it is, and the box it would scroll in.
KEY_TABLE_JS = """
() => {
  const box = document.getElementById('diagram-nyckeltal-tabell').closest('.trygg-tablebox');
  return {scrollWidth: box.scrollWidth, clientWidth: box.clientWidth};
}
"""


def test_the_key_indicators_table_fits_a_320_px_screen_without_scrolling(
    site_page: SitePage,
) -> None:
    """Its five columns scrolled in their box at 320 px: "Median" and "Högst" were off
    screen (Material's 5rem head cells and wide padding)."""
    site_page.page.set_viewport_size(PHONE)
    site_page.open("granskning/index.html")
    box: dict[str, Any] = site_page.page.evaluate(KEY_TABLE_JS)
    assert box["scrollWidth"] <= box["clientWidth"], box


# On paper: whether a chart's figure, its charts (or its parts for paper), its caption, the
# note after it and the note's list may be split from each other or inside (CSS
# fragmentation, as Chromium prints the page).
PRINT_BREAKS_JS = """
() => [...document.querySelectorAll('figure:has(> .trygg-chart)')].map(f => {
  const style = e => getComputedStyle(e);
  const next = f.nextElementSibling;
  const note = next && next.matches('p') ? next : null;
  const list = note && note.nextElementSibling && note.nextElementSibling.matches('ul, ol')
    ? note.nextElementSibling : null;
  const caption = f.querySelector(':scope > figcaption:last-child');
  return {
    display: style(f).display,
    parts: f.querySelectorAll(':scope > .trygg-chart--utskrift').length,
    shown: [...f.querySelectorAll(':scope > .trygg-chart')]
      .filter(c => style(c).display !== 'none' && c.offsetHeight > 0)
      .map(c => [c.className, style(c).breakInside]),
    figure: [style(f).breakInside, style(f).breakAfter],
    caption: caption ? style(caption).breakBefore : null,
    note: note ? style(note).breakAfter : null,
    list: list ? [style(list).breakInside, style(list).breakAfter] : null,
  };
})
"""


def test_a_printed_chart_keeps_its_caption_and_its_note_on_its_page(site_page: SitePage) -> None:
    """A chart never breaks and keeps its caption; on a school's page it keeps the note on
    what it lacks and the note's list, and its table starts on its page. A trend longer than
    a page prints its parts instead of itself (the figure then breaks between them)."""
    site_page.open(CHART_PAGES[0])
    site_page.page.emulate_media(media="print")
    try:
        figures: list[dict[str, Any]] = site_page.page.evaluate(PRINT_BREAKS_JS)
    finally:
        site_page.page.emulate_media(media="screen")
    assert len(figures) >= 2, figures  # the survey's and the trend's
    assert any(f["parts"] for f in figures), figures  # Strandskolan's trend, in parts
    assert any(f["list"] for f in figures), figures  # "Det här saknas i diagrammet:"
    for f in figures:
        assert f["display"] == "block", f  # not a grid, which broke between its items
        assert f["figure"] == ["auto" if f["parts"] else "avoid", "avoid"], f
        assert f["shown"], f
        assert all(c[1] == "avoid" for c in f["shown"]), f
        if f["parts"]:
            assert all("trygg-chart--utskrift" in c[0] for c in f["shown"]), f
        assert f["caption"] in (None, "avoid"), f
        assert f["note"] in (None, "avoid"), f
        assert f["list"] in (None, ["avoid", "avoid"]), f
