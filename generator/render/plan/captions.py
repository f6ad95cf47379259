"""A plan's survey tables each named apart from the others under one heading: a screen
reader heard "Tabell: Trygghetsenkät (2)" for the second, as the site's table box
(`site.tablebox`) names a table after the heading it stands under. The table stands in a
box of its own, named as its chart is ("Resultat per grupp: Trygghetsenkät"), which the
site's box then leaves as it is."""

from __future__ import annotations

import html


def captioned(caption: str, md_table: str, table_id: str) -> str:
    """A Markdown table (`blocks.table`) in the chart's table box (the chart's
    aria-describedby names its id), a region the keyboard can scroll, named `caption`."""
    label = html.escape(f"Tabell: {' '.join(caption.split())}", quote=True)
    return (
        f'<div class="trygg-table" id="{table_id}" markdown>\n'
        f'<div class="trygg-tablebox" tabindex="0" role="region" aria-label="{label}" markdown>'
        f"\n\n{md_table}\n\n</div>\n</div>"
    )
