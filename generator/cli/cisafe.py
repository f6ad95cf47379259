"""What the formats that end up in CI leave out (`--format github`, `gitlab`, `sarif`).

A CI system keeps a run's log and its annotations for months, and a public repository's
are public: nothing there may point at a pupil. So a privacy finding (TP4xx,
`review.privacy.is_privacy`) says its code, its rule's title, where it is and how to fix
it, never the author's text it found; `trygg check` at the terminal quotes that text. A
file's or folder's name that a privacy finding flags, or any part of a path that names a
pupil, is shown as `HIDDEN_PART` (`review.privacy.shown_place`): its parent folder is
kept, and a finding's line and column. What the privacy findings quoted, and the flagged
names, are also left out of every other problem's text.

A command's plain text is a CI log too when it runs in CI (`in_ci`: the variable `CI`
that GitHub Actions, GitLab CI and most others set): then `as_shown` gives it the same
problems as the CI formats.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable

from generator.codes import REGISTRY
from generator.problems import Location, Problem, Report
from generator.review.marks import as_told
from generator.review.privacy import HIDDEN_PART, hidden_paths, is_privacy, shown_place

NOT_SHOWN = "det som hittades visas inte här; trygg check på din egen dator visar det"
QUOTED = re.compile(r"'([^'\n]+)'")  # how a privacy rule quotes what it found
SHORTEST = 3  # a quoted part shorter than this ("8B") is not looked for in other texts


def in_ci() -> bool:
    """Whether the command runs in a CI system, whose log is kept and may be public."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def as_shown(report: Report) -> list[Problem]:
    """The problems as a command prints them in plain text (`review.marks.as_told`); in
    CI, as the CI formats show them."""
    told = as_told(report)
    return for_ci(told) if in_ci() else told


def ci_text(text: str, report: Iterable[Problem]) -> str:
    """A line the command prints beside the problems (the readability table's school
    ids, say): in CI, without what `for_ci` leaves out of the problems."""
    if not in_ci():
        return text
    found = list(report)
    for secret in _secrets(found, hidden_paths(found)):
        text = text.replace(secret, HIDDEN_PART)
    return text


def for_ci(report: Iterable[Problem]) -> list[Problem]:
    """The report's problems as the CI formats show them, in the report's order."""
    found = list(report)
    hidden = hidden_paths(found)
    secrets = _secrets(found, hidden)
    return [_told(problem, hidden, secrets) for problem in found]


def _secrets(problems: Iterable[Problem], hidden: frozenset[str]) -> tuple[str, ...]:
    """What no text may show: the names of the flagged files and folders (also without a
    suffix), and what each privacy finding quoted; the longest first."""
    found: set[str] = set()
    for path in filter(None, hidden):
        name = path.rpartition("/")[2]
        found |= {name, name.rpartition(".")[0] if "." in name else name}
    for problem in problems:
        if is_privacy(problem):
            found |= set(QUOTED.findall(f"{problem.message} {problem.field}"))
    return tuple(sorted((s for s in found if len(s) >= SHORTEST), key=len, reverse=True))


def _told(problem: Problem, hidden: frozenset[str], secrets: tuple[str, ...]) -> Problem:
    where = problem.location
    place = Location(
        shown_place(where.file, hidden) if where.file else "", where.line, where.column
    )
    if is_privacy(problem):
        entry = REGISTRY[problem.code]
        clean = not any(secret in problem.hint for secret in secrets)
        hint = problem.hint if clean else entry.fix
        message = f"{entry.title} ({NOT_SHOWN})"
        return dataclasses.replace(problem, location=place, message=message, field="", hint=hint)
    return dataclasses.replace(
        problem,
        location=place,
        message=_without(problem.message, secrets),
        field=_without(problem.field, secrets),
        hint=_without(problem.hint, secrets),
    )


def _without(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        text = text.replace(secret, HIDDEN_PART)
    return text


def hidden_place(file: str) -> bool:
    """Whether a path as `for_ci` shows it has a part left out (it names no real file)."""
    return HIDDEN_PART in file
