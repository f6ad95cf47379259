"""A file's FYLL I marks (TP304) as one finding in the granskning: a new unit's files hold
dozens, and the central unit needs to know that a file is not filled in, not each line
(`trygg check` lists them all)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from generator.problems import Problem

MARK = "TP304"


def marks_per_file(problems: Iterable[Problem]) -> list[Problem]:
    """The problems in order, each file's TP304 marks as one at the first of them."""
    found = list(problems)
    counts: dict[str, int] = {}
    for problem in found:
        if problem.code == MARK:
            counts[problem.location.file] = counts.get(problem.location.file, 0) + 1
    told: set[str] = set()
    kept: list[Problem] = []
    for problem in found:
        file = problem.location.file
        if problem.code != MARK or counts[file] == 1:
            kept.append(problem)
        elif file not in told:
            told.add(file)
            said = f"{counts[file]} ställen i filen är markerade FYLL I (det första här)"
            kept.append(dataclasses.replace(problem, message=said, field=""))
    return kept
