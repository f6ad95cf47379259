"""A broken e-mail address, domain or web address in a new huvudman's content: one
problem per value, and a hint in a neutral form, never the example school's domain
(which the content of `trygg init` still has until it is filled in)."""

from __future__ import annotations

import pytest

from generator.check.run import check_content
from generator.cli.main import main
from generator.problems import Problem


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[Problem]:
    root = tmp_path_factory.mktemp("kommun")
    with pytest.raises(SystemExit):
        main(["init", str(root)])
    school = root / "content/skolor/min-skola/skola.yml"
    text = school.read_text(encoding="utf-8")
    text = text.replace("maria.lindqvist@strandvik.se", "maria.lindqvist(at)strandvik.se")
    text = text.replace("anders.holm@strandvik.se", "anders holm@strandvik.se")
    school.write_text(text, encoding="utf-8")
    organiser = root / "content/huvudman.yml"
    text = organiser.read_text(encoding="utf-8").replace(
        "[strandvik.se]", "[strandvik.se, '@x.se']"
    )
    organiser.write_text(text, encoding="utf-8")
    report = check_content(root / "content").report
    return [p for p in report if p.field and ("epost" in p.field or p.field == "webbplats")]


def test_each_broken_address_is_one_problem_with_a_neutral_form(problems: list[Problem]) -> None:
    by_field: dict[str | None, Problem] = {}
    for problem in problems:
        assert problem.field not in by_field, problem.format()  # one problem per value
        by_field[problem.field] = problem
    assert by_field["kontakter[1].epost"].code == "TP016"
    assert by_field["kontakter[2].epost"].code == "TP015"
    for field in ("kontakter[1].epost", "kontakter[2].epost"):
        assert "skriv adressen som namn@kommun.se" in by_field[field].hint
    assert by_field["tillåtna_epostdomäner[2]"].hint.endswith("t.ex. kommun.se")
    assert by_field["webbplats"].hint.endswith("https://skolor.kommun.se")


def test_no_hint_names_the_example_schools_domain(problems: list[Problem]) -> None:
    assert len(problems) == 4
    assert [p.format() for p in problems if "strandvik" in p.hint] == []
