"""The portal's open data: its feed, the huvudman's reports' figures as CSV, the
datapackage.json that describes them, and the page that links to them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from generator.model import Organiser
from generator.model.keptsite import KeptSite
from generator.model.report import ReportFacts
from generator.model.summary import SchoolSummary
from generator.render import uris
from generator.render.feed import URI as FEED
from generator.render.feed import feed_title, portal_feed
from generator.render.files import GeneratedFile
from generator.render.markdown.blocks import heading, page
from generator.render.opendata.files import columns, licence_section, listing
from generator.render.opendata.package import DataFile, package_file
from generator.render.opendata.report_tables import COUNTS, INITIATIVES, report_tables
from generator.render.opendata.tables import FORMULA_NOTE, Column, Table, table_files

PAGE = uris.OPEN_DATA


def portal_data_files(
    organiser: Organiser,
    schools: Sequence[SchoolSummary],
    today: dt.date,
    kept: Sequence[KeptSite] = (),
    review: Table | None = None,
) -> list[GeneratedFile]:
    """The portal's feed (every unit's entries, a withheld one's as its published site has
    them, and the huvudman's reports) and, when the huvudman has reports with figures,
    their CSV files, a datapackage.json and the page; these describe the granskning's CSV
    file too when given its `review` table (`render.portalcsv` writes the file)."""
    reports = [ReportFacts.of(r) for r in organiser.reports]
    files = portal_feed(organiser.name, organiser.website, schools, today, reports, kept=kept)
    tables = [t for report in organiser.reports for t in report_tables(report)]
    if not tables:
        return files
    files += table_files(tables)
    feed = DataFile(FEED, f"{feed_title(organiser.name)} (Atom-flöde)")
    others = [feed] if any(f.uri == FEED for f in files) else []
    title = f"Öppna data från {organiser.name}"
    licence = organiser.open_data_licence
    described = [*tables, *([review] if review else [])]
    files.append(package_file("portal", title, licence, described, others))
    kinds = {table.columns for table in tables}
    page = _page(listing(others, described), licence, kinds, review)
    files.append(GeneratedFile(PAGE, page))
    return files


def _page(files: str, licence: str, kinds: set[tuple[Column, ...]], review: Table | None) -> str:
    """Only the kinds of CSV file the portal has are described."""
    described = [
        columns("Antal per grupp (`-antal.csv`)", "csv-antal", COUNTS) if COUNTS in kinds else "",
        columns("Insatser (`-insatser.csv`)", "csv-insatser", INITIATIVES)
        if INITIATIVES in kinds
        else "",
        columns("Granskningen (`granskning.csv`)", "csv-granskning", review.columns)
        if review
        else "",
    ]
    return page(
        heading(1, "Öppna data"),
        "Siffrorna i huvudmannens rapporter finns också som maskinläsbara filer, med samma "
        "utelämnade antal som rapporterna. Varje skolas planer finns som öppna data på "
        "skolans egen webbplats."
        + (
            " Granskningen av enheternas planer finns som en CSV-fil med en rad per enhet."
            if review
            else ""
        ),
        heading(2, "Filer", "filer"),
        files,
        heading(2, "CSV-filerna", "csv"),
        "Filerna är UTF-8 med komma mellan fälten och kolumnernas namn på första raden. "
        + FORMULA_NOTE,
        *described,
        licence_section(licence),
    )
