"""Small counts across a report's tables: a withheld count must not follow from a total
that the report publishes somewhere else (another table, a group's sum, a "Totalt" row,
the text), on the page, in its charts and in its open data."""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from pathlib import Path

import pytest
from span_audit import spanned

from generator.check.run import check_content
from generator.load.reader import Reader
from generator.load.reports import read_reports
from generator.model.build_report import report as build_report
from generator.model.determined import determined
from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.report import UnitReport
from generator.model.report_numbers import Key
from generator.model.report_protection import protect
from generator.problems import Location, Severity
from generator.render.opendata.report_tables import report_tables
from generator.render.reports.page import render_report
from generator.render.site import site_for

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 25)
HEAD = """\
titel: Trygghetsenkäten per årskurs
datum: 2026-05-20
författare: Enheten för kvalitet och trygghet
sammanfattning: {summary}
avsnitt:
"""


def block(title: str, groups: dict[str, dict[str, int]], unit: str = "elever") -> str:
    lines = [f"      - typ: kategorier\n        rubrik: {title}\n        enhet: {unit}\n"]
    lines.append("        grupper:\n")
    for group, cells in groups.items():
        lines.append(f"          - namn: {group}\n            undergrupper:\n")
        lines += [f"              - {{namn: {n}, antal: {v}}}\n" for n, v in cells.items()]
    return "".join(lines)


def yaml(*blocks: str, summary: str = "Hur trygga eleverna är.") -> str:
    return HEAD.format(summary=summary) + "  - rubrik: Resultat\n    data:\n" + "".join(blocks)


def built(tmp_path: Path, text: str) -> UnitReport:
    folder = tmp_path / "content" / "rapporter"
    folder.mkdir(parents=True)
    (folder / "enkat.yml").write_text(text, encoding="utf-8")
    reader = Reader(tmp_path, tmp_path / "content")
    (source,) = read_reports(folder, reader)
    assert reader.problems == []
    return build_report(source, 5)


def counts(report: UnitReport) -> dict[tuple[str, str], int | None]:
    """Every subgroup's published count, by (group, subgroup)."""
    return {
        (group.label, cell.label): cell.count
        for b in report.blocks
        if b.counts is not None
        for group in b.counts.groups
        for cell in group.cells
    }


ALL_GRADES = block("Alla årskurser", {"Elever": {"Åk 7": 22, "Åk 8": 15}})
GRADE_7 = block("Åk 7 per diskrimineringsgrund", {"Åk 7": {"Kön": 20, "Funktionsnedsättning": 2}})


def test_the_total_in_another_table_withholds_one_more_count(tmp_path: Path) -> None:
    """The reviewer's case: Åk 7 = 22 in one table, 20 + a withheld 2 in the next."""
    report = built(tmp_path, yaml(ALL_GRADES, GRADE_7))
    shown = counts(report)
    assert shown[("Elever", "Åk 7")] == 22
    assert shown[("Åk 7", "Kön")] is None and shown[("Åk 7", "Funktionsnedsättning")] is None
    page = render_report(report)
    assert "| Kön | <span" in page and "| 20 |" not in page
    # which of the two is the small one is not told: Åk 7's 22 would then give both
    assert "Antalet visas inte för 2 undergrupper: färre än 5 elever, eller döljs" in page
    assert page.count("Visas inte: färre än 5, eller döljs för att skydda ett mindre antal") == 2
    assert "Inget dolt antal kan räknas fram." in page
    assert report.unprotected == ()


def test_the_total_as_a_row_of_another_group_in_the_same_table(tmp_path: Path) -> None:
    both = block(
        "Trygghet",
        {"Alla årskurser": {"Åk 7": 22, "Åk 8": 15}, "Åk 7": {"Kön": 20, "Ålder": 0, "Tro": 2}},
    )
    shown = counts(built(tmp_path, yaml(both)))
    assert shown[("Åk 7", "Kön")] is None and shown[("Åk 7", "Tro")] is None
    assert shown[("Åk 7", "Ålder")] == 0  # a 0 hides nothing and stays


