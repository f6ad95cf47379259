"""Ids and the references between them inside one document: unique ids, names that must
exist, and the steps a flöde's ja and nej lead to.

Used for plans, huvudman.yml's routines, the annual cycle and ```flode fences alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.load.document import Document
from generator.problems import Problem
from generator.validate.located import Path_
from generator.validate.located import problem_at as _problem

# The routines' ärendegångar (in a plan and in huvudman.yml), each a flöde like a
# ```flode fence's.
ROUTINE_FLOWS = ("elev_elev", "personal_elev")


def unique_ids(document: Document, path: Path_, items: list[dict[str, Any]]) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item["id"] in seen:
            hint = "ge varje punkt ett eget id"
            yield _problem(
                document, (*path, index, "id"), "TP034", f"id '{item['id']}' används redan", hint
            )
        seen.add(item["id"])


def references(
    document: Document, path: Path_, refs: list[str], known: set[str], what: str
) -> Iterator[Problem]:
    for index, ref in enumerate(refs):
        if ref not in known:
            hint = f"använd ett av {what}: " + (", ".join(sorted(known)) or "(inga finns)")
            yield _problem(
                document, (*path, index), "TP030", f"'{ref}' finns inte bland {what}", hint
            )


def flow_problems(document: Document, path: Path_, flow: dict[str, Any]) -> Iterator[Problem]:
    steps = flow["steg"]
    yield from unique_ids(document, (*path, "steg"), steps)
    ids = {step["id"] for step in steps}
    for index, step in enumerate(steps):
        for branch in ("ja", "nej"):
            target = step.get(branch)
            if target is not None and target not in ids:
                hint = "ange id:t på ett steg i samma flöde: " + ", ".join(s["id"] for s in steps)
                message = f"steget '{target}' finns inte i flödet"
                yield _problem(document, (*path, "steg", index, branch), "TP036", message, hint)


def routine_problems(
    document: Document, path: Path_, routines: dict[str, Any]
) -> Iterator[Problem]:
    for key in ROUTINE_FLOWS:
        if key in routines:
            yield from flow_problems(document, (*path, key), routines[key])
