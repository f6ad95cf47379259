"""The exported main.html puts the skip link first as the plugin does (`site.skiplink`),
with Jinja alone: an exported folder builds without trygg's plugin."""

from __future__ import annotations

import re

import jinja2
import pytest
from first_focus import first_focusable

from generator.load.resources import export_overrides
from generator.site.skiplink import skip_link_first

CHECKBOX = '<input class="md-toggle" data-md-toggle="{0}" type="checkbox" id="__{0}">'
TOGGLES = f"""
    {CHECKBOX.format("drawer")}
    {CHECKBOX.format("search")}
    <label class="md-overlay" for="__drawer"></label>"""
REST = """
    <div data-md-component="skip"><a href="#innehall" class="md-skip">Hoppa</a></div>
    <div data-md-component="announce"></div>
<header class="md-header" data-md-component="header"><label for="__drawer">Meny</label>
</header><main><label for="x">X</label><input id="x"></main></body></html>"""
PAGE = f"<!doctype html><html><head></head><body>{TOGGLES}{REST}"


def exported_page(trygg_page: str) -> str:
    """The export's main.html, rendered around `trygg_page` as trygg's overrides' page."""
    templates = {"trygg-main.html": trygg_page}
    templates["main.html"] = (export_overrides() / "main.html").read_text(encoding="utf-8")
    environment = jinja2.Environment(loader=jinja2.DictLoader(templates))
    return environment.get_template("main.html").render()


def words(html: str) -> str:
    return re.sub(r"\s+", " ", html).strip()


def test_the_skip_link_comes_first_and_the_toggles_right_before_the_header() -> None:
    page = exported_page(PAGE)
    assert 'class="md-skip"' in str(first_focusable(page))
    assert words(page) == words(skip_link_first(PAGE))  # as in trygg's own builds
    assert words(page) != words(PAGE)


@pytest.mark.parametrize(
    "page",
    [
        PAGE.replace('data-md-toggle="drawer"', 'data-md-toggle="meny"'),  # no toggles
        PAGE.replace('<header class="md-header"', "<header"),  # no header after them
        PAGE.replace('class="md-overlay"', 'class="annan"'),  # not Material's toggles
    ],
)
def test_a_page_without_materials_toggles_is_left_as_it_is(page: str) -> None:
    assert exported_page(page) == page
