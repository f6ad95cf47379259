"""`trygg uppdatera-scheman`: the installed trygg's schemas in the repo's schemas/, for
the editor (and how `trygg check` tells that they differ)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from generator import __version__
from generator.cli import folders, swedish
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from generator.cli.folders import REPO_FOLDER
from generator.cli.newfiles import lands_inside
from generator.load.resources import schema_dir

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def run_refresh_schemas(args: argparse.Namespace) -> int:
    folder = Path(args.mapp)
    if _not_a_repo(folder):  # run inside the repo: its folder above, as every command finds it
        folder = folders.asked_repo(args.mapp)
    if why := _not_a_repo(folder):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    target = folder / "schemas"
    if target.exists() and not target.is_dir():
        print(f"trygg: fel: {target} är ingen mapp; flytta filen och kör kommandot igen",
              file=sys.stderr)  # fmt: skip
        return EXIT_PROBLEMS
    if not lands_inside(target, folder) or (target.is_symlink() and not target.is_dir()):
        print(f"trygg: fel: {target} är en symbolisk länk ut ur förrådet eller till ingenting; "
              "ingenting skrevs", file=sys.stderr)  # fmt: skip
        return EXIT_PROBLEMS
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(schema_dir().glob("*.json")):
        if not _replaced(target / source.name, source.read_bytes()):
            print(f"trygg: fel: {target / source.name} är ingen vanlig fil och kan inte ersättas; "
                  "ta bort den och kör kommandot igen", file=sys.stderr)  # fmt: skip
            return EXIT_PROBLEMS
    print(f"Scheman från trygg {__version__} finns nu i {target}/.")
    return EXIT_OK


def _replaced(file: Path, data: bytes) -> bool:
    """Write `data` beside `file`, then rename it over: a link in its place is replaced,
    not followed. False (nothing left behind) when `file` is a folder, say."""
    mode = file.stat().st_mode & 0o777 if file.is_file() and not file.is_symlink() else _new_mode()
    handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.")
    with os.fdopen(handle, "wb") as written:
        written.write(data)
    os.chmod(temporary, mode)  # noqa: PTH101 (mkstemp makes it private)
    try:
        Path(temporary).replace(file)
    except OSError:
        Path(temporary).unlink()
        return False
    return True


def _new_mode() -> int:
    """What a new file's permissions are under this process's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def schemas_differ(content_dir: Path) -> bool:
    """Whether the repo's copy of the schemas (for the editor) is not this trygg's."""
    copy = content_dir.parent / "schemas"
    if not copy.is_dir() or copy.resolve() == schema_dir().resolve():
        return False
    ours = {p.name: p.read_bytes() for p in schema_dir().glob("*.json")}
    theirs = {p.name: p.read_bytes() for p in copy.glob("*.json")}
    return ours != theirs


def _not_a_repo(folder: Path) -> str:
    """Why `folder` is no repo to write schemas/ in (it is not there, or has neither
    mkdocs.yml nor content/: schemas/ would land where no editor reads it); "" when it is."""
    if not folder.is_dir():
        return f"mappen {folder} finns inte; ange {REPO_FOLDER}"
    if not (folder / "mkdocs.yml").is_file() and not (folder / "content").is_dir():
        return (
            f"mappen {folder} är inget förråd (den har varken mkdocs.yml eller content/); "
            f"kör trygg i {REPO_FOLDER} eller ange den som MAPP"
        )
    return ""


def _add_refresh_schemas(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "uppdatera-scheman",
        "skriv scheman för redigeraren från den installerade trygg till schemas/",
        "Redigeraren (VS Code) läser scheman ur förrådets schemas/. Kommandot ersätter dem "
        "med scheman från den installerade trygg, så att redigeraren och trygg check är överens.",
        swedish.exit_codes(
            (0, "klart"),
            (1, "schemas/ kan inte skrivas till"),
            swedish.USAGE,
        ),
    )
    parser.add_argument("mapp", nargs="?", default=".", metavar="MAPP",
                        help="förrådets mapp (standard: den här)")  # fmt: skip
    parser.set_defaults(command=run_refresh_schemas)


REGISTER = [_add_refresh_schemas]
