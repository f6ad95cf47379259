"""Checks of a school's own facts: its images, its colour, its contacts, its weeks.

Like `validate.crosscheck` these run only on the sections that passed their schema.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from generator import codes
from generator.colours import contrast_ratio, nearest_passing
from generator.load.document import Document
from generator.load.layout import period_bounds, photo_path_uri
from generator.load.paths import PathRefused, resolve_inside
from generator.load.sources import SchoolSources
from generator.personal_data import has_personal_number, pupil_emails, roles
from generator.problems import Location, Problem
from generator.validate.fields import format_field
from generator.validate.imagemeta import metadata_text
from generator.validate.images import image_problem, kind_of
from generator.validate.svgsafety import UnsafeSvg, check_svg
from generator.vocabulary import MONTHS

Path_ = tuple[str | int, ...]
WHITE = "#ffffff"
MIN_CONTRAST = 4.5  # WCAG 2.1 AA for normal text
# A role that names a pupil (TP050): staff only may be listed as contacts.
PUPIL_ROLE = re.compile(
    rf"\b(?:elev(?:en|er|erna|s)?|{roles.PUPIL_DUTY}\w*|klassens\s+representant"
    r"|(?:åk|årskurs|klass)\s*[1-9F]|[1-9]\s?[A-ZÅÄÖa-zåäö])(?![\wåäöÅÄÖ])",
    re.IGNORECASE,
)
# A role that begins with one of these words is a pupil's, whatever duty follows.
# ("Elevrådsansvarig", a staff's duty for the elevråd, begins otherwise.)
PUPIL_FIRST = re.compile(
    r"(?:elev(?:en|er|erna|s)?\b|elevråd(?:et|ets)?\b|klassens\s+representant"
    rf"|(?!elevråd){roles.PUPIL_DUTY})",
    re.IGNORECASE,
)
STAFF_ROLE = re.compile(roles.STAFF_ROLE, re.IGNORECASE)


def _problem(document: Document, path: Path_, code: str, message: str, hint: str) -> Problem:
    line, column = document.locate(path)
    location = Location(document.display, line, column)
    return codes.problem(
        code, location, message, field=format_field(path, document.data), hint=hint
    )


def school_file_problems(
    school: SchoolSources, document: Document, failed: frozenset[str] = frozenset()
) -> Iterator[Problem]:
    """skola.yml: its images (TP043, TP046, TP047), its pupils (TP050) and its colour
    (TP045), as far as the sections they read (`failed` are not) passed their schema."""
    if failed.isdisjoint({"logotyp", "kontakter", "trygghetsteam"}):
        yield from _image_problems(school, document)
    if failed.isdisjoint({"kontakter", "trygghetsteam", "elevdomän"}):
        yield from _pupil_contact_problems(document)
    if "färg" not in failed and (colour := document.data.get("färg")):
        yield from _brand_colour_problems(document, colour)


def _week_month_problem(week: int, month: int, year: int) -> str:
    """Why ISO week `week` cannot be in `month` of `year` (as the årshjul shows it), or ""."""
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    exists = False
    for iso_year in (year - 1, year, year + 1):
        try:
            monday = dt.date.fromisocalendar(iso_year, week, 1)
        except ValueError:  # week 53 in a year that has 52
            continue
        exists = exists or iso_year == year
        if monday <= last and monday + dt.timedelta(days=6) >= first:
            return ""
    if not exists:
        return f"vecka {week} finns inte {year}, som bara har 52 veckor"
    return f"vecka {week} ligger inte i {MONTHS[month - 1]} {year}"


def week_problems(cycle: Document, period_ids: list[str]) -> Iterator[Problem]:
    """TP048: an activity's week must exist and fall in its month, in every plan period."""
    starts = [(period_id, period_bounds(period_id)[0]) for period_id in period_ids]
    for index, activity in enumerate(cycle.data["aktiviteter"]):
        week = activity.get("vecka")
        if week is None:
            continue
        month = MONTHS.index(activity["månad"]) + 1
        for period_id, start in starts:
            year = start.year if month >= start.month else start.year + 1
            if why := _week_month_problem(week, month, year):
                hint = f"välj en vecka i {activity['månad']} eller ta bort vecka"
                path: Path_ = ("aktiviteter", index, "vecka")
                yield _problem(cycle, path, "TP048", f"{why} (period {period_id})", hint)
                break


def _pupil_contact_problems(document: Document) -> Iterator[Problem]:
    """TP050: kontakter and trygghetsteam list staff: no pupil's role, name or address."""
    hint = "ta bort eleven ur listan, eller beskriv elevernas deltagande utan namn"
    pupil_domain = document.data.get("elevdomän", "")
    for key in ("kontakter", "trygghetsteam"):
        for index, person in enumerate(document.data[key]):
            role = person["roll"]
            if is_pupil_role(role):
                message = f"rollen '{role}' ser ut att gälla en elev – bara personal ska listas"
                yield _problem(document, (key, index, "roll"), "TP050", message, hint)
            address = person.get("epost", "")
            for _index, domain in pupil_emails(address, (pupil_domain,) if pupil_domain else ()):
                message = f"e-postadressen på {domain} är en elevs – bara personal ska listas"
                yield _problem(document, (key, index, "epost"), "TP050", message, hint)


