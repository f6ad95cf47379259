"""The images skola.yml publishes (its logotyp and the people's foton): each a readable
file in the school's folder, of a type and size trygg publishes, an SVG that runs
nothing, no personnummer in its metadata, and no two photos with one name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.load.document import Document
from generator.load.layout import photo_path_uri
from generator.load.paths import PathRefused, resolve_inside
from generator.load.sources import SchoolSources
from generator.personal_data import has_personal_number
from generator.problems import Problem
from generator.validate.imagemeta import metadata_text
from generator.validate.images import image_problem, kind_of
from generator.validate.located import Path_
from generator.validate.located import problem_at as _problem
from generator.validate.svgsafety import UnsafeSvg, check_svg

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


def image_problems(school: SchoolSources, document: Document) -> Iterator[Problem]:
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
    read = _read_inside(school, document, path, image)
    if isinstance(read, Problem):
        yield read
        return
    file, data = read
    if why := image_problem(data, file.name):
        hint = "spara bilden som JPEG, PNG eller WebP, högst 5 MB och 6000 × 6000 pixlar"
        yield _problem(document, path, "TP052", f"'{image}' kan inte publiceras: {why}", hint)
    elif file.suffix.lower() == ".svg":
        yield from _svg_problems(document, path, image, data)
    elif has_personal_number(metadata_text(data, kind_of(data))):
        message = f"bilden '{image}' har ett personnummer i sin metadata (EXIF, XMP eller text)"
        hint = "metadata publiceras aldrig, men ta bort numret ur filen, t.ex. genom att spara om"
        yield _problem(document, path, "TP401", message, hint)


def _read_inside(
    school: SchoolSources, document: Document, path: Path_, image: str
) -> tuple[Path, bytes] | Problem:
    """The image file and its bytes, or why it cannot be read in the school's folder."""
    try:
        file = resolve_inside(image, school.directory, school.directory)
        return file, file.read_bytes()
    except PathRefused as refused:
        if refused.missing:
            message = f"bildfilen '{image}' finns inte"
            hint = f"lägg bildfilen i {school.display}/ eller ta bort raden"
            return _problem(document, path, "TP043", message, hint)
        return _problem(document, path, "TP051", refused.reason, refused.hint)
    except OSError as error:
        return _problem(
            document,
            path,
            "TP043",
            f"bildfilen '{image}' kan inte läsas ({error.strerror})",
            "kontrollera att filen är läsbar",
        )


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