def test_rows_of_another_table_that_add_up_to_the_total(tmp_path: Path) -> None:
    """Åk 7 is not written anywhere, but its girls and boys are: 12 + 10 = 22."""
    split = block("Alla årskurser", {"Elever": {"Åk 7 flickor": 12, "Åk 7 pojkar": 10, "Åk 8": 15}})
    shown = counts(built(tmp_path, yaml(split, GRADE_7)))
    assert shown[("Åk 7", "Kön")] is None and shown[("Elever", "Åk 7 flickor")] == 12


def test_rows_that_only_happen_to_add_up_to_the_total_withhold_nothing_more(
    tmp_path: Path,
) -> None:
    """9 + 13 = 22 in a table of places means nothing about åk 7: Kön stays shown. With
    the rows named for åk 7 ("Flickor i åk 7", "Pojkar i åk 7"; classes 7A and 7B) it is
    withheld."""
    rows = {"Matsalen": 9, "Korridoren": 13, "Trapphuset": 6}
    places = block("Otrygga platser", {"Platser": rows})
    report = built(tmp_path / "a", yaml(places, GRADE_7))
    assert counts(report)[("Åk 7", "Kön")] == 20
    assert "| Kön | 20 | – |" in render_report(report)  # of 20 + a withheld 2: no share
    named = block("Elever", {"Elever": {"Flickor i åk 7": 9, "Pojkar i åk 7": 13, "Åk 8": 6}})
    shown = counts(built(tmp_path / "b", yaml(named, GRADE_7)))
    assert shown[("Åk 7", "Kön")] is None and shown[("Elever", "Pojkar i åk 7")] == 13
    classes = block("Klasser", {"Klasser": {"7A": 9, "7B": 13, "8A": 6}})
    assert counts(built(tmp_path / "c", yaml(classes, GRADE_7)))[("Åk 7", "Kön")] is None


def test_a_total_row_of_the_table_itself_is_a_total(tmp_path: Path) -> None:
    text = yaml(block("Åk 7", {"Åk 7": {"Totalt": 22, "Kön": 20, "Funktionsnedsättning": 2}}))
    shown = counts(built(tmp_path, text))
    assert shown == {
        ("Åk 7", "Totalt"): 22, ("Åk 7", "Kön"): None, ("Åk 7", "Funktionsnedsättning"): None
    }  # fmt: skip


def test_the_total_in_the_text_is_a_total(tmp_path: Path) -> None:
    text = yaml(GRADE_7, summary="I åk 7 svarade 22 elever på enkäten.")
    assert counts(built(tmp_path, text))[("Åk 7", "Kön")] is None


def test_numbers_in_the_text_that_count_no_one_withhold_nothing_more(tmp_path: Path) -> None:
    """A date, a year, a grade span, a class, a percentage: not a table's total (22)."""
    summary = (
        "Enkäten 2026-03-18 i åk 7–9 (ht 2026, kl. 8.22, vecka 22) – 22 % i 7B och F–6 svarade; "
        "ring 08-22 22 22."
    )
    shown = counts(built(tmp_path, yaml(GRADE_7, summary=summary)))
    assert shown[("Åk 7", "Kön")] == 20 and shown[("Åk 7", "Funktionsnedsättning")] is None


def test_the_sum_of_a_block_published_elsewhere_protects_the_block(tmp_path: Path) -> None:
    """No group's total is elsewhere, but the block's is (37 in the first table)."""
    text = yaml(
        block("Alla", {"Alla": {"Alla årskurser": 37}}),
        block("Per årskurs", {"Åk 7": {"Kön": 20, "Tro": 2}, "Åk 8": {"Kön": 9, "Tro": 6}}),
    )
    shown = counts(built(tmp_path, text))
    assert shown[("Åk 7", "Tro")] is None
    assert sum(v is None for v in shown.values()) == 2  # one more: the smallest, Åk 8's 6
    assert shown[("Åk 8", "Tro")] is None


def test_a_report_without_totals_elsewhere_withholds_only_the_small_count(
    tmp_path: Path,
) -> None:
    report = built(tmp_path, yaml(GRADE_7, block("Åk 8", {"Åk 8": {"Kön": 15, "Tro": 9}})))
    shown = counts(report)
    assert shown[("Åk 7", "Kön")] == 20 and shown[("Åk 7", "Funktionsnedsättning")] is None
    page = render_report(report)
    assert "Det visas inte heller" not in page
    assert "Visas inte: färre än 5, eller döljs för att skydda ett mindre antal" in page


