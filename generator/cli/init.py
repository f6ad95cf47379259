"""`trygg init` and `trygg ny-skola`: a huvudman's own repo, and a school in it.

`init` writes a repo that checks, builds and previews at once: trygg's example made
the huvudman's (`cli.starter`), a short mkdocs.yml, CI files for GitHub and GitLab,
CODEOWNERS, editor settings and a README. It never overwrites a file, nor adds to a
content folder already there: when any is there it writes nothing and names them
(`cli.newfiles`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from generator.cli import folders, givennames, starter, swedish
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from generator.cli.firstplan import read_mapping
from generator.cli.installspec import NOT_KNOWN, UNKNOWN, install_spec, with_pdf
from generator.cli.newfiles import write_all
from generator.clock import reference_date
from generator.load.layout import EMPTY_DOCS_DIR
from generator.load.resources import schema_dir
from generator.load.schoolfolders import SCHOOL_ID
from generator.review.plaintext import md_text
from generator.text import STARTER_ORGANISER_NAME, STARTER_SCHOOL_NAMES

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

# Template file in generator/cli/templates -> where `init` writes it.
REPO_FILES = {
    "mkdocs.yml": "mkdocs.yml",
    "gitignore": ".gitignore",
    "CODEOWNERS": ".github/CODEOWNERS",
    "github-workflow.yml": ".github/workflows/trygg.yml",
    "gitlab-ci.yml": ".gitlab-ci.yml",
    "README.md": "README.md",
    "vscode-settings.json": ".vscode/settings.json",
    "vscode-extensions.json": ".vscode/extensions.json",
}


def own_school(skola: str) -> str:
    """What the closing lines say of a new school's skola.yml, still the example's (TP311)."""
    return (
        f"{skola} beskriver än så länge exemplets skola, med namn och e-postadresser till "
        "exemplets personal: skolans webbplats publiceras först när ni har skrivit in skolans "
        "egna uppgifter där det står FYLL I och tagit bort filens första rad."
    )


def own_pages(files: Iterable[str]) -> str:
    """What the closing lines say of a new school's own pages, still the example's (TP313);
    "" when it has none."""
    pages = sorted(path for path in files if "/sidor/" in path and path.endswith(".md"))
    if not pages:
        return ""
    words = ("egen sida", "den", "filen") if len(pages) == 1 else ("egna sidor", "dem", "filerna")
    pages_, them, files_ = words
    return (
        f"Skolans {pages_} ({', '.join(pages)}) är exemplets: skolans webbplats publiceras "
        f"först när ni har skrivit om {them} och tagit bort raden FYLL I överst, eller tagit "
        f"bort {files_}."
    )


FIRST_PLAN = (
    "Planen är ett utkast: webbplatsen visar den först när ni har skrivit in er egen "
    "kartläggning där det står FYLL I och rektor har beslutat den (status: beslutad och "
    "beslut med datum och rektor)."
)


def closing(skola: str, files: Iterable[str]) -> list[str]:
    """The closing lines of `init` and `ny-skola`: what keeps the new school back."""
    return [line for line in (own_school(skola), own_pages(files), FIRST_PLAN) if line]


def _template(name: str, values: dict[str, str]) -> str:
    text = (resources.files("generator.cli") / "templates" / name).read_text(encoding="utf-8")
    return Template(text).substitute(values)


def _repo_files(organiser: str, school_id: str, spec: str) -> dict[str, str | bytes]:
    """The files around the content, the organiser's name written as each file reads it."""
    values = {
        "huvudman": organiser,  # in a comment
        "huvudman_yaml": givennames.yaml_value(organiser),
        "huvudman_markdown": md_text(organiser),
        "skola": school_id,
        "installera": spec,
        "installera_pdf": with_pdf(spec),
    }
    files: dict[str, str | bytes] = {
        target: _template(source, values) for source, target in REPO_FILES.items()
    }
    # mkdocs.yml's docs_dir: empty, as git keeps no empty folder (`load.layout`).
    return files | {f"{EMPTY_DOCS_DIR}/.gitkeep": ""}


def _schema_files() -> dict[str, str | bytes]:
    return {f"schemas/{p.name}": p.read_bytes() for p in sorted(schema_dir().glob("*.json"))}


def run_init(args: argparse.Namespace) -> int:
    root, today = Path(args.mapp), reference_date()
    organiser = givennames.given("--huvudman", "huvudman", args.huvudman, STARTER_ORGANISER_NAME)
    school = givennames.given("--skolnamn", "skola", args.skolnamn, STARTER_SCHOOL_NAMES[0])
    if (code := givennames.refused(organiser, school)) != EXIT_OK:
        return code
    names = {"huvudman": organiser.value, "skola": school.value}
    given, years = givennames.typed(organiser, school), starter.years_to_shift(today)
    spec = args.installera or install_spec()
    files = _repo_files(organiser.value, args.skola, spec)
    files |= starter.organiser_files(names, years, given)
    template = starter.SCHOOL_TEMPLATES[args.mall]
    files |= starter.school_files(args.skola, names, years, today, template, given=given)
    files |= _schema_files()
    if (code := write_all(root, files, folders=["content"])) != EXIT_OK:
        return code
    print(f"Skapade ett trygg-förråd för {organiser.value} i {root}/ med skolan {args.skola}.")
    print("Nästa steg: mkdocs serve (förhandsvisning), trygg check, git init && git add .")
    print("Allt markerat FYLL I ska ni skriva om; trygg check visar var.")
    print(*closing(f"content/skolor/{args.skola}/skola.yml", files), sep="\n")
    if spec == UNKNOWN:
        print(NOT_KNOWN)
    return EXIT_OK


