"""`trygg ny-period` for a school that has no plan yet: its first plan, as an utkast, made
from the example plan for its kind of unit as `trygg ny-skola --mall` makes one
(`cli.firstdraft`), with the school's and the huvudman's names and the period's dates,
every text marked FYLL I."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from generator.cli import starter
from generator.load import schoolyears
from generator.load.yamlerrors import LoadError
from generator.load.yamlsafe import safe_load
from generator.load.yamlstrict import read_text
from generator.render.student.bands import HOGSTADIET, parse_grades


def template_for(school: dict[str, Any]) -> str:
    """The example the unit's first plan is made from, by its skolformer and årskurser:
    förskola, 7-9, f-9 (from åk 6 or earlier to åk 7 or later) or f-6
    (`starter.SCHOOL_TEMPLATES`)."""
    forms = [str(form) for form in school.get("skolformer") or []]
    if forms and all(form == "förskola" for form in forms):
        return "förskola"
    grades = parse_grades(str(school.get("årskurser", "")))
    if grades is None or grades[1] < HOGSTADIET.first:
        return "f-6"
    return "7-9" if grades[0] >= HOGSTADIET.first else "f-9"


def current_period(today: dt.date) -> str:
    """The läsår a plan made `today` is for, as a plan's name (`load.schoolyears`: from
    1 July the coming one), as TP035's and TP101's hints name it."""
    return schoolyears.of_day(today)


class Unreadable(Exception):
    """skola.yml cannot give the school's name: the plan would have holes in its texts."""


def first_plan(school_dir: Path, content: Path, period: str, today: dt.date) -> tuple[str, str]:
    """The text of the school's first plan for `period` (a läsår, "2026-27") and the name
    of the example it is made from; `Unreadable` when skola.yml gives no usable name."""
    school, organiser = (
        read_mapping(school_dir / "skola.yml"),
        read_mapping(content / "huvudman.yml"),
    )
    name = school.get("namn")
    if not isinstance(name, str) or not name.strip() or not name.isprintable():
        raise Unreadable
    mall = template_for(school)
    names = {"skola": str(school.get("namn", "")), "huvudman": str(organiser.get("namn", ""))}
    years = int(period[:4]) - int(starter.EXAMPLE_PLAN[:4])
    # A plan made today starts today at the latest; one for a later period where it starts.
    later = dt.date(int(period[:4]) + 1, 12, 31)
    made = today if years <= starter.years_to_shift(today) else max(today, later)
    template = starter.SCHOOL_TEMPLATES[mall]
    files = starter.school_files(school_dir.name, names, years, made, template)
    text = next(
        str(data) for path, data in files.items() if path.endswith(f"/trygghetsplan/{period}.yml")
    )
    return text, mall  # an utkast already, as every first plan (`cli.firstdraft`)


def read_mapping(path: Path) -> dict[str, Any]:
    """A content file's data, or {} where it cannot be read (the check says why)."""
    try:
        data = safe_load(read_text(path))
    except (LoadError, yaml.YAMLError, OSError):
        return {}
    return data if isinstance(data, dict) else {}
