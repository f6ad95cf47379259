"""The student version, called when its module is present (it is written separately)."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import cast

from generator.model import Plan, Project, School
from generator.render.files import GeneratedFile

STUDENT_MODULE = "generator.render.student.pages"


def _student() -> ModuleType | None:
    try:
        return importlib.import_module(STUDENT_MODULE)
    except ModuleNotFoundError as error:
        if error.name == STUDENT_MODULE:
            return None
        raise


def student_pages(
    project: Project, school: School, plan: Plan, *, preview: bool
) -> list[GeneratedFile]:
    """The student pages (URIs under elev/) for the school's current plan."""
    module = _student()
    if module is None or not hasattr(module, "render_student_pages"):
        return []
    pages = module.render_student_pages(project, school, plan, preview=preview)
    return list(cast("list[GeneratedFile]", pages))


def student_links(school: School) -> list[tuple[str, str]]:
    """(title, uri) of each student page, for the start page and the navigation."""
    module = _student()
    if module is None or school.current_plan is None or not hasattr(module, "student_links"):
        return []
    return list(cast("list[tuple[str, str]]", module.student_links(school)))
