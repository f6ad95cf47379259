"""Checks of skola.yml: its images (`validate.schoolimages`), its contacts
(`validate.pupilcontacts`) and its colour. The årshjul's weeks are `validate.schoolweeks`'.

Like `validate.crosscheck` these run only on the sections that passed their schema.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.colours import WHITE, contrast_ratio, site_colour
from generator.load.document import Document
from generator.load.sources import SchoolSources
from generator.problems import Problem
from generator.validate.located import problem_at as _problem
from generator.validate.pupilcontacts import is_pupil_role, pupil_contact_problems
from generator.validate.schoolimages import image_problems

# is_pupil_role (`validate.pupilcontacts`) is imported from here too.
__all__ = ["is_pupil_role", "school_file_problems"]


def school_file_problems(
    school: SchoolSources, document: Document, failed: frozenset[str] = frozenset()
) -> Iterator[Problem]:
    """skola.yml: its images (TP043, TP046, TP047), its pupils (TP050) and its colour
    (TP045), as far as the sections they read (`failed` are not) passed their schema."""
    if failed.isdisjoint({"logotyp", "kontakter", "trygghetsteam"}):
        yield from image_problems(school, document)
    if failed.isdisjoint({"kontakter", "trygghetsteam", "elevdomän"}):
        yield from pupil_contact_problems(document)
    if "färg" not in failed and (colour := document.data.get("färg")):
        yield from _brand_colour_problems(document, colour)


def _brand_colour_problems(document: Document, colour: str) -> Iterator[Problem]:
    """The brand colour carries the header's text and is the link colour, on white and on
    light fields (WCAG 1.4.3, `colours.readable_link`): a colour too light is shown as a
    darker shade of it (`colours.site_colour`), which the school should know of and may
    choose itself."""
    shade = site_colour(colour)
    if shade != colour.lower():
        ratio = contrast_ratio(colour, WHITE)
        message = (
            f"färgen {colour} ger för låg kontrast mot vitt ({ratio:.2f}:1) för att länkar ska "
            "gå att läsa på vitt och på sidornas ljusa fält: webbplatsen visar den därför "
            f"som den närmaste mörkare nyansen {shade}, i sidhuvudet och i länkarna "
            "(diagrammens staplar får en nyans som når 3:1)"
        )
        hint = f'skriv färg: "{shade}", eller välj en annan, mörkare färg'
        yield _problem(document, ("färg",), "TP045", message, hint)
