"""Links and images in the school's own pages that the built site could not follow.

A target the site rewrites (javascript:, an image from another host) is told as
`validate.unsafelinks` says.

MkDocs stops a strict build at a link to a page that does not exist; `trygg check` finds
the same links first, at their line and column. A link to another of the school's own
pages (`ordningsregler.md`) must name a page in sidor/; an image or any other local file
cannot be shown on the site (only `logotyp` and `foto` are published, where trygg puts
them: `validate.pageimages`), and a path that
climbs out of the school's folder is refused by the one path resolver.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from urllib.parse import unquote

from generator import codes
from generator.load.paths import PathRefused, resolve_inside
from generator.load.reader import PageSource
from generator.load.safeurls import is_safe_url
from generator.load.sources import SchoolSources, Sources
from generator.problems import Location, Problem
from generator.text import excerpt, line_and_column
from generator.validate.anchors import page_anchors
from generator.validate.linktargets import targets
from generator.validate.pageimages import published_image
from generator.validate.pagelinks import (
    is_fixed_page,
    leads_nowhere,
    on_own_computer,
    page_hint,
    web_hint,
    without_scheme,
)
from generator.validate.unsafelinks import rewritten

SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")


def is_local_file(target: str) -> bool:
    """A path to a file (its name has a dot), not an address, `#anchor` or `//host`."""
    path = target.split("#", 1)[0].split("?", 1)[0]
    if SCHEME.match(target) or target.startswith(("#", "//")):
        return False
    name = PurePosixPath(path).name
    return "." in name and name not in (".", "..")


def from_host_root(target: str) -> bool:
    """A path from the web server's root (`/etc/passwd`, `/rutiner/`): a school's site is
    published in a folder of its own, so it leads elsewhere, or nowhere."""
    return target.startswith("/") and not target.startswith("//")


def is_page_address(target: str) -> bool:
    """A relative web address (`../rutiner/`, `ordningsregler`): not a file, an address
    with a scheme, `#anchor`, `//host` or a path from the host's root."""
    path = target.split("#", 1)[0].split("?", 1)[0]
    if SCHEME.match(target) or target.startswith(("#", "/")) or not path:
        return False
    # A colon, a character reference or a backslash: a scheme in disguise
    # ("java&#115;cript:"), which the sanitizer makes harmless, not a page's address.
    if not is_safe_url(target):
        return False  # blocked by the renderer (`rewritten`), not an address it keeps
    return not is_local_file(target) and not any(mark in path for mark in ":&\\")


# A free page's title and body -> its Markdown as the site has it (`check.school` gives
# the renderer's: validation may not import it).
SiteMarkdown = Callable[[str, str], str]


def link_problems(sources: Sources, site_markdown: SiteMarkdown) -> list[Problem]:
    """Every local link or image in the free pages that the site could not follow."""

    @functools.cache  # each page read once, not once for each link to it (`#a` on a page)
    def anchors(title: str, body: str) -> frozenset[str] | None:
        return page_anchors(site_markdown(title, body))

    return [
        p
        for school in sources.schools
        for page in school.pages
        for p in _page(school, page, anchors)
    ]


Anchors = Callable[[str, str], frozenset[str] | None]  # a page's title and body -> anchors


