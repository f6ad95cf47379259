"""The routines page's "Om du inte är nöjd": where a family goes when the school does not
act. First the rektor, then the huvudman's complaint route (skollagen 4 kap. 8 §, from
huvudman.yml's `klagomål`), then the authorities, each with what it is for."""

from __future__ import annotations

from generator.model import ComplaintRoute, Organiser, School
from generator.render import words
from generator.render.authorities import BEO, DO, SCHOOL_INSPECTORATE
from generator.render.markdown.blocks import external, gap, heading, link, mailto, page
from generator.render.markdown.safety import plain, sanitize

ANCHOR = "om-du-inte-ar-nojd"


def not_satisfied(organiser: Organiser, school: School, *, preview: bool) -> str:
    unit = words.unit(school)
    return page(
        heading(2, "Om du inte är nöjd", ANCHOR),
        f"Tycker du att {unit} inte gör tillräckligt, eller att ärendet inte sköts som det "
        "ska? Då kan du gå vidare i den här ordningen.",
        heading(3, "1. Prata med rektor"),
        f"Rektor ansvarar för att {unit} utreder det som har hänt och ser till att det "
        f"slutar. Du hittar rektor bland {link('kontaktpersonerna', '#kontaktpersoner')}.",
        heading(3, "2. Lämna ett klagomål till huvudmannen"),
        f"Huvudmannen, {plain(organiser.name)}, ska ta emot och utreda klagomål på "
        "utbildningen (skollagen 4 kap. 8 §).",
        _route(organiser, preview=preview),
        heading(3, "3. Anmäl till en myndighet"),
        f"Om {unit} eller huvudmannen inte gör något kan du anmäla till en myndighet. "
        "Det kostar ingenting.",
        _authorities(school),
    )


def _route(organiser: Organiser, *, preview: bool) -> str:
    """The huvudman's own words on how to complain; without them its central unit, which
    takes reports and questions, and a gap marker in preview builds (TP125 warns). The
    central unit's address stands once on the page, among the contacts."""
    route = organiser.complaints
    if route is None:
        contacts = link("Vem kan jag vända mig till?", "#kontaktpersoner")
        return page(
            f"Kontakta {plain(organiser.central_unit_name)} hos huvudmannen. "
            f"Kontaktuppgifterna står under {contacts}",
            gap(preview, "hur man lämnar klagomål (klagomål i huvudman.yml)"),
        )
    return page(sanitize(route.text), _ways(route))


def _ways(route: ComplaintRoute) -> str:
    ways = [external("huvudmannens sida om klagomål", route.link)] if route.link else []
    ways += [f"med e-post till {mailto(route.email)}"] if route.email else []
    if not ways:
        return ""  # the text says where to turn
    return f"Lämna klagomålet {'via ' if route.link else ''}{' eller '.join(ways)}."


def _authorities(school: School) -> str:
    preschool = words.is_preschool(school)
    hurt = "ett barn" if preschool else "ett barn eller en elev"
    unit = words.unit(school)
    return "\n".join(
        [
            f"- **{external(BEO.titled, BEO.url)}** vid Skolinspektionen: när {hurt} har "
            f"blivit kränkt och {unit} inte har gjort tillräckligt för att utreda och stoppa det.",
            f"- **{external(DO.titled, DO.url)}**: vid diskriminering, trakasserier eller "
            "sexuella trakasserier, som har samband med till exempel kön, etnisk tillhörighet "
            "eller funktionsnedsättning.",
            f"- **{external(SCHOOL_INSPECTORATE.titled, SCHOOL_INSPECTORATE.url)}**: vid andra "
            f"brister i utbildningen, till exempel när {'ett barn' if preschool else 'en elev'} "
            "inte får det stöd som behövs.",
        ]
    )
