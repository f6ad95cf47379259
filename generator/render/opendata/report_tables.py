"""A report's open data: its data blocks as CSV.

A block of categorised counts becomes one row per subgroup as the report's page shows
it: a withheld subgroup keeps its row, with its count and share empty and the reason
in `utelämnat`, and the shares are of the released counts only, or of the group's
released total row (`model.report_counts`), so no file says more than the page. A
measure list becomes one row per insats.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.model.report import CategoryCounts, MeasureList, UnitReport
from generator.render.disclosure import COUNT_WITHHELD_IN_DATA
from generator.render.opendata.tables import Cell, Column, Table, listed
from generator.review.privacy import HIDDEN_PART, points_at_pupil

COUNTS = (
    Column("tabell", "string", "Tabellens rubrik i rapporten."),
    Column("grupp", "string", "Huvudgruppen."),
    Column("undergrupp", "string", "Undergruppen."),
    Column("antal", "integer", "Antal i undergruppen; tomt när det inte publiceras."),
    Column(
        "andel",
        "integer",
        "Andel av gruppens publicerade antal, i hela procent (största rest, så att "
        "gruppens andelar blir 100), eller av gruppens egen summarad (som Totalt) när den "
        "publiceras (summaraden själv är 100); tomt när antalet inte publiceras, och när "
        "gruppens hela antal inte är känt (ett antal i den publiceras inte), som på sidan.",
    ),
    Column("utelämnat", "string", "Tomt när antalet publiceras; annars varför det inte gör det."),
)
INITIATIVES = (
    Column("lista", "string", "Listans rubrik i rapporten."),
    Column("utvecklingsområde", "string", "Utvecklingsområdet."),
    Column("insats", "string", "Vad som görs (Markdown)."),
    Column("förväntad_effekt", "string", "Vad insatsen ska ge (Markdown)."),
    Column("indikator", "string", "Hur effekten syns (Markdown)."),
    Column(
        "länkar",
        "string",
        "Mål och åtgärder i skolornas planer, som skola/M1 eller skola/A2. Flera värden "
        "skiljs åt med semikolon.",
    ),
)


def report_tables(report: UnitReport) -> list[Table]:
    """The report's CSV files beside its page: one for its counts, one for its insatser
    (only those it has)."""
    counts = [b.counts for b in report.blocks if b.counts is not None]
    measures = [b.measures for b in report.blocks if b.measures is not None]
    folder = report.path
    found = []
    if counts:
        rows = tuple(row for block in counts for row in _count_rows(block))
        title = f"{report.title}: antal per grupp"
        found.append(Table(f"{folder}{report.id}-antal.csv", title, COUNTS, rows))
    if measures:
        rows = tuple(r for block in measures for r in _initiative_rows(block, report.school))
        title = f"{report.title}: insatser"
        found.append(Table(f"{folder}{report.id}-insatser.csv", title, INITIATIVES, rows))
    return found


def _count_rows(block: CategoryCounts) -> Iterable[tuple[Cell, ...]]:
    withheld = COUNT_WITHHELD_IN_DATA.format(threshold=block.threshold)
    for group in block.groups:
        for cell in group.cells:
            why = "" if cell.count is not None else withheld
            share = group.published_share(cell)  # as the page: none of a partial sum
            yield (block.title, group.label, cell.label, cell.count, share, why)


def _initiative_rows(block: MeasureList, own_school: str) -> Iterable[tuple[Cell, ...]]:
    """One row per insats; a school's report may name its own plan's ids without `skola`."""
    for area in block.areas:
        for item in area.initiatives:
            named = [f"{_school(x.school or own_school)}/{x.goal or x.measure}" for x in item.links]
            links = listed(named)
            yield (block.title, area.name, item.text, item.effect, item.indicator, links)


def _school(school: str) -> str:
    """A school's id as the CSV shows it: not one that names a pupil (its folder's name,
    which TP404 flags and the portal never shows, `review.privacy`)."""
    return HIDDEN_PART if points_at_pupil(school) else school
