"""A report's categories in its chart and its table: largest share first, so that "7 %"
never stands above "9 %", unless the names have an order of their own (grades, an answer
scale), which is kept; the chart and the table always in the same order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_report_protection import block, built, yaml
from test_report_totals import rows

from generator.render.reports.order import has_own_order
from generator.render.reports.page import render_report

TOPICS = {
    "Skolvägen": {"Bussen": 6, "Cykelvägar": 7},
    "Rasterna": {"Vuxna ute": 21, "Platser": 14, "Bollplanen": 11},
    "Nätet": {"Chattgrupper": 8, "Bilder": 12},
}


def _bars(page: str, title: str) -> str:
    desc = re.search(rf"<desc[^>]*>({re.escape(title)}: [^<]*)</desc>", page)
    assert desc is not None
    return desc.group(1)


def test_topics_are_sorted_by_share_in_the_chart_and_the_table_alike(tmp_path: Path) -> None:
    page = render_report(built(tmp_path, yaml(block("Lapparna", TOPICS, unit="lappar"))))
    assert _bars(page, "Alla grupper") == "Alla grupper: Rasterna 58 %, Nätet 25 %, Skolvägen 17 %."
    shown = [r[0] for r in rows(page) if r]
    assert shown[:3] == ["Rasterna", "Nätet", "Skolvägen"]
    assert _bars(page, "Skolvägen") == "Skolvägen: Cykelvägar 54 %, Bussen 46 %."
    assert shown.index("Cykelvägar") < shown.index("Bussen")
    # each group's own section keeps the author's order: the report's sections are hers
    assert page.index("#### Skolvägen") < page.index("#### Rasterna") < page.index("#### Nätet")


def test_grades_keep_their_order(tmp_path: Path) -> None:
    grades = {"Åk 7": {"Flickor": 5, "Pojkar": 6}, "Åk 8": {"Flickor": 9, "Pojkar": 12}}
    page = render_report(built(tmp_path, yaml(block("Svar", grades))))
    assert _bars(page, "Alla grupper") == "Alla grupper: Åk 7 34 %, Åk 8 66 %."


@pytest.mark.parametrize(
    ("names", "own"),
    [
        (["Åk 4", "Åk 5", "Åk 6"], True),
        (["6–9 år", "10–12 år"], True),
        (["Stämmer helt", "Stämmer ganska bra", "Stämmer inte alls", "Vet inte"], True),
        (["Aldrig", "Ibland", "Ofta", "Varje dag"], True),
        (["Rasterna och skolgården", "Nätet och mobilen"], False),
        (["Flickor", "Pojkar"], False),
        (["Åk 4", "Nätet"], False),
    ],
)
def test_an_own_order_is_told_from_the_names(names: list[str], own: bool) -> None:
    assert has_own_order(names) is own
