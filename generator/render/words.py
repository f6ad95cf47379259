"""Swedish words for dates, numbers and a school's kind of unit (labels: `generator.vocabulary`)."""

from __future__ import annotations

import datetime as dt

from generator import text
from generator.load.dates import day_in_words
from generator.model import Plan, PlanDate, School
from generator.model.disclosure import Released
from generator.text import grade_span, listing
from generator.vocabulary import SCHOOL_FORMS


def date(when: dt.date | PlanDate) -> str:
    """A date as Swedish readers write it: "17 augusti 2026", "oktober 2025", "vecka 10,
    2026", "hösten 2026"."""
    return when.in_words if isinstance(when, PlanDate) else day_in_words(when)


def date_range(first: dt.date | PlanDate, last: dt.date | PlanDate | None) -> str:
    """ "1 september 2025 – 31 maj 2026"; one date when both are the same ("hösten 2026");
    "från 1 september 2026" without an end."""
    if last is None:
        return f"från {date(first)}"
    if first == last:
        return date(first)
    return f"{date(first)} – {date(last)}"


def plan_period(plan: Plan) -> str:
    """The period a plan is for, with its version when it was decided anew during the
    period: "läsåret 2026/27", "läsåret 2026/27, version 2"."""
    return versioned(plan.period.label, plan.version)


def versioned(period: str, version: int) -> str:
    """A period's label with the plan's version after it when it is not the first."""
    return period if version == 1 else f"{period}, version {version}"


percent = text.percent  # 88 → "88 %", 87.5 → "87,5 %"


def response_rate(released: Released) -> str:
    """ "187 av 212 (88 %)", "187 svar", or "" when the method counts no answers."""
    rate = released.response_rate
    if rate is not None and released.responses is not None:
        return f"{released.responses} av {released.invited} ({percent(round(rate * 100))})"
    if released.responses is not None:
        return f"{released.responses} svar"
    return ""


def grades(text: str) -> str:
    """ "F-6" → "årskurs F–6", "7-9" → "årskurs 7–9"."""
    return "årskurs " + grade_span(text) if text else ""


def school_forms(forms: tuple[str, ...]) -> str:
    return listing([SCHOOL_FORMS.get(f, f.replace("_", " ")) for f in forms])


def is_preschool(school: School) -> bool:
    """True for a förskola, where the children are "barn", not "elever"."""
    return school.is_preschool


def unit(school: School) -> str:
    """ "förskolan" or "skolan", lower case, for running text."""
    return "förskolan" if is_preschool(school) else "skolan"


def pupils(school: School) -> str:
    """ "barnen" or "eleverna"."""
    return "barnen" if is_preschool(school) else "eleverna"


def children(school: School) -> str:
    """ "barn" or "barn och elever"."""
    return "barn" if is_preschool(school) else "barn och elever"


def people(school: School) -> str:
    """Who can turn to the school: "Barn och vårdnadshavare" or "Barn, elever och …"."""
    return "Barn och vårdnadshavare" if is_preschool(school) else "Barn, elever och vårdnadshavare"
