"""No report page shows a share over 100 %: a total smaller than what it totals is error
TP074 and never published, and if one came through anyway its shares would not be shown
("–") rather than wrong; the counts stay as they are."""

from __future__ import annotations

import random
import re

from test_report_totals import rows

from generator.model.report_consistency import inconsistent_totals
from generator.model.report_counts import release_counts
from generator.problems import Location
from generator.render.reports.counts import render_counts

HERE = Location("rapport.yml", 1, 1)
PERCENT = re.compile(r"(\d+(?:,\d+)?) %")


def page(groups: list[tuple[str, list[tuple[str, int]]]]) -> str:
    written = [(name, [(row, n, HERE) for row, n in cells]) for name, cells in groups]
    return render_counts(release_counts("Elever", "elever", written, 5), 1)


def test_a_total_row_smaller_than_a_row_shows_no_share_of_it() -> None:
    """ "Åk 7 totalt 29" beside "Åk 8 30" (TP074) gave "Åk 8 30 103 %"."""
    shown = rows(page([("Elever", [("Åk 7 totalt", 29), ("Åk 8", 30)])]))
    assert ["Åk 8", "30", "–"] in shown
    assert ["Åk 7 totalt", "29", "100 %"] in shown
    assert "103 %" not in str(shown)


def test_a_column_of_totals_smaller_than_the_groups_shows_no_share_of_it() -> None:
    groups = [("Flickor", [("Åk 7", 20)]), ("Pojkar", [("Åk 7", 25)]), ("Samtliga", [("Åk 7", 22)])]
    shown = rows(page(groups))
    assert ["Flickor", "20", "–"] in shown and ["Pojkar", "25", "–"] in shown
    assert not [p for p in PERCENT.findall(str(shown)) if float(p.replace(",", ".")) > 100]


def test_no_page_of_random_totals_shows_a_share_over_100() -> None:
    """Totals of any size, right or wrong, in rows and columns, with small counts withheld:
    every share a table or a chart's text shows is at most 100 %, and the counts are all
    there."""
    rng = random.Random(74)
    names = ["Totalt", "Samtliga", "Åk 7 totalt", "Alla elever"]
    for _ in range(300):
        rows_ = [f"R{r}" for r in range(rng.randint(1, 3))]
        groups = [
            (f"G{g}", [(r, rng.choice([0, 3, 6, rng.randint(5, 40)])) for r in rows_])
            for g in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.5:
            name, cells = groups[0]
            groups[0] = (name, [*cells, (rng.choice(names), rng.randint(0, 60))])
        if rng.random() < 0.5:
            groups.append((rng.choice(names), [(r, rng.randint(0, 80)) for r in rows_]))
        text = page(groups)
        over = [p for p in PERCENT.findall(text) if float(p.replace(",", ".")) > 100]
        assert not over, (groups, over)
        shown = {cell for row in rows(text) for cell in row}
        assert {str(n) for _, cells in groups for _, n in cells if n >= 5} <= shown


def test_a_block_whose_totals_hold_keeps_every_share() -> None:
    """Where TP074 finds nothing, no share of a released count is left out: the guard
    changes nothing a consistent report shows."""
    rng = random.Random(7)
    checked = 0
    for _ in range(400):
        rows_ = [f"R{r}" for r in range(rng.randint(1, 3))]
        groups = [
            (f"G{g}", [(r, rng.choice([0, 3, rng.randint(5, 30)]), HERE) for r in rows_])
            for g in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.5:  # a total row, right or too small
            name, cells = groups[0]
            total = sum(n for _, n, _ in cells) + rng.choice([-4, 0, 0, 3])
            groups[0] = (name, [*cells, ("Totalt", max(total, 0), HERE)])
        if rng.random() < 0.5 and len(groups) > 1:  # a column of totals, right or too small
            sums = [sum(n for _, c in groups for q, n, _ in c if q == r) for r in rows_]
            groups.append(
                (
                    "Alla",
                    [
                        (r, s + rng.choice([-2, 0, 1]), HERE)
                        for r, s in zip(rows_, sums, strict=True)
                    ],
                )
            )
        if inconsistent_totals([("Elever", groups)]):
            continue
        checked += 1
        block = release_counts("Elever", "elever", groups, 5)
        cells = [c for g in block.groups for c in g.cells if c.count is not None]
        assert all(c.share is not None for c in cells if not c.whole), groups
        if block.column is not None:
            assert all(g.share is not None for g in block.groups), groups
    assert checked > 150
