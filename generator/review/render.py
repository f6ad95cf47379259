"""The granskning page: Markdown with raw HTML tables, usable without JavaScript.

With 300 units the page stays usable because it is pre-sorted and pre-filtered:
an overview sorted by need (errors first), anchor-linked sections per status and
per result, a ground-coverage matrix, and one closed `<details>` block per unit
in alphabetical order with an A–Ö index.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from generator.model.status import PlanStatus
from generator.review.model import FindingRef, Review, UnitReview
from generator.review.units import (
    SEVERITY_TEXT,
    STATUS_TEXT,
    counts_text,
    ground_cell,
    period_text,
    plural,
    th_col,
    unit_anchor,
    unit_details,
)
from generator.text import slug
from generator.vocabulary import GROUNDS, term

GROUND_SHORT = {
    "kön": "Kön",
    # Soft hyphens let the long ones break, so the seven grounds fit beside each other.
    "könsöverskridande_identitet_eller_uttryck": "Köns&shy;över&shy;skr.",
    "etnisk_tillhörighet": "Etnisk",
    "religion_eller_annan_trosuppfattning": "Religion",
    "funktionsnedsättning": "Funktions&shy;n.",
    "sexuell_läggning": "Sexuell l.",
    "ålder": "Ålder",
}
SECTIONS = (
    ("efter-behov", "Översikt efter behov"),
    ("filter-status", "Filtrera efter status"),
    ("filter-resultat", "Filtrera efter resultat"),
    ("grunder", "Diskrimineringsgrunder"),
    ("enheter", "Enheter A–Ö"),
    ("gemensamt", "Gemensamt för alla enheter"),
)


def heading(level: int, anchor: str, text: str) -> str:
    return f'<h{level} id="{anchor}">{escape(text)}</h{level}>'


Href = Callable[[UnitReview], str]  # where a unit's name links to


def in_document(unit: UnitReview) -> str:
    """The unit's block further down the same document."""
    return f"#{unit_anchor(unit)}"


def _link(unit: UnitReview, href: Href) -> str:
    return f'<a href="{escape(href(unit))}">{escape(unit.name)}</a>'


