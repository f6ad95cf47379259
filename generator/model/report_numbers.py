"""What a report publishes, as numbers a reader can read, add up or subtract: its counts,
the sums it shows, rows whose names add up to a total, a total row or column less its
table's other rows ("Totalt 120", "Flickor 117": the rest are 3), and the numbers in its
text and their differences in one sentence ("120 elever, varav 98 i åk 8–9": 22)
(`model.report_protection` asks whether a table's real total is among them)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.problems import Location

Key = tuple[int, int, int]  # (block, group, subgroup)
NUMBER = re.compile(r"(?<![\d,.])\d+(?![\d,.]\d)")
WORD = re.compile(r"\d+|[^\W\d_]+")  # "7A" is 7 and A: classes 7A and 7B add up to 7
SENTENCE = re.compile(r"[!?;\n]|\.(?!\d)")
# Numbers in a text that count no one: dates and years, times, grades and classes, grade
# spans, weeks, percentages and phone numbers ("2026-03-18", "ht 2026", "kl. 8.15",
# "åk 7–9", "4B", "F–6", "vecka 16", "45 %", "08-123 45 67"). Read as counts they would
# withhold a table's other counts where its total only happens to equal one.
NOT_A_COUNT = re.compile(
    r"\d{4}-\d\d-\d\d|\b(?:19|20)\d\d\b|\b\d{1,2}[.:]\d\d\b"
    r"|\b(?:åk|årskurs(?:erna)?|klass(?:erna)?|år)\s*\d+(?:\s*[–-]\s*\d+)?"
    r"|\b\d+[A-ZÅÄÖ]\b|\bF\s*[–-]\s*\d+\b|\d+(?:[,.]\d+)?\s*%"
    r"|\b(?:vecka|veckorna|v\.?)\s*\d+(?:\s*(?:[–-]|och)\s*\d+)?"
    r"|\b0\d{1,3}[- ]\d[\d ]{4,}\d",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cell:
    key: Key
    value: int
    group: str  # the group's label, as compared
    row: str  # the subgroup's label, as compared
    whole: bool  # a total row of its group ("Totalt", "Alla årskurser")
    location: Location
    unit: str = ""  # what its block counts ("elever", "lappar")
    column: bool = False  # in a group that totals the block's others ("Totalt", "Alla")

    @property
    def names(self) -> frozenset[str]:
        """Its two labels in either order ("Åk 7 / Kön" is "Kön / Åk 7")."""
        return frozenset((self.group, self.row))


def figure(shown: Iterable[tuple[bool, int]]) -> int:
    """A table's number as the page shows it, from its released rows (whether a total
    row, count): its first total row, else the sum of its other rows. A total row is
    never added in with the rows it is the total of."""
    rows = list(shown)
    totals = [count for whole, count in rows if whole]
    return totals[0] if totals else sum(count for whole, count in rows if not whole)


def text_numbers(texts: Iterable[str]) -> frozenset[int]:
    """The whole numbers a report's texts publish that may be counts (`NOT_A_COUNT`), and
    the differences of two in one sentence: a reader subtracts "120, varav 98"."""
    found: set[int] = set()
    for text in texts:
        for sentence in SENTENCE.split(NOT_A_COUNT.sub(" ", text)):
            numbers = {int(n) for n in NUMBER.findall(sentence) if len(n) <= 9}
            found |= numbers | {a - b for a in numbers for b in numbers if a > b}
    return frozenset(found)


def tables(cells: list[Cell]) -> list[list[Cell]]:
    """The parts of each table, its total rows left out: each group's subgroups; each
    block's groups (all its counts) when it has more than one group, a column of totals
    left out; and each row across the groups a column of totals adds up ("Åk 8" of
    "Flickor" and "Pojkar", whose total is "Åk 8" of "Totalt")."""
    found: dict[tuple[object, ...], list[Cell]] = {}  # the smaller tables first
    for cell in (c for c in cells if not c.whole):
        found.setdefault(("group", *cell.key[:2]), []).append(cell)
    for total, parts in totalled(cells):
        if total.column:
            found.setdefault(("row", total.key, parts[0].whole), parts)
    for cell in (c for c in cells if not (c.whole or c.column)):
        found.setdefault(("block", cell.key[0]), []).append(cell)
    unique = {tuple(c.key for c in table): table for table in found.values()}
    return list(unique.values())


def totalled(cells: list[Cell]) -> list[tuple[Cell, list[Cell]]]:
    """Each total row or cell of a column of totals, and the counts it is the total of
    (indexed: a report of many blocks is read once, not once for each total)."""
    groups: dict[tuple[int, ...], list[Cell]] = defaultdict(list)
    rows: dict[tuple[int, str], list[Cell]] = defaultdict(list)
    for cell in cells:
        if not cell.whole:
            groups[cell.key[:2]].append(cell)
            if not cell.column:
                rows[(cell.key[0], cell.row)].append(cell)
    wholes: dict[tuple[int, str], list[Cell]] = defaultdict(list)
    for cell in cells:
        if cell.whole and not cell.column:
            wholes[(cell.key[0], cell.row)].append(cell)
    found: list[tuple[Cell, list[Cell]]] = []
    for total in (c for c in cells if c.whole or c.column):
        parts = groups[total.key[:2]] if total.whole else rows[(total.key[0], total.row)]
        found += [(total, list(parts))] if parts else []
        across = wholes[(total.key[0], total.row)] if total.whole and total.column else []
        found += [(total, across)] if across else []  # the groups' total rows add up to it
    return found


@dataclass(frozen=True)
class Published:
    """Every number the report shows, from the threshold up: the released counts, each
    group's and each block's sum of them (each table's without its total rows, as the
    page adds them up; with them, as earlier pages did; each row across a column of
    totals), each group's figure and their sum in a block without a column of totals
    (`figure`: 33 + 25 of two rows "Totalt"), the
    sum of rows of one table whose names begin
    or end alike ("Åk 7 flickor" and "Åk 7 pojkar" add up to Åk 7; the groups of a block
    likewise), a total row or column less the table's shown rows, the numbers in its text
    and their differences in a sentence, and the withheld counts a reader works out
    (`model.report_protection` adds those). Any other sum of rows means nothing a reader
    could know a table's total by, and is not one."""

    numbers: frozenset[int]
    threshold: int
    said: frozenset[int] = frozenset()  # the numbers in its text, small ones too

    def __contains__(self, number: int) -> bool:
        """Whether a table whose real total is `number` has it published: a number from
        the threshold up, or one the text gives ("Vallmon anmälde 4")."""
        return (number >= self.threshold and number in self.numbers) or 0 < number in self.said