def run_new_school(args: argparse.Namespace) -> int:
    content = folders.asked_content(args.innehall)  # also from a folder inside the repo
    school = givennames.given("--namn", "skola", args.namn, STARTER_SCHOOL_NAMES[1])
    if (code := givennames.refused(school)) != EXIT_OK:
        return code
    if not (content / "huvudman.yml").is_file():  # not a trygg folder: as `trygg check`
        print(f"trygg: fel: {content}/huvudman.yml finns inte; kör trygg i "
              f"{folders.REPO_FOLDER}, ange --innehåll, eller skapa ett förråd med trygg init",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    if not isinstance(organiser := read_mapping(content / "huvudman.yml").get("namn"), str):
        print(f"trygg: fel: {content}/huvudman.yml går inte att läsa eller saknar namn; "
              "trygg check visar var", file=sys.stderr)  # fmt: skip
        return EXIT_PROBLEMS
    today = reference_date()
    names = {"huvudman": organiser, "skola": school.value}
    years, template = starter.years_to_shift(today), starter.SCHOOL_TEMPLATES[args.mall]
    files = starter.school_files(
        args.id, names, years, today, template, given=givennames.typed(school)
    )
    relative = {path.removeprefix("content/"): data for path, data in files.items()}
    if (code := write_all(content, relative, folders=[f"skolor/{args.id}"])) == EXIT_OK:
        print(f"Skapade skolan {school.value} i {content}/skolor/{args.id}/.")
        written = [f"{content}/{path}" for path in relative]
        print(*closing(f"{content}/skolor/{args.id}/skola.yml", written), sep="\n")
    return code


def _school_id(text: str) -> str:
    if not SCHOOL_ID.match(text):
        message = "använd små bokstäver a–z, siffror och bindestreck, t.ex. ekbackens-skola"
        raise argparse.ArgumentTypeError(message)
    return text


EXITS = swedish.exit_codes(
    (0, "klart"), (1, "en fil fanns redan (ingenting skrevs)"), (2, "fel i kommandoraden")
)


def _add_init(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "init",
        "skapa ett eget innehållsförråd för en huvudman",
        "Skriver content/ med en första skola, mkdocs.yml, CI-filer för GitHub och GitLab, "
        "CODEOWNERS, inställningar för VS Code och en README. Skriver aldrig över en fil.",
        EXITS,
    )
    parser.add_argument("mapp", nargs="?", default=".", metavar="MAPP",
                        help="mappen att skapa förrådet i (standard: den här)")  # fmt: skip
    parser.add_argument("--huvudman", metavar="NAMN",
                        help=f"huvudmannens namn (standard: {STARTER_ORGANISER_NAME})")  # fmt: skip
    parser.add_argument("--skola", default="min-skola", type=_school_id, metavar="ID",
                        help="första skolans id och mappnamn (standard: min-skola)")  # fmt: skip
    first_name = STARTER_SCHOOL_NAMES[0]
    parser.add_argument("--skolnamn", metavar="NAMN",
                        help=f"den första skolans namn (standard: {first_name})")  # fmt: skip
    _add_template(parser, "den första skolan")
    parser.add_argument("--installera", metavar="KRAV",
                        help="vad CI-filerna installerar med pip (standard: den här "
                        "trygg-versionen, från där den installerades)")  # fmt: skip
    parser.set_defaults(command=run_init)


def _add_new_school(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "ny-skola",
        "lägg till en skola i innehållet",
        "Skriver content/skolor/ID/ med skola.yml, årshjul, en första plan och egna sidor, "
        "som vid trygg init, utifrån en av trygg:s exempelskolor (--mall). Planen är ett "
        "utkast som inte publiceras förrän rektor har beslutat den. Skriver aldrig över en fil.",
        swedish.exit_codes(
            (0, "klart"), (1, "en fil fanns redan (ingenting skrevs)"), swedish.USAGE
        ),
    )
    parser.add_argument("id", type=_school_id, metavar="ID", help="skolans id och mappnamn")
    parser.add_argument("--namn", metavar="NAMN",
                        help=f"skolans namn (standard: {STARTER_SCHOOL_NAMES[1]})")  # fmt: skip
    _add_template(parser, "skolan")
    parser.add_argument("--innehåll", "--innehall", dest="innehall", default="content",
                        metavar="SÖKVÄG",
                        help="mappen med innehållet (standard: content)")  # fmt: skip
    parser.set_defaults(command=run_new_school)


def _add_template(parser: argparse.ArgumentParser, school: str) -> None:
    choices = list(starter.SCHOOL_TEMPLATES)
    parser.add_argument(
        "--mall",
        type=lambda written: written.lower().replace("forskola", "förskola"),
        choices=choices,
        default=choices[0],
        metavar="MALL",
        help=f"vilken av trygg:s exempelskolor {school} utgår från: f-6 (förskoleklass, "
        "grundskola åk 1–6 och fritidshem), f-9 (förskoleklass, grundskola åk 1–9 och "
        "fritidshem), 7-9 (grundskola och anpassad grundskola åk 7–9) eller förskola "
        "(standard: f-6)",
    )


REGISTER = [_add_init, _add_new_school]
