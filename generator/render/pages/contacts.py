"""The school's contacts as the start page's "Kontakt" shows them, and as a printed plan
shows them on its first page: one definition of whom a reader can reach, and how."""

from __future__ import annotations

import html

from generator.model import Contact, School
from generator.render.markdown.blocks import mailto, table, tel
from generator.render.markdown.safety import plain
from generator.render.photos import photo_img


def contact_table(contacts: tuple[Contact, ...], from_uri: str, *, photos: bool = True) -> str:
    """Role and name (with the photo before the name, where there is one), and e-mail and
    phone columns when anyone has one. The photo has no column of its own: with few
    photos it was a column of "–" that took a phone's width. A role with no name, address
    or number (such as Mentor, named by the routines) is not a contact that a table row
    can help anyone reach, so it is left out."""
    contacts = tuple(c for c in contacts if c.name or c.email or c.phone)
    if not contacts:
        return ""  # the address below is then the way to reach the school
    has_email = any(c.email for c in contacts)
    has_phone = any(c.phone for c in contacts)
    headers = ["Roll", "Namn"]
    headers += ["E-post"] if has_email else []
    headers += ["Telefon"] if has_phone else []
    rows = []
    for contact in contacts:
        row = [plain(contact.role), _person(contact, from_uri if photos else "")]
        row += [mailto(contact.email) if contact.email else ""] if has_email else []
        row += [tel(contact.phone) if contact.phone else ""] if has_phone else []
        rows.append(row)
    return table(headers, rows)


def _person(contact: Contact, from_uri: str) -> str:
    """The contact's name, after the photo when there is one (kept together on a line)."""
    img = photo_img(contact, from_uri) if from_uri else ""
    name = plain(contact.name)
    return f'<span class="trygg-person">{img} {name}</span>' if img else name


def address(school: School) -> str:
    address_ = school.address
    street, town = plain(address_.street), f"{plain(address_.postcode)} {plain(address_.town)}"
    return f"**Adress:** {street}, {town}"


def school_contacts(school: School, from_uri: str, *, photos: bool = True) -> str:
    """The school's contacts and its address (the start page's "Kontakt")."""
    return "\n\n".join(
        p for p in (contact_table(school.contacts, from_uri, photos=photos), address(school)) if p
    )


def printed_contacts(school: School, from_uri: str) -> str:
    """The school's contacts for paper only (`trygg-print-block`, trygg.css): a printed
    page cannot follow a link to the start page, and on screen the start page has them.
    Without photos: on paper they took the room of the plan's first lines."""
    title = f"Kontakt med {plain(school.name)}"
    table = contact_table(school.contacts, from_uri, photos=False)
    # Named by its own title: the site's box names a table by the heading above it, here
    # "Har något hänt?", and leaves a table boxed already as it is (`site.tablebox`).
    label = html.escape(f"Tabell: {title}", quote=True)
    box = f'<div class="trygg-tablebox" tabindex="0" role="region" aria-label="{label}" markdown>'
    boxed = "\n\n".join([box, table, "</div>"]) if table else ""
    parts = ['<div class="trygg-print-block" markdown>', f"**{title}**", boxed, address(school)]
    return "\n\n".join([*(p for p in parts if p), "</div>"])
