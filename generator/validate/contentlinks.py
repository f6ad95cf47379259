"""Links from a school's own pages to the pages trygg writes from its content.

Which student pages (`elev/hogstadiet/`), earlier plans (`trygghetsplan/2025-26/`) and
reports (`rapporter/<id>/`) a site has depends on the school's files and on the day:
`elev/mellanstadiet/` is no page for a högstadieskola, the folders `elev/` and
`rapporter/` are no pages at all, and the plan in force is published as the plan page,
not at its period's address. MkDocs does not follow a link written as an address, so
the browser would show a 404. Once the school's files have no error (this needs its
model), the check follows each such link to the pages `render.sitepages.linked_pages` says
the site has, and names the nearest page there is.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Iterator, Mapping
from urllib.parse import unquote

from generator import codes
from generator.load.reader import PageSource
from generator.load.sources import SchoolSources
from generator.problems import Problem
from generator.text import excerpt
from generator.validate.links import body_location, is_local_file, is_page_address
from generator.validate.linktargets import targets
from generator.validate.pagelinks import WRITTEN_BY_CONTENT

START = "index.md"  # the start page, which lists the reports and student pages


def content_link_problems(school: SchoolSources, pages: Mapping[str, str]) -> list[Problem]:
    """TP053 for each link in the school's own pages to a page of the content's folders
    that the site does not have; `pages` maps each URI a link may name to the page's."""
    return [p for page in school.pages for p in _page(page, pages)]


def _page(page: PageSource, pages: Mapping[str, str]) -> Iterator[Problem]:
    for image, target, index in targets(page.body):
        wanted = None if image else content_page(page.slug, target)
        if wanted is None or pages.get(wanted) == wanted:
            continue
        why, hint = _told(target, wanted, pages)
        yield codes.problem("TP053", body_location(page, index), why, hint=hint)


def _told(target: str, wanted: str, pages: Mapping[str, str]) -> tuple[str, str]:
    shown = wanted.removesuffix(START)
    if (moved := pages.get(wanted)) is not None:  # the plan shown now, on the plan page
        now = moved.removesuffix(START)
        why = (
            f"länken '{excerpt(target)}' leder till {shown}, men den "
            f"planen visas nu som skolans plan"
        )
        why += f", på {now}"
        return why, f"skriv ../{moved} för att länka till skolans plan"
    why = (
        f"länken '{excerpt(target)}' leder till {shown}, en sida som trygg inte skriver för skolan"
    )
    return why, f"skriv ../{nearest(wanted, pages)}, den närmaste sidan som finns"


def content_page(slug: str, target: str) -> str | None:
    """The URI (`elev/hogstadiet/index.md`) of the page that `target`, an address or a
    page's file written in the free page `slug`, names in a folder of the content's
    pages; None for any other target."""
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if is_page_address(target):
        joined = posixpath.normpath(posixpath.join(f"sidor/{slug}/", path))
        uri = START if joined == "." else f"{joined}/{START}"
    elif is_local_file(target) and path.endswith(".md"):
        uri = posixpath.normpath(posixpath.join("sidor", path))
    else:
        return None
    return uri if f"{uri.split('/', 1)[0]}/".startswith(WRITTEN_BY_CONTENT) else None


def nearest(wanted: str, pages: Mapping[str, str]) -> str:
    """The page most like `wanted` in its folder, else the start page."""
    folder = f"{wanted.split('/', 1)[0]}/"
    beside = sorted({uri for uri in pages.values() if uri.startswith(folder)})
    found = difflib.get_close_matches(wanted, beside, n=1, cutoff=0)
    return found[0] if found else START
