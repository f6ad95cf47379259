"""`trygg build --skola ID`: what the command tells is about the schools asked for.

The whole content is checked (the portal lists every unit), but another school's errors
are not this command's: its problems and its "publicerades inte" are left out, and one
line says that it has errors (`trygg check` lists them). Problems in shared files
(huvudman.yml) are told, as they concern every school.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from generator.codes import withholds
from generator.load.layout import SCHOOLS, owning_school
from generator.problems import Report, display_path


def asked_only(
    report: Report, content_dir: Path, asked: Collection[str]
) -> tuple[Report, list[str]]:
    """The problems of the schools asked for and of the shared files (all of them without
    `asked`), and the schools not asked for whose errors keep them from being published."""
    if not asked:
        return report, []
    owner = _owner(content_dir)
    told = Report([p for p in report if owner(p.owner_file) in ("", *asked)])
    withheld = {owner(p.owner_file) for p in report if withholds(p)}
    return told, sorted(withheld - {"", *asked})


def _owner(content_dir: Path) -> Callable[[str], str]:
    """Which school a file shown in a message belongs to ("" for a shared file)."""
    root = content_dir.resolve().parent
    schools = content_dir / SCHOOLS
    folders = {
        display_path(folder, root): folder.name
        for folder in (schools.iterdir() if schools.is_dir() else ())
    }
    return lambda file: owning_school(file, folders)
