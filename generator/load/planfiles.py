"""The names of plan files: a period (`2026-27.yml`, `2026.yml`), and the later versions
of a period's plan when it is decided anew during the period (`2026-27-v2.yml`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from generator.load.layout import VERSION_MARK, period_bounds, plan_key, split_plan_key

PERIOD_FILE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
NAME_HINT = "döp filen efter perioden: 2025-26.yml (läsår) eller 2026.yml (kalenderår)"


def period_id_problem(stem: str) -> str:
    """Why a plan file name is not a period, or "" when it is one."""
    match = PERIOD_FILE.match(stem)
    if match is None:
        return "filnamnet är inte en period"
    first, second = match.groups()
    if second is not None and int(second) != (int(first) + 1) % 100:
        return "läsårets två år följer inte på varandra"
    return ""


def plan_file_problem(stem: str) -> tuple[str, str]:
    """Why a plan file's name is neither a period nor a later version of one, and a hint;
    ("", "") when it is one of them."""
    period_id, mark, number = stem.partition(VERSION_MARK)
    if why := period_id_problem(period_id if mark else stem):
        return why, NAME_HINT
    if not mark:
        return "", ""
    again = f"en plan som beslutas på nytt under perioden heter {period_id}-v2.yml"
    if not number.isdigit() or number.startswith("0"):
        return f"'{number}' efter -v är inte ett versionsnummer", f"döp filen till {again}"
    if number == "1":
        return "den första planen för en period har inget -v1", (
            f"döp filen till {period_id}.yml; {again}"
        )
    return "", ""


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
