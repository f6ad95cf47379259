"""The granskning's wide tables in boxes of their own that scroll sideways on a narrow
screen, so that the page itself never does: the overview, the key indicator per unit, and
the grounds of every unit (units × the seven diskrimineringsgrunder).

The grounds' table stays a table on a phone (`KEEPS_SCROLLING`): with hundreds of units,
column labels on each of its cells would take the page past its size (60 KB and 1 KB a
unit), and its cells are words, not links, for the same reason; each unit's own page
links its grounds to the plan (`review.unitbody`).
"""

from __future__ import annotations

from html import escape

from generator.review.model import NotReviewed, UnitReview
from generator.review.render import Href, unit_link, unread_link
from generator.review.unitbody import ground_cell
from generator.review.units import th_col
from generator.vocabulary.terms import GROUNDS, column_head

# A table that keeps its box that scrolls sideways on a narrow screen: the site does not
# turn it into cards (`site.tablecards`).
KEEPS_SCROLLING = "data-trygg-scrolls"


def scrolling(table: str, name: str, box_id: str = "") -> str:
    """A wide table in a box of its own that scrolls sideways on a narrow screen (and with
    the keyboard), so the page itself never does."""
    label = escape(name, quote=True)
    named = f' id="{box_id}"' if box_id else ""
    return (
        f'<div class="trygg-scroll"{named} tabindex="0" role="region" aria-label="{label}">'
        f"{table}</div>"
    )


def grounds_matrix(units: list[UnitReview], href: Href, unread: tuple[NotReviewed, ...]) -> str:
    """Every unit's coverage of the grounds, a row a unit, its name linked to `href`; a
    unit not reviewed has a row that says why its coverage is not known (`unread`, their
    names link to their pages)."""
    head = th_col("Enhet", *(escape(column_head(g)) for g in GROUNDS))
    span = f'<td colspan="{len(GROUNDS)}">'
    rows = [
        f'<tr><th scope="row">{unit_link(unit, href)}</th>'
        + (
            "".join(f"<td>{ground_cell(g, titled=False)}</td>" for g in unit.grounds)
            or f"{span}Ingen plan</td>"
        )
        + "</tr>"
        for unit in units
    ]
    rows += [
        f'<tr><th scope="row">{unread_link(u, "../")}</th>'
        f"{span}Inte känd: enhetens filer {'kunde inte läsas' if u.unreadable else 'har fel'}"
        "</td></tr>"
        for u in unread
    ]
    return (
        f"<table {KEEPS_SCROLLING}><caption>Täckning av de sju diskrimineringsgrunderna per "
        "enhet: fynd med grunden, undersökt utan fynd, eller saknas</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
