"""What the PDF renderer may read: pictures of the site being built, and nothing else.

WeasyPrint fetches every `<img>`, `url()` and `<link>` through a URL fetcher. Ours
(`Confinement`) serves a file only when it lies inside the built site, is reached
through no symbolic link, and is a picture; and a `data:` picture up to a size. It
refuses every other file, the network and any other scheme. A refusal is kept, with
what was refused, for the build to report; the PDF is made without it.
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.text import excerpt

PICTURES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
}
DATA_LIMIT = 512 * 1024  # bytes of a data: picture, decoded
FILE_LIMIT = 20 * 1024 * 1024
DATA = re.compile(r"^data:(image/(?:png|jpeg|webp|gif))(;base64)?,", re.IGNORECASE)


class Refused(Exception):
    """A fetch the PDF goes without; the message says what and why, in Swedish."""


@dataclass
class Confinement:
    """The files of one built site, `root`, as the only thing a PDF may read."""

    root: Path
    refused: list[str] = field(default_factory=list)

    def open(self, url: str) -> tuple[bytes, str]:
        """The bytes and type of `url`, or `Refused` (and the refusal kept)."""
        try:
            return self._open(url)
        except Refused as refusal:
            self.refused.append(str(refusal))
            raise

    def _open(self, url: str) -> tuple[bytes, str]:
        if url.lower().startswith("data:"):
            return _data(url)
        parts = urlsplit(url)
        if parts.scheme.lower() != "file":
            raise Refused(f"en adress utanför webbplatsen ({_shown(url)})")
        if parts.netloc not in ("", "localhost"):
            raise Refused(f"en fil på en annan dator ({_shown(url)})")
        return self._file(Path(unquote(parts.path)))

    def _file(self, path: Path) -> tuple[bytes, str]:
        root = Path(os.path.realpath(self.root))
        absolute = Path(os.path.normpath(path))
        if not absolute.is_relative_to(root):
            raise Refused(f"en fil utanför webbplatsen ({_shown(str(path))})")
        relative = absolute.relative_to(root)
        step = root
        for part in relative.parts:
            step = step / part
            if step.is_symlink():
                raise Refused(f"en symbolisk länk ({_shown(relative.as_posix())})")
        kind = PICTURES.get(absolute.suffix.lower())
        if kind is None or not absolute.is_file():
            raise Refused(f"en fil som inte är en bild ({_shown(relative.as_posix())})")
        if absolute.stat().st_size > FILE_LIMIT:
            raise Refused(f"en för stor bild ({_shown(relative.as_posix())})")
        return absolute.read_bytes(), kind


def _data(url: str) -> tuple[bytes, str]:
    found = DATA.match(url)
    if found is None:
        raise Refused(f"en data-adress som inte är en bild ({_shown(url)})")
    payload = url[found.end() :]
    if len(payload) > DATA_LIMIT * 4 // 3 + 4:
        raise Refused(f"en data-adress större än {DATA_LIMIT // 1024} kB")
    try:
        data = base64.b64decode(payload) if found.group(2) else unquote(payload).encode()
    except ValueError:
        raise Refused("en data-adress som inte går att läsa") from None
    return data, found.group(1).lower()


def _shown(text: str) -> str:
    """An address as a message may show it: printable, and not too long."""
    printable = "".join(c if c.isprintable() else "?" for c in text)
    return excerpt(printable)
