"""TP074: a total a report writes ("Samtliga", a group "Alla elever", "Totalt") that is
smaller than a count it totals is an error at the total, naming the rows but not their
numbers (the granskning quotes the message); the huvudman's report is withheld alone. A
report whose totals hold is untouched, and so is a question with several answers (a
total smaller than its rows' sum)."""

from __future__ import annotations

from pathlib import Path

from ruletools import SCHOOL_DIR, Tree, triggers

from generator.build.heldreports import report_errors
from generator.codes import withholds
from generator.problems import Problem, Severity
from tests.test_report_protection import block

REPORT = "content/rapporter/enkat-2026.yml"
HEAD = """\
titel: Trygghetsenkäten 2026
datum: 2026-05-20
författare: Enheten för kvalitet och trygghet
sammanfattning: Hur trygga eleverna är.
avsnitt:
  - rubrik: Resultat
    data:
"""


def with_report(tmp_path: Path, *blocks: str, display: str = REPORT) -> Tree:
    tree = Tree(tmp_path)
    path = tree.path(display)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD + "".join(blocks), encoding="utf-8")
    return tree


def shown(problems: list[Problem]) -> list[str]:
    return [f"{p.location} {p.message} – {p.hint}" for p in problems]


@triggers("TP074")
def test_a_column_of_totals_smaller_than_the_row_it_totals(tmp_path: Path) -> None:
    """ "Alla elever" beside "Flickor" and "Pojkar": its Åk 7 (20) is less than Pojkar's 25."""
    groups = {
        "Flickor": {"Åk 7": 18, "Åk 8": 18},
        "Pojkar": {"Åk 7": 25, "Åk 8": 17},
        "Alla elever": {"Åk 7": 20, "Åk 8": 35},
    }
    tree = with_report(tmp_path, block("Trygga per kön", groups))
    [problem] = tree.problems("TP074")
    assert problem.severity is Severity.ERROR
    assert str(problem.location) == tree.at(REPORT, "{namn: Åk 7, antal: 20}")
    assert problem.message == (
        "raden 'Åk 7' i gruppen 'Alla elever' i 'Trygga per kön' står i en grupp som heter "
        "som en summa och läses som summan av 'Åk 7' i de andra grupperna, men den är "
        "mindre än 'Åk 7' i gruppen 'Pojkar': en andel av summan skulle visas som mer än 100 %"
    )
    assert "rätta talet om 'Alla elever' är summan av de andra grupperna" in problem.hint
    assert "dela upp tabellen i en tabell per indelning" in problem.hint
    assert not {"20", "25"} & set(problem.message.replace(":", " ").split())


@triggers("TP074")
def test_a_samtliga_row_smaller_than_the_rows_beside_it(tmp_path: Path) -> None:
    groups = {"Kön": {"Flickor": 12, "Pojkar": 3, "Samtliga": 10}}
    tree = with_report(tmp_path, block("Svarande", groups))
    assert shown(tree.problems("TP074")) == [
        f"{tree.at(REPORT, '{namn: Samtliga')} raden 'Samtliga' i gruppen 'Kön' i "
        "'Svarande' heter som en summa och läses som summan av gruppens andra rader, men den "
        "är mindre än raden 'Flickor': en andel av summan skulle visas som mer än 100 % – "
        "rätta talet om 'Samtliga' är hela gruppens summa; är raden bara en "
        "del av gruppen (som en årskurs), byt namn på den så att den inte heter som en summa "
        "(utan Totalt, Alla, Samtliga …), eller lägg varje del med sin summa i en egen grupp"
    ]


def test_a_question_with_several_answers_is_no_error_and_keeps_its_shares(
    tmp_path: Path,
) -> None:
    """ "Var känner du dig otrygg? (flera svar)": 50 pupils marked 30, 25 and 25 places;
    each share is of the 50 (before, TP074 refused the report)."""
    groups = {"Platser": {"Skolgården": 30, "Korridoren": 25, "Omklädningsrummet": 25,
                          "Totalt": 50}}  # fmt: skip
    tree = with_report(tmp_path, block("Var känner du dig otrygg? (flera svar)", groups))
    checked = tree.check()
    assert [p.code for p in checked.report if p.code == "TP074"] == []
    assert checked.organiser is not None
    [report] = [r for r in checked.organiser.reports if r.id == "enkat-2026"]
    assert report.blocks[0].counts is not None
    [group] = report.blocks[0].counts.groups
    assert [c.share for c in group.cells] == [60, 50, 50, 100]


