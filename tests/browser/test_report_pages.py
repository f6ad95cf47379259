"""The report pages in a real browser (issue 19): axe finds nothing, each chart says in
words exactly what its table shows, every table's shares add up to 100, and nothing
scrolls sideways at 320 CSS px (WCAG 1.4.10)."""

from __future__ import annotations

import re
from typing import Any

from browser_session import SitePage
from playwright.sync_api import ViewportSize
from test_pages import AXE, OVERFLOW_JS, WCAG21_AA

REPORT_PAGES = [
    "rapporter/dialogmote-trygghet-2026/index.html",
    "rapporter/verksamhetsplan-2026-27/index.html",
    "strandskolan/rapporter/trygghetsvandring-2026/index.html",
]
NARROW = ViewportSize(width=320, height=640)
BAR = re.compile(r"(.+?) (\d+) %$")

# Each chart with its text alternative and the rows of the table it names.
CHARTS_JS = """
() => [...document.querySelectorAll('svg.trygg-diagram[aria-describedby]')].map(svg => {
  const [desc, table] = svg.getAttribute('aria-describedby').split(/\\s+/);
  const rows = [...document.getElementById(table).querySelectorAll('tbody tr')]
    .map(tr => [...tr.querySelectorAll('td, th')].map(c => c.innerText.trim()));
  return {id: svg.id, desc: document.getElementById(desc).textContent, rows};
})
"""


def _said(desc: str) -> list[tuple[str, str]]:
    """(label, share) of every bar the text alternative names, in order."""
    _section, _, bars = desc.replace("\u00a0", " ").rstrip(".").partition(": ")
    found = [BAR.match(bar.strip()) for bar in bars.split(", ")]
    assert all(found), desc
    return [(m[1], m[2]) for m in found if m]


def _shown(rows: list[list[str]]) -> list[tuple[str, str]]:
    """(label, share) of every row with a share, the sum row left out."""
    return [
        (label, share.replace("\u00a0", " ").removesuffix(" %"))
        for label, _count, share in rows
        if share != "–" and label not in ("Totalt", "Summa av det som visas")
    ]


def test_report_pages_are_accessible(site_page: SitePage) -> None:
    for path in REPORT_PAGES:
        site_page.open(path)
        result = AXE.run(site_page.page, options=WCAG21_AA)
        assert result.violations_count == 0, (path, result.generate_report())


def test_each_chart_says_what_its_table_shows_and_shares_add_up_to_100(
    site_page: SitePage,
) -> None:
    charts: list[dict[str, Any]] = []
    for path in (REPORT_PAGES[0], REPORT_PAGES[2]):
        site_page.open(path)
        charts += site_page.page.evaluate(CHARTS_JS)
    assert len(charts) == 8  # none of one bar, none of a group with a withheld count
    for chart in charts:
        shown = _shown(chart["rows"])
        assert _said(chart["desc"]) == [row for row in shown if row[1] != "0"], chart["id"]
        assert sum(int(share) for _, share in shown) == 100, chart["id"]
    # a table with a withheld count has no chart: its shares would be of a partial sum
    withheld = [row for chart in charts for row in chart["rows"] if "visas inte" in row[1].lower()]
    assert withheld == []


def test_report_pages_do_not_scroll_sideways_at_320_px(site_page: SitePage) -> None:
    site_page.page.set_viewport_size(NARROW)
    for path in REPORT_PAGES:
        site_page.open(path)
        m: dict[str, Any] = site_page.page.evaluate(OVERFLOW_JS)
        assert m["scrollWidth"] <= m["innerWidth"], (path, m["culprits"])
