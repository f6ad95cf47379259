"""Utkast plans (`status: utkast`): checked like any plan, but never in the way.

An utkast is checked by every rule, as the newest plan of its school, so `trygg check`
lists what is left to fill in. What is found in an utkast's file is reported as a
warning marked "(utkast)": it never stops the school's decided plans from being
published, and never sets `trygg build`'s exit code. (`trygg check --strict`, which
fails on warnings, fails on them too.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.load.drafts import is_draft
from generator.load.sources import SchoolSources, Sources
from generator.model import Project, School
from generator.problems import Problem
from generator.rules import run_rules


def draft_files(sources: SchoolSources) -> frozenset[str]:
    """The display paths of the school's plan files that say `status: utkast`, also those
    that could not be parsed (`load.drafts`)."""
    parsed = (doc.display for _period, doc in sources.plans if is_draft(doc.data))
    return frozenset(parsed) | sources.unreadable_drafts


def draft_rules(
    project: Project, school: School, sources: Sources, today: dt.date, skipped: frozenset[str]
) -> list[Problem]:
    """The rules' findings in the school's utkast files, with each utkast among its plans."""
    if not school.drafts:
        return []
    drafted = dataclasses.replace(project, schools=(school.with_drafts(),))
    found = run_rules(drafted, sources, today, organiser=False, skipped=skipped)
    files = {plan.source for plan in school.drafts}
    return [p for p in found if p.location.file in files]
