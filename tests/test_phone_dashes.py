"""TP015 takes a phone number with any dash or space between its digits, as pasted from
Word (the non-breaking hyphen U+2011, the hyphen U+2010, the minus sign, the figure dash,
a hard space), as it takes the hyphen and the en dash; the page dials it; and where a
number is still refused, the message names the character that does not belong, never
the digits."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.personal_data.readable import as_seen
from generator.render.markdown.blocks import tel
from generator.validate.phonenumbers import DASHES, PHONE_PATTERN, phone_refusal

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = "ekbackens-skola"
PASTED = {
    "non-breaking hyphen": "0480\u201145 12 01",
    "hyphen": "0480\u201045 12 01",
    "minus sign": "0480\u221245 12 01",
    "figure dash": "0480\u201245 12 01",
    "em dash": "0480\u201445 12 01",
    "full-width hyphen-minus": "0480\uff0d45 12 01",
    "hard spaces": "0480-45\u00a012\u202f01",
    "figure space": "0480-45\u200712 01",
    "international": "+46\u00a0480\u201145\u00a012\u00a001",
}


@pytest.mark.parametrize("phone", PASTED.values(), ids=list(PASTED))
def test_a_number_pasted_from_word_is_a_phone_number_and_is_dialled(phone: str) -> None:
    assert re.search(PHONE_PATTERN, phone)
    assert "(tel:+46480451201)" in tel(phone)


def test_every_dash_a_reader_reads_as_a_hyphen_is_taken() -> None:
    dashes = {chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Pd"}
    assert dashes - set(DASHES) <= {"-", "–"}
    for dash in DASHES:
        assert as_seen(dash)[0] == "-", hex(ord(dash))
        assert re.search(PHONE_PATTERN, f"070{dash}174 06 50")


def test_a_personnummer_with_other_dashes_is_still_refused() -> None:
    for dash in ("\u2011", "\u2212", "-"):
        assert not re.search(PHONE_PATTERN, f"120304{dash}1239")


@pytest.mark.parametrize(
    ("phone", "said"),
    [
        ("0480\u00ad45 12 01", "ett osynligt tecken U+00AD (mjukt bindestreck)"),
        ("0480\u200b45 12 01", "ett osynligt tecken U+200B"),
        ("0480-45 12 01 x", "tecknet 'x' (U+0078)"),
    ],
)
def test_a_refused_number_names_its_odd_character_without_the_digits(phone: str, said: str) -> None:
    assert not re.search(PHONE_PATTERN, phone)
    message, hint = phone_refusal(phone)
    assert said in message and "ta bort tecknet" in hint
    assert "0480" not in message and "45 12" not in message and "12 01" not in message


def test_the_check_takes_and_refuses_them_at_the_value(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    school = tmp_path / "content" / "skolor" / SCHOOL / "skola.yml"
    text = school.read_text(encoding="utf-8")
    school.write_text(
        text.replace('"08-465 004 11"', '"0480\u201145 12 01"', 1).replace(
            '"08-465 004 12"', '"0480\u00ad45 12 01"', 1
        ),
        encoding="utf-8",
    )
    found = [
        p for p in check_content(tmp_path / "content", only=(SCHOOL,)).report if p.code == "TP015"
    ]
    assert len(found) == 1 and "U+00AD" in found[0].message
    assert found[0].location.line == 1 + text[: text.index('"08-465 004 12"')].count("\n")
