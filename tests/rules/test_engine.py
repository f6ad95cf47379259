"""The rules engine: registry, profile, pipeline stage, rule page and the example content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruletools import ORGANISER, PLAN, TODAY, Tree, clean

from generator.check.run import check_content
from generator.codes import REGISTRY, Category, all_codes, rule_address
from generator.codes.code import RULE_PAGES
from generator.problems import WORDS, Severity
from generator.render.rules_page import as_written, rules_pages
from generator.rules import all_rules

RULE_CODES = [rule.code.code for rule in all_rules()]
PREFIX = {Category.LEGAL: "TP1", Category.MISTAKES: "TP2", Category.QUALITY: "TP3",
          Category.PRIVACY: "TP4"}  # fmt: skip


def test_every_rule_has_a_test_that_triggers_it() -> None:
    sources = "".join(
        p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py")
    )
    triggered = set(re.findall(r'@triggers\("(TP\d{3})"\)', sources))
    checks = {code for code in triggered if code not in RULE_CODES}  # a check's, as TP074
    assert triggered - checks == set(RULE_CODES)
    assert checks <= set(REGISTRY), "a @triggers names a code nobody registered"


@pytest.mark.parametrize("code", RULE_CODES)
def test_the_clean_fixture_does_not_trigger(code: str) -> None:
    assert [p.format() for p in clean().report if p.code == code] == []


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code.code)
def test_every_rule_has_a_code_of_its_series(rule: object) -> None:
    from generator.rules import Rule

    assert isinstance(rule, Rule)
    assert re.fullmatch(r"TP[1-4]\d\d", rule.code.code)
    assert rule.code.code.startswith(PREFIX[rule.code.category])


def test_the_profile_switches_a_rule_off_and_changes_a_severity(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    kommunikation: Mentorerna förklarar", "    # Mentorerna förklarar")
    old = "hur: Elevversionen presenteras i klassråden och i elevrådet."
    tree.edit(PLAN, old, "hur: Planen ligger på webben.")
    assert [p.severity for p in tree.problems("TP206")] == [Severity.WARNING]
    tree.edit(ORGANISER, "regelprofil:\n", "regelprofil:\n  regler: {TP206: av}\n")
    assert tree.problems("TP206") == []
    tree.edit(ORGANISER, "{TP206: av}", "{TP206: fel}")
    checked = tree.check()
    [problem] = [p for p in checked.report if p.code == "TP206"]
    assert problem.severity is Severity.ERROR
    assert checked.project is None, "a rule error stops the build"
    assert checked.model is not None, "but the granskning still gets the model"


def test_problems_carry_file_line_column_hint_and_source(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "rektor: Maria Lindqvist", "rektor: '-'")
    [problem] = tree.problems("TP103")
    where = tree.at(PLAN, "'-'")
    assert problem.format() == (
        f"{where}: fel TP103 beslut.rektor: beslut.rektor ska vara rektorns "
        "namn, inte '-' – skriv rektorns namn under beslut.rektor och dagen för beslutet "
        "under beslut.datum (SL 6 kap. 8 §)"
    )


def test_the_clean_fixture_passes_the_whole_pipeline() -> None:
    assert clean().report.format_text() == "Inga problem hittades."
    assert clean().project is not None


def test_the_example_content_has_no_errors_and_no_personal_data() -> None:
    checked = check_content(Path("content"), today=TODAY)
    assert [p.format() for p in checked.report if p.severity is Severity.ERROR] == []
    privacy = [p.format() for p in checked.report if p.code in {"TP401", "TP402", "TP404"}]
    assert privacy == []


def test_the_rule_pages_list_every_code_on_the_page_of_its_category() -> None:
    pages = {file.uri: file.content for file in rules_pages()}
    index = pages["regler/index.md"]
    assert index.startswith("# Regler för trygghetsplanerna\n") and "TP204: av" in index
    headings = [f"## {category.value}" for category in Category]
    assert sorted(headings, key=index.index) == headings
    for rule in (c for c in all_codes() if "`" not in c.title + c.checks):
        folder = RULE_PAGES[rule.category]
        anchor = rule.code.lower()
        link = f'<a id="{anchor}"></a>[{rule.code}]({folder}/index.md#{anchor})'
        assert f"| {link} | {WORDS[rule.severity].one} | {rule.title} |" in index
        page = pages[f"regler/{folder}/index.md"]
        assert page.startswith(f"# {rule.category.value}\n")
        assert f"| [{rule.code}](#{anchor}) | {WORDS[rule.severity].one} | {rule.title} |" in page
        assert f"\n## {rule.code} {rule.title} {{#{anchor}}}\n" in page
        assert f"**Källa:** {as_written(rule.source)}." in page and as_written(rule.checks) in page
        assert rule_address(rule.code) == f"{folder}/#{anchor}"
    assert "avslutas med \\`\\`\\`." in pages["regler/samband/index.md"]  # TP044
    assert rule_address("TP999") == ""  # not registered: the index
