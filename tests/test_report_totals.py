"""A report's own totals (a row "Totalt", a group "Alla elever"): the page never adds them
in again, its shares are of them, and a withheld one shows in no share or sum."""

from __future__ import annotations

import random
import re
from pathlib import Path

import markdown
from golden_support import assert_golden
from test_report_protection import block, built, yaml
from test_report_reader import random_report

from generator.model.disclosure import COMPLEMENT
from generator.model.report_counts import release_counts
from generator.model.report_numbers import published_numbers
from generator.model.report_protection import protect, written_cells
from generator.problems import Location
from generator.render.opendata.report_tables import report_tables
from generator.render.reports.counts import render_counts
from generator.render.reports.page import render_report
from generator.site.tablecards import card_tables

HERE = Location("rapport.yml", 1, 1)
GOLDEN = Path(__file__).resolve().parent / "golden" / "reports" / "egna-summor.md"
GRADES = {
    "Åk 7": {"Flickor": 12, "Pojkar": 10, "Totalt": 33},
    "Åk 8": {"Flickor": 14, "Pojkar": 9, "Totalt": 25},
    "Alla elever": {"Flickor": 26, "Pojkar": 19, "Totalt": 58},
}


def rows(page: str) -> list[list[str]]:
    """Each table row of the page as the reader sees its cells."""
    html = markdown.markdown(page, extensions=["tables", "md_in_html", "attr_list"])
    found = re.findall(r"<tr>(.*?)</tr>", html, re.DOTALL)
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", r)]
            for r in found]  # fmt: skip


def test_a_total_row_and_a_column_of_totals_are_not_summed_again(tmp_path: Path) -> None:
    report = built(tmp_path, yaml(block("Elever som svarade", GRADES)))
    page = render_report(report)
    shown = rows(page)
    assert ["Åk 7", "33", "57 %"] in shown and ["Åk 8", "25", "43 %"] in shown
    assert ["Alla elever", "58", "100 %"] in shown  # the block's sum row is its own total
    assert ["Flickor", "12", "36 %"] in shown and ["Pojkar", "10", "30 %"] in shown
    assert ["Totalt", "33", "100 %"] in shown  # 12 of 33, not of 12 + 10 + 33
    assert not {"55", "48", "103", "206"} & {cell for row in shown for cell in row}
    assert "Summa av det som visas" not in page
    assert "Åk 7: Flickor 36 %, Pojkar 30 %." in page  # the chart has no bar "Totalt"
    assert "Alla grupper: Åk 7 57 %, Åk 8 43 %." in page
    assert "Har en tabell en egen summa (som Totalt) räknas andelarna på den" in page
    (table,) = report_tables(report)
    assert ("Elever som svarade", "Åk 7", "Flickor", 12, 36, "") in table.rows
    assert ("Elever som svarade", "Åk 7", "Totalt", 33, 100, "") in table.rows


def test_a_report_with_its_own_totals_is_rendered_as_its_golden_page(tmp_path: Path) -> None:
    small = {"Åk 6": {"Flickor": 12, "Pojkar": 10, "Vill inte säga": 2, "Totalt": 33}}
    text = yaml(block("Elever som svarade", GRADES), block("Lappar i åk 6", small, "lappar"))
    assert_golden(GOLDEN, render_report(built(tmp_path, text)))


def test_on_a_phone_the_reports_own_total_row_is_the_cards_title(tmp_path: Path) -> None:
    page = render_report(built(tmp_path, yaml(block("Elever som svarade", GRADES))))
    html = card_tables(markdown.markdown(page, extensions=["tables", "md_in_html", "attr_list"]))
    assert '<td><strong class="trygg-sum">Totalt</strong></td>' in html
    assert '<td><strong class="trygg-sum">Alla elever</strong></td>' in html
    assert 'data-label="Undergrupp">Totalt' not in html
    assert 'data-label="Grupp">Alla elever' not in html


