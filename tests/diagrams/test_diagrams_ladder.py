"""The konsekvenstrappa: staircase layout and the list alternative."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import combinations, pairwise

import pytest
from diagram_samples import five_step_ladder

from generator.diagrams.ladder import PAD_X, ladder_as_list, layout_ladder
from generator.diagrams.textmetrics import text_width
from generator.model import ConsequenceLadder, ConsequenceStep

LONG = ConsequenceStep(
    "Tillfällig omplacering, avstängning och anmälan till socialtjänsten eller polisen",
    "Text",
    "Rektor i samråd med huvudmannens skoljurist",
    "SL 5 kap. 12–21 §§ och socialtjänstlagen",
)
LADDERS = {
    "5 steg": five_step_ladder(),
    "2 steg": ConsequenceLadder(five_step_ladder().steps[:2]),
    "8 långa steg": ConsequenceLadder((LONG,) * 8),
}


@pytest.fixture(params=list(LADDERS), name="ladder")
def _ladder(request: pytest.FixtureRequest) -> ConsequenceLadder:
    return LADDERS[request.param]


def test_each_step_is_one_stair_higher_and_further_right(ladder: ConsequenceLadder) -> None:
    stairs = layout_ladder(ladder).stairs
    assert [stair.index for stair in stairs] == list(range(len(ladder.steps)))
    for lower, higher in pairwise(stairs):
        assert higher.y + higher.h < lower.y
        assert higher.x > lower.x
        assert higher.x + higher.w == lower.x + lower.w  # a common right edge


def test_stairs_do_not_overlap_and_stay_on_the_canvas(ladder: ConsequenceLadder) -> None:
    layout = layout_ladder(ladder)
    for a, b in combinations(layout.stairs, 2):
        assert a.y + a.h <= b.y or b.y + b.h <= a.y
    for stair in layout.stairs:
        assert stair.x > 0 and stair.x + stair.w < layout.width
        assert stair.y > 0 and stair.y + stair.h < layout.height


def test_every_line_fits_inside_its_stair(ladder: ConsequenceLadder) -> None:
    for stair in layout_ladder(ladder).stairs:
        assert stair.text_x + stair.text_width <= stair.x + stair.w - PAD_X
        assert stair.lines[0].bold and stair.lines[0].size >= 14
        for line in stair.lines:
            assert text_width(line.text, line.size, bold=line.bold) <= stair.text_width
            assert line.size >= 12
            assert stair.y + 8 <= line.y - 0.8 * line.size
            assert line.y + 0.3 * line.size <= stair.y + stair.h - 8


def test_tints_deepen_step_by_step() -> None:
    fills = [stair.fill for stair in layout_ladder(five_step_ladder()).stairs]
    assert fills == sorted(fills, reverse=True)  # darker tints sort lower here
    assert len(set(fills)) == len(fills)


def test_list_alternative_has_title_text_responsible_and_legal_basis() -> None:
    html = ladder_as_list(five_step_ladder())
    items = ET.fromstring(html).findall("li")
    assert len(items) == 5
    assert "".join(items[0].itertext()) == (
        "TillsägelsePersonal säger till och påminner om ordningsreglerna."
        "Ansvarig: All personal. Lagrum: SL 5 kap. 6 §."
    )
    assert "Lagrum" not in "".join(items[2].itertext())  # step 3 has no lagrum


def test_list_alternative_uses_the_given_markdown_renderer() -> None:
    html = ladder_as_list(
        five_step_ladder(), render_markdown=lambda text: f"<div>{text.upper()}</div>"
    )
    assert "<div>REKTOR KAN GE EN **SKRIFTLIG VARNING**.</div>" in html
    assert "**skriftlig varning**" in ladder_as_list(five_step_ladder())  # default: no Markdown


def test_the_list_ends_a_lagrum_that_ends_in_a_full_stop_once() -> None:
    step = ConsequenceStep("Varning", "Rektor varnar.", "Rektor", "SL 5 kap. 9–12 §§")
    abbreviated = ConsequenceStep("Samtal", "Mentor ringer hem.", "", "SL 5 kap.")
    listed = ladder_as_list(ConsequenceLadder((step, abbreviated)))
    assert "Ansvarig: Rektor. Lagrum: SL 5 kap. 9–12 §§.</p>" in listed
    assert "Lagrum: SL 5 kap.</p>" in listed
