"""A picture in a school's own page of a file that skola.yml publishes elsewhere.

Only the logotyp and the staff's photos are published, each where trygg puts it: the
logotyp at the top of every page, a photo beside its person on the start page. A page
that shows one of them as a picture gets a message that names which it is and where it
is already shown, not the message for any other file of the school's.
"""

from __future__ import annotations

from pathlib import Path

from generator.load.paths import PathRefused, resolve_inside
from generator.load.reader import PageSource
from generator.load.sources import SchoolSources
from generator.validate.fields import format_field
from generator.validate.located import Path_
from generator.validate.schoolimages import LOGO, published_images


def published_image(school: SchoolSources, page: PageSource, path: str) -> tuple[str, str] | None:
    """(why, hint) when the picture `path` in `page` is the school's logotyp or a foto."""
    data = school.school.data if school.school is not None else None
    if not isinstance(data, dict):
        return None
    shown = _file(path, page.front.path.parent, school.directory)
    for field, image in published_images(data):
        if shown is not None and _file(image, school.directory, school.directory) == shown:
            return _told(path, field, data)
    return None


def _file(path: str, base: Path, school: Path) -> Path | None:
    try:
        return resolve_inside(path, base, school)
    except PathRefused:
        return None


def _told(path: str, field: Path_, data: dict[str, object]) -> tuple[str, str]:
    if field == LOGO:
        why = f"bilden '{path}' är skolans logotyp, som redan visas överst på varje sida"
        return why, "ta bort bilden ur sidan"
    key, index = field[0], field[1]
    people = data.get(str(key))
    person = people[index] if isinstance(people, list) and isinstance(index, int) else {}
    role = person.get("roll", "") if isinstance(person, dict) else ""
    who = f"fotot av {role}" if role else "ett foto"
    why = (
        f"bilden '{path}' är {who} i skola.yml ({format_field(field)}), och ett foto "
        "visas bara bredvid personen på startsidan"
    )
    hint = "ta bort bilden, och länka till startsidan med ../index.md där personen och fotot står"
    return why, hint
