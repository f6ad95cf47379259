"""The code that checks, as a hash: what every check result depends on besides the content."""

from __future__ import annotations

import functools
import hashlib
import platform
from importlib import metadata
from pathlib import Path

from generator import __version__
from generator.check.filehash import hash_files, tree
from generator.validate.schemas import SCHEMA_DIR

FORMAT = 2
PACKAGE_DIR = Path(__file__).resolve().parents[1]
UPSTREAM = (
    "mkdocs", "mkdocs-material", "pymdown-extensions", "Markdown", "Jinja2", "PyYAML",
    "jsonschema", "referencing",
)  # fmt: skip


@functools.cache
def running_code() -> str:
    """The hash of the code that checks: trygg's version, source and schemas, and the
    versions of Python and the libraries. Made once a process, as the process runs the
    code it imported even if the files change under it (`trygg förhandsvisa` builds
    again and again in one process, `build.live`)."""
    versions = [f"{name}=={_version(name)}" for name in UPSTREAM]
    header = [f"trygg {__version__} {FORMAT}", f"python {platform.python_version()}", *versions]
    digest = hashlib.sha256("\n".join(header).encode())
    groups = [
        (tree(SCHEMA_DIR), SCHEMA_DIR),
        ([p for p in tree(PACKAGE_DIR) if p.suffix in (".py", ".json", ".yml")], PACKAGE_DIR),
    ]
    for files, base in groups:
        digest.update(hash_files(files, base).encode())
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"
