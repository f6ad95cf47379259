"""Maps the repo's top-level schemas/, theme/ and the example content/ into the package
(generator/bundled/), so that the wheel and the sdist carry them: trygg reads the
schemas and the theme overrides when it runs, and `trygg init` starts from the example.
Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

BUNDLED = {
    "generator.bundled.schemas": "schemas",
    "generator.bundled.theme": "theme",
    "generator.bundled.content": "content",
}

setup(
    packages=[*find_packages(include=["generator*"]), *BUNDLED],
    package_dir=BUNDLED,
    package_data={
        "generator": ["py.typed", "cli/templates/*"],
        "generator.bundled.schemas": ["*.schema.json"],
        "generator.bundled.theme": ["overrides/*.html", "overrides/**/*", "print/*"],
        "generator.bundled.content": ["*.yml", "skolor/**/*", "rapporter/*"],
    },
)
