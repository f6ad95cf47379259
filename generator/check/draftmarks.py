"""The mark on what is found in an utkast's file (`check.drafts`): a warning, never in the
way. Apart from the check, so that the portal's renderer can read the mark without
importing the rules."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from generator.load.layout import DRAFT
from generator.problems import Problem, Severity

# Before the message: the problem is an utkast's, whatever it names (`layout.DRAFT`).
MARK = f"({DRAFT}) "


def as_drafts(problems: Iterable[Problem], files: frozenset[str]) -> list[Problem]:
    """`problems`, with those in an utkast's file made warnings marked "(utkast)"."""
    return [as_draft(p) if p.location.file in files else p for p in problems]


def in_draft(problem: Problem) -> bool:
    """Whether `problem` is about an utkast (`as_draft` marked it): its file, or the
    årshjul in its period."""
    return problem.message.startswith(MARK)


def as_draft(problem: Problem) -> Problem:
    """`problem` made a warning marked "(utkast)": it is about an utkast."""
    severity = Severity.WARNING if problem.severity is Severity.ERROR else problem.severity
    message = problem.message if problem.message.startswith(MARK) else MARK + problem.message
    return dataclasses.replace(problem, severity=severity, message=message)
