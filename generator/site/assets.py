"""Theme assets stored once: every site gets hard links to one copy of each file.

Material copies the same 2.5 MiB of CSS, JavaScript and fonts into every site:
45 GiB for a national build. `AssetStore` keeps one copy of each theme file in a
folder beside the output (so on the same file system) and places a hard link in
each site. The bytes in every site are the same as MkDocs would have copied; only
the disk blocks are shared. Hosts that cannot take hard links (or a later
step that edits files in place) use `copy=True` (`trygg build --kopiera-resurser`).
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path


class AssetStore:
    """One stored copy per theme file, keyed by its path in the site."""

    def __init__(self, root: Path, *, copy: bool = False) -> None:
        self.root = root
        self.copy = copy

    def place(self, source: str, uri: str, destination: str) -> None:
        """Put the theme file `source` at `destination`, as a link to the stored copy."""
        stored = self._stored(source, uri)
        target = Path(destination)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        if not self.copy:
            try:
                os.link(stored, target)
                return
            except OSError:  # another file system, or links not supported
                pass
        shutil.copyfile(stored, target)

    def _stored(self, source: str, uri: str) -> Path:
        stored = self.root / uri
        if not stored.is_file():
            # Several worker processes may store the same file: write, then rename.
            stored.parent.mkdir(parents=True, exist_ok=True)
            # Created as any new file under the umask (mkstemp's are the owner's alone): a
            # web server running as another user reads the published links.
            temporary = stored.with_name(f".lagras-{secrets.token_hex(8)}")
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            handle = os.open(temporary, flags, 0o666)
            with os.fdopen(handle, "wb") as written, Path(source).open("rb") as read:
                shutil.copyfileobj(read, written)
            temporary.replace(stored)
        return stored
