"""Every character with a digit's value reads as that digit, for the check and the last
look alike: the dingbats ("❶", "➀", "➊", "⓵", "⓿"), which `str.isdigit` knows but which
are no decimal digits and have no plain form, as the other scripts' digits do. A
superscript or a footnote mark reads by its plain form as before, and ordinary text with
them ("m²", "¹") shows no personnummer."""

from __future__ import annotations

import unicodedata

import pytest

from generator.personal_data import markdown_numbers, page_numbers
from generator.personal_data.carried import carries_personal_number
from generator.personal_data.characters import read_digit
from generator.personal_data.fiction import fiction_numbers
from generator.personal_data.phones import national
from generator.personal_data.readable import as_seen
from generator.site.lastlook import scan_html

DINGBATS = {
    "negative circled": "Anmälan gäller ❶❷⓿❸⓿❹-❶❷❸❾.",
    "sans-serif circled": "Anmälan gäller ➀➁⓪➂⓪➃-➀➁➂➈.",
    "negative sans-serif circled": "Anmälan gäller ➊➋⓿➌⓿➍-➊➋➌➒.",
    "double circled": "Anmälan gäller ⓵⓶⓿⓷⓿⓸-⓵⓶⓷⓽.",
    "mixed with ASCII": "Anmälan gäller 12⓿❸04-❶239.",
}
ORDINARY = [
    "Skolgården är 4 500 m² och byggdes 2012-03-04.¹",
    "Ytan är 1203 m² och 0412 39 m³ förråd.",
    "Se not¹²³ om beslutet 2012-03-04 kl. 12.39.",
    "Lokalerna: 120 m², 304 m² och 1239 m².",
    "❶ Rektor ❷ Kurator ❸ Elevhälsan ⓿ Ingen",
    "Arbetsgång: ➀ anmälan ➁ utredning ➂ åtgärder ➃ uppföljning.",
]


@pytest.mark.parametrize("text", DINGBATS.values(), ids=list(DINGBATS))
def test_a_number_in_dingbat_digits_is_found_by_the_check_and_the_look(text: str) -> None:
    assert list(markdown_numbers(text)) == [len("Anmälan gäller ")]
    assert carries_personal_number(text)
    assert list(scan_html(f"<html><body><p>{text}</p></body></html>", frozenset()))


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_with_superscripts_and_numbered_marks_shows_no_number(text: str) -> None:
    assert list(markdown_numbers(text)) == []
    assert list(page_numbers(text)) == []
    assert not carries_personal_number(text)
    assert list(scan_html(f"<html><body><p>{text}</p></body></html>", frozenset())) == []


def test_each_character_with_a_digit_value_reads_as_that_digit() -> None:
    """As the digit alone, or where it has a plain form, as that form ("⑴" is "(1)")."""
    for code in range(0x110000):
        char = chr(code)
        value = unicodedata.digit(char, None)
        if value is None:
            continue
        plain = unicodedata.normalize("NFKC", char)
        read = as_seen(f"a{char}b")[0]
        assert read == (f"a{value}b" if plain == char or char.isdecimal() else f"a{plain}b")
        assert str(value) in read, hex(code)
        assert read_digit(char) == (value if plain == char or char.isdecimal() else None)


def test_a_superscript_reads_by_its_plain_form_as_before() -> None:
    assert as_seen("m² ¹ ⑴ ① ❶")[0] == "m2 1 (1) 1 1"


def test_a_number_of_the_fiction_series_in_dingbats_is_one_of_them() -> None:
    written = "⓿❼⓿-❶❼❹ ⓿❻ ❺⓿"  # 070-174 06 50
    assert national(written) == "0701740650"
    assert [number for _, number in fiction_numbers(f"Ring {written}.")] == [written]
