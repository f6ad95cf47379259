"""The files mkdocs.yml names for every page (`extra_templates`, `extra_javascript`,
`extra_css`), told by `trygg check` as TP072 at their line in mkdocs.yml, read as YAML
without MkDocs (`load.mkdocsfile`).

- `extra_templates`: MkDocs reads each from docs_dir, where trygg publishes no file as it
  stands, so every site stops with MkDocs' "Template skipped" (in English, at no line).
- `extra_javascript` and `extra_css` on this site (those on another are refused by
  `validate.siteconfig`): each page links the file whether or not it is there. It must
  be a file the sites publish: in the theme folder (`custom_dir`), trygg's overrides or
  Material's theme; a file only in content/ is not published.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator import codes
from generator.load.mkdocsfile import setting_mark
from generator.load.resources import theme_overrides
from generator.problems import Location, Problem, terminal_safe

CONFIG = "mkdocs.yml"
STYLED = "Material"  # the theme's package name: its own files are published too
TEMPLATE_HINT = (
    "ta bort raden; en egen mall läggs i temamappen (custom_dir under theme) och ärver en "
    "av Materials mallar, t.ex. main.html"
)


def site_file_problems(
    root: Path, data: dict[str, Any], config_name: str = CONFIG
) -> list[Problem]:
    """A TP072 for each extra template, and each script or style sheet on this site that
    no published folder holds (at `config_name` in `root`; `trygg build` refuses them too:
    `cli.buildrefusals`)."""
    config_file = root / config_name
    problems = []
    for template in _entries(data.get("extra_templates")):
        where = _place(config_file, "extra_templates", template)
        why = (
            f"extra_templates nämner {terminal_safe(template)}, men trygg publicerar ingen mall "
            "ur docs_dir, så bygget stoppas"
        )
        problems.append(codes.problem("TP072", where, why, hint=TEMPLATE_HINT))
    folders = _published_folders(root, data)
    for key in ("extra_javascript", "extra_css"):
        for entry in _entries(data.get(key)):
            path = _local_path(entry)
            if path and not any((folder / path).is_file() for folder in folders):
                problems.append(_missing(config_file, key, entry, (root / "content" / path)))
    return problems


def _missing(config_file: Path, key: str, entry: str, in_content: Path) -> Problem:
    kind, it = ("skriptet", "det") if key == "extra_javascript" else ("stilmallen", "den")
    shown = terminal_safe(entry)
    where = (
        " ligger bara i content/, som webbplatserna inte publicerar"
        if (in_content.is_file())
        else " finns inte i temamappen (custom_dir under theme)"
    )
    message = f"{key}: {kind} {shown}{where}, men varje sida länkar till {it}"
    hint = f"lägg filen i temamappen och skriv sökvägen dit, eller ta bort {shown} ur {key}"
    return codes.problem("TP072", _place(config_file, key, entry), message, hint=hint)


def _entries(value: object) -> list[str]:
    """The paths a list of mkdocs.yml gives: each a string, or a mapping with `path`."""
    found = value if isinstance(value, list) else []
    paths = [e.get("path") if isinstance(e, dict) else e for e in found]
    return [p for p in paths if isinstance(p, str) and p.strip()]


def _local_path(entry: str) -> str:
    """The path of an entry on this site, relative to it ("" for one on another host)."""
    parts = urlsplit(entry.strip())
    if parts.scheme or parts.netloc:
        return ""
    return parts.path.lstrip("/")


def _published_folders(root: Path, data: dict[str, Any]) -> list[Path]:
    theme = data.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    folders = [root / custom] if isinstance(custom, str) and custom else []
    folders.append(theme_overrides())
    spec = importlib.util.find_spec(STYLED.lower())  # found, not imported: only site does
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "templates")
    return folders


def _place(config_file: Path, key: str, entry: str) -> Location:
    """Where the entry stands in mkdocs.yml: its value, else the key, else the file."""
    mark = _value_mark(config_file, key, entry) or setting_mark(config_file, [key])
    line, column = mark or (0, 0)
    return Location(config_file.name, line, column)


def _value_mark(config_file: Path, key: str, entry: str) -> tuple[int, int] | None:
    try:
        node = yaml.compose(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    for name, value in node.value:
        if isinstance(name, yaml.ScalarNode) and name.value == key:
            for item in _scalars(value):
                if item.value == entry:
                    return item.start_mark.line + 1, item.start_mark.column + 1
    return None


def _scalars(node: yaml.Node) -> list[yaml.ScalarNode]:
    if isinstance(node, yaml.ScalarNode):
        return [node]
    children = node.value if isinstance(node, yaml.SequenceNode) else []
    children = children or (
        [v for _, v in node.value] if isinstance(node, yaml.MappingNode) else []
    )
    return [s for child in children for s in _scalars(child)]
