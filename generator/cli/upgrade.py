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

from generator.cli import folders, swedish
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from generator.cli.upgrade_contacts import Texts, Unreadable, convert_contacts, named, read_content
from generator.cli.upgrade_layout import apply_layout, docs_dir_change, layout_refusal
from generator.load.layout import CONTENT_FORMAT, EMPTY_DOCS_DIR, ORGANISER_FILE, SCHOOLS
from generator.load.paths import PathRefused, refuse_leaving
from generator.load.yamlsafe import safe_load

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

# A step rewrites the texts of the content folder's files (huvudman.yml is always
# there; a step reads others into the dict as it needs them) and says what it did.
Step = Callable[[Path, Texts], list[str]]
FIRST_KEY = re.compile(r"^[^\s#]", re.MULTILINE)
FORMAT_LINE = re.compile(r"^(?P<lead>innehållsformat:\s*)(?P<value>\d+)", re.MULTILINE)
THRESHOLD = re.compile(r"^(?P<lead>\s*min_antal_svar:\s*)(?P<value>\d+)(?P<rest>.*)$", re.MULTILINE)


def _to_format_1(content: Path, texts: Texts) -> list[str]:
    """From before versions: min_antal_svar is at least 5; the format is stated."""
    path = content / ORGANISER_FILE
    text = texts[path]
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
    texts[path] = text[:at] + "innehållsformat: 1\n" + text[at:]
    return done


def _to_format_2(content: Path, texts: Texts) -> list[str]:
    """Kontaktpersoner are roles from skola.yml, not free text."""
    done = convert_contacts(content, texts)
    path = content / ORGANISER_FILE
    texts[path] = FORMAT_LINE.sub(r"\g<lead>2", texts[path], count=1)
    return [*done, "innehållsformat: 2 (kontaktpersoner är roller ur skola.yml)"]


# The step that brings content from the format it is written for to the next one.
STEPS: dict[int, Step] = {0: _to_format_1, 1: _to_format_2}


def upgraded(content: Path) -> tuple[Texts, list[str], int]:
    """The files brought to CONTENT_FORMAT, what changed, and the format they were for."""
    path = content / ORGANISER_FILE
    texts: Texts = {path: read_content(path)}
    data = safe_load(named(path, texts[path])) or {}
    written = int(data.get("innehållsformat", 0)) if isinstance(data, dict) else 0
    done: list[str] = []
    for version in range(written, CONTENT_FORMAT):  # each step also states its format
        done += STEPS[version](content, texts)
    return texts, done, written


def run_upgrade(args: argparse.Namespace) -> int:
    content = folders.asked_content(args.path)
    if unusable := folders.unusable_content(content):  # not a trygg folder: as `trygg check`
        print(f"trygg: fel: {unusable}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if why := _unusable(content):
            raise _Refused(why)
        texts, done, written = upgraded(content)
        layout = docs_dir_change(content)
        if layout is not None and (why := layout_refusal(layout)):
            raise _Refused(why)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"{mark.name}:{mark.line + 1}:{mark.column + 1}" if mark else "en fil"
        why = f"{where}: filen kan inte läsas som YAML; kör trygg check för att se felet"
        return _refused(why)
    except (Unreadable, _Refused) as refused:
        return _refused(str(refused))
    if written > CONTENT_FORMAT:
        return _refused(f"innehållet har format {written}; uppgradera trygg")
    if layout is not None:
        apply_layout(layout)
        print("Skrev om projektet runt innehållet:", layout.told, sep="\n  ")
    if not done:
        print(f"Innehållet har redan format {CONTENT_FORMAT}; inget att skriva om.")
        return EXIT_OK
    for file, text in texts.items():  # every file read stays in the content (`_unusable`)
        if text != file.read_text(encoding="utf-8"):
            file.write_text(text, encoding="utf-8")
    print(f"Skrev om {args.path} till innehållsformat {CONTENT_FORMAT}:", *done, sep="\n  ")
    return EXIT_OK


class _Refused(Exception):
    """Why the command reads and writes nothing (Swedish)."""


def _refused(why: str) -> int:
    print(f"trygg: fel: {why}", file=sys.stderr)
    return EXIT_PROBLEMS


def _unusable(content: Path) -> str:
    """Why the content cannot be upgraded before anything is read; "" when it can."""
    if not (content / ORGANISER_FILE).is_file():
        return f"hittar inte {content / ORGANISER_FILE}; ange mappen med innehållet"
    if leaving := _linked_out(content):
        shown = "\n  ".join(leaving)
        return (
            f"filerna ligger utanför innehållet när symboliska länkar följs:\n  {shown}\n"
            "Ingenting lästes eller skrevs. Ersätt länkarna med filerna och kör kommandot igen."
        )
    return ""


def _linked_out(content: Path) -> list[str]:
    """The files the upgrade reads (huvudman.yml, each skola.yml and plan) that lie outside
    their folder once symbolic links are followed (`load.paths.refuse_leaving`)."""
    found = [(content / ORGANISER_FILE, content)]
    for school in sorted(p for p in (content / SCHOOLS).glob("*") if p.is_dir()):
        found.append((school, content))
        plans = sorted((school / "trygghetsplan").glob("*.yml"))
        found += [(path, school) for path in [school / "skola.yml", *plans]]
    leaving = []
    for path, folder in found:
        try:
            refuse_leaving(path, folder)
        except PathRefused:
            leaving.append(str(path))
    return leaving


def _add_upgrade(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "uppgradera",
        "skriv om innehåll för ett äldre innehållsformat",
        "Skriver om filerna i innehållet till det format den installerade trygg läser, och "
        "behåller kommentarer och uppställning. Pekar docs_dir i mkdocs.yml på innehållet "
        f"(som förr), blir det den tomma mappen {EMPTY_DOCS_DIR}/. Ändringarna står i "
        "CHANGELOG.md.",
        swedish.exit_codes(
            (0, "klart"),
            (1, "innehållet kan inte läsas eller är för en nyare trygg"),
            swedish.USAGE,
        ),
    )
    swedish.add_content_path(parser)
    parser.set_defaults(command=run_upgrade)


REGISTER = [_add_upgrade]
