"""The HTML pieces of the portal's granskning (`review.pages`), usable without JavaScript.

With 300 units the pages stay usable because they are pre-sorted and pre-filtered: an
overview sorted by need (errors first), anchor-linked sections per status and per result,
a ground-coverage matrix, and the units in alphabetical order with an A–Ö index.
`trygg granska`'s document is plain Markdown of the same model (`review.document`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from generator.review.findings import FindingRef
from generator.review.groups import (
    NOT_REVIEWED_ANCHOR,
    NOT_REVIEWED_TITLE,
    OVERVIEW_COLUMNS,
    initials,
    phase,
    phase_text,
    plural,
    unread_phase,
)
from generator.review.model import Review, UnitReview
from generator.review.phases import PHASES
from generator.review.units import (
    counts_text,
    finding_item,
    ground_cell,
    period_text,
    th_col,
)
from generator.text import slug
from generator.vocabulary import GROUNDS, column_head


def heading(level: int, anchor: str, text: str) -> str:
    return f'<h{level} id="{anchor}">{escape(text)}</h{level}>'


Href = Callable[[UnitReview], str]  # where a unit's name links to


def _link(unit: UnitReview, href: Href) -> str:
    return f'<a href="{escape(href(unit))}">{escape(unit.name)}</a>'


def overview(review: Review, href: Href) -> str:
    rows = "".join(
        f'<tr><th scope="row">{_link(u, href)}</th><td>{phase_text(u)}</td>'
        f"<td>{escape(period_text(u))}</td><td>{u.errors}</td><td>{u.warnings}</td>"
        f"<td>{f'{u.grounds_covered} av 7' if u.grounds else '–'}</td></tr>"
        for u in review.units
    )
    head = th_col(*OVERVIEW_COLUMNS)
    return (
        "<table><caption>Alla enheter, de som behöver åtgärdas först (flest fel, sedan "
        f"status och varningar)</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


@dataclass(frozen=True)
class Group:
    """Units under a heading of their own in the overview's filters."""

    anchor: str
    title: str
    units: list[UnitReview]
    unread: int = 0  # units not reviewed that belong here too (`groups.unread_phase`)

    @property
    def size(self) -> int:
        return len(self.units) + self.unread


def _unit_list(group: Group, href: Href) -> str:
    items = "".join(f"<li>{_link(u, href)}: {counts_text(u)}</li>" for u in group.units)
    if group.unread:
        unread = plural(group.unread, "enhet", "enheter")
        items += (
            f"<li>{unread} som inte kunde granskas: se "
            f'<a href="#{NOT_REVIEWED_ANCHOR}">{NOT_REVIEWED_TITLE.lower()}</a></li>'
        )
    return f"<ul>{items}</ul>" if items else "<p>Inga enheter.</p>"


def filtered(groups: list[Group], href: Href) -> list[str]:
    index = " · ".join(f'<a href="#{g.anchor}">{escape(g.title)} ({g.size})</a>' for g in groups)
    parts = [f"<p>{index}</p>"]
    for group in groups:
        parts += [heading(3, group.anchor, f"{group.title} ({group.size})")]
        parts += [_unit_list(group, href)]
    return parts


def status_groups(review: Review) -> list[Group]:
    """The units per phase, in the order of `PHASES` (as the document's summary and the
    chart count them); a unit not reviewed counts where its files tell its phase
    (`groups.unread_phase`)."""
    unread = Counter(unread_phase(u) for u in review.not_reviewed)
    by_phase = {key: [u for u in review.units if phase(u) == key] for key, _label in PHASES}
    return [Group(f"status-{k}", label, by_phase[k], unread[k]) for k, label in PHASES]


def result_groups(review: Review) -> list[Group]:
    units = review.units
    return [
        # a unit not reviewed has errors in its files: that is why it was not reviewed
        Group("med-fel", "Med fel", [u for u in units if u.errors], len(review.not_reviewed)),
        Group("med-varningar", "Bara varningar", [u for u in units if not u.errors and u.warnings]),
        Group(
            "utan-anmarkningar",
            "Utan fel och varningar",
            [u for u in units if not (u.errors or u.warnings)],
        ),
    ]


def matrix(units: list[UnitReview], href: Href) -> str:
    head = th_col("Enhet", *(escape(column_head(g)) for g in GROUNDS))
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
    letters = initials(units)
    index = " · ".join(f'<a href="#{letter_anchor(k)}">{escape(k)}</a>' for k in letters)
    parts = [f"<p>Hoppa till: {index}</p>"]
    for letter, chosen in letters.items():
        parts.append(heading(3, letter_anchor(letter), letter))
        parts += blocks(chosen)
    return parts


def common(findings: tuple[FindingRef, ...], rules_link: str) -> str:
    """The findings in the files shared by all units, as a unit's page lists its own."""
    if not findings:
        return "<p>Inga anmärkningar i de gemensamma filerna.</p>"
    return f"<ul>{''.join(finding_item(f, rules_link) for f in findings)}</ul>"
