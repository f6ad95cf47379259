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

from generator.check.checked import HeldReport
from generator.model import Organiser
from generator.model.summary import SchoolSummary
from generator.problems import Problem
from generator.render.files import GeneratedFile
from generator.render.markdown.blocks import mailto
from generator.render.portalcsv import review_csv
from generator.render.portalgroups import unit_group, unit_tables
from generator.render.portallinks import ground_link
from generator.render.portalrows import (
    Withheld,
    held_report_item,
    unit_row,
    withheld_forms,
    withheld_row,
)
from generator.render.reports.page import report_files, report_list
from generator.render.rules_page import rules_pages
from generator.render.uris import OPEN_DATA
from generator.review.assembly import build_review, unread_findings, with_key_indicator
from generator.review.held import Publication
from generator.review.model import NotReviewed, Review
from generator.review.pages import review_pages
from generator.review.private import private_review
from generator.text import swedish_order


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
        w.id: unit_group(withheld_forms(w)) for w in withheld
    }
    ordered = sorted(rows, key=lambda i: (swedish_order(names[i]), swedish_order(i)))
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
        for w in sorted(withheld, key=lambda w: (swedish_order(w.name), swedish_order(w.id)))
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