def test_a_total_smaller_than_one_of_its_rows_names_that_row(tmp_path: Path) -> None:
    """Of lappar, not elever: "Totalt 8" beside "Rasterna 11" would show 138 %."""
    groups = {"Vad lapparna handlade om": {"Rasterna": 11, "Nätet": 6, "Totalt": 8}}
    tree = with_report(tmp_path, block("Lappar", groups, unit="lappar"))
    [problem] = tree.problems("TP074")
    assert str(problem.location) == tree.at(REPORT, "{namn: Totalt")
    assert problem.message.endswith(
        "men den är mindre än raden 'Rasterna': en andel av summan skulle visas som mer än 100 %"
    )


@triggers("TP074")
def test_a_group_of_totals_smaller_than_another_group(tmp_path: Path) -> None:
    """ "Hela skolan" has a total row only: it is the sum of the other groups as the page
    counts them (34 and 31), and is less than that."""
    groups = {
        "Flickor": {"Trygga": 30, "Otrygga": 4},
        "Pojkar": {"Trygga": 25, "Otrygga": 6},
        "Hela skolan": {"Totalt": 33},
    }
    tree = with_report(tmp_path, block("Trygghet", groups))
    [problem] = tree.problems("TP074")
    assert str(problem.location) == tree.at(REPORT, "{namn: Totalt, antal: 33}")
    assert "gruppen 'Hela skolan' i 'Trygghet' heter som en summa" in problem.message
    assert "men den är mindre än gruppen 'Flickor'" in problem.message


def test_the_huvudmans_report_is_withheld_alone(tmp_path: Path) -> None:
    """The error belongs to the report (`trygg build` withholds it alone, the schools are
    published); its model is not made, so no page shows its shares."""
    groups = {"Elever": {"Åk 7 totalt": 29, "Åk 8": 30}}
    tree = with_report(tmp_path, block("Elever per årskurs", groups))
    checked = tree.check()
    errors = [p for p in checked.report if withholds(p)]
    assert {p.code for p in errors} == {"TP074"}
    shared, by_report = report_errors(errors, checked, tree.root / "content")
    assert shared == [] and list(by_report) == ["enkat-2026"]
    assert checked.organiser is not None
    assert "enkat-2026" not in [r.id for r in checked.organiser.reports]


def test_a_schools_own_report_is_checked_too(tmp_path: Path) -> None:
    display = f"{SCHOOL_DIR}/rapporter/enkat-2026.yml"
    groups = {"Elever": {"Åk 7": 12, "Åk 8": 14, "Alla": 13}}
    tree = with_report(tmp_path, block("Svarande", groups), display=display)
    [problem] = tree.problems("TP074")
    assert str(problem.location) == tree.at(display, "{namn: Alla")
    assert "men den är mindre än raden 'Åk 8'" in problem.message


def test_a_report_whose_totals_hold_is_published_untouched(tmp_path: Path) -> None:
    """Totals equal to their rows, or larger (11 of the 33 are in neither row): no TP074,
    and the report's shares are of its totals as before."""
    grades = {
        "Åk 7": {"Flickor": 12, "Pojkar": 10, "Totalt": 33},
        "Åk 8": {"Flickor": 14, "Pojkar": 9, "Totalt": 25},
        "Alla elever": {"Flickor": 26, "Pojkar": 19, "Totalt": 58},
    }
    tree = with_report(tmp_path, block("Elever som svarade", grades))
    checked = tree.check()
    assert [p.format() for p in checked.report if p.severity is Severity.ERROR] == []
    assert checked.organiser is not None
    [report] = [r for r in checked.organiser.reports if r.id == "enkat-2026"]
    assert report.blocks[0].counts is not None
    groups = {g.label: g for g in report.blocks[0].counts.groups}
    assert [c.share for c in groups["Åk 7"].cells] == [36, 30, 100]
    assert [groups[g].share for g in ("Åk 7", "Åk 8", "Alla elever")] == [57, 43, 100]


def test_a_column_total_row_smaller_than_the_groups_total_rows(tmp_path: Path) -> None:
    """ "Alla elever"'s Totalt (28) is read as the sum of the other groups' Totalt rows."""
    groups = {
        "Flickor": {"Åk 7": 10, "Totalt": 30},
        "Pojkar": {"Åk 7": 10, "Totalt": 25},
        "Alla elever": {"Åk 7": 20, "Totalt": 28},
    }
    tree = with_report(tmp_path, block("Svarande", groups))
    [problem] = tree.problems("TP074")
    assert str(problem.location) == tree.at(REPORT, "{namn: Totalt, antal: 28}")
    assert "läses som summan av de andra gruppernas summarader, men den är mindre än " in (
        problem.message
    )
    assert "summaraden i gruppen 'Flickor'" in problem.message
