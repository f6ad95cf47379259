"""The granskning as one CSV file beside its overview (granskning/granskning.csv): a row per
unit with its status, its plan's period, validity and decision, how many days ago it
expired, its grounds covered, its errors and warnings with their codes and its nyckeltal
per läsår, for a handläggare who sorts and filters in a spreadsheet. The review it reads
is the privacy-safe one (`review.private`). Cells are formula-safe like all open data
(`opendata.tables.safe_text`)."""

from __future__ import annotations

import datetime as dt

from generator.model.status import PlanStatus
from generator.render.files import GeneratedFile
from generator.render.opendata.tables import Column, Table, csv_text
from generator.review.groups import by_name
from generator.review.model import Review, UnitReview
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
        Column(
            "id",
            "string",
            "Enhetens id, som i adressen till dess sida i granskningen (enheter/<id>/); "
            "utan-namn-1 och så vidare för en enhet vars mapp kan peka ut en elev",
        ),
        Column("status", "string", "Planens status, som granskningen säger den"),
        Column("fel", "integer", "Antal fel"),
        Column("varningar", "integer", "Antal varningar; tom för en enhet som inte granskades"),
        Column("period", "string", "Perioden som planen gäller, t.ex. läsåret 2026/27"),
        Column("giltig från", "date", "Första dagen planen gäller"),
        Column("giltig till", "date", "Sista dagen planen gäller"),
        Column("beslutad", "date", "Dagen planen beslutades"),
        Column(
            "dagar sedan planen gick ut",
            "integer",
            "Hur många dagar sedan planen gick ut, räknat från granskningens dag; tom för en "
            "plan som inte har gått ut",
        ),
        Column("grunder täckta", "integer", "Diskrimineringsgrunder i kartläggningen, av 7"),
        Column("koder", "string", "Anmärkningarnas regelkoder, åtskilda med mellanslag"),
        *key,
    )


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def review_table(review: Review) -> Table:
    """Every unit, by name, then the units not reviewed."""
    periods = [
        {unit: value for unit, _name, value in p.units} for p in review.key_periods if p.units
    ]
    rows: list[tuple[str | int | float | None, ...]] = [
        (
            u.name,
            u.id,
            status_text(u),
            u.errors,
            u.warnings,
            *_plan_cells(u, review.today),
            *(_rounded(p.get(u.id)) for p in periods),
        )
        for u in by_name(review.units)
    ]
    rows += [
        (
            u.named,
            u.id,
            unread_text(u),
            u.errors,
            None,
            *(None for _ in range(6)),
            " ".join(sorted({code for code, _n in u.codes})),
            *(None for _ in periods),
        )
        for u in review.not_reviewed
    ]
    return Table(URI, "Granskning av trygghetsplaner", _columns(review), tuple(rows))


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _plan_cells(unit: UnitReview, today: dt.date) -> tuple[str | int | None, ...]:
    """The plan's period, validity, decision, days since it expired, grounds and codes."""
    expired = unit.status is PlanStatus.EXPIRED and unit.valid_to is not None
    late = (today - unit.valid_to).days if expired and unit.valid_to else None
    return (
        unit.period or None,
        _day(unit.valid_from),
        _day(unit.valid_to),
        _day(unit.decided_on),
        late,
        unit.grounds_covered if unit.grounds else None,
        " ".join(sorted({f.code for f in unit.findings})) or None,
    )


def review_csv(review: Review) -> GeneratedFile:
    return GeneratedFile(URI, csv_text(review_table(review)))
