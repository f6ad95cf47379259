"""The fields the site shows as plain text (`validate.plainfields`): HTML and links in them
are told with what works there, not with Markdown, which would show as written too."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.check.rawhtml import text_problems
from generator.load.document import Document
from generator.problems import Problem
from generator.validate.textlinks import text_link_problems


def told(text: str) -> list[Problem]:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    data = yaml.safe_load(text)
    document = Document(Path("fil.yml"), "fil.yml", data, node, text=text)
    return [*text_problems(document), *text_link_problems([document])]


PLAN = "åtgärder:\n  - id: A1\n    titel: {}\n    beskrivning: Vi gör så.\n"


@pytest.mark.parametrize(
    ("yaml_text", "field", "hint"),
    [
        (
            "säg_till:\n  text: Skriv en <b>lapp</b>.\n",
            "säg_till.text",
            "ta bort taggen och skriv bara orden: texten står i säg_till, som visas som "
            "ren text utan fetstil, kursiv eller bilder",
        ),
        (
            "aktiviteter:\n  - id: apt\n    namn: Planen<br>på APT\n",
            "aktiviteter (id: apt).namn",
            "ta bort taggen och skriv texten i ett stycke: texten står i en aktivitet i "
            "årshjulet, som visas som ren text på en rad",
        ),
        (
            PLAN.format("Vuxna <i>vid</i> omklädning"),
            "åtgärder (id: A1).titel",
            "ta bort taggen och skriv bara orden: texten står i ett kort fält i en åtgärd, "
            "som visas som ren text utan fetstil, kursiv eller bilder",
        ),
        (
            'rutiner:\n  elev_elev:\n    steg:\n      - id: a\n        text: Se <a href="https://bris.se">BRIS</a>\n',
            "rutiner.elev_elev.steg (id: a).text",
            "ta bort taggen och skriv steget utan länk, och länken i texten före eller "
            "efter flödet: texten står i ett steg i flödet, som visas som ren text",
        ),
    ],
)
def test_html_in_a_plain_field_is_told_what_works_there(
    yaml_text: str, field: str, hint: str
) -> None:
    [problem] = told(yaml_text)
    assert (problem.code, problem.field, problem.hint) == ("TP069", field, hint)
    assert "Markdown" not in problem.hint and "**" not in problem.hint


def test_html_in_a_markdown_field_is_told_the_markdown_to_write() -> None:
    text = "åtgärder:\n  - id: A1\n    titel: Rast\n    beskrivning: Vi <b>gör</b> så.\n"
    [problem] = told(text)
    assert (problem.field, problem.hint) == (
        "åtgärder (id: A1).beskrivning",
        "skriv **fet** i stället",
    )


def test_a_link_in_a_plans_short_field_is_told_to_go_where_it_can_be_followed() -> None:
    text = PLAN.format("Vuxna vid [omklädning](https://example.se)")
    [problem] = told(text)
    assert problem.code == "TP053"
    assert "står i ett kort fält i en åtgärd, som visas som ren text" in problem.message
    assert problem.hint == "skriv länken i åtgärdens beskrivning, där länkar går att följa"
    assert (problem.location.line, problem.location.column) == (
        3,
        text.splitlines()[2].index("https") + 1,
    )
