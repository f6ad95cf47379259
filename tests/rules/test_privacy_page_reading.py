"""What passed the check and was then withheld by the last look: a number that only shows
where the published page or its search index joins what the content writes apart. The
check reads the content as the page reads it, and reports the number at file:line:column;
the last look is asked too, so that the two agree (non-negotiable: no personnummer is
published, and a rektor is told where it is written and what to do).

- a contact's phone number, which a page links as its digits (tel:1203041239).
"""

from __future__ import annotations

import json
from pathlib import Path

import markdown
import pytest
from ruletools import SCHOOL, Tree

from generator.personal_data import luhn
from generator.render.markdown.blocks import tel
from generator.site.defaults import markdown_extensions
from generator.site.lastlook import PERSONAL_NUMBER, scan_html
from generator.validate.formhints import PHONE_PATTERN
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


@pytest.mark.parametrize(
    "phone", ["12 03 04 12 39", "1203041239", "+12 03 04 12 39", "+47 701 23 45", "0047 701 23 45"]
)
def test_a_phone_number_not_from_0_or_46_is_refused_at_its_line(tmp_path: Path, phone: str) -> None:
    """A page links a number as its digits: "12 03 04 12 39" would be tel:1203041239."""
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, 'telefon: "0480-45 12 01"', f'telefon: "{phone}"')
    [problem] = tree.problems("TP015")
    assert str(problem.location) == tree.at(SCHOOL, f'"{phone}"')
    assert "0 eller +46" in problem.message and "riktnumret" in problem.hint
    assert phone not in str(problem) and phone.replace(" ", "") not in str(problem)


def test_a_phone_number_not_from_0_is_what_the_last_look_refuses() -> None:
    assert PERSONAL_NUMBER in scan_html(f"<p>{_html(tel('12 03 04 12 39'))}</p>", frozenset())


@pytest.mark.parametrize(
    "phone",
    ["0480-45 12 01", "070-123 45 67", "+46 70 123 45 67", "0046 70 123 45 67", "(0480) 451201"],
)
def test_a_swedish_phone_number_passes_the_check_and_the_last_look(
    tmp_path: Path, phone: str
) -> None:
    assert list(scan_html(f"<p>{_html(tel(phone))}</p>", frozenset())) == []
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, 'telefon: "0480-45 12 01"', f'telefon: "{phone}"')
    assert tree.problems("TP015") == []


def test_every_phone_number_of_the_schemas_is_held_to_a_swedish_number() -> None:
    patterns = [
        json.dumps(schema).count(json.dumps(PHONE_PATTERN)) for schema in load_schemas().values()
    ]
    telefon = sum(json.dumps(schema).count('"telefon": {') for schema in load_schemas().values())
    assert sum(patterns) == telefon == 3
