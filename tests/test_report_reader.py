"""An independent reader of a protected report, against `model.report_protection`: for
many random reports with total rows, columns of totals, tables written twice and totals
that only a subtraction gives, a reader who does everything a reader can works out no
count under the threshold and no withheld sum under it."""

from __future__ import annotations

import random
from collections.abc import Callable

from span_audit import spanned

from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.report_numbers import text_numbers
from generator.model.report_protection import protect
from generator.problems import Location

Key = tuple[int, int, int]
HERE = Location("r.yml", 1, 1)
TOTAL = "Totalt"


Blocks = list[list[tuple[str, list[tuple[str, int]]]]]  # groups of (row, count)


def random_report(rng: random.Random) -> tuple[Blocks, set[int]]:
    """Blocks of groups of (row, count): one block, a copy of it with some counts
    changed or word for word, a block of some of their totals, total rows and a column
    of totals here and there; and numbers in the text, two of them a subtraction."""
    rows = [f"R{r}" for r in range(rng.randint(1, 3))]
    first = [
        (f"G{g}", [(r, rng.choice([0, 2, 3, 5, 6, 8, rng.randint(5, 20)])) for r in rows])
        for g in range(rng.randint(1, 3))
    ]
    if rng.random() < 0.4 and len(first) > 1:  # a column of totals
        first.append((TOTAL, [(r, sum(dict(c)[r] for _, c in first)) for r in rows]))
    if rng.random() < 0.4:  # a total row in a group
        name, cells = first[0]
        first[0] = (name, [*cells, (TOTAL, sum(v for _, v in cells))])
    second = [(g, [(r, rng.choice([v, v, v, 2, 7])) for r, v in c]) for g, c in first]
    blocks = [first, first if rng.random() < 0.3 else second]
    sums = [sum(v for r, v in c if r != TOTAL) for b in blocks for g, c in b if g != TOTAL]
    picked = rng.sample(sums, min(2, len(sums)))
    blocks.append([("Alla", [(f"S{i}", s + rng.choice([0, 0, 1])) for i, s in enumerate(picked)])])
    texts: set[int] = set()
    if rng.random() < 0.5:  # "120, varav 98": the reader has 22
        base = rng.randint(30, 60)
        texts = {base, base - rng.choice(sums)}
    return blocks, texts


def reader(
    blocks: Blocks, texts: set[int], withheld: dict[Key, str]
) -> tuple[set[Key], list[frozenset[Key]], Callable[[Key], int]]:
    """What a reader works out (exact elimination), and the tables whose withheld counts'
    sum the reader has (their total is shown, or other sums give it), as those counts."""
    cells = {
        (b, g, r): (name, row, v)
        for b, groups in enumerate(blocks)
        for g, (name, row_cells) in enumerate(groups)
        for r, (row, v) in enumerate(row_cells)
    }
    value = {k: v for k, (_, _, v) in cells.items()}
    shown = {k: v for k, v in value.items() if k not in withheld}
    column = {k for k, (g, _, _) in cells.items() if g == TOTAL and len(blocks[k[0]]) > 1}
    whole = {k for k, (_, r, _) in cells.items() if r == TOTAL}
    tables: list[tuple[set[Key], Key | None]] = []  # (parts, the cell that is their total)
    for b, groups in enumerate(blocks):
        for g in range(len(groups)):
            parts = {k for k in cells if k[:2] == (b, g) and k not in whole}
            total = next((k for k in cells if k[:2] == (b, g) and k in whole), None)
            tables.append((parts, total))
        tables.append(({k for k in cells if k[0] == b and not {k} & (whole | column)}, None))
        for k in (k for k in column if k[0] == b and k not in whole):
            row = cells[k][1]
            parts = {o for o in cells if o[0] == b and cells[o][1] == row and o not in column}
            tables.append((parts, k))
    numbers = set(texts) | set(shown.values())
    for parts, total in tables:
        released = [shown[k] for k in parts if k in shown]
        numbers.add(sum(released))
        if total is not None and total in shown:
            numbers |= {shown[total] - sum(released), *(shown[total] - v for v in released)}
    for b, groups in enumerate(blocks):  # the sums earlier pages showed: total rows in
        for g in range(len(groups)):
            numbers.add(sum(v for k, v in shown.items() if k[:2] == (b, g)))
        numbers.add(sum(v for k, v in shown.items() if k[0] == b))
    for b, groups in enumerate(blocks):  # the page's: a group's total row, else its rows,
        figures = []  # and in a block without a column of totals, their sum
        for g in range(len(groups)):
            mine = [k for k in shown if k[:2] == (b, g)]
            totals = [shown[k] for k in mine if k in whole]
            figures += [totals[0] if totals else sum(shown[k] for k in mine if k not in whole)]
        numbers |= set(figures)
        if not any(k in column for k in shown if k[0] == b):
            numbers.add(sum(figures))

    def seen(k: Key) -> object:
        return withheld.get(k, value[k])

    def compatible(one: object, other: object) -> bool:
        pair = {one, other}
        return len(pair) == 1 or (COMPLEMENT in pair and any(type(v) is int and v for v in pair))

    def same(one: Key, other: Key) -> bool:  # a reader may take them for one count
        labels = {cells[one][:2]} == {cells[other][:2]} or set(cells[one][:2]) == set(
            cells[other][:2]
        )
        apart = any(
            not compatible(seen(a), seen(c)) for a in cells for c in cells
            if (a[0], c[0]) == (one[0], other[0]) and set(cells[a][:2]) == set(cells[c][:2])
        )  # fmt: skip
        return one != other and labels and value[one] == value[other] and not apart

    merged = {k: min(o for o in withheld if same(k, o) or o == k) for k in withheld}
    copies = [frozenset({merged[k]}) for k in withheld if any(same(k, o) for o in shown)]
    while True:
        known = [(parts, hidden) for parts, _ in tables
                 if (real := sum(value[k] for k in parts)) >= 5 and real in numbers
                 for hidden in [frozenset(merged[k] for k in parts if k in withheld)]]  # fmt: skip
        found = spanned([h for _, h in known if h] + copies)
        more = {value[k] for k in withheld if merged[k] in found} - numbers
        if not more:
            break
        numbers |= more
    pinned = {k for k in withheld if merged[k] in found}
    facts = [h for _, h in known if h] + copies
    mark = (-1, -1, -1)  # a table's withheld sum follows when this would, added to it

    def follows(parts: set[Key]) -> bool:
        hidden = frozenset(merged[k] for k in parts if k in withheld)
        return bool(hidden) and mark in spanned([*facts, hidden | {mark}])

    sums = [frozenset(p & set(withheld)) for p, _ in tables if follows(p)]
    return pinned, sums, value.__getitem__