def is_pupil_role(role: str) -> bool:
    """A pupil's role: one that begins as a pupil's, whatever duty follows ("Elevrådets
    ordförande, ansvarig för rastaktiviteter"), or names pupils and no staff."""
    if PUPIL_FIRST.match(role.strip()):
        return True
    return bool(PUPIL_ROLE.search(role)) and not STAFF_ROLE.search(role)


LOGO: Path_ = ("logotyp",)


def published_images(data: dict[str, Any]) -> list[tuple[Path_, str]]:
    """The image files skola.yml publishes, by field: its logotyp and each person's foto
    (in the trygghetsteam and among the kontakter, both on the start page)."""
    images: list[tuple[Path_, str]] = [(LOGO, data["logotyp"])] if "logotyp" in data else []
    images += [
        ((key, index, "foto"), person["foto"])
        for key in ("kontakter", "trygghetsteam")
        for index, person in enumerate(data.get(key, ()))
        if isinstance(person, dict) and "foto" in person
    ]
    return images


def _image_problems(school: SchoolSources, document: Document) -> Iterator[Problem]:
    """TP043: the logotyp and every foto must be a file; TP046: no two photos share a name."""
    images = published_images(document.data)
    photos = [(path, image) for path, image in images if path != LOGO]
    for path, image in images:
        yield from _image_file_problems(school, document, path, image)
    named: dict[str, str] = {}
    for path, photo in photos:
        earlier = named.setdefault(photo_path_uri(photo), photo)
        if earlier != photo:
            message = f"fotona '{earlier}' och '{photo}' får samma filnamn på webbplatsen"
            hint = "byt namn på en av filerna så att fotona inte förväxlas"
            yield _problem(document, path, "TP046", message, hint)


def _image_file_problems(
    school: SchoolSources, document: Document, path: Path_, image: str
) -> Iterator[Problem]:
    """The file must lie in the school's folder (TP051, TP043), be an image of an allowed
    type and size (TP052) and, as SVG, run nothing when opened on its own (TP047)."""
    try:
        file = resolve_inside(image, school.directory, school.directory)
        data = file.read_bytes()
    except PathRefused as refused:
        if refused.missing:
            message = f"bildfilen '{image}' finns inte"
            hint = f"lägg bildfilen i {school.display}/ eller ta bort raden"
            yield _problem(document, path, "TP043", message, hint)
        else:
            yield _problem(document, path, "TP051", refused.reason, refused.hint)
        return
    except OSError as error:
        yield _problem(
            document,
            path,
            "TP043",
            f"bildfilen '{image}' kan inte läsas ({error.strerror})",
            "kontrollera att filen är läsbar",
        )
        return
    if why := image_problem(data, file.name):
        hint = "spara bilden som JPEG, PNG eller WebP, högst 5 MB och 6000 × 6000 pixlar"
        yield _problem(document, path, "TP052", f"'{image}' kan inte publiceras: {why}", hint)
    elif file.suffix.lower() == ".svg":
        yield from _svg_problems(document, path, image, data)
    elif has_personal_number(metadata_text(data, kind_of(data))):
        message = f"bilden '{image}' har ett personnummer i sin metadata (EXIF, XMP eller text)"
        hint = "metadata publiceras aldrig, men ta bort numret ur filen, t.ex. genom att spara om"
        yield _problem(document, path, "TP401", message, hint)


def _svg_problems(document: Document, path: Path_, image: str, data: bytes) -> Iterator[Problem]:
    """An SVG opened at its own address runs its scripts on the school's site (TP047); its
    text is published as it stands (TP401)."""
    try:
        text = check_svg(data)
    except UnsafeSvg as unsafe:
        message = f"SVG-filen '{image}' kan inte publiceras: {unsafe}"
        hint = "spara bilden som PNG, eller som vanlig SVG utan skript och on…-attribut"
        yield _problem(document, path, "TP047", message, hint)
        return
    if has_personal_number(text):
        message = f"SVG-filen '{image}' har ett personnummer i sin text eller sina attribut"
        yield _problem(document, path, "TP401", message, "ta bort numret ur SVG-filen")


def _brand_colour_problems(document: Document, colour: str) -> Iterator[Problem]:
    """The brand colour carries white header text and is the link colour on white (WCAG 1.4.3)."""
    ratio = contrast_ratio(colour, WHITE)
    if ratio < MIN_CONTRAST:
        suggestion = nearest_passing(colour, WHITE, MIN_CONTRAST)
        message = (
            f"färgen {colour} ger för låg kontrast mot vitt ({ratio:.2f}:1, minst 4.5:1 krävs)"
        )
        hint = f"närmaste färg som fungerar är {suggestion}"
        yield _problem(document, ("färg",), "TP045", message, hint)
