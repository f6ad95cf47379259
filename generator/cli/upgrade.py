"""`trygg uppgradera`: rewrite content written for an older content format.

Each step rewrites the text of the files (not the parsed YAML), so comments and layout
stay as the authors wrote them. Format changes and their steps are listed in
CHANGELOG.md under "Innehållsformat".
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from generator.cli import swedish
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS
from generator.load.layout import CONTENT_FORMAT, ORGANISER_FILE

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

Step = Callable[[str], tuple[str, list[str]]]
FIRST_KEY = re.compile(r"^[^\s#]", re.MULTILINE)
THRESHOLD = re.compile(r"^(?P<lead>\s*min_antal_svar:\s*)(?P<value>\d+)(?P<rest>.*)$", re.MULTILINE)


def _to_format_1(text: str) -> tuple[str, list[str]]:
    """From before versions: min_antal_svar is at least 5; the format is stated."""
    done: list[str] = []

    def raised(match: re.Match[str]) -> str:
        if int(match["value"]) >= 5:
            return match.group()
        done.append(f"min_antal_svar höjdes från {match['value']} till 5 (det lägsta som gäller)")
        return f"{match['lead']}5{match['rest']}"

    text = THRESHOLD.sub(raised, text)
    first = FIRST_KEY.search(text)
    at = first.start() if first else len(text)
    done.append("innehållsformat: 1 lades till")
    return text[:at] + "innehållsformat: 1\n" + text[at:], done


# The step that brings content from the format it is written for to the next one.
STEPS: dict[int, Step] = {0: _to_format_1}


def upgraded(text: str) -> tuple[str, list[str], int]:
    """The text brought to CONTENT_FORMAT, what changed, and the format it was written for."""
    data = yaml.safe_load(text) or {}
    written = int(data.get("innehållsformat", 0)) if isinstance(data, dict) else 0
    done: list[str] = []
    for version in range(written, CONTENT_FORMAT):  # each step also states its format
        text, changes = STEPS[version](text)
        done += changes
    return text, done, written


def run_upgrade(args: argparse.Namespace) -> int:
    path = Path(args.path) / ORGANISER_FILE
    if not path.is_file():
        print(f"trygg: fel: hittar inte {path}; ange mappen med innehållet", file=sys.stderr)
        return EXIT_PROBLEMS
    text, done, written = upgraded(path.read_text(encoding="utf-8"))
    if written > CONTENT_FORMAT:
        print(f"trygg: fel: innehållet har format {written}; uppgradera trygg", file=sys.stderr)
        return EXIT_PROBLEMS
    if not done:
        print(f"Innehållet har redan format {CONTENT_FORMAT}; inget att skriva om.")
        return EXIT_OK
    path.write_text(text, encoding="utf-8")
    print(f"Skrev om {path} till innehållsformat {CONTENT_FORMAT}:", *done, sep="\n  ")
    return EXIT_OK


def _add_upgrade(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "uppgradera",
        "skriv om innehåll för ett äldre innehållsformat",
        "Skriver om filerna i innehållet till det format den installerade trygg läser, och "
        "behåller kommentarer och uppställning. Ändringarna står i CHANGELOG.md.",
        swedish.exit_codes(
            (0, "klart"),
            (1, "innehållet saknas eller är för en nyare trygg"),
            (2, "fel i kommandoraden"),
        ),
    )
    swedish.add_content_path(parser)
    parser.set_defaults(command=run_upgrade)


REGISTER = [_add_upgrade]
