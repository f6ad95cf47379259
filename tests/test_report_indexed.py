"""The indexed report protection decides exactly as the one it replaced: its old
pairwise parts (every count against every count with the same labels, every total
against every count, every fact against every set of facts) are kept here as the
reference, and on random reports of many blocks with shared labels, copies, units, total
rows and columns of totals both withhold the same counts and refuse the same tables."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

import pytest

from generator.model import determined as determined_module
from generator.model import report_numbers, report_protection
from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.report_known import known_counts
from generator.model.report_numbers import Cell, Key, figure
from generator.model.report_protection import Block, protect
from generator.problems import Location

Seen = int | str


def old_apart(
    same_labels: Iterable[list[Cell]], withheld: Mapping[Key, str]
) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for cells in same_labels:
        for one, other in combinations(cells, 2):
            seen = (withheld.get(one.key, one.value), withheld.get(other.key, other.value))
            if one.unit != other.unit or not old_compatible(*seen):
                found |= {(one.key[0], other.key[0]), (other.key[0], one.key[0])}
    return found


def old_compatible(one: Seen, other: Seen) -> bool:
    pair = {one, other}
    return len(pair) == 1 or (COMPLEMENT in pair and any(type(s) is int and s > 0 for s in pair))


def old_known_counts(
    cells: Sequence[Cell], withheld: Mapping[Key, str]
) -> tuple[dict[Key, tuple[Cell, ...]], dict[Key, Key]]:
    by_names: dict[frozenset[str], list[Cell]] = defaultdict(list)
    for cell in cells:
        by_names[cell.names].append(cell)
    apart = old_apart(by_names.values(), withheld)

    def same(cell: Cell, other: Cell) -> bool:
        return other.value == cell.value and (
            cell.key[0] == other.key[0] or (cell.key[0], other.key[0]) not in apart
        )

    copies = {
        c.key: tuple(
            o for o in by_names[c.names] if o.key != c.key and o.key not in withheld and same(c, o)
        )
        for c in cells
    }
    alike = {
        c.key: min(o.key for o in by_names[c.names] if o.key in withheld and same(c, o))
        for c in cells
        if c.key in withheld
    }
    return copies, alike


def old_totalled(cells: list[Cell]) -> list[tuple[Cell, list[Cell]]]:
    found: list[tuple[Cell, list[Cell]]] = []
    for total in (c for c in cells if c.whole or c.column):
        if total.whole:
            parts = [c for c in cells if c.key[:2] == total.key[:2] and not c.whole]
        else:
            parts = [
                c
                for c in cells
                if c.key[0] == total.key[0] and c.row == total.row and not (c.whole or c.column)
            ]
        found += [(total, parts)] if parts else []
        if total.whole and total.column:  # the groups' total rows add up to it
            across = [
                c
                for c in cells
                if c.key[0] == total.key[0] and c.row == total.row and c.whole and not c.column
            ]
            found += [(total, across)] if across else []
    return found


def old_figures(shown: list[Cell]) -> set[int]:
    groups: dict[tuple[int, ...], list[Cell]] = defaultdict(list)
    for cell in shown:
        groups[cell.key[:2]].append(cell)
    figures = {key: figure((c.whole, c.value) for c in rows) for key, rows in groups.items()}
    found = set(figures.values())
    for block in {key[0] for key in figures}:
        if not any(c.column for c in shown if c.key[0] == block):
            found.add(sum(n for key, n in figures.items() if key[0] == block))
    return found


def old_connected(facts: list[frozenset[Key]]) -> list[list[frozenset[Key]]]:
    parts: list[tuple[set[Key], list[frozenset[Key]]]] = []
    for fact in facts:
        meeting = [p for p in parts if p[0] & fact]
        names = set(fact).union(*(p[0] for p in meeting))
        merged = [fact, *(f for p in meeting for f in p[1])]
        parts = [p for p in parts if all(p is not m for m in meeting)] + [(names, merged)]
    return [found for _, found in parts]


def random_report(rng: random.Random) -> tuple[list[tuple[str, Block]], list[str]]:
    """Blocks with shared labels (groups and rows swapped now and then), some written
    twice or changed a little, units that differ, total rows and columns of totals."""
    here = Location("r.yml", 1, 1)
    rows = [f"R{r}" for r in range(rng.randint(1, 4))]
    groups = [f"G{g}" for g in range(rng.randint(1, 4))]
    blocks: list[tuple[str, Block]] = []
    units: list[str] = []
    for _ in range(rng.randint(2, 9)):
        if blocks and rng.random() < 0.25:  # a block written twice
            blocks.append(rng.choice(blocks))
            units.append(rng.choice(units))
            continue
        mine = rng.sample(groups, rng.randint(1, len(groups)))
        made = [
            (g, [(r, rng.choice([0, 1, 2, 3, 5, 5, 6, 8, rng.randint(5, 30)]), here) for r in rows])
            for g in mine
        ]
        if rng.random() < 0.3 and len(made) > 1:  # a column of totals
            made.append(
                ("Totalt", [(r, sum(c[i][1] for _, c in made), here) for i, r in enumerate(rows)])
            )
        if rng.random() < 0.3:  # a total row
            name, cells = made[0]
            made[0] = (name, [*cells, ("Totalt", sum(v for _, v, _ in cells), here)])
        if rng.random() < 0.15:  # labels swapped: "Kön / Åk 7" beside "Åk 7 / Kön"
            made = [(r, [(g, {n: v for n, v, _ in c}[r], here) for g, c in made]) for r in rows]
        blocks.append(("T", made))
        units.append(rng.choice(["elever", "elever", "lappar"]))
    return blocks, units


@pytest.mark.parametrize("seed", range(4))
def test_the_indexed_protection_withholds_and_refuses_as_the_pairwise_one(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    compared = 0
    for _ in range(150):
        blocks, units = random_report(rng)
        texts = frozenset(rng.sample(range(5, 60), rng.randint(0, 3)))
        threshold = rng.choice([3, 5])
        new = protect(blocks, threshold, texts, units)
        with monkeypatch.context() as old:
            old.setattr(report_protection, "known_counts", old_known_counts)
            old.setattr(report_numbers, "totalled", old_totalled)
            old.setattr(report_numbers, "_figures", old_figures)
            old.setattr(determined_module, "_connected", old_connected)
            assert protect(blocks, threshold, texts, units) == new
        compared += len(new[0]) + len(new[1])
    assert compared > 300  # the reports withhold and refuse, not only release


def test_copies_and_stand_ins_as_the_pairwise_ones_for_any_withheld_counts() -> None:
    rng = random.Random(7)
    for _ in range(300):
        blocks, units = random_report(rng)
        cells = report_protection.written_cells(blocks, units)
        withheld = {c.key: rng.choice([PRIMARY, COMPLEMENT]) for c in cells if rng.random() < 0.3}
        assert known_counts(cells, withheld) == old_known_counts(cells, withheld)
        assert report_numbers.totalled(cells) == old_totalled(cells)
