"""When a count of a report stands elsewhere in it: the same count, not an equal number
by chance (`model.report_protection` withholds such a count to protect another only
together with its copies, for a reader would still read them, and takes a withheld one
whose copy is released for known). A table written twice, word for word, is so judged
once: each count of it and its copy are withheld together or not at all.

A count stands elsewhere when another count that is released has the same two labels
(group and subgroup in either order, "Åk 7 / Kön" and "Kön / Åk 7") and the same number,
in the same block or in a block that can count the same thing. A block counts something
else when its unit differs ("lappar", not "elever") or when two counts with the same
labels differ in what a reader sees: two released numbers that are not equal, a count
under the threshold against a released one or one withheld to protect another (which is
never under it), or one withheld to protect another against a released 0. Two blocks
about different things ("Otrygga på rasten", "Otrygga på lektionerna") that share labels
differ in some count as a rule, so a count that happens to be equal is no copy; where
nothing tells them apart, a reader may take them for one table, and so does trygg.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from generator.model.disclosure import COMPLEMENT
from generator.model.report_numbers import Cell, Key

Seen = int | str  # what a reader sees of a count: its number, or why it is withheld
Shown = tuple[str, Seen]  # a count's unit and what a reader sees of it


def known_counts(
    cells: Sequence[Cell], withheld: Mapping[Key, str]
) -> tuple[dict[Key, tuple[Cell, ...]], dict[Key, Key]]:
    """Each count's copies (`copies`) and each withheld count's stand-in (`alike`), from
    one reading of which blocks a reader can tell apart."""
    twins = _Twins(cells, withheld)
    return copies(cells, withheld, twins), alike(cells, withheld, twins)


def copies(
    cells: Sequence[Cell], withheld: Mapping[Key, str], twins: _Twins | None = None
) -> dict[Key, tuple[Cell, ...]]:
    """The released counts elsewhere that are the same count as each count."""
    twins = twins or _Twins(cells, withheld)
    return {
        cell.key: tuple(
            other
            for other in twins.candidates(cell)
            if other.key != cell.key and other.key not in withheld
        )
        for cell in cells
    }


def alike(
    cells: Sequence[Cell], withheld: Mapping[Key, str], twins: _Twins | None = None
) -> dict[Key, Key]:
    """Each withheld count's stand-in: the first withheld count that a reader may take for
    the same count (same labels, same number, blocks that nothing tells apart), itself
    when there is none. A reader who knows something of one knows it of the other."""
    twins = twins or _Twins(cells, withheld)
    return {
        cell.key: min(other.key for other in twins.candidates(cell) if other.key in withheld)
        for cell in cells
        if cell.key in withheld
    }


class _Twins:
    """The counts with the same labels and number as a count, in its block or in one that
    a reader cannot tell apart from it: indexed, so that only such counts are compared
    (a report of many blocks with the same labels compares each block with few)."""

    def __init__(self, cells: Sequence[Cell], withheld: Mapping[Key, str]) -> None:
        self.order = {cell.key: i for i, cell in enumerate(cells)}
        self.same: dict[tuple[frozenset[str], int], dict[int, list[Cell]]] = {}
        shown: dict[frozenset[str], dict[int, set[Shown]]] = defaultdict(dict)
        for cell in cells:
            at = self.same.setdefault((cell.names, cell.value), {})
            at.setdefault(cell.key[0], []).append(cell)
            seen = (cell.unit, withheld.get(cell.key, cell.value))
            shown[cell.names].setdefault(cell.key[0], set()).add(seen)
        self.mine: dict[int, dict[frozenset[str], set[Shown]]] = defaultdict(dict)
        for names, per_block in shown.items():
            for block, under in per_block.items():
                self.mine[block][names] = under
        self.kinds = {
            names: _by_kind(per_block) for names, per_block in shown.items()
        }  # what each block shows under the labels -> the blocks that show it
        self.having = {names: set(per_block) for names, per_block in shown.items()}
        self.against: dict[tuple[frozenset[str], frozenset[Shown]], set[int]] = {}
        self.found: dict[int, set[int]] = {}

    def candidates(self, cell: Cell) -> list[Cell]:
        """The counts with the cell's labels and number in its block or its twins, in
        the report's order."""
        block = cell.key[0]
        at = self.same[(cell.names, cell.value)]
        blocks = [block, *(b for b in self.twins(block) if b in at)]
        found = [c for b in blocks if b in at for c in at[b]]
        return sorted(found, key=lambda c: self.order[c.key])

    def twins(self, block: int) -> set[int]:
        """The other blocks with labels of `block` that a reader cannot tell apart from
        it: under every labels both have, each count of one may be each count of the
        other. Only the blocks that share its labels are looked at."""
        if block not in self.found:
            near: set[int] = set()
            apart: set[int] = set()
            for names, mine in self.mine[block].items():
                near |= self.having[names]
                apart |= self._apart(names, frozenset(mine))
            self.found[block] = near - apart - {block}
        return self.found[block]

    def _apart(self, names: frozenset[str], mine: frozenset[Shown]) -> set[int]:
        """The blocks that show, under these labels, a count that `mine` cannot be."""
        if (names, mine) not in self.against:
            self.against[(names, mine)] = {
                block
                for kind, blocks in self.kinds[names].items()
                if not all(_compatible(one, other) for one in mine for other in kind)
                for block in blocks
            }
        return self.against[(names, mine)]


def _by_kind(per_block: dict[int, set[Shown]]) -> dict[frozenset[Shown], set[int]]:
    kinds: dict[frozenset[Shown], set[int]] = defaultdict(set)
    for block, seen in per_block.items():
        kinds[frozenset(seen)].add(block)
    return kinds


def _compatible(one: Shown, other: Shown) -> bool:
    """Whether two counts as a reader sees them may be the same number: the same unit,
    and a count withheld to protect another is at least the threshold, as every
    released count but 0 is."""
    if one[0] != other[0]:
        return False
    pair = {one[1], other[1]}
    return len(pair) == 1 or (COMPLEMENT in pair and any(type(s) is int and s > 0 for s in pair))
