"""The heat map of units × grounds: golden file, states told apart without colour, text."""

from __future__ import annotations

from pathlib import Path

from golden_support import assert_golden
from svg_inspect import NS, parse, placed_texts

from generator.colours import contrast_ratio
from generator.diagrams.heatmap import CellState, HeatRow, render_heatmap

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "diagrams"
STATES = (
    CellState("fynd", "Undersökt, med fynd", "#1f5f8b", "solid"),
    CellState("utan", "Undersökt, utan fynd", "#dfe9f2", "dots"),
    CellState("saknas", "Inte undersökt", "#fff4dc", "stripes"),
)
ROWS = (
    HeatRow("Ekbackens skola", ("fynd", "utan", "saknas")),
    HeatRow(
        "Förskolan Solrosen med ett mycket långt namn som inte får plats", ("utan", "utan", "fynd")
    ),
)


def heatmap() -> str:
    return render_heatmap(
        ROWS, ["Kön", "Etnisk till\u00adhörighet", "Ålder"], STATES,
        id_prefix="hm", title="Grunder", table_id="tabell",
    )  # fmt: skip


def test_matches_golden_file() -> None:
    assert_golden(GOLDEN / "varmekarta.svg", heatmap())


def test_each_state_is_one_path_with_its_own_pattern_and_a_legend() -> None:
    paths = [p for p in parse(heatmap()).iter(f"{NS}path") if p.get("fill")]
    fills = {p.get("fill") for p in paths}
    assert fills == {"#1f5f8b", "url(#hm-utan)", "url(#hm-saknas)"}
    texts = [t.text for t in placed_texts(heatmap())]
    assert all(s.label in texts for s in STATES)


def test_texts_reach_4_5_to_1_and_long_names_are_cut_to_fit() -> None:
    texts = placed_texts(heatmap())
    for text in texts:
        assert text.background is not None and contrast_ratio(text.fill, text.background) >= 4.5
    assert any(t.text.endswith("…") for t in texts)


def test_the_text_alternative_counts_each_state_per_column_and_names_the_table() -> None:
    root = parse(heatmap())
    assert root.get("aria-describedby") == "hm-desc tabell"
    desc = root.find(f"{NS}desc")
    assert desc is not None
    assert desc.text == (
        "2 enheter. Kön: Undersökt, med fynd 1, Undersökt, utan fynd 1; Etnisk tillhörighet: "
        "Undersökt, utan fynd 2; Ålder: Undersökt, med fynd 1, Inte undersökt 1."
    )
