"""The words a student page uses for what adults have names for: the grades, the law's
grounds and the family, each defined once (the staff's roles: `render.student.roles`).

A pupil of 7 does not read "F–3", and a pupil of 10 does not read "Religion eller annan
trosuppfattning": the youngest pages say the grades as children do, and the pages up to
åk 6 name the adults and the grounds in words a child uses. Where the law's name is not
the child's, the page keeps it in a smaller line, so that the right stays findable.
"""

from __future__ import annotations

import re

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
# The family, as the page's own sentences name them from åk 4 (the example's steps say it
# the same way): the words of a child and of a teenager alike, and true of every family.
FAMILY = "dina föräldrar eller andra vuxna du bor med"
# The family again, once the page has said who they are (`family_once`).
FAMILY_AGAIN = "dina föräldrar"
_FAMILY = re.compile(re.escape(FAMILY), re.IGNORECASE)


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


def family_once(lines: list[str]) -> list[str]:
    """The page's lines with the family said in full the first time only, and after that
    as `FAMILY_AGAIN`: five times "dina föräldrar eller andra vuxna du bor med" made
    sentences of 20 words (the steps' texts say it in full, each on its own)."""
    seen = False

    def again(found: re.Match[str]) -> str:
        nonlocal seen
        if not seen:
            seen = True
            return found[0]
        return found[0][0] + FAMILY_AGAIN[1:]  # "Dina" at a sentence's start

    return [_FAMILY.sub(again, line) for line in lines]