def test_a_small_count_that_follows_from_two_totals_together_is_protected() -> None:
    """Neither group of block Y has its total elsewhere, but the block has (17), and a
    0 is all that is left beside the 2: the 6 of the other group is withheld as well."""
    here = Location("r.yml", 1, 1)
    blocks = [
        ("X", [("Alla", [("Alla", 17, here)])]),
        ("Y", [("G1", [("b", 2, here), ("z", 0, here)]), ("G2", [("c", 9, here), ("d", 6, here)])]),
    ]
    withheld, unprotected = protect(blocks, 5)
    assert set(withheld) == {(1, 0, 0), (1, 1, 1)} and unprotected == ()
    # With G2's total written too, 17 − 15 gives G1 (2 + 0) whatever is withheld.
    blocks[0] = ("X", [("Alla", [("Alla", 17, here), ("Åk 8", 15, here)])])
    _, unprotected = protect(blocks, 5)
    assert [u.group for u in unprotected] == ["G1"]


def test_a_small_sum_of_withheld_counts_that_follows_from_two_totals_is_refused() -> None:
    """Neither count of the group Tro is shown (2 and 2), but the text gives the block's
    total (23) and the other group's (19): 23 − 19 = 4 pupils in Tro, under the
    threshold. Nothing left in the block can hide it, so the report is refused; with only
    one of the totals in the text it is not."""
    here = Location("r.yml", 1, 1)
    blocks = [
        ("Åk 7", [("Tro", [("Flickor", 2, here), ("Pojkar", 2, here)]),
                  ("Kön", [("Flickor", 10, here), ("Pojkar", 9, here)])]),
    ]  # fmt: skip
    _, unprotected = protect(blocks, 5, frozenset({23, 19}))
    assert [(u.block, u.group) for u in unprotected] == [("Åk 7", "Tro")]
    assert protect(blocks, 5, frozenset({23}))[1] == ()


def test_a_count_follows_from_sums_exactly_when_it_is_in_their_span() -> None:
    assert determined([frozenset("ab"), frozenset("b")]) == {"a", "b"}
    assert determined([frozenset("abc"), frozenset("bc")]) == {"a"}
    assert determined([frozenset("abc"), frozenset("cde"), frozenset("c")]) == {"c"}
    # Facts that cross: a + b and b + c and a + c give each (a row across two groups).
    assert determined([frozenset("ab"), frozenset("bc"), frozenset("ac")]) == {"a", "b", "c"}
    assert determined([frozenset("ab"), frozenset("bc")]) == set()


def test_charts_and_open_data_show_nothing_withheld(tmp_path: Path) -> None:
    report = built(tmp_path, yaml(ALL_GRADES, GRADE_7))
    page = render_report(report)
    charts = " ".join(re.findall(r"<svg.*?</svg>", page, flags=re.S))
    assert "Åk 7" in charts and "Kön" not in charts and "Funktionsnedsättning" not in charts
    (table,) = report_tables(report)
    rows = [row for row in table.rows if row[1] == "Åk 7"]
    assert [row[3] for row in rows] == [None, None]
    # the small count and the one protecting it in the same words: told apart, a reader
    # would know each one's range ("färre än 5", at least 5) and a sum of 6 would give both
    assert [row[5] for row in rows] == ["färre än 5 eller skyddar ett mindre antal"] * 2


def test_a_count_that_stands_twice_is_withheld_in_both_places(tmp_path: Path) -> None:
    """Kön in åk 7 is 20 in this table and in the table of Kön per årskurs: withheld here
    only, the other 20 would leave 22 − 20 = 2. Both are withheld, and the report is
    published."""
    per_sex = block("Kön per årskurs", {"Kön": {"Åk 7": 20, "Åk 8": 13}})
    report = built(tmp_path, yaml(ALL_GRADES, GRADE_7, per_sex))
    shown = counts(report)
    assert shown[("Åk 7", "Kön")] is None and shown[("Kön", "Åk 7")] is None
    assert shown[("Kön", "Åk 8")] == 13 and report.unprotected == ()
    assert "| 20 |" not in render_report(report)


