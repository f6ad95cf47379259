"""What a school's published site shows, as the build that published it recorded it.

While a school is withheld for its errors its last published site stays online
(`build.isolation`); the portal keeps pointing at that version: its row, its feed entries
and the huvudman's reports' links to its plans come from this record, not from the new
files, which are not published until their errors are fixed (`build.keptsites`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.model.report import PlanLink
from generator.model.summary import SchoolSummary


@dataclass(frozen=True)
class KeptSite:
    out: str  # the output folder (resolved) the site was published in
    built_on: dt.date  # its pages stand as on this day (`model.standing`)
    summary: SchoolSummary
    links: tuple[PlanLink, ...] = ()  # the huvudman's reports' links to its plans, resolved
