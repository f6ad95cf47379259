"""The granskning in the portal, as pages that stay small with hundreds of units.

    granskning/index.md             overview sorted by need, filters by status and result,
                                    every unit A–Ö, and what is common to all units
                                    (`review.overviewpage`)
    granskning/grunder/index.md     the units × the seven diskrimineringsgrunder
    granskning/enheter/<id>.md      one unit: its findings, grounds and measure changes

Only the overview is in the navigation (MkDocs renders the whole navigation into every
page); it links to the rest. Links are written as page URLs, which MkDocs leaves as
they are in raw HTML. Works without JavaScript: sorting and filtering are done here.
"""

from __future__ import annotations

import datetime as dt

from generator.review.charts import grounds_heatmap
from generator.review.groups import by_name as sorted_by_name
from generator.review.model import NotReviewed, Review, UnitReview
from generator.review.overviewpage import overview_page
from generator.review.plaintext import md_text
from generator.review.scrollbox import grounds_matrix, scrolling
from generator.review.unitbody import unit_body
from generator.review.units import GroundHref, unit_href
from generator.review.unreadpage import unread_page, unread_uri
from generator.text import swedish_order

OVERVIEW = "granskning/index.md"
GROUNDS = "granskning/grunder/index.md"
RULES_FROM_UNIT = "../../../regler/"  # from granskning/enheter/<id>/
SITES_FROM_UNIT = "../../../"  # from granskning/enheter/<id>/ to the schools' sites
GROUNDS_TABLE = "grunder-tabell"


def unit_uri(unit: UnitReview) -> str:
    return f"granskning/enheter/{unit.id}.md"


def review_pages(review: Review, ground_href: GroundHref | None = None) -> list[tuple[str, str]]:
    """(URI, Markdown) of every page of the portal's granskning, the overview first; the
    units whose files could not be read are listed with the codes of their errors, never
    with their messages. `ground_href`: where a cell of the grounds' table links to, from
    the grounds' page (the portal knows the schools' sites; the granskning does not)."""
    by_name = sorted_by_name(review.units)
    overview = overview_page(review, by_name)
    grounds = _grounds_page(by_name, review.not_reviewed, ground_href)
    pages = [(OVERVIEW, overview), (GROUNDS, grounds)]
    from_unit = _from_unit_page(ground_href)
    units = [(u.name, unit_uri(u), unit_page(u, review.today, from_unit)) for u in by_name]
    units += [
        (u.name or u.id, unread_uri(u), unread_page(u, RULES_FROM_UNIT, SITES_FROM_UNIT))
        for u in review.not_reviewed
    ]
    units.sort(key=lambda unit: swedish_order(unit[0]))
    return pages + [(uri, page) for _name, uri, page in units]


def _from_grounds(unit: UnitReview) -> str:
    return unit_href(unit.id, "../")


def _grounds_page(
    by_name: list[UnitReview], unread: tuple[NotReviewed, ...], ground_href: GroundHref | None
) -> str:
    table = grounds_matrix(by_name, _from_grounds, unread)
    linked = (
        "<p>Enhetens namn i tabellen leder till dess granskning, där varje grund länkar till "
        "kartläggningen i enhetens publicerade plan.</p>\n\n"
        if ground_href
        else ""
    )
    return (
        # The heading has a soft hyphen, so that it fits a phone; the page's title (the
        # window's, the search's) is the word as written
        "---\ntitle: Diskrimineringsgrunder per enhet\n---\n\n"
        "# Diskriminerings\u00adgrunder per enhet\n\n"
        '<p><a href="../">Tillbaka till granskningen</a></p>\n\n'
        f"{grounds_heatmap(by_name, GROUNDS_TABLE, len(unread))}\n\n{linked}"
        f"{scrolling(table, 'Diskrimineringsgrunder per enhet', GROUNDS_TABLE)}\n"
    )


def _from_unit_page(ground_href: GroundHref | None) -> GroundHref | None:
    """`ground_href` (written from granskning/grunder/) from a unit's page, a level down."""
    if ground_href is None:
        return None
    return lambda unit, ground: f"../{found}" if (found := ground_href(unit, ground)) else ""


def unit_page(unit: UnitReview, today: dt.date, ground_href: GroundHref | None = None) -> str:
    """One unit's page of the granskning; a link to its site when one is published."""
    site = f' · <a href="{SITES_FROM_UNIT}{unit.id}/">Enhetens webbplats, med planen</a>'
    if unit.held is not None and not unit.held.published:
        site = ""
    return (
        f"# Granskning: {md_text(unit.name)}\n\n"
        f'<p><a href="../../">Tillbaka till granskningen</a>{site}</p>\n\n'
        f"{unit_body(unit, RULES_FROM_UNIT, today, level=2, ground_href=ground_href)}\n"
    )
