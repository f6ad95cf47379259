"""How a file's path is shown in messages: relative to the project root, with slashes, and
as text even when its name is not UTF-8."""

from __future__ import annotations

from pathlib import Path


def display_path(path: Path, root: Path) -> str:
    """The path as users see it in messages (`_written_path`), as text (`shown_name`)."""
    return shown_name(_written_path(path, root))


def shown_name(name: str) -> str:
    """A path as text: a name that is not UTF-8 (Python keeps its bytes as surrogates,
    which no message, JSON or page can hold) with each such byte as �."""
    return name.encode(errors="surrogateescape").decode(errors="replace")


def _written_path(path: Path, root: Path) -> str:
    """The path as users see it in messages: relative to the project root, with slashes.

    It is the path as written under the root, the same however trygg was called (a
    relative or an absolute path, from any folder), and a file or folder that is a
    symbolic link keeps its own name, not its target's.
    """
    resolved_root = root.resolve()
    written = path.absolute()  # links not followed
    if ".." not in written.parts and written.is_relative_to(resolved_root):
        return written.relative_to(resolved_root).as_posix()
    for folder in written.parents:  # the root reached through a link, or through ..
        if folder.resolve() == resolved_root:
            return written.relative_to(folder).as_posix()
    try:
        return path.resolve().relative_to(resolved_root).as_posix()
    except ValueError:
        return path.as_posix()