def published_numbers(
    cells: list[Cell], withheld: Mapping[Key, str], texts: frozenset[int], threshold: int
) -> Published:
    shown = [c for c in cells if c.key not in withheld]
    by_group: dict[tuple[int, int], list[tuple[str, int]]] = defaultdict(list)
    for cell in shown:
        by_group[(cell.key[0], cell.key[1])].append((cell.row, cell.value))
    names = {(c.key[0], c.key[1]): c.group for c in cells}
    by_block: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for key, rows in by_group.items():
        by_block[key[0]].append((names[key], sum(value for _, value in rows)))
    numbers = set(texts) | {c.value for c in shown}
    for rows in (*by_group.values(), *by_block.values()):
        numbers |= {sum(value for _, value in rows), *_named_alike(rows)}
    for table in tables(cells):  # as the page adds up, and without its total rows
        numbers.add(sum(c.value for c in table if c.key not in withheld))
    for total, parts in totalled(cells):
        if total.key not in withheld:
            numbers |= _less(total.value, [c.value for c in parts if c.key not in withheld])
    return Published(frozenset(numbers | _figures(shown)), threshold, texts)


def _figures(shown: list[Cell]) -> set[int]:
    """The groups' figures (`figure`) and, in a block without a column of totals, their
    sum: the page's table of a block's groups and its sum row."""
    groups: dict[tuple[int, int], list[Cell]] = defaultdict(list)
    for cell in shown:
        groups[cell.key[:2]].append(cell)
    figures = {key: figure((c.whole, c.value) for c in rows) for key, rows in groups.items()}
    columned = {c.key[0] for c in shown if c.column}
    sums: dict[int, int] = defaultdict(int)
    for key, n in figures.items():
        sums[key[0]] += n
    return set(figures.values()) | {n for block, n in sums.items() if block not in columned}


def _less(total: int, parts: list[int]) -> set[int]:
    """What a total less its table's shown rows gives a reader: the rest, and the total
    less each row ("Totalt 120" less "Flickor 117": 3 who are not girls)."""
    return {total - sum(parts), *(total - part for part in parts)}


def _named_alike(rows: list[tuple[str, int]]) -> set[int]:
    """The sums of rows whose names begin or end with the same words, two rows or more
    ("Åk 7 flickor" and "Åk 7 pojkar"; "Flickor i åk 7" and "Pojkar i åk 7"; 7A and 7B)."""
    parts: dict[tuple[bool, tuple[str, ...]], list[int]] = defaultdict(list)
    for name, value in rows:
        words = tuple(WORD.findall(name))
        for cut in range(1, len(words)):
            parts[(True, words[:cut])].append(value)
            parts[(False, words[cut:])].append(value)
    return {sum(values) for values in parts.values() if len(values) > 1}
