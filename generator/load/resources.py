"""The files trygg reads at run time besides the content: its schemas and theme overrides.

The repo keeps them at the top (`schemas/`, `theme/`) as the source of truth; the build
(setup.py) maps them into the package as `generator/bundled/`. They are found through
`importlib.resources`: inside an installed wheel in the package, and in a checkout
installed for development (`pip install -e .`) at the top of the repo.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

BUNDLED = "bundled"  # the package folder the build maps schemas/ and theme/ into


@cache
def resource_dir(name: str) -> Path:
    """The folder `schemas`, `theme` or `content`, wherever this installation keeps it."""
    package = Path(str(files("generator")))
    for candidate in (package / BUNDLED / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    message = f"trygg hittar inte sin mapp '{name}': installera om trygg (pip install trygg)"
    raise FileNotFoundError(message)


def template_schools() -> Path:
    """The template schools that are not the example's (`trygg init --mall f-9`): package
    data of `generator.cli`, beside the other files `trygg init` writes."""
    return Path(str(files("generator"))) / "cli" / "templates" / "skolor"


def schema_dir() -> Path:
    return resource_dir("schemas")


def theme_overrides() -> Path:
    """trygg's Material overrides: main.html and the assets it links."""
    return resource_dir("theme") / "overrides"


def export_overrides() -> Path:
    """What `trygg export` lays over trygg's overrides: its own main.html."""
    return resource_dir("theme") / "export"
