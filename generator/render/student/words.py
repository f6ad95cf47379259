"""The words a student page uses for what adults have names for: the grades, the staff's
roles and the law's grounds, each in one table.

A pupil of 7 does not read "F–3", and a pupil of 10 does not read "Religion eller annan
trosuppfattning": the youngest pages say the grades as children do, and the pages up to
åk 6 name the adults and the grounds in words a child uses. Where the law's name is not
the child's, the page keeps it in a smaller line, so that the right stays findable.
"""

from __future__ import annotations

from generator.render.student.bands import PRESCHOOL_CLASS, Band

# The grades as a child says them: "Till dig som går i förskoleklass, ettan eller tvåan."
GRADE_NAMES = ("förskoleklass", "ettan", "tvåan", "trean", "fyran", "femman", "sexan")
# The grounds and definitions under "Dina rättigheter": the law's name, and the child's
# name when the law's is hard to read up to åk 6 ("" when the law's name will do).
RIGHTS_NAMES: dict[str, tuple[str, str]] = {
    "kränkande_behandling": ("Kränkande behandling", ""),
    "trakasserier": ("Trakasserier", ""),
    "sexuella_trakasserier": ("Sexuella trakasserier", ""),
    "kön": ("Kön", ""),
    "könsöverskridande_identitet_eller_uttryck": (
        "Könsöverskridande identitet eller uttryck",
        "Hur du visar vem du är",
    ),
    "etnisk_tillhörighet": ("Etnisk tillhörighet", "Var du och din familj kommer ifrån"),
    "religion_eller_annan_trosuppfattning": (
        "Religion eller annan trosuppfattning",
        "Religion och tro",
    ),
    "funktionsnedsättning": ("Funktionsnedsättning", ""),
    "sexuell_läggning": ("Sexuell läggning", ""),
    "ålder": ("Ålder", ""),
}
# The adults under "Vem kan jag prata med?" by a role as schools write it (in any case):
# the words on the förskola and F–3 pages, and on the pages up to åk 6. A role that is
# not here, and every role from åk 7, is shown as the school writes it.
PUPIL_ROLES: dict[str, tuple[str, str]] = {
    "mentor": ("Din lärare", "Din mentor"),
    "samordnare för fritidshemmet": ("Den som leder fritids", "Den som leder fritids"),
    "specialpedagog": ("En vuxen som hjälper till när något är svårt", "Specialpedagog"),
    "pedagogerna i barnets grupp": ("De vuxna på din avdelning", "De vuxna på din avdelning"),
}


# The family, as the page's own sentences name them from åk 4 (the example's steps say it
# the same way): the words of a child and of a teenager alike, and true of every family.
FAMILY = "dina föräldrar eller andra vuxna du bor med"
# Where a pupil finds an adult the plan names by role only (no name in skola.yml), from
# åk 4: the row says who it is instead of a bare "Mentor".
UNNAMED_ROLES: dict[str, tuple[str, str]] = {
    "mentor": ("Din mentor", "läraren som har hand om din klass"),
}


def spoken_grades(first: int, last: int) -> str:
    """Grades `first` to `last` (förskoleklass = 0) as a child says them."""
    names = list(GRADE_NAMES[max(first, PRESCHOOL_CLASS) : last + 1])
    return " eller ".join(filter(None, [", ".join(names[:-1]), names[-1] if names else ""]))


def rights_name(key: str, band: Band) -> tuple[str, str]:
    """A right's name on the band's page, and the law's name to add in a smaller line
    ("" when the page shows the law's name already)."""
    legal, childs = RIGHTS_NAMES[key]
    if band.older or not childs:
        return legal, ""
    return childs, legal


def unnamed_role(role: str, band: Band) -> tuple[str, str]:
    """A role no one in skola.yml holds, as the page shows it, and who it is: from the
    table from åk 4, else the role as the band's readers call it and ""."""
    said = UNNAMED_ROLES.get(" ".join(role.split()).casefold())
    return said if said and not band.young else (pupil_role(role, band), "")


def pupil_role(role: str, band: Band) -> str:
    """A staff role as the band's readers call it."""
    words = PUPIL_ROLES.get(" ".join(role.split()).casefold())
    if band.older or words is None:
        return role
    return words[0] if band.young else words[1]
