"""The last look reads a page as UTF-8; a page a browser would decode otherwise (another
charset declared, bytes that are not UTF-8, an ESC that lets a browser guess
ISO-2022-JP) hides from it what the reader sees, and is refused with what to do."""

from __future__ import annotations

import pytest

from generator.build.pagelook import page_problems

PAGE = "<!doctype html><html><head>{}<title>Plan</title></head><body><p>Hej</p></body></html>"
IN_UTF8 = 'skriv <meta charset="utf-8"> i temats mall (custom_dir under theme) och spara som UTF-8'


OTHERS = ["windows-1252", "utf-7", "UTF-16", "iso-2022-jp", "x-user-defined"]


@pytest.mark.parametrize("label", OTHERS)
def test_a_page_that_declares_another_charset_is_refused(label: str) -> None:
    found = page_problems(PAGE.format(f'<meta charset="{label}">').encode(), ".html", frozenset())
    assert found == [f'<meta charset="{label}">, en annan teckenkodning än UTF-8 – {IN_UTF8}']


def test_a_second_charset_later_in_the_page_is_refused_too() -> None:
    head = '<meta charset="utf-8"><meta name="x" content="charset=utf-8"><meta charset="utf-7">'
    assert len(page_problems(PAGE.format(head).encode(), ".html", frozenset())) == 1


@pytest.mark.parametrize("label", ["utf-8", " UTF-8 ", "utf8", "unicode-1-1-utf-8"])
def test_a_page_in_utf8_passes(label: str) -> None:
    page = PAGE.format(f'<meta charset="{label}">').encode()
    assert page_problems(page, ".html", frozenset()) == []


def test_a_content_type_in_http_equiv_is_refused() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=utf-7">'
    assert page_problems(PAGE.format(head).encode(), ".html", frozenset()) == [
        'elementet <meta http-equiv="Content-Type">, som webbläsaren läser som en inställning '
        "(teckenkodning, omdirigering) – ta bort det ur temats mall (custom_dir under theme)"
    ]


def test_an_escape_that_would_switch_a_guessing_browser_to_iso_2022_jp_is_refused() -> None:
    # In ISO-2022-JP the bytes after ESC $ B are two-byte characters: the quote that ends
    # the title in UTF-8 is swallowed, and what follows becomes markup.
    page = PAGE.format("").replace("<p>Hej", '<p title="\x1b$B">\x1b(B Hej')
    assert page_problems(page.encode(), ".html", frozenset()) == [
        f"tecknet ESC, som kan få webbläsaren att läsa sidan i en annan teckenkodning – {IN_UTF8}"
    ]


def test_a_page_in_utf16_is_refused() -> None:
    data = PAGE.format('<meta charset="utf-8">').encode("utf-16")
    assert "en sida som inte är skriven i UTF-8" in page_problems(data, ".html", frozenset())
