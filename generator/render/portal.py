"""The huvudman's portal: every unit with its plan period and status, plus review pages.

The portal is its own small site at the root of the build output; each school's
site sits beside it in `<id>/`. Links to the schools are plain relative HTML
links because they point outside the portal's own pages. Everything here is made
from the schools' summaries (`model.summary`), so a build need not load any model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.check.checked import HeldReport
from generator.check.planfiles import PlanFiles
from generator.load.reports import REPORTS
from generator.model import Organiser
from generator.model.keptsite import KeptSite
from generator.model.status import status_of
from generator.model.summary import SchoolSummary
from generator.problems import Problem
from generator.render.files import GeneratedFile
from generator.render.markdown.blocks import mailto
from generator.render.markdown.safety import plain
from generator.render.portalcsv import review_csv
from generator.render.portalgroups import unit_group, unit_tables
from generator.render.portallinks import ground_link
from generator.render.reports.page import report_files, report_list
from generator.render.rules_page import rules_pages
from generator.render.uris import OPEN_DATA
from generator.review.assembly import build_review, unread_findings, with_key_indicator
from generator.review.held import Publication
from generator.review.model import NotReviewed, Review
from generator.review.pages import review_pages
from generator.review.phases import IN_FORCE, NOT_PUBLISHED, PHASE_TEXT, UPDATING, phase_of
from generator.review.privacy import points_at_pupil
from generator.review.private import private_review
from generator.text import grade_span, swedish_order
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


def _withheld_forms(unit: Withheld) -> Sequence[str]:
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


def index_page(
    organiser: Organiser,
    unit_rows: Sequence[tuple[str, str]],
    held_reports: Sequence[HeldReport] = (),
) -> str:
    """The portal's start page from each unit's group and row (`unit_row`, grouped by
    `portalgroups.unit_group`), and its reports."""
    held = [held_report_item(r) for r in held_reports]
    reports = report_list(organiser.reports, "index.md", held)
    reports = f"{reports}\n" if reports else ""
    return (
        f"# {html.escape(organiser.name)}: trygghetsplaner\n\n"
        f"Här finns trygghetsplanen och årshjulet för varje skola och förskola i "
        f"{html.escape(organiser.name)}. Varje plan beskriver hur enheten arbetar mot kränkande "
        "behandling och diskriminering.\n\n"
        f"{unit_tables(unit_rows)}"
        f"{reports}"
        "## För huvudmannen\n\n"
        "- [Granskning av alla planer](granskning/index.md)\n"
        "- [Regler som planerna kontrolleras mot](regler/index.md)\n\n"
        f"Frågor om planerna besvaras av {html.escape(organiser.central_unit_name)}, "
        f"{mailto(organiser.central_unit_email)}.\n"
    )


def portal_files(
    organiser: Organiser,
    schools: Sequence[SchoolSummary],
    problems: Iterable[Problem],
    today: dt.date,
    *,
    withheld: Sequence[Withheld] = (),
    held_reports: Sequence[HeldReport] = (),
    review: Review | None = None,
) -> list[GeneratedFile]:
    """The portal's pages: the units (the `withheld` ones too), the granskning (`review`, by
    default the published one), the rules and the huvudman's reports (listing the
    `held_reports` too)."""
    if review is None:
        review = portal_review(organiser, schools, problems, today, withheld)
    rows = {s.id: unit_row(s, today) for s in schools} | {
        w.id: withheld_row(w, today) for w in withheld
    }
    names = {s.id: s.name for s in schools} | {w.id: w.name for w in withheld}
    groups = {s.id: unit_group(s.school_forms) for s in schools} | {
        w.id: unit_group(_withheld_forms(w)) for w in withheld
    }
    ordered = sorted(rows, key=lambda i: (swedish_order(names[i]), i))
    start = index_page(organiser, [(groups[i], rows[i]) for i in ordered], held_reports)
    return [
        GeneratedFile("index.md", start),
        *(GeneratedFile(uri, md) for uri, md in review_pages(review, ground_link)),
        review_csv(review),
        *rules_pages(),
        *(GeneratedFile(uri, md) for uri, md in report_files(organiser.reports)),
    ]


def portal_review(
    organiser: Organiser,
    schools: Sequence[SchoolSummary],
    problems: Iterable[Problem],
    today: dt.date,
    withheld: Sequence[Withheld],
    *,
    internal: bool = False,
) -> Review:
    """The granskning of every unit: the published ones; the withheld ones the check could
    model, reviewed without a word of their text (`review.held`); the others by their codes.
    Its nyckeltal counts every modelled unit's released figures. The `internal` one (a
    build --med-utkast) shows each utkast's findings too (`review.assembly.build_review`)."""
    # A withheld unit by the name the build chose for it (`build.isolation`: never one a
    # privacy finding points at), in its review and its nyckeltal alike.
    modelled = {s.id: s for s in schools} | {
        w.id: dataclasses.replace(w.summary, name=w.name) for w in withheld if w.summary
    }
    found = [*problems, *(p for w in withheld if w.summary for p in w.problems)]
    publication = Publication(
        withheld=frozenset(w.id for w in withheld),
        old_sites=frozenset(w.id for w in withheld if w.published),
    )
    review = build_review(
        organiser.name,
        modelled.values(),
        found,
        today,
        publication=publication,
        internal=internal,
        drafts=internal,
    )
    review = with_key_indicator(review, organiser.key_indicator, modelled.values())
    unread = tuple(
        NotReviewed(w.id, w.codes, w.plan_files, w.name, w.published, unread_findings(w.problems))
        for w in sorted(withheld, key=lambda w: (swedish_order(w.name), w.id))
        if w.id not in modelled
    )
    every = [*problems, *(p for w in withheld for p in w.problems)]
    return private_review(dataclasses.replace(review, not_reviewed=unread), every)


def portal_navigation(*, open_data: bool = False) -> list[dict[str, str]]:
    """The portal's menu; "Öppna data" when the huvudman's reports have figures."""
    menu = [
        {"Alla enheter": "index.md"},
        {"Granskning": "granskning/index.md"},
        {"Regler": "regler/index.md"},
    ]
    return [*menu, {"Öppna data": OPEN_DATA}] if open_data else menu
