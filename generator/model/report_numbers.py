"""What a report publishes, as numbers a reader can add up: its counts, their sums and
the numbers in its text (`model.report_protection` asks whether a table's real total
is among them)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.problems import Location

Key = tuple[int, int, int]  # (block, group, subgroup)
LIMIT = 1 << 22  # all sums of counts are tried up to this; beyond, those of one or two
NUMBER = re.compile(r"(?<![\d,.])\d+(?![\d,.]\d)")
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
    names: frozenset[str]  # the group's and the subgroup's label, as compared
    whole: bool  # a total row of its table ("Totalt", "Alla årskurser")
    location: Location


def text_numbers(texts: Iterable[str]) -> frozenset[int]:
    """The whole numbers a report's texts publish that may be counts (`NOT_A_COUNT`)."""
    counted = (NOT_A_COUNT.sub(" ", text) for text in texts)
    return frozenset(int(n) for text in counted for n in NUMBER.findall(text) if len(n) <= 9)


def tables(cells: list[Cell]) -> list[list[Cell]]:
    """Each group's subgroups, then each block's groups (all its counts) when it has
    more than one group."""
    found: dict[tuple[int, ...], list[Cell]] = {}
    for size in (2, 1):
        for cell in cells:
            found.setdefault(cell.key[:size], []).append(cell)
    unique = {tuple(c.key for c in table): table for table in found.values()}
    return list(unique.values())


@dataclass(frozen=True)
class Published:
    """Every number the report shows or adds up to, from the threshold up: the released
    counts and the sum of any of them in one group, the groups' sums and the sum of any
    of them in one block, and the numbers in its text. Sums are bits of an integer up to
    `LIMIT` (bit n: n is published); beyond it, sums of one or two counts are kept."""

    bits: int
    large: frozenset[int]
    threshold: int

    def __contains__(self, number: int) -> bool:
        if number < self.threshold:
            return False
        return bool(self.bits >> number & 1) or number in self.large


def published_numbers(
    cells: list[Cell], withheld: Mapping[Key, str], texts: frozenset[int], threshold: int
) -> Published:
    ceiling = min(LIMIT, max((sum(c.value for c in t) for t in tables(cells)), default=0))
    by_group: dict[tuple[int, ...], list[int]] = {}
    for cell in cells:
        if cell.key not in withheld:
            by_group.setdefault(cell.key[:2], []).append(cell.value)
    by_block: dict[int, list[int]] = {}
    for (block, _group), values in by_group.items():
        by_block.setdefault(block, []).append(sum(values))
    bits = sum(1 << n for n in texts if n <= ceiling)
    large = {n for n in texts if n > ceiling}
    mask = (1 << (ceiling + 1)) - 1
    for values in (*by_group.values(), *by_block.values()):
        reach = 0
        for value in values:
            reach |= ((reach << value) | (1 << value)) & mask if value <= ceiling else 0
        bits |= reach
        large |= {a + b for i, a in enumerate(values) for b in [0, *values[i + 1 :]]}
    return Published(bits, frozenset(n for n in large if n > ceiling), threshold)
