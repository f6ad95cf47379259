"""The rows of the portal's start page: each unit with its Verksamhet, its plan's period
and its status in the granskning's words (`review.phases`), a unit the build withheld
(`Withheld`) as what its published site shows, and a withheld report's item."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from generator.check.checked import HeldReport
from generator.check.planfiles import PlanFiles
from generator.load.reports import REPORTS
from generator.model.keptsite import KeptSite
from generator.model.status import status_of
from generator.model.summary import SchoolSummary
from generator.problems import Problem
from generator.render.markdown.safety import plain
from generator.review.phases import IN_FORCE, NOT_PUBLISHED, PHASE_TEXT, UPDATING, phase_of
from generator.review.privacy import points_at_pupil
from generator.text import grade_span
from generator.vocabulary import SCHOOL_FORMS


def unit_row(school: SchoolSummary, today: dt.date) -> str:
    """The unit's row in the portal's table: its plan's status on `today` in the words of
    the granskning (`review.phases`), an utkast on its way included."""
    status, _plan = status_of(school.plans, today)
    phase = phase_of(status, school.drafting_on(today))
    name = html.escape(school.name)
    link = f'<a href="{school.id}/">{name}</a>'
    status_text = (
        PHASE_TEXT[phase] if phase == IN_FORCE else f"<strong>{PHASE_TEXT[phase]}</strong>"
    )
    cells = _unit_cells(school.school_forms, school.grades, _period(school, today))
    cells += f"<td>{status_text}</td>"
    return f'<tr><th scope="row">{link}</th>{cells}</tr>'


def _unit_cells(forms: Sequence[str], grades: str, period: str) -> str:
    """The unit's Verksamhet and Period cells, "–" where not known: its skolformer with
    its grades, and its plan's period."""
    named = html.escape(", ".join(SCHOOL_FORMS.get(f, f) for f in forms) or "–")
    span = f" ({html.escape(grade_span(grades))})" if grades else ""
    return f"<td>{named}{span}</td><td>{html.escape(period) if period else '–'}</td>"


def _period(school: SchoolSummary, today: dt.date) -> str:
    """The period of the school's plan that stands on `today` (`model.status`), "" for none."""
    _status, plan = status_of(school.plans, today)
    return plan.period if plan else ""


@dataclass(frozen=True)
class Withheld:
    """A unit whose site the build did not publish because of errors in its files (or
    refused after it was built: no codes): the codes of the errors with their counts, and
    whether an older site of it is still published. The granskning reviews it from its
    `summary` and `problems` when the check could model it, and shows none of their text
    (`review.held`); without a summary, only its codes."""

    id: str
    name: str
    codes: tuple[tuple[str, int], ...]
    published: bool
    plan_files: PlanFiles | None = None  # the granskning counts a unit without a plan
    summary: SchoolSummary | None = None  # None: its files could not be read into a model
    problems: tuple[Problem, ...] = ()  # everything found in its files
    leaked: bool = False  # its old site showed what a privacy error found, and went
    kept: KeptSite | None = None  # what its published site shows, when the build knows
    forms: tuple[str, ...] = ()  # its skolformer as its skola.yml writes them
    grades: str = ""  # and its årskurser


def withheld_row(unit: Withheld, today: dt.date) -> str:
    """The row of a withheld unit on the public start page: what a guardian can read of it,
    its Verksamhet and Period as its published site shows them (else its skolformer as its
    skola.yml gives them, when the check read it). Its error codes are in the granskning
    (`review.groups.held_text`)."""
    name = html.escape(unit.name)
    # (an old site whose address names a pupil is not linked: `review.privacy`)
    linked = unit.published and not points_at_pupil(unit.id)
    link = f'<a href="{unit.id}/">{name}</a>' if linked else name
    status = (
        f"<strong>{UPDATING}</strong>: webbplatsen visar den senast publicerade versionen"
        if unit.published
        else f"<strong>{NOT_PUBLISHED}</strong>"
    )
    if unit.kept is not None and unit.published:
        kept = unit.kept.summary
        cells = _unit_cells(kept.school_forms, kept.grades, _period(kept, today))
    else:  # its new plan is not published: the period is not known
        cells = _unit_cells(unit.forms, unit.grades, "")
    return f'<tr><th scope="row">{link}</th>{cells}<td>{status}</td></tr>'


def withheld_forms(unit: Withheld) -> Sequence[str]:
    """A withheld unit's skolformer, as its row shows them (`withheld_row`)."""
    if unit.kept is not None and unit.published:
        return unit.kept.summary.school_forms
    return unit.forms


def held_report_item(report: HeldReport) -> str:
    """A huvudman's report withheld for its errors, as its item in the portal's list of
    reports: under uppdatering (its last published page stays), or not published yet."""
    if not report.published:
        return f"- {plain(report.title or report.id)}: <strong>{NOT_PUBLISHED}</strong>"
    page = f'<a href="{REPORTS}/{report.id}/">{plain(report.title or report.id)}</a>'
    return f"- {page}: <strong>{UPDATING}</strong>: sidan visar den senast publicerade versionen"
