"""A school's plan files told apart without its model: how many are decided plans and how
many utkast. The granskning counts a unit whose files have errors (so it has no model and
is not reviewed) under "Plan saknas" when it has no plan file at all, whatever else is wrong
with it (`review.statuses.unread_phase`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.check.drafts import draft_files
from generator.load.layout import PLANS
from generator.load.sources import SchoolSources
from generator.problems import Problem


@dataclass(frozen=True)
class PlanFiles:
    """A school's plan files: `decided` counts those that are not utkast, also a file that
    could not be read (it may well be the plan in force); `drafts` the utkast."""

    decided: int = 0
    drafts: int = 0


def plan_files(sources: SchoolSources, problems: Iterable[Problem]) -> PlanFiles:
    """The school's plan files, from what was read and where reading found problems: a
    file that could not be read or is misnamed is known only by a problem in it."""
    drafts = draft_files(sources)
    folder = f"{sources.display}/{PLANS}/"
    files = {doc.display for _key, doc in sources.plans}
    files |= {p.location.file for p in problems if p.location.file.startswith(folder)}
    return PlanFiles(len(files - drafts), len(drafts))
