"""mkdocs.yml read as YAML, without MkDocs: its settings as plain values, and where a
setting stands in the file (line and column), for the messages about it.

MkDocs' own tags (`!ENV`, `!relative`, `!!python/name:` of an extension's option) are
read as nothing: no tag runs code here, and a setting they hold is MkDocs' to read. Any
other `!!python/` tag, and a value PyYAML cannot make (`2026-02-30`), makes the file
unreadable (`unreadable`, `load.settingserrors`): `trygg check` tells it, and `trygg build`
and `trygg export` refuse it before MkDocs reads the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.load.paths import no_regular_file
from generator.load.settingserrors import (
    RunsCode,
    Unreadable,
    not_a_file,
    os_unreadable,
    too_deep,
    yaml_unreadable,
)
from generator.load.yamlsafe import ConstructingLoader


class _Settings(ConstructingLoader):
    """A safe loader that reads every tag it does not know as nothing (None), and tells a
    value its constructors cannot make (`2026-02-30`) as a YAML error at the value."""


def _nothing(_loader: yaml.SafeLoader, _suffix: str, _node: yaml.Node) -> None:
    return None


def _python(_loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    if suffix.startswith("name:"):
        return None
    raise RunsCode(node)


_Settings.add_multi_constructor("!", _nothing)
_Settings.add_multi_constructor("tag:yaml.org,2002:python/", _python)


INHERITED_AT_MOST = 10  # files deep; MkDocs would loop on a file that inherits itself


def read_settings(config_file: Path) -> dict[str, Any] | None:
    """The settings in `config_file`, with those of the file it names in `INHERIT` under
    them (merged as MkDocs merges them: a mapping key by key, any other value replaced), or
    None when it or a file it inherits cannot be read as a YAML mapping (`unreadable`)."""
    read = _read(config_file, 0)
    return read if isinstance(read, dict) else None


def unreadable(config_file: Path) -> Unreadable | None:
    """Why `config_file`, or a file it inherits, cannot be read as YAML settings (at its
    line and column, in Swedish), or None when it can (or is not a mapping: MkDocs says)."""
    read = _read(config_file, 0)
    return read if isinstance(read, Unreadable) else None


def settings_files(config_file: Path) -> list[Path]:
    """`config_file` and each file it inherits, as far as each names a file (none twice)."""
    files: list[Path] = []
    path: Path | None = config_file
    while path is not None and path not in files and len(files) <= INHERITED_AT_MOST:
        if no_regular_file(path):
            break
        files.append(path)
        data = _parsed(path)
        inherited = data.get("INHERIT") if isinstance(data, dict) else None
        path = path.parent / inherited if isinstance(inherited, str) else None
    return files


def _read(config_file: Path, depth: int) -> dict[str, Any] | Unreadable | None:
    data = _parsed(config_file)
    if not isinstance(data, dict) or "INHERIT" not in data:
        return data
    inherited = data.pop("INHERIT")
    if not isinstance(inherited, str) or depth >= INHERITED_AT_MOST:
        return _inherit_refused(config_file, inherited)
    parent = _read(config_file.parent / inherited, depth + 1)
    if isinstance(parent, Unreadable) and parent.line == 0 and not parent.file.exists():
        return _inherit_refused(config_file, inherited)
    return _merged(parent, data) if isinstance(parent, dict) else parent or data


def _parsed(config_file: Path) -> dict[str, Any] | Unreadable | None:
    """The file's own settings (a mapping, else None), or why it cannot be read."""
    if no_regular_file(config_file):
        return not_a_file(config_file)
    try:
        text = config_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return os_unreadable(config_file, error)
    try:
        data = yaml.load(text, Loader=_Settings)
    except yaml.YAMLError as error:
        return yaml_unreadable(config_file, error, text)
    except RecursionError:
        return too_deep(config_file)
    return data if isinstance(data, dict) else None


def _inherit_refused(config_file: Path, inherited: object) -> Unreadable:
    """INHERIT that names no file, or one that inherits too deep (a ring: MkDocs loops)."""
    line, column = setting_mark(config_file, ["INHERIT"]) or (0, 0)
    if not isinstance(inherited, str):
        message = "INHERIT ska vara sökvägen till en fil, som base.yml"
        hint = "skriv en sökväg (räknad från mappen där filen ligger) eller ta bort INHERIT"
    elif (config_file.parent / inherited).is_file():
        message = f"INHERIT-kedjan är längre än {INHERITED_AT_MOST} filer, eller går i ring"
        hint = f"låt {inherited} ärva från en fil som inte ärver tillbaka"
    else:
        message = f"INHERIT nämner filen {inherited}, som inte finns"
        hint = "rätta sökvägen (räknad från mappen där filen ligger) eller ta bort INHERIT"
    return Unreadable(config_file, line, column, message, hint)


def _merged(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    merged = dict(parent)
    for key, value in child.items():
        below = merged.get(key)
        if isinstance(below, dict) and isinstance(value, dict):
            merged[key] = _merged(below, value)
        else:
            merged[key] = value
    return merged


def setting_place(config_file: Path, path: list[str]) -> str:
    """The file, and the line and column of the setting at `path` (a top-level key, then
    an entry of the list or mapping under it, and so on) as far as the file shows it."""
    found = setting_mark(config_file, path)
    return str(config_file) if found is None else f"{config_file}:{found[0]}:{found[1]}"


def setting_mark(config_file: Path, path: list[str]) -> tuple[int, int] | None:
    """The 1-based line and column of the setting at `path` as far as the file shows it
    (`setting_place`), or None."""
    try:
        node = yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None
    mark = None
    for step in path:
        found = _step(node, step)
        if found is None:
            break
        mark, node = found
    return None if mark is None else (mark.line + 1, mark.column + 1)


def _step(node: yaml.Node | None, name: str) -> tuple[yaml.Mark, yaml.Node] | None:
    """`_entry`, or for a plugin MkDocs names by its package (material/search) the name
    the file gives it (search)."""
    return _entry(node, name) or (_entry(node, name.rpartition("/")[2]) if "/" in name else None)


def _entry(node: yaml.Node | None, name: str) -> tuple[yaml.Mark, yaml.Node] | None:
    """The key `name` in a mapping, or the entry `name` (or `name:` with settings) in a
    list: where it stands, and its value."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                return key.start_mark, value
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and item.value == name:
                return item.start_mark, item
            if found := _entry(item, name) if isinstance(item, yaml.MappingNode) else None:
                return found
    return None
