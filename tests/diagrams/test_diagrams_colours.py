"""generator.colours: WCAG 2.1 luminance and contrast, and passing alternatives."""

from __future__ import annotations

import pytest

from generator.colours import (
    NEAR_BLACK,
    WHITE,
    best_text_colour,
    contrast_ratio,
    nearest_passing,
    parse_hex,
    relative_luminance,
    to_hex,
)


def test_parse_and_format_round_trip() -> None:
    assert parse_hex("#1F5f8b") == (0x1F, 0x5F, 0x8B)
    assert to_hex(0x1F, 0x5F, 0x8B) == "#1f5f8b"


@pytest.mark.parametrize("bad", ["1f5f8b", "#fff", "#1f5f8g", "#1f5f8b0", ""])
def test_parse_rejects_anything_but_six_hex_digits(bad: str) -> None:
    with pytest.raises(ValueError, match="#rrggbb"):
        parse_hex(bad)


@pytest.mark.parametrize(
    ("colour", "luminance"),
    [
        ("#000000", 0.0),
        ("#ffffff", 1.0),
        ("#ff0000", 0.2126),
        ("#00ff00", 0.7152),
        ("#808080", 0.2159),
    ],
)
def test_relative_luminance_known_values(colour: str, luminance: float) -> None:
    assert relative_luminance(colour) == pytest.approx(luminance, abs=5e-5)


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#000000", 21.0),
        ("#777777", "#ffffff", 4.48),
        ("#767676", "#ffffff", 4.54),
        ("#0000ff", "#ffffff", 8.59),
        ("#1f5f8b", "#1f5f8b", 1.0),
    ],
)
def test_contrast_ratio_known_values(first: str, second: str, ratio: float) -> None:
    assert round(contrast_ratio(first, second), 2) == ratio


@pytest.mark.parametrize(
    ("background", "text"),
    [("#1f5f8b", WHITE), ("#000000", WHITE), ("#ffff00", NEAR_BLACK), ("#eef4fa", NEAR_BLACK)],
)
def test_best_text_colour(background: str, text: str) -> None:
    assert best_text_colour(background) == text


def test_nearest_passing_darkens_a_grey_just_enough_on_white() -> None:
    assert nearest_passing("#777777", WHITE) == "#767676"


def test_nearest_passing_lightens_on_a_dark_background() -> None:
    passing = nearest_passing("#505050", "#000000", minimum=4.5)
    assert contrast_ratio(passing, "#000000") >= 4.5
    assert relative_luminance(passing) > relative_luminance("#505050")
    assert contrast_ratio(passing, "#000000") < 4.6  # small steps: no further than needed


def test_nearest_passing_keeps_hue_of_a_brand_colour() -> None:
    passing = nearest_passing("#4aa3df", WHITE)
    assert contrast_ratio(passing, WHITE) >= 4.5
    red, green, blue = parse_hex(passing)
    assert blue > green > red  # still a blue


def test_nearest_passing_returns_a_passing_colour_unchanged() -> None:
    assert nearest_passing("#1F5F8B", WHITE) == "#1f5f8b"


def test_nearest_passing_raises_when_no_lightness_reaches_the_minimum() -> None:
    with pytest.raises(ValueError, match="reaches 7"):
        nearest_passing("#777777", "#777777", minimum=7)
