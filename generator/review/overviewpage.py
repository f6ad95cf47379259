"""The granskning's overview page (granskning/index.md): the counts, the charts, the units
sorted by need and filtered by status and result, every unit A–Ö with those not reviewed,
and what is common to all units. Its links are relative to granskning/."""

from __future__ import annotations

from html import escape

from generator.load.dates import day_in_words
from generator.review.charts import problems_chart, status_chart
from generator.review.groups import (
    COMMON_TITLE,
    NEED_TITLE,
    NOT_REVIEWED_TITLE,
    UNITS_TITLE,
    plural,
)
from generator.review.keychart import key_chart
from generator.review.model import NotReviewed, Review, UnitReview
from generator.review.render import (
    alphabetical,
    common,
    filtered,
    heading,
    held_note,
    overview,
    result_groups,
    status_groups,
    unread_link,
)
from generator.review.scrollbox import scrolling
from generator.review.statuses import (
    NOT_REVIEWED_ANCHOR,
    phase_text,
    result_counts,
    unread_errors,
    unread_phase,
    unread_text,
)
from generator.review.units import counts_text, unit_href
from generator.text import swedish_order

RULES_FROM_OVERVIEW = "../regler/"  # from granskning/ to the rule page


CSV_NAME = "granskning.csv"  # the portal writes it beside the overview (`render.portalcsv`)
CSV_NOTE = (
    f'<p>Granskningen finns också som tabell: <a href="{CSV_NAME}">{CSV_NAME}</a> (CSV, '
    "en rad per enhet med status, period, giltighetstid, beslutsdag, dagar sedan planen "
    "gick ut, täckta grunder, fel, varningar och anmärkningarnas koder och nyckeltal per "
    "läsår).</p>"
)


def overview_page(review: Review, by_name: list[UnitReview]) -> str:
    """The overview's Markdown; `by_name`: the reviewed units sorted by name."""
    sections = [
        ("diagram", "I diagram"),
        ("efter-behov", NEED_TITLE),
        ("filter-status", "Efter status"),
        ("filter-resultat", "Efter resultat"),
        ("enheter", UNITS_TITLE),
        *([(NOT_REVIEWED_ANCHOR, NOT_REVIEWED_TITLE)] if review.not_reviewed else []),
        ("gemensamt", COMMON_TITLE),
    ]
    nav = " · ".join(f'<a href="#{anchor}">{escape(title)}</a>' for anchor, title in sections)
    parts = [
        "# Granskning av trygghetsplaner",
        _intro(review),
        f"<nav><p>Gå till: {nav}</p></nav>",
        heading(2, "diagram", "I diagram"),
        status_chart(review),
        key_chart(review),
        problems_chart(review, RULES_FROM_OVERVIEW),
        heading(2, "efter-behov", NEED_TITLE),
        scrolling(overview(review, _from_overview), NEED_TITLE),
        CSV_NOTE,
        heading(2, "filter-status", "Efter status"),
        folded("Visa enheterna efter status", filtered(status_groups(review), _from_overview)),
        heading(2, "filter-resultat", "Efter resultat"),
        folded("Visa enheterna efter resultat", filtered(result_groups(review), _from_overview)),
        heading(2, "enheter", UNITS_TITLE),
        folded("Visa enheterna A–Ö", alphabetical(_unit_items(by_name, review.not_reviewed))),
        *_not_reviewed(review.not_reviewed),
        heading(2, "gemensamt", COMMON_TITLE),
        common(review.common, RULES_FROM_OVERVIEW),
    ]
    return "\n\n".join(parts) + "\n"


def folded(summary: str, parts: list[str]) -> str:
    """The same units again, in another order, folded so the page is as long as its one
    table (`details` opens without JavaScript, and by itself on a link to inside it). One
    HTML block, so that Markdown leaves it whole."""
    return f"<details><summary>{escape(summary)}</summary>{''.join(parts)}</details>"


def _from_overview(unit: UnitReview) -> str:
    return unit_href(unit.id)


def _intro(review: Review) -> str:
    """The overview's first paragraph: the counts, and where the rest is."""
    units = review.units
    unread = len(review.not_reviewed)
    held = sum(1 for u in units if u.held)
    more = (
        f" Av dem publiceras {held} inte förrän felen är "
        f'rättade (se <a href="#filter-status">efter status</a>).'
        if held
        else ""
    )
    if unread:
        planless = sum(1 for u in review.not_reviewed if unread_phase(u))
        they = "den" if unread == 1 else f"{planless} av dem"
        more += (
            f' <a href="#{NOT_REVIEWED_ANCHOR}">{plural(unread, "enhet", "enheter")} till</a> '
            "har fel i sina filer och kunde inte granskas"
            + (f"; {they} har ingen beslutad plan." if planless else ".")
        )
    return (
        f"{escape(review.organiser)}, {day_in_words(review.today)}: "
        f"{escape(result_counts(review))}{more} "
        "Varje enhet har en egen sida med sina anmärkningar. "
        '<a href="grunder/">Diskrimineringsgrunderna per enhet</a> har också en egen sida.'
    )


def _unit_items(
    by_name: list[UnitReview], unread: tuple[NotReviewed, ...]
) -> list[tuple[str, str]]:
    """Every unit's item in the list A–Ö, by name: those not reviewed with their codes."""
    items = [
        (
            u.name,
            f'<li><a href="{_from_overview(u)}">{escape(u.name)}</a>: '
            f"{phase_text(u).lower()}, {counts_text(u)}{held_note(u)}</li>",
        )
        for u in by_name
    ]
    items += [
        (u.name or u.id, f"<li>{unread_link(u)}: {escape(unread_text(u))}</li>") for u in unread
    ]
    return sorted(items, key=lambda item: swedish_order(item[0]))


def _not_reviewed(units: tuple[NotReviewed, ...]) -> list[str]:
    if not units:
        return []
    items = "".join(
        f'<li><a href="{unit_href(u.id)}">{escape(u.shown)}</a>: {escape(unread_text(u))}'
        f"{f'. {escape(unread_errors(u))}' if unread_errors(u) else ''}</li>"
        for u in units
    )
    return [
        heading(2, NOT_REVIEWED_ANCHOR, NOT_REVIEWED_TITLE),
        "<p>De här enheternas filer har fel, så de granskas inte förrän felen är rättade, "
        "och enhetens nya plan publiceras inte förrän dess. Här visas felkoderna; på "
        "enhetens sida står varje fel med regel och plats, men inget av det som står i "
        "filerna.</p>",
        f"<ul>{items}</ul>",
    ]
