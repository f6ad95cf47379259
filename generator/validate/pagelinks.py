"""Where a free page's link to another page of its site leads, and how to write it.

A free page is published at sidor/<namn>/, so a link written as a web address is
followed from there: "../rutiner/" leads to sidor/rutiner/, which does not exist, and
neither MkDocs nor the browser says so until a reader follows it. The check follows each
address as the browser will. The hint gives the form MkDocs checks and rewrites for
any setting of the site's addresses: the page's file, `../rutiner/index.md`.
"""

from __future__ import annotations

import posixpath
import re

from generator.load.layout import FIXED_FILES, FIXED_PAGES, free_page_uri
from generator.text import excerpt
from generator.vocabulary import MENU

# Folders of pages trygg writes from the school's content (the student pages, each
# plan's own page, the reports): which of them exist depends on it and on the day, so a
# link into these is followed once the school has a model (`validate.contentlinks`).
WRITTEN_BY_CONTENT = ("elev/", "trygghetsplan/", "rapporter/")
# A web address written without its scheme ("www.skolverket.se/…"): the browser reads
# it as a file beside the page.
HOST_WITHOUT_SCHEME = re.compile(
    r"^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:se|nu|com|org|net|eu|info|io|fi|no|dk)(?:[/:]|$))",
    re.IGNORECASE,
)
# A file on the author's own computer or the school's shared drive: a drive letter
# (`C:\Users\…`, `G:/Delade enheter/…`), `file://`, or a share (`\\server\…`). The
# sanitizer takes the drive letter for a scheme it does not allow and links to `#`.
ON_OWN_COMPUTER = re.compile(r"^(?:[a-z]:[\\/]|file:|\\\\)", re.IGNORECASE)
MAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?[0-9][0-9 -]{5,}[0-9]")
LINKABLE = "../trygghetsplan/index.md, ../rutiner/index.md eller ../arshjul/index.md"


def leads_nowhere(slug: str, target: str, slugs: set[str]) -> tuple[str, str] | None:
    """(why, hint) when the address `target`, written in the free page `slug`, leads to
    no page of the site; None when it leads to one, or may."""
    path = target.split("#", 1)[0].split("?", 1)[0]
    if not path:
        return None
    if found := without_scheme(target, image=False):
        return found
    joined = posixpath.normpath(posixpath.join(f"sidor/{slug}/", path))
    if joined == ".." or joined.startswith("../"):
        return f"länken '{excerpt(target)}' leder utanför skolans webbplats", _hint(joined, slugs)
    address = "" if joined == "." else f"{joined}/"
    known = {uri.removesuffix("index.md") for uri in FIXED_PAGES.values()}
    known |= {free_page_uri(other).removesuffix(".md") + "/" for other in slugs}
    if address in known or address.startswith(WRITTEN_BY_CONTENT):
        return None
    why = (
        f"länken '{excerpt(target)}' leder till {excerpt(address)}, "
        f"en sida som inte finns på webbplatsen"
    )
    return why, _hint(joined, slugs)


def is_fixed_page(path: str) -> bool:
    """Whether `path`, written in a free page, is the file of a page or a file trygg writes
    in the school's site (`../rutiner/index.md`, `../elev/hogstadiet/index.md`,
    `../arshjul.ics`): MkDocs follows it there (which pages from the school's content
    exist, MkDocs says)."""
    uri = posixpath.normpath(posixpath.join("sidor", path))
    written = uri.startswith(WRITTEN_BY_CONTENT) and uri.endswith("/index.md")
    return uri in FIXED_PAGES.values() or uri in FIXED_FILES or written


def page_hint(path: str, slugs: set[str]) -> str:
    """How to link to the page `path` most likely means."""
    return _hint(posixpath.normpath(path.removesuffix(".md")), slugs)


def without_scheme(target: str, *, image: bool) -> tuple[str, str] | None:
    """(why, hint) when `target` is a web or e-mail address or a phone number written
    without its scheme: in a page and in a YAML text alike."""
    if (hint := web_hint(target)) is None:
        return None
    return f"{_what(image)} '{excerpt(target)}' är ingen hel adress, så webbläsaren leder fel", hint


def on_own_computer(target: str, *, image: bool, page: bool) -> tuple[str, str] | None:
    """(why, hint) when `target` is a file on the author's computer or a shared drive:
    nobody else can open it, and on the site the link leads nowhere (`page`: written in
    a page of its own, where the text may hold what the file did)."""
    if not ON_OWN_COMPUTER.match(target):
        return None
    why = (
        f"{_what(image)} '{excerpt(target)}' leder till en fil på din egen dator eller en delad "
        "enhet, som ingen annan kan öppna; på webbplatsen leder den ingenstans"
    )
    own = ", eller skriv innehållet i en egen sida (namn.md)" if page else ""
    hint = f"lägg filen på en webbplats som alla når och länka till den med https://{own}"
    return why, hint


def _what(image: bool) -> str:
    return "bilden" if image else "länken"


def web_hint(target: str) -> str | None:
    """The address with its scheme, when `target` is a web or e-mail address or a phone
    number written without it."""
    if MAIL.fullmatch(target):
        return f"skriv mailto: före adressen: mailto:{target}"
    if PHONE.fullmatch(target):
        return f"skriv tel: före numret, utan mellanslag: tel:{re.sub(r'[ -]', '', target)}"
    if HOST_WITHOUT_SCHEME.match(target):
        return f"skriv hela adressen, med https:// först: https://{target}"
    return None


def _hint(path: str, slugs: set[str]) -> str:
    name = path.rstrip("/").rsplit("/", 1)[-1]
    for key, uri in FIXED_PAGES.items():
        if uri != "index.md" and uri.split("/", 1)[0] == name:
            return f"skriv ../{uri} för att länka till sidan {MENU[key]}"
    if name in slugs:
        return f"skriv {name}.md för att länka till skolans egen sida"
    return f"länka till en egen sida med namn.md, eller till trygg:s sidor med {LINKABLE}"
