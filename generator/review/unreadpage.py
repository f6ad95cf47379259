"""The granskning's page of a unit not reviewed (`NotReviewed`): its files have errors, so
there is no plan to review, but the unit and the central unit see each error there by its
code, rule and place (file:line:column), never by its message (it may quote the files)."""

from __future__ import annotations

from html import escape

from generator.review.codelinks import linked_codes
from generator.review.model import NotReviewed
from generator.review.plaintext import md_text
from generator.review.statuses import unread_text
from generator.review.unitbody import finding_item

UNREAD_NOTICE = (
    "Enhetens filer har fel, så planen granskas inte och enhetens nya plan publiceras inte "
    "förrän felen är rättade. Felen står här med regel och plats, men inget av det som står "
    "i filerna. Enheten ser vad som hittades när den kontrollerar sina filer."
)


def unread_uri(unit: NotReviewed) -> str:
    return f"granskning/enheter/{unit.id}.md"


def unread_page(unit: NotReviewed, rules_link: str, sites_link: str) -> str:
    """The unit's page: its status, and every problem in its files without its message."""
    old = "Enhetens webbplats, den senast publicerade versionen"
    site = f' · <a href="{sites_link}{unit.id}/">{old}</a>' if unit.published else ""
    items = "".join(finding_item(f, rules_link) for f in unit.findings)
    found = f"<ul>{items}</ul>" if items else "<p>Inga fel att visa.</p>"
    return (
        f"# Granskning: {md_text(unit.name or unit.id)}\n\n"
        f'<p><a href="../../">Tillbaka till granskningen</a>{site}</p>\n\n'
        f"<dl><dt>Status</dt><dd>{linked_codes(escape(unread_text(unit)), rules_link)}</dd>"
        f"<dt>Mapp</dt><dd><code>{escape(unit.id)}</code></dd></dl>"
        f"<p>{UNREAD_NOTICE}</p><h2>Fel och anmärkningar</h2>{found}\n"
    )
