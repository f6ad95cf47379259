"""The portal's table of the grounds (units × the seven diskrimineringsgrunder): each cell
of a published unit links to that ground's row on the unit's plan page, and every such
link, in a real build, reaches an element with that id on the page it names."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.render.portallinks import ground_link
from generator.review.held import IN_PLAN, Held
from generator.vocabulary.terms import GROUNDS
from tests.test_build import make_project, run_build
from tests.test_review_charts import _review

CELL_LINK = re.compile(r'<td[^>]*><a href="([^"]+#grund-[^"]+)">')


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("project"))
    out = project / "site"
    assert run_build(project, out, "--utan-pdf") == 0
    return out


def test_every_cell_of_the_grounds_table_reaches_its_ground_on_the_plan_page(
    built: Path,
) -> None:
    page = built / "granskning" / "grunder" / "index.html"
    links = CELL_LINK.findall(page.read_text(encoding="utf-8"))
    units = {link.split("/")[2] for link in links}
    # every unit of the example has a plan: seven linked cells each
    assert len(units) == 4 and len(links) == 4 * len(GROUNDS)
    for link in links:
        parts = urlsplit(link)
        target = (page.parent / unquote(parts.path) / "index.html").resolve()
        assert target.is_file(), link
        assert f'id="{parts.fragment}"' in target.read_text(encoding="utf-8"), link


def test_a_units_page_links_each_grounds_survey_to_its_row_on_the_plan_page(
    built: Path,
) -> None:
    """Its grounds' table says the fynd ("Fynd: F2 …"): each links to the ground's row."""
    for page in (built / "granskning" / "enheter").glob("*/index.html"):
        links = CELL_LINK.findall(page.read_text(encoding="utf-8"))
        assert len(links) == len(GROUNDS), page
        for link in links:
            parts = urlsplit(link)
            target = (page.parent / unquote(parts.path) / "index.html").resolve()
            assert f'id="{parts.fragment}"' in target.read_text(encoding="utf-8"), link


def test_a_unit_withheld_by_the_build_has_no_links_into_a_site() -> None:
    unit = _review().units[0]
    assert ground_link(unit, "kön") == f"../../{unit.id}/trygghetsplan/#grund-kon"
    held = dataclasses.replace(unit, held=Held(IN_PLAN, (("TP101", 1),), published=True))
    assert ground_link(held, "kön") == ""
