"""Maps the repo's top-level schemas/ and theme/ into the package (generator/bundled/),
so that the wheel and the sdist carry them. Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

BUNDLED = {"generator.bundled.schemas": "schemas", "generator.bundled.theme": "theme"}

setup(
    packages=[*find_packages(include=["generator*"]), *BUNDLED],
    package_dir=BUNDLED,
    package_data={
        "generator": ["py.typed"],
        "generator.bundled.schemas": ["*.schema.json"],
        "generator.bundled.theme": ["overrides/*.html", "overrides/**/*"],
    },
)
