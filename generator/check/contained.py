"""One school's check, contained: an unexpected error in trygg's own code while one
school is read, validated, modelled or checked withholds that school (TP022, with the
error's own words) instead of stopping the run, and the other schools are checked and
built as usual. A huvudman has hundreds of units; a bug met by one must not stop them all.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator import codes
from generator.check.organiser import OrganiserCheck
from generator.check.pagehints import unnamed_page_hints
from generator.check.planfiles import PlanFiles
from generator.check.school import Checking, SchoolCheck, check_school
from generator.problems import Location, terminal_safe
from generator.problems.paths import display_path


def checked_alone(directory: Path, organiser: OrganiserCheck, today: dt.date) -> Checking:
    """`check_school`'s result, or the school withheld with TP022 when checking it failed."""
    try:
        return unnamed_page_hints(check_school(directory, organiser, today)[0])
    except Exception as error:  # contained by design: only this school is withheld
        where = Location(display_path(directory / "skola.yml", organiser.root))
        said = terminal_safe(f"{type(error).__name__}: {error}")[:300]
        message = f"trygg kunde inte kontrollera enheten ({said})"
        problem = codes.problem("TP022", where, message)
        return Checking(SchoolCheck(directory.name, (problem,), PlanFiles()), None)
