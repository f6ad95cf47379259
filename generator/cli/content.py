"""The commands that read content and need no MkDocs: check and export (granska:
`cli.review`)."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator import CACHE
from generator.cli import folders, swedish
from generator.cli.cisafe import as_shown, ci_text
from generator.cli.exits import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, exit_code
from generator.load.layout import content_folder
from generator.problems import Problem, Report

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def run_check(args: argparse.Namespace) -> int:
    # Each command imports its machinery only when it runs (`trygg build` starts sooner).
    from generator.check.run import check_content  # noqa: PLC0415
    from generator.check.siteconfig import config_problems  # noqa: PLC0415
    from generator.check.student import format_lix_summary  # noqa: PLC0415
    from generator.cli.schemas import schemas_differ  # noqa: PLC0415

    content = folders.asked_content(args.path)
    unusable = folders.unusable_content(content)
    if unusable:
        print(f"trygg: fel: {unusable}", file=sys.stderr)
        return EXIT_USAGE
    if schemas_differ(content):
        print("trygg: schemas/ i förrådet är från en annan trygg-version än den installerade; "
              "kör trygg uppdatera-scheman", file=sys.stderr)  # fmt: skip
    # Beside the content folder, also for `trygg check .` inside it (`Path(".").parent` is ".").
    cache = None if args.ingen_cache else Path(args.cache or content.resolve().parent / CACHE)
    from generator.build.cacheroot import cache_to_use  # noqa: PLC0415
    from generator.build.guard import cache_problem, mark_cache  # noqa: PLC0415

    if cache is not None and (why := cache_problem(cache, content.resolve().parent)):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    cache = cache_to_use(cache, content.resolve().parent)  # never a link, nor another's
    mark_cache(cache)
    checked = check_content(content, only=args.skola or (), cache_dir=cache, jobs=args.jobs)
    mark_cache(cache)
    # What `trygg build` would refuse in mkdocs.yml before any site, told with the content's.
    told = Report([*checked.report.problems, *config_problems(checked.root)])
    if args.format != "text":
        print(_machine_readable(args.format, told))
    else:
        report = _from_here(told, checked.root)
        print(report.format_text(as_shown(report)))
        if checked.organiser is not None and checked.valid:
            profile = checked.organiser.rule_profile
            if readability := format_lix_summary(checked.lix_rows, profile):
                print(f"\n{ci_text(readability, report)}")
    return exit_code(told, args.strict)


def _from_here(report: Report, root: Path) -> Report:
    """The report with each path as it opens from the folder the command was run in;
    machine formats keep paths from the repo's root."""
    here = Path.cwd().resolve()
    if root.resolve() == here:
        return report
    return Report([_moved(problem, root, here) for problem in report])


def _moved(problem: Problem, root: Path, here: Path) -> Problem:
    if not problem.location.file:
        return problem
    file = os.path.relpath(root / problem.location.file, here)
    return dataclasses.replace(problem, location=dataclasses.replace(problem.location, file=file))


FORMATS = ["text", "json", "sarif", "gitlab", "github"]
CHECK_EPILOG = (
    """\
format:
  text    en rad per problem med fil:rad:kolumn (en fils FYLL I efter de tre
          första på en rad), och en sammanfattning
  json    alla problem som JSON
  sarif   SARIF 2.1.0, för kodgranskning (code scanning) i GitHub och GitLab
  gitlab  en Code Quality-rapport som GitLab visar i sammanslagningsbegäran
  github  kommandon som GitHub Actions visar som anteckningar vid raderna
  Sökvägarna i text utgår från mappen du står i, så att de går att öppna; i de
  andra formaten från mappen som innehåller SÖKVÄG, oftast git-förrådets rot.

"""
    + swedish.environment(swedish.FIXED_DAY)
    + "\n\n"
    + swedish.STRICT_EXITS
)


