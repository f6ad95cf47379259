"""A brute-force reader of protected reports, against `model.report_protection`: for many
random small tables (with and without a total row or column, named as Swedish names a
total or named like any unit, "Strandviks kommun"), and a group's total in the text, a
reader who knows every shown count, every total the table and text give, and what the
page says of each withheld count (fewer than the threshold, or withheld to protect
another: at least the threshold) tries every value of the withheld counts. No withheld
count may have only one value that fits."""

from __future__ import annotations

import random

from generator.model.disclosure import PRIMARY
from generator.model.report_numbers import text_numbers
from generator.model.report_protection import protect
from generator.problems import Location

Key = tuple[int, int, int]
HERE = Location("r.yml", 1, 1)
Table = list[tuple[str, list[tuple[str, int]]]]
Equation = tuple[dict[Key, int], int]  # coefficients of the counts, and their sum
COLUMNS = ("Hela kommunen", "Totalt", "Strandviks kommun", "Alla enheter", "Samtliga")
ROWS = ("Totalt", "Summa", "Skolan")


def random_table(rng: random.Random) -> tuple[Table, int, int | None]:
    """A table of 2–4 groups of the same 2–3 rows, perhaps a total row in each group and a
    column of totals; and a group whose total the text gives (None: none)."""
    rows = [f"Slag {chr(65 + r)}" for r in range(rng.randint(2, 3))]
    table: Table = [
        (f"Skola {g}", [(r, rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20])) for r in rows])
        for g in range(rng.randint(2, 4))
    ]
    if rng.random() < 0.3:
        name = rng.choice(ROWS)
        table = [(g, [*cells, (name, sum(n for _, n in cells))]) for g, cells in table]
    if rng.random() < 0.5:
        sums = [
            (row, sum(cells[r][1] for _, cells in table)) for r, (row, _) in enumerate(table[0][1])
        ]
        table.append((rng.choice(COLUMNS), sums))
    told = rng.randrange(len(table)) if rng.random() < 0.4 else None
    return table, rng.choice([3, 4, 5]), told


def said(cells: list[tuple[str, int]]) -> int:
    """A group's total as the text gives it: its rows but a total row."""
    return sum(n for name, n in cells if name not in ROWS)


def equations(table: Table, told: int | None, totals_row: bool, column: bool) -> list[Equation]:
    """What the reader knows the counts add up to, as written (totals unknown or known)."""
    found: list[Equation] = []
    parts = [g for g in range(len(table)) if not (column and g == len(table) - 1)]
    width = len(table[0][1]) - (1 if totals_row else 0)
    for g in range(len(table)):
        if totals_row:  # rows less their total row make 0
            found.append(({**{(0, g, r): 1 for r in range(width)}, (0, g, width): -1}, 0))
    for r in range(len(table[0][1]) if column else 0):
        found.append(({**{(0, g, r): 1 for g in parts}, (0, len(table) - 1, r): -1}, 0))
    if told is not None:
        found.append(({(0, told, r): 1 for r in range(width)}, said(table[told][1])))
    return found


Ranges = dict[Key, tuple[int, int]]  # each withheld count's least and greatest value


