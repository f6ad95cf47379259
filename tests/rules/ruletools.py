"""Shared helpers for the rule tests: the clean fixture, edited copies of it, and model variants.

The fixture under tests/rules/fixture/content is a copy of the example content
(huvudman.yml and Ekbackens skola, two plan periods) that passes every rule on
TODAY. A test either edits a copy of its YAML text (to check file:line:column)
or replaces parts of the frozen model with `dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from contentread import read_sources

from generator.check.run import Checked, check_content
from generator.load.sources import Sources
from generator.model import Plan, Project, Routines
from generator.problems import Problem
from generator.rules import run_rules

FIXTURE = Path(__file__).parent / "fixture" / "content"
TODAY = dt.date(2026, 11, 25)
SCHOOL_DIR = "content/skolor/ekbackens-skola"
PLAN = f"{SCHOOL_DIR}/trygghetsplan/2026-27.yml"
PREVIOUS = f"{SCHOOL_DIR}/trygghetsplan/2025-26.yml"
SCHOOL = f"{SCHOOL_DIR}/skola.yml"
CYCLE = f"{SCHOOL_DIR}/arshjul.yml"
PAGE = f"{SCHOOL_DIR}/sidor/ordningsregler.md"
ORGANISER = "content/huvudman.yml"

F = TypeVar("F", bound=Callable[..., Any])


def triggers(code: str) -> Callable[[F], F]:
    """Marks a test as the case that makes rule `code` fire (checked in test_engine)."""

    def mark(test: F) -> F:
        return test

    return mark


@functools.cache
def clean() -> Checked:
    return check_content(FIXTURE, today=TODAY)


@functools.cache
def clean_sources() -> Sources:
    """The fixture's files as read, for the rules' positions."""
    sources, problems = read_sources(FIXTURE)
    assert problems == []
    return sources


def position(text: str, snippet: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based line and column where `snippet` starts (its n-th occurrence)."""
    index = -1
    for _ in range(occurrence):
        index = text.index(snippet, index + 1)
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def fixture_at(display: str, snippet: str, occurrence: int = 1) -> str:
    text = (FIXTURE.parent / display).read_text(encoding="utf-8")
    line, column = position(text, snippet, occurrence)
    return f"{display}:{line}:{column}"


class Tree:
    """An editable copy of the fixture in a temporary folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(FIXTURE, root / "content")

    def path(self, display: str) -> Path:
        return self.root / display

    def text(self, display: str) -> str:
        return self.path(display).read_text(encoding="utf-8")

    def edit(self, display: str, old: str, new: str) -> None:
        text = self.text(display)
        assert old in text, f"{old!r} is not in {display}"
        self.path(display).write_text(text.replace(old, new, 1), encoding="utf-8")

    def append(self, display: str, extra: str) -> None:
        self.path(display).write_text(self.text(display) + extra, encoding="utf-8")

    def at(self, display: str, snippet: str, occurrence: int = 1) -> str:
        line, column = position(self.text(display), snippet, occurrence)
        return f"{display}:{line}:{column}"

    def check(self, today: dt.date = TODAY) -> Checked:
        return check_content(self.root / "content", today=today)

    def problems(self, code: str, today: dt.date = TODAY) -> list[Problem]:
        return [p for p in self.check(today).report if p.code == code]


def model_problems(code: str, project: Project, today: dt.date = TODAY) -> list[Problem]:
    """Run the rules on a changed model (positions come from the unchanged fixture files)."""
    found = run_rules(project, clean_sources(), today)
    return sorted((p for p in found if p.code == code), key=lambda p: p.location)


def project() -> Project:
    model = clean().project
    assert model is not None
    return model


def plan() -> Plan:
    current = project().schools[0].current_plan
    assert current is not None
    return current


def with_plan(**changes: Any) -> Project:
    """The fixture project with the current plan's fields replaced."""
    model = project()
    school = model.schools[0]
    new_plan = dataclasses.replace(plan(), **changes)
    new_school = dataclasses.replace(school, plans=(*school.plans[:-1], new_plan))
    return dataclasses.replace(model, schools=(new_school,))


def with_routines(**changes: Any) -> Project:
    """The fixture project with the huvudman's default rutiner changed."""
    model = project()
    routines: Routines = dataclasses.replace(model.organiser.routines, **changes)
    return dataclasses.replace(
        model, organiser=dataclasses.replace(model.organiser, routines=routines)
    )


def locations(problems: list[Problem]) -> list[str]:
    return [str(p.location) for p in problems]
