"""The grounds' heat map for a wide screen: whole ground names over the columns, no
numbers needing a key, unit names on one line, and the narrow map's description."""

from __future__ import annotations

import re

from svg_inspect import NS, parse

from generator.diagrams.heatmap import CellState, HeatRow, render_heatmap
from generator.diagrams.heatwide import WIDTH, render_wide_heatmap

STATES = (
    CellState("fynd", "Undersökt med fynd", "#1f5f8b", "solid"),
    CellState("utan", "Undersökt utan fynd", "#dfe9f2", "dots"),
    CellState("saknas", "Saknas", "#fff4dc", "stripes"),
)
COLUMNS = ("Kön", "Könsöverskridande identitet eller uttryck", "Funktionsnedsättning")
ROWS = (
    HeatRow("Förskolan Lilla smörblomman", ("fynd", "utan", "saknas")),
    HeatRow("Ekbackens skola", ("utan", "utan", "fynd")),
)


def _wide() -> str:
    return render_wide_heatmap(ROWS, COLUMNS, STATES, id_prefix="bred", title="Grunder")


def test_columns_are_headed_by_the_grounds_whole_names_upright() -> None:
    svg = parse(_wide())
    upright = [
        "".join(t.itertext())
        for t in svg.iter(f"{NS}text")
        if "rotate(-90" in t.get("transform", "")
    ]
    assert "Funktionsnedsättning" in upright  # whole, not broken between letters
    assert " ".join(upright[1:-1]) == "Könsöverskridande identitet eller uttryck"
    texts = [t.text for t in svg.iter(f"{NS}tspan")]
    assert not any(re.fullmatch(r"\d", t) for t in texts)  # no "1 2 3" to look up in a key
    assert "Förskolan Lilla smörblomman" in texts  # one line, not wrapped under itself


def test_it_is_drawn_for_a_desktop_column_and_says_what_the_narrow_map_says() -> None:
    wide = _wide()
    assert f'viewBox="0 0 {WIDTH:g} ' in wide and f"max-width:{WIDTH:g}px" in wide
    narrow = render_heatmap(ROWS, COLUMNS, STATES, id_prefix="smal", title="Grunder")
    desc = re.compile(r"<desc[^>]*>(.*?)</desc>")
    assert desc.findall(wide) == desc.findall(narrow)
    assert wide == _wide()