def test_a_reader_works_out_no_small_count_of_a_protected_report() -> None:
    rng = random.Random(20261207)
    checked = 0
    for _ in range(400):
        blocks, texts = random_report(rng)
        written = [(f"B{b}", [(g, [(r, v, HERE) for r, v in c]) for g, c in groups])
                   for b, groups in enumerate(blocks)]  # fmt: skip
        sentence = " och ".join(str(n) for n in sorted(texts))  # "38 och 58"
        withheld, unprotected = protect(written, 5, text_numbers([f"Av {sentence} elever."]))
        if unprotected:
            continue
        checked += 1
        pinned, hidden_sums, value = reader(blocks, texts, withheld)
        assert not {k for k in pinned if withheld[k] == PRIMARY}, (blocks, texts, withheld)
        for hidden in hidden_sums:
            rest = sum(value(k) for k in hidden - pinned)
            assert not 0 < rest < 5, (blocks, texts, withheld, hidden)
    assert checked > 300


def test_the_cases_the_reader_found() -> None:
    """A block's rows without its total rows add up to another block's total (56); and a
    withheld 6 whose copy is withheld too, which a reader takes for one count."""
    found: list[tuple[Blocks, set[int]]] = [
        ([[("G0", [("R0", 18), ("R1", 5), (TOTAL, 23)]), ("G1", [("R0", 6), ("R1", 19)]),
           ("G2", [("R0", 6), ("R1", 2)])],
          [("G0", [("R0", 18), ("R1", 7), (TOTAL, 23)]), ("G1", [("R0", 6), ("R1", 19)]),
           ("G2", [("R0", 6), ("R1", 2)])],
          [("Alla", [("S0", 25), ("S1", 24)])]], set()),
        ([[("G0", [("R0", 6), ("R1", 6), ("R2", 6)]), ("G1", [("R0", 2), ("R1", 5), ("R2", 8)]),
           (TOTAL, [("R0", 8), ("R1", 11), ("R2", 14)])],
          [("G0", [("R0", 7), ("R1", 6), ("R2", 6)]), ("G1", [("R0", 2), ("R1", 7), ("R2", 8)]),
           (TOTAL, [("R0", 8), ("R1", 11), ("R2", 14)])],
          [("Alla", [("S0", 18), ("S1", 15)])]], set()),
    ]  # fmt: skip
    for blocks, texts in found:
        written = [(f"B{b}", [(g, [(r, v, HERE) for r, v in c]) for g, c in groups])
                   for b, groups in enumerate(blocks)]  # fmt: skip
        withheld, unprotected = protect(written, 5, frozenset(texts))
        assert unprotected == ()
        pinned, hidden_sums, value = reader(blocks, texts, withheld)
        assert not {k for k in pinned if withheld[k] == PRIMARY}
        assert not any(0 < sum(value(k) for k in h - pinned) < 5 for h in hidden_sums)
