"""Which folders under content/skolor/ are schools: each folder (and each link there that
is no file's) whose name can be a school's id and address (TP033) and is not one of the
portal's own (TP039); a school asked for that is not there is TP041."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from generator.load.idhints import rename_hint
from generator.load.layout import RESERVED, SCHOOLS, URL_NAME
from generator.load.reader import Reader, file_problem
from generator.problems import Problem
from generator.text import closest

SCHOOL_ID = URL_NAME


def school_folders(
    content_dir: Path, only: Collection[str] = ()
) -> tuple[list[Path], list[Problem]]:
    """The folders under content/skolor/ to read (sorted), and problems with their names."""
    reader = Reader(content_dir.resolve().parent, content_dir)
    folders: list[Path] = []
    school_root = content_dir / SCHOOLS
    if not reader.folder_here(school_root):
        return [], reader.problems
    entries = _school_entries(school_root)
    taken = {entry.name for entry in entries}
    refused: set[str] = set()  # folders there, whose names TP033 or TP039 refuses
    for directory in entries:
        if only and directory.name not in only:
            continue
        if not reader.folder_here(directory):
            continue
        if _refused_name(reader, directory, taken):
            refused.add(directory.name)
            continue
        folders.append(directory)
    known = school_names(content_dir)
    for wanted in sorted(set(only) - {f.name for f in folders} - refused):
        message, hint = absent_school(wanted, known)
        reader.problems.append(file_problem("TP041", reader.display(school_root), message, hint))
    return folders, reader.problems


def _refused_name(reader: Reader, directory: Path, taken: Collection[str]) -> bool:
    """Whether the folder's name cannot be a school's id (TP033) or is the portal's (TP039),
    each told as a problem."""
    if not SCHOOL_ID.match(directory.name):
        hint = rename_hint(directory.name, taken)
        message = f"mappnamnet '{directory.name}' duger inte som skol-id och webbadress"
        reader.problems.append(file_problem("TP033", reader.display(directory), message, hint))
        return True
    if directory.name in RESERVED:
        message = f"skol-id:t '{directory.name}' används redan av portalen"
        hint = "byt namn på mappen, t.ex. till skolans namn"
        reader.problems.append(file_problem("TP039", reader.display(directory), message, hint))
        return True
    return False


def absent_school(wanted: str, known: list[str]) -> tuple[str, str]:
    """TP041's message and hint for a school asked for (`--skola`) that is not there."""
    hint = (
        f"ange en av skolorna: {', '.join(known)}"
        if known
        else "skapa en skola med trygg ny-skola ID"
    )
    if (close := closest(wanted, known)) and close != wanted:
        hint = f"menade du '{close}'? Annars {hint}"
    return f"skolan '{wanted}' finns inte", hint


def school_names(content_dir: Path) -> list[str]:
    """The name of every folder under content/skolor/, whether or not it can be read."""
    return [p.name for p in _school_entries(content_dir / SCHOOLS)]


def _school_entries(school_root: Path) -> list[Path]:
    """Each folder under content/skolor/, and each link there that is no file's."""
    return sorted(p for p in school_root.glob("*") if p.is_dir() or _link_not_to_a_file(p))


def _link_not_to_a_file(path: Path) -> bool:
    """A link that is in a loop, to nothing, or out: like a plain file, one to a file is
    not a school folder and is passed over."""
    return path.is_symlink() and not path.is_file()
