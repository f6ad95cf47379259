"""Why mkdocs.yml, or a file it names in `INHERIT`, cannot be read as settings: in Swedish,
at a 1-based line and column, with what to do, never as a traceback.

PyYAML reads `2026-02-30` as a date and stops with a `ValueError` when there is no such
day; a value tagged `!!int`, `!!float`, `!!bool` or `!!timestamp` that is no such thing
stops it likewise: `load.yamlsafe` turns each into a YAML error at the value
(`Unconstructable`), told here like a syntax error. MkDocs reads
the file with PyYAML's full loader: a `!!python/object/apply:` tag would run code on the
machine that builds (`RunsCode`), so only `!!python/name:` is let through.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.load.yamlerrors import syntax_error
from generator.load.yamlsafe import Unconstructable
from generator.problems import os_reason

TIMESTAMP = "tag:yaml.org,2002:timestamp"
SHORT = "tag:yaml.org,2002:"
SHOWN_AT_MOST = 40  # characters of the value in the message


@dataclass(frozen=True)
class Unreadable:
    """Why a settings file cannot be read: the file, where (1-based; 0 when the whole
    file), what is wrong and what to do."""

    file: Path
    line: int
    column: int
    message: str
    hint: str

    def said(self) -> str:
        """`file:line:column: message – hint`, as `trygg build` prints it."""
        where = f"{self.file}:{self.line}:{self.column}" if self.line else str(self.file)
        return f"{where}: {self.message} – {self.hint}"


class RunsCode(yaml.constructor.ConstructorError):
    """A `!!python/` tag that would make MkDocs' loader import or call Python
    (`!!python/object/apply:os.system`): only `!!python/name:` is MkDocs' own use."""

    def __init__(self, node: yaml.Node) -> None:
        super().__init__(None, None, "runs code", node.start_mark)
        self.node = node


def runs_code(file: Path, error: RunsCode) -> Unreadable:
    mark, tag = error.node.start_mark, error.node.tag.removeprefix(SHORT).partition(":")[0]
    message = f"taggen !!{tag} får MkDocs att köra Python-kod när filen läses"
    hint = (
        "ta bort taggen; mkdocs.yml får bara nämna en funktion, med !!python/name: (t.ex. "
        "under markdown_extensions)"
    )
    return Unreadable(file, mark.line + 1, mark.column + 1, message, hint)


def unconstructable(file: Path, error: Unconstructable) -> Unreadable:
    node, mark = error.node, error.node.start_mark
    value = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
    shown = value if len(value) <= SHOWN_AT_MOST else value[:SHOWN_AT_MOST] + "…"
    if node.tag == TIMESTAMP and not _tagged(mark):
        message = f"YAML läser {shown} som ett datum, men det datumet finns inte"
        hint = f"skriv värdet inom citattecken ('{shown}') om det är en text, annars rätta datumet"
    else:
        tag = "!!" + node.tag.removeprefix(SHORT) if node.tag.startswith(SHORT) else node.tag
        message = f"värdet '{shown}' kan inte läsas som {tag}"
        hint = f"ta bort {tag} framför värdet, eller rätta värdet"
    return Unreadable(file, mark.line + 1, mark.column + 1, message, hint)


def _tagged(mark: yaml.Mark) -> bool:
    """Whether the value at `mark` is written with a tag (`!!timestamp x`)."""
    return (mark.buffer or "")[mark.pointer : mark.pointer + 1] == "!"


def yaml_unreadable(file: Path, error: yaml.YAMLError, text: str) -> Unreadable:
    """A YAML error in a settings file, as the content's are told (`load.yamlerrors`)."""
    if isinstance(error, Unconstructable):
        return unconstructable(file, error)
    if isinstance(error, RunsCode):
        return runs_code(file, error)
    if isinstance(error, yaml.reader.ReaderError) or not isinstance(error, yaml.MarkedYAMLError):
        why = "filen är inte UTF-8-text, eller har ett tecken som inte får stå i text"
        return Unreadable(file, 0, 0, why, "spara den som UTF-8")
    told = syntax_error(error, text, 0)
    return Unreadable(file, told.line, told.column, told.message, told.hint)


def os_unreadable(file: Path, error: OSError | UnicodeDecodeError) -> Unreadable:
    if isinstance(error, UnicodeDecodeError):
        return Unreadable(file, 0, 0, "filen är inte sparad som UTF-8", "spara den som UTF-8")
    why = f"filen kan inte läsas ({os_reason(error)})"
    return Unreadable(file, 0, 0, why, "kontrollera att filen finns och är läsbar")


def not_a_file(file: Path) -> Unreadable:
    """A settings file that is a folder, a named pipe or a device: reading a pipe would
    wait for a writer forever."""
    why = "är ingen vanlig fil (utan en mapp, ett rör eller en enhet) och läses inte"
    return Unreadable(file, 0, 0, why, "gör den till en vanlig textfil med inställningarna")


def too_deep(file: Path) -> Unreadable:
    why = "filen är så djupt nästlad att den inte kan läsas"
    return Unreadable(file, 0, 0, why, "ta bort de inre listorna och mappningarna")
