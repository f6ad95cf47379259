"""What a privacy finding points at is never published: not in the portal, the granskning
(its pages, its CSV, its document), the report links nor the terminal's summary of them.

The privacy rules (TP4xx) find a pupil named, a personnummer or a pupil's address in a
unit's name, its folder, a file's name or an id, and withhold the unit; but the
granskning names every unit and tells where each finding is. So each such text is shown
only when it is clean (`points_at_pupil`: the rules' own detectors, read as words and as
an id), and when the place a finding points at is the name itself (a file's or folder's
name: a finding with no line). Else a unit is named by its last published name when
that is clean, or by `HIDDEN_NAME`; a part of a path or an id by `HIDDEN_PART`; a unit's
id (its granskning page's address) by `hidden_id`. A clean unit is shown as it was.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from pathlib import Path

from generator.codes import REGISTRY, Category
from generator.personal_data import has_personal_number
from generator.personal_data.emails import pupil_emails
from generator.problems import Problem, Severity
from generator.rules.mentions import pupil_mentions
from generator.rules.names import name_as_words

HIDDEN_NAME = "En enhet (namnet visas inte: det kan peka ut en elev)"
HIDDEN_PART = "(namnet visas inte)"
NAME_KEY = "namn:"  # the unit's name in its skola.yml, at the top level
PLACE = re.compile(r"^(?P<path>.*?)(?P<at>(?::\d+){0,2})$")


@functools.lru_cache(maxsize=8192)
def points_at_pupil(text: str) -> bool:
    """Whether `text` (a name, an id, a file's or folder's name) shows what the privacy
    rules find: a personnummer, a pupil's e-mail address, a pupil named with a class, a
    grade or as a pupil, read as prose or as an id ("noah-karlsson-8b")."""
    if not text:
        return False
    if has_personal_number(text) or any(pupil_emails(text, ())):
        return True
    return any(pupil_mentions(text)) or any(pupil_mentions(name_as_words(text), as_id=True))


def is_privacy(problem: Problem) -> bool:
    entry = REGISTRY.get(problem.code)
    return entry is not None and entry.category is Category.PRIVACY


def hidden_paths(problems: Iterable[Problem]) -> frozenset[str]:
    """The files and folders whose names a privacy finding flags (it has no line: it is
    about the name)."""
    return frozenset(p.location.file for p in problems if is_privacy(p) and not p.location.line)


def shown_name(
    candidates: Iterable[str], folder: str, problems: Iterable[Problem], root: Path | None
) -> str:
    """The first of a unit's `candidates` (its checked name, the name of its last
    published site, its id) that is clean: that `points_at_pupil` does not refuse, that is
    not its folder's name when a privacy finding flags that, and, for the first, that no
    privacy error in its skola.yml points at (its `namn:` line; any line when the file
    cannot be read again from `root`); nor the same as one refused. Else `HIDDEN_NAME`."""
    found = list(problems)
    refused = {"", folder.rpartition("/")[2] if folder in hidden_paths(found) else ""}
    for index, name in enumerate(candidates):
        if name in refused or points_at_pupil(name):
            refused.add(name)
        elif index == 0 and _name_flagged(f"{folder}/skola.yml", found, root):
            refused.add(name)  # (nor the same name as an older site has it)
        else:
            return name
    return HIDDEN_NAME


def _name_flagged(skola: str, problems: Iterable[Problem], root: Path | None) -> bool:
    for problem in problems:
        if problem.location.file != skola or problem.severity is not Severity.ERROR:
            continue
        if is_privacy(problem) and _line(root, problem).startswith(NAME_KEY):
            return True
    return False


def _line(root: Path | None, problem: Problem) -> str:
    """The problem's line as written, NAME_KEY when it cannot be read (it may be the name)."""
    if root is None:
        return NAME_KEY
    try:
        lines = (root / problem.location.file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return NAME_KEY
    number = problem.location.line
    return lines[number - 1] if 0 < number <= len(lines) else NAME_KEY


def shown_place(location: str, hidden: frozenset[str]) -> str:
    """A finding's place ("content/skolor/x/sidor/y.md:3:1", or a folder) with each part
    of its path that a privacy finding flags (`hidden_paths`), or that names a pupil, as
    `HIDDEN_PART`: "content/skolor/x/sidor/(namnet visas inte):3:1"."""
    match = PLACE.match(location)
    assert match is not None  # (every text matches)
    parts = match["path"].split("/")
    shown = [
        HIDDEN_PART if "/".join(parts[: i + 1]) in hidden or points_at_pupil(part) else part
        for i, part in enumerate(parts)
    ]
    return "/".join(shown) + match["at"]


def shown_id(text: str) -> str:
    """An id (an åtgärd's, a fynd's, in a field's place) as published: `HIDDEN_PART` when
    it names a pupil."""
    return HIDDEN_PART if points_at_pupil(text) else text


def hidden_ids(ids: Iterable[str], hidden: frozenset[str]) -> dict[str, str]:
    """Each unit id that names a pupil, or whose folder a privacy finding flags (a path in
    `hidden` ending in it), with the id its granskning page is published under instead:
    "utan-namn-1", … (its anchor in the document: "enhet-utan-namn-1")"""
    ends, every = {path.rpartition("/")[2] for path in hidden}, set(ids)
    flagged = sorted(i for i in every if i in ends or points_at_pupil(i))
    # never the id of a unit shown as it is (a folder named "utan-namn-1"): its page
    # and its row in the CSV would be another unit's
    free = (f"utan-namn-{n}" for n in itertools.count(1))
    unused = (name for name in free if name not in every)
    return {unit: next(unused) for unit in flagged}
