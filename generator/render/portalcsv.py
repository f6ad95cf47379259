"""The granskning as one CSV file beside its overview (granskning/granskning.csv): a row per
unit with its status, its errors and warnings and its nyckeltal per läsår, for a
handläggare who sorts and filters in a spreadsheet. Cells are formula-safe like all open
data (`opendata.tables.safe_text`)."""

from __future__ import annotations

from generator.render.files import GeneratedFile
from generator.render.opendata.tables import Column, Table, csv_text
from generator.review.groups import by_name
from generator.review.model import Review
from generator.review.overviewpage import CSV_NAME
from generator.review.statuses import status_text, unread_text

URI = f"granskning/{CSV_NAME}"


def _columns(review: Review) -> tuple[Column, ...]:
    key = [
        Column(f"nyckeltal {p.made or p.period}", "number", f"{review.key_indicator}, i procent")
        for p in review.key_periods
        if p.units
    ]
    return (
        Column("enhet", "string", "Enhetens namn"),
        Column("status", "string", "Planens status, som granskningen säger den"),
        Column("fel", "integer", "Antal fel"),
        Column("varningar", "integer", "Antal varningar; tom för en enhet som inte granskades"),
        *key,
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def review_table(review: Review) -> Table:
    """Every unit, by name, then the units not reviewed."""
    periods = [dict(p.units) for p in review.key_periods if p.units]
    rows: list[tuple[str | int | float | None, ...]] = [
        (u.name, status_text(u), u.errors, u.warnings, *(_rounded(p.get(u.name)) for p in periods))
        for u in by_name(review.units)
    ]
    rows += [
        (u.named, unread_text(u), u.errors, None, *(None for _ in periods))
        for u in review.not_reviewed
    ]
    return Table(URI, "Granskning av trygghetsplaner", _columns(review), tuple(rows))


def review_csv(review: Review) -> GeneratedFile:
    return GeneratedFile(URI, csv_text(review_table(review)))
