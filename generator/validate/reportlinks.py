"""Links and images in a report's Markdown body that the built site could not follow.

A report's body (`<id>.md`, or the file its `brödtext` names) is published on the
report's own page, rapporter/<id>/, which trygg writes: no file beside the body is
published with it, so a link to one ("protokoll.pdf") leads nowhere, and MkDocs would
refuse the whole site (the portal, for the huvudman's reports) at it. `trygg check`
finds each at its line and column in the body, as in a school's own pages
(`validate.links`): a file on the author's computer, an address without its scheme, a
path from the server's root, and what the site rewrites (javascript:, an image from
another host: `validate.unsafelinks`). Its problems are the body's file's, so an error
withholds only its report (`load.layout.owning_report`). A link to another report's
page of the same list (`../<id>/index.md`) leads where it says.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator
from urllib.parse import unquote

from generator import codes
from generator.load.reports import REPORTS, ReportSource
from generator.problems import Location, Problem
from generator.text import excerpt, line_and_column
from generator.validate.links import from_host_root, is_local_file
from generator.validate.linktargets import targets
from generator.validate.pagelinks import on_own_computer, without_scheme
from generator.validate.unsafelinks import rewritten

HINT = (
    "lägg filen på en webbplats som alla når och länka till den med https://, skriv "
    "innehållet i rapporten, eller ta bort länken"
)
IMAGE_HINT = "ta bort bilden, eller rita det som ett diagram med ```flode eller ```arshjul"


def report_link_problems(reports: Iterable[ReportSource]) -> list[Problem]:
    """Every link or image in the reports' bodies that the site could not follow."""
    listed = tuple(reports)
    ids = {report.id for report in listed}
    return [p for report in listed if report.body for p in _body(report, ids)]


def _body(report: ReportSource, ids: set[str]) -> Iterator[Problem]:
    for image, target, index in targets(report.body):
        if found := _told(target, image, ids):
            line, column = line_and_column(report.body, index)
            where = Location(report.body_display, line + report.body_line - 1, column)
            yield codes.problem(found[0], where, found[1], hint=found[2])


def _told(target: str, image: bool, ids: set[str]) -> tuple[str, str, str] | None:
    """(code, why, hint) when the report's page could not follow `target`."""
    if found := on_own_computer(target, image=image, page=True) or without_scheme(
        target, image=image
    ):
        return "TP053", *found
    what = "bilden" if image else "länken"
    if from_host_root(target):
        why = (
            f"{what} '{excerpt(target)}' börjar med / och leder från "
            f"webbserverns rot, inte från sidan"
        )
        return "TP053", why, IMAGE_HINT if image else HINT
    if is_local_file(target):
        if not image and _other_report(target, ids):
            return None
        why = (
            f"{what} '{excerpt(target)}' pekar på en fil, men bara rapportens text publiceras: "
            "ingen fil bredvid den följer med, så "
            + ("bilden visas inte" if image else "länken leder ingenstans")
        )
        return "TP053", why, IMAGE_HINT if image else HINT
    return rewritten(target, image=image)  # javascript:, an image from another host


def _other_report(target: str, ids: set[str]) -> bool:
    """Whether `target` is the page of a report of the same list: `../<id>/index.md`."""
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    joined = posixpath.normpath(posixpath.join(f"{REPORTS}/here/", path))
    folder, _, page = joined.partition("/")[2].partition("/")
    return joined.startswith(f"{REPORTS}/") and folder in ids and page == "index.md"
