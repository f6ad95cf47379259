"""Each cell of a simple table labelled with its column (`site.tablecards`), so that a
phone shows each row as a card of "label: value" lines; other tables stay as they were."""

from __future__ import annotations

from generator.site.tablecards import card_tables

CONTACTS = (
    "<table>\n<thead>\n<tr>\n<th>Roll</th>\n<th>E-post &amp; mer</th>\n<th>Telefon</th>\n</tr>\n"
    '</thead>\n<tbody>\n<tr>\n<td>Rektor</td>\n<td><a href="mailto:k@x.se">k@x.se</a></td>\n'
    '<td><a href="tel:+46846500411">08-465 004 11</a></td>\n</tr>\n</tbody>\n</table>'
)


def test_every_cell_gets_its_columns_name() -> None:
    page = card_tables(f"<h2>Kontakt</h2>{CONTACTS}")
    assert "<table data-trygg-cards>" in page
    assert '<td data-label="Roll">Rektor</td>' in page
    assert '<td data-label="E-post &amp; mer"><a href="mailto:k@x.se">' in page
    assert '<td data-label="Telefon"><a href="tel:+46846500411">08-465 004 11</a></td>' in page
    assert "<th>Telefon</th>" in page  # the header row stays: a table at wider widths
    assert card_tables(page) == page  # once only


def test_a_row_header_is_labelled_too() -> None:
    table = (
        '<table id="t"><caption>Enheter</caption><thead><tr><th scope="col">Enhet</th>'
        '<th scope="col">Status</th></tr></thead><tbody><tr><th scope="row">Solskolan</th>'
        "<td>Gällande plan</td></tr></tbody></table>"
    )
    page = card_tables(table)
    assert '<table id="t" data-trygg-cards>' in page
    assert '<th scope="row" data-label="Enhet">Solskolan</th>' in page
    assert '<td data-label="Status">Gällande plan</td>' in page


def test_tables_that_cards_would_misread_are_left_alone() -> None:
    merged = CONTACTS.replace("<td>Rektor</td>", '<td colspan="2">Rektor</td>')
    headless = "<table><tbody><tr><td>a</td></tr></tbody></table>"
    short_row = CONTACTS.replace("<td>Rektor</td>\n", "")
    for table in (merged, headless, short_row):
        assert card_tables(table) == table
