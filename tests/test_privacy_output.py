"""The last look refuses any published file that shows a personnummer, however spelt.

The checks find personnummer in the content; this is the second line, on what is
actually published: the text a reader sees, and every byte a browser, a crawler or a
program reading the files could read (attributes, comments, scripts, JSON keys,
compressed sitemaps, calendars, image metadata), however encoded
(`personal_data.carried`). A malicious or careless author, or a tampered cache.
"""

from __future__ import annotations

import gzip
import json
import struct
import zlib
from pathlib import Path

import pytest

from generator.build.scan import refuse_unsafe, scan_site
from generator.personal_data import personal_numbers
from generator.problems import BuildFailed
from generator.site.lastlook import scan_html


@pytest.mark.parametrize(
    "page",
    [
        "<p>Eleven 1212<em>12</em>-1212 har flyttat.</p>",
        "<p>121212&#8209;1212</p>",
        '<img src="a.png" alt="Elev 19121212 1212">',
        "<table><tr><td>Elev</td><td>121212-1212</td></tr></table>",
        "<p>Elev 2012/03/04-1239</p>",
        "<p>Född 2024-09-17 1200</p>",
    ],
)
def test_a_page_that_shows_a_personal_number(page: str) -> None:
    html = f"<!doctype html><html><body>{page}</body></html>"
    assert "ett personnummer" in list(scan_html(html, frozenset()))


def test_a_page_title_with_a_personal_number() -> None:
    """The browser's tab and search results show the head's title, not only the body."""
    html = "<html><head><title>Samtal 121212-1212</title></head><body><p>x</p></body></html>"
    assert "ett personnummer" in list(scan_html(html, frozenset()))


def test_ordinary_pages_pass() -> None:
    said = "Ring 0701230005 eller 0480-45 12 01. Mötet 2026-08-17. Samtal 2024-09-17 1200."
    html = f"<html><body><p>{said}</p></body></html>"
    assert list(scan_html(html, frozenset())) == []
    # Escaped markup is shown as text in a page (a feed reader would show it as markup).
    shown = "<html><body><p>&lt;b&gt;1212&lt;/b&gt;12-1212</p></body></html>"
    assert list(scan_html(shown, frozenset())) == []


HIDDEN = [  # what a reader is not shown, but the page carries
    '<a href="/elev?nr=121212-1212">Elev</a>',
    '<a href="/elev?nr=%31%32%31%32%31%32-%31%32%31%32">Elev</a>',
    '<a href="/elev#121212&#45;1212">Elev</a>',
    '<div data-elev="121212-1212">x</div>',
    '<div data-elev="&#49;&#50;1212&#8203;-1212">x</div>',
    '<div id="elev-121212-1212">x</div>',
    '<span aria-describedby="n-1212121212">x</span>',
    '<link rel="alternate" href="/flode.xml?elev=19121212\u20111212">',
    "<!-- elev 121212-1212 -->",
    '<script type="application/json">{"121212\\u002d1212": 1}</script>',
    '<style>.x::after { content: "\\31 21212-1212"; }</style>',
    '<style>.x::after { content: "1212" "12-1212"; }</style>',
    "<p>\u202e2121-212121</p>",  # shown right to left: 121212-1212
]


@pytest.mark.parametrize("hidden", HIDDEN)
def test_a_number_anywhere_in_a_page_is_found(hidden: str) -> None:
    html = f"<!doctype html><html><head><title>x</title></head><body>{hidden}</body></html>"
    assert "ett personnummer" in list(scan_html(html, frozenset()))


