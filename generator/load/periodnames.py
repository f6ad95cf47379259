"""The period a misnamed plan file is meant for: from the years in its name
(`Trygghetsplan 2026-27.yml`, `2026-2027.yml`, `2026_27.yml`) and its `giltighet`, for
TP035's hint. A file named only by one year (`2026 plan.yml`) whose giltighet spans a
school year is a läsår's plan; with no years anywhere the hint names today's periods.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator import clock
from generator.load import schoolyears

_SCHOOL_YEAR = re.compile(r"(?<!\d)(\d{4})\s*[-–—_/ ]\s*(\d{4}|\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_VALID = re.compile(r"giltighet:\s*\{?\s*(?:#.*\s*)*")
_FROM = re.compile(r"från:\s*[\"']?(\d{4})-\d{2}-\d{2}")
_TO = re.compile(r"till:\s*[\"']?(\d{4})-\d{2}-\d{2}")
READ = 200_000  # characters of a misnamed file read for its giltighet


def _from_name(stem: str) -> str | None:
    pairs = [(int(found[1]), int(found[2])) for found in _SCHOOL_YEAR.finditer(stem)]
    for first, second in pairs:
        if second == first + 1 or schoolyears.is_pair(first, second):
            return schoolyears.name(first)
    if pairs:
        return None  # 2027-29: a läsår, but which one the name does not say
    years = _YEAR.findall(stem)
    return years[0] if len(years) == 1 else None


def _from_validity(text: str) -> str | None:
    """The period `giltighet` spans: a läsår when it ends the year after it starts."""
    start = _VALID.search(text)
    if start is None:
        return None
    rest = text[start.end() : start.end() + 200]
    first, last = _FROM.search(rest), _TO.search(rest)
    if first is None or last is None:
        return None
    if int(last[1]) == int(first[1]) + 1:
        return schoolyears.name(int(first[1]))
    return first[1] if first[1] == last[1] else None


def meant_period(stem: str, text: str = "") -> str | None:
    """The period a plan file named `stem`, with `text` in it, is for; None if unknown.
    The name's years say it, unless the giltighet says more (a läsår for one year)."""
    named, valid = _from_name(stem), _from_validity(text)
    if valid is not None and (named is None or valid.startswith(named)):
        return valid
    return named or valid


def file_start(path: Path) -> str:
    """The first part of a plan file's text, or "" when it cannot be read. Only a file of
    its own is read, as the loader reads one (`yamlstrict.read_text`): a named pipe would
    never end, and a symbolic link may lead out of the content."""
    if path.is_symlink() or not path.is_file():
        return ""
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            return file.read(READ)
    except OSError:
        return ""


def periods_now() -> str:
    """`2026-27.yml (läsår) eller 2027.yml (kalenderår)`: the periods a plan made today
    is for (`load.schoolyears`)."""
    today = clock.reference_date()
    return f"{schoolyears.of_day(today)}.yml (läsår) eller {today.year}.yml (kalenderår)"
