"""Paths in trygg's cache folder, never through a symbolic link.

A cache restored by CI is untrusted, and a symbolic link in it could send a write or a
removal anywhere on the build machine. Every path the cache reads, writes or removes
is therefore made with `inside`: each entry on the way below the cache folder that is
a link is damage, and is removed (the link, never what it points to); whatever was
there is then made again. `remove` removes a real folder inside, or a file or link, and
`write_bytes` writes a new file whole without writing through anything already there.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

# The build's record at the cache's root (`build.cache`), named here for the standby
# process (`build.standby`), which asks whether there was an earlier build before the
# build's own modules are imported.
MANIFEST = "bygge.json"


def inside(root: Path, *parts: str) -> Path:
    """`root` joined with `parts` (names, or names joined by "/"), with every entry on the
    way below `root` that is a symbolic link removed as a link. A part that would leave
    the folder ("..", an absolute path, an empty name) is a ValueError."""
    path = root
    for part in parts:
        for name in part.split("/"):
            if name in ("", ".", ".."):
                raise ValueError(f"{part!r} is not a name in the cache")
            path = path / name
            if path.is_symlink():
                path.unlink()
    return path


def remove(path: Path) -> None:
    """Remove `path` (from `inside`): a link or file as itself, a real folder with all in
    it (links in it are removed as links). Gone already is fine."""
    with contextlib.suppress(FileNotFoundError):
        if path.is_symlink() or not path.is_dir():
            path.unlink()
        else:
            shutil.rmtree(path, ignore_errors=True)


def write_bytes(path: Path, data: bytes, *, shared: bool = False) -> None:
    """A new file at `path` (from `inside`), written whole beside it under a name no one
    can guess, then renamed into place: never written through a link or a hard link
    already there. The file is the owner's alone, or, `shared`, readable as any new file
    under the umask (a page or PDF of a site, which a web server reads)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(temporary, flags, 0o666 if shared else 0o600)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
