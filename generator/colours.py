"""Colour contrast by WCAG 2.1: relative luminance, contrast ratio, and passing alternatives.

Colours are `#rrggbb` strings throughout, the only form the content format allows.
"""

from __future__ import annotations

import colorsys
import re

WHITE = "#ffffff"
NEAR_BLACK = "#1a1a1a"
AA_NORMAL_TEXT = 4.5
DEFAULT_BRAND = "#1f4e79"  # the colour of a school (and the portal) that names none

_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_LIGHTNESS_STEP = 0.005  # small enough that the result stays close to the school's colour


def parse_hex(colour: str) -> tuple[int, int, int]:
    """Return the (red, green, blue) channels, 0–255, of a `#rrggbb` colour."""
    if not _HEX_COLOUR.fullmatch(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def to_hex(red: int, green: int, blue: int) -> str:
    """Format channels (0–255) as a lower-case `#rrggbb` colour."""
    return f"#{red:02x}{green:02x}{blue:02x}"


def _linear(channel: int) -> float:
    srgb = channel / 255
    # The threshold is 0.03928 in WCAG 2.1; it makes no difference at 8 bits per channel.
    return srgb / 12.92 if srgb <= 0.03928 else ((srgb + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance: 0 for black, 1 for white."""
    red, green, blue = (_linear(channel) for channel in parse_hex(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio between two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def best_text_colour(background: str) -> str:
    """White or near-black, whichever contrasts more with the background."""
    on_white = contrast_ratio(background, WHITE)
    on_dark = contrast_ratio(background, NEAR_BLACK)
    return WHITE if on_white >= on_dark else NEAR_BLACK


def _with_lightness(hue: float, lightness: float, saturation: float) -> str:
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return to_hex(round(red * 255), round(green * 255), round(blue * 255))


def _lightness_walk(colour: str, direction: int) -> list[str]:
    """Every colour from `colour` towards black (-1) or white (+1), in small lightness steps."""
    red, green, blue = (channel / 255 for channel in parse_hex(colour))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    steps = int((1 - lightness if direction > 0 else lightness) / _LIGHTNESS_STEP) + 1
    walk = [
        _with_lightness(hue, lightness + direction * step * _LIGHTNESS_STEP, saturation)
        for step in range(1, steps)
    ]
    return [*walk, WHITE if direction > 0 else "#000000"]


def nearest_passing(colour: str, against: str, minimum: float = AA_NORMAL_TEXT) -> str:
    """The colour closest in HSL lightness to `colour` that reaches `minimum` contrast.

    Walks darker and lighter in steps of half a percent of lightness, keeping hue and
    saturation, and returns the first colour that passes on the shorter walk (darker on
    a tie). A colour that already passes is returned unchanged (lower-cased). Raises
    ValueError when not even black or white reach the minimum against `against`.
    """
    colour = colour.lower()
    if contrast_ratio(colour, against) >= minimum:
        return colour
    candidates: list[tuple[int, int, str]] = []
    for order, direction in enumerate((-1, 1)):
        for distance, candidate in enumerate(_lightness_walk(colour, direction)):
            if contrast_ratio(candidate, against) >= minimum:
                candidates.append((distance, order, candidate))
                break
    if not candidates:
        raise ValueError(f"no lightness of {colour} reaches {minimum}:1 against {against}")
    return min(candidates)[2]


# The light fields a school's colour stands on as the link colour: white pages, and
# Material's grey behind code; besides, a table row a link lands on is tinted with 10 % of
# the colour itself (trygg.css's `--md-accent-fg-color--transparent`, which main.html
# sets by `color-mix`: tests/render/test_brand_shade.py holds it to `TINT`). On each it
# must reach 4.5:1 (WCAG 1.4.3).
LIGHT_FIELDS = (WHITE, "#f5f5f5")
TINT = 0.1


def tinted(colour: str) -> str:
    """`TINT` of `colour` on white, mixed in sRGB as CSS's `color-mix(in srgb, …)` does."""
    return to_hex(*(round(TINT * c + (1 - TINT) * 255) for c in parse_hex(colour)))


def readable_link(colour: str) -> bool:
    """Whether `colour` reaches 4.5:1 on every light field it stands on as a link."""
    fields = (*LIGHT_FIELDS, tinted(colour))
    return all(contrast_ratio(colour, field) >= AA_NORMAL_TEXT for field in fields)


def site_colour(brand: str) -> str:
    """The colour a school's site shows for its `brand` colour: the colour itself where it
    is readable as a link on every light field (`readable_link`; it also carries the
    header's text), else the nearest darker shade that is (TP045 tells which)."""
    brand = brand.lower()
    if readable_link(brand):
        return brand
    return next(shade for shade in _lightness_walk(brand, -1) if readable_link(shade))
