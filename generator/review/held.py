"""A unit whose new plan `trygg build` does not publish (`codes.withholds`), as the granskning
shows it: it is reviewed like every unit (its status, grounds, counts and codes), but since
its text is not public until its errors are fixed (and may name a pupil, TP4xx), nothing of
that text is in its review: no finding's message, no åtgärd's title, only codes and ids."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from generator.codes import withholds
from generator.load.layout import PLANS
from generator.model.summary import GroundCoverage, MeasureChanges, SchoolSummary, label_id
from generator.problems import Problem

# Where the errors are that keep a unit's new plan from being published (`Held.where`).
IN_PLAN = "planen"  # every one in a plan file (trygghetsplan/)
IN_FILES = "filerna"  # some in its other files (skola.yml, årshjul.yml, its pages)
REFUSED = "bygget"  # none: its new site was built and then refused (MkDocs, the last look)


@dataclass(frozen=True)
class Held:
    """Why the unit's new plan is not published: where its errors are (one of `IN_PLAN`,
    `IN_FILES`, `REFUSED`), their codes with counts, and whether an older version of its
    site is still published."""

    where: str
    codes: tuple[tuple[str, int], ...] = ()
    published: bool = False

    @property
    def errors(self) -> int:
        return sum(n for _code, n in self.codes)


@dataclass(frozen=True)
class Publication:
    """What a build knows beyond the check (`build.isolation`): the units it withholds (for
    their errors, or refused after their site was built), and those of them whose older
    site is still published. `trygg granska` builds nothing: for it, the errors alone tell
    what is withheld."""

    withheld: frozenset[str] = frozenset()
    old_sites: frozenset[str] = frozenset()


NOT_BUILT = Publication()


def blocking_codes(problems: Iterable[Problem]) -> tuple[tuple[str, int], ...]:
    """The codes of the errors that withhold a unit's site, with their counts."""
    return tuple(sorted(Counter(p.code for p in problems if withholds(p)).items()))


def held_of(
    summary: SchoolSummary, problems: list[Problem], publication: Publication = NOT_BUILT
) -> Held | None:
    """Why the unit is withheld, from the problems in its files; None when it is published."""
    blocking = [p for p in problems if withholds(p)]
    if not blocking and summary.id not in publication.withheld:
        return None
    plans = f"{summary.directory}/{PLANS}/"
    # "fel i planen" only when that is true of every error: TP050 in skola.yml is not
    in_plan = bool(blocking) and all(p.location.file.startswith(plans) for p in blocking)
    where = IN_PLAN if in_plan else IN_FILES if blocking else REFUSED
    return Held(where, blocking_codes(blocking), summary.id in publication.old_sites)


def untitled(grounds: tuple[GroundCoverage, ...]) -> tuple[GroundCoverage, ...]:
    """The grounds' coverage by ids alone, without the plan's texts in brief."""
    return tuple(dataclasses.replace(g, titles=()) for g in grounds)


def ids_only(changes: MeasureChanges) -> MeasureChanges:
    """The åtgärder against last period's by their ids alone, without the plan's titles."""
    return MeasureChanges(
        changes.has_previous,
        tuple(map(label_id, changes.added)),
        tuple(map(label_id, changes.removed)),
        tuple(map(label_id, changes.carried_over)),
        tuple((label_id(name), status) for name, status in changes.evaluated),
    )