def write_report(tmp_path: Path, text: str) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "rapporter" / "enkat.yml").write_text(text, encoding="utf-8")
    return content


def test_a_table_with_nothing_left_to_withhold_is_refused(tmp_path: Path) -> None:
    """Åk 7 is 22 in one table and the text says that 20 answered about kön: whatever
    is withheld of Kön, 22 − 20 = 2 gives the pupils with a funktionsnedsättning.
    trygg refuses, with the position of the small count and how to fix it."""
    per_ground = block(
        "Åk 7 per grund",
        {"Kön": {"Flickor": 12, "Pojkar": 8}, "Funktionsnedsättning": {"Flickor": 2}},
    )
    summary = "I åk 7 svarade 20 elever om kön."
    content = write_report(tmp_path, yaml(ALL_GRADES, per_ground, summary=summary))
    checked = check_content(content, today=TODAY)
    found = [p.format() for p in checked.report if p.severity is Severity.ERROR]
    assert found == [
        "content/rapporter/enkat.yml:26:17: fel TP071 antalet här är färre än min_antal_svar "
        "och visas inte, men det kan räknas fram: summan av gruppen 'Funktionsnedsättning' i "
        "'Åk 7 per grund' går att läsa eller räkna ut ur andra siffror i rapporten, och inget "
        "annat antal i tabellen kan döljas i stället (de andra är redan dolda, är 0 eller kan "
        "också räknas fram) – slå ihop undergruppen med en annan, eller ta bort summan eller talet "
        "som visar samma antal (en rad i en annan tabell, en summa eller ett tal i texten)"
    ]
    # With the small subgroup merged into another, the report passes.
    merged = block("Åk 7 per grund", {"Kön": {"Flickor": 14, "Pojkar": 8}})
    content = write_report(tmp_path / "b", yaml(ALL_GRADES, merged, summary=summary))
    checked = check_content(content, today=TODAY)
    assert [p for p in checked.report if p.severity is Severity.ERROR] == []
    site = site_for(checked, "", content, today=TODAY)
    page = next(str(f.content) for f in site.files if f.uri == "rapporter/enkat/index.md")
    assert "| Flickor | 14 | 64 % |" in page


RECESS = block("Otrygga på rasten", {"Åk 7": {"Flickor": 20, "Pojkar": 2}})


def test_an_equal_count_in_a_table_about_something_else_is_no_copy(tmp_path: Path) -> None:
    """Girls in åk 7 are 20 on the break and 20 in the lessons, by chance: the boys are
    2 (withheld, under 5) against 9, so the tables count different things. The 20 on the
    break is withheld to protect the 2 (22 − 20), the 20 in the lessons stays, and the
    report is published."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    lessons = block("Otrygga på lektionerna", {"Åk 7": {"Flickor": 20, "Pojkar": 9}})
    (content / "rapporter" / "enkat.yml").write_text(
        yaml(ALL_GRADES, RECESS, lessons), encoding="utf-8"
    )
    checked = check_content(content, today=TODAY)
    assert [p.format() for p in checked.report if p.severity is Severity.ERROR] == []
    site = site_for(checked, "", content, today=TODAY)
    page = next(str(f.content) for f in site.files if f.uri == "rapporter/enkat/index.md")
    recess, lessons_table = page.split("### Otrygga på rasten")[1].split("### Otrygga på lekt")
    withheld = '| Flickor | <span class="trygg-suppressed">Visas inte: färre än 5, eller döljs'
    assert withheld in recess
    assert "| Flickor | 20 | 69 % |" in lessons_table and "| Pojkar | 9 | 31 % |" in lessons_table


def test_an_equal_count_that_nothing_tells_apart_is_a_copy(tmp_path: Path) -> None:
    """The same two tables with 3 boys in the lessons: both counts of boys are under 5,
    so a reader cannot tell the tables apart and may read the 20 of the lessons as the
    20 of the break (22 − 20 = 2): both 20 are withheld. In another unit (lappar, not
    elever) it is no copy, and the lessons' 20 stays."""
    lessons = {"Åk 7": {"Flickor": 20, "Pojkar": 3}}
    report = built(tmp_path / "a", yaml(ALL_GRADES, RECESS, block("Lektionerna", lessons)))
    assert report.unprotected == ()
    flickor = [c.count for b in report.blocks if b.counts for g in b.counts.groups
               for c in g.cells if c.label == "Flickor"]  # fmt: skip
    assert flickor == [None, None]
    notes = block("Lektionerna", lessons, unit="lappar")
    report = built(tmp_path / "b", yaml(ALL_GRADES, RECESS, notes))
    assert report.unprotected == ()
    assert counts(report)[("Åk 7", "Flickor")] == 20  # the lessons' (the break's is withheld)