def _machine_readable(name: str, report: Report) -> str:
    """The report for a program to read; each format's module loads only when it is asked for.
    Paths in every format are relative to the folder that holds content/."""
    if name == "sarif":
        from generator.cli.sarif import format_sarif  # noqa: PLC0415 (only when asked for)

        return format_sarif(report)
    if name == "gitlab":
        from generator.cli.gitlab import format_gitlab  # noqa: PLC0415

        return format_gitlab(report)
    if name == "github":
        from generator.cli.github import format_github  # noqa: PLC0415

        return format_github(report)
    return report.format_json()


def _add_check(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "check",
        "kontrollera innehållet och visa alla problem",
        "Läser allt innehåll, validerar det och visar varje problem med fil:rad:kolumn.",
    )
    swedish.add_content_path(parser)
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="utdataformat, se nedan (standard: text)")  # fmt: skip
    parser.add_argument("--strict", action="store_true",
                        help="låt även varningar ge felkod 1")  # fmt: skip
    swedish.add_school_filter(parser, "kontrollera")
    swedish.add_jobs(parser)
    parser.add_argument("--cache", metavar="MAPP",
                        help=f"sparade resultat för oförändrade skolor (standard: {CACHE} "
                        "bredvid SÖKVÄG)")  # fmt: skip
    parser.add_argument("--ingen-cache", action="store_true",
                        help="kontrollera allt, utan att läsa eller spara cachen")  # fmt: skip
    parser.epilog = CHECK_EPILOG
    parser.set_defaults(command=run_check)


def run_export(args: argparse.Namespace) -> int:
    from generator.build.export import export_sites  # noqa: PLC0415 (only this command needs it)
    from generator.build.guard import export_output_problem  # noqa: PLC0415
    from generator.cli.buildrefusals import settings_problem  # noqa: PLC0415

    config_file = Path(args.config)
    if not config_file.is_file():
        why = folders.missing_config(config_file)
    else:  # as `trygg build` asks: what MkDocs makes of mkdocs.yml, before any page
        from generator.site.configwords import config_problem  # noqa: PLC0415 (MkDocs)

        why = (
            settings_problem(config_file)
            or export_output_problem(args.out, config_file)
            or config_problem(config_file)
        )
    if why:
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    if why := folders.absent_schools(content_folder(config_file.parent), args.skola):
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    exported = export_sites(config_file, Path(args.out), args.skola or ())
    print(exported.report.format_text(as_shown(exported.report)))
    if exported.written:
        print(
            f"Exporterade {', '.join(exported.written)} till {args.out}/<skola>/. Varje mapp "
            "byggs för sig, utan trygg; överst i mappens mkdocs.yml står hur."
        )
    if exported.withheld:
        print(f"Exporterades inte, fel i sina filer (se ovan): {', '.join(exported.withheld)}.",
              file=sys.stderr)  # fmt: skip
    elif not exported.written:
        print("Inget exporterades; rätta felen ovan.", file=sys.stderr)
    return EXIT_PROBLEMS if exported.report.has_errors else EXIT_OK


def _add_export(commands: Commands) -> None:
    parser = swedish.add_command(
        commands,
        "export",
        "skriv varje skolas webbplats som en mapp som byggs utan trygg",
        "Skriver varje skola till en egen mapp UT/<id>/: sidorna med diagrammen inritade "
        "som SVG, bilderna (docs/), trygg-temats mallar och stilar (overrides/) och en "
        "fullständig mkdocs.yml. Mappen hänvisar inte till trygg eller till något utanför "
        "sig själv, så den kan flyttas och byggas med enbart MkDocs och Material "
        "(mkdocs build), med ProperDocs eller med Zensical.",
    )
    parser.add_argument("out", metavar="UT", help="mappen att skriva till")
    swedish.add_school_filter(parser, "exportera")
    swedish.add_config(parser)
    parser.set_defaults(command=run_export)


REGISTER: list[Callable[[Commands], None]] = [_add_check, _add_export]
