"""TP501–TP504, the page LIX shown by `trygg check`, and the missing-elevtext warning."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

from generator.check.run import check_content
from generator.check.student import (
    LixRow,
    Locator,
    format_lix_summary,
    school_pages,
    shared_text_problems,
)
from generator.model import Project
from generator.problems import Problem, Severity

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 25)
PLAN = "content/skolor/ekbackens-skola/trygghetsplan/2026-27.yml"
HARD = (
    "Arbetsmiljöförbättringsåtgärderna implementeras kontinuerligt under läsåret "
    "genom systematiska uppföljningsrutiner och kompetensutvecklingsinsatser för personalen"
)


def student_problems(project: Project, today: dt.date) -> list[Problem]:
    """TP501–TP503 of every school, as `trygg check` puts them together."""
    del today  # the student pages always show the newest plan
    locator = Locator(Path(project.root))
    checks = [school_pages(project, school, locator)[0] for school in project.schools]
    organiser = project.organiser
    home, profile = organiser.location.file, organiser.rule_profile
    found = [p for check in checks for p in check.problems]
    return found + shared_text_problems(checks, home, profile, locator)


def student_page_lix(project: Project) -> list[LixRow]:
    locator = Locator(Path(project.root))
    return [row for s in project.schools for row in school_pages(project, s, locator)[0].lix_rows]


def lix_summary(project: Project) -> str:
    return format_lix_summary(student_page_lix(project), project.organiser.rule_profile)


def _line_of(file: str, measure_id: str) -> int:
    """1-based line of the measure's `elevtext:` key in the real file."""
    lines = (ROOT / file).read_text(encoding="utf-8").splitlines()
    section = lines.index("åtgärder:")  # the plan's own åtgärder, not utvärdering's
    start = next(i for i in range(section, len(lines)) if lines[i].strip() == f"- id: {measure_id}")
    return next(i for i in range(start, len(lines)) if lines[i].strip().startswith("elevtext:")) + 1


def _with_profile(project: Project, **changes: object) -> Project:
    organiser = project.organiser
    profile = dataclasses.replace(organiser.rule_profile, **changes)
    return dataclasses.replace(
        project, organiser=dataclasses.replace(organiser, rule_profile=profile)
    )


def _with_measure_text(project: Project, measure_id: str, text: str) -> Project:
    school = project.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    plan = school.current_plan
    measures = tuple(
        dataclasses.replace(m, student_text=text) if m.id == measure_id else m
        for m in plan.measures
    )
    plan = dataclasses.replace(plan, measures=measures)
    school = dataclasses.replace(school, plans=(*school.plans[:-1], plan))
    schools = tuple(school if s.id == school.id else s for s in project.schools)
    return dataclasses.replace(project, schools=schools)


def test_example_is_clean(example: Project) -> None:
    assert student_problems(example, TODAY) == []


def test_hard_text_is_a_warning_at_its_elevtext(example: Project) -> None:
    project = _with_measure_text(example, "A1", HARD)  # for the whole school
    found = [p for p in student_problems(project, TODAY) if p.code == "TP501"]
    assert len(found) == 1
    problem = found[0]
    assert problem.severity is Severity.WARNING
    assert problem.location.file == PLAN
    assert problem.location.line == _line_of(PLAN, "A1")
    assert problem.location.column > 1
    assert problem.field == "åtgärder (id: A1).elevtext"  # named by its id, as a reader finds it
    assert problem.message == (  # the strictest of F–3 and 4–6, and what was measured
        "elevtexten har LIX 79, över gränsen 30 för lågstadiet: 12 ord i 1 mening, varav 8 "
        "långa (7 bokstäver eller fler)"
    )


def test_page_above_its_limit(example: Project) -> None:
    project = _with_profile(example, lix_limits={"lågstadiet": 10})
    found = [p for p in student_problems(project, TODAY) if p.code == "TP502"]
    # every F–6 school's page for lågstadiet, each reported at its own plan
    assert PLAN in [p.location.file for p in found]
    assert len(found) == len({p.location.file for p in found}) == 2
    assert all("elevsidan för lågstadiet" in p.message for p in found)


