"""What a reader works out from a report (`model.report_protection` asks it each round):
the numbers the report publishes, which withheld counts follow from them, and whether
the sum of some withheld counts follows.

A reader's facts are sums of withheld counts: a table's when its real total is a number
the reader has, and a count's own when it stands elsewhere (`model.report_known`).
Withheld counts a reader may take for one count (a table written twice) are one unknown
(`model.report_known.alike`). A withheld count that follows is one more number the
reader has, as if it were shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.model.determined import determined
from generator.model.report_numbers import Cell, Key, Published, published_numbers

MARK: Key = (-1, -1, -1)  # no count's key: stands for a sum asked about


@dataclass(frozen=True)
class Reading:
    published: Published
    pinned: frozenset[Key]  # the withheld counts that follow
    facts: tuple[frozenset[Key], ...]  # by stand-ins
    same: Mapping[Key, Key]  # each withheld count's stand-in

    def sum_follows(self, keys: set[Key]) -> bool:
        """Whether the sum of these withheld counts follows from the facts: it does
        exactly when a count added to them alone would follow from their sum."""
        wanted = frozenset(self.same[key] for key in keys)
        return bool(wanted) and MARK in determined([*self.facts, wanted | {MARK}])


def reading(
    every: list[list[Cell]], cells: list[Cell], withheld: Mapping[Key, str], *,
    texts: frozenset[int], threshold: int, known: Mapping[Key, tuple[Cell, ...]],
    same: Mapping[Key, Key],
) -> Reading:  # fmt: skip
    """What a reader has of the report with these counts withheld (`every`: its tables;
    `known` and `same`: `model.report_known.known_counts`)."""
    published = published_numbers(cells, withheld, texts, threshold)
    while True:  # each round finds more counts, or ends
        facts = _facts(every, cells, withheld, published, known=known, same=same)
        found = determined(facts)
        pinned = frozenset(key for key in withheld if same[key] in found)
        more = {c.value for c in cells if c.key in pinned} - published.numbers
        if not more:
            return Reading(published, pinned, tuple(facts), same)
        published = Published(published.numbers | more, threshold)


def _facts(
    tables: list[list[Cell]], cells: list[Cell], withheld: Mapping[Key, str], published: Published,
    *, known: Mapping[Key, tuple[Cell, ...]], same: Mapping[Key, Key],
) -> list[frozenset[Key]]:  # fmt: skip
    found = [
        frozenset(same[c.key] for c in table if c.key in withheld and not c.whole)
        for table in tables
        if sum(c.value for c in table if not c.whole) in published
    ]
    found += [frozenset({same[c.key]}) for c in cells if c.key in withheld and known[c.key]]
    return found
