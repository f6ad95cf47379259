"""A school site's open data: each plan as JSON and CSV, the feed, the datapackage.json
that describes them all, and the page that links to them and explains them."""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Project, School
from generator.render import uris, words
from generator.render.feed import URI as FEED
from generator.render.feed import feed_title, school_feed
from generator.render.files import GeneratedFile
from generator.render.markdown.blocks import external, heading, link, page, rel, table
from generator.render.markdown.safety import plain
from generator.render.opendata.package import URI as PACKAGE
from generator.render.opendata.package import DataFile, package_file
from generator.render.opendata.page import render_open_data
from generator.render.opendata.plan_json import plan_json
from generator.render.opendata.plan_tables import FINDINGS, MEASURES, RESULTS, plan_tables
from generator.render.opendata.report_tables import report_tables
from generator.render.opendata.tables import FORMULA_NOTE, TYPE_WORDS, Column, Table, table_files
from generator.render.pages.cycle import calendar
from generator.vocabulary import OPEN_DATA_LICENCES

PAGE = uris.OPEN_DATA


def open_data_files(project: Project, school: School, *, preview: bool) -> list[GeneratedFile]:
    """Every plan as JSON and CSV, its reports' data as CSV, the feed (not in the
    preview), datapackage.json and the open data page."""
    plans = school.plans
    files = [GeneratedFile(uris.plan_data(p), plan_json(project, school, p)) for p in plans]
    if not preview:  # (nor in the build with utkast: `render.site.internal`)
        site_url = uris.site_address(project.organiser.website, school.id)
        files += school_feed(site_url, school)
    tables = [t for p in reversed(plans) for t in plan_tables(p)]  # newest first
    tables += [t for report in school.reports for t in report_tables(report)]
    files += table_files(tables)
    others = _data_files(school, [f.uri for f in files])
    licence = project.organiser.open_data_licence
    title = f"Öppna data från {school.name}"
    files.append(package_file(school.id, title, licence, tables, others))
    found = listing(others, tables)
    files.append(GeneratedFile(PAGE, render_open_data(school, found, _tables_doc(licence))))
    return files


def _data_files(school: School, made: Sequence[str]) -> list[DataFile]:
    """The files beside the tables: each plan's JSON, the calendar, the feed."""
    found = [
        DataFile(uris.plan_data(p), f"Trygghetsplanen för {words.plan_period(p)} (JSON)")
        for p in reversed(school.plans)
    ]
    if calendar(school) is not None:
        found.append(DataFile(uris.ICS, "Årshjulet som kalender (iCalendar, .ics)"))
    if FEED in made:
        found.append(DataFile(FEED, f"{feed_title(school.name)} (Atom-flöde)"))
    return found


def listing(others: Sequence[DataFile], tables: Sequence[Table]) -> str:
    """The files as a Markdown list, the datapackage.json first."""
    entries = [("Beskrivning av alla filer (datapackage.json, Frictionless Data)", PACKAGE)]
    entries += [(f.title, f.uri) for f in others]
    entries += [(f"{t.title} (CSV)", t.uri) for t in tables]
    return "\n".join(f"- {link(plain(title), rel(PAGE, uri))}" for title, uri in entries)


def _tables_doc(licence: str) -> str:
    """What the CSV files hold, column by column, and the licence."""
    return page(
        heading(2, "CSV-filerna", "csv"),
        "Varje plan finns också som tre CSV-filer (UTF-8, komma mellan fälten, en rad med "
        "kolumnernas namn först). Kolumnerna har samma namn som nycklarna i planens "
        "JSON-fil. Flera värden i samma cell skiljs åt med semikolon. "
        f"{FORMULA_NOTE} Öppna filen i ett kalkylprogram med Data → Från text/CSV och "
        "välj UTF-8.",
        columns("Åtgärder (`-atgarder.csv`)", "csv-atgarder", MEASURES),
        columns("Kartläggningens fynd (`-fynd.csv`)", "csv-fynd", FINDINGS),
        columns("Resultat per grupp (`-enkatresultat.csv`)", "csv-resultat", RESULTS),
        licence_section(licence),
    )


def licence_section(licence: str) -> str:
    name, address = OPEN_DATA_LICENCES[licence]
    return page(
        heading(2, "Licens", "licens"),
        f"Filerna publiceras under licensen {external(plain(name), address)} ({licence}).",
    )


def columns(title: str, anchor: str, columns: Sequence[Column]) -> str:
    rows = [[f"`{c.name}`", TYPE_WORDS[c.type], plain(c.description)] for c in columns]
    return page(heading(3, title, anchor), table(["Kolumn", "Typ", "Innehåll"], rows))
