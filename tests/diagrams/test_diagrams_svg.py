"""generator.diagrams.svg: escaping, number formatting, the accessible root element."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from generator.diagrams.svg import (
    TextLine,
    check_id_prefix,
    escape,
    fmt,
    points,
    svg_root,
    text_element,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (12.0, "12"),
        (12.04, "12"),
        (12.06, "12.1"),
        (-0.04, "0"),
        (-0.0, "0"),
        (-3.25, "-3.2"),
        (0.5, "0.5"),
    ],
)
def test_fmt_rounds_to_one_decimal_without_minus_zero(value: float, text: str) -> None:
    assert fmt(value) == text


def test_points_attribute() -> None:
    assert points([(1.0, 2.56), (-0.01, 3)]) == "1,2.6 0,3"


def test_escape_makes_text_and_attributes_safe() -> None:
    assert (
        escape("""Ja & <nej> "citat" 'enkla'""")
        == "Ja &amp; &lt;nej&gt; &quot;citat&quot; &#39;enkla&#39;"
    )


@pytest.mark.parametrize("bad", ["", "1abc", "a b", "a:b", "å", "-a"])
def test_id_prefix_must_start_an_xml_id(bad: str) -> None:
    with pytest.raises(ValueError, match="id prefix"):
        check_id_prefix(bad)


def test_svg_root_is_accessible_and_responsive() -> None:
    svg = svg_root(
        300.04, 120, "plan-1", "Rubrik & mer", "Beskrivning <kort>", '<rect width="1" height="1"/>'
    )
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "plan-1-title"
    assert root.get("aria-describedby") == "plan-1-desc"
    assert root.get("viewBox") == "0 0 300 120"
    assert root.get("width") == "100%"
    assert root.get("height") is None
    assert "max-width:300px" in root.get("style", "")
    ns = "{http://www.w3.org/2000/svg}"
    assert root.find(f"{ns}title").text == "Rubrik & mer"  # type: ignore[union-attr]
    assert root.find(f"{ns}desc").get("id") == "plan-1-desc"  # type: ignore[union-attr]


def test_svg_has_no_blank_or_indented_lines_that_markdown_would_misread() -> None:
    svg = svg_root(10, 10, "p", "t", "d", "<g>\n<rect/>\n</g>")
    assert all(line and not line[0].isspace() for line in svg.splitlines())


def test_text_element_groups_lines_with_the_same_style() -> None:
    lines = [
        TextLine("Första", 10, 20, 15, "#1a1a1a"),
        TextLine("Andra <raden>", 10, 40, 15, "#1a1a1a"),
        TextLine("Detalj", 10, 60, 13, "#4a5561"),
    ]
    svg = text_element(lines)
    assert svg.count("<text ") == 2
    assert svg.count("<tspan ") == 3
    assert "Andra &lt;raden&gt;" in svg