def test_small_counts_with_the_same_labels_and_their_totals_are_protected_not_refused(
    tmp_path: Path,
) -> None:
    """Boys in åk 7: 2 on the break, 3 in the lessons, and each table's total (22, 23)
    in a table of totals. Neither small count follows from the other; withholding the
    girls (20 in both, which a reader may take for one count) protects both."""
    totals = block("Otrygga i åk 7", {"Åk 7": {"På rasten": 22, "På lektionerna": 23}})
    lessons = block("Otrygga på lektionerna", {"Åk 7": {"Flickor": 20, "Pojkar": 3}})
    report = built(tmp_path, yaml(totals, RECESS, lessons))
    assert report.unprotected == ()
    page = render_report(report)
    assert "| Flickor | 20 |" not in page and "| På rasten | 22 |" in page


def test_a_table_written_twice_is_judged_once(tmp_path: Path) -> None:
    """The same table in two sections, word for word: both show the same, as the table
    once does, and the report is published."""
    once = built(tmp_path / "a", yaml(ALL_GRADES, GRADE_7))
    twice = built(tmp_path / "b", yaml(ALL_GRADES, GRADE_7, GRADE_7))
    assert twice.unprotected == ()

    def rows(report: UnitReport, index: int) -> list[tuple[str, int | None, str]]:
        table = report.blocks[index].counts
        assert table is not None
        return [(c.label, c.count, c.withheld) for g in table.groups for c in g.cells]

    assert rows(twice, 1) == rows(twice, 2) == rows(once, 1)
    assert rows(once, 1) == [("Kön", None, COMPLEMENT), ("Funktionsnedsättning", None, PRIMARY)]


def test_a_total_less_the_rows_shown_beside_it_is_a_total(tmp_path: Path) -> None:
    """Åk 7 is not written anywhere, but Totalt 40 and Åk 8 18 are: 40 − 18 = 22, the
    total of the table of åk 7, so Kön is withheld too; likewise two numbers of one
    sentence ("120 elever, varav 98 i åk 8–9")."""
    rest = block("Alla årskurser", {"Elever": {"Totalt": 40, "Åk 8": 18}})
    assert counts(built(tmp_path / "a", yaml(rest, GRADE_7)))[("Åk 7", "Kön")] is None
    summary = "I åk 7–9 svarade 120 elever, varav 98 i åk 8–9."
    shown = counts(built(tmp_path / "b", yaml(GRADE_7, summary=summary)))
    assert shown[("Åk 7", "Kön")] is None
    summary = "I åk 7–9 svarade 120 elever. Av dem gick 98 i åk 8–9."  # apart: no total
    assert counts(built(tmp_path / "c", yaml(GRADE_7, summary=summary)))[("Åk 7", "Kön")] == 20


@pytest.mark.parametrize(
    "total", ["Totalt", "Summa", "Sammanlagt", "Alla elever", "Samtliga", "Hela skolan"]
)
def test_a_row_or_column_named_as_a_total_is_one(tmp_path: Path, total: str) -> None:
    """A total row ("Flickor", "Pojkar", "Summa") and a column of totals (the groups
    "Flickor", "Pojkar" and "Totalt" per årskurs: 11 − 8 = 3 boys in åk 8) are totals
    however Swedish names them."""
    row = block("Åk 8", {"Åk 8": {"Flickor": 8, "Pojkar": 3, total: 11}})
    shown = counts(built(tmp_path / "row", yaml(row)))
    assert shown[("Åk 8", "Flickor")] is None and shown[("Åk 8", total)] == 11
    column = block(
        "Kön per årskurs",
        {"Flickor": {"Åk 7": 12, "Åk 8": 8}, "Pojkar": {"Åk 7": 10, "Åk 8": 3},
         total: {"Åk 7": 22, "Åk 8": 11}},
    )  # fmt: skip
    shown = counts(built(tmp_path / "column", yaml(column)))
    assert shown[("Pojkar", "Åk 8")] is None and shown[("Flickor", "Åk 8")] is None
    assert shown[(total, "Åk 8")] == 11 and shown[("Flickor", "Åk 7")] == 12


