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
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

from generator.model.disclosure import COMPLEMENT
from generator.model.report_numbers import Cell, Key

Seen = int | str  # what a reader sees of a count: its number, or why it is withheld


def copies(cells: Sequence[Cell], withheld: Mapping[Key, str]) -> dict[Key, tuple[Cell, ...]]:
    """The released counts elsewhere that are the same count as each count."""
    by_names: dict[frozenset[str], list[Cell]] = defaultdict(list)
    for cell in cells:
        by_names[cell.names].append(cell)
    apart = _apart(by_names.values(), withheld)
    return {
        cell.key: tuple(
            other
            for other in by_names[cell.names]
            if other.key != cell.key
            and other.key not in withheld
            and other.value == cell.value
            and (cell.key[0] == other.key[0] or (cell.key[0], other.key[0]) not in apart)
        )
        for cell in cells
    }


def alike(cells: Sequence[Cell], withheld: Mapping[Key, str]) -> dict[Key, Key]:
    """Each withheld count's stand-in: the first withheld count that a reader may take for
    the same count (same labels, same number, blocks that nothing tells apart), itself
    when there is none. A reader who knows something of one knows it of the other."""
    by_names: dict[frozenset[str], list[Cell]] = defaultdict(list)
    for cell in cells:
        by_names[cell.names].append(cell)
    apart = _apart(by_names.values(), withheld)
    return {
        cell.key: min(
            other.key
            for other in by_names[cell.names]
            if other.key in withheld
            and other.value == cell.value
            and (cell.key[0] == other.key[0] or (cell.key[0], other.key[0]) not in apart)
        )
        for cell in cells
        if cell.key in withheld
    }


def _apart(same_labels: Iterable[list[Cell]], withheld: Mapping[Key, str]) -> set[tuple[int, int]]:
    """The pairs of blocks (both ways) that a reader can tell count different things."""
    found: set[tuple[int, int]] = set()
    for cells in same_labels:
        for one, other in combinations(cells, 2):
            seen = (withheld.get(one.key, one.value), withheld.get(other.key, other.value))
            if one.unit != other.unit or not _compatible(*seen):
                found |= {(one.key[0], other.key[0]), (other.key[0], one.key[0])}
    return found


def _compatible(one: Seen, other: Seen) -> bool:
    """Whether two counts as a reader sees them may be the same number: a count withheld
    to protect another is at least the threshold, as every released count but 0 is."""
    pair = {one, other}
    return len(pair) == 1 or (COMPLEMENT in pair and any(type(s) is int and s > 0 for s in pair))