def overview(review: Review, href: Href = in_document) -> str:
    rows = "".join(
        f'<tr><th scope="row">{_link(u, href)}</th><td>{STATUS_TEXT[u.status]}</td>'
        f"<td>{escape(period_text(u))}</td><td>{u.errors}</td><td>{u.warnings}</td>"
        f"<td>{u.grounds_covered if u.grounds else '–'} av 7</td></tr>"
        for u in review.units
    )
    head = th_col("Enhet", "Status", "Period", "Fel", "Varningar", "Grunder täckta")
    return (
        "<table><caption>Alla enheter, de som behöver åtgärdas först (flest fel, sedan "
        f"status och varningar)</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _unit_list(units: list[UnitReview], href: Href) -> str:
    if not units:
        return "<p>Inga enheter.</p>"
    items = "".join(f"<li>{_link(u, href)}: {counts_text(u)}</li>" for u in units)
    return f"<ul>{items}</ul>"


def filtered(
    groups: list[tuple[str, str, list[UnitReview]]], href: Href = in_document
) -> list[str]:
    index = " · ".join(
        f'<a href="#{anchor}">{escape(title)} ({len(units)})</a>' for anchor, title, units in groups
    )
    parts = [f"<p>{index}</p>"]
    for anchor, title, units in groups:
        parts += [heading(3, anchor, f"{title} ({len(units)})"), _unit_list(units, href)]
    return parts


def status_groups(review: Review) -> list[tuple[str, str, list[UnitReview]]]:
    return [
        (f"status-{slug(s.value)}", STATUS_TEXT[s], [u for u in review.units if u.status is s])
        for s in (PlanStatus.MISSING, PlanStatus.EXPIRED, PlanStatus.UPCOMING, PlanStatus.CURRENT)
    ]


def result_groups(review: Review) -> list[tuple[str, str, list[UnitReview]]]:
    units = review.units
    return [
        ("med-fel", "Med fel", [u for u in units if u.errors]),
        ("med-varningar", "Bara varningar", [u for u in units if not u.errors and u.warnings]),
        (
            "utan-anmarkningar",
            "Utan fel och varningar",
            [u for u in units if not (u.errors or u.warnings)],
        ),
    ]


def matrix(units: list[UnitReview], href: Href = in_document) -> str:
    head = th_col("Enhet") + "".join(
        f'<th scope="col"><abbr title="{escape(term(g))}">{GROUND_SHORT[g]}</abbr></th>'
        for g in GROUNDS
    )
    rows = []
    for unit in units:
        cells = "".join(f"<td>{ground_cell(g)}</td>" for g in unit.grounds) or (
            f'<td colspan="{len(GROUNDS)}">Ingen plan</td>'
        )
        rows.append(f'<tr><th scope="row">{_link(unit, href)}</th>{cells}</tr>')
    return (
        "<table><caption>Täckning av de sju diskrimineringsgrunderna per enhet: fynd med "
        "grunden, undersökt utan fynd, eller saknas</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def letter_anchor(letter: str) -> str:
    """Å, Ä and Ö get their own anchors (not a, a and o, which would collide with A and O)."""
    spelled = {"Å": "aa", "Ä": "ae", "Ö": "oe"}.get(letter) or slug(letter)
    return f"bokstav-{spelled or ord(letter)}"


def alphabetical(
    units: list[UnitReview], blocks: Callable[[list[UnitReview]], list[str]]
) -> list[str]:
    """The units (sorted by name) under a heading per initial, with an index of the
    initials; `blocks` gives what stands under a heading for its units."""
    letters: dict[str, list[UnitReview]] = {}
    for unit in units:
        letters.setdefault(unit.name[:1].upper(), []).append(unit)
    index = " · ".join(f'<a href="#{letter_anchor(k)}">{escape(k)}</a>' for k in letters)
    parts = [f"<p>Hoppa till: {index}</p>"]
    for letter, chosen in letters.items():
        parts.append(heading(3, letter_anchor(letter), letter))
        parts += blocks(chosen)
    return parts


def common(findings: tuple[FindingRef, ...]) -> str:
    if not findings:
        return "<p>Inga anmärkningar i de gemensamma filerna.</p>"
    items = "".join(
        f"<li><strong>{SEVERITY_TEXT[f.severity]}</strong> {escape(f.code)} {escape(f.text)} "
        f"<code>{escape(f.location)}</code></li>"
        for f in findings
    )
    return f"<ul>{items}</ul>"


def _intro(review: Review) -> list[str]:
    units = review.units
    nav = " · ".join(f'<a href="#{anchor}">{escape(title)}</a>' for anchor, title in SECTIONS)
    return [
        "# Granskning av trygghetsplaner",
        f"{escape(review.organiser)}, {review.today}: {plural(len(units), 'enhet', 'enheter')}, "
        f"{sum(1 for u in units if u.errors)} med fel och "
        f"{sum(1 for u in units if u.status is not PlanStatus.CURRENT)} utan gällande plan.",
        "Sidan fungerar utan JavaScript. Översikten är sorterad så att enheter med fel kommer "
        "först. Filtrera med länkarna under Filtrera efter status och Filtrera efter "
        "resultat. Varje enhet har en egen ruta under Enheter A–Ö som öppnas med ett klick.",
        f"<nav><p>Gå till: {nav}</p></nav>",
    ]


def render_review_markdown(review: Review, rules_link: str = "") -> str:
    """The granskning as Markdown with raw HTML; `rules_link` is the rule page's URL."""
    by_name = sorted(review.units, key=lambda u: u.name.casefold())
    parts = _intro(review)
    parts += [heading(2, "efter-behov", "Översikt efter behov"), overview(review)]
    parts += [heading(2, "filter-status", "Filtrera efter status")]
    parts += filtered(status_groups(review))
    parts += [heading(2, "filter-resultat", "Filtrera efter resultat")]
    parts += filtered(result_groups(review))
    parts += [heading(2, "grunder", "Diskrimineringsgrunder"), matrix(by_name)]
    parts += [
        heading(2, "enheter", "Enheter A–Ö"),
        *alphabetical(by_name, lambda chosen: [unit_details(u, rules_link) for u in chosen]),
    ]
    parts += [heading(2, "gemensamt", "Gemensamt för alla enheter"), common(review.common)]
    return "\n\n".join(parts) + "\n"
