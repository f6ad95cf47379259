"""Free pages whose title is already a line of the school's menu (TP068): two menu lines
that read alike, and a reader cannot tell where each leads."""

from __future__ import annotations

from collections.abc import Iterator

from generator import codes
from generator.check.student import Locator
from generator.model import School
from generator.problems import Problem
from generator.render import uris
from generator.render.school import navigation
from generator.text import as_read


def same_menu_titles(school: School, locator: Locator) -> Iterator[Problem]:
    """A warning at each free page whose title is a page's that trygg writes, or a free
    page's earlier in the menu."""
    own = {uris.free_page(page): page for page in school.pages}
    lines = [entry for line in navigation(school) for entry in line.items()]
    taken = {as_read(title): uri for title, uri in lines if uri not in own}
    for title, uri in lines:
        page = own.get(uri)
        first = taken.setdefault(as_read(title), uri)
        if page is None or first == uri:
            continue
        other = own.get(first)
        named = f"sidan {other.slug}.md" if other else "en av sidorna som trygg skriver"
        message = f"sidan har samma titel, '{title}', som {named}; menyn får två likadana rader"
        yield codes.problem("TP068", locator.at(page.source, ("titel",)), message)
