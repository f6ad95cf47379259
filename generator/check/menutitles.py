"""Free pages whose title is already a line of the school's menu (TP068): two menu lines
that read alike, and a reader cannot tell where each leads."""

from __future__ import annotations

from collections.abc import Iterator

from generator import codes
from generator.check.student import Locator
from generator.model import School
from generator.problems import Problem
from generator.render.student.pages import student_links
from generator.text import as_read
from generator.vocabulary import MENU


def same_menu_titles(school: School, locator: Locator) -> Iterator[Problem]:
    """A warning at each free page whose title is a line of the menu that trygg writes,
    or the title of a free page before it in the menu."""
    taken = {as_read(title): "" for title in [*MENU.values(), *_student_titles(school)]}
    for page in school.pages:  # in the menu's order
        first = taken.setdefault(as_read(page.title), page.slug)
        if first == page.slug:
            continue
        named = f"sidan {first}.md" if first else "en av sidorna som trygg skriver"
        message = (
            f"sidan har samma titel, '{page.title}', som {named}; menyn får två likadana rader"
        )
        yield codes.problem("TP068", locator.at(page.source, ("titel",)), message)


def _student_titles(school: School) -> list[str]:
    return [title for title, _uri in student_links(school)]
