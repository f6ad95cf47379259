"""mkdocs.yml read as YAML, without MkDocs: its settings as plain values, and where a
setting stands in the file (line and column), for the messages about it.

MkDocs' own tags (`!ENV`, `!relative`, `!!python/name:` of an extension's option) are
read as nothing: no tag runs code here, and a setting they hold is MkDocs' to read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class _Settings(yaml.SafeLoader):
    """A safe loader that reads every tag it does not know as nothing (None)."""


def _nothing(_loader: yaml.SafeLoader, _suffix: str, _node: yaml.Node) -> None:
    return None


_Settings.add_multi_constructor("!", _nothing)
_Settings.add_multi_constructor("tag:yaml.org,2002:python/", _nothing)


INHERITED_AT_MOST = 10  # files deep; MkDocs would loop on a file that inherits itself


def read_settings(config_file: Path, depth: int = 0) -> dict[str, Any] | None:
    """The settings in `config_file`, with those of the file it names in `INHERIT` under
    them (merged as MkDocs merges them: a mapping key by key, any other value replaced), or
    None when it cannot be read as a YAML mapping (MkDocs says why: `site.configwords`)."""
    try:
        data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Settings)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict):
        return None
    inherited = data.pop("INHERIT", None)
    if isinstance(inherited, str) and depth < INHERITED_AT_MOST:
        parent = read_settings(config_file.parent / inherited, depth + 1)
        return _merged(parent, data) if parent is not None else data
    return data


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
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
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
