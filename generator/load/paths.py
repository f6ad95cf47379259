"""Every path an author writes, resolved in one place and kept inside the content.

A path in content (`logotyp`, `foto`, an image or a link in Markdown) is relative to
the file it is written in, and after every symbolic link is followed it must still lie
inside the folder that file belongs to: the school's folder, or `content/` for
huvudman.yml. An absolute path, a path that climbs out, a link that leaves the tree, a
hidden file or one that is not a plain file is refused with a Swedish reason, so no
file of the build machine can ever be published. The content's own files (YAML, pages,
reports, a school's folder) are held to the same folders by `refuse_leaving`.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePosixPath

DRIVE = re.compile(r"^[A-Za-z]:")


def no_regular_file(path: Path) -> bool:
    """Whether `path` is there but no regular file (a folder, a named pipe or a device):
    never read, as a pipe would be read forever."""
    return path.exists() and not path.is_file()


class PathRefused(ValueError):
    """Why a path cannot be used, in Swedish, and how to fix it."""

    def __init__(self, reason: str, hint: str, *, missing: bool = False) -> None:
        super().__init__(reason)
        self.reason, self.hint, self.missing = reason, hint, missing


def resolve_inside(target: str, base: Path, root: Path) -> Path:
    """The file `target` names, relative to the folder `base`, which must lie inside `root`."""
    written = PurePosixPath(target)
    if not target.strip() or "\\" in target or "\0" in target:
        raise PathRefused("sökvägen är tom eller har otillåtna tecken", "skriv sökvägen med /")
    if written.is_absolute() or DRIVE.match(target) or target.startswith("~"):
        hint = "skriv sökvägen från mappen där filen ligger, t.ex. foton/rektor.jpg"
        raise PathRefused(f"'{target}' är en absolut sökväg", hint)
    if any(part.startswith(".") and part not in (".", "..") for part in written.parts):
        raise PathRefused(f"'{target}' pekar på en dold fil", "byt namn på filen")
    found = _followed(_as_on_disk(base, target), target)
    if not found.is_relative_to(root.resolve()):
        hint = f"lägg filen i {root.name}/ och skriv sökvägen dit"
        raise PathRefused(f"'{target}' pekar utanför {root.name}/", hint)
    if no_regular_file(found):
        hint = "ersätt den med en vanlig fil"
        raise PathRefused(f"'{target}' är ingen vanlig fil", hint, missing=True)
    if not found.is_file():
        hint = "kontrollera stavningen, eller lägg filen där sökvägen pekar"
        raise PathRefused(f"filen '{target}' finns inte", hint, missing=True)
    return found


def _as_on_disk(base: Path, target: str) -> Path:
    """`base / target`, or the same path with its letters decomposed (NFD) where only that
    is there: a YAML value is read composed (`load.composed`), but a file copied from a
    Mac may be named with å as a and a ring."""
    path = base / target
    decomposed = base / unicodedata.normalize("NFD", target)
    if path.exists() or path.is_symlink() or not decomposed.exists():
        return path
    return decomposed


def refuse_leaving(path: Path, folder: Path) -> None:
    """Raise `PathRefused` when `path` (a content file or folder trygg reads) lies outside
    `folder` once symbolic links are followed: a link to a file of the build machine."""
    if not _followed(path, path.name).is_relative_to(folder.resolve()):
        kind = "mappen" if path.is_dir() else "filen"
        hint = f"ersätt länken med själva {kind}, inne i {folder.name}/"
        reason = f"'{path.name}' ligger utanför {folder.name}/ när symboliska länkar följs"
        raise PathRefused(reason, hint)


def _followed(path: Path, written: str) -> Path:
    """`path` with every symbolic link followed; a loop of links is refused."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):  # Python 3.11–3.12 raise RuntimeError for a loop
        hint = "ta bort länken eller låt den peka på en fil eller mapp"
        reason = f"'{written}' är en symbolisk länk som pekar på sig själv"
        raise PathRefused(reason, hint) from None
