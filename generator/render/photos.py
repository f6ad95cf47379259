"""Staff photos (`foto` in skola.yml): where they live in a site and how pages show them.

    photo_uri(contact)            -> "assets/foton/kurator.svg"   ("" without a photo)
    photo_path_uri("foton/x.jpg") -> "assets/foton/x.jpg"
    photo_alt(contact)            -> foto_text, or "" (the name stands beside the photo)
    photo_img(contact, from_uri)  -> '<img class="trygg-photo" src="../../assets/…" …>'
    school_photos(school)         -> [(source path from the school folder, uri), ...]

Pure: nothing here reads a file. `generator.render.site` copies the photo files into the
site at `photo_uri`, and the start and student pages link to them relatively.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from generator.load.layout import photo_path_uri
from generator.model import Contact, School
from generator.render.markdown.blocks import rel

PHOTO_SIZE = 64  # CSS pixels; the width and height attributes reserve the space


def photo_uri(contact: Contact) -> str:
    """The docs-relative URI of the contact's photo, or "" when there is none."""
    return photo_path_uri(contact.photo) if contact.photo else ""


# A `foto_text` that says the picture is no photo ("Tecknad figur i stället för foto",
# "Platshållare"): the picture stands in for a photo and shows no one.
PLACEHOLDER = re.compile(
    r"(i ?stället för|istället för|ersätter) (ett |någon |en )?(foto|bild)"
    r"|platshållare|placeholder|(inget|saknar|utan) foto|bild saknas|foto saknas",
    re.IGNORECASE,
)


def photo_alt(contact: Contact) -> str:
    """The photo's text alternative: `foto_text`, else "" (decorative).

    The photo always stands next to the role and name in visible text, so without a
    description of its own it adds nothing for a screen reader (WCAG H67). A placeholder
    is decorative too: read before the name, "Tecknad figur i stället för foto" only
    delayed it.
    """
    text = " ".join(contact.photo_text.split())
    return "" if PLACEHOLDER.search(text) else text


def photo_img(contact: Contact, from_uri: str, size: int = PHOTO_SIZE) -> str:
    """An inline `<img>` of the contact's photo for the page at `from_uri`; "" without one.

    Markdown's inline patterns (links, emphasis, emoji, `|` in tables) run before
    raw HTML is set aside, so the attribute values hold no character they could
    match: the path is percent-encoded and the alt text uses character references.
    """
    uri = photo_uri(contact)
    if not uri:
        return ""
    src = quote(rel(from_uri, uri), safe="/.-")
    alt = _attribute(photo_alt(contact))
    return (
        f'<img class="trygg-photo" src="{src}" alt="{alt}" '
        f'width="{size}" height="{size}" loading="lazy">'
    )


def _attribute(text: str) -> str:
    """Text as an HTML attribute value: letters, digits and spaces as they are, all else
    as a numeric character reference that neither HTML nor Markdown reads as markup."""
    return "".join(c if c.isalnum() or c == " " else f"&#{ord(c)};" for c in text)


def school_photos(school: School) -> list[tuple[str, str]]:
    """(source path from the school folder, site URI) of every photo, each URI once."""
    found: dict[str, str] = {}
    for contact in (*school.contacts, *school.safety_team):
        uri = photo_uri(contact)
        if uri and uri not in found:
            found[uri] = contact.photo
    return [(source, uri) for uri, source in found.items()]
