"""A unit with only an utkast in the granskning (`trygg granska`'s document and the
portal's unit page): the utkast's period and file, marked as such, the hint `trygg check`
gives (decide the utkast, not start a new period), and "not shown here" only beside the
findings whose words are really left out."""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.cli.review import _review
from generator.load.layout import draft_marked
from generator.review.assembly import build_review
from generator.review.document import render_review_document
from generator.review.model import Review
from generator.review.pages import review_pages, unit_uri
from tests.test_init import run

NOT_SHOWN = "Det som står visas inte här"


@pytest.fixture(scope="module")
def new_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Review, Path]:
    root = tmp_path_factory.mktemp("utkast")
    assert run("init", str(root), "--skola", "solskolan") == 0
    content = root / "content"
    [plan] = (content / "skolor/solskolan/trygghetsplan").glob("*.yml")
    return _review(check_content(content), content), plan


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _unit_document(review: Review) -> str:
    return render_review_document(review).split("{#enhet-solskolan}", 1)[1]


def test_the_utkasts_period_and_file_are_named_as_an_utkasts(
    new_repo: tuple[Review, Path],
) -> None:
    review, plan = new_repo
    period = f"läsåret {plan.stem[:4]}/{plan.stem[5:]}"
    file = f"content/skolor/solskolan/trygghetsplan/{plan.name}"
    document = _unit_document(review)
    assert "- Status: Ingen gällande plan, utkast finns" in document
    assert f"- Period: {period} (utkast)" in document
    assert f"- Planfil: `{file}` (utkast)" in document
    [unit] = review.units
    page = _text(dict(review_pages(review))[unit_uri(unit)])
    assert f"Period {period} (utkast)" in page and "ingen plan" not in page
    assert f"Planfil {file} (utkast)" in page


def test_the_hint_is_to_decide_the_utkast_as_trygg_check_says(
    new_repo: tuple[Review, Path],
) -> None:
    review, plan = new_repo
    decide = f"besluta utkastet till planen för läsåret {plan.stem[:4]}/{plan.stem[5:]}"
    [unit] = review.units
    for said in (_unit_document(review), _text(dict(review_pages(review))[unit_uri(unit)])):
        assert decide in said
        assert "trygg ny-period gör ett utkast" not in said


def test_only_findings_whose_words_are_left_out_say_so(new_repo: tuple[Review, Path]) -> None:
    """The unit is withheld (TP311): in the portal, TP101's and TP311's messages repeat
    nothing of its files and are shown as they are; a FYLL I mark's words are left out.
    granska's internal document (no privacy finding here) shows them."""
    internal, plan = new_repo
    assert not any(f.detail.startswith(NOT_SHOWN) for f in internal.units[0].findings)
    checked = check_content(plan.parents[3])
    summaries = [s.summary for s in checked.schools if s.summary is not None]
    review = build_review("Kommunen", summaries, checked.report, internal.today)
    [unit] = review.units
    assert unit.held is not None
    shown = {f.code: f.detail for f in unit.findings}
    assert not shown["TP101"].startswith(NOT_SHOWN)
    assert shown["TP311"].startswith("Skola.yml är fortfarande trygg:s exempel")
    assert shown["TP304"].startswith(NOT_SHOWN)


def test_the_mark_of_an_utkast_is_written_in_one_place() -> None:
    """The check, the granskning and the plan page mark an utkast alike, "… (utkast)"
    after what it marks (`layout.draft_marked`): no other code writes the mark itself."""
    package = Path(__file__).resolve().parents[1] / "generator"
    writers = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        writers |= {
            path.relative_to(package).as_posix()
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and id(node) not in docstrings
            and isinstance(node.value, str)
            and "(utkast)" in node.value
        }
    assert writers == set()
    assert draft_marked("läsåret 2026/27") == "läsåret 2026/27 (utkast)"
    assert draft_marked("Inte beslutad", draft=False) == "Inte beslutad"


def test_the_internal_build_lists_the_utkasts_findings_apart_and_granska_does_not(
    new_repo: tuple[Review, Path],
) -> None:
    """The build --med-utkast (never published) shows what was found in an utkast under a
    heading of its own; granska's document, filed in the diarium, and the published
    portal do not (an utkast's text would become public before its decision)."""
    review, plan = new_repo
    period = f"läsåret {plan.stem[:4]}/{plan.stem[5:]}"
    assert "Anmärkningar i utkastet" not in _unit_document(review)
    checked = check_content(plan.parents[3])
    summaries = [s.summary for s in checked.schools if s.summary is not None]
    internal = build_review(
        "Kommunen", summaries, checked.report, review.today, internal=True, drafts=True
    )
    [unit] = internal.units
    drafted = dict(review_pages(internal))[unit_uri(unit)]
    assert f"Anmärkningar i utkastet för {period}" in drafted
    assert "Utkastet är inte beslutat och publiceras inte" in drafted
    assert "TP203" in drafted
    public = build_review("Kommunen", summaries, checked.report, review.today)
    [unit] = public.units
    assert not unit.draft_findings
    page = dict(review_pages(public))[unit_uri(unit)]
    assert "Anmärkningar i utkastet" not in page and "TP203" not in page
