"""The open data files: stable keys, all documented, nothing suppressed published."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLE_CONTENT, checked_project
from opendata_checks import package_problems

from generator.check.run import check_content
from generator.clock import reference_date
from generator.model import Project, School
from generator.render.opendata import plan_json as opendata
from generator.render.opendata.page import FIELDS
from generator.render.opendata.plan_json import plan_data, plan_json
from generator.render.site import site_for
from generator.vocabulary.terms import GROUNDS


def _paths(value: Any, prefix: str) -> Iterator[str]:
    """The leaf fields as documented: lists as [], the flows as flöde, samverkan steps as <steg>."""
    if prefix in {"rutiner.elev_elev", "rutiner.personal_elev"}:
        yield prefix
        yield from _paths(value, "flöde")
    elif isinstance(value, dict) and prefix != "kartläggning.täckning":
        for key, item in value.items():
            name = "<steg>" if prefix == "samverkan" else key
            yield from _paths(item, f"{prefix}.{name}" if prefix else name)
    elif isinstance(value, list):
        for item in value:
            yield from _paths(item, prefix + "[]")
    else:
        yield prefix


def test_every_field_is_documented(fixture_project: Project, lindskolan: School) -> None:
    documented = {path for path, _text in FIELDS}
    for plan in lindskolan.plans:
        paths = set(_paths(plan_data(fixture_project, lindskolan, plan), ""))
        assert paths - documented == set()


def test_documented_top_level_keys_are_in_the_module_docstring() -> None:
    assert opendata.__doc__ is not None
    for path, _text in FIELDS:
        top = path.split(".")[0].split("[")[0]
        assert f'"{top}"' in opendata.__doc__ or top == "flöde", top


def test_plan_json_is_stable_and_readable(fixture_project: Project, lindskolan: School) -> None:
    plan = lindskolan.plans[-1]
    text = plan_json(fixture_project, lindskolan, plan)
    data = json.loads(text)
    assert text.endswith("}\n") and "Trygghetsenkät" in text  # UTF-8, not \\u escapes
    assert data["version"] == 2
    assert data["period"] == {
        "id": "2026-27",
        "typ": "läsår",
        "början": "2026-08-01",
        "slut": "2027-07-31",
    }
    assert data["beslut"] == {
        "datum": "2026-08-17",
        "rektor": "Eva Lind",
        "version": 1,
        "ersatt_från": None,
    }
    assert data["åtgärder"][1]["kommunikation"] is None
    assert data["konsekvenstrappa"] is None
    assert set(data["kartläggning"]["täckning"]) <= set(GROUNDS)


def test_every_plan_has_the_same_keys(fixture_project: Project, lindskolan: School) -> None:
    first, second = (plan_data(fixture_project, lindskolan, p) for p in lindskolan.plans)
    assert list(first) == list(second)
    assert list(first["kartläggning"]["metoder"][0]) == list(second["kartläggning"]["metoder"][0])


def test_no_documented_field_is_left_over(fixture_project: Project) -> None:
    """Every documented field appears in the fixture or the example content."""
    projects = [fixture_project]
    example = check_content(EXAMPLE_CONTENT).project
    if example is None:
        pytest.skip("the example content has errors")
    projects.append(example)
    produced = {
        path
        for project in projects
        for school in project.schools
        for plan in school.plans
        for path in _paths(plan_data(project, school, plan), "")
    }
    assert {path for path, _text in FIELDS} - produced == set()


def test_a_measure_for_some_grades_says_so_in_the_open_data() -> None:
    """A measure for åk 4–6 only is not published as one for the whole school; the span
    is written 4–6 (en dash) in the JSON and the CSV alike, as on the site: a spreadsheet
    opens "4-6" as 4 June and saves it back as a date."""
    from generator.render.opendata.plan_tables import plan_tables
    from generator.render.opendata.tables import csv_text

    example = check_content(EXAMPLE_CONTENT).project
    assert example is not None
    school = next(s for s in example.schools if s.id == "ekbackens-skola")
    plan = next(p for p in school.plans if any(x.grades for x in p.measures))
    data = plan_data(example, school, plan)
    assert school.grades == "F-6" and data["skola"]["årskurser"] == "F–6"
    graded = {x["id"]: x["årskurser"] for x in data["åtgärder"]}
    assert {x.grades for x in plan.measures} >= {"4-6", ""}
    assert set(graded.values()) >= {"4–6", None}  # and F–3 for the fritids afternoons
    assert all(v is None or "–" in v for v in graded.values())
    [table] = [t for t in plan_tables(plan) if t.uri.endswith("-atgarder.csv")]
    column = [c.name for c in table.columns].index("årskurser")
    assert {row[0]: row[column] for row in table.rows} == graded
    rows = csv_text(table).splitlines()
    assert sum(row.endswith(",4–6") for row in rows) == 2 and not any(
        row.endswith(",4-6") for row in rows
    )


def test_the_datapackage_holds_the_grade_spans_to_the_en_dash(tmp_path: Path) -> None:
    """Frictionless reads the `årskurser` column's pattern from datapackage.json: the
    files as published pass, and a span written with a hyphen (4-6) does not."""
    checked = check_content(EXAMPLE_CONTENT, only=["ekbackens-skola"])
    site = site_for(checked, "ekbackens-skola", EXAMPLE_CONTENT, today=reference_date())
    for made in site.files:  # the site's files as published, the data among them
        path = tmp_path / made.uri
        path.parent.mkdir(parents=True, exist_ok=True)
        content = made.content
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert package_problems(tmp_path) == []
    measures = tmp_path / "plan" / "2026-27-atgarder.csv"
    text = measures.read_bytes().decode("utf-8")
    assert ",4–6\r\n" in text
    measures.write_text(text.replace(",4–6\r\n", ",4-6\r\n"), encoding="utf-8", newline="")
    assert any("4-6" in problem for problem in package_problems(tmp_path))


def test_the_portals_page_describes_only_the_csv_files_it_has() -> None:
    """A huvudman whose reports only count gets no description of an insatser file."""
    from generator.render.opendata.portal import PAGE, portal_data_files

    organiser = checked_project(EXAMPLE_CONTENT).organiser

    def described(reports: tuple[Any, ...]) -> str:
        changed = dataclasses.replace(organiser, reports=reports)
        files = portal_data_files(changed, [], reference_date())
        return str(next(f for f in files if f.uri == PAGE).content)

    assert "`-insatser.csv`" in described(organiser.reports)  # the example has both kinds
    counting = tuple(
        dataclasses.replace(r, sections=tuple(_counts_only(s) for s in r.sections))
        for r in organiser.reports
    )
    only_counts = described(counting)
    assert "`-antal.csv`" in only_counts and "`-insatser.csv`" not in only_counts


def _counts_only(section: Any) -> Any:
    return dataclasses.replace(
        section, blocks=tuple(b for b in section.blocks if b.measures is None)
    )
