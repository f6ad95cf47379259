"""A site's files besides its pages: the theme's colours, the logo and the staff photos,
as published (without metadata), read through the one resolver `trygg check` used."""

from __future__ import annotations

from pathlib import Path

from generator.colours import DEFAULT_BRAND, best_text_colour, site_colour
from generator.load.layout import SCHOOLS
from generator.load.paths import resolve_inside
from generator.model import School
from generator.render.files import GeneratedFile
from generator.render.photos import school_photos
from generator.validate.imagemeta import without_metadata
from generator.validate.images import kind_of


def theme_values(school: School | None) -> dict[str, str]:
    """The theme's colours: the school's (a darker shade where it is too light, TP045)
    and the text on it."""
    colour = site_colour((school.brand_colour if school else "") or DEFAULT_BRAND)
    return {"farg": colour, "farg_text": best_text_colour(colour)}


def logo_files_of(school: School, content_dir: Path) -> tuple[str, list[GeneratedFile]]:
    if not school.logo:
        return "", []
    path = _school_file(school, content_dir, school.logo)
    uri = f"assets/logo{path.suffix.lower()}"
    return uri, [GeneratedFile(uri, _published_image(path))]


def photo_files(school: School, content_dir: Path) -> list[GeneratedFile]:
    """The staff photos, at the URIs the start and student pages link to."""
    return [
        GeneratedFile(uri, _published_image(_school_file(school, content_dir, source)))
        for source, uri in school_photos(school)
    ]


def _published_image(path: Path) -> bytes:
    """The image as published: without EXIF, GPS, XMP or comments."""
    data = path.read_bytes()
    return without_metadata(data, kind_of(data))


def _school_file(school: School, content_dir: Path, written: str) -> Path:
    """A file the school's content names, through the one resolver `trygg check` used."""
    folder = content_dir / SCHOOLS / school.id
    return resolve_inside(written, folder, folder)
