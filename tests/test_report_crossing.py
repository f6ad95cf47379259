"""Small counts across reports published together: "Åk 7: Flickor 18, Pojkar 9, Annan
färre än 5" in one report and "Åk 7: 29" in another must not give the 2 away."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.load.reader import Reader
from generator.load.reports import read_reports
from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.report import CountCell, UnitReport
from generator.model.report_crossing import protect_together
from generator.model.report_marks import grade_label
from generator.problems import Severity
from generator.render.site import site_for

HEAD = """\
titel: Trygghetsenkäten
datum: 2026-11-10
författare: Enheten för kvalitet och trygghet
sammanfattning: Hur trygga eleverna är.
avsnitt:
  - rubrik: Resultat
    data:
      - typ: kategorier
        rubrik: Otrygga elever
        enhet: elever
        grupper:
"""


def yaml(groups: dict[str, dict[str, int]]) -> str:
    lines = [HEAD]
    for group, cells in groups.items():
        lines.append(f"          - namn: {group}\n            undergrupper:\n")
        lines += [f"              - {{namn: {n}, antal: {v}}}\n" for n, v in cells.items()]
    return "".join(lines)


def together(
    folder: Path, reports: dict[str, dict[str, dict[str, int]]], threshold: int = 5
) -> dict[str, UnitReport]:
    content = folder / "content" / "rapporter"
    content.mkdir(parents=True)
    for report_id, groups in reports.items():
        (content / f"{report_id}.yml").write_text(yaml(groups), encoding="utf-8")
    reader = Reader(folder, folder / "content")
    sources = read_reports(content, reader)
    assert reader.problems == []
    return {r.id: r for r in protect_together(sources, threshold)}


def cells(report: UnitReport) -> dict[tuple[str, str], CountCell]:
    (block,) = report.blocks
    assert block.counts is not None
    return {(g.label, c.label): c for g in block.counts.groups for c in g.cells}


GENDER = {"Flickor": 18, "Pojkar": 9, "Annan könstillhörighet": 2}
GRADES = {"Åk 7": 29, "Åk 8": 15, "Åk 9": 12}


def test_the_later_report_withholds_the_total_that_gives_a_small_count_away(
    tmp_path: Path,
) -> None:
    made = together(tmp_path, {"enkat-a": {"Åk 7": GENDER}, "enkat-b": {"Årskurser": GRADES}})
    grades = cells(made["enkat-b"])
    assert grades[("Årskurser", "Åk 7")].count is None
    assert grades[("Årskurser", "Åk 7")].withheld == COMPLEMENT
    assert grades[("Årskurser", "Åk 8")].count == 15
    assert cells(made["enkat-a"])[("Åk 7", "Pojkar")].count == 9


def test_when_the_small_count_is_in_the_later_report_its_table_withholds_more(
    tmp_path: Path,
) -> None:
    made = together(tmp_path, {"enkat-b": {"åk7": GENDER}, "enkat-a": {"Årskurser": GRADES}})
    gender = cells(made["enkat-b"])
    assert gender[("åk7", "Pojkar")].withheld == COMPLEMENT
    assert gender[("åk7", "Flickor")].count == 18
    assert cells(made["enkat-a"])[("Årskurser", "Åk 7")].count == 29


def test_a_total_under_another_name_or_of_another_number_withholds_nothing(
    tmp_path: Path,
) -> None:
    other = {"Åk 8": 29, "Åk 9": 12}
    made = together(tmp_path, {"a": {"Åk 7": GENDER}, "b": {"Årskurser": other}})
    assert cells(made["b"])[("Årskurser", "Åk 8")].count == 29
    assert cells(made["a"])[("Åk 7", "Pojkar")].count == 9
    made = together(tmp_path / "2", {"a": {"Åk 7": GENDER}, "b": {"X": {"Åk 7": 30}}})
    assert cells(made["b"])[("X", "Åk 7")].count == 30


def test_a_group_whose_counts_are_all_shown_is_a_total_too(tmp_path: Path) -> None:
    classes = {"7A": 12, "7B": 17}
    made = together(tmp_path, {"a": {"Åk 7": GENDER}, "b": {"Årskurs 7": classes}})
    assert [c.count for c in cells(made["b"]).values()] == [None, 17]


def test_a_row_across_groups_is_a_total_too(tmp_path: Path) -> None:
    """Åk 7 in class 7A and 7B of another report add up to 29: the later report withholds
    one of them; as rows across kön, åk 7 of the first is protected the same way."""
    classes = {"7A": {"Åk 7": 12}, "7B": {"Åk 7": 17}}
    made = together(tmp_path, {"a": {"Åk 7": GENDER}, "b": classes})
    assert [c.count for c in cells(made["b"]).values()] == [None, 17]
    across = {kind: {"åk 7": n} for kind, n in GENDER.items()}
    made = together(tmp_path / "2", {"a": {"Årskurser": GRADES}, "b": across})
    assert [c.count for c in cells(made["b"]).values()] == [18, None, None]


@pytest.mark.parametrize(
    ("name", "same"), [("Åk 7", "åk 7"), ("ÅK7", "åk 7"), ("årskurs  07", "åk 7"), ("Åk 8", "åk 8")]
)
def test_grades_are_compared_however_written(name: str, same: str) -> None:
    assert grade_label(name) == same


def test_the_result_does_not_depend_on_the_order_read(tmp_path: Path) -> None:
    reports = {"a": {"Åk 7": GENDER}, "b": {"Årskurser": GRADES}, "c": {"Åk 7": {"7A": 29}}}
    one = together(tmp_path / "1", reports)
    two = together(tmp_path / "2", dict(reversed(reports.items())))
    assert one == {k: two[k] for k in one}


# A reader's view, tried by brute force: each report shows some grades' gender counts
# and the grades' totals; a withheld count is from 1 to below the threshold ("färre
# än") or at least the threshold ("skyddar"). No withheld count may have one value left
# once every number of both reports is known, nor a small sum of withheld counts.

NAMES = ("Åk 7", "Åk 8")
SPELLED = {"Åk 7": ("åk7", "Årskurs 7"), "Åk 8": ("Åk 8", "årskurs 8")}
SMALL = (0, 1, 2, 3, 4, 5, 6, 8, 11, 17)
CAP = 30


def _pair(rng: random.Random) -> tuple[dict[str, dict[str, dict[str, int]]], int]:
    threshold = rng.choice((3, 5))
    grades = rng.sample(NAMES, rng.randint(1, 2))
    gender = {
        g: {s: rng.choice(SMALL) for s in ("Flickor", "Pojkar", "Annan")[: rng.randint(2, 3)]}
        for g in grades
    }
    totals = {rng.choice(SPELLED[g]): sum(gender[g].values()) for g in grades}
    if rng.random() < 0.5:  # the grades as rows across groups of kön
        kinds = dict.fromkeys(k for g in grades for k in gender[g])
        gender = {k: {g: gender[g][k] for g in grades if k in gender[g]} for k in kinds}
    if rng.random() < 0.5:
        totals["Åk 9"] = rng.choice(SMALL)
    ids = rng.sample(("rapport-1", "rapport-2"), 2)
    return {ids[0]: gender, ids[1]: {"Årskurser": totals}}, threshold


def _fits(cell: CountCell, value: int, threshold: int) -> bool:
    return 0 < value < threshold if cell.withheld == PRIMARY else value >= threshold


def _tried(cell: CountCell, threshold: int) -> range:
    """The values to try: a count withheld to protect another up to well above any count
    these reports have (a bound a reader does not have, so never the only value left)."""
    return range(1, threshold) if cell.withheld == PRIMARY else range(threshold, CAP)


def _follows(parts: list[CountCell], total: CountCell, threshold: int) -> bool:
    """Whether, trying every value the withheld counts of one grade may take, the
    grade's total shown or withheld, one has one value left, or a small sum of them is
    known."""
    hidden = [c for c in parts if c.count is None]
    if not hidden:
        return False
    shown = sum(c.count or 0 for c in parts)
    tried, derived = (hidden[:-1], hidden[-1]) if total.count is not None else (hidden, total)
    seen: list[set[int]] = [set() for _ in (*tried, derived)]
    for values in itertools.product(*(_tried(c, threshold) for c in tried)):
        known = total.count is not None
        last = (total.count or 0) - shown - sum(values) if known else shown + sum(values)
        if _fits(derived, last, threshold):
            for found, value in zip(seen, (*values, last), strict=True):
                found.add(value)
    small = total.count is not None and 0 < total.count - shown < threshold
    return small or any(len(found) == 1 for found in seen)


@pytest.mark.parametrize("seed", range(300))
def test_no_withheld_count_follows_from_both_reports_together(tmp_path: Path, seed: int) -> None:
    """Each grade is published safely, or refused (TP071, naming the other report) where
    nothing else can be withheld, and only where a count would really follow."""
    rng = random.Random(seed)
    reports, threshold = _pair(rng)
    made = together(tmp_path, reports, threshold)
    refused = {grade_label(u.group): u for r in made.values() for u in r.unprotected}
    by_grade: dict[str, list[CountCell]] = {}
    totals: dict[str, CountCell] = {}
    for report in made.values():
        for (group, row), cell in cells(report).items():
            if group == "Årskurser":
                totals[grade_label(row)] = cell
            else:
                grade = next(n for n in map(grade_label, (group, row)) if n.startswith("åk"))
                by_grade.setdefault(grade, []).append(cell)
    for grade, parts in by_grade.items():
        follows = grade in totals and _follows(parts, totals[grade], threshold)
        assert follows == (grade in refused), (grade, parts, totals.get(grade))
        assert grade not in refused or refused[grade].other.startswith("content/rapporter/")


ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 25)
ONES = {"Flickor": 1, "Pojkar": 1, "Annan könstillhörighet": 1, "Vill inte svara": 1}


def _content(tmp_path: Path, folder: str, reports: dict[str, dict[str, dict[str, int]]]) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    for report_id, groups in reports.items():
        (content / folder / f"{report_id}.yml").write_text(yaml(groups), encoding="utf-8")
    return content


def test_a_count_that_another_report_pins_is_refused_naming_both(tmp_path: Path) -> None:
    """Four pupils of 1 in åk 7, and "Åk 7: färre än 5" in another report: each is 1,
    and nothing else can be withheld. trygg refuses at the count, naming the other
    report's row, and says how to fix it."""
    grades = {"Åk 7": 4, "Åk 8": 15, "Åk 9": 12}
    reports = {"enkat-a": {"Åk 7": ONES}, "enkat-b": {"Årskurser": grades}}
    checked = check_content(_content(tmp_path, "rapporter", reports), today=TODAY)
    found = [p.format() for p in checked.report if p.severity is Severity.ERROR]
    assert found == [
        "content/rapporter/enkat-a.yml:14:17: fel TP071 antalet här är färre än "
        "min_antal_svar och visas inte, men det kan räknas fram tillsammans med en annan "
        "rapport: summan av gruppen 'Åk 7' i 'Otrygga elever' står dold i "
        "content/rapporter/enkat-b.yml:14:17 ('färre än' eller skyddad), och med den har "
        "antalet bara ett möjligt värde; inget annat antal i tabellen kan döljas i stället "
        "– slå ihop grupper eller visa inte Åk 7 i båda rapporterna"
    ]


