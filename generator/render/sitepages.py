"""Which pages a school's site has: its menu (`navigation`) and every page a link may
name (`linked_pages`), as `render.school` writes them. Kept apart from the renderers so
that the check, which follows an own page's links to them, loads none of the renderers.
"""

from __future__ import annotations

from generator.model import School
from generator.render import uris
from generator.render.student.pages import student_links
from generator.vocabulary import MENU


def navigation(school: School) -> list[dict[str, str]]:
    """MkDocs-style navigation, [{title: uri}, ...], in reading order.

    Earlier plans are reached from "Alla trygghetsplaner", not the navigation.
    """
    entries = [(MENU["start"], uris.START)]
    if school.current_plan is not None:
        entries.append((MENU["plan"], uris.PLAN))
    entries += [(MENU["kommande"], uris.plan_page(school, p)) for p in school.upcoming_plans]
    entries += [(MENU["rutiner"], uris.ROUTINES), (MENU["arshjul"], uris.CYCLE)]
    entries += student_links(school)
    entries += [(p.title, uris.free_page(p)) for p in school.pages]
    if school.plans:
        entries.append((MENU["arkiv"], uris.ARCHIVE))
    entries += [(MENU["oppna_data"], uris.OPEN_DATA), (MENU["tillganglighet"], uris.ACCESSIBILITY)]
    return [{title: uri} for title, uri in entries]


def linked_pages(school: School) -> dict[str, str]:
    """Every page `render_school` writes, by each URI a link may name it with: its own,
    and for the current plan also its period's (`trygghetsplan/2026-27/index.md`), where
    it is not, since it is published as the plan page (`uris.plan_page`)."""
    written = [uri for entry in navigation(school) for uri in entry.values()]
    written += [uris.plan_page(school, p) for p in school.plans]
    written += [uris.report_page(r) for r in school.reports]
    pages = {uri: uri for uri in written}
    for plan in school.plans:
        pages.setdefault(uris.period_page(plan.key), uris.plan_page(school, plan))
    return pages
