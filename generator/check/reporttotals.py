"""TP074: a total that a report writes (a row "Totalt", a column "Alla elever") and that is
smaller than a count it totals (`model.report_consistency`).

The message names the rows and not their numbers: the granskning quotes it, and a
number below the report's threshold is never shown anywhere.

Such a report is refused like any report with an error: the huvudman's is withheld alone
(`build.heldreports`), a school's own holds back its school's site as TP071 does. Only
reports without errors so far are read: their data has the schema's shape.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator import codes
from generator.load.reports import ReportSource
from generator.model.build_report import counts_as_written
from generator.model.report_consistency import (
    ACROSS,
    GROUPS,
    ROW,
    TOTAL_ROWS,
    Inconsistent,
    inconsistent_totals,
)
from generator.problems import Problem, Severity

CODE = "TP074"


def total_problems(reports: Iterable[ReportSource], problems: Iterable[Problem]) -> list[Problem]:
    """A TP074 for each total of `reports` smaller than what it totals; the reports with an
    error among `problems` are not read."""
    failed = {p.location.file for p in problems if p.severity is Severity.ERROR}
    return [
        _problem(wrong)
        for report in reports
        if report.document.display not in failed
        for wrong in inconsistent_totals(counts_as_written(report))
    ]


def _problem(wrong: Inconsistent) -> Problem:
    where, why, of = _read_as(wrong)
    message = (
        f"{where} i '{wrong.block}' {why} och läses som summan av {of}, men den är mindre "
        f"än {_part(wrong)}: en andel av summan skulle visas som mer än 100 %"
    )
    return codes.problem(CODE, wrong.location, message, hint=_hint(wrong))


def _read_as(wrong: Inconsistent) -> tuple[str, str, str]:
    """The total as a reader finds it, why it is read as a total, and what it totals."""
    row, group = f"raden '{wrong.row}' i gruppen '{wrong.group}'", f"gruppen '{wrong.group}'"
    named, beside = "heter som en summa", "står i en grupp som heter som en summa"
    if wrong.kind == ROW:
        return row, named, "gruppens andra rader"
    if wrong.kind == ACROSS:
        return row, beside, f"'{wrong.row}' i de andra grupperna"
    if wrong.kind == TOTAL_ROWS:
        return row, beside, "de andra gruppernas summarader"
    assert wrong.kind == GROUPS
    return group, named, "de andra grupperna"


def _part(wrong: Inconsistent) -> str:
    """Where the count larger than the total stands."""
    if wrong.kind == ROW:
        return f"raden '{wrong.part}'"
    if wrong.kind == ACROSS:
        return f"'{wrong.row}' i gruppen '{wrong.part}'"
    if wrong.kind == TOTAL_ROWS:
        return f"summaraden i gruppen '{wrong.part}'"
    return f"gruppen '{wrong.part}'"


def _hint(wrong: Inconsistent) -> str:
    if wrong.kind == ROW:
        return (
            f"rätta talet om '{wrong.row}' är hela gruppens summa; är raden bara en del av "
            "gruppen (som en årskurs), byt namn på den så att den inte heter som en summa "
            "(utan Totalt, Alla, Samtliga …), eller lägg varje del med sin summa i en egen grupp"
        )
    return (
        f"rätta talet om '{wrong.group}' är summan av de andra grupperna; mäter grupperna "
        "olika saker (som kön och årskurs), dela upp tabellen i en tabell per indelning, "
        "var och en med sin summa – byt inte bara namn på summan, för då skyddas de små "
        "antalen inte mot den"
    )