def _page(school: SchoolSources, page: PageSource, anchors_of: Anchors) -> Iterator[Problem]:
    pages = {p.slug for p in school.pages}
    for image, target, index in targets(page.body):
        if target.startswith("#"):
            yield from _anchor(page, page, target[1:], index, anchors_of)
            continue
        if own := on_own_computer(target, image=image, page=True):
            yield _problem(page, index, own[0], hint=own[1])
            continue
        if from_host_root(target):
            yield _from_root(page, index, target, image, pages)
            continue
        if not is_local_file(target):
            if is_page_address(target) and (nowhere := leads_nowhere(page.slug, target, pages)):
                yield _problem(page, index, nowhere[0], hint=nowhere[1])
            elif found := rewritten(target, image=image):  # javascript:, an image elsewhere
                yield codes.problem(found[0], body_location(page, index), found[1], hint=found[2])
            continue
        # MkDocs follows `Mobil%20regler.md` to `Mobil regler.md`, so the check does too.
        path = unquote(target.split("#", 1)[0].split("?", 1)[0])
        if why := _why(school, page, path, image, pages):
            hint = _hint(target, path, image, pages)
            if image and (published := published_image(school, page, path)):
                why, hint = published
            yield _problem(page, index, why, hint=hint)
        elif "#" in target and (linked := _page_named(school, path)) is not None:
            yield from _anchor(page, linked, target.split("#", 1)[1], index, anchors_of)


def _from_root(page: PageSource, index: int, target: str, image: bool, pages: set[str]) -> Problem:
    what = "bilden" if image else "länken"
    why = (
        f"{what} '{excerpt(target)}' börjar med / och leder från webbserverns rot, inte från skolan"
    )
    hint = _hint(target, target, image, pages) if image else page_hint(target, pages)
    return _problem(page, index, why, hint=hint)


def _page_named(school: SchoolSources, path: str) -> PageSource | None:
    """The free page a link to `path` (`ordningsregler.md`, checked to be one) leads to."""
    name = PurePosixPath(path).stem
    return next((p for p in school.pages if p.slug == name), None)


def _anchor(
    page: PageSource, linked: PageSource, anchor: str, index: int, anchors_of: Anchors
) -> Iterator[Problem]:
    """TP067 when `anchor` (not empty) is none of the linked page's anchors."""
    front = linked.front.data if isinstance(linked.front.data, dict) else {}
    anchors = anchors_of(str(front.get("titel", "")), linked.body)
    if not anchor or anchors is None or anchor in anchors:
        return
    where = "på sidan" if linked is page else f"på sidan {linked.slug}.md"
    shown = ", ".join(f"#{a}" for a in sorted(anchors)[:5]) or "inga"
    hint = f"länka till en rubrik som finns (rubrikernas adresser: {shown})"
    why = f"länken '#{anchor}' leder inte till någon rubrik {where}"
    yield codes.problem("TP067", body_location(page, index), why, hint=hint)


def _why(school: SchoolSources, page: PageSource, path: str, image: bool, pages: set[str]) -> str:
    try:
        found = resolve_inside(path, page.front.path.parent, school.directory)
    except PathRefused as refused:
        if not refused.missing:
            return refused.reason
        found = None
    is_page = found is not None and found.parent.name == "sidor" and found.stem in pages
    if not image and ((path.endswith(".md") and is_page) or is_fixed_page(path)):
        return ""  # a free page, or a page or file trygg writes (MkDocs follows the link)
    if image:
        return (
            f"bilden '{excerpt(path)}' kan inte visas i en egen sida; "
            f"bara logotyp och foto publiceras"
        )
    if path.endswith(".md"):
        return f"sidan '{excerpt(path)}' finns inte bland skolans egna sidor i sidor/"
    if told := without_scheme(path, image=False):
        return told[0]
    return f"filen '{excerpt(path)}' publiceras inte, så länken skulle leda fel"


def body_location(page: PageSource, index: int) -> Location:
    """Where the character at `index` of the page's body stands in its file."""
    line, column = line_and_column(page.body, index)
    return Location(page.front.display, line + page.body_line - 1, column)


def _hint(target: str, path: str, image: bool, pages: set[str]) -> str:
    if image:
        return "ta bort bilden, eller rita det som ett diagram med ```flode eller ```arshjul"
    if path.endswith(".md"):
        return page_hint(path, pages)
    return web_hint(target) or (
        "länka till en egen sida (namn.md), en adress med https:// eller ta bort länken"
    )


def _problem(page: PageSource, index: int, why: str, *, hint: str) -> Problem:
    return codes.problem("TP053", body_location(page, index), why, hint=hint)
