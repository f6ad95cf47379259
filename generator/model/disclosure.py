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
5. **Totals.** The number of answers (and the response rate, which TP203 asks for) is
   withheld when it is itself under the threshold, when step 3 found no group left to
   withhold beside a measure's small withheld ones (a withheld "whole school" row is the
   total), or when step 6 finds that it gives a small count away. Otherwise it stays:
   step 3 chose its complements with the total known, so one complement protects a
   small group, not a complement and the total.
6. **Numbers.** Structure the content does not state (groups inside groups, a total
   row by another name) is caught by `model.differencing`: one more count is withheld
   until no sum or difference of published counts is a withheld or small count.

Steps 2–5 are in `model.suppression`.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.differencing import Count, exposing
from generator.model.suppression import (
    Figures,
    is_whole,
    label,
    populations,
    total_exposes,
    withheld_groups,
)

PRIMARY = "få"  # fewer answers than the threshold
COMPLEMENT = "skydd"  # withheld so that a small group cannot be worked out


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
        forced.add((method.key, "" if found.index < 0 else label(method.groups[found.index][0])))


def _by_structure(
    methods: list[Figures], threshold: int, forced: set[tuple[str, str]]
) -> dict[str, Released]:
    released: dict[str, Released] = {}
    for population in populations(methods):
        labels = {label for key, label in forced if label and key in {m.key for m in population}}
        withheld = withheld_groups(population, threshold, labels)
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
                whole = is_whole(group.group)
                measure = label(group.measure)
                found.append(
                    Count(method.key, index, group.responses, whole, measure, label(group.group))
                )
    return found


def _released(
    method: Figures, withheld: set[str], threshold: int, total_forced: bool = False
) -> Released:
    groups = tuple(
        ReleasedGroup(group, measure, None, None, PRIMARY if answers < threshold else COMPLEMENT)
        if label(group) in withheld
        else ReleasedGroup(group, measure, answers, percent)
        for group, measure, answers, percent in method.groups
    )
    if method.responses is not None and method.responses < threshold:
        why = PRIMARY
    elif total_forced or total_exposes(method, withheld, threshold):
        why = COMPLEMENT
    else:
        why = ""
    responses = None if why else method.responses
    # How many were asked says how small a group is when the answers are too few.
    invited = None if why == PRIMARY else method.invited
    return Released(responses, invited, why, groups)
