"""Secondary suppression withholds no more than it must: for small random surveys every
way of withholding cells is tried, and trygg's release is among the smallest safe ones
(one measure), and never withholds more than the rule it replaced (the total withheld
beside every complement). Safe means the attacker's equations (`disclosure_audit`) fix
no withheld count, and withheld counts add up to at least the threshold wherever the
table's total is shown.
"""

from __future__ import annotations

import itertools
import random

import pytest
from disclosure_audit import determined, withheld

from generator.model.disclosure import COMPLEMENT, PRIMARY, Released, ReleasedGroup, release
from generator.model.suppression import Figures, small_remainder, tables

LEAST = 5
SAFE, HARASSED = "Känner sig trygg", "Utsatt för trakasserier"


def _survey(seed: int, measures: int) -> Figures:
    rng = random.Random(seed)
    counts = [rng.choice([rng.randint(1, LEAST - 1), rng.randint(LEAST, 60)]) for _ in "xxx"]
    counts = counts[: rng.randint(2, 3)]
    rows = [(f"Åk {i + 7}", SAFE, n, 80.0) for i, n in enumerate(counts)]
    if measures > 1:
        girls = rng.randint(1, sum(counts) - 1)
        rows += [("Flickor", HARASSED, girls, 10.0), ("Pojkar", HARASSED, sum(counts) - girls, 5.0)]
    return Figures("K1", "Elever i åk 7–9", sum(counts), None, tuple(rows))


def _hidden(out: Released) -> int:
    return sum(1 for g in out.groups if g.withheld) + (out.responses is None)


def _with(method: Figures, cells: set[int]) -> Released:
    """The release that withholds exactly `cells` (group indexes; -1 is the total)."""
    groups = tuple(
        ReleasedGroup(g, m, None, None, PRIMARY if n < LEAST else COMPLEMENT)
        if i in cells
        else ReleasedGroup(g, m, n, p)
        for i, (g, m, n, p) in enumerate(method.groups)
    )
    total = None if -1 in cells else method.responses
    return Released(total, method.invited, COMPLEMENT if -1 in cells else "", groups)


def _safe(method: Figures, out: Released) -> bool:
    if any(determined([method], {"K1": out}, v) for v in withheld([method], {"K1": out}, LEAST)):
        return False
    for measure in {m for _, m, _, _ in method.groups}:
        hidden = [
            n
            for (_, m, n, _), g in zip(method.groups, out.groups, strict=True)
            if m == measure and g.withheld
        ]
        if hidden and sum(hidden) < LEAST and out.responses is not None:
            return False
    return True


def _fewest(method: Figures) -> int:
    """The fewest cells any safe release withholds (every small group among them)."""
    small = {i for i, (_, _, n, _) in enumerate(method.groups) if n < LEAST}
    # the same group is one decision: a label is withheld under every measure or none
    others = [i for i in range(-1, len(method.groups)) if i not in small]
    for size in range(len(others) + 1):
        for extra in itertools.combinations(others, size):
            if _safe(method, _with(method, small | set(extra))):
                return len(small) + size
    return len(others) + len(small)


def _before(method: Figures, out: Released) -> int:
    """What the replaced rule withheld: the same groups, and the total beside any of them
    or beside a small remainder."""
    hides_total = (
        out.responses is None
        or any(g.withheld for g in out.groups)
        or any(small_remainder(t, rows, LEAST) for t, rows in tables([method]))
    )
    return sum(1 for g in out.groups if g.withheld) + hides_total


@pytest.mark.parametrize("seed", range(120))
def test_one_measure_withholds_the_fewest_cells_that_are_safe(seed: int) -> None:
    method = _survey(seed, measures=1)
    out = release([method], LEAST)["K1"]
    assert _safe(method, out)
    assert _hidden(out) == _fewest(method)
    if any(g.withheld for g in out.groups) and method.responses >= LEAST:  # type: ignore[operator]
        assert out.responses == method.responses  # the complement is a group, not the total


@pytest.mark.parametrize("seed", range(120))
def test_two_measures_withhold_no_more_than_before(seed: int) -> None:
    method = _survey(seed, measures=2)
    out = release([method], LEAST)["K1"]
    assert _safe(method, out)
    assert _hidden(out) <= _before(method, out)
