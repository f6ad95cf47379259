"""Survey bar charts as SVG: golden file, contrast of bars and labels, what the chart names."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_support import assert_golden
from svg_inspect import NS, parse, placed_texts

from generator.colours import contrast_ratio
from generator.diagrams import theme
from generator.diagrams.bars import Bar, BarSection, bar_colour, render_bars

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "diagrams"

SECTIONS = (
    BarSection(
        "Känner sig trygg i skolan",
        (
            Bar("Åk 7", 89, "89 %"),
            Bar("Åk 9", 85, "85 %"),
            Bar("Elever i anpassad grundskola och särskild undervisningsgrupp", 71.5, "71,5 %"),
        ),
    ),
    BarSection(
        "Utsatt för sexuella trakasserier", (Bar("Flickor", 17, "17 %"), Bar("Pojkar", 6, "6 %"))
    ),
)
# A school's colour of each kind: dark, too light for bars, and mid-dark, where neither
# white nor near-black text reaches 4.5:1 on the bar.
COLOURS = ["#1f5f8b", "#f5c400", "#ffb3c7", "#2e7d32", "#c0392b", "#7f7f7f"]


def chart(colour: str = "#1f5f8b") -> str:
    return render_bars(SECTIONS, "diagram-k1", "Resultat per grupp", colour=colour, table_id="t-k1")


def test_matches_golden_file() -> None:
    assert_golden(GOLDEN / "stapeldiagram.svg", chart())


@pytest.mark.parametrize("colour", COLOURS)
def test_bars_reach_3_to_1_and_every_label_4_5_to_1(colour: str) -> None:
    svg = chart(colour)
    bars = {r.get("fill") for r in parse(svg).iter(f"{NS}rect")} - {theme.CARD}
    assert bars == {bar_colour(colour)}
    assert contrast_ratio(bar_colour(colour), theme.CARD) >= 3
    for text in placed_texts(svg):
        assert text.background is not None, text.text
        assert contrast_ratio(text.fill, text.background) >= 4.5, (colour, text)


def test_the_chart_names_its_table_and_says_every_bar_in_words() -> None:
    root = parse(chart())
    assert root.get("role") == "img"
    assert root.get("aria-describedby") == "diagram-k1-desc t-k1"
    desc = root.find(f"{NS}desc")
    assert desc is not None and desc.text is not None
    assert "Känner sig trygg i skolan: Åk 7 89 %, Åk 9 85 %" in desc.text
    assert "Pojkar 6 %" in desc.text


def test_the_same_input_gives_the_same_bytes() -> None:
    assert chart() == chart()


def test_a_long_group_name_wraps_inside_the_card() -> None:
    width = float(parse(chart()).get("viewBox", "").split()[2])
    for text in placed_texts(chart()):
        assert 0 < text.point[0] < width, text.text
