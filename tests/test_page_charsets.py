"""The last look reads a page as UTF-8; a page a browser would decode otherwise (another
charset declared, none declared where a browser looks for one, bytes that are not UTF-8,
an ESC that lets a browser guess ISO-2022-JP) hides from it what the reader sees, and is
refused with what to do."""

from __future__ import annotations

import pytest

from generator.build.pagelook import page_problems

PAGE = "<!doctype html><html><head>{}<title>Plan</title></head><body><p>Hej</p></body></html>"
UNDECLARED = (
    "sidan anger ingen teckenkodning i sina första 1024 byte, så webbläsaren gissar den och "
    'kan läsa sidan annorlunda än trygg – skriv <meta charset="utf-8"> först i <head> i '
    "temats mall (custom_dir under theme) och spara som UTF-8"
)
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
        f"tecknet ESC, som kan få webbläsaren att läsa sidan i en annan teckenkodning – {IN_UTF8}",
        UNDECLARED,
    ]
    declared = page.replace("<title>", '<meta charset="utf-8"><title>')
    assert len(page_problems(declared.encode(), ".html", frozenset())) == 1  # the ESC still


def test_a_page_in_utf16_is_refused() -> None:
    data = PAGE.format('<meta charset="utf-8">').encode("utf-16")
    assert "en sida som inte är skriven i UTF-8" in page_problems(data, ".html", frozenset())


@pytest.mark.parametrize(
    "page",
    [
        "<!doctype html><title>Egen sida</title><p>Hej</p>",
        # declared, but after the 1024 bytes a browser looks through
        f'<!doctype html><!-- {"x" * 1024} --><meta charset="utf-8"><p>Hej</p>',
        # cut at the 1024th byte: a browser's prescan does not read it
        f'<!doctype html><!-- {"x" * 980} --><meta name=a><meta charset="utf-8">',
        '<!doctype html><meta name="description" content="charset=utf-8"><p>Hej</p>',
    ],
)
def test_a_page_that_declares_no_charset_where_a_browser_looks_is_refused(page: str) -> None:
    """A browser guesses the charset of a page that declares none in its first 1024 bytes
    (an author's template in custom_dir, a page from a cache or a part)."""
    assert page_problems(page.encode(), ".html", frozenset()) == [UNDECLARED]


@pytest.mark.parametrize(
    "page",
    [
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Plan</title>',
        "\ufeff<!doctype html><title>Plan</title><p>Hej</p>",  # a byte order mark decides
        f'<!doctype html><!-- {"å" * 480} --><meta charset="utf-8"><p>Hej</p>',
    ],
)
def test_a_page_that_declares_utf8_in_time_passes(page: str) -> None:
    assert page_problems(page.encode(), ".html", frozenset()) == []


def test_a_feed_or_xhtml_needs_no_meta_charset() -> None:
    """XML is UTF-8 unless its declaration says otherwise (`site.xmllook`)."""
    feed = '<feed xmlns="http://www.w3.org/2005/Atom"><title>Plan</title></feed>'
    assert page_problems(feed.encode(), ".xml", frozenset()) == []
