"""The adults under "Vem kan jag prata med?" in the words of each band's readers: one
table, by role as schools write it (in any case).

For each reading level (the youngest: förskola and F–3; åk 4–6; from åk 7) a role has a
name, and who that is and where to find them. The name stands before the people who
hold the role, and up to åk 6 who that is after them ("Kurator: Johan Ek – en vuxen på
skolan som du kan prata med när något känns svårt"); from åk 7 a role someone holds is
shown as the school writes it, with no more. A role no one in skola.yml holds is shown
with who it is instead of a bare "Kurator": "Kurator: den du kan prata med när något
känns tungt, i skolan eller hemma". A role that is not in the table is shown as the
school writes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.render.student.bands import Band
from generator.text import in_sentence

PLACE = "{place}"  # "skolan", or "förskolan" on the page read aloud


@dataclass(frozen=True)
class Said:
    """A role at one reading level: its name ("" keeps the school's) and who it is."""

    name: str
    who: str


# young (förskola, F–3), middle (åk 4–6), older (from åk 7)
ROLES: dict[str, tuple[Said, Said, Said]] = {
    "mentor": (
        Said("Din lärare", "den som har hand om din klass"),
        Said("Din mentor", "läraren som har hand om din klass"),
        Said("Din mentor", "läraren som har hand om din klass"),
    ),
    "kurator": (
        Said("", "en vuxen du kan prata med när du är ledsen eller orolig"),
        Said("", "en vuxen på skolan som du kan prata med när något känns svårt"),
        Said("", "den du kan prata med när något känns tungt, i skolan eller hemma"),
    ),
    "skolsköterska": (
        Said("", "den som hjälper dig när du har ont eller är ledsen"),
        Said("", "den du kan gå till när du har ont eller mår dåligt"),
        Said("", "den du kan gå till när du mår dåligt, i kroppen eller i huvudet"),
    ),
    "rektor": (
        Said("", f"den som bestämmer på {PLACE}"),
        Said("", "den som bestämmer över hela skolan"),
        Said("", "den som leder skolan och ser till att kränkningar stoppas"),
    ),
    "biträdande rektor": (
        Said("", f"en av dem som bestämmer på {PLACE}"),
        Said("", "den som leder skolan med rektorn"),
        Said("", "den som leder skolan med rektorn"),
    ),
    "specialpedagog": (
        Said("En vuxen som hjälper till när något är svårt", ""),
        Said("Specialpedagog", "den som hjälper till när något i skolan är svårt"),
        Said("", "den som ger stöd när skolarbetet är svårt"),
    ),
    "skolvärd": (
        Said("", "en vuxen som är i korridoren och på rasten"),
        Said("", "en vuxen som är i korridorerna och på rasterna"),
        Said("", "en vuxen som är i korridorerna och på rasterna"),
    ),
    "skolpsykolog": (
        Said("", "en vuxen som hjälper barn som mår dåligt"),
        Said("", "den som hjälper dig om du mår dåligt länge"),
        Said("", "den som hjälper dig om du mår dåligt länge"),
    ),
    "elevhälsan": (
        Said("", "de vuxna som hjälper dig att må bra"),
        Said("", "de vuxna som hjälper dig att må bra, som skolsköterskan"),
        Said("", "skolsköterskan, kuratorn och andra som ger stöd när du mår dåligt"),
    ),
    "samordnare för fritidshemmet": (
        Said("Den som leder fritids", ""),
        Said("Den som leder fritids", ""),
        Said("", "den som leder fritidshemmet"),
    ),
    "fritidspedagog": (
        Said("", "en av de vuxna på fritids"),
        Said("", "en av de vuxna på fritids"),
        Said("", "en av de vuxna på fritidshemmet"),
    ),
    "pedagogerna i barnets grupp": (
        Said("De vuxna på din avdelning", "de som är med dig varje dag"),
        Said("De vuxna på din avdelning", "de som är med dig varje dag"),
        Said("", ""),
    ),
    "trygghetsteamet": (
        Said("", f"vuxna på {PLACE} som hjälper till när någon blir illa behandlad"),
        Said("", "vuxna på skolan som arbetar för att alla ska vara trygga"),
        Said("", "vuxna som ser till att alla är trygga och hjälper till när någon blir kränkt"),
    ),
}
# The names schools also write for a role in the table.
SAME_AS = {"trygghetsteam": "trygghetsteamet"}


def _said(role: str, band: Band) -> Said | None:
    key = " ".join(role.split()).casefold()
    levels = ROLES.get(SAME_AS.get(key, key))
    if levels is None:
        return None
    return levels[0] if band.young else levels[2] if band.older else levels[1]


def pupil_role(role: str, band: Band) -> str:
    """A role someone holds, as the band's readers call it (from åk 7, as it is written)."""
    said = _said(role, band)
    return said.name if said and said.name and not band.older else role


def unnamed_role(role: str, band: Band) -> tuple[str, str]:
    """A role no one in skola.yml holds, as the page shows it, and who that is ("" when
    the table does not say)."""
    said = _said(role, band)
    return (said.name or role if said else role), who_is(role, band)


def team_role(role: str, band: Band, explained: bool) -> str:
    """A team member's role after their name: up to åk 6 with who that is ("biträdande
    rektor – den som leder skolan med rektorn"), unless the page has `explained` it on
    a line of its own; as written from åk 7 and for a role the table does not have."""
    who = "" if band.older or explained else who_is(role, band)
    written = in_sentence(role)  # "Biträdande rektor F–6": the F stays
    return f"{written} – {who}" if who else written


def who_is(role: str, band: Band) -> str:
    """Who holds the role, in the band's words ("" when the table does not say)."""
    said = _said(role, band)
    place = "förskolan" if band.read_aloud else "skolan"
    return said.who.replace(PLACE, place) if said else ""
