"""Schools removed from content/: their sites leave the output, and the build says so.

Publishing (`build.publish`) leaves in the output only what this build made or kept,
so the site of a school whose folder is gone from content/skolor disappears, and the
portal, made from the schools in content/, no longer lists it. This module names those
sites for the build's summary: a folder of the old output with a school's kind of name
and an index page, whose school is not in content/ any more. The old output is
untrusted, so a school is named only by what the build that published its site sealed
in the cache (`build.keptsites.recorded_name`), else by its id: never by its old pages
(a huvudman's report withheld for its errors is named the same way: `build.keptreports`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.load.layout import RESERVED
from generator.load.schoolfolders import SCHOOL_ID
from generator.problems import terminal_safe


@dataclass(frozen=True)
class Removed:
    """A school site the build removed from the output: its folder and its school's name
    ("" when no sealed record names it)."""

    id: str
    name: str

    def line(self) -> str:
        """What the build prints about it, in Swedish."""
        named = f"{self.name} ({self.id})" if self.name and self.name != self.id else self.id
        return f"{named} finns inte längre i content/ och har tagits bort från webbplatsen."


def removed_sites(
    out: Path, school_ids: Iterable[str], named: Callable[[str], str] = lambda _id: ""
) -> tuple[Removed, ...]:
    """The school sites in `out` whose school is no longer among `school_ids`, each with
    the name `named` finds for its id (in the sealed record of its site, or "")."""
    if not out.is_dir() or out.is_symlink():
        return ()
    known = set(school_ids)
    return tuple(
        Removed(entry.name, terminal_safe(named(entry.name)))
        for entry in sorted(out.iterdir())
        if entry.name not in known and _school_site(entry)
    )


def _school_site(entry: Path) -> bool:
    name = entry.name
    if name in RESERVED or not SCHOOL_ID.match(name) or entry.is_symlink():
        return False
    page = entry / "index.html"
    return entry.is_dir() and page.is_file() and not page.is_symlink()