def test_profile_switches_off_and_changes_severity(example: Project) -> None:
    project = _with_profile(example, lix_limits={"lågstadiet": 10}, severities={"TP502": "av"})
    assert not [p for p in student_problems(project, TODAY) if p.code == "TP502"]
    project = _with_profile(example, lix_limits={"lågstadiet": 10}, severities={"TP502": "fel"})
    assert {p.severity for p in student_problems(project, TODAY) if p.code == "TP502"} == {
        Severity.ERROR
    }


def test_pupil_flow_without_student_texts(example: Project) -> None:
    routines = example.organiser.routines
    flow = routines.pupil_pupil
    bare = dataclasses.replace(
        flow, steps=tuple(dataclasses.replace(s, student_text="") for s in flow.steps)
    )
    schools = tuple(
        dataclasses.replace(
            school,
            plans=tuple(
                dataclasses.replace(
                    plan, routines=dataclasses.replace(plan.routines, pupil_pupil=bare)
                )
                for plan in school.plans
            ),
        )
        for school in example.schools
    )
    found = [
        p for p in student_problems(dataclasses.replace(example, schools=schools), TODAY)
        if p.code == "TP503"
    ]  # fmt: skip
    assert len(found) == len(example.schools)
    assert all(p.location.line > 1 for p in found)


def test_page_lix_and_summary(example: Project) -> None:
    rows = student_page_lix(example)
    assert {(school_id, band) for school_id, band, _lix in rows} == {
        ("ekbackens-skola", "lågstadiet"),
        ("ekbackens-skola", "mellanstadiet"),
        ("forskolan-solrosen", "förskola"),
        ("lovangens-skola", "lågstadiet"),
        ("lovangens-skola", "mellanstadiet"),
        ("strandskolan", "högstadiet"),
    }
    assert all(0 < value < 60 for _school, _band, value in rows)
    summary = lix_summary(example)
    assert summary.startswith("Läsbarhet (LIX) för elevsidorna:")
    assert "ekbackens-skola lågstadiet" in summary
    assert "(gräns 30)" in summary
    low = _with_profile(example, lix_limits={"förskola": 1})
    assert "förskola" in next(
        line for line in lix_summary(low).splitlines() if "över gränsen" in line
    )


def _without_student_text(plan: Path, measure_id: str) -> None:
    lines = plan.read_text(encoding="utf-8").splitlines(keepends=True)
    section = lines.index("åtgärder:\n")
    start = next(i for i in range(section, len(lines)) if lines[i].strip() == f"- id: {measure_id}")
    first = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("elevtext:"))
    indent = len(lines[first]) - len(lines[first].lstrip())
    end = first + 1  # the key's line and any more-indented continuation lines
    while end < len(lines) and len(lines[end]) - len(lines[end].lstrip()) > indent:
        end += 1
    del lines[first:end]
    plan.write_text("".join(lines), encoding="utf-8")