def narrowed(ranges: Ranges, eqs: list[Equation]) -> Ranges | None:
    """The ranges narrowed by each equation until nothing changes; None when one is empty
    (no values fit)."""
    ranges = dict(ranges)
    changed = True
    while changed:
        changed = False
        for coefficients, total in eqs:
            ends = {
                k: sorted((c * ranges[k][0], c * ranges[k][1])) for k, c in coefficients.items()
            }
            low = sum(e[0] for e in ends.values())
            high = sum(e[1] for e in ends.values())
            for k, c in coefficients.items():
                others_low, others_high = low - ends[k][0], high - ends[k][1]
                bounds = sorted(((total - others_high) / c, (total - others_low) / c))
                new = (
                    max(ranges[k][0], -int(-bounds[0] // 1)),
                    min(ranges[k][1], int(bounds[1] // 1)),
                )
                if new[0] > new[1]:
                    return None
                if new != ranges[k]:
                    ranges[k], changed = new, True
    return ranges


def feasible(ranges: Ranges, eqs: list[Equation]) -> bool:
    """Whether some whole values in the ranges make every equation hold: narrowed, then
    each value of the count with the fewest tried in turn."""
    found = narrowed(ranges, eqs)
    if found is None:
        return False
    open_ = [k for k, (low, high) in found.items() if low < high]
    if not open_:
        return True
    k = min(open_, key=lambda k: found[k][1] - found[k][0])
    return any(feasible({**found, k: (v, v)}, eqs) for v in range(found[k][0], found[k][1] + 1))


def single_valued(value: dict[Key, int], ranges: Ranges, eqs: list[Equation]) -> set[Key]:
    """The withheld counts that no value but their own fits: the shown counts are
    ranges of one value."""
    return {
        k
        for k, (low, high) in ranges.items()
        if low < high
        and not any(
            feasible({**ranges, k: (v, v)}, eqs)
            for v in sorted(range(low, high + 1), key=lambda v: abs(v - value[k]))
            if v != value[k]
        )
    }


def test_no_withheld_count_of_a_protected_table_has_one_value_that_fits() -> None:
    rng = random.Random(20261207)
    checked = 0
    for _ in range(600):
        table, threshold, told = random_table(rng)
        totals_row = table[0][1][-1][0] in ROWS
        column = table[-1][0] in COLUMNS
        written = [("Tabell", [(g, [(r, n, HERE) for r, n in cells]) for g, cells in table])]
        text = "" if told is None else f"{table[told][0]} hade {said(table[told][1])} fall."
        withheld, unprotected = protect(written, threshold, text_numbers([text]))
        if unprotected:
            continue
        checked += 1
        value = {
            (0, g, r): n for g, (_, cells) in enumerate(table) for r, (_, n) in enumerate(cells)
        }
        eqs = equations(table, told, totals_row, column)
        biggest = 2 * sum(value.values()) + threshold
        ranges = {
            k: (n, n) if k not in withheld
            else (1, threshold - 1) if withheld[k] == PRIMARY else (threshold, biggest)
            for k, n in value.items()
        }  # fmt: skip
        single = single_valued(value, ranges, eqs)
        assert not single, (table, threshold, told, sorted(withheld.items()), single)
    assert checked > 400


EXAMINED = [  # the examiner's table: Hela kommunen is the total of the schools
    ("Holmskolan", [("Elev mot elev", 36), ("Personal mot elev", 2), ("Trakasserier", 3)]),
    ("Kyrkskolan", [("Elev mot elev", 28), ("Personal mot elev", 6), ("Trakasserier", 9)]),
    ("Almdalens skola", [("Elev mot elev", 22), ("Personal mot elev", 1), ("Trakasserier", 7)]),
    ("Aspvallens skola", [("Elev mot elev", 19), ("Personal mot elev", 0), ("Trakasserier", 5)]),
    ("Förskolan Vallmon", [("Barn mot barn", 4)]),
    ("Hela kommunen", [("Elev mot elev", 105), ("Personal mot elev", 9), ("Trakasserier", 24)]),
]


def test_a_column_of_totals_gives_no_count_away_and_one_count_protects_where_one_does() -> None:
    """Hela kommunen 105 less the schools shown gave Holmskolan's hidden 36; and both 7
    and 5 were hidden where 7 alone protects Holmskolan's 3 (24 - 9 - 5 = 10 = 3 + 7)."""
    text = text_numbers(["Holmskolan anmälde 41 ärenden.", "Totalt var det 24 anmälningar."])
    for name in ("Hela kommunen", "Strandviks kommun"):
        table = [*EXAMINED[:-1], (name, EXAMINED[-1][1])]
        written = [("Tabell", [(g, [(r, n, HERE) for r, n in cells]) for g, cells in table])]
        withheld, unprotected = protect(written, 5, text)
        assert unprotected == ()
        hidden = {(table[g][0], table[g][1][r][0]) for _, g, r in withheld}
        assert len(hidden) == 6, hidden  # 4 small, 2 to protect them
        assert ("Aspvallens skola", "Trakasserier") not in hidden
        value = {(0, g, r): n for g, (_, c) in enumerate(table) for r, (_, n) in enumerate(c)}
        ranges = {
            k: (n, n) if k not in withheld else (1, 4) if withheld[k] == PRIMARY else (5, 300)
            for k, n in value.items()
        }  # fmt: skip
        eqs = equations(table[:4] + table[5:], None, False, True)  # Vallmon is no part of it
        known = [({k if k[1] < 4 else (0, 5, k[2]): c for k, c in e.items()}, t) for e, t in eqs]
        known.append(({(0, 0, r): 1 for r in range(3)}, 41))
        assert not single_valued(value, ranges, known)


def test_a_row_sum_in_the_text_is_a_total_though_the_table_has_no_column() -> None:
    """ "Varav 23 gällde flickor": 23 less Kyrkskolan's 20 flickor gives Holmskolan's 3,
    and whatever else is withheld, Kyrkskolan's sum 43 gives its 20 back; refused."""
    table = [
        ("Holmskolan", [("Flickor", 3), ("Pojkar", 12), ("Summa", 15)]),
        ("Kyrkskolan", [("Flickor", 20), ("Pojkar", 23), ("Summa", 43)]),
    ]
    written = [("Tabell", [(g, [(r, n, HERE) for r, n in cells]) for g, cells in table])]
    told = text_numbers(["Totalt anmäldes 58 ärenden, varav 23 gällde flickor."])
    assert protect(written, 5, told)[1] != ()
    assert protect(written, 5, text_numbers(["Totalt anmäldes 58 ärenden."]))[1] == ()
