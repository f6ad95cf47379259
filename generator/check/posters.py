"""TP506: a student page whose poster does not fit one A4 page even at its smallest.

The poster prints smaller, in steps, as its text grows (`render.student.fit`); past the
smallest step it would spill onto a second page, or be too small to read from a wall.
The author shortens what the page shows: the plan's elevtexter and vision, or the
huvudman's texts for everyone.
"""

from __future__ import annotations

from collections.abc import Callable

from generator import codes
from generator.model import Plan, School
from generator.problems import Location, Problem
from generator.render.files import GeneratedFile
from generator.render.student.bands import bands_for
from generator.render.student.fit import page_overflow

POSTER_TOO_FULL = "TP506"
# Where a value of a file stands and its field's name (`check.student.Locator.place`).
At = Callable[[str, tuple[str | int, ...]], tuple[Location, str]]


def poster_warnings(
    school: School, plan: Plan, pages: list[GeneratedFile], at: At
) -> list[Problem]:
    """TP506 for each of the school's student pages (one per band) that does not fit."""
    found = []
    for band, page in zip(bands_for(school), pages, strict=True):
        over = page_overflow(str(page.content), band)
        if not over:
            continue
        share = max(1, round(over * 100))
        message = (
            f"elevsidan för {band.key} får inte plats på en A4-sida när den skrivs ut, inte"
            f" ens i minsta storlek: texten är ungefär {share} % av en sida för lång"
        )
        where, field = at(plan.source, ())
        # The hint is the code's own (`codes.student`): what the poster always prints.
        found.append(codes.problem(POSTER_TOO_FULL, where, message, field=field))
    return found