def test_a_withheld_total_row_shows_in_no_share_or_sum() -> None:
    """Blocks that differ only in a withheld total row (1 or 4) publish the same model and
    page; the shares beside it are of the rows shown, as without it."""
    rng = random.Random(33)
    for _ in range(200):
        counts = [[rng.randint(5, 40) for _ in range(rng.randint(1, 4))] for _ in range(3)]
        pages = []
        for total in (1, 4):
            groups = [
                (f"G{g}", [*((f"R{r}", n, HERE) for r, n in enumerate(c)), ("Totalt", total, HERE)])
                for g, c in enumerate(counts)
            ]
            released = release_counts("Svar", "svar", groups, 5)
            pages.append((released, render_counts(released, 1)))
        assert pages[0] == pages[1]
        for group, written in zip(pages[0][0].groups, counts, strict=True):
            assert group.total is None and group.count == sum(written)
            assert sum(c.share or 0 for c in group.cells) == 100


def test_a_shown_sum_of_total_rows_is_a_total_the_protection_knows() -> None:
    """The page adds the groups' total rows (33 + 25 = 58) in the block's sum row; a table
    elsewhere whose real total is 58 then keeps its small count hidden."""
    grades = [(g, [(r, n, HERE) for r, n in cells.items()]) for g, cells in GRADES.items()]
    grades = grades[:2]  # no column of totals: the page sums the total rows
    other = [("Alla", [("S0", 55, HERE), ("S1", 3, HERE)])]
    withheld, unprotected = protect([("Elever", grades), ("Svar", other)], 5)
    assert unprotected == () and withheld[(1, 0, 0)] == COMPLEMENT
    released = release_counts("Elever", "elever", grades, 5)
    assert ["Totalt", "**58**", "**100 %**"] in [
        [re.sub(r"<[^>]+>", "", c) for c in row] for row in rows_md(render_counts(released, 1))
    ]


def rows_md(page: str) -> list[list[str]]:
    return [
        [c.strip() for c in line.strip("|").split("|")]
        for line in page.splitlines()
        if line.startswith("| ")
    ]


def test_every_number_the_page_shows_is_one_the_protection_knows() -> None:
    """For many random reports with total rows and columns of totals: each count and sum
    in the pages' tables is among the numbers the protection judged the report by, so no
    sum the page adds up is one it did not know of."""
    rng = random.Random(20261206)
    checked = 0
    for _ in range(300):
        blocks, texts = random_report(rng)
        written = [(f"B{b}", [(g, [(r, v, HERE) for r, v in c]) for g, c in groups])
                   for b, groups in enumerate(blocks)]  # fmt: skip
        withheld, unprotected = protect(written, 5, frozenset(texts))
        if unprotected:
            continue
        checked += 1
        known = published_numbers(written_cells(written), withheld, frozenset(texts), 5)
        for b, (title, groups) in enumerate(written):
            mine = {key[1:]: why for key, why in withheld.items() if key[0] == b}
            page = render_counts(release_counts(title, "elever", groups, 5, mine), b + 1)
            shown = {int(row[1].strip("*")) for row in rows_md(page) if row[1].strip("*").isdigit()}
            assert shown <= known.numbers, (blocks, withheld, shown - known.numbers)
    assert checked > 200


def test_the_open_data_gives_no_share_the_page_does_not_show(tmp_path: Path) -> None:
    """Before: with Pojkar's 3 withheld, the page showed "–" for Flickor (the group's whole
    number is not known) while its CSV said Flickor 100 %: "all of them were girls"."""
    grades = {
        "Åk 7": {"Flickor": 20, "Pojkar": 3, "Annan": 15, "Vill inte svara": 18},
        "Åk 8": {"Flickor": 14, "Pojkar": 9},
    }
    report = built(tmp_path, yaml(block("Anmälningar", grades)))
    shown = rows(render_report(report))
    (table,) = report_tables(report)
    assert ["Flickor", "20", "–"] in shown, shown
    assert ("Anmälningar", "Åk 7", "Flickor", 20, None, "") in table.rows
    assert ["Flickor", "14", "61 %"] in shown
    assert ("Anmälningar", "Åk 8", "Flickor", 14, 61, "") in table.rows
