"""Charts in a real browser: every chart names a table that is on the page, and each figure
its text alternative gives is one the table shows (issue 18)."""

from __future__ import annotations

import re

from browser_session import SitePage

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
            said = set(SHARE.findall(chart["desc"].replace("\u00a0", " ")))
            assert said <= shown, (path, chart["id"], said - shown)
    assert seen >= 5
