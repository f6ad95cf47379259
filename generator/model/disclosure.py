"""Disclosure control: which survey figures may be published without pointing at a pupil.

It runs once, when a plan's model is built; every output (pages, open data, charts,
the portal, the granskning) reads `SurveyMethod.released`, never the raw figures.

1. **Primary suppression.** A group with fewer answers than the threshold is withheld,
   its count and its share together (a share times a count is a count).
2. **One population, one decision.** Results of the same method, and of methods with the
   same participants or the same number of answers, come from one population: a group
   withheld under one measure is withheld under every measure of them.
3. **Complementary suppression.** A measure with exactly one withheld group would give
   it back by subtraction from a total (the method's, a "whole school" row, or the sum
   of another measure's groups), and withheld groups that add up to less than the
   threshold give each other away (1 + 1 = 2). So one more group is withheld there, the
   smallest; a "whole school" row only when no other group is left.
4. **Hidden remainders.** When a measure's groups add up to a little less than the total
   (fewer than the threshold), the answers left over form a small group of their own:
   it counts as withheld, so step 3 protects it too.
5. **Totals.** The number of answers (and the response rate) is withheld whenever any
   group of its population is, or when it is itself under the threshold.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from generator.model.differencing import Count, exposing

PRIMARY = "få"  # fewer answers than the threshold
COMPLEMENT = "skydd"  # withheld so that a small group cannot be worked out
WHOLE = re.compile(r"^(?:hela\s+\w+|alla(?:\s+\w+)?|totalt|samtliga(?:\s+\w+)?|\w+\s+totalt)$")


@dataclass(frozen=True)
class ReleasedGroup:
    """One group's result as it may be published; `withheld` says why it is not."""

    group: str
    measure: str
    responses: int | None
    percent: float | None
    withheld: str = ""  # "" | PRIMARY | COMPLEMENT


@dataclass(frozen=True)
class Released:
    """A method's figures as they may be published."""

    responses: int | None  # None when withheld or not given
    invited: int | None
    total_withheld: str = ""  # "" | PRIMARY | COMPLEMENT
    groups: tuple[ReleasedGroup, ...] = ()

    @property
    def response_rate(self) -> float | None:
        if self.invited and self.responses is not None:
            return self.responses / self.invited
        return None


NOTHING_RELEASED = Released(None, None)


@dataclass(frozen=True)
class Figures:
    """A method's raw figures, as the author wrote them."""

    key: str  # the method's id
    participants: str
    responses: int | None
    invited: int | None
    groups: tuple[tuple[str, str, int, float], ...]  # (group, measure, answers, percent)


def _label(group: str) -> str:
    return " ".join(group.casefold().split())


def _populations(methods: list[Figures]) -> list[list[Figures]]:
    """Methods over the same pupils: the same participants or the same number of answers."""
    found: list[list[Figures]] = []
    for method in methods:
        same = [
            p
            for p in found
            if any(
                _label(o.participants) == _label(method.participants)
                or (o.responses is not None and o.responses == method.responses)
                for o in p
            )
        ]
        merged = [method, *(m for p in same for m in p)]
        found = [p for p in found if p not in same] + [merged]
    return found


def release(methods: list[Figures], threshold: int) -> dict[str, Released]:
    """Every method's publishable figures, by method id: withheld by structure, then by
    numbers (`model.differencing`) until no sum or difference gives a small count."""
    forced: set[tuple[str, str]] = set()  # (method, group label) the numbers withheld
    secrets = {n for m in methods for *_, n, _ in m.groups if n < threshold}
    secrets |= {m.responses for m in methods if m.responses is not None and m.responses < threshold}
    while True:  # each round withholds one more published count, so this ends
        released = _by_structure(methods, threshold, forced)
        found = exposing(_published(methods, released), secrets, threshold)
        if found is None:
            return released
        method = next(m for m in methods if m.key == found.method)
        forced.add((method.key, "" if found.index < 0 else _label(method.groups[found.index][0])))


def _by_structure(
    methods: list[Figures], threshold: int, forced: set[tuple[str, str]]
) -> dict[str, Released]:
    released: dict[str, Released] = {}
    for population in _populations(methods):
        labels = {label for key, label in forced if label and key in {m.key for m in population}}
        withheld = _withheld_groups(population, threshold, labels)
        for method in population:
            total_forced = (method.key, "") in forced
            released[method.key] = _released(method, withheld, threshold, total_forced)
    return released


def _published(methods: list[Figures], released: dict[str, Released]) -> list[Count]:
    found: list[Count] = []
    for method in methods:
        out = released[method.key]
        if out.responses is not None:
            found.append(Count(method.key, -1, out.responses, total=True))
        for index, group in enumerate(out.groups):
            if group.responses is not None:
                whole = WHOLE.match(_label(group.group)) is not None
                measure = _label(group.measure)
                found.append(Count(method.key, index, group.responses, whole, measure))
    return found


Row = tuple[bool, int, str]  # (is a "whole school" row, answers, group label)


def _tables(population: list[Figures]) -> list[tuple[int | None, list[Row]]]:
    """Each method's measures as tables: (the total the groups make up, the rows).

    The total is the "whole school" row, else the method's number of answers, else the
    largest sum of one measure's groups (what an attacker would take for it).
    """
    found: list[tuple[int | None, list[Row]]] = []
    for method in population:
        tables: dict[str, list[Row]] = defaultdict(list)
        for group, measure, answers, _percent in method.groups:
            whole = WHOLE.match(_label(group)) is not None
            tables[_label(measure)].append((whole, answers, _label(group)))
        sums = [sum(n for whole, n, _ in rows if not whole) for rows in tables.values()]
        total = method.responses if method.responses is not None else max(sums, default=None)
        for rows in tables.values():
            wholes = [n for whole, n, _ in rows if whole]
            found.append((wholes[0] if wholes else total, rows))
    return found


def _small_remainder(total: int | None, rows: list[Row], threshold: int) -> int:
    """The answers the groups leave out of the total, when they form a group under the
    threshold; else 0."""
    if total is None:
        return 0
    remainder = total - sum(answers for whole, answers, _ in rows if not whole)
    return remainder if 0 < remainder < threshold else 0


def _withheld_groups(population: list[Figures], threshold: int, forced: set[str]) -> set[str]:
    """The labels of the groups withheld in one population."""
    withheld = forced | {
        _label(group)
        for method in population
        for group, _measure, answers, _percent in method.groups
        if answers < threshold
    }
    tables = _tables(population)
    remainders = [_small_remainder(total, rows, threshold) for total, rows in tables]
    changed = True
    while changed:  # each round withholds one more group, so this ends
        changed = False
        for (total, rows), remainder in zip(tables, remainders, strict=True):
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


def _released(
    method: Figures, withheld: set[str], threshold: int, total_forced: bool = False
) -> Released:
    groups = tuple(
        ReleasedGroup(group, measure, None, None, PRIMARY if answers < threshold else COMPLEMENT)
        if _label(group) in withheld
        else ReleasedGroup(group, measure, answers, percent)
        for group, measure, answers, percent in method.groups
    )
    if method.responses is not None and method.responses < threshold:
        why = PRIMARY
    elif (
        total_forced
        or any(g.withheld for g in groups)
        or any(_small_remainder(total, rows, threshold) for total, rows in _tables([method]))
    ):
        why = COMPLEMENT
    else:
        why = ""
    responses = None if why else method.responses
    # How many were asked says how small a group is when the answers are too few.
    invited = None if why == PRIMARY else method.invited
    return Released(responses, invited, why, groups)
