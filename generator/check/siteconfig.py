"""What `trygg build` refuses in mkdocs.yml before any site, told by `trygg check` too
(error TP072), so that an author learns of it before a build and in CI; read as YAML,
without MkDocs: each setting that makes pages ask another host (`validate.siteconfig`),
at its line, and each file of the theme folder (`custom_dir`) that every site would
publish but may not (`validate.filekinds`), at the file."""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Any

from generator import codes
from generator.check.sitefiles import site_file_problems
from generator.load.mkdocsfile import read_settings, setting_mark, unreadable
from generator.load.settingserrors import Unreadable
from generator.problems import Location, Problem
from generator.validate.filekinds import KINDS_SAID, text_problem, unpublished_suffix
from generator.validate.siteconfig import refused, settings_in

CONFIG = "mkdocs.yml"  # beside content/, as `trygg build` reads it by default
# The theme folder's files MkDocs does not publish (`Files.add_files_from_theme`): hidden
# ones, templates, Python, read-mes, Markdown, translations.
NOT_COPIED = (
    ".*", "*/.*", "*.py", "*.pyc", "*.html", "*readme*", "mkdocs_theme.yml", "locales/*",
    "*.md", "*.markdown", "*.mdown", "*.mkdn", "*.mkd",
)  # fmt: skip
REMOVE = "ta bort den ur temamappen (custom_dir under theme)"
THEME_FILES_READ = 5_000  # a larger theme folder is left to the build's look


def config_problems(root: Path) -> list[Problem]:
    """A TP072 for each refused setting of `root`/mkdocs.yml and each file of its theme
    folder that may not be published, or one where it or a file it inherits cannot be
    read as YAML (none when there is no such file), with paths relative to `root`."""
    config_file = root / CONFIG
    if not config_file.is_file():
        return []
    if (why := unreadable(config_file)) is not None:
        return [_unreadable_problem(root, why)]
    data = read_settings(config_file)
    if data is None:
        return []
    problems = []
    for refusal in refused(settings_in(data)):
        line, column = setting_mark(config_file, list(refusal.path)) or (0, 0)
        where = Location(CONFIG, line, column)
        problems.append(codes.problem("TP072", where, refusal.message, hint=refusal.hint))
    return problems + site_file_problems(root, data) + _theme_problems(root, data)


def _unreadable_problem(root: Path, why: Unreadable) -> Problem:
    """A TP072 for mkdocs.yml, or a file it inherits, that is not YAML settings."""
    try:
        shown = why.file.relative_to(root).as_posix()
    except ValueError:
        shown = str(why.file)
    where = Location(shown, why.line, why.column)
    return codes.problem("TP072", where, why.message, hint=why.hint)


def _theme_problems(root: Path, data: dict[str, Any]) -> list[Problem]:
    theme = data.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    folder = root / custom if isinstance(custom, str) and custom else None
    if folder is None or not folder.is_dir():
        return []
    problems = []
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    for path in files[:THEME_FILES_READ]:
        relative = path.relative_to(folder).as_posix()
        if any(fnmatch.fnmatch(relative.lower(), pattern) for pattern in NOT_COPIED):
            continue
        why, hint = _theme_file_problem(path, relative)
        if why:
            shown = Location(path.relative_to(root).as_posix())
            problems.append(codes.problem("TP072", shown, why, hint=hint))
    return problems


def _theme_file_problem(path: Path, relative: str) -> tuple[str, str]:
    """What is wrong with a file of the theme folder, and what to do ("" when nothing)."""
    suffix = unpublished_suffix(relative)
    if suffix is not None:
        said = f"filändelsen {suffix}" if suffix else "ingen filändelse"
        return f"en fil med {said}, som webbplatserna inte publicerar ({KINDS_SAID})", REMOVE
    try:
        why = text_problem(path.read_bytes(), relative)
    except OSError:
        return "", ""
    message, _, hint = why.partition(" – ")  # (NOT_UTF8_TEXT: what is wrong – what to do)
    return message, hint
