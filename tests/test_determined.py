"""Which withheld counts follow from the sums a report publishes (`model.determined`),
against a brute-force oracle, on many random sets of facts that nest or are apart (the
facts `model.report_protection` gives it: a table's withheld counts inside its block's,
and single counts)."""

from __future__ import annotations

import itertools
import random

from span_audit import spanned

from generator.model.determined import determined


def oracle(facts: list[frozenset[str]]) -> set[str]:
    """Every count from 0 to 2 tried: a count follows when no two tries with the same
    sums differ in it. (For facts that nest or are apart, a count that does not follow
    has a twin that moves it by one against another, so 0–2 is enough.)"""
    names = sorted({name for fact in facts for name in fact})
    seen: dict[tuple[int, ...], tuple[int, ...]] = {}
    free: set[str] = set()
    for values in itertools.product(range(3), repeat=len(names)):
        given = dict(zip(names, values, strict=True))
        sums = tuple(sum(given[name] for name in fact) for fact in facts)
        first = seen.setdefault(sums, values)
        free |= {n for n, a, b in zip(names, first, values, strict=True) if a != b}
    return set(names) - free


def nested(rng: random.Random, size: int) -> list[frozenset[str]]:
    """Random facts over `size` counts that nest or are apart: intervals of a shuffled
    row (any such family is one), with repeats, single counts and empty ones."""
    names = [f"c{i}" for i in range(size)]
    rng.shuffle(names)
    facts: list[frozenset[str]] = []
    spans: list[tuple[int, int]] = []
    for _ in range(rng.randint(1, 2 * size)):
        start = rng.randrange(size + 1)
        end = rng.randint(start, size)
        if all(end <= a or b <= start or a <= start <= end <= b or start <= a <= b <= end
               for a, b in spans):  # fmt: skip
            spans.append((start, end))
            facts.append(frozenset(names[start:end]))
    rng.shuffle(facts)
    return facts


def test_the_rule_on_each_facts_own_cells_gives_the_oracles_answers() -> None:
    rng = random.Random(20261206)
    for _ in range(2000):
        facts = nested(rng, rng.randint(1, 6))
        expected = oracle([f for f in facts if f])
        assert determined(facts) == expected, facts


def test_the_rule_on_each_facts_own_cells_gives_the_rational_spans_answers() -> None:
    rng = random.Random(71)
    for _ in range(5000):
        facts = nested(rng, rng.randint(1, 14))
        assert determined(facts) == spanned([f for f in facts if f]), facts


def test_facts_that_cross_are_answered_as_the_rational_span_does() -> None:
    """Any facts at all (a row of a table with a column of totals crosses its groups):
    the rule answers as the rational span does."""
    rng = random.Random(5)
    crossing = 0
    for _ in range(3000):
        names = [f"c{i}" for i in range(rng.randint(1, 8))]
        facts = [frozenset(rng.sample(names, rng.randint(1, len(names)))) for _ in range(4)]
        found = determined(facts)
        assert found == spanned(facts), facts
        crossing += any(a & b and not (a <= b or b <= a) for a in facts for b in facts)
    assert crossing > 1000
