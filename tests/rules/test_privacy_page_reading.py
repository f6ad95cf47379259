"""What passed the check and was then withheld by the last look: a number that only shows
where the published page or its search index joins what the content writes apart. The
check reads the content as the page reads it, and reports the number at file:line:column;
the last look is asked too, so that the two agree (non-negotiable: no personnummer is
published, and a rektor is told where it is written and what to do).

- a plan's findings, which the page shows one after another as sentences;
- a unit's page: a table's cells side by side, list items and a paragraph's lines as
  one line of the search index, syntax that the page does not show;
- a contact's phone number, which a page links as its digits (tel:1203041239).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
import pytest
from ruletools import PAGE, PLAN, SCHOOL, Tree

from generator.personal_data import has_personal_number, luhn
from generator.render.markdown.blocks import tel
from generator.site.defaults import markdown_extensions
from generator.site.lastlook import PERSONAL_NUMBER, look, scan_html
from generator.text import sentences
from generator.validate.phonenumbers import PHONE_PATTERN
from generator.validate.schemas import load_schemas


def _checked(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn(prefix + d))


PUPIL = _checked("120304123")  # 1203041239: born 2012
DATE, SERIAL = PUPIL[:6], PUPIL[6:]
BORN_2005 = _checked("050101123")  # from 0, as a phone number is written


def _html(text: str) -> str:
    extensions = markdown_extensions()
    configs = {name: settings for name, settings in extensions.items() if settings}
    converter = markdown.Markdown(extensions=list(extensions), extension_configs=configs)
    return converter.convert(text)


def _refused(markdown_text: str) -> bool:
    """Whether the last look refuses the page of `markdown_text`, or its search index's
    text (Material's: a section's HTML up to the next heading, with its blanks and line
    breaks as one space)."""
    html = _html(markdown_text)
    page = f'<html><head><meta charset="utf-8"></head><body>{html}</body></html>'
    sections = re.split(r"<h[1-6][ >]", html)
    indexed = [look(" ".join(section.split()), frozenset())[1] for section in sections]
    return PERSONAL_NUMBER in scan_html(page, frozenset()) or any(
        has_personal_number(text, worded=False) for text in indexed
    )


# A unit's own page: nothing reads as a number as written; its page or index shows one.
JOINED_ON_PAGES = {
    "a table row's cells": (f"| A | B |\n|--|--|\n| Rapport {DATE} | {SERIAL} svar |", DATE),
    "a table's header and first row": (f"| Rapport {DATE} |\n|---|\n| {SERIAL} svar |", DATE),
    "a numbered list": (f"1. Rapport {DATE}\n2. {SERIAL} svar", DATE),
    "list items with stars": (f"* Rapport {DATE}\n* {SERIAL} svar", DATE),
    "a quote": (f"> Rapport {DATE}\n>\n> {SERIAL} svar", DATE),
    "emphasis": (f"Rapport **{DATE}** *{SERIAL}* svar.", DATE),
    "a heading after a paragraph": (f"Rapport {DATE}\n\n## {SERIAL} svar", DATE),
    "a link's text": (f"Rapport [{DATE}](https://example.org/) [{SERIAL}](https://a.se/)", DATE),
    "a word for one, then a number from 0 in the next list item": (
        f"- Vi frågar aldrig efter ditt personnummer\n- {BORN_2005} är expeditionens nummer",
        BORN_2005,
    ),
    "... on the next line of a paragraph": (
        f"Vi frågar aldrig efter ditt personnummer\n{BORN_2005} är expeditionens nummer.",
        BORN_2005,
    ),
    "... in the next cell": (f"| Personnummer | {BORN_2005} |\n|---|---|\n| a | b |", BORN_2005),
}  # fmt: skip


@pytest.mark.parametrize(("text", "number"), JOINED_ON_PAGES.values(), ids=list(JOINED_ON_PAGES))
def test_a_number_a_unit_s_page_joins_is_an_error_where_it_is_written(
    tmp_path: Path, text: str, number: str
) -> None:
    assert _refused(text)
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n## Rapporter\n\n{text}\n")
    found = tree.problems("TP401")
    assert [str(p.location) for p in found] == [tree.at(PAGE, number)], text
    assert PUPIL not in str(found) and BORN_2005 not in str(found)  # a CI log keeps it


# A unit's page whose page and index show no number: neither does the check.
APART_ON_PAGES = {
    "a table of figures": f"| Åk | Svar |\n|---|---|\n| 4 | 120 |\n| 5 | {SERIAL} |",
    "a word for one under another heading": (
        f"## Personnummer\n\nVi frågar aldrig efter det\n\n## Expedition\n\n{BORN_2005} ring hit"
    ),
    "a word for one in a sentence that ends": (
        f"- Vi frågar aldrig efter personnummer.\n- Expeditionen har {BORN_2005}"
    ),
    "a phone number after a word for a phone": (
        f"- Vi frågar aldrig efter personnummer\n- telefon {BORN_2005}"
    ),
}


@pytest.mark.parametrize("text", APART_ON_PAGES.values(), ids=list(APART_ON_PAGES))
def test_what_a_page_shows_apart_is_no_number_to_the_check_either(
    tmp_path: Path, text: str
) -> None:
    assert not _refused(text)
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n## Rapporter\n\n{text}\n")
    assert tree.problems("TP401") == []


@pytest.mark.parametrize(
    ("written", "number"),
    [
        (f"| A | B |\n      |---|---|\n      | Rapport {DATE} | {SERIAL} svar |", DATE),
        (
            f"- Vi frågar aldrig efter personnummer\n      - {BORN_2005} till expeditionen",
            BORN_2005,
        ),
    ],
)
def test_a_value_s_markdown_is_read_as_its_page_shows_it(
    tmp_path: Path, written: str, number: str
) -> None:
    """A value's Markdown over lines (a block scalar) is read as its page shows it, and
    the values of a file apart, as its pages show them."""
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "    beskrivning: >-\n      Värdegrundslektionerna",
        "    beskrivning: |\n      Värdegrundslektionerna",
    )
    tree.edit(
        PLAN, "träffas en gång i månaden.\n", f"träffas en gång i månaden.\n\n      {written}\n"
    )
    found = tree.problems("TP401")
    assert [str(p.location) for p in found] == [tree.at(PLAN, number)]


ENDING = "nu mest som uteslutning ur chattar och spridda skärmdumpar."
STARTING = "text: Omklädningsrummet är"
JOINS = {
    "an åtgärd's Bygger på": ("    adresserar: [F1]\n", "    adresserar: [F1, F2]\n"),
    "a cause's findings": ("    - fynd: [F1]\n", "    - fynd: [F1, F2]\n"),
    "a ground's findings": ("taggar: [nätkränkningar, kränkande_behandling]", "taggar: [kön]"),
}


def _two_findings(tree: Tree, end: str, start: str) -> None:
    tree.edit(PLAN, ENDING, end)
    tree.edit(PLAN, STARTING, f"text: {start} omklädningsrummet är")


@pytest.mark.parametrize(("old", "new"), JOINS.values(), ids=list(JOINS))
@pytest.mark.parametrize(
    "written",
    [
        (f"nu mest enligt rapport {DATE}.", f"{SERIAL} svar visar att", DATE),
        (f"nu mest enligt rapport {DATE}", f"{SERIAL} svar visar att", DATE),
        ("men vi frågar aldrig efter personnummer.", f"{BORN_2005} visar att", BORN_2005),
    ],
)
def test_two_findings_the_plan_s_page_joins_are_an_error_where_the_number_starts(
    tmp_path: Path, old: str, new: str, written: tuple[str, str, str]
) -> None:
    end, start, number = written
    shown = sentences([(end, end), (f"{start} omklädningsrummet.", "x.")])
    assert _refused(f"Bygger på: {shown}")
    tree = Tree(tmp_path)
    _two_findings(tree, end, start)
    assert tree.problems("TP401") == []  # apart: the page never joins them
    tree.edit(PLAN, old, new)
    [problem] = tree.problems("TP401")
    assert str(problem.location) == tree.at(PLAN, number)
    assert "fyndet F2" in problem.message and number not in str(problem)


def test_a_finding_written_over_lines_is_read_as_the_page_joins_it(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "använda stödet.\n", f"använda stödet, enligt\n        rapport {DATE}.\n")
    tree.edit(PLAN, "text: Eleverna i F–1 är", f"text: {SERIAL} svar visar att eleverna i F–1 är")
    tree.edit(PLAN, "    adresserar: [F4]\n", "    adresserar: [F4, F5]\n")
    [problem] = tree.problems("TP401")
    assert str(problem.location) == tree.at(PLAN, DATE)


@pytest.mark.parametrize(
    "phone",
    [
        "12 03 04 12 39",
        "1203041239",
        "+12 03 04 12 39",
        "+47 701 23 45",
        "0047 701 23 45",
        "0 12 03 04 12 39",
        "+46 12 03 04 12 39",
        "+46 (0) 1203 0412 39",
        "0046 1203041239",
    ],
)
def test_a_phone_number_not_from_0_or_46_is_refused_at_its_line(tmp_path: Path, phone: str) -> None:
    """A page links a number as its digits: "12 03 04 12 39" would be tel:1203041239, and
    "0 12 03 04 12 39" tel:+461203041239 (a personnummer behind a 0 or +46: eleven digits
    or more from 0 are no Swedish number)."""
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, 'telefon: "08-465 004 11"', f'telefon: "{phone}"')
    [problem] = tree.problems("TP015")
    assert str(problem.location) == tree.at(SCHOOL, f'"{phone}"')
    assert "0 eller +46" in problem.message and "riktnumret" in problem.hint
    assert phone not in str(problem) and phone.replace(" ", "") not in str(problem)
    assert PUPIL not in re.sub(r"\D", "", problem.message + problem.hint)


@pytest.mark.parametrize(
    "phone", ["+46", "＋46", "0", "08", "0046", "0 (noll)", "+46 0 8-465 004 12"]
)
def test_a_phone_number_too_short_or_with_a_word_is_refused(tmp_path: Path, phone: str) -> None:
    """Its page would link tel:+46, or dial a 0 that is not dialled after +46."""
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, 'telefon: "08-465 004 11"', f'telefon: "{phone}"')
    [problem] = tree.problems("TP015")
    assert str(problem.location) == tree.at(SCHOOL, f'"{phone}"')
    assert "kortnummer" in problem.message


def test_a_phone_number_not_from_0_is_what_the_last_look_refuses() -> None:
    assert PERSONAL_NUMBER in scan_html(f"<p>{_html(tel('12 03 04 12 39'))}</p>", frozenset())


@pytest.mark.parametrize(
    "phone",
    [
        "0480-45 12 01",
        "070-123 45 67",
        "+46 70 123 45 67",
        "0046 70 123 45 67",
        "(0480) 451201",
        "＋46 70 174 06 50",
        "+46 (0) 8-465 004 12",
        "08-12 34 5",
        "116 111",
        "1177",
        "114 14",
        "112",
        "116 000",
    ],
)
def test_a_swedish_phone_number_passes_the_check_and_the_last_look(
    tmp_path: Path, phone: str
) -> None:
    assert list(scan_html(f"<p>{_html(tel(phone))}</p>", frozenset())) == []
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, 'telefon: "08-465 004 11"', f'telefon: "{phone}"')
    assert tree.problems("TP015") == []


@pytest.mark.parametrize(
    ("phone", "dialled"),
    [
        ("08-465 004 12", "+46846500412"),
        ("+46 (0) 8-465 004 12", "+46846500412"),
        ("0046 (0)70-174 06 50", "+46701740650"),
        ("＋46 70 174 06 50", "+46701740650"),
        ("116 111", "116111"),
    ],
)
def test_a_page_dials_a_swedish_number_as_it_is_dialled(phone: str, dialled: str) -> None:
    assert f"(tel:{dialled})" in tel(phone)


def test_every_phone_number_of_the_schemas_is_held_to_a_swedish_number() -> None:
    patterns = [
        json.dumps(schema).count(json.dumps(PHONE_PATTERN)) for schema in load_schemas().values()
    ]
    telefon = sum(json.dumps(schema).count('"telefon": {') for schema in load_schemas().values())
    assert sum(patterns) == telefon == 3
