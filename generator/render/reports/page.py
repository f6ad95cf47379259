"""A report's page, and the list of a unit's reports on its start page."""

from __future__ import annotations

from collections.abc import Sequence

from generator.model.report import ReportBlock, UnitReport
from generator.render import uris, words
from generator.render.markdown.blocks import facts, heading, link, page, rel
from generator.render.markdown.safety import plain, sanitize
from generator.render.opendata.package import URI as PACKAGE
from generator.render.opendata.report_tables import report_tables
from generator.render.reports.counts import render_counts
from generator.render.reports.measures import render_measures


def render_report(report: UnitReport, *, colour: str = "") -> str:
    """The report: title, who wrote it and when, the summary, the body, the sections with
    their data blocks (charts in the unit's `colour`)."""
    parts = [
        heading(1, plain(report.title)),
        facts([("Från", plain(report.author)), ("Datum", words.date(report.date))]),
        heading(2, "Sammanfattning", "sammanfattning"),
        sanitize(report.summary, headings_from=3),
        sanitize(report.body, headings_from=2),
    ]
    number = 0
    for section in report.sections:
        parts += [heading(2, plain(section.title)), sanitize(section.text, headings_from=3)]
        for block in section.blocks:
            number += 1
            parts.append(_block(block, number, colour, portal=not report.school))
    parts.append(_data(report))
    return page(*parts)


def _data(report: UnitReport) -> str:
    """Where the report's figures are as open data: its CSV files and the datapackage."""
    tables = report_tables(report)
    if not tables:
        return ""
    here = uris.report_page(report)
    items = [f"- {link(plain(t.title) + ' (CSV)', rel(here, t.uri))}" for t in tables]
    items.append(f"- {link('Beskrivning av filerna (datapackage.json)', rel(here, PACKAGE))}")
    lead = "Rapportens siffror finns också som öppna data, med samma utelämnade antal:"
    return page(heading(2, "Öppna data", "oppna-data"), lead, "\n".join(items))


def _block(block: ReportBlock, number: int, colour: str, *, portal: bool) -> str:
    if block.counts is not None:
        return render_counts(block.counts, number, colour)
    assert block.measures is not None
    return render_measures(block.measures, portal=portal)


def report_files(reports: Sequence[UnitReport], colour: str = "") -> list[tuple[str, str]]:
    """(URI, Markdown) of each report's page."""
    return [(uris.report_page(r), render_report(r, colour=colour)) for r in reports]


def report_list(reports: Sequence[UnitReport], from_uri: str, held: Sequence[str] = ()) -> str:
    """The reports, newest first, as a section of the page `from_uri` ("" without any),
    then the items of those `held` back for their errors (`render.portalrows.held_report_item`)."""
    if not reports and not held:
        return ""
    items = [
        f"- {link(plain(r.title), rel(from_uri, uris.report_page(r)))} "
        f"({plain(r.author)}, {words.date(r.date)})"
        for r in reports
    ]
    return page(heading(2, "Rapporter", "rapporter"), "\n".join([*items, *held]))
