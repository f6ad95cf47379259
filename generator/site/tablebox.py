"""Every table of a page in a box of its own that scrolls sideways on a narrow screen and
takes the keyboard's focus, so that it can be scrolled without a mouse (WCAG 2.1.1;
axe's scrollable-region-focusable). Material wraps tables in a scrolling box with its
script, one that Tab never reaches, and without the script the table scrolls itself;
trygg's box (`trygg-tablebox` in trygg.css) is the one that scrolls, with or without it.

The box is a region named after the table's caption where it has one, else after the
heading the table stands under ("Tabell: Mål"). A second table under one heading is named
by the sentence that leads into it, else by its first column headers, so that a screen
reader tells the two apart by what they hold; "(2)" only when nothing else does. A table
without a caption gets one of that name, for a screen reader only (`captioned`).
Only tables as Python-Markdown and the charts write them (`<table>`, or with an id) are
boxed; the granskning's wide tables have a box of their own already
(`review.render.scrolling`).
"""

from __future__ import annotations

import html
import re

TABLE = re.compile(r'<table(?: id="[^"<>]*")?>.*?</table>', re.DOTALL)
HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.DOTALL)
CAPTION = re.compile(r"<caption[^>]*>(.*?)</caption>", re.DOTALL)
# A paragraph right before a table, or before the `<div>`s the table opens in.
LEAD_IN = re.compile(r"<p>((?:(?!<p>).)*?)</p>\s*(?:<div[^<>]*>\s*)*\Z", re.DOTALL)
HEADER_CELL = re.compile(r"<th[^>]*>(.*?)</th>", re.DOTALL)
LONGEST = 90  # a name's characters from a lead-in, cut at a word
HEADER_LINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")
OPENING = re.compile(r"<table\b[^>]*>")
NAMED = "Tabell: "  # a box's name before what the table is
IN_A_BOX = re.compile(r'role="region"[^<>]*>\s*\Z')  # `scrolling`'s box, right before


def boxed_tables(page: str) -> str:
    """`page`'s HTML with each of its tables in a box that the keyboard can scroll."""
    if "<table" not in page:
        return page
    headings = [(m.start(), _text(m.group(1))) for m in HEADING.finditer(page)]
    pieces: list[str] = []
    done = 0
    named: dict[str, int] = {}
    for table in TABLE.finditer(page):
        before = page[max(done, table.start() - 200) : table.start()]
        if IN_A_BOX.search(before):
            continue
        label = _label(table.group(), [t for at, t in headings if at < table.start() and t])
        if label in named:  # a second table under one heading
            label = _distinct(label, page[done : table.start()], table.group())
        named[label] = named.get(label, 0) + 1  # nothing else tells them apart: "(2)"
        label += f" ({named[label]})" if named[label] > 1 else ""
        pieces += [page[done : table.start()], box_start(html.escape(label, quote=True))]
        pieces += [captioned(table.group(), label), "</div>"]
        done = table.end()
    return "".join([*pieces, page[done:]])


def _label(table: str, headings_before: list[str]) -> str:
    """ "Tabell: " and what the table is: its caption, or else the heading it is under."""
    caption = CAPTION.search(table)
    named = _text(caption.group(1)) if caption else ""
    if named or headings_before:
        return f"{NAMED}{named or headings_before[-1]}"
    return "Tabell"


def captioned(table: str, label: str) -> str:
    """`table` with a caption of the box's name (without "Tabell: ", which a screen reader
    says itself) where it has none, so that moving from table to table (NVDA's T) names
    each, not only the region around it. The caption is read, not shown (`trygg-sr-only`,
    trygg.css, also in the cards of a narrow screen and on paper) and not searched: the
    search has the heading's words once already."""
    start = OPENING.match(table)
    if start is None or CAPTION.search(table) or not label.startswith(NAMED):
        return table
    name = html.escape(label.removeprefix(NAMED), quote=False)
    caption = f'<caption class="trygg-sr-only" data-search-exclude>{name}</caption>'
    return table[: start.end()] + caption + table[start.end() :]


def _distinct(label: str, before: str, table: str) -> str:
    """A second name for a table whose `label` another has: the heading's name and the
    sentence right `before` it ("Tabell: Mål – Resultat per grupp"), else its first
    column headers, else `label` as it is."""
    lead = LEAD_IN.search(before)
    said = _text(lead.group(1)).rstrip(":").strip() if lead else ""
    if len(said) > LONGEST:
        said = said[:LONGEST].rsplit(" ", 1)[0] + " …"
    headers = ", ".join(t for t in (_text(h) for h in HEADER_CELL.findall(table)[:3]) if t)
    return f"{label} – {said or headers}" if said or headers else label


def box_start(label: str) -> str:
    """The box's opening tag; `label` is written into it as it is, escaped for HTML."""
    return f'<div class="trygg-tablebox" tabindex="0" role="region" aria-label="{label}">'


# A box's opening tag as `box_start` writes it, its name (as written in HTML) the group.
LABELLED_BOX = re.compile(re.escape(box_start("NAME")).replace("NAME", '([^"<>]*)'))


def _text(heading: str) -> str:
    """A heading's text as read: without its permalink and tags, references decoded."""
    return " ".join(html.unescape(TAG.sub("", HEADER_LINK.sub("", heading))).split())
