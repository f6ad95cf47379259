"""HTML an author writes is shown as text (`render.markdown.safety`); TP069 says so where
it is written, with the Markdown to write instead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.rawhtml import html_shown_as_text
from generator.check.run import check_content

ROOT = Path(__file__).resolve().parent.parent
PAGE = Path("skolor/strandskolan/sidor/trygghetsteamet.md")
PLAN = Path("skolor/strandskolan/trygghetsplan/2026-27.yml")


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("Vi har <b>fet</b> text.", ["<b>"]),
        ("Rad ett<br>rad två <br/>", ["<br>", "<br/>"]),
        ('Se <a href="https://friends.se">Friends</a>.', ['<a href="https://friends.se">']),
        ("En stängd </div> utan öppning", ["</div>"]),
        ("<!-- en kommentar -->", ["<!--"]),
        # Not HTML, or shown as written on purpose
        ("Jag <3 skolan och x < y > z.", []),
        ("Skriv <namn> och <klass> i rutan.", []),
        ("Skriv till <rektor@strandvik.se> eller se <https://friends.se>.", []),
        ("Koden `<b>` visas som den står.", []),
        ("```\n<script>kod</script>\n```\n", []),
    ],
)
def test_html_outside_code_is_found(text: str, tags: list[str]) -> None:
    assert [tag for _index, tag in html_shown_as_text(text)] == tags


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("projekt") / "content"
    shutil.copytree(ROOT / "content", copy)
    page = copy / PAGE
    page.write_text(page.read_text(encoding="utf-8") + "\nVi har <b>fet</b> text.\n")
    plan = copy / PLAN
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("ska vara en skola", "ska vara en <i>skola</i>", 1))
    return copy


def test_a_page_and_a_plans_text_are_told_where_the_tag_stands(content: Path) -> None:
    told = [p for p in check_content(content).report if p.code == "TP069"]
    page_lines = (content / PAGE).read_text(encoding="utf-8").count("\n")
    assert [(p.location.file, p.location.line, p.location.column) for p in told] == [
        (f"content/{PAGE}", page_lines, 8),
        (f"content/{PLAN}", 9, 28),
    ]
    assert [p.hint for p in told] == ["skriv **fet** i stället", "skriv *kursiv* i stället"]
    assert all(p.severity.value == "varning" for p in told)


def test_the_example_has_no_html() -> None:
    assert not [p for p in check_content(ROOT / "content").report if p.code == "TP069"]
