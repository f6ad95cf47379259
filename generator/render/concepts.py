"""The words a school's pages use that no huvudman defines, because they mean the same for
every school: huvudman and the authorities a family can turn to. This is the one place
their explanations are written; the plan's Begrepp and the routines page show them beside
the huvudman's own definitions (huvudman.yml `definitioner`)."""

from __future__ import annotations

from generator.model import Organiser, School
from generator.render import words
from generator.render.authorities import BEO, DO, SCHOOL_INSPECTORATE
from generator.render.markdown.blocks import indent
from generator.render.markdown.safety import plain


def common_concepts(organiser: Organiser, school: School) -> list[tuple[str, str]]:
    """(word, explanation in Markdown) for each word, in the order a page lists them."""
    unit = words.unit(school)
    return [
        (
            "Huvudman",
            f"Den som driver {unit} och har det yttersta ansvaret för den, här "
            f"{plain(organiser.name)}. Huvudmannen ska se till att {unit} arbetar mot "
            "kränkningar och att varje anmälan utreds skyndsamt (skollagen 6 kap. 10 §).",
        ),
        (
            BEO.titled,
            f"En del av Skolinspektionen. Hit kan {words.people(school).lower()} anmäla när "
            f"{unit} inte har gjort tillräckligt för att utreda och stoppa en kränkning.",
        ),
        (
            DO.titled,
            "Myndigheten som ser till att diskrimineringslagen följs. Hit kan man anmäla "
            "diskriminering, trakasserier och sexuella trakasserier.",
        ),
        (
            SCHOOL_INSPECTORATE.titled,
            "Myndigheten som granskar att förskolor, skolor och huvudmän följer skollagen. "
            "Hit kan man anmäla andra brister i utbildningen.",
        ),
    ]


def collapsible(title: str, entries: list[tuple[str, str]]) -> str:
    """A closed Material box titled `title`, holding the entries as a definition list."""
    listed = "\n\n".join(f"{word}\n:   {indent(text)}" for word, text in entries)
    return f'??? info "{title}"\n\n    ' + indent(listed)
