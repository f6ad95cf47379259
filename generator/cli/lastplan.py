"""The plan `trygg ny-period` starts from: which one, the new period, and its text and
data as written. Every refusal is a `Refused`, with the Swedish reason and exit code."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from generator.cli.exits import EXIT_PROBLEMS, EXIT_USAGE
from generator.cli.folders import shown
from generator.cli.newplan import period_problem
from generator.load import schoolyears
from generator.load.dates import OUTSIDE_YEARS, outside_years
from generator.load.layout import split_plan_key
from generator.load.planfiles import next_period, period_id_problem, plan_file_problem, plan_order
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import read_text
from generator.rules.template import marks, places
from generator.rules.text import Span
from generator.text import line_and_column


class NoPlan(Exception):
    """The school has no plan at all: its first is made from the example (`firstplan`)."""


class Refused(Exception):
    """Why the command writes nothing (Swedish), and its exit code."""

    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code


def source(
    folder: Path, content: Path, period: str | None, other_kind: bool = False
) -> tuple[Path, str]:
    """The plan to start from (the newest before the new period, in its newest version)
    and the new period: of the same kind (läsår or kalenderår) unless `other_kind`.
    Refusals name `folder` from the project root of `content`."""
    if period is not None and (why := period_problem(period)):
        raise Refused(f"--period {period}: {why}", EXIT_USAGE)
    if period is not None and (folder / f"{period}.yml").exists():
        existing = shown(folder / f"{period}.yml", content)
        raise Refused(f"{existing} finns redan; trygg skriver inte över den")
    plans = folder.glob("*.yml") if folder.is_dir() else ()
    found = [p for p in plans if not plan_file_problem(p.stem)[0] and p.is_file()]
    if not found:
        raise NoPlan
    if period is not None:
        found = [p for p in found if p.stem[:4] < period[:4]]
    newest = max(found, key=lambda p: plan_order(p.stem), default=None)
    if newest is None:
        raise Refused(f"{shown(folder, content)} har ingen plan före {period} att utgå från")
    old_id = split_plan_key(newest.stem)[0]
    if period is not None and not other_kind:
        _same_kind(period, old_id, newest)
    new_id = period or next_period(old_id)
    if why := period_id_problem(new_id):  # after 2199: a later period is none trygg takes
        raise Refused(f"nästa period efter {newest.name}: {why}")
    return newest, new_id


def _same_kind(period: str, old_id: str, newest: Path) -> None:
    """Refuse a period of the other kind than the school's plans: `--period 2027` at a
    school with läsår plans is most likely the läsår 2027-28, not a change to kalenderår."""
    if ("-" in period) == ("-" in old_id):
        return
    year = int(period[:4])
    kind, form = ("läsår", schoolyears.name(year)) if "-" in old_id else (
        "kalenderår", str(year))  # fmt: skip
    raise Refused(
        f"--period {period}: skolans planer gäller {kind} (den nyaste är {newest.name}), så "
        f"skriv perioden som ett {kind}, t.ex. --period {form}; ska planerna i stället "
        f"gälla {'kalenderår' if kind == 'läsår' else 'läsår'}, lägg till --byt-periodslag",
        EXIT_USAGE,
    )


def read_plan(plan: Path, content: Path) -> tuple[str, Any]:
    """The plan's text and its data with every value as written (dates as text)."""
    where = shown(plan, content)
    try:
        text = read_text(plan)  # a regular UTF-8 file of at most the size content may be
        return text, yaml.load(text, Loader=yaml.BaseLoader)
    except LoadError as error:
        raise Refused(f"{where}: {error.message}; {error.hint}") from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"{where}:{mark.line + 1}:{mark.column + 1}" if mark else where
        raise Refused(f"{where}: planen kan inte läsas som YAML; kör trygg check") from None


def unreadable(plan: str, text: str, date: str) -> Refused:
    """A date the new plan cannot move, where it stands in the old plan (`plan` as the
    command shows it)."""
    found = re.search(rf"(?<![\w-]){re.escape(date)}(?![\w-])", text) if date else None
    where = plan
    if found is not None:
        line, column = line_and_column(text, found.start())
        where = f"{plan}:{line}:{column}"
    what = (
        f"datumet '{date}' {OUTSIDE_YEARS if outside_years(date) else 'finns inte'}"
        if date
        else "ett datum i planen är inte skrivet som ett datum (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Wvv "
        "eller ht/vt ÅÅÅÅ)"
    )
    return Refused(
        f"{where}: {what}, så det kan inte flyttas till nästa period; rätta det (trygg "
        "check visar alla fel) och kör trygg ny-period igen"
    )


def unfinished(plan: str, text: str) -> Refused | None:
    """The refusal for a plan that still has FYLL I marks (`plan` as the command shows
    it): the next plan would carry over its example texts and build on results nobody
    wrote (TP127 and TP304 tell the marks); None for a plan filled in."""
    found = list(marks(Span(plan, text)))
    if not found:
        return None
    first = found[0]
    named = f" (det första här: {first.field})" if first.field else ""
    return Refused(
        f"{first.location}: planen har kvar {places(len(found))} FYLL I{named}, så den är "
        "inte klar att bygga nästa plan på; skriv klart den där det står FYLL I (trygg "
        "check visar var) och kör trygg ny-period igen"
    )


def not_started(data: Any, period_id: str, today: dt.date) -> dt.date | None:
    """The first day of the plan's giltighet (or of its period) when the plan is for a
    period that has not begun by `today` ("2027-28" in December 2026): no kartläggning or
    uppföljning of it is there to build on. None for a plan of today's period or before,
    also one decided a few days ahead of its giltighet."""
    year = int(period_id[:4])
    begins = schoolyears.days(year)[0] if "-" in period_id else dt.date(year, 1, 1)
    if begins <= today:
        return None
    validity = data.get("giltighet") if isinstance(data, dict) else None
    start = validity.get("från") if isinstance(validity, dict) else None
    try:
        return dt.date.fromisoformat(start) if isinstance(start, str) else begins
    except ValueError:
        return begins
