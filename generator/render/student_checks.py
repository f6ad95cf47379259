"""Checks of the student pages (TP5xx) and their LIX values for `trygg check`.

    student_problems(project, today) -> [Problem, ...]   # warnings, after regelprofil
    student_page_lix(project) -> [(school id, band, LIX), ...]
    lix_summary(project) -> str                         # the section `trygg check` prints

An åtgärd without `elevtext` is already reported by TP206 ("Insatserna kommuniceras
inte med eleverna"); the student page then leaves the åtgärd out, or shows a gap
marker in preview builds, and never falls back to the adult text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from generator.model import Plan, Project, School
from generator.problems import Location, Problem, Severity
from generator.render.lix import page_lix, text_lix
from generator.render.student import render_student_page
from generator.render.student_bands import BANDS, Band, bands_for, lix_limit
from generator.render.student_text import StudentText, page_texts, pupil_steps
from generator.schema_messages import format_field
from generator.yamlload import Document, LoadError, load_yaml

SOURCE = "Språklagen (2009:600) 11 §; regelprofil.lix i huvudman.yml"
TEXT_LIX, PAGE_LIX, NO_PUPIL_STEPS = "TP501", "TP502", "TP503"
OFF = "av"


def student_page_lix(project: Project) -> list[tuple[str, str, float]]:
    """(school id, band, LIX) of every published student page (each school's newest plan)."""
    return [
        (school.id, band.key, page_lix(render_student_page(project, school, plan, band)).value)
        for school, plan in _plans(project)
        for band in bands_for(school)
    ]


def lix_summary(project: Project) -> str:
    """A short Swedish section for `trygg check`: each student page's LIX and its limit."""
    rows = student_page_lix(project)
    if not rows:
        return ""
    profile = project.organiser.rule_profile
    limits = {band.key: lix_limit(profile, band) for band in BANDS}
    width = max(len(f"{school_id} {band}") for school_id, band, _value in rows)
    lines = ["Läsbarhet (LIX) för elevsidorna:"]
    for school_id, band, value in rows:
        shown, limit = int(value + 0.5), limits[band]
        over = " – över gränsen" if shown > limit else ""
        lines.append(f"  {f'{school_id} {band}':<{width}}  LIX {shown:>2} (gräns {limit}){over}")
    return "\n".join(lines)


def student_problems(project: Project, today: dt.date) -> list[Problem]:
    """TP501–TP503 for each school's newest plan, with the huvudman's regelprofil applied.

    `today` is accepted like the rules' context; the student pages always show the
    newest plan, so it does not change what is checked.
    """
    del today
    locator = _Locator(Path(project.root))
    found = [*_text_problems(project, locator), *_page_problems(project, locator)]
    found += _flow_problems(project, locator)
    return _apply_profile(found, project.organiser.rule_profile.severities)


def _plans(project: Project) -> Iterator[tuple[School, Plan]]:
    for school in project.schools:
        if school.current_plan is not None:
            yield school, school.current_plan


def _text_problems(project: Project, locator: _Locator) -> list[Problem]:
    """TP501: an elevtext above the limit of the strictest band whose page shows it."""
    strictest: dict[tuple[str, tuple[str | int, ...]], tuple[StudentText, Band, int]] = {}
    profile = project.organiser.rule_profile
    for school, plan in _plans(project):
        for band in bands_for(school):
            limit = lix_limit(profile, band)
            for text in page_texts(project, plan, band):
                key = (text.file, text.path)
                if key not in strictest or limit < strictest[key][2]:
                    strictest[key] = (text, band, limit)
    problems = []
    for text, band, limit in strictest.values():
        value = text_lix(text.text).rounded
        if value > limit:
            message = f"elevtexten har LIX {value}, över gränsen {limit} för {band.key}"
            hint = "skriv kortare meningar och byt långa ord mot kortare"
            where = locator.at(text.file, text.path)
            problems.append(_warning(TEXT_LIX, where, message, hint, text.path))
    return problems


def _page_problems(project: Project, locator: _Locator) -> list[Problem]:
    """TP502: a whole student page above its band's limit."""
    problems = []
    profile = project.organiser.rule_profile
    for school, plan in _plans(project):
        for band in bands_for(school):
            value = page_lix(render_student_page(project, school, plan, band)).rounded
            limit = lix_limit(profile, band)
            if value > limit:
                message = f"elevsidan för {band.key} har LIX {value}, över gränsen {limit}"
                hint = "förenkla elevtexterna i planen och i huvudman.yml"
                problems.append(_warning(PAGE_LIX, locator.at(plan.source, ()), message, hint))
    return problems


def _flow_problems(project: Project, locator: _Locator) -> list[Problem]:
    """TP503: no step of the elev–elev ärendegång has an elevtext for the pupils' flow."""
    problems = []
    for _school, plan in _plans(project):
        flow = plan.routines.pupil_pupil
        if not pupil_steps(flow):
            path = ("rutiner", "elev_elev", "steg")
            message = "inget steg i ärendegången har en elevtext, så elevsidan kan inte visa den"
            hint = "skriv elevtext: på de steg som eleven märker av"
            where = locator.at(flow.location.file, path)
            problems.append(_warning(NO_PUPIL_STEPS, where, message, hint, path))
    return problems


def _warning(
    code: str, where: Location, message: str, hint: str, path: tuple[str | int, ...] = ()
) -> Problem:
    return Problem(code, Severity.WARNING, where, message, format_field(path), hint, SOURCE)


def _apply_profile(problems: list[Problem], profile: dict[str, str]) -> list[Problem]:
    """Drop codes switched off (`av`) in regelprofil.regler; give others their set severity."""
    kept = []
    for problem in problems:
        chosen = profile.get(problem.code)
        if chosen == OFF:
            continue
        severity = Severity(chosen) if chosen else problem.severity
        kept.append(replace(problem, severity=severity))
    return kept


class _Locator:
    """Line and column of a data path, from each content file read once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.documents: dict[str, Document | None] = {}

    def at(self, file: str, path: tuple[str | int, ...]) -> Location:
        if file not in self.documents:
            try:
                self.documents[file] = load_yaml(self.root / file, file)
            except LoadError:
                self.documents[file] = None
        document = self.documents[file]
        if document is None:
            return Location(file)
        line, column = document.locate(path)
        return Location(file, line, column)