def test_no_table_total_published_anywhere_gives_away_a_small_count() -> None:
    """An attacker who takes any number the report shows (a count, a group's or a block's
    sum) for a table's total learns nothing under the threshold, for many random reports
    of two linked blocks."""
    rng = random.Random(2027)
    here = Location("r.yml", 1, 1)
    for _ in range(300):
        sizes = [[rng.randint(1, 4) for _ in range(rng.randint(1, 3))] for _ in range(2)]
        values = [
            [[rng.choice([0, 1, 2, 4, rng.randint(5, 30)]) for _ in range(g)] for g in b]
            for b in sizes
        ]
        source = values[1][0]
        values[0][0][0] = sum(source) + rng.choice([0, 0, 1])  # a table's total elsewhere
        blocks = [
            (
                f"B{b}",
                [
                    (f"G{g}", [(f"C{c}", v, here) for c, v in enumerate(cells)])
                    for g, cells in enumerate(groups)
                ],
            )
            for b, groups in enumerate(values)
        ]
        withheld, unprotected = protect(blocks, 5)
        shown: set[int] = set()
        tables: list[tuple[int, int]] = []  # (real total, released sum)
        for b, groups in enumerate(values):
            for g, cells in enumerate(groups):
                kept = [v for c, v in enumerate(cells) if (b, g, c) not in withheld]
                shown |= {v for v in [*kept, sum(kept)] if v >= 5}  # its rows and sum
                tables.append((sum(cells), sum(kept)))
            every = [(v, (b, g, c)) for g, cells in enumerate(groups) for c, v in enumerate(cells)]
            kept_all = sum(v for v, key in every if key not in withheld)
            shown |= {kept_all} if kept_all >= 5 else set()
            tables.append((sum(v for v, _ in every), kept_all))
        if unprotected:
            continue
        for real, released in tables:
            hidden = real - released
            assert not (0 < hidden < 5 and real in shown), (values, withheld)


def test_no_small_count_follows_from_totals_and_copies_together() -> None:
    """A reader who takes any number shown for a table's total, and an equal count with
    the same labels in a table nothing tells apart for the same count, works out no
    count under the threshold and no withheld sum under it (exact elimination), for many
    random reports of two blocks with the same labels and a block of totals."""
    rng = random.Random(2028)
    here = Location("r.yml", 1, 1)
    checked = 0
    for _ in range(400):
        values = {
            (0, g, c): rng.choice([0, 2, 3, 5, 6, 8, rng.randint(5, 20)])
            for g in range(rng.randint(1, 3))
            for c in range(rng.randint(1, 3))
        }  # block 1 much like block 0, block 2 some of their tables' totals
        values |= {(1, g, c): rng.choice([v, v, v, 2, 7]) for (_, g, c), v in values.items()}
        for c, (b, g) in enumerate(rng.sample(sorted({k[:2] for k in values}), 2)):
            total = sum(v for k, v in values.items() if k[:2] == (b, g))
            values[(2, 0, c)] = total + rng.choice([0, 0, 1])
        blocks = [
            (f"B{b}", [(f"G{g}", [(f"C{c}", values[(b, g, c)], here)
                                  for c in range(3) if (b, g, c) in values])
                       for g in range(3) if (b, g, 0) in values])
            for b in range(3)
        ]  # fmt: skip
        withheld, unprotected = protect(blocks, 5)
        if unprotected:
            continue
        checked += 1
        facts, tables = reader_facts(values, withheld)
        found = spanned(facts)
        assert not {k for k in found if withheld[k] == PRIMARY}, (values, withheld)
        for real, hidden in tables:
            rest = sum(values[k] for k in hidden - found)
            assert not 0 < rest < 5, (values, withheld, real)
    assert checked > 300


