"""The portal's table of the grounds (units × the seven diskrimineringsgrunder): each unit's
name links to its granskning page, where each ground links to that ground's row on the
unit's plan page, and every such link, in a real build, reaches an element with that id
on the page it names. (The overview's cells are words: with hundreds of units, a link in
each would take it past its size.)"""

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


def test_the_grounds_table_leads_from_each_unit_to_its_page_and_stays_one_table(
    built: Path,
) -> None:
    page = built / "granskning" / "grunder" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert CELL_LINK.findall(text) == []
    units = re.findall(r'<th scope="row"><a href="\.\./enheter/([^/"]+)/">', text)
    assert len(units) == 4
    for unit in units:
        assert (page.parent.parent / "enheter" / unit / "index.html").is_file(), unit
    table = text[text.index("<table", text.index("Täckning av") - 200) :]
    assert table.startswith("<table data-trygg-scrolls>")  # no cards: it scrolls in its box
    assert "data-label" not in table[: table.index("</table>")]
    assert "leder till dess granskning, där varje grund länkar till kartläggningen" in text


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
