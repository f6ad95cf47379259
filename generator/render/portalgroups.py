"""The portal's start page groups its units by skolform, each group with a heading of its
own and a jump list above them, so that a phone (where each row is a card) reaches a
förskola without scrolling past every skola."""

from __future__ import annotations

import html
from collections.abc import Sequence

# (key, heading), in the order the start page shows them: a unit is in the group of the
# first skolform it has in `FORMS_GROUP`'s order (a skola with förskoleklass is a skola).
UNIT_GROUPS: tuple[tuple[str, str], ...] = (
    ("forskolor", "Förskolor"),
    ("skolor", "Skolor"),
    ("gymnasieskolor", "Gymnasieskolor"),
    ("ovriga", "Övriga enheter"),
)
FORMS_GROUP: tuple[tuple[str, str], ...] = (
    ("gymnasieskola", "gymnasieskolor"),
    ("grundskola", "skolor"),
    ("anpassad_grundskola", "skolor"),
    ("förskoleklass", "skolor"),
    ("fritidshem", "skolor"),
    ("förskola", "forskolor"),
)
FORM_HEAD = '<th scope="col">Verksamhet</th>'
TABLE_HEAD = (
    f'<thead><tr><th scope="col">Enhet</th>{FORM_HEAD}'
    '<th scope="col">Period</th><th scope="col">Status</th></tr></thead>'
)
# What a group's heading already says of its units' Verksamhet: when every row of the
# group says just that, its table leaves the column out (a phone's card for each förskola
# would repeat "Verksamhet: förskola" under "Förskolor").
SAID_BY_HEADING = {"forskolor": "</th><td>förskola</td>"}


def unit_group(forms: Sequence[str]) -> str:
    """The key in `UNIT_GROUPS` of a unit with skolformer `forms` ("ovriga" when unknown)."""
    return next((group for form, group in FORMS_GROUP if form in forms), "ovriga")


def _table(caption: str, rows: Sequence[str], said: str = "") -> str:
    """The table of `rows`; without the Verksamhet column when every row's is `said`."""
    head = TABLE_HEAD
    if said and all(row.count(said) == 1 for row in rows):
        head, rows = head.replace(FORM_HEAD, ""), [row.replace(said, "</th>") for row in rows]
    body = "\n".join(rows)
    return (
        f"<table>\n<caption>{html.escape(caption)}</caption>\n{head}\n"
        f"<tbody>\n{body}\n</tbody>\n</table>\n\n"
    )


def unit_tables(rows: Sequence[tuple[str, str]]) -> str:
    """The units' tables from their (group key, row), rows in the order to show: one table
    when all units are in one group, else a jump list and a heading and table per group."""
    grouped = {key: [row for group, row in rows if group == key] for key, _ in UNIT_GROUPS}
    shown = [(key, title, grouped[key]) for key, title in UNIT_GROUPS if grouped[key]]
    if len(shown) < 2:
        return _table("Enheter och deras planer", [row for _group, row in rows])
    jump = " · ".join(
        f'<a href="#{key}">{title} ({len(chosen)})</a>' for key, title, chosen in shown
    )
    parts = [f'<nav aria-label="Enheter"><p>Hoppa till: {jump}</p></nav>\n\n']
    for key, title, chosen in shown:
        parts.append(f"## {title} {{#{key}}}\n\n")  # in the page's contents, linkable
        said = SAID_BY_HEADING.get(key, "")
        parts.append(_table(f"{title} och deras planer", chosen, said))
    return "".join(parts)
