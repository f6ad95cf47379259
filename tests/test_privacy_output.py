"""The last look refuses any published file that shows a personnummer, however spelt.

The checks find personnummer in the content; this is the second line, on what is
actually published: the text a reader sees, data files, feeds and file names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.build.scan import scan_site
from generator.site.lastlook import scan_html


@pytest.mark.parametrize(
    "page",
    [
        "<p>Eleven 1212<em>12</em>-1212 har flyttat.</p>",
        "<p>121212&#8209;1212</p>",
        '<img src="a.png" alt="Elev 19121212 1212">',
        "<table><tr><td>Elev</td><td>121212-1212</td></tr></table>",
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
    html = "<html><body><p>Ring 0701230005 eller 0480-45 12 01. Mötet 2026-08-17.</p></body></html>"
    assert list(scan_html(html, frozenset())) == []


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
