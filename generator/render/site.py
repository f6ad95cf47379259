"""What one site consists of: its generated files, navigation, title and theme values.

This is the engine-neutral core that the MkDocs plugin wraps. It never imports
MkDocs, so the same content can be exported and built by another engine.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.colours import best_text_colour
from generator.model import Organiser, Project, School
from generator.problems import Problem, Report, Severity
from generator.render.photos import school_photos
from generator.render.portal import portal_files, portal_navigation
from generator.render.school import GeneratedFile, navigation, render_school

DEFAULT_COLOUR = "#1f4e79"


@dataclass(frozen=True)
class SiteContent:
    title: str
    files: list[GeneratedFile]
    navigation: list[dict[str, str]]
    theme_values: dict[str, str] = field(default_factory=dict)
    logo_uri: str = ""
    report_text: str = ""
    warnings: list[str] = field(default_factory=list)
    failed: bool = False


def error_page(report: Report) -> str:
    """The page `mkdocs serve` shows instead of the site while content has errors."""
    rows = "\n".join(
        f"<li><code>{html.escape(str(p.location))}</code> {html.escape(_without_location(p))}</li>"
        for p in report
        if p.severity is Severity.ERROR
    )
    return (
        "# Fel i innehållet\n\n"
        "Webbplatsen kan inte visas förrän felen nedan är rättade. "
        "Sidan laddas om av sig själv när du sparar en fil.\n\n"
        f'<ol class="trygg-problems">\n{rows}\n</ol>\n\n'
        f"{html.escape(report.summary())}\n"
    )


def _without_location(problem: Problem) -> str:
    return problem.format().removeprefix(f"{problem.location}: ")


def _failed(report: Report) -> SiteContent:
    page = GeneratedFile("index.md", error_page(report))
    return SiteContent(
        title="Fel i innehållet",
        files=[page],
        navigation=[{"Fel i innehållet": "index.md"}],
        report_text=report.format_text(),
        failed=True,
    )


def theme_values(school: School | None) -> dict[str, str]:
    colour = (school.brand_colour if school else "") or DEFAULT_COLOUR
    return {"farg": colour, "farg_text": best_text_colour(colour)}


def _logo(school: School, content_dir: Path) -> tuple[str, list[GeneratedFile]]:
    if not school.logo:
        return "", []
    path = content_dir / "skolor" / school.id / school.logo
    uri = f"assets/logo{path.suffix.lower()}"
    return uri, [GeneratedFile(uri, path.read_bytes())]


def photo_files(school: School, content_dir: Path) -> list[GeneratedFile]:
    """The staff photos, at the URIs the start and student pages link to."""
    folder = content_dir / "skolor" / school.id
    return [
        GeneratedFile(uri, (folder / source).read_bytes()) for source, uri in school_photos(school)
    ]


def _school_site(project: Project, school: School, content_dir: Path, preview: bool) -> SiteContent:
    logo_uri, logo_files = _logo(school, content_dir)
    files = render_school(project, school, preview=preview) + logo_files
    return SiteContent(
        title=school.name,
        files=files + photo_files(school, content_dir),
        navigation=navigation(school),
        theme_values=theme_values(school),
        logo_uri=logo_uri,
    )


def portal_site(
    organiser: Organiser, files: list[GeneratedFile], warnings: list[str]
) -> SiteContent:
    """The portal's site from its pages (`generator.render.portal`)."""
    return SiteContent(
        organiser.name, files, portal_navigation(), theme_values(None), warnings=warnings
    )


def site_content(
    content_dir: Path, school_id: str, *, preview: bool = False, project: Project | None = None
) -> SiteContent:
    """Everything one site needs: a school's site, or the portal when `school_id` is empty."""
    report = Report()
    if project is None:
        from generator.check.run import check_content  # noqa: PLC0415 (not when preloaded)

        checked = check_content(content_dir, only=[school_id] if school_id else ())
        report, project = checked.report, checked.project
    if project is None:
        return _failed(report)
    warnings = [p.format() for p in report if p.severity is Severity.WARNING]
    if not school_id:
        return portal_site(project.organiser, portal_files(project, report), warnings)
    school = project.school(school_id)
    if school is None:
        return _failed(report)
    site = _school_site(project, school, content_dir, preview)
    return replace(site, warnings=warnings)
