"""The huvudman's portal: every unit with its plan period and status, plus review pages.

The portal is its own small site at the root of the build output; each school's
site sits beside it in `<id>/`. Links to the schools are plain relative HTML
links because they point outside the portal's own pages.
"""

from __future__ import annotations

import html

from generator.model import Project, School
from generator.planstatus import PlanStatus, plan_status, reference_date
from generator.problems import Report
from generator.render import GeneratedFile
from generator.render.words import SCHOOL_FORMS


def _unit_row(school: School) -> str:
    status, plan = plan_status(school, reference_date())
    period = html.escape(plan.period.label) if plan else "–"
    forms = ", ".join(SCHOOL_FORMS.get(f, f) for f in school.school_forms)
    grades = f" ({html.escape(school.grades)})" if school.grades else ""
    name = html.escape(school.name)
    link = f'<a href="{school.id}/">{name}</a>'
    status_text = (
        status.value if status is PlanStatus.CURRENT else f"<strong>{status.value}</strong>"
    )
    cells = f"<td>{html.escape(forms)}{grades}</td><td>{period}</td><td>{status_text}</td>"
    return f'<tr><th scope="row">{link}</th>{cells}</tr>'


def index_page(project: Project) -> str:
    organiser = project.organiser
    rows = "\n".join(_unit_row(s) for s in project.schools)
    return (
        f"# {html.escape(organiser.name)}: trygghetsplaner\n\n"
        f"Här finns trygghetsplanen och årshjulet för varje skola och förskola hos "
        f"{html.escape(organiser.name)}. Varje plan beskriver hur enheten arbetar mot kränkande "
        "behandling och diskriminering.\n\n"
        "<table>\n<caption>Enheter och deras planer</caption>\n"
        '<thead><tr><th scope="col">Enhet</th><th scope="col">Verksamhet</th>'
        '<th scope="col">Period</th><th scope="col">Status</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table>\n\n"
        "## För huvudmannen\n\n"
        "- [Granskning av alla planer](granskning/index.md)\n"
        "- [Regler som planerna kontrolleras mot](regler/index.md)\n\n"
        f"Frågor om planerna besvaras av {html.escape(organiser.central_unit_name)}, "
        f"[{html.escape(organiser.central_unit_email)}](mailto:{organiser.central_unit_email}).\n"
    )


def portal_files(project: Project, report: Report) -> list[GeneratedFile]:
    from generator.review import review_page  # noqa: PLC0415
    from generator.rules import render_rules_page  # noqa: PLC0415

    return [
        GeneratedFile("index.md", index_page(project)),
        GeneratedFile("granskning/index.md", review_page(project, report)),
        GeneratedFile("regler/index.md", render_rules_page()),
    ]


def portal_navigation() -> list[dict[str, str]]:
    return [
        {"Alla enheter": "index.md"},
        {"Granskning": "granskning/index.md"},
        {"Regler": "regler/index.md"},
    ]
