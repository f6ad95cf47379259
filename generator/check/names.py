"""Schools that share a name (TP066): a check across the schools' kept summaries, so an
incremental check finds it as a full one does."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from generator import codes
from generator.check.school import SchoolCheck
from generator.check.student import Locator
from generator.problems import Problem
from generator.text import as_read


def same_names(checks: Iterable[SchoolCheck], root: Path) -> list[Problem]:
    """A warning at each school whose name an earlier school (by id) already has, at the
    `namn:` line of its skola.yml (which of them is the copy, trygg cannot tell)."""
    first: dict[str, str] = {}  # a name as read, and the folder of the first school with it
    found, locator = [], Locator(root)
    for check in sorted(checks, key=lambda c: c.id):
        if check.summary is None:
            continue
        name, folder = check.summary.name, check.summary.directory
        if (earlier := first.setdefault(as_read(name), folder)) == folder:
            continue
        file = f"{folder}/skola.yml"
        message = (
            f"skolan heter '{name}', som skolan i {earlier}/; portalen visar två enheter med "
            "det namnet"
        )
        found.append(codes.problem("TP066", locator.at(file, ("namn",)), message))
    return found
