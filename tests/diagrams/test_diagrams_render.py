"""All three diagrams as SVG: golden files, accessibility, ids, contrast, determinism."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from diagram_samples import five_step_ladder, fourteen_activity_wheel, long_flow, twelve_step_flow
from golden_support import assert_golden
from svg_inspect import NS, all_ids, parse, placed_texts

from generator.colours import contrast_ratio
from generator.diagrams import theme
from generator.diagrams.flowchart import render_flow
from generator.diagrams.ladder import layout_ladder, render_ladder
from generator.diagrams.wheel import render_wheel

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "diagrams"

WHEEL_TITLE = "Årshjul för Ekbackens skola"
RENDERERS: dict[str, Callable[[str], str]] = {
    "flode-12-steg": lambda prefix: render_flow(twelve_step_flow(), prefix),
    "konsekvenstrappa-5-steg": lambda prefix: render_ladder(five_step_ladder(), prefix),
    "arshjul-14-aktiviteter": lambda prefix: render_wheel(
        fourteen_activity_wheel(), prefix, WHEEL_TITLE
    ),
    "flode-4-steg": lambda prefix: render_flow(long_flow(4), prefix),
    "flode-15-steg": lambda prefix: render_flow(long_flow(15), prefix),
}
GOLDENS = ["flode-12-steg", "konsekvenstrappa-5-steg", "arshjul-14-aktiviteter"]


@pytest.mark.parametrize("name", GOLDENS)
def test_matches_golden_file(name: str) -> None:
    assert_golden(GOLDEN / f"{name}.svg", RENDERERS[name]("diagram") + "\n")


@pytest.mark.parametrize("name", RENDERERS)
def test_is_an_accessible_image(name: str) -> None:
    svg = RENDERERS[name]("d1")
    root = parse(svg)
    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img"
    title, desc = root.find(f"{NS}title"), root.find(f"{NS}desc")
    assert title is not None and title.text and title.get("id") == "d1-title"
    assert desc is not None and desc.text and desc.get("id") == "d1-desc"
    assert root.get("aria-labelledby") == "d1-title"
    assert root.get("aria-describedby") == "d1-desc"
    assert list(root)[:2] == [title, desc]
    assert all(line and not line[0].isspace() for line in svg.splitlines())


@pytest.mark.parametrize("name", RENDERERS)
def test_ids_are_unique_prefixed_and_every_reference_resolves(name: str) -> None:
    first, second = RENDERERS[name]("plan-a"), RENDERERS[name]("plan-b")
    ids = all_ids(first)
    assert len(ids) == len(set(ids))
    assert all(element_id.startswith("plan-a-") for element_id in ids)
    assert not set(ids) & set(all_ids(second))
    for reference in re.findall(r'url\(#([^)]+)\)|href="#([^"]+)"', first):
        assert "".join(reference) in ids


@pytest.mark.parametrize("name", RENDERERS)
def test_every_text_reaches_4_5_to_1_on_what_it_sits_on(name: str) -> None:
    texts = placed_texts(RENDERERS[name]("c"))
    assert texts
    for text in texts:
        assert text.background is not None, f"{text.text!r} sits on nothing"
        ratio = contrast_ratio(text.fill, text.background)
        assert ratio >= 4.5, f"{text.text!r}: {text.fill} on {text.background} is {ratio:.2f}:1"
        assert text.size >= 12


def test_the_palette_passes_for_every_pair_it_can_form() -> None:
    surfaces = [
        theme.CARD,
        theme.ACTION_FILL,
        theme.DECISION_FILL,
        *theme.RING_FILLS,
        *theme.WEDGE_FILLS,
        *(stair.fill for stair in layout_ladder(five_step_ladder()).stairs),
    ]
    for ink in (theme.INK, theme.MUTED_INK):
        assert all(contrast_ratio(ink, surface) >= 4.5 for surface in surfaces), ink
    for answer in (theme.YES_INK, theme.NO_INK):  # "Ja"/"Nej" sit on white plates
        assert contrast_ratio(answer, theme.CARD) >= 4.5
    for badge in (theme.ACTION_BADGE, theme.DECISION_BADGE, *theme.STEP_COLOURS.values()):
        assert contrast_ratio(theme.BADGE_TEXT, badge) >= 4.5, badge
    # Lines and marker shapes are graphics: 3:1 against the card (WCAG 1.4.11).
    assert contrast_ratio(theme.LINE, theme.CARD) >= 3


@pytest.mark.parametrize("name", RENDERERS)
def test_same_input_gives_the_same_bytes(name: str) -> None:
    assert RENDERERS[name]("same") == RENDERERS[name]("same")


def test_output_does_not_depend_on_hash_seed_or_process() -> None:
    script = (
        "import hashlib\n"
        "from test_diagrams_render import RENDERERS\n"
        "print(hashlib.sha256(''.join(r('x') for r in RENDERERS.values()).encode()).hexdigest())\n"
    )
    here = Path(__file__).resolve().parent
    env = {
        **os.environ,
        "PYTHONHASHSEED": "12345",
        "PYTHONPATH": f"{here}{os.pathsep}{here.parent}",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    expected = hashlib.sha256("".join(r("x") for r in RENDERERS.values()).encode()).hexdigest()
    assert result.stdout.strip() == expected


@pytest.mark.parametrize("prefix", ["", "9lives", "has space"])
def test_a_bad_prefix_is_refused(prefix: str) -> None:
    with pytest.raises(ValueError, match="id prefix"):
        render_flow(twelve_step_flow(), prefix)
