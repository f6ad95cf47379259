"""Schools that share a name (TP066): a check across the schools' kept summaries, so an
incremental check finds it as a full one does."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

from generator import codes
from generator.check.school import SchoolCheck
from generator.check.student import Locator
from generator.problems import Problem


def same_names(checks: Iterable[SchoolCheck], root: Path) -> list[Problem]:
    """A warning at each school whose name an earlier school (by id) already has, at the
    `namn:` line of its skola.yml (which of them is the copy, trygg cannot tell)."""
    first: dict[str, str] = {}
    found, locator = [], Locator(root)
    for check in sorted(checks, key=lambda c: c.id):
        if check.summary is None:
            continue
        name = check.summary.name
        if (earlier := first.setdefault(_as_read(name), check.id)) == check.id:
            continue
        file = f"{check.summary.directory}/skola.yml"
        message = f"skolan heter '{name}', som {earlier}; portalen visar två enheter med det namnet"
        found.append(codes.problem("TP066", locator.at(file, ("namn",)), message))
    return found


def _as_read(name: str) -> str:
    """A name as a reader tells it from another: composed (å one character or two), without
    case or runs of blanks."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())
