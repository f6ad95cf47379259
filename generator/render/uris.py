"""Where each generated file lives in a school's site (docs-relative URIs)."""

from __future__ import annotations

from generator.load.layout import CALENDAR, FIXED_PAGES, free_page_uri
from generator.model import FreePage, Plan, School, UnitReport
from generator.model.report import ReportFacts
from generator.model.summary import PageFacts
from generator.text import slug

START = FIXED_PAGES["start"]
PLAN = FIXED_PAGES["plan"]
ARCHIVE = "trygghetsplan/arkiv/index.md"
ROUTINES = FIXED_PAGES["rutiner"]
CYCLE = FIXED_PAGES["arshjul"]
ICS = CALENDAR
OPEN_DATA = FIXED_PAGES["oppna_data"]
ACCESSIBILITY = FIXED_PAGES["tillganglighet"]


def plan_page(school: School, plan: Plan) -> str:
    """The current plan is the plan page; other plans have a page per period and version
    (`Plan.key`: trygghetsplan/2026-27/, trygghetsplan/2026-27-v2/)."""
    return PLAN if plan is school.current_plan else period_page(plan.key)


def period_page(key: str) -> str:
    """A plan's own page, where it is published when it is not the current plan."""
    return f"trygghetsplan/{key}/index.md"


def plan_pdf(school: School, plan: Plan) -> str:
    """The plan as a PDF, beside its page (made by `trygg build`: `build.pdf`)."""
    folder = plan_page(school, plan).removesuffix("index.md")
    return f"{folder}trygghetsplan-{school.id}-{plan.key}.pdf"


def report_pdf(report: UnitReport) -> str:
    """The report as a PDF, beside its page (made by `trygg build`: `build.pdf`)."""
    return f"{report.path}rapport-{report.id}.pdf"


def report_page(report: UnitReport | ReportFacts) -> str:
    """A report's page on its unit's site (the portal or the school's): `rapporter/<id>/`."""
    return f"{report.path}index.md"


def plan_data(plan: Plan) -> str:
    return f"plan/{plan.key}.json"


def free_page(page: FreePage | PageFacts) -> str:
    return free_page_uri(page.slug)


def site_address(website: str, school_id: str = "") -> str:
    """The address a site is published at, ending in "/": the portal at the huvudman's
    `webbplats` itself, each school in its folder below it; "" without a `webbplats`
    (trygg never guesses a host)."""
    if not website:
        return ""
    base = website.rstrip("/") + "/"
    return f"{base}{school_id}/" if school_id else base


def page_address(uri: str) -> str:
    """A page's path from its site's address: "sidor/regler.md" is "sidor/regler/",
    "trygghetsplan/index.md" is "trygghetsplan/"."""
    path = uri.removesuffix(".md")
    if path == "index" or path.endswith("/index"):
        return path.removesuffix("index")
    return path + "/"


def built_page(uri: str) -> str:
    """The HTML file MkDocs writes for a page: "sidor/regler.md" is
    "sidor/regler/index.html", "trygghetsplan/index.md" "trygghetsplan/index.html"."""
    return page_address(uri) + "index.html"


def measure_anchor(measure_id: str) -> str:
    """Where an åtgärd is on its plan's page (its heading's id)."""
    return f"atgard-{measure_id}"


def goal_anchor(goal_id: str) -> str:
    """Where a mål is on its plan's page (its row in the goals' table)."""
    return f"mal-{goal_id}"


def ground_anchor(ground: str) -> str:
    """Where a diskrimineringsgrund is on its plan's page (its row in the kartläggning's
    table of the seven grounds): "grund-kon" for kön."""
    return f"grund-{slug(ground)}"
