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
   the report shows (`model.report_numbers`, from the threshold up, or any the text
   gives) is exposed when its withheld counts add up to less than the threshold, as
   surveys do. So is a table any of whose withheld counts (small or not: Holmskolan's
   36 is Hela kommunen's 105 less the other schools') or whose withheld counts' small
   sum follows from such totals together, from a withheld total row less its rows, and
   from what the page says of each withheld count: under the threshold, or at least it
   (`model.report_reading`, `model.report_bounds`); a withheld count that follows is one
   more number a reader has. A total the report does not name as one ("Strandviks
   kommun" beside its schools) is found by adding up (`model.report_totals`). One more
   count is withheld there, of the smallest few that are not 0 the one that leaves the
   fewest tables exposed (in the table's block when the table's own total is not
   published, or the table has none left), tables with one withheld count first, until
   no table is exposed. Then each count withheld to protect another is shown again,
   the largest first, where no table is exposed without it: the fewest and smallest.
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

from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.report import Unprotected
from generator.model.report_known import known_counts
from generator.model.report_numbers import Cell, Key, Published, tables, totalled
from generator.model.report_reading import Reading, reading
from generator.model.report_totals import rows_across, summed_tables
from generator.model.suppression import is_whole, label, totals_others
from generator.problems import Location

Counted = tuple[str, int, Location]  # a subgroup as written: its name, count and place
Block = Sequence[tuple[str, Sequence[Counted]]]  # a block's groups as written
LOOK_AHEAD = 4  # candidates tried for each count withheld to protect another
# Trying candidates and showing counts again reads the whole report each time: up to
# this many counts (a report of 30 units of a few kinds each), and the smallest first.
FEWEST_UP_TO = 300


def protect(
    blocks: Sequence[tuple[str, Block]],
    threshold: int,
    texts: frozenset[int] = frozenset(),
    units: Sequence[str] = (),
    forced: Mapping[Key, str] | None = None,
) -> tuple[dict[Key, str], tuple[Unprotected, ...]]:
    """The withheld counts of a report's blocks (key -> PRIMARY | COMPLEMENT) and the
    tables it cannot protect; `units` says what each block counts (by default, one
    thing); `forced`: counts withheld besides (`model.report_crossing`), never shown again."""
    report = _Report(written_cells(blocks, units), threshold, texts)
    withheld = dict(forced or {})
    withheld |= {cell.key: PRIMARY for cell in report.cells if 0 < cell.value < threshold}
    by_block: dict[int, list[Cell]] = {}
    for cell in report.cells:
        by_block.setdefault(cell.key[0], []).append(cell)
    refused: list[Unprotected] = []
    done: set[int] = set()
    while True:  # each round withholds more counts or refuses tables, so this ends
        exposed, reader, known = report.exposed(withheld, done)
        if not exposed:
            few = len(report.cells) <= FEWEST_UP_TO
            kept = frozenset(forced or ())
            return (_fewest(report, withheld, done, kept) if few else withheld), tuple(refused)
        touched: set[Key] = set()  # one more count per table and round, or its block's
        hidden = {i: sum(c.key in withheld for c in report.every[i]) for i in exposed}
        for index in sorted(exposed, key=lambda i: (hidden[i], i)):  # one withheld first
            table = report.every[index]
            if touched & {c.key for c in table}:
                continue
            block = by_block[table[0].key[0]]
            where, candidates = _further(table, block, withheld, reader.published, texts)
            touched |= {c.key for c in where}
            if candidates:  # with its copies: a reader would read them
                also = report.least_exposing(candidates, withheld, known, done)
                withheld |= also
                touched |= set(also)  # their tables are judged again next round
                continue
            done.add(index)
            refusal = _refusal(table, withheld, blocks)
            refused += [] if any(r.location == refusal.location for r in refused) else [refusal]


class _Report:
    """A report's counts and tables, as the protection judges them."""

    def __init__(self, cells: list[Cell], threshold: int, texts: frozenset[int]) -> None:
        self.cells, self.threshold, self.texts = cells, threshold, texts
        summed = summed_tables(cells)
        every = [*tables(cells), *(parts for _, parts in summed), *rows_across(cells)]
        self.every = list({tuple(c.key for c in table): table for table in every}.values())
        self.totals = [*totalled(cells), *summed]  # (a total, the counts it adds up)
        self.owner = {tuple(c.key for c in parts): total for total, parts in self.totals}

    def exposed(
        self, withheld: Mapping[Key, str], done: set[int]
    ) -> tuple[list[int], Reading, dict[Key, tuple[Cell, ...]]]:
        """The tables (but those `done`) that a reader works a withheld count out of."""
        known, same = known_counts(self.cells, withheld)
        reader = reading(
            self.every, self.cells, withheld, texts=self.texts, threshold=self.threshold,
            known=known, same=same, totals=self.totals,
        )  # fmt: skip
        found = [
            i
            for i, table in enumerate(self.every)
            if i not in done
            and _exposed(table, self.owner.get(tuple(c.key for c in table)), withheld, reader,
                         self.threshold)
        ]  # fmt: skip
        return found, reader, known

    def least_exposing(
        self, candidates: list[Cell], withheld: dict[Key, str],
        known: Mapping[Key, tuple[Cell, ...]], done: set[int],
    ) -> dict[Key, str]:  # fmt: skip
        """Of the first few candidates (the smallest first), the one that leaves the fewest
        tables exposed, with its copies: a 7 rather than a 5 whose school's total happens
        to stand in the text."""
        best: tuple[int, dict[Key, str]] | None = None
        tried = candidates[: LOOK_AHEAD if len(self.cells) <= FEWEST_UP_TO else 1]
        if len(tried) == 1:
            return {c.key: COMPLEMENT for c in (tried[0], *known[tried[0].key])}
        for candidate in tried:
            also = {c.key: COMPLEMENT for c in (candidate, *known[candidate.key])}
            left = len(self.exposed(withheld | also, done)[0])
            best = best if best is not None and best[0] <= left else (left, also)
            if not left:
                break
        assert best is not None
        return best[1]


def _fewest(
    report: _Report, withheld: dict[Key, str], done: set[int], forced: frozenset[Key]
) -> dict[Key, str]:
    """The counts withheld to protect others, less each that no table needs: each is
    shown again, the largest first, where no table is then exposed (one withheld count
    can protect what two were withheld for). A `forced` count (another report needs it
    withheld) stays."""
    value = {c.key: c.value for c in report.cells}
    candidates = (k for k, why in withheld.items() if why == COMPLEMENT and k not in forced)
    for key in sorted(candidates,
                      key=lambda k: (-value[k], k)):  # fmt: skip
        fewer = {k: why for k, why in withheld.items() if k != key}
        if not report.exposed(fewer, done)[0]:
            withheld = fewer
    return withheld


def written_cells(blocks: Sequence[tuple[str, Block]], units: Sequence[str] = ()) -> list[Cell]:
    """Every count of a report's blocks, as the protection reads it."""
    return [
        Cell(
            (b, g, c), n, label(group), label(name), is_whole(name), where, _at(units, b),
            column=totals_others(group, (other for other, _ in groups)),
        )
        for b, (_title, groups) in enumerate(blocks)
        for g, (group, counted) in enumerate(groups)
        for c, (name, n, where) in enumerate(counted)
    ]  # fmt: skip


def _at(units: Sequence[str], block: int) -> str:
    return label(units[block]) if units else ""


def _exposed(
    table: list[Cell],
    owner: Cell | None,
    withheld: Mapping[Key, str],
    reader: Reading,
    threshold: int,
) -> bool:
    """Whether a small withheld count of the table follows from what a reader knows, or
    the withheld counts that do not follow add up to less than the threshold (1 + 1) and
    their sum follows: the table's real total is published, or other sums give it (a
    block's total less its other group's)."""
    hidden = [c for c in table if c.key in withheld]
    if any(c.key in reader.pinned for c in [*hidden, *([owner] if owner else [])]):
        return True
    rest = {c.key: c.value for c in hidden if c.key not in reader.pinned}
    if not 0 < sum(rest.values()) < threshold:
        return False
    total = sum(c.value for c in table)
    return total in reader.published or reader.sum_follows(set(rest))


def _further(
    table: list[Cell],
    block: list[Cell],
    withheld: Mapping[Key, str],
    published: Published,
    texts: frozenset[int],
) -> tuple[list[Cell], list[Cell]]:
    """Where to withhold one more count for an exposed table, and which: in the table
    when its own total is published, else (its small count follows from its block's) or
    when it has none left, in its block (all its counts)."""
    if sum(c.value for c in table) in published:
        found = _candidates(table, withheld, texts)
        if found:
            return table, found
    return block, _candidates(block, withheld, texts)


def _candidates(
    table: list[Cell], withheld: Mapping[Key, str], texts: frozenset[int]
) -> list[Cell]:
    """The released counts other than 0 and a total row, the smallest first; those whose
    number the text gives ("Holmskolan anmälde 41") last: withheld, a reader would
    still read it there."""
    wholes = all(c.whole for c in table)  # a row of the groups' total rows
    free = [c for c in table if c.key not in withheld and c.value and (wholes or not c.whole)]
    return sorted(free, key=lambda c: (c.value in texts, c.value, c.key))


def _refusal(
    table: list[Cell], withheld: Mapping[Key, str], blocks: Sequence[tuple[str, Block]]
) -> Unprotected:
    hidden = sorted((withheld[c.key] != PRIMARY, c.key) for c in table if c.key in withheld)
    first = next(c for c in table if c.key == hidden[0][1])  # a small count first
    title, groups = blocks[first.key[0]]
    if len({c.key[:2] for c in table}) == 1:
        return Unprotected(first.location, groups[first.key[1]][0], title)
    across = len({c.row for c in table}) == 1  # a row that a column of totals adds up
    row = groups[first.key[1]][1][first.key[2]][0] if across else ""
    return Unprotected(first.location, "", title, row)
