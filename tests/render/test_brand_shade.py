"""A school colour too light for white pages (TP045, a warning): the site shows the
nearest darker shade that reaches 5:1 (links on white and on the light fields behind
them, the header's text), and the
charts' bars the one that reaches 3:1 (WCAG 1.4.11), so the school is still published."""

from __future__ import annotations

import colorsys
import dataclasses
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE_CONTENT, checked_project

from generator.check.run import check_content
from generator.colours import (
    TINT,
    WHITE,
    contrast_ratio,
    parse_hex,
    relative_luminance,
    tinted,
    to_hex,
)
from generator.diagrams.bars import bar_colour
from generator.model import Project
from generator.problems import Severity
from generator.render.site import school_site

LIGHT = "#f4a261"  # a sandy orange: 2.06:1 on white
THEME = Path(__file__).resolve().parents[2] / "theme" / "overrides" / "main.html"


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


def test_the_site_shows_a_darker_shade_and_the_bars_a_shade_that_reaches_3_to_1(
    example: Project,
) -> None:
    school = example.school("strandskolan")
    assert school is not None
    light = dataclasses.replace(school, brand_colour=LIGHT)
    site = school_site(example, light, EXAMPLE_CONTENT, today=dt.date(2026, 9, 1))
    shown = site.theme_values["farg"]
    assert contrast_ratio(shown, WHITE) >= 4.5
    assert relative_luminance(shown) < relative_luminance(LIGHT)
    assert contrast_ratio(site.theme_values["farg_text"], shown) >= 4.5
    assert contrast_ratio(shown, tinted(shown)) >= 4.5  # a link on the row it lands on
    assert contrast_ratio(shown, "#f5f5f5") >= 4.5  # on code's grey
    lighter = _lighter(shown)  # the nearest: a step lighter is not readable
    assert contrast_ratio(lighter, tinted(lighter)) < 4.5 or contrast_ratio(lighter, WHITE) < 4.5
    plan = next(str(f.content) for f in site.files if f.uri == "trygghetsplan/index.md")
    fills = set(re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"', plan)) - {WHITE}
    assert bar_colour(LIGHT) in fills
    assert 3 <= contrast_ratio(bar_colour(LIGHT), WHITE) < 3.2
    assert LIGHT not in fills


def _lighter(colour: str) -> str:
    """`colour` one step (1 % of lightness) lighter."""
    red, green, blue = (c / 255 for c in parse_hex(colour))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    lighter = colorsys.hls_to_rgb(hue, lightness + 0.01, saturation)
    return to_hex(*(round(c * 255) for c in lighter))


def test_the_check_warns_and_names_the_shade_the_site_shows(tmp_path: Path) -> None:
    shutil.copytree(EXAMPLE_CONTENT, tmp_path / "content")
    skola = tmp_path / "content" / "skolor" / "strandskolan" / "skola.yml"
    text = skola.read_text(encoding="utf-8")
    skola.write_text(re.sub(r'färg: "#[0-9a-f]{6}"', f'färg: "{LIGHT}"', text), encoding="utf-8")
    report = check_content(tmp_path / "content").report
    [found] = [p for p in report.problems if p.code == "TP045"]
    assert found.severity is Severity.WARNING
    assert not report.has_errors
    said = f"färgen {LIGHT} ger för låg kontrast mot vitt (2.06:1) för att länkar ska gå"
    assert found.message.startswith(said)
    assert "webbplatsen visar den därför som den närmaste mörkare nyansen #" in found.message
    assert found.hint.startswith('skriv färg: "#')


def test_the_tint_a_link_is_judged_on_is_the_one_the_theme_mixes() -> None:
    """A row a link lands on is tinted by the theme (`color-mix` in main.html); the
    colour is judged on `colours.TINT` of itself: one changed without the other would
    judge a row the site does not show."""
    mixes = re.findall(
        r"color-mix\(in srgb, ?\{\{ farg \}\} ([\d.]+)%, ?transparent\)",
        THEME.read_text(encoding="utf-8"),
    )
    assert [float(share) / 100 for share in mixes] == [TINT]
