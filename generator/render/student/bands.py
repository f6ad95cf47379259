"""Age bands of the student pages, and which bands a unit gets.

A unit's bands follow its årskurser and skolformer: "F-6" gives lågstadiet and
mellanstadiet, "7-9" högstadiet, a förskola gets a page to be read aloud by an
adult, a gymnasieskola the gymnasiet page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model import RuleProfile, School

PRESCHOOL_CLASS = 0  # "F" in årskurser


@dataclass(frozen=True)
class Band:
    """One age band: its page, its LIX limit and how its text is written."""

    slug: str  # part of the page URI: elev/<slug>/index.md
    key: str  # the key in huvudman.yml regelprofil.lix, and the band's Swedish name
    default_limit: int  # highest LIX allowed when huvudman.yml sets none
    first: int  # first årskurs (F = 0); -1 for förskola
    last: int
    young: bool = False  # shortest sentences, most pictures, no e-mail addresses
    older: bool = False  # e-mail and phone of contacts
    read_aloud: bool = False  # meant to be read aloud by an adult

    @property
    def pupils(self) -> str:
        """What the page calls its readers as a group."""
        return "barnen" if self.read_aloud else "elever"

    @property
    def level(self) -> str:
        """The reading level that tables of words are written for: "young" (förskola and
        F–3), "middle" (åk 4–6) or "older" (from åk 7)."""
        return "young" if self.young else "older" if self.older else "middle"


FORSKOLA = Band("forskola", "förskola", 25, -1, -1, young=True, read_aloud=True)
LAGSTADIET = Band("lagstadiet", "lågstadiet", 30, 0, 3, young=True)
MELLANSTADIET = Band("mellanstadiet", "mellanstadiet", 35, 4, 6)
HOGSTADIET = Band("hogstadiet", "högstadiet", 40, 7, 9, older=True)
GYMNASIET = Band("gymnasiet", "gymnasiet", 45, 10, 12, older=True)
BANDS: tuple[Band, ...] = (FORSKOLA, LAGSTADIET, MELLANSTADIET, HOGSTADIET, GYMNASIET)
COMPULSORY = (LAGSTADIET, MELLANSTADIET, HOGSTADIET)

# Bands for a unit whose årskurser are not given, by skolform.
BANDS_BY_FORM: dict[str, tuple[Band, ...]] = {
    "förskola": (FORSKOLA,),
    "förskoleklass": (LAGSTADIET,),
    "fritidshem": (LAGSTADIET, MELLANSTADIET),
    "grundskola": COMPULSORY,
    "anpassad_grundskola": COMPULSORY,
    "gymnasieskola": (GYMNASIET,),
}


def parse_grades(grades: str) -> tuple[int, int] | None:
    """ "F-6" -> (0, 6), "7-9" -> (7, 9), "3" -> (3, 3); None when empty or unreadable."""
    parts = grades.replace("–", "-").split("-")
    try:
        numbers = [PRESCHOOL_CLASS if p.strip().upper() == "F" else int(p) for p in parts]
    except ValueError:
        return None
    if not grades.strip() or len(numbers) > 2:
        return None
    return min(numbers), max(numbers)


def bands_for(school: School) -> tuple[Band, ...]:
    """The school's bands, youngest first."""
    chosen: set[Band] = set()
    span = parse_grades(school.grades)
    for form in school.school_forms:
        if span is not None and form in ("förskoleklass", "grundskola", "anpassad_grundskola"):
            chosen.update(b for b in COMPULSORY if b.first <= span[1] and span[0] <= b.last)
        elif span is None or form != "fritidshem":
            chosen.update(BANDS_BY_FORM.get(form, ()))
    return tuple(b for b in BANDS if b in chosen)


# The fritidshem in a text or a role's name: "fritids", "fritidshemmet", "Fritidspedagog",
# "fritidsrådet"; not a fritidsgård or fritidsledare, nor fritidsaktiviteter, which
# teenagers have too.
FRITIDS = re.compile(r"\bfritids(?:\b|hem|pedagog|lärar|råd|personal)", re.IGNORECASE)
# What else in a role's name ties it to some pupils: förskoleklass, or grades
# ("Biträdande rektor F–6", "Lärare i åk 8").
_PRESCHOOL_CLASS = re.compile(r"förskoleklass|\bf-klass", re.IGNORECASE)
_GRADES = re.compile(
    r"(?:\b(?:åk|årskurs)\s*|\b(?=(?:F|\d{1,2})\s*[–-]\s*\d))(F|\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\b",
    re.IGNORECASE,
)


def at_fritids(band: Band) -> bool:
    """Whether the band's pupils may go to the fritidshem (F–6)."""
    return band in BANDS_BY_FORM["fritidshem"]


def role_applies(role: str, band: Band) -> bool:
    """Whether the band's pupils have the role's adult: a fritids role only where the
    pupils go to fritidshemmet, a förskoleklass role only in F–3, a role with grades
    ("Biträdande rektor F–6") only on the pages of those grades."""
    if FRITIDS.search(role) and not at_fritids(band):
        return False
    if _PRESCHOOL_CLASS.search(role) and not band.first <= PRESCHOOL_CLASS <= band.last:
        return False
    grades = _GRADES.search(role)
    if grades is None:
        return True
    span = parse_grades(grades.group(1) + "-" + (grades.group(2) or grades.group(1)))
    return span is None or (span[0] <= band.last and band.first <= span[1])


def band_grades(band: Band, school: School) -> tuple[int, int]:
    """The grades of the school that the band's page is for, first and last."""
    span = parse_grades(school.grades) or (band.first, band.last)
    return max(span[0], band.first), min(span[1], band.last)


def audience(band: Band, school: School) -> str:
    """The readers, as adults name them, every span in one pattern: "åk F–3", "åk 4–6",
    "åk 7–9"; one grade "åk 5" or "förskoleklass"; "gymnasiet"."""
    if band.read_aloud:
        return "förskolan"
    if band is GYMNASIET:
        return "gymnasiet"
    first, last = band_grades(band, school)
    if last == PRESCHOOL_CLASS:
        return "förskoleklass"
    start = "F" if first == PRESCHOOL_CLASS else str(first)
    return f"åk {start}" if first == last else f"åk {start}–{last}"


def link_title(band: Band, school: School) -> str:
    """The title of the band's page in the navigation and on the start page."""
    if band.read_aloud:
        return "För barnen"
    return f"För elever {attending(band, school)}"


def attending(band: Band, school: School) -> str:
    """The readers' grades with the word Swedish puts before them: "i åk 4–6", "i
    förskoleklass", but "på gymnasiet"."""
    where = audience(band, school)
    return f"på {where}" if band is GYMNASIET else f"i {where}"


def lix_limit(profile: RuleProfile, band: Band) -> int:
    """The highest LIX allowed for the band: huvudman.yml regelprofil.lix, else the default."""
    return profile.lix_limits.get(band.key, band.default_limit)
