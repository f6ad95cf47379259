"""The files of a site other than its pages: script and style are the theme's own.

A site taken from the cache or from a part could carry a changed JavaScript bundle, a
style sheet that loads from another host, an SVG with script, or a symbolic link that
would publish a file of the build machine. Each script and style sheet must equal, byte
for byte, the theme file of the same path (the overrides first, as MkDocs reads them);
each SVG must pass the allow-list that content SVGs pass (`validate.svgsafety`); a gzip
file is looked at as what it holds (`build.packed`); and every file must be of a kind a
site publishes (`build.kinds`: no hidden file, no other packed kind).
"""

from __future__ import annotations

import filecmp
import os
from collections.abc import Iterator
from pathlib import Path

from generator.build.kinds import kind_problem
from generator.build.packed import packed_problem
from generator.problems.masking import masked
from generator.site.themescripts import theme_scripts
from generator.validate.filekinds import GZIPPED
from generator.validate.svgsafety import UnsafeSvg, check_svg

ACTIVE = frozenset({".js", ".mjs", ".css"})


def file_problems(folder: Path, theme_dirs: tuple[str, ...]) -> Iterator[str]:
    """Every symbolic link, foreign script or style sheet and unsafe SVG under `folder`."""
    for top, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted([*files, *(d for d in dirs if Path(top, d).is_symlink())]):
            path = Path(top, name)
            shown = path.relative_to(folder).as_posix()
            if why := _problem(path, shown, theme_dirs):
                yield f"{shown}: {why}"


def _problem(path: Path, shown: str, theme_dirs: tuple[str, ...]) -> str:
    if path.is_symlink():
        return "en symbolisk länk"
    if why := kind_problem(shown):
        return why
    suffix = path.suffix.lower()
    if suffix in ACTIVE | GZIPPED and _is_theme_file(path, shown, theme_dirs):
        return ""
    if suffix in ACTIVE:
        return "ett skript eller en stilmall som inte är temats egen"
    if suffix in GZIPPED:
        return packed_problem(path.read_bytes(), path.name, theme_scripts(theme_dirs), ACTIVE)
    return _svg_problem(path) if suffix == ".svg" else ""


def _svg_problem(path: Path) -> str:
    try:
        check_svg(path.read_bytes())
    except UnsafeSvg as unsafe:
        return f"en SVG-bild som inte är säker: {masked(str(unsafe))}"  # quotes its text
    return ""


def _is_theme_file(path: Path, shown: str, theme_dirs: tuple[str, ...]) -> bool:
    for folder in theme_dirs:
        source = Path(folder, shown)
        if source.is_file():
            return _same(path, source)
    return False


# Keyed by the file's identity, not its path: a theme file hard-linked into many sites
# is read once.
_VERDICTS: dict[tuple[int, int, int, Path], bool] = {}


def _same(path: Path, source: Path) -> bool:
    found = path.stat()
    key = (found.st_dev, found.st_ino, found.st_mtime_ns, source)
    if key not in _VERDICTS:
        _VERDICTS[key] = filecmp.cmp(path, source, shallow=False)
    return _VERDICTS[key]