def reader_facts(
    values: dict[tuple[int, int, int], int], withheld: dict[tuple[int, int, int], str]
) -> tuple[list[frozenset[tuple[int, int, int]]], list[tuple[int, frozenset[Key]]]]:
    """What a reader knows: the withheld counts of each table whose real total is shown,
    and each withheld count whose copy (same labels, same number, blocks that no count
    seen tells apart) is released; and those tables, (total, withheld counts)."""
    released = {k: v for k, v in values.items() if k not in withheld}
    shown = set(released.values())
    tables: dict[tuple[int, ...], set[Key]] = {}
    for key in values:
        tables.setdefault(key[:2], set()).add(key)
        tables.setdefault(key[:1], set()).add(key)
    shown |= {sum(released.get(k, 0) for k in table) for table in tables.values()}
    known = [
        (sum(values[k] for k in table), frozenset(table & set(withheld)))
        for table in tables.values()
        if sum(values[k] for k in table) >= 5 and sum(values[k] for k in table) in shown
    ]

    def seen(key: Key) -> object:
        return withheld.get(key, values[key])

    def may_be_equal(one: object, other: object) -> bool:  # a protecting count is ≥ 5
        pair = {one, other}
        return len(pair) == 1 or (COMPLEMENT in pair and any(type(v) is int and v for v in pair))

    def apart(one: int, other: int) -> bool:
        return any(
            not may_be_equal(seen(a), seen(b))
            for a in values
            for b in values
            if (a[0], b[0]) == (one, other) and a[1:] == b[1:]
        )

    copies = [
        frozenset({k})
        for k in withheld
        for other, v in released.items()
        if other[1:] == k[1:] and v == values[k] and not apart(k[0], other[0])
    ]
    return [hidden for _, hidden in known if hidden] + copies, known


UNITS = block(
    "Anmälningar per enhet och slag",
    {
        "Holmskolan": {"Elev mot elev": 36, "Personal mot elev": 2, "Trakasserier": 3},
        "Kyrkskolan": {"Elev mot elev": 28, "Personal mot elev": 6, "Trakasserier": 9},
        "Almdalens skola": {"Elev mot elev": 22, "Personal mot elev": 1, "Trakasserier": 7},
        "Aspvallens skola": {"Elev mot elev": 19, "Personal mot elev": 0, "Trakasserier": 5},
        "Hela kommunen": {"Elev mot elev": 105, "Personal mot elev": 9, "Trakasserier": 24},
    },
    unit="anmälningar",
)


def test_no_count_follows_from_a_column_of_the_whole_municipality(tmp_path: Path) -> None:
    """The examiner's report: Holmskolan's "Elev mot elev" was withheld to protect its 2
    and 3, but Hela kommunen 105 less Kyrkskolan 28, Almdalens 22 and Aspvallens 19 gave
    it: 36. Now no withheld count follows, and two counts protect the three small ones
    (Kyrkskolan's 6 and Almdalens 7), not four."""
    summary = "Holmskolan anmälde 41 ärenden."
    report = built(tmp_path, yaml(UNITS, summary=summary))
    shown = counts(report)
    assert shown[("Holmskolan", "Elev mot elev")] == 36  # 41 - 36 = 5 = 2 + 3: no count
    hidden = sorted(key for key, n in shown.items() if n is None)
    assert hidden == [
        ("Almdalens skola", "Personal mot elev"),
        ("Almdalens skola", "Trakasserier"),
        ("Holmskolan", "Personal mot elev"),
        ("Holmskolan", "Trakasserier"),
        ("Kyrkskolan", "Personal mot elev"),
    ]
    assert report.unprotected == ()


def test_a_number_in_the_text_that_gives_a_withheld_count_away_is_refused(
    tmp_path: Path,
) -> None:
    """The text says Vallmon made 4 reports, and Vallmon's one subgroup is the 4 withheld:
    no other count can be withheld in its stead, so the report is refused (TP071)."""
    small = block("Förskolan", {"Förskolan Vallmon": {"Barn mot barn": 4}}, unit="anmälningar")
    summary = "Förskolan Vallmon anmälde 4 ärenden."
    content = write_report(tmp_path, yaml(small, summary=summary))
    checked = check_content(content, today=TODAY)
    found = [p.code for p in checked.report if p.severity is Severity.ERROR]
    assert found == ["TP071"]
