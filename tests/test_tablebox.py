"""Every table in a box the keyboard can scroll (`site.tablebox`), named after its caption
or its heading."""

from __future__ import annotations

import re

from generator.site.tablebox import boxed_tables
from generator.site.tablecards import card_tables

HEADING = '<h2 id="mal">Mål &amp; <em>mått</em><a class="headerlink" href="#mal">&para;</a></h2>'
TABLE = "<table>\n<tr><td>1</td></tr>\n</table>"
HEADED = (
    "<table>\n<thead>\n<tr>\n<th>Namn</th>\n<th>Telefon</th>\n</tr>\n</thead>\n"
    "<tbody>\n<tr>\n<td>Kurator</td>\n<td>08-465 004 11</td>\n</tr>\n</tbody>\n</table>"
)


def test_a_table_gets_a_focusable_region_named_by_its_heading() -> None:
    page = boxed_tables(f"{HEADING}\n{TABLE}\n<p>Sedan.</p>")
    box = '<div class="trygg-tablebox" tabindex="0" role="region"'
    box += ' aria-label="Tabell: Mål &amp; mått">'
    caption = '<caption class="trygg-sr-only" data-search-exclude>Mål &amp; mått</caption>'
    named = TABLE.replace("<table>", "<table>" + caption)
    assert page == f"{HEADING}\n{box}{named}</div>\n<p>Sedan.</p>"


def test_a_table_is_named_by_a_caption_a_screen_reader_reads_once() -> None:
    page = boxed_tables(f"<h3>Enkät</h3>{TABLE}<p>Svar per kön:</p>\n{TABLE}")
    captions = re.findall(r'<caption class="trygg-sr-only" data-search-exclude>([^<]*)<', page)
    assert captions == ["Enkät", "Enkät – Svar per kön"]  # as the regions, without "Tabell: "
    own = "<table><caption>Egen</caption><tr><td>1</td></tr></table>"
    assert boxed_tables(f"<h3>Enkät</h3>{own}").count("<caption") == 1  # its own, not two
    assert "<caption" not in boxed_tables(TABLE)  # no name at all: no empty caption
    cards = card_tables(boxed_tables(f"<h3>Kontakter</h3>{HEADED}"))
    assert 'data-trygg-cards><caption class="trygg-sr-only"' in cards
    assert '<td data-label="Telefon">' in cards  # the cards still label every cell


def test_a_second_table_under_one_heading_is_named_by_the_sentence_leading_into_it() -> None:
    page = boxed_tables(f"<h3>Enkät</h3>{TABLE}<p>Svar <em>per</em> kön:</p>\n{TABLE}")
    assert 'aria-label="Tabell: Enkät">' in page
    assert 'aria-label="Tabell: Enkät – Svar per kön">' in page
    assert "(2)" not in page


def test_a_second_table_without_a_lead_in_is_named_by_its_first_headers() -> None:
    headed = "<table>\n<thead><tr><th>Grupp</th><th>Andel</th></tr></thead></table>"
    page = boxed_tables(f"<h3>Enkät</h3>{TABLE}{headed}")
    assert 'aria-label="Tabell: Enkät – Grupp, Andel">' in page


def test_two_tables_only_a_number_tells_apart_are_numbered() -> None:
    page = boxed_tables(f"<h3>Enkät</h3>{TABLE}{TABLE}")
    assert 'aria-label="Tabell: Enkät">' in page and 'aria-label="Tabell: Enkät (2)">' in page


def test_a_chart_s_table_keeps_its_id_and_a_boxed_table_is_not_boxed_again() -> None:
    chart = '<table id="diagram-status-tabell"><tr><td>1</td></tr></table>'
    assert boxed_tables(chart).count("trygg-tablebox") == 1
    assert 'role="region" aria-label="Tabell"><table id="diagram-status-tabell">' in boxed_tables(
        chart
    )
    scrolling = f'<div class="trygg-scroll" tabindex="0" role="region" aria-label="X">{TABLE}</div>'
    assert boxed_tables(scrolling) == scrolling
    assert boxed_tables("<p>Ingen tabell.</p>") == "<p>Ingen tabell.</p>"


def test_a_heading_with_quotes_is_escaped_in_the_name() -> None:
    page = boxed_tables(f'<h2>Det "nya" &lt;b&gt;</h2>{TABLE}')
    assert 'aria-label="Tabell: Det &quot;nya&quot; &lt;b&gt;"' in page


def test_a_table_with_a_caption_is_named_by_its_caption_not_its_heading() -> None:
    first = '<table id="a"><caption>Svar per årskurs</caption><tr><td>1</td></tr></table>'
    second = '<table id="b"><caption>Svar <em>per</em> kön &amp; ålder</caption></table>'
    page = boxed_tables(f"<h2>I diagram</h2>{first}<p>och</p>{second}")
    assert 'aria-label="Tabell: Svar per årskurs">' in page
    assert 'aria-label="Tabell: Svar per kön &amp; ålder">' in page
    assert "I diagram" not in page.split("</h2>", 1)[1]
