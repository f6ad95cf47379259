"""The settings of mkdocs.yml that `trygg build` refuses (`validate.siteconfig`), told by
`trygg check` too (error TP072, at the setting's line), so that an author learns of them
before a build and in CI; read as YAML, without MkDocs."""

from __future__ import annotations

from pathlib import Path

from generator import codes
from generator.load.mkdocsfile import read_settings, setting_mark
from generator.problems import Location, Problem
from generator.validate.siteconfig import refused, settings_in

CONFIG = "mkdocs.yml"  # beside content/, as `trygg build` reads it by default


def config_problems(root: Path) -> list[Problem]:
    """A TP072 for each refused setting of `root`/mkdocs.yml (none when there is no such
    file, or it is not YAML: `trygg build` says why), its path relative to `root`."""
    config_file = root / CONFIG
    data = read_settings(config_file) if config_file.is_file() else None
    if data is None:
        return []
    problems = []
    for refusal in refused(settings_in(data)):
        line, column = setting_mark(config_file, list(refusal.path)) or (0, 0)
        where = Location(CONFIG, line, column)
        problems.append(codes.problem("TP072", where, refusal.message, hint=refusal.hint))
    return problems
