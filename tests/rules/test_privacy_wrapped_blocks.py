"""TP401 on a number over a soft-wrapped line that Python-Markdown keeps in its paragraph:
after a code span, an inline tag, "~~", "=" or "words:" at a line's start, and a line of
pipes that is no table; and in a YAML block scalar's text a "words:" line. Each reading
is checked against Python-Markdown with the site's extensions."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from ruletools import PAGE, PLAN, Tree, locations

from generator.personal_data import has_personal_number, luhn, personal_numbers
from generator.site.defaults import MARKDOWN

NUMBER = "1308 2234 01"  # 2013-08-22, as grouped after a word for one
assert luhn(NUMBER.replace(" ", ""))
EXTENSIONS = [name for name in MARKDOWN if name != "pymdownx.emoji"]

JOINED = [
    f"Elevens personnummer är\n`{NUMBER}`.",
    f"Elevens personnummer är\n<span>{NUMBER}</span>.",
    f"Elevens personnummer är\n<b>{NUMBER}</b>",
    f"Elevens personnummer är\n~~x~~ {NUMBER}",
    f"Elevens personnummer är\n= {NUMBER}",
    f"Elevens personnummer är\n--- {NUMBER}",
    f"Här är elevens personnummer och det\nsom vi fick: {NUMBER}.",
    f"```x``` Elevens personnummer är\n{NUMBER}",
    f"~~~ Elevens personnummer är\n{NUMBER}",
    f"| Elevens personnummer |\n| {NUMBER} |",  # no table: no separator row
    f"Elevens personnummer är\n```\n{NUMBER}",  # no fence right after text
    f"Elevens personnummer är\n~~~\n{NUMBER}",
]
APART = [
    f"Elevens personnummer är\n<div>{NUMBER}</div>",
    f"Elevens personnummer är\n<p>{NUMBER}</p>",
    f"Elevens personnummer är\n<!-- x --> {NUMBER}",
    f"Elevens personnummer är\n# {NUMBER}",
    f"Elevens personnummer är\n> {NUMBER}",
    f"| a | b |\n|---|---|\n| Elevens personnummer | x |\n| {NUMBER} | y |",
    f"# R\n| Elevens personnummer | x |\n|---|---|\n| {NUMBER} | y |",
    f"Elevens personnummer är\n\n```\n{NUMBER}\n```",
]


def _one_paragraph(text: str) -> bool:
    html = markdown.markdown(text, extensions=EXTENSIONS)
    return html.startswith("<p>") and html.count("<p>") == 1 and html.endswith("</p>")


@pytest.mark.parametrize("text", JOINED)
def test_a_line_markdown_keeps_in_its_paragraph_is_read_with_the_line_before(text: str) -> None:
    assert _one_paragraph(text)
    assert list(personal_numbers(text)) == [text.index(NUMBER)]


@pytest.mark.parametrize("text", APART)
def test_a_line_that_starts_a_block_is_read_apart(text: str) -> None:
    assert not _one_paragraph(text)
    assert not has_personal_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "elev: Elevens personnummer\nkod: 1308 2234 01",
        "a:\n  elev: Elevens personnummer\n  kod: 1308 2234 01",
        "- elev: Elevens personnummer\n  kod: 1308 2234 01",
        "a:\n- Elevens personnummer\nb: 1308 2234 01",
        "vision: >-\n  Elevens personnummer\nkod: 1308 2234 01",
        "# kommentar\nelev: Elevens personnummer\n# x\nkod: 1308 2234 01",
        "vision: |\n  Elevens personnummer är\n  # 1308 2234 01",  # a literal's heading
    ],
)
def test_a_yaml_key_or_a_literal_scalars_block_is_read_apart(text: str) -> None:
    assert not has_personal_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "vision: >-\n  Här är elevens personnummer och det\n  som vi fick: 1308 2234 01.\nx: y",
        "vision: |\n  Elevens personnummer\n  a: b\n  som vi fick: 1308 2234 01.",
        'vision: "Elevens personnummer och det\n  som vi fick: 1308 2234 01."',
        "---\ntitel: T\n---\nElevens personnummer: x\nsom vi fick: 1308 2234 01.",
        # YAML folds these lines before Markdown reads them: no block starts
        "vision: >-\n  Elevens personnummer är\n  # 1308 2234 01",
        "vision: >-\n  Elevens personnummer är\n  > 1308 2234 01",
        'vision: "Elevens personnummer är\n  <div>1308 2234 01"',
        "a:\n  b: >\n    Elevens personnummer är\n    # 1308 2234 01\n  c: x",
    ],
)
def test_a_folded_scalars_lines_and_words_with_a_colon_in_text_are_joined(text: str) -> None:
    assert list(personal_numbers(text)) == [text.index(NUMBER)]


@pytest.mark.parametrize("text", JOINED[:7])
def test_the_check_reports_each_on_a_page_at_its_line_and_column(tmp_path: Path, text: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{text}\n")
    problems = tree.problems("TP401")
    assert locations(problems) == [tree.at(PAGE, NUMBER)]
    assert not any(c.isdigit() for c in problems[0].message)
    assert "2234" not in problems[0].format()


def test_the_check_reports_words_and_a_colon_in_a_plans_folded_text(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    folded = (
        "vision: >-\n  Här är elevens personnummer och det\n  som vi fick: 1308 2234 01."
        " På Ekbackens skola"
    )
    tree.edit(PLAN, "vision: >-\n  På Ekbackens skola", folded)
    problems = tree.problems("TP401")
    assert locations(problems) == [tree.at(PLAN, NUMBER)]
    assert "2234" not in problems[0].format()
