"""Links in a report's Markdown body are checked as a page's are: a link to a file beside
the body, a javascript: link and an image from another host are found at their line
and column, and belong to the report, so an error withholds that report only (before,
`trygg check` said 0 fel and `trygg build` refused the whole portal)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build.heldreports import report_errors
from generator.build.withholding import withheld_schools
from generator.check.run import check_content
from generator.problems import Problem
from tests.test_build import ROOT

REPORT = "dialogmote-trygghet-2026"
BODY = f"content/rapporter/{REPORT}.md"


def _checked_with(tmp_path: Path, lines: str) -> tuple[list[Problem], list[str]]:
    """The problems in the body with `lines` added, and the reports its errors withhold
    (as the build parts the errors: none is shared, none a school's)."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    with (content / "rapporter" / f"{REPORT}.md").open("a", encoding="utf-8") as file:
        file.write(f"\n{lines}\n")
    checked = check_content(content)
    errors = withheld_schools(checked, content)
    shared, held = report_errors(errors.pop("", []), checked, content)
    assert shared == [] and errors == {}
    return [p for p in checked.report if p.location.file == BODY], list(held)


def test_a_link_to_a_file_beside_the_body_is_an_error_of_its_report(tmp_path: Path) -> None:
    found, held = _checked_with(tmp_path, "Läs mer i [protokollet](protokoll.pdf).")
    assert [p.format().split(" länken")[0] for p in found] == [f"{BODY}:16:25: fel TP053"]
    assert held == [REPORT]  # withheld alone: the portal is built


@pytest.mark.parametrize(
    ("written", "code", "column"),
    [
        ("[x](javascript:alert(1))", "TP053", 5),
        ("![y](https://evil.example/y.png)", "TP070", 6),
        ("[p](/rutiner/)", "TP053", 5),
        ("![karta](karta.png)", "TP053", 10),
    ],
)
def test_what_the_page_would_rewrite_or_lose_is_found(
    tmp_path: Path, written: str, code: str, column: int
) -> None:
    (problem,) = _checked_with(tmp_path, written)[0]
    assert (problem.code, problem.location.column) == (code, column)


def test_a_link_to_another_reports_page_and_a_web_address_pass(tmp_path: Path) -> None:
    written = "Se [planen](../verksamhetsplan-2026-27/index.md) och [Skolverket](https://www.skolverket.se/)."
    assert _checked_with(tmp_path, written)[0] == []
