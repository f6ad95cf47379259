"""A line indented wrong, told as what it is, with the column it belongs in.

PyYAML says only that a block ends where it did not expect it to. The two commonest
causes are named here: a list item without a space after its dash (`-id: A4`, which
YAML reads as a key named "-id"), and a key a space or two off from the keys beside it
(`   titel:` under `  - id: A4`), told with the column of the key it belongs beside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from generator.load.keyless import BLOCK_KEY, NO_COLON
from generator.load.told import Told, spaces_changed
from generator.text import excerpt

# PyYAML's problems where a block ends unexpectedly, and those a dash without a space
# after it also gives (a colon too many, or none).
BLOCK_ENDS = ("expected <block end>", "did not find expected key", "did not find expected '-'")
DASH_PROBLEMS = (*BLOCK_ENDS, "mapping values are not allowed here", NO_COLON)

# A dash that starts a line's content with no space after it (`-id: A4`, `-Kurator`),
# not a document marker (`---`).
DASH_WITHOUT_SPACE = re.compile(r"^(?P<indent> *)-(?P<rest>[^\s-].*)$")
KEY_START = re.compile(r"^[^\s#'\"\[\]{}:,-][^:#]*:(?:\s|$)")
# A line that opens a level: its dash (`- `) and its key (`id:`), either or both.
LEVEL = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[^\s#'\"\[\]{}:,-][^:#]*?:(?:\s|$))?")


@dataclass(frozen=True)
class Level:
    """A column where a key or a dash stands on a line above: the one a line beside it
    must start at too."""

    column: int  # 0-based
    name: str  # the key, or "" for a dash
    line: int  # 1-based


def indentation(error: yaml.MarkedYAMLError, lines: list[str]) -> Told | None:
    """What is wrong with the indentation of the line `error` is at, if it is one of the
    mistakes this module knows; None for any other error."""
    problem, mark = str(error.problem), error.problem_mark
    if mark is None:
        return None
    line, column = mark.line + 1, mark.column + 1
    if problem == NO_COLON and error.context_mark is not None:  # noticed a line late
        line = error.context_mark.line + 1
    if problem.startswith(DASH_PROBLEMS) and (told := dash_without_space(lines, line)):
        return told
    return misindented(lines, line, column) if problem.startswith(BLOCK_ENDS) else None


def dash_without_space(lines: list[str], line: int) -> Told | None:
    """A list item at the 1-based `line`, or the written line above it when that starts
    with a key (`-id: A4`), whose dash has no space after it."""
    for number in (line, _written_above(lines, line)):
        found = DASH_WITHOUT_SPACE.match(lines[number - 1]) if 0 < number <= len(lines) else None
        if found and (number == line or KEY_START.match(found["rest"])):
            rest = found["rest"].strip()
            shown = excerpt(rest)
            return Told(
                number,
                len(found["indent"]) + 1,
                "det saknas ett mellanslag efter -, så YAML läser inte raden som en punkt i "
                "en lista",
                f"skriv ett mellanslag efter -: '- {shown}'",
            )
    return None


def misindented(lines: list[str], line: int, column: int) -> Told | None:
    """A key or list item at the 1-based `line` that starts (at the 1-based `column`)
    where no key or dash above it does, with the columns of those it may belong beside."""
    found = LEVEL.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if found is None or len(found["indent"]) + 1 != column or not (found["dash"] or found["key"]):
        return None
    dash, indent = found["dash"] is not None, len(found["indent"])
    levels = [level for level in levels_above(lines, line) if (level.name == "") == dash]
    if not levels or indent in {level.column for level in levels}:
        return None
    what = "strecket -" if dash else found["key"].split(":")[0].strip()
    beside = _beside(levels, indent)
    if len(beside) == 2 and not _shallower_plausible(lines, line, what, *beside):
        beside = beside[:1]
    (first, name), *other = [_named(level, line) for level in beside]
    who = what.removesuffix(" -")
    spaces = spaces_changed(indent, first.column) if first.column else "ta bort indraget"
    if not other:
        hint = f"{who} ska stå i kolumn {first.column + 1}, som {name}: {spaces}"
        detail = f"{what} står i kolumn {indent + 1}, men {name} står i kolumn {first.column + 1}"
        return Told(line, column, f"indraget stämmer inte: {detail}", hint)
    level, named = other[0]  # between two levels, and either may be the one meant
    hint = (
        f"{who} ska stå i kolumn {first.column + 1}, som {name} ({spaces}), eller i kolumn "
        f"{level.column + 1}, som {named} ({spaces_changed(indent, level.column)}), om den "
        f"hör till samma nivå som {level.name or 'strecket'}"
    )
    detail = (
        f"indraget stämmer inte: {what} står i kolumn {indent + 1}, mellan {name} (kolumn "
        f"{first.column + 1}) och {named} (kolumn {level.column + 1})"
    )
    return Told(line, column, detail, hint)


def _shallower_plausible(
    lines: list[str], line: int, what: str, deeper: Level, shallower: Level
) -> bool:
    """Whether the line at the 1-based `line` (a key or dash `what`) may belong at the
    `shallower` level rather than the `deeper` one: not when the lines after it go on at
    the deeper level (it stands inside that block), nor when it is indented as far as a
    list's dash under the shallower level (it was put inside the list: a key there ends
    the list if moved out), nor when the same key stands at the deeper column elsewhere
    in the shallower level's block (a sibling item has it)."""
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip(" "))
    dashes = [level for level in levels_above(lines, line) if not level.name]
    if any(shallower.column < dash.column <= indent for dash in dashes):
        return False
    after = _written_after(lines, line)
    for number in range(shallower.line + 1, (after or len(lines)) + 1):
        text = lines[number - 1]
        found = LEVEL.match(text)
        if found is None or not text.strip() or text.lstrip().startswith("#") or number == line:
            continue
        indent = len(found["indent"])
        if number == after or indent <= shallower.column:
            return indent <= shallower.column
        key = found["key"].split(":")[0].strip() if found["key"] else ""
        where = indent + len(found["dash"] or "")
        if key and key == what and where == deeper.column:
            return False
    return True


