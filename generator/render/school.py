"""Render a school's site: the one place that decides which pages and files exist.

Every renderer is a pure function from the frozen model to Markdown (or to
another text format); nothing here imports MkDocs. Author text goes through
`generator.render.markdown.safety` before it reaches a page.

Pages of a school site (docs-relative URIs):

    index.md                         Start: who we are, quick links, trygghetsteam, contacts
    trygghetsplan/index.md           the current plan, in canonical order
    trygghetsplan/<period>/index.md  every earlier plan
    trygghetsplan/arkiv/index.md     all plans, newest first
    rutiner/index.md                 Rutiner vid kränkning
    arshjul/index.md, arshjul.ics    the årshjul and its calendar
    elev/...                         the student version (generator.render.student.pages)
    sidor/<slug>.md                  the school's own pages
    rapporter/<id>/index.md          the school's reports (listed on the start page)
    plan/<period>.json, plan/<period>-*.csv   each plan as open data (`render.opendata`)
    datapackage.json                 the open data files described (Frictionless)
    feed.xml                         the Atom feed of the plans and dated pages
    oppna-data/index.md              what the open data files contain
    tillganglighet/index.md          the tillgänglighetsredogörelse

Staff photos (assets/foton/*) and the logo are files from the content folder,
not rendered: `generator.render.site` copies them, at the URIs `generator.render.photos` gives.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Project, School
from generator.render import uris
from generator.render.files import GeneratedFile
from generator.render.markdown.blocks import under_title
from generator.render.opendata.files import open_data_files
from generator.render.pages.accessibility import render_accessibility
from generator.render.pages.cycle import calendar, render_cycle
from generator.render.pages.free_pages import render_free_page
from generator.render.pages.routines import render_routines
from generator.render.pages.standing import standing_note
from generator.render.pages.start import render_start
from generator.render.plan.page import render_archive, render_plan, with_draft_note
from generator.render.reports.page import report_files
from generator.render.sitepages import linked_pages, navigation
from generator.render.student.bands import bands_for
from generator.render.student.pages import render_student_pages, student_uri

# `linked_pages` and `navigation` are `render.sitepages`'s, offered here beside the pages.
__all__ = ["GeneratedFile", "linked_pages", "navigation", "render_school"]


def render_school(
    project: Project,
    school: School,
    *,
    preview: bool = False,
    student_pages: Sequence[GeneratedFile] | None = None,
) -> list[GeneratedFile]:
    """Every generated file of the school's site, in reading order.

    With `preview=True` (mkdocs serve) missing optional content is marked with
    a visible "Saknas: …"; published sites leave it out quietly. `student_pages` are
    the student pages as `trygg check` rendered and measured them (`check.student`);
    without them (or in a preview) they are rendered here.
    """
    plan = school.current_plan
    files = [GeneratedFile(uris.START, render_start(project, school, preview=preview))]
    if plan is not None:
        files.append(GeneratedFile(uris.PLAN, render_plan(project, school, plan, preview=preview)))
    files.append(GeneratedFile(uris.ROUTINES, render_routines(project, school, preview=preview)))
    files.append(GeneratedFile(uris.CYCLE, render_cycle(school)))
    if (ics := calendar(school)) is not None:
        files.append(GeneratedFile(uris.ICS, ics))
    # The check rendered the student pages of the newest plan: a plan in force with a
    # kommande one beside it needs its own, and pages from the (untrusted) cache are taken
    # only where the school's bands have them.
    taken = student_pages is not None and _are_students(school, student_pages)
    if plan is not None and (preview or not taken or plan is not school.plans[-1]):
        files += render_student_pages(project, school, plan, preview=preview)
    elif plan is not None and student_pages is not None:
        files += student_pages
    files += [GeneratedFile(uris.free_page(p), render_free_page(p)) for p in school.pages]
    files += [GeneratedFile(u, md) for u, md in report_files(school.reports, school.brand_colour)]
    files += _earlier_plans(project, school, preview=preview)
    files += open_data_files(project, school, preview=preview)
    accessibility = render_accessibility(project, school, preview=preview)
    files.append(GeneratedFile(uris.ACCESSIBILITY, accessibility))
    return [_with_notes(f, school, preview=preview) for f in files]


def _with_notes(file: GeneratedFile, school: School, *, preview: bool) -> GeneratedFile:
    """A page with the notices that belong on every page: while no plan is in force
    (`render.pages.standing`), and where an utkast is shown (the preview, the build
    with utkast: `School.with_drafts`), except on the pages of decided plans."""
    if not file.uri.endswith(".md") or not isinstance(file.content, str):
        return file
    md = under_title(file.content, standing_note(school, file.uri))
    plan = school.current_plan
    if plan is not None and plan.draft:
        decided = {uris.plan_page(school, p) for p in school.plans if not p.draft}
        md = md if file.uri in decided else with_draft_note(md, plan)
    return file if md is file.content else GeneratedFile(file.uri, md)


def _earlier_plans(project: Project, school: School, *, preview: bool) -> list[GeneratedFile]:
    """Pages of the other plans (earlier and kommande) and the archive."""
    files = [
        GeneratedFile(uris.plan_page(school, p), render_plan(project, school, p, preview=preview))
        for p in school.plans
        if p is not school.current_plan
    ]
    if school.plans:
        files.append(GeneratedFile(uris.ARCHIVE, render_archive(school)))
    return files


def _are_students(school: School, pages: Sequence[GeneratedFile]) -> bool:
    """Whether `pages` are one student page for each of the school's bands."""
    return sorted(page.uri for page in pages) == sorted(map(student_uri, bands_for(school)))
