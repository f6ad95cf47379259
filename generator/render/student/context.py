"""What every section of a student page reads (`PageContext`) and the pieces they share:
a heading with its pictogram, and a gap marked in preview builds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.model import Plan, Project, School
from generator.render.student.bands import Band
from generator.render.student.pictograms import SECTION_ICONS, pictogram
from generator.render.student.texts import plain


@dataclass(frozen=True)
class PageContext:
    project: Project
    school: School
    plan: Plan
    band: Band
    preview: bool
    uri: str  # the page's docs-relative URI, for relative links to photos
    photos: bool = False  # whether the page shows photos (of the staff it names)


Section = Callable[[PageContext], list[str]]


def heading(level: int, icon: str, text: str) -> list[str]:
    """A heading with its pictogram (hidden from screen readers: the text says it)."""
    return ["#" * level + f" {pictogram(SECTION_ICONS[icon])}{text}", ""]


def gap(text: str) -> str:
    return f'<span class="trygg-gap">{plain(text)}</span>'
