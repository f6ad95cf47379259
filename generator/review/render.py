"""The HTML pieces of the portal's granskning (`review.pages`, `review.overviewpage`),
usable without JavaScript.

With 300 units the pages stay usable because they are pre-sorted and pre-filtered: an
overview sorted by need (errors first), anchor-linked sections per status and per result,
the units in alphabetical order with an A–Ö index.
`trygg granska`'s document is plain Markdown of the same model (`review.document`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from generator.review.codelinks import linked_codes
from generator.review.findings import FindingRef
from generator.review.groups import NOT_REVIEWED_TITLE, OVERVIEW_COLUMNS, initials, plural
from generator.review.model import NotReviewed, Review, UnitReview
from generator.review.phases import PHASES
from generator.review.statuses import (
    HELD_ANCHOR,
    HELD_TEXT,
    NOT_REVIEWED,
    NOT_REVIEWED_ANCHOR,
    NOT_REVIEWED_KEY,
    held_text,
    phase,
    status_colour,
    status_text,
    unread_errors,
    unread_phase,
    unread_text,
)
from generator.review.unitbody import finding_item
from generator.review.units import counts_text, period_text, th_col, unit_href
from generator.text import slug


def heading(level: int, anchor: str, text: str) -> str:
    return f'<h{level} id="{anchor}">{escape(text)}</h{level}>'


Href = Callable[[UnitReview], str]  # where a unit's name links to


def unit_link(unit: UnitReview, href: Href) -> str:
    """A unit's name, linked to where `href` says."""
    return f'<a href="{escape(href(unit))}">{escape(unit.name)}</a>'


OVERVIEW_CAPTION = (
    "Alla enheter. Först de som inte kunde granskas eller inte publiceras, sedan de med flest fel."
)


RULES_FROM_OVERVIEW = "../regler/"  # from granskning/ to the rules pages


def status_cell(text: str, key: str, why: str = "") -> str:
    """A Status cell in its status's colour in the status chart (`statuses.status_colour`),
    its text white on it (4.5:1, tested): the words say the status, the colour repeats it.
    `why`: what is wrong, on a line of its own. Its codes link to their rules."""
    colour = status_colour(key)
    more = f"<br>{escape(why)}" if why else ""
    shown = linked_codes(f"{escape(text)}{more}", RULES_FROM_OVERVIEW)
    return f'<td style="background:{colour};color:#fff">{shown}</td>'


def unit_status_key(unit: UnitReview) -> str:
    """The row of `statuses.status_counts` whose colour the unit's Status cell has: why it is
    not published when it is not, else its phase."""
    return f"{HELD_ANCHOR}-{unit.held.where}" if unit.held else phase(unit)


def overview(review: Review, href: Href) -> str:
    """Every unit, those that need attention first: the units not reviewed (their files
    could not be read), then those withheld, then by errors, phase and warnings."""
    rows = "".join(
        f'<tr><th scope="row">{unread_link(u)}</th>'
        f"{status_cell(unread_text(u), NOT_REVIEWED_ANCHOR, unread_errors(u))}"
        f"<td>–</td><td>{u.errors}</td><td>–</td><td>–</td></tr>"
        for u in review.not_reviewed
    )
    rows += "".join(
        f'<tr><th scope="row">{unit_link(u, href)}</th>'
        f"{status_cell(status_text(u), unit_status_key(u))}"
        f"<td>{escape(period_text(u))}</td><td>{u.errors}</td><td>{u.warnings}</td>"
        f"<td>{f'{u.grounds_covered} av 7' if u.grounds else '–'}</td></tr>"
        for u in review.units
    )
    head = th_col(*OVERVIEW_COLUMNS)
    return (
        f"<table><caption>{OVERVIEW_CAPTION}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def unread_link(unit: NotReviewed, up: str = "") -> str:
    """A unit not reviewed, linked to its page with its errors: from the overview, or from
    a page `up` ("../") a folder below it."""
    return f'<a href="{unit_href(unit.id, up)}">{escape(unit.shown)}</a>'


@dataclass(frozen=True)
class Group:
    """Units under a heading of their own in the overview's filters."""

    anchor: str
    title: str
    units: list[UnitReview]
    unread: int = 0  # units not reviewed that belong here too (`statuses.unread_phase`)

    @property
    def size(self) -> int:
        return len(self.units) + self.unread


def _unit_list(group: Group, href: Href) -> str:
    items = "".join(
        f"<li>{unit_link(u, href)}: {counts_text(u)}{held_note(u)}</li>" for u in group.units
    )
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
    """The units per status, in the rows and words of the status chart
    (`statuses.status_counts`): per phase (a unit not reviewed counts where its files tell
    its phase, `statuses.unread_phase`), then the units not published by why, then those
    not reviewed."""
    unread = Counter(unread_phase(u) for u in review.not_reviewed)
    by_phase = {key: [u for u in review.units if phase(u) == key] for key, _label in PHASES}
    groups = [Group(f"status-{k}", label, by_phase[k], unread[k]) for k, label in PHASES]
    for where, label in HELD_TEXT.items():
        if held := [u for u in review.units if u.held and u.held.where == where]:
            groups.append(Group(f"{HELD_ANCHOR}-{where}", label, held))
    if review.not_reviewed:
        groups.append(Group(NOT_REVIEWED_KEY, NOT_REVIEWED, [], len(review.not_reviewed)))
    return groups


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


def held_note(unit: UnitReview) -> str:
    """After a unit's counts in a list: why it is not published, when it is not."""
    if unit.held is None:
        return ""
    return f" – {linked_codes(escape(held_text(unit.held)), RULES_FROM_OVERVIEW)}"


def letter_anchor(letter: str) -> str:
    """Å, Ä and Ö get their own anchors (not a, a and o, which would collide with A and O)."""
    spelled = {"Å": "aa", "Ä": "ae", "Ö": "oe"}.get(letter) or slug(letter)
    return f"bokstav-{spelled or ord(letter)}"


def alphabetical(items: list[tuple[str, str]]) -> list[str]:
    """Each unit's list item (name, HTML; sorted by name) under a heading per initial,
    with an index of the initials."""
    letters = initials(items)
    index = " · ".join(f'<a href="#{letter_anchor(k)}">{escape(k)}</a>' for k in letters)
    parts = [f"<p>Hoppa till: {index}</p>"]
    for letter, chosen in letters.items():
        parts.append(heading(3, letter_anchor(letter), letter))
        parts.append(f"<ul>{''.join(chosen)}</ul>")
    return parts


def common(findings: tuple[FindingRef, ...], rules_link: str) -> str:
    """The findings in the files shared by all units, as a unit's page lists its own."""
    if not findings:
        return "<p>Inga anmärkningar i de gemensamma filerna.</p>"
    return f"<ul>{''.join(finding_item(f, rules_link) for f in findings)}</ul>"
