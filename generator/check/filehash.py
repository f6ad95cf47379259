"""Hashes of files as a build reads them: their paths, their bytes, their links."""

from __future__ import annotations

import hashlib
from pathlib import Path


def hash_files(paths: list[Path], root: Path) -> str:
    """sha256 over the files' paths (relative to `root`) and bytes, in sorted order.

    A symbolic link counts with its target, so a link that starts or stops pointing
    at a file changes the hash.
    """
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        if path.is_symlink():
            digest.update(b"-> " + path.readlink().as_posix().encode() + b"\0")
        data = path.read_bytes() if path.is_file() else b""
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def tree(folder: Path) -> list[Path]:
    """Every file (and symbolic link) under `folder`, without Python's caches."""
    return [
        p
        for p in folder.rglob("*")
        if (p.is_file() or p.is_symlink()) and "__pycache__" not in p.parts
    ]
