"""The names of plan files: a period (`2026-27.yml`, `2026.yml`), and the later versions
of a period's plan when it is decided anew during the period (`2026-27-v2.yml`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from generator.load import schoolyears
from generator.load.dates import OUTSIDE_YEARS, YEARS
from generator.load.layout import VERSION_MARK, period_bounds, plan_key, split_plan_key
from generator.load.periodnames import meant_period, periods_now

PERIOD_FILE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
# A period with a version written in another way: 2026-27v2, 2026-27_v2, "2026-27 version 2".
_VERSION_TAIL = re.compile(r"(\d{4}(?:-\d{2})?)[\s_.\-]*(?:v|ver|version)\.?\s*\d+", re.IGNORECASE)


def period_id_problem(stem: str) -> str:
    """Why a plan file name is not a period, or "" when it is one."""
    match = PERIOD_FILE.match(stem)
    if match is None:
        return "filnamnet är inte en period"
    first, second = match.groups()
    last = int(first) + (second is not None)  # a läsår ends the year after it starts
    if int(first) not in YEARS or last not in YEARS:  # 0001.yml, 9999-00.yml: no overflow
        return f"perioden {stem} {OUTSIDE_YEARS}"
    if second is not None and not schoolyears.is_pair(int(first), int(second)):
        return "läsårets två år följer inte på varandra"
    return ""


def plan_file_problem(stem: str, taken: Collection[str] = (), text: str = "") -> tuple[str, str]:
    """Why a plan file's name is neither a period nor a later version of one, and a hint
    that never names one of the school's plans already `taken` (their names without
    `.yml`); ("", "") when it is one of them. The file's `text` tells the hint its period."""
    period_id, mark, number = stem.partition(VERSION_MARK)
    if why := period_id_problem(period_id if mark else stem):
        return why, _name_hint(stem, taken, text)
    if not mark:
        return "", ""
    again = f"en plan som beslutas på nytt under perioden heter {_next_version(period_id, taken)}"
    if not number.isdigit() or number.startswith("0"):
        return f"'{number}' efter -v är inte ett versionsnummer", f"döp filen till {again}"
    if number == "1":
        first = f"döp filen till {period_id}.yml"
        if period_id in taken:
            first = f"{period_id}.yml finns redan: ta bort filen om den är en kopia"
        return "den första planen för en period har inget -v1", f"{first}; {again}"
    return "", ""


def _name_hint(stem: str, taken: Collection[str], text: str) -> str:
    """How to name a plan file: after the period it is meant for (`periodnames`), or one
    the school has no plan for; a copy of a plan it has (`2026-27 (kopia).yml`) is said
    to be one."""
    versioned = _VERSION_TAIL.fullmatch(stem.strip())
    if versioned and not period_id_problem(period := versioned[1]):
        if period not in taken:
            return f"döp filen till {period}.yml: den första planen för en period har inget -v"
        again = _next_version(period, taken)
        return f"döp filen till {again}: en plan som beslutas på nytt under perioden heter så"
    meant = meant_period(stem, text)
    named = meant if meant is not None and not period_id_problem(meant) else None
    if named and named not in taken:
        return f"döp filen till {named}.yml"
    periods = {split_plan_key(key)[0] for key in taken}
    if not periods:
        return f"döp filen efter perioden: {periods_now()}"
    latest = max(periods, key=lambda period: period_bounds(period)[0])
    hint = f"döp filen efter en period som saknas, t.ex. {next_period(latest, taken)}.yml"
    if named and named in taken:
        return f"{named}.yml finns redan: ta bort filen om den är en kopia, eller {hint}"
    return hint


def next_period(period_id: str, taken: Collection[str] = ()) -> str:
    """The first period of the same kind (läsår or kalenderår) after `period_id` that no
    plan is named after: 2026-27 → 2027-28, 2026 → 2027 when none is `taken`."""
    first = int(period_id[:4]) + 1
    while (name := _same_kind(period_id, first)) in taken:
        first += 1
    return name


def _same_kind(period_id: str, first: int) -> str:
    return schoolyears.name(first) if "-" in period_id else str(first)


def _next_version(period_id: str, taken: Collection[str]) -> str:
    """The name of the period's next plan decided anew: -v2, or the first free after it."""
    version = 2
    while plan_key(period_id, version) in taken:
        version += 1
    return f"{plan_key(period_id, version)}.yml"


def version_gaps(stems: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The later versions (`2026-27-v3`) whose version before them is missing, each with
    why and a hint. Each stem is a name `plan_file_problem` accepts."""
    known = set(stems)
    gaps: dict[str, tuple[str, str]] = {}
    for stem in sorted(known):
        period_id, version = split_plan_key(stem)
        before = plan_key(period_id, version - 1)
        if version > 1 and before not in known:
            order = f"{period_id}.yml, {period_id}-v2.yml, {period_id}-v3.yml"
            hint = f"numrera versionerna av planen i följd: {order}"
            gaps[stem] = (f"versionen före, {before}.yml, finns inte", hint)
    return gaps


def plan_order(stem: str) -> tuple[dt.date, int]:
    """How plan files sort: by the start of their period, then by version."""
    period_id, version = split_plan_key(stem)
    return period_bounds(period_id)[0], version
