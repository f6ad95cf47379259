"""Writing a new repo's or school's files, all or none, never over anything there.

`trygg init` and `trygg ny-skola` write a set of files into a folder. When any of them
exists, or a folder they would fill already holds something (the content of another
repo, another school), nothing is written and the command names every one of them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS
from generator.load.paths import PathRefused, refuse_leaving


def lands_inside(path: Path, root: Path) -> bool:
    """Whether writing `path` stays inside `root` when the links on its way are followed
    (a loop of links does not: `load.paths.refuse_leaving`)."""
    try:
        refuse_leaving(path, root)
    except PathRefused:
        return False
    return True


def _holds_something(path: Path) -> bool:
    """Whether `path` is there as anything but an empty folder (a link to nothing too)."""
    if path.is_dir():
        return any(path.iterdir())
    return path.exists() or path.is_symlink()


def taken(root: Path, files: Iterable[str], folders: Iterable[str] = ()) -> list[str]:
    """What is already there, in the order `ls` shows it: each of `folders` (a whole
    content or school, named once as `folder/`) that holds something, and each file
    outside those that exists."""
    whole = tuple(f"{folder}/" for folder in folders if _holds_something(root / folder))
    single = [
        path
        for path in files
        if not path.startswith(whole) and ((root / path).exists() or (root / path).is_symlink())
    ]
    return sorted([*whole, *single], key=str.casefold)


def write_all(root: Path, files: Mapping[str, str | bytes], folders: Iterable[str] = ()) -> int:
    """Write `files` under `root`, or nothing at all when anything is `taken`, or a file
    would land outside `root` through a link."""
    there = taken(root, files, folders)
    leaving = sorted(p for p in files if not lands_inside(root / p, root))
    if leaving:
        said = f"trygg: fel: filerna skulle hamna utanför {root}/ genom en symbolisk länk:"
        print(said, *leaving, sep="\n  ", file=sys.stderr)
    if there:
        said = "trygg: fel: det här finns redan och skrivs inte över:"
        print(said, *there, sep="\n  ", file=sys.stderr)
    if "content/" in there:
        print("Har ni redan innehåll? Lägg då till skolor med trygg ny-skola.", file=sys.stderr)
    if there or leaving:
        print("Ingenting skrevs. Flytta eller ta bort det som finns, eller välj en annan mapp.",
              file=sys.stderr)  # fmt: skip
        return EXIT_PROBLEMS
    for path, content in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return EXIT_OK
