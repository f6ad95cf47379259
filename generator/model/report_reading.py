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

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.model.determined import determined
from generator.model.disclosure import PRIMARY
from generator.model.report_bounds import Fact, ranges_of
from generator.model.report_bounds import pinned as bounded
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
    same: Mapping[Key, Key], totals: Sequence[tuple[Cell, list[Cell]]] = (),
) -> Reading:  # fmt: skip
    """What a reader has of the report with these counts withheld (`every`: its tables;
    `known` and `same`: `model.report_known.known_counts`)."""
    published = published_numbers(cells, withheld, texts, threshold)
    most = 2 * sum(c.value for c in cells) + threshold
    ranges = ranges_of({same[k]: why == PRIMARY for k, why in withheld.items()}, threshold, most)
    values = {same[c.key]: c.value for c in cells if c.key in withheld}
    while True:  # each round finds more counts, or ends
        valued = _facts(every, cells, withheld, published, known=known, same=same)
        facts = [frozenset(fact) for fact, _ in valued]
        valued += _withheld_totals(totals, withheld, same)
        found = determined(facts) | bounded(valued, ranges, values)
        pinned = frozenset(key for key in withheld if same[key] in found)
        more = {c.value for c in cells if c.key in pinned} - published.numbers
        if not more:
            return Reading(published, pinned, tuple(facts), same)
        published = Published(published.numbers | more, threshold, texts)


def _withheld_totals(
    totals: Sequence[tuple[Cell, list[Cell]]], withheld: Mapping[Key, str], same: Mapping[Key, Key]
) -> list[Fact[Key]]:
    """A withheld total less its withheld counts is its shown counts' sum, negated: with
    the ranges, "Färre än 3" twice beside a total "Färre än 3" are 1, 1 and 2."""
    found: list[Fact[Key]] = []
    for total, parts in totals:  # a "Totalt" that is not the sum tells a reader nothing
        if total.key in withheld and total.value == sum(c.value for c in parts):
            fact = Counter(same[c.key] for c in parts if c.key in withheld)
            fact[same[total.key]] -= 1
            found.append((fact, -sum(c.value for c in parts if c.key not in withheld)))
    return found


def _said(cell: Cell, published: Published) -> bool:
    """Whether a count withheld to protect another (from the threshold up) stands in the
    text as a number: "Holmskolan anmälde 41" gives a withheld 41 of Holmskolan away."""
    return cell.value >= published.threshold and cell.value in published.said


def _facts(
    tables: list[list[Cell]], cells: list[Cell], withheld: Mapping[Key, str], published: Published,
    *, known: Mapping[Key, tuple[Cell, ...]], same: Mapping[Key, Key],
) -> list[Fact[Key]]:  # fmt: skip
    """Each sum of withheld counts a reader has, with its value (the counts' own)."""
    found: list[Fact[Key]] = []
    for table in tables:
        if sum(c.value for c in table) in published:
            hidden = [c for c in table if c.key in withheld]
            found.append((Counter(same[c.key] for c in hidden), sum(c.value for c in hidden)))
    found += [
        (Counter({same[c.key]: 1}), c.value)
        for c in cells
        if c.key in withheld and (known[c.key] or _said(c, published))
    ]
    return found