def expected_column(lines: list[str], line: int) -> str:
    """For a key at the 1-based `line`: "kolumn 5, som id på raden ovanför (ta bort 2
    mellanslag)", the column of the nearest key above it that starts before it; "" when
    there is none."""
    found = LEVEL.match(lines[line - 1]) if 0 < line <= len(lines) else None
    keys = [level for level in levels_above(lines, line) if level.name]
    if found is None or not keys:
        return ""
    indent = len(found["indent"])
    level, name = _named(_beside(keys, indent)[-1], line)
    return f"kolumn {level.column + 1}, som {name} ({spaces_changed(indent, level.column)})"


def _beside(levels: list[Level], indent: int) -> list[Level]:
    """The levels a line at `indent` falls between: the nearest deeper one and the nearest
    shallower one (either may be missing), the deeper first."""
    deeper = [level for level in levels if level.column > indent][-1:]
    return deeper + [level for level in levels if level.column < indent][:1]


def _named(level: Level, line: int) -> tuple[Level, str]:
    """A level and its words: "id på raden ovanför", "strecket på rad 2"."""
    where = "på raden ovanför" if level.line == line - 1 else f"på rad {level.line}"
    return level, f"{level.name or 'strecket'} {where}"


def levels_above(lines: list[str], line: int) -> list[Level]:
    """The keys and dashes that open a level above the 1-based `line`, nearest first: each
    one less indented than the one before, and none inside a block of text (`>-`)."""
    levels: list[Level] = []
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        found = LEVEL.match(text)
        if found is None or not text.strip() or text.lstrip().startswith("#"):
            continue
        indent = len(found["indent"])
        if block := BLOCK_KEY.match(text):  # the deeper lines below it are its text
            end = _text_end(lines, number, len(block["indent"]))
            levels = [level for level in levels if level.line >= end]
        if levels and indent >= levels[-1].column:
            continue
        key = found["key"].split(":")[0].strip() if found["key"] else ""
        dash_end = indent + len(found["dash"] or "")
        if key and not (levels and dash_end >= levels[-1].column):  # the nearer key named
            levels.append(Level(dash_end, key, number))
        if found["dash"]:
            levels.append(Level(indent, "", number))
        if indent == 0:
            break
    return levels


def _text_end(lines: list[str], number: int, indent: int) -> int:
    """The 1-based number of the first line after a block key's text (`beskrivning: >-`
    on the 1-based line `number`, its key at `indent`)."""
    for after in range(number + 1, len(lines) + 1):
        text = lines[after - 1]
        if text.strip() and len(text) - len(text.lstrip(" ")) <= indent:
            return after
    return len(lines) + 1


def _written_after(lines: list[str], line: int) -> int:
    """The 1-based number of the nearest line below `line` with something on it, or 0."""
    for number in range(line + 1, len(lines) + 1):
        if lines[number - 1].strip() and not lines[number - 1].lstrip().startswith("#"):
            return number
    return 0


def _written_above(lines: list[str], line: int) -> int:
    """The 1-based number of the nearest line above `line` with something on it, or 0."""
    for number in range(line - 1, 0, -1):
        if lines[number - 1].strip() and not lines[number - 1].lstrip().startswith("#"):
            return number
    return 0
