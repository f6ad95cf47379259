"""A chart in a plan's PDF stays on the page of the words that lead into it.

The print page is made as the build makes it (`print_document`, `make_pdf`), with more
and more text before a school's trend chart, so that its lead-in reaches the foot of a
page at some length: the lead-in must then move to the chart's page, never end a page.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

pytest.importorskip("weasyprint")

from generator.build.pdf.fetching import Confinement
from generator.build.pdf.making import make_pdf
from generator.build.pdf.printing import PrintPage, print_document
from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import SAME_NUMBERS, chart_box
from generator.render.markdown.blocks import figure
from generator.render.plan.trends import INTRO

PAGE = PrintPage("Ekbackens skola", "Strandviks kommun", "Trygghetsplan", "", "2026-08-17")
MEASURE = "Känner sig trygg, Åk 7"  # the chart's section title, drawn as text in the PDF


def _trend_chart() -> str:
    bars = tuple(Bar(f"november {y}", 80 + i, f"{80 + i} %") for i, y in enumerate((2023, 2024)))
    svg = render_bars(
        [BarSection(MEASURE, bars)], "trend-1", "Resultat år för år", colour="#1f5f8b",
        table_id="trend-metod-1",
    )  # fmt: skip
    return figure(chart_box(svg), caption=SAME_NUMBERS)


def _pages(filler: int, tmp_path: Path) -> list[str]:
    """The text of each page of the PDF of `filler` paragraphs, then the trend chart."""
    text = "".join(
        f"<p>Stycke {i}: text som fyller ut sidan före diagrammet.</p>" for i in range(filler)
    )
    body = f"<h1>Trygghetsplan</h1>{text}<p>{INTRO}:</p>\n{_trend_chart()}"
    page_file = tmp_path / "plan.html"
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(make_pdf(print_document(body, PAGE), page_file, Confinement(tmp_path)))
    shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    return shown.stdout.decode("utf-8").split("\f")


def test_the_lead_in_of_a_trend_chart_never_ends_a_page(tmp_path: Path) -> None:
    moved = 0
    for filler in range(20, 30, 3):  # the lead-in reaches the foot of the first page
        pages = _pages(filler, tmp_path)
        where = next(i for i, page in enumerate(pages) if INTRO[:18] in page)
        assert MEASURE in pages[where], f"{filler} stycken: inledningen står utan sitt diagram"
        moved += where > 0
    assert moved, "the lead-in never reached a page's foot: the test proves nothing"
