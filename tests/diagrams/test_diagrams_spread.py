"""The nyckeltal's median and spread per period: a dot on a band, on a scale fitted to the
values and said to be cut, one dot for one unit, and the same figures in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_support import assert_golden
from svg_inspect import NS, parse

from generator.diagrams.spread import Spread, fitted_scale, render_spread

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "diagrams"
ROWS = (
    Spread("november 2024 (20 enheter)", (81.7, 83.1, 84.5), ("81,7 %", "83,1 %", "84,5 %")),
    Spread("november 2025 (1 enhet)", (87.5, 87.5, 87.5), ("87,5 %", "87,5 %", "87,5 %")),
    Spread("november 2026 (0 enheter)", None, note="Ingen enhet har ett värde"),
)


def _chart() -> str:
    return render_spread(ROWS, "nyckel", "Trygga", colour="#1f4e79", table_id="nyckel-tabell")


def test_golden() -> None:
    assert_golden(GOLDEN / "spridning.svg", _chart())


@pytest.mark.parametrize(
    ("values", "scale"),
    [((81.7, 87.5), (80, 90)), ((83.0, 84.0), (80, 90)), ((96.0, 100.0), (90, 100)),
     ((0.0, 3.0), (0, 10)), ((40.0, 95.5), (40, 100))],
)  # fmt: skip
def test_the_scale_is_fitted_to_the_values_in_steps_of_5(
    values: tuple[float, float], scale: tuple[float, float]
) -> None:
    assert fitted_scale(values) == scale


def test_a_few_per_cent_apart_shows_and_the_cut_scale_is_said() -> None:
    svg = parse(_chart())
    dots = [float(c.get("cx", "")) for c in svg.iter(f"{NS}circle")]
    assert len(dots) == 2  # a dot per period with a value, none for the empty one
    assert dots[1] - dots[0] > 100  # 83.1 → 87.5 % on a 320-unit chart: clearly apart
    texts = "".join(svg.itertext())
    assert "80 %" in texts and "90 %" in texts and "100 %" not in texts
    assert "Skalan börjar på 80 %, inte på 0." in texts


def test_one_unit_is_one_dot_without_a_band() -> None:
    svg = parse(_chart())
    bands = [r for r in svg.iter(f"{NS}rect") if r.get("rx") == "6"]
    assert len(bands) == 1  # only the period with 20 units has a band
    desc = svg.find(f"{NS}desc")
    assert desc is not None and desc.text == (
        "november 2024 (20 enheter): lägst 81,7 %, median 83,1 %, högst 84,5 %. "
        "november 2025 (1 enhet): 87,5 %. "
        "november 2026 (0 enheter): Ingen enhet har ett värde. Skalan går från 80 till 90 %."
    )
    words = "".join(svg.itertext()).replace("\u00a0", " ")
    assert "lägst 81,7 %, median 83,1 %, högst 84,5 %" in words  # drawn as the desc says


def test_it_is_identical_twice_and_names_its_table() -> None:
    assert _chart() == _chart()
    assert 'aria-describedby="nyckel-desc nyckel-tabell"' in _chart()


@pytest.mark.parametrize("width", [320.0, 680.0])
def test_no_grid_line_crosses_a_periods_name_or_its_figures(width: float) -> None:
    """The lines at the scale's marks stand behind the bands only: the text rows between
    them ("lägst 81,7 %, median …") are read without a line through them."""
    root = parse(render_spread(ROWS, "n", "Trygga", colour="#1f4e79", table_id="t", width=width))
    lines = [(float(el.get("y1", 0)), float(el.get("y2", 0))) for el in root.iter(f"{NS}line")]
    assert lines
    baselines = [
        float(t.get("y", 0)) for el in root.iter(f"{NS}text") for t in [el, *el]
        if t.get("y") and float(t.get("y", 0)) > 40  # the rows, not the scale's numbers
    ]  # fmt: skip
    for baseline in baselines:  # its capitals reach 11 units (of 14) above its baseline
        for top, bottom in lines:
            assert bottom < baseline - 11 or top > baseline + 4, (baseline, top, bottom)
