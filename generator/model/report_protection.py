"""Disclosure control across the tables of one report: no withheld count follows from a
total that the report publishes somewhere else.

A report's `kategorier` blocks are tables of two levels: each group's subgroups (a
table), and the block's groups (a table of the groups' sums); when one group is a
column of totals ("Totalt", "Alla elever": `model.suppression.is_whole`), each row
across the other groups is a table too, whose total stands in that column. Within a
table nothing withheld can be worked out: every sum is of the released counts only
(`model.report_counts`). Across tables it can: when a table's real total is published
elsewhere in the report (a row "Åk 7: 22" in another table, or rows of one table that
add up to it, "Åk 7 flickor: 12" and "Åk 7 pojkar: 10"; the sum of another group or
block; a total row or column less the rows shown beside it, "Totalt 40" and "Åk 8 18";
a number in the text, or two in one sentence subtracted, "120, varav 98"; a total row
of its own), that total less the released counts gives the withheld ones. So:

1. **Primary suppression.** A count from 1 up to below the threshold is withheld.
2. **Secondary suppression.** A table with withheld counts whose real total is a number
   the report shows (`model.report_numbers`, from the threshold up) is exposed when its
   withheld counts add up to less than the threshold, as surveys do. So is a table
   whose small count follows from several such totals together (`model.determined`);
   a withheld count that follows is one more number a reader has. One more count is
   withheld there, the smallest that is not 0 (in the table's block when the table's
   own total is not published, or the table has none left), until no table is exposed.
3. **Known counts.** A withheld count is no protection when the same count stands
   elsewhere in the report: the same two labels (group and subgroup, in either order,
   as in "Åk 7 / Kön" and "Kön / Åk 7") with the same number, in a block that can count
   the same thing (`model.report_known`). So a count is withheld together with its
   copies, and a table written twice is judged once: both copies show the same. When
   nothing is left to withhold in an exposed table and its block, the table is
   `model.report.Unprotected` and the report is refused (error TP071): the author
   merges the small subgroup with another.

trygg cannot know what a number means, so any equal number the report shows counts as
the total: the step withholds a little more than needed rather than too little. Sums a
reader would have to pick out of a table's rows count only where the rows' names say
what they add up to ("Åk 7 flickor" and "Åk 7 pojkar"): any two rows of a table add up
to some number, and taken for totals they would withhold counts by coincidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.model.determined import determined
from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.report import Unprotected
from generator.model.report_known import alike, copies
from generator.model.report_numbers import Cell, Key, Published, published_numbers, tables
from generator.model.suppression import is_whole, label
from generator.problems import Location

Counted = tuple[str, int, Location]  # a subgroup as written: its name, count and place
Block = Sequence[tuple[str, Sequence[Counted]]]  # a block's groups as written


def protect(
    blocks: Sequence[tuple[str, Block]],
    threshold: int,
    texts: frozenset[int] = frozenset(),
    units: Sequence[str] = (),
) -> tuple[dict[Key, str], tuple[Unprotected, ...]]:
    """The withheld counts of a report's blocks (key -> PRIMARY | COMPLEMENT) and the
    tables it cannot protect; `units` says what each block counts (by default, one
    thing)."""
    cells = [
        Cell(
            (b, g, c), n, label(group), label(name), is_whole(name), where, _at(units, b),
            column=_totals_others(group, groups),
        )
        for b, (_title, groups) in enumerate(blocks)
        for g, (group, counted) in enumerate(groups)
        for c, (name, n, where) in enumerate(counted)
    ]  # fmt: skip
    withheld = {cell.key: PRIMARY for cell in cells if 0 < cell.value < threshold}
    every = tables(cells)
    refused: list[Unprotected] = []
    done: set[int] = set()
    while True:  # each round withholds more counts or refuses tables, so this ends
        known = copies(cells, withheld)
        published, pinned = _worked_out(
            every, cells, withheld, texts=texts, threshold=threshold, known=known
        )
        exposed = [
            i
            for i, table in enumerate(every)
            if i not in done and _exposed(table, withheld, published, pinned, threshold)
        ]
        if not exposed:
            return withheld, tuple(refused)
        touched: set[Key] = set()  # one more count per table and round, or its block's
        for index in exposed:
            table = every[index]
            if touched & {c.key for c in table}:
                continue
            where, candidate = _further(table, cells, withheld, published)
            touched |= {c.key for c in where}
            if candidate is not None:  # with its copies: a reader would read them
                also = {c.key: COMPLEMENT for c in (candidate, *known[candidate.key])}
                withheld |= also
                touched |= set(also)  # their tables are judged again next round
                continue
            done.add(index)
            refusal = _refusal(table, withheld, blocks)
            refused += [] if any(r.location == refusal.location for r in refused) else [refusal]


def _totals_others(group: str, groups: Block) -> bool:
    """Whether a group is a column of totals: named so, beside groups that are not."""
    return is_whole(group) and any(not is_whole(other) for other, _ in groups)


def _worked_out(
    every: list[list[Cell]], cells: list[Cell], withheld: Mapping[Key, str], *,
    texts: frozenset[int], threshold: int, known: Mapping[Key, tuple[Cell, ...]],
) -> tuple[Published, set[Key]]:  # fmt: skip
    """The numbers a reader has and the withheld counts a reader works out from them: a
    count worked out is one more number a reader has, as if it were shown."""
    published = published_numbers(cells, withheld, texts, threshold)
    while True:  # each round finds more counts, or ends
        facts, same = _facts(every, cells, withheld, published, known)
        found = determined(facts)
        pinned = {key for key in withheld if same[key] in found}
        more = {c.value for c in cells if c.key in pinned} - published.numbers
        if not more:
            return published, pinned
        published = Published(published.numbers | more, threshold)


def _at(units: Sequence[str], block: int) -> str:
    return label(units[block]) if units else ""


def _facts(
    tables: list[list[Cell]], cells: list[Cell], withheld: Mapping[Key, str], published: Published,
    known: Mapping[Key, tuple[Cell, ...]],
) -> tuple[list[frozenset[Key]], dict[Key, Key]]:  # fmt: skip
    """What a reader knows of the withheld counts, each a sum of some of them: a table's
    when its real total is published, and a count's own when it stands elsewhere; the
    counts by their stand-ins (`model.report_known.alike`), and those."""
    same = alike(cells, withheld)  # a table written twice is one table to a reader
    found = [
        frozenset(same[c.key] for c in table if c.key in withheld and not c.whole)
        for table in tables
        if sum(c.value for c in table if not c.whole) in published
    ]
    found += [frozenset({same[c.key]}) for c in cells if c.key in withheld and known[c.key]]
    return found, same


def _exposed(
    table: list[Cell], withheld: Mapping[Key, str], published: Published, pinned: set[Key],
    threshold: int,
) -> bool:  # fmt: skip
    """Whether a small withheld count of the table follows from what a reader knows, or,
    its real total being published, the withheld counts that do not follow add up to less
    than the threshold (1 + 1)."""
    hidden = [c for c in table if c.key in withheld and not c.whole]
    if any(withheld[c.key] == PRIMARY and c.key in pinned for c in hidden):
        return True
    rest = sum(c.value for c in hidden if c.key not in pinned)
    total = sum(c.value for c in table if not c.whole)
    return total in published and 0 < rest < threshold


def _further(
    table: list[Cell], cells: list[Cell], withheld: Mapping[Key, str], published: Published
) -> tuple[list[Cell], Cell | None]:
    """Where to withhold one more count for an exposed table, and which: in the table
    when its own total is published, else (its small count follows from its block's) or
    when it has none left, in its block."""
    block = [c for c in cells if c.key[0] == table[0].key[0]]
    if sum(c.value for c in table if not c.whole) in published:
        found = _candidate(table, withheld)
        if found is not None:
            return table, found
    return block, _candidate(block, withheld)


def _candidate(table: list[Cell], withheld: Mapping[Key, str]) -> Cell | None:
    """The smallest released count other than 0 and a total row."""
    free = [c for c in table if c.key not in withheld and c.value and not c.whole]
    return min(free, key=lambda c: (c.value, c.key), default=None)


def _refusal(
    table: list[Cell], withheld: Mapping[Key, str], blocks: Sequence[tuple[str, Block]]
) -> Unprotected:
    first = next(c for c in table if withheld.get(c.key) == PRIMARY)
    title, groups = blocks[first.key[0]]
    if len({c.key[:2] for c in table}) == 1:
        return Unprotected(first.location, groups[first.key[1]][0], title)
    across = len({c.row for c in table}) == 1  # a row that a column of totals adds up
    row = groups[first.key[1]][1][first.key[2]][0] if across else ""
    return Unprotected(first.location, "", title, row)