def test_a_schools_own_reports_are_protected_together(tmp_path: Path) -> None:
    """The reviewer's pair in a school's rapporter/: the school's site does not show the
    29 that gives the 2 away, and shows the other grades."""
    reports = {"enkat-a": {"Åk 7": GENDER}, "enkat-b": {"Årskurser": GRADES}}
    content = _content(tmp_path, "skolor/strandskolan/rapporter", reports)
    checked = check_content(content, today=TODAY)
    assert [p for p in checked.report if p.severity is Severity.ERROR] == []
    site = site_for(checked, "strandskolan", content, today=TODAY)
    page = next(str(f.content) for f in site.files if f.uri == "rapporter/enkat-b/index.md")
    assert "| Åk 8 | 15 |" in page
    assert "| Åk 7 | 29 |" not in page
    assert re.search(r"\| Åk 7 \| <span class=\"trygg-suppressed\">Visas inte", page)


@pytest.mark.parametrize(
    "name", ["Åk 7", "åk7", "Årskurs 07", "Klass 7", "Elever i åk 7", "7:or", "7:orna"]
)
def test_a_grade_is_the_same_group_however_a_report_names_it(name: str) -> None:
    """Report B's 'Elever i åk 7: 29' gives away report A's Åk 7 as well as 'Åk 7: 29'."""
    from generator.model.report_marks import grade_label

    assert grade_label(name) == "åk 7"
    assert grade_label("Åk 7A") != "åk 7" and grade_label("Flickor") == "flickor"
