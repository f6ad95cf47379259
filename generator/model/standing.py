"""Where a school's plans stand on the day a site is built: gällande, kommande, utgången, saknas.

A published site shows the plan in force, a decided plan that starts later beside it as
"kommande", and an expired plan with a notice; none of it depends on the date as such,
only on this standing, so a site is rebuilt when its standing changes (`build.siteplan`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar


class PlanStatus(StrEnum):
    CURRENT = "gällande"
    UPCOMING = "kommande"
    EXPIRED = "utgången"
    MISSING = "saknas"


class Validity(Protocol):
    """A plan, or what the portal keeps of one: the days it applies."""

    @property
    def valid_from(self) -> dt.date: ...

    @property
    def valid_to(self) -> dt.date: ...


P = TypeVar("P", bound=Validity)


@dataclass(frozen=True)
class Standing:
    """The status of a school's decided plans on one day, and which of them the site shows
    as its plan (an index into `School.plans`; -1 when there is none)."""

    status: PlanStatus
    shown: int
    # An utkast that can still come into force (its validity has not ended): the pages
    # without a plan in force say that a plan is on its way.
    drafting: bool = False

    @property
    def key(self) -> str:
        """What the school's pages depend on: equal keys, equal pages (only the pages
        without a plan in force tell of an utkast)."""
        told = self.drafting and self.status is not PlanStatus.CURRENT
        return f"{self.status.value}:{self.shown}" + (":utkast" if told else "")


def standing_of(
    plans: Sequence[Validity], today: dt.date, drafts_until: dt.date | None = None
) -> Standing:
    """The standing on `today` of plans sorted oldest first. The plan in force is the newest
    one whose days include `today` (a plan decided anew mid-period replaces the earlier
    one); without one, the newest plan, which has expired or has not started yet.
    `drafts_until` is the last day an utkast of the school would be in force."""
    drafting = drafts_until is not None and drafts_until >= today
    if not plans:
        return Standing(PlanStatus.MISSING, -1, drafting)
    for index in range(len(plans) - 1, -1, -1):
        if plans[index].valid_from <= today <= plans[index].valid_to:
            return Standing(PlanStatus.CURRENT, index, drafting)
    newest = len(plans) - 1
    if plans[newest].valid_from > today:
        return Standing(PlanStatus.UPCOMING, _first_upcoming(plans, today), drafting)
    return Standing(PlanStatus.EXPIRED, newest, drafting)


def _first_upcoming(plans: Sequence[Validity], today: dt.date) -> int:
    """The plan that starts next, when none is in force: the one a reader waits for."""
    return next(i for i, plan in enumerate(plans) if plan.valid_from > today)


def status_of(plans: Sequence[P], today: dt.date) -> tuple[PlanStatus, P | None]:
    """The status on `today` of a school's plans (oldest first), and the plan it refers to."""
    standing = standing_of(plans, today)
    return standing.status, plans[standing.shown] if standing.shown >= 0 else None
