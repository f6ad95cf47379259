"""The words a student page uses for what adults have names for: the grades, the law's
grounds and the family, each defined once (the staff's roles: `render.student.roles`).

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
# The family, as trygg's own sentences on a student page name them (the example's steps
# say it the same way, and the rights: "Var du och din familj kommer ifrån"): the words
# of a child and of a teenager alike, and true of every family. Only trygg's own lines
# use it: an author's text (a step's elevtext, a definition's ungdomstext) is shown as
# written, for rewriting "dina föräldrar" left "Din familj blir inte arga på dig".
FAMILY = "din familj"


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
