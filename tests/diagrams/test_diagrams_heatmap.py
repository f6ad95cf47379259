"""The heat map of units × grounds: golden file, states told apart without colour, text,
and a phone's width: numbered columns named in a key, its own short description."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from golden_support import assert_golden
from svg_inspect import NS, parse, placed_texts

from generator.colours import contrast_ratio
from generator.diagrams.heatmap import CELL_H, LEFT, CellState, HeatRow, render_heatmap
from generator.diagrams.textmetrics import text_width

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "diagrams"
STATES = (
    CellState("fynd", "Undersökt med fynd", "#1f5f8b", "solid"),
    CellState("utan", "Undersökt utan fynd", "#dfe9f2", "dots"),
    CellState("saknas", "Saknas", "#fff4dc", "stripes"),
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
        id_prefix="hm", title="Grunder", note="Tabellen under diagrammet visar varje enhet.",
    )  # fmt: skip


def test_matches_golden_file() -> None:
    assert_golden(GOLDEN / "varmekarta.svg", heatmap())


def test_each_state_is_one_path_with_its_own_pattern_and_a_legend() -> None:
    paths = [p for p in parse(heatmap()).iter(f"{NS}path") if p.get("fill")]
    fills = {p.get("fill") for p in paths}
    assert fills == {"#1f5f8b", "url(#hm-utan)", "url(#hm-saknas)"}
    texts = [t.text for t in placed_texts(heatmap())]
    assert all(s.label in texts for s in STATES)


def test_texts_reach_4_5_to_1() -> None:
    for text in placed_texts(heatmap()):
        assert text.background is not None and contrast_ratio(text.fill, text.background) >= 4.5


def test_a_long_name_is_shown_whole_beside_its_row_and_above_the_next() -> None:
    """Not cut with "…": its lines stand left of the cells, and the next row under them."""
    long = ROWS[1]
    rows = (*ROWS, HeatRow("Ängsskolan", ("fynd", "fynd", "fynd")))
    svg = render_heatmap(rows, ["Kön", "Etnisk tillhörighet", "Ålder"], STATES,
                         id_prefix="hm", title="Grunder")  # fmt: skip
    texts = placed_texts(svg)
    first = next(i for i, t in enumerate(texts) if long.label.startswith(t.text))
    lines = texts[first : first + 1]
    while len(" ".join(t.text for t in lines)) < len(long.label):
        lines.append(texts[first + len(lines)])
    assert len(lines) > 1 and " ".join(t.text for t in lines) == long.label
    assert not any("…" in t.text for t in texts)
    starts = [line.point[0] - text_width(line.text, line.size) / 2 for line in lines]
    assert all(start > starts[0] + 5 for start in starts[1:]), "further lines are indented"
    for line in lines:
        assert line.point[0] + text_width(line.text, line.size) / 2 < LEFT - 4, line.text
    cell_tops = sorted({float(y) for y in re.findall(r"M180 ([0-9.]+)h", svg)})
    assert len(cell_tops) == 3
    assert cell_tops[1] < lines[0].point[1] < cell_tops[1] + CELL_H, "beside its own cells"
    assert cell_tops[2] > lines[-1].point[1] + 0.35 * lines[-1].size, "the next row under it"


def test_the_text_alternative_counts_each_state_per_column_without_reading_the_table() -> None:
    root = parse(heatmap())
    assert root.get("aria-describedby") == "hm-desc"  # not the table: all its rows, read out
    desc = root.find(f"{NS}desc")
    assert desc is not None
    assert desc.text == (
        "2 enheter. Kön: Undersökt med fynd 1, Undersökt utan fynd 1; Etnisk tillhörighet: "
        "Undersökt utan fynd 2; Ålder: Undersökt med fynd 1, Saknas 1. "
        "Tabellen under diagrammet visar varje enhet."
    )


def test_it_fits_a_phone_with_numbered_columns_named_whole_in_a_key() -> None:
    root = parse(heatmap())
    assert root.get("viewBox", "").split()[2] == "320"  # as a bar chart: 288 px wide at 320 px
    texts = [t.text for t in placed_texts(heatmap())]
    assert {"1", "2", "3"} <= set(texts)
    assert "Etnisk tillhörighet" in texts  # whole, without the soft hyphen
    for t in placed_texts(heatmap()):  # inside the card's padding, as the phone shows it
        assert t.point[0] + text_width(t.text, t.size, bold=t.bold) / 2 <= 320 - 16 + 0.5, t


def test_a_long_map_repeats_its_column_numbers() -> None:
    rows = [HeatRow(f"Skola {n}", ("fynd", "utan", "saknas")) for n in range(45)]
    svg = render_heatmap(rows, ["Kön", "Etnisk tillhörighet", "Ålder"], STATES,
                         id_prefix="lang", title="Grunder")  # fmt: skip
    assert [t.text for t in placed_texts(svg)].count("3") == 1 + 3  # key; rows 1, 21, 41


def test_more_columns_than_the_seven_grounds_are_refused() -> None:
    with pytest.raises(ValueError, match="seven"):
        render_heatmap(ROWS[:1], [str(n) for n in range(8)], STATES, id_prefix="x", title="T")
