"""A file's FYLL I marks (TP304) told together: a new unit's files hold dozens, and the
central unit needs to know that a file is not filled in, not each line. `trygg check`
lists a file's first few marks and counts the rest, so that the other findings are not
lost among them (its machine-readable formats list every mark, for editors)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from generator.check.draftmarks import MARK as MARK_OF_DRAFT
from generator.check.draftmarks import in_draft
from generator.problems import Problem

MARK = "TP304"
LISTED_IN_TERMINAL = 3  # a file's marks that `trygg check` lists before it counts the rest


def as_told(problems: Iterable[Problem]) -> list[Problem]:
    """The problems as every command tells them in a terminal (`trygg check`, `build`,
    `export`, and the MkDocs plugin's lines in `mkdocs serve` and `mkdocs build`): a file's
    first few marks, then the rest counted."""
    return marks_per_file(problems, LISTED_IN_TERMINAL)


def marks_per_file(problems: Iterable[Problem], listed: int = 0) -> list[Problem]:
    """The problems in order; after each file's first `listed` TP304 marks, the others as
    one problem at the next of them."""
    return [problem for problem, _count in told_together(problems, listed)]


def told_together(problems: Iterable[Problem], listed: int = 0) -> list[tuple[Problem, int]]:
    """`marks_per_file`, each problem with how many problems it tells (1, or the marks it
    counts): what every count of warnings counts, wherever they are told together."""
    found = list(problems)
    counts: dict[str, int] = {}
    for problem in found:
        if problem.code == MARK:
            counts[problem.location.file] = counts.get(problem.location.file, 0) + 1
    seen: dict[str, int] = {}
    kept: list[tuple[Problem, int]] = []
    for problem in found:
        file = problem.location.file
        if problem.code != MARK or counts[file] <= listed + 1:
            kept.append((problem, 1))
            continue
        seen[file] = seen.get(file, 0) + 1
        if seen[file] <= listed:
            kept.append((problem, 1))
        elif seen[file] == listed + 1:
            said = _rest(counts[file], listed)
            if in_draft(problem):
                said = MARK_OF_DRAFT + said
            told = dataclasses.replace(problem, message=said, field="")
            kept.append((told, counts[file] - listed))
    return kept


def _rest(count: int, listed: int) -> str:
    if not listed:
        return f"{count} ställen i filen är markerade FYLL I (det första här)"
    return f"{count - listed} ställen till i filen är markerade FYLL I (nästa här)"
