"""trygg reads its YAML files by their names ending in .yml, and only so.

The rule is the same for every file: `skola.yml`, `arshjul.yml`, `huvudman.yml`, the
plans (`trygghetsplan/2026-27.yml`) and the reports. A file that is the one trygg looks
for but named another way (`skola.yaml`, `Skola.yml`, `årshjul.yml`, `2027-28.yaml`) is
told by its own name, with the name to give it, never passed by in silence.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

ENDING = ".yml"
OTHER_ENDINGS = (".yaml",)  # YAML's other ending: told to be renamed


def _key(name: str) -> str:
    """A name as it would be meant: case, å/ä/ö and the ending .yaml aside."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    for ending in OTHER_ENDINGS:
        if plain.endswith(ending):
            plain = plain.removesuffix(ending) + ENDING
    return plain


def named_otherwise(path: Path) -> Path | None:
    """A file in `path`'s folder that is `path` named another way (`skola.yaml` for
    `skola.yml`), or None."""
    try:
        found = sorted(path.parent.iterdir())
    except OSError:
        return None
    wanted = _key(path.name)
    return next((p for p in found if p.name != path.name and _key(p.name) == wanted), None)


def renamed(found: Path, wanted: str) -> tuple[str, str]:
    """Why and how, told at `found`, the file trygg looks for under the name `wanted`."""
    return f"trygg läser inte {found.name}: filen ska heta {wanted}", f"döp om den till {wanted}"


def read_as_yaml(path: Path) -> bool:
    """Whether trygg reads the file as one of its YAML files: it ends in .yml."""
    return path.suffix == ENDING


def other_ending(path: Path) -> bool:
    """A file ending as YAML but not in .yml (`2027-28.yaml`, `2027.YML`)."""
    return path.suffix.lower() in (ENDING, *OTHER_ENDINGS) and not read_as_yaml(path)
