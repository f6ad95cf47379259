"""A förskola's page, read aloud to the children, never reads them the adults' vision:
it leaves it out and `trygg check` says so (TP507)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.check.run import check_content
from generator.model import Project
from generator.render.student.bands import bands_for
from generator.render.student.lix import visible_text
from generator.render.student.pages import render_student_page

ROOT = Path(__file__).resolve().parents[2]
SOLROSEN_PLAN = "content/skolor/forskolan-solrosen/trygghetsplan/2026-27.yml"


def test_a_forskola_vision_for_adults_is_not_read_aloud_and_is_told(tmp_path: Path) -> None:
    """A förskola plan whose vision is one text for adults: the page read aloud to the
    children leaves it out, and `trygg check` says so at the vision (TP507)."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    plan = tmp_path / SOLROSEN_PLAN
    text = plan.read_text(encoding="utf-8")
    start = text.index("vision:\n")
    end = text.index("\n\nmål:")
    adults = "På Solrosen ska pedagogerna finnas nära för att hjälpa barnen."
    plan.write_text(text[:start] + f"vision: {adults}" + text[end:], encoding="utf-8")
    checked = check_content(tmp_path / "content")
    assert checked.project is not None
    [found] = [p for p in checked.report if p.code == "TP507"]
    line = text[:start].count("\n") + 1
    assert (found.location.file, found.location.line) == (SOLROSEN_PLAN, line)
    assert "förskolans elevsida, som läses högt för barnen, visar den inte" in found.message
    school = checked.project.school("forskolan-solrosen")
    assert school is not None and school.current_plan is not None
    [band] = bands_for(school)
    page = render_student_page(checked.project, school, school.current_plan, band)
    assert "pedagogerna finnas nära" not in page and "Så vill vi ha det" not in page


def test_the_example_forskola_reads_its_vision_in_a_child_s_words(example: Project) -> None:
    school = example.school("forskolan-solrosen")
    assert school is not None and school.current_plan is not None
    [band] = bands_for(school)
    text = " ".join(
        visible_text(render_student_page(example, school, school.current_plan, band)).split()
    )
    assert "Så vill vi ha det på förskolan: På Solrosen ska alla barn vara trygga." in text
    assert "pedagogerna" not in text
