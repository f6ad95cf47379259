"""Maps the repo's top-level schemas/, theme/ and the example content/ into the package
(generator/bundled/), so that the wheel and the sdist carry them: trygg reads the
schemas and the theme overrides when it runs, and `trygg init` starts from the example
(or a school of `generator/cli/templates/skolor/`, package data like the files it writes).
Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import find_packages, setup

BUNDLED = {
    "generator.bundled.schemas": "schemas",
    "generator.bundled.theme": "theme",
    "generator.bundled.content": "content",
}


def data_folders(package: str, folder: str) -> list[str]:
    """The folders under a bundled one that Python could import as packages (their names
    are identifiers): setuptools wants them named as packages, as data."""
    root = Path(__file__).parent / folder
    return [
        ".".join((package, *path.relative_to(root).parts))
        for path in sorted(root.rglob("*"))
        if path.is_dir()
        and all(part.isidentifier() for part in path.relative_to(root).parts)
        and path.name != "__pycache__"
    ]


setup(
    packages=[
        *find_packages(include=["generator*"]),
        "generator.cli.templates",  # the files `trygg init` writes, as data
        *data_folders("generator.cli.templates", "generator/cli/templates"),
        *BUNDLED,
        *(sub for package, folder in BUNDLED.items() for sub in data_folders(package, folder)),
    ],
    package_dir=BUNDLED,
    package_data={
        "generator": ["py.typed", "cli/templates/*", "cli/templates/skolor/**/*"],
        "generator.bundled.schemas": ["*.schema.json"],
        "generator.bundled.theme": ["overrides/*.html", "overrides/**/*", "print/*", "export/*"],
        "generator.bundled.content": ["*.yml", "skolor/**/*", "rapporter/*"],
    },
)
