"""A link to another page of the school's site whose address prints after it on paper
("rutinerna vid kränkning (https://…/rutiner/)"): a reader of paper cannot follow it.

The address is the page's whole address where the huvudman's `webbplats` is known, else
its path within the school's site; trygg.css prints `data-adress` after the link."""

from __future__ import annotations

from generator.model import Project, School
from generator.render import uris
from generator.render.markdown.blocks import link, rel


def address(project: Project, school: School, to_uri: str) -> str:
    """The page's address as printed: "https://…/skola/rutiner/", or "rutiner/"."""
    target, _hash, anchor = to_uri.partition("#")
    site = uris.site_address(project.organiser.website, school.id)
    path = uris.page_address(target) + (f"#{anchor}" if anchor else "")
    return site + path if site else (path or "./")


def printed_link(md: str, project: Project, school: School, from_uri: str, to_uri: str) -> str:
    """`[md](relative target){ data-adress="…" }`, the link as `blocks.link` writes it."""
    relative = rel(from_uri, to_uri)
    shown = address(project, school, to_uri).replace('"', "%22")
    return link(md, relative) + f'{{ data-adress="{shown}" }}'
