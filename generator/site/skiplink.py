"""The skip link ("Gå till innehållet") is the first Tab stop of every page, at every width
(WCAG 2.4.1, 2.4.3).

Material writes its hidden toggles (the menu's and the search's checkboxes, and the
overlay that closes the menu) at the top of <body>, before the skip link, with no
template block around either. On a narrow screen trygg lets the menu's checkbox take the
focus (the menu button is a <label>, which the keyboard never reaches; see trygg.css), so
the menu came before the skip link. The toggles are moved to just before the header,
after the skip link (Material's or trygg's own): Material's styles reach the header, the
menu and the overlay from them with `~`, which holds there as well.
"""

from __future__ import annotations

import re

TOGGLES = re.compile(
    r'<input class="md-toggle" data-md-toggle="drawer"[^>]*>\s*'
    r'<input class="md-toggle" data-md-toggle="search"[^>]*>\s*'
    r'<label class="md-overlay" for="__drawer"></label>\s*'
)
HEADER = '<header class="md-header'


def skip_link_first(html: str) -> str:
    """The page with Material's toggles moved after the skip link, right before its header.

    A page without them (or without a header after them) is returned as it is."""
    toggles = TOGGLES.search(html)
    if toggles is None:
        return html
    header = html.find(HEADER, toggles.end())
    if header == -1:
        return html
    before, between = html[: toggles.start()], html[toggles.end() : header]
    return before + between + toggles.group() + html[header:]