def test_measures_without_student_text_warn_once_per_plan(tmp_path: Path) -> None:
    """The åtgärder without elevtext are listed in one warning (TP504) at the first of
    them; the plan, which says how pupils learn of its åtgärder, gets no TP206."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    for measure_id in ("A3", "A7"):
        _without_student_text(tmp_path / PLAN, measure_id)
    checked = check_content(tmp_path / "content", today=TODAY)
    [found] = [p for p in checked.report if p.code == "TP504"]
    assert found.severity is Severity.WARNING
    assert found.message == (
        "åtgärderna A3 och A7 saknar elevtext, så elevsidan berättar inte om dem"
    )
    assert found.hint == "skriv elevtext: på åtgärderna, med korta meningar till eleverna"
    text = (tmp_path / PLAN).read_text(encoding="utf-8")
    line = text[: text.index("- id: A3", text.index("\nåtgärder:"))].count("\n") + 1
    assert (found.location.file, found.location.line) == (PLAN, line)
    assert [p for p in checked.report if p.code == "TP206"] == []


def test_a_measure_for_grades_the_school_has_no_page_for_is_told(example: Project) -> None:
    """`årskurser: 7-9` on an F–6 school's measure: its elevtext stands on no page (TP505,
    at the årskurser)."""
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    plan = school.current_plan
    measures = tuple(
        dataclasses.replace(m, grades="7-9") if m.id == "A4" else m for m in plan.measures
    )
    changed = dataclasses.replace(
        school, plans=(*school.plans[:-1], dataclasses.replace(plan, measures=measures))
    )
    project = dataclasses.replace(
        example, schools=tuple(changed if s.id == school.id else s for s in example.schools)
    )
    found = [p for p in student_problems(project, TODAY) if p.code == "TP505"]
    assert [p.message for p in found] == [
        "åtgärden A4 gäller årskurs 7–9, som ingen av skolans elevsidor är för"
    ]
    assert found[0].field.endswith(".årskurser")


def test_a_hard_bidrag_an_older_page_shows_is_a_warning_at_the_bidrag(tmp_path: Path) -> None:
    """Without an elevtext the högstadiet page shows the adults' bidrag: one above the
    band's LIX limit is told at the bidrag, with the elevtext to write."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    plan = tmp_path / "content/skolor/strandskolan/trygghetsplan/2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    kept = "\n".join(
        line for line in text.split("\n") if "elevtext: Elevrådet har tagit" not in line
    )
    plan.write_text(kept, encoding="utf-8")
    [problem] = [p for p in check_content(tmp_path / "content").report if p.code == "TP501"]
    bidrag = "bidrag: Elevrådet tog själva fram"
    line = next(n for n, row in enumerate(kept.split("\n"), 1) if bidrag in row)
    assert (problem.location.file, problem.location.line) == (
        "content/skolor/strandskolan/trygghetsplan/2026-27.yml",
        line,
    )
    assert problem.message.startswith("bidraget visas på elevsidan för högstadiet")
    assert "skriv en elevtext" in problem.hint


def _strandskolan_with(tmp_path: Path, elevtext: str) -> list[Problem]:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    plan = tmp_path / "content/skolor/strandskolan/trygghetsplan/2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    written = "elevtext: Elevrådet har tagit reda på varför det blir trångt i B-huset och "
    written += "varför det sägs hårda ord efter idrotten."
    assert written in text
    plan.write_text(text.replace(written, f"elevtext: {elevtext}"), encoding="utf-8")
    return [p for p in check_content(tmp_path / "content").report if p.code == "TP501"]


def test_a_few_words_are_not_told_by_their_lix(tmp_path: Path) -> None:
    """ "Elevrådet gick trygghetsvandringen." has LIX 70 by two long words: no measure of a
    text at all (the examiner got "LIX 70, över gränsen 40"). It counts on its page."""
    assert _strandskolan_with(tmp_path, "Elevrådet gick trygghetsvandringen.") == []


def test_a_short_text_hard_by_more_than_one_word_is_told(tmp_path: Path) -> None:
    hard = "Diskrimineringsombudsmannens myndighetsutövning kännetecknas av rättssäkerhet."
    [problem] = _strandskolan_with(tmp_path, hard)
    assert problem.location.file == "content/skolor/strandskolan/trygghetsplan/2026-27.yml"
    written = (tmp_path / problem.location.file).read_text(encoding="utf-8")
    assert written.splitlines()[problem.location.line - 1].strip() == f"elevtext: {hard}"
    assert problem.message == (
        "elevtexten har LIX 85, över gränsen 40 för högstadiet: 5 ord i 1 mening, varav 4 "
        "långa (7 bokstäver eller fler)"
    )
