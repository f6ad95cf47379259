"""Suppression by the tables' structure: one population, complements, hidden remainders.

The steps 2–4 of `model.disclosure`: which group labels of one population (methods
over the same pupils) are withheld so that no small group follows by subtraction from
a total, a "whole school" row or another measure of the same groups.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figures:
    """A method's raw figures, as the author wrote them."""

    key: str  # the method's id
    participants: str
    responses: int | None
    invited: int | None
    groups: tuple[tuple[str, str, int, float], ...]  # (group, measure, answers, percent)


# A row or column that is the total of the others, as Swedish says it (a label as
# compared, `label`): "Totalt", "Totalt antal elever", "Total", "Summa", "Totalsumma",
# "Sammanlagt", "Tillsammans", "Hela skolan", "Alla", "Alla elever", "Alla tillsammans",
# "Samtliga", "Samtliga elever", "Skolan totalt", "Åk 7–9 sammanlagt". Each reader of a
# total (the surveys' suppression, a report's protection) asks `is_whole`.
WHOLE = re.compile(
    r"^(?:(?:totalt|total|summa|totalsumma|sammanlagt)(?:\s+\w+){0,2}|tillsammans"
    r"|hela\s+\w+|(?:alla|samtliga)(?:\s+\w+)?(?:\s+(?:tillsammans|totalt|sammanlagt))?"
    r"|[\w–-]+(?:\s+[\w–-]+){0,2}\s+(?:totalt|sammanlagt|tillsammans))$"
)


def label(group: str) -> str:
    return " ".join(group.casefold().split())


def is_whole(name: str) -> bool:
    """Whether a row or column named `name` is the total of the others (`WHOLE`)."""
    return WHOLE.match(label(name)) is not None


def totals_others(name: str, names: Iterable[str]) -> bool:
    """Whether a group named `name` is a column of totals: named so (`is_whole`), beside
    groups (`names`) that are not."""
    return is_whole(name) and any(not is_whole(other) for other in names)


def populations(methods: list[Figures]) -> list[list[Figures]]:
    """Methods over the same pupils: the same participants (however dashed), the same
    number of answers, or two or more groups of the same names."""
    found: list[list[Figures]] = []
    for method in methods:
        same = [p for p in found if any(_same_pupils(o, method) for o in p)]
        merged = [method, *(m for p in same for m in p)]
        found = [p for p in found if p not in same] + [merged]
    return found


def _same_pupils(one: Figures, other: Figures) -> bool:
    if _who(one.participants) == _who(other.participants):
        return True
    if one.responses is not None and one.responses == other.responses:
        return True
    shared = {label(g[0]) for g in one.groups} & {label(g[0]) for g in other.groups}
    return len(shared) >= 2


def _who(participants: str) -> str:
    words = label(re.sub(r"[-‐‑‒–—]", "-", participants)).split()
    return " ".join(w for w in words if w not in ("alla", "samtliga"))


Row = tuple[bool, int, str]  # (is a "whole school" row, answers, group label)


def tables(population: list[Figures]) -> list[tuple[int | None, list[Row]]]:
    """Each method's measures as tables: (the total the groups make up, the rows).

    The total is the "whole school" row, else the method's number of answers, else the
    largest sum of one measure's groups (what an attacker would take for it).
    """
    found: list[tuple[int | None, list[Row]]] = []
    for method in population:
        by_measure: dict[str, list[Row]] = defaultdict(list)
        for group, measure, answers, _percent in method.groups:
            whole = is_whole(group)
            by_measure[label(measure)].append((whole, answers, label(group)))
        sums = [sum(n for whole, n, _ in rows if not whole) for rows in by_measure.values()]
        total = method.responses if method.responses is not None else max(sums, default=None)
        for rows in by_measure.values():
            wholes = [n for whole, n, _ in rows if whole]
            found.append((wholes[0] if wholes else total, rows))
    return found


def small_remainder(total: int | None, rows: list[Row], threshold: int) -> int:
    """The answers the groups leave out of the total, when they form a group under the
    threshold; else 0."""
    if total is None:
        return 0
    remainder = total - sum(answers for whole, answers, _ in rows if not whole)
    return remainder if 0 < remainder < threshold else 0


def withheld_groups(population: list[Figures], threshold: int, forced: set[str]) -> set[str]:
    """The labels of the groups withheld in one population."""
    withheld = forced | {
        label(group)
        for method in population
        for group, _measure, answers, _percent in method.groups
        if answers < threshold
    }
    measured = tables(population)
    remainders = [small_remainder(total, rows, threshold) for total, rows in measured]
    changed = True
    while changed:  # each round withholds one more group, so this ends
        changed = False
        for (total, rows), remainder in zip(measured, remainders, strict=True):
            hidden = [n for _, n, label in rows if label in withheld]
            shown = sorted(row for row in rows if row[2] not in withheld)
            if shown and _exposed(hidden, remainder, total is not None, threshold):
                withheld.add(shown[0][2])
                changed = True
    return withheld


def _exposed(hidden: list[int], remainder: int, total_known: bool, threshold: int) -> bool:
    """Whether a table's withheld answers need one more group withheld to protect them:
    one withheld group (or small remainder) alone follows by subtraction, and several
    that add up to less than the threshold give each other away (groups of 1 and 1)."""
    parts = [*hidden, remainder] if remainder else hidden
    if len(parts) <= 1:
        return len(parts) == 1
    return total_known and sum(parts) < threshold


def total_exposes(method: Figures, withheld: set[str], threshold: int) -> bool:
    """Whether the method's total would give its withheld groups away: a measure whose
    withheld groups (or they and its small remainder) add up to less than the threshold,
    where step 3 found no group left to withhold beside them (a withheld "whole school"
    row is the total itself)."""
    for total, rows in tables([method]):
        hidden = [n for whole, n, name in rows if name in withheld and not whole]
        remainder = small_remainder(total, rows, threshold)
        if 0 < sum(hidden) < threshold or 0 < remainder + sum(hidden) < threshold:
            return True
    return False
