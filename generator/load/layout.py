"""Where things live in a content folder, and which school a file belongs to."""

from __future__ import annotations

from collections.abc import Mapping

ORGANISER_FILE = "huvudman.yml"
SCHOOLS = "skolor"  # content/skolor/<id>/


def owning_school(file: str, folders: Mapping[str, str]) -> str:
    """The id of the school whose folder holds `file`, or "" for a shared file (huvudman.yml).

    `file` is a path as messages show it, and `folders` maps each school's folder, shown
    the same way, to its id. This is the one rule that decides which unit a problem is
    about: the granskning, the portal and the build all ask it.
    """
    parts = file.split("/")
    for end in range(len(parts) - 1, 0, -1):
        found = folders.get("/".join(parts[:end]))
        if found is not None:
            return found
    return ""
