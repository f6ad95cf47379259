"""PyYAML's safe loader, but never stopping with a Python error on a value it cannot make.

`yaml.safe_load("datum: 2026-02-30")` stops with `ValueError: day is out of range for
month` (YAML 1.1 reads the text as a date), and a value tagged `!!int`, `!!float`,
`!!bool` or `!!timestamp` that is no such thing stops it likewise (`ValueError`,
`KeyError`, `AttributeError`). `ConstructingLoader` turns each into `Unconstructable`, a
YAML error at the value's line and column, so that every caller that handles a YAML
syntax error handles it too. For files read outside the content's strict loader
(`load.yamlstrict`): mkdocs.yml (`load.mkdocsfile`) and the commands that rewrite content.
"""

from __future__ import annotations

from typing import IO, Any

import yaml


class Unconstructable(yaml.constructor.ConstructorError):
    """A value PyYAML's constructors cannot make (an impossible date, a bad `!!int`)."""

    def __init__(self, node: yaml.Node) -> None:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        super().__init__(None, None, f"the value cannot be read as {tag}", node.start_mark)
        self.node = node


class ConstructingLoader(yaml.SafeLoader):
    """A safe loader whose constructors raise only YAML errors, each at its value."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
            raise Unconstructable(node) from error


def safe_load(text: str | IO[str]) -> Any:
    """`yaml.safe_load`, raising only `yaml.YAMLError` (`Unconstructable` at a value)."""
    return yaml.load(text, Loader=ConstructingLoader)