def png_with_text(text: bytes) -> bytes:
    """A one-pixel PNG with a text chunk (metadata, as a camera or editor writes it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    parts = [chunk(b"IHDR", header), chunk(b"tEXt", text), chunk(b"IDAT", pixels)]
    return b"\x89PNG\r\n\x1a\n" + b"".join(parts) + chunk(b"IEND", b"")


SITEMAP = b"<urlset><url><loc>https://skola.se/elev/121212-1212/</loc></url></urlset>"
FEED = "<feed><entry><content type='html'>&lt;p&gt;1212&lt;em&gt;12&lt;/em&gt;-1212&lt;/p&gt;"
PUBLISHED = [  # (file, content) that carries a number a program reads
    ("oppna-data/plan.json", b'{"121212-1212": "elev"}'),  # a key
    ("oppna-data/plan.json", b'{"elev": 191212121212}'),  # a number, not a string
    ("oppna-data/plan.json", b'{"a": "121212\\u002d1212", "a": "x"}'),  # a key twice
    ("manifest.webmanifest", b'{"name": "Elev 121212-1212"}'),
    ("LASMIG", b"Elev 121212-1212"),
    ("assets/bild.svg", b"<svg><text>1212<tspan>12</tspan>-1212</text></svg>"),
    ("sitemap.xml.gz", gzip.compress(SITEMAP)),
    ("arshjul.ics", b"BEGIN:VEVENT\r\nSUMMARY:Samtal elev 12121\r\n 2-1212\r\nEND:VEVENT\r\n"),
    ("assets/foto.png", png_with_text(b"Comment\x00Elev 121212-1212")),
    ("feed.xml", FEED.encode()),  # a feed reader shows the escaped HTML
    ("%31%32%31%32%31%32-%31%32%31%32.txt", b"x"),  # a name read as an address
]


@pytest.mark.parametrize(("file", "content"), PUBLISHED, ids=[f[0] for f in PUBLISHED])
def test_a_number_anywhere_in_a_published_file_is_found(
    tmp_path: Path, file: str, content: bytes
) -> None:
    (tmp_path / file).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / file).write_bytes(content)
    assert f"{file}: ett personnummer" in scan_site(tmp_path, ())


def test_a_compressed_file_that_cannot_be_read_is_refused(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(SITEMAP)[:40])
    assert scan_site(tmp_path, ()) == ["sitemap.xml.gz: en komprimerad fil som inte går att läsa"]


def test_data_files_and_names(tmp_path: Path) -> None:
    (tmp_path / "oppna-data").mkdir()
    data = {"text": "Elev \u0031\u00321212-1212"}
    (tmp_path / "oppna-data" / "plan.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "arshjul.ics").write_text("SUMMARY:Samtal 121212-1212\r\n", encoding="utf-8")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "121212-1212.jpg").write_bytes(b"")
    (tmp_path / "ok.json").write_text('{"a": "0701230005"}', encoding="utf-8")
    found = scan_site(tmp_path, ())
    assert sorted(found) == [
        "arshjul.ics: ett personnummer",
        "assets/121212-1212.jpg: ett personnummer",
        "oppna-data/plan.json: ett personnummer",
    ]


def test_separate_values_are_not_read_as_one_number(tmp_path: Path) -> None:
    """A week's last day and the next value's year ("2026-10-04", "2026-W44") are two values
    in the open data; read together they would pass as the personnummer 261004-2026."""
    week = {"första": "2026-09-28", "sista": "2026-10-04"}
    data = {"start": "2026-W40", "start_dagar": week, "klart": "2026-W44"}
    (tmp_path / "plan.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "2026-10-04").mkdir()
    (tmp_path / "2026-10-04" / "x.txt").write_text("2026 elever", encoding="utf-8")
    assert scan_site(tmp_path, ()) == []


def test_a_number_in_an_address_is_found_where_it_is_written() -> None:
    """The check reads a link's address as a browser does: the school is withheld with
    the file, line and column, before the last look would stop the build."""
    line = "Se [ärendet](https://arende.example/visa?elev=%31%32%31%32%31%32-%31%32%31%32)."
    assert list(personal_numbers(line)) == [line.index("%31")]


def test_a_refused_site_names_the_file_and_how_to_fix_it(tmp_path: Path) -> None:
    page = tmp_path / "sidor" / "teamet" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        '<html><meta charset="utf-8"><body><a href="?elev=121212-1212">x</a></body></html>',
        "utf-8",
    )
    with pytest.raises(BuildFailed) as refused:
        refuse_unsafe(tmp_path, (), "Strandskolan")
    message = str(refused.value)
    assert message.startswith("webbplatsen Strandskolan publiceras inte, den innehåller ")
    assert "sidor/teamet/index.html: ett personnummer – ta bort numret" in message
    assert "i en länk (%31)" in message


def test_one_file_under_two_names_is_read_as_each(tmp_path: Path) -> None:
    """A calendar's folded line is unfolded; the same file (a hard link) named .txt is not."""
    (tmp_path / "a.txt").write_bytes(b"SUMMARY:Samtal elev 12121\r\n 2-1212\r\n")
    (tmp_path / "b.ics").hardlink_to(tmp_path / "a.txt")
    assert scan_site(tmp_path, ()) == ["b.ics: ett personnummer"]
