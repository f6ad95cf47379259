"""The `trygg` command: parse arguments, call the pipeline, map the outcome to an exit code.

Exit codes: 0 when clean, 1 when content has errors (or warnings with --strict),
2 on usage errors.
"""

from __future__ import annotations

import argparse
import errno
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from generator import CACHE
from generator.cli import swedish as cli_swedish
from generator.clock import reference_date
from generator.problems import Report, Severity

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
Command = Callable[[argparse.Namespace], int]


def _exit_code(report: Report, strict: bool) -> int:
    if report.has_errors or (strict and report.count(Severity.WARNING)):
        return EXIT_PROBLEMS
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    # Each command imports its machinery only when it runs (`trygg build` starts sooner).
    from generator.check.run import check_content  # noqa: PLC0415
    from generator.check.student import format_lix_summary  # noqa: PLC0415

    content = Path(args.path)
    cache = None if args.ingen_cache else Path(args.cache or content.parent / CACHE)
    checked = check_content(content, only=args.skola or (), cache_dir=cache, jobs=max(1, args.jobs))
    if args.format == "json":
        print(checked.report.format_json())
    elif args.format == "sarif":
        from generator.cli.sarif import format_sarif  # noqa: PLC0415 (only this format needs it)

        print(format_sarif(checked.report))
    else:
        print(checked.report.format_text())
        if checked.organiser is not None and checked.valid:
            profile = checked.organiser.rule_profile
            if readability := format_lix_summary(checked.lix_rows, profile):
                print(f"\n{readability}")
    return _exit_code(checked.report, args.strict)


def _add_check(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = cli_swedish.add_command(
        commands,
        "check",
        "kontrollera innehållet och visa alla problem",
        "Läser allt innehåll, validerar det och visar varje problem med fil:rad:kolumn.",
    )
    parser.add_argument("path", nargs="?", default="content", metavar="SÖKVÄG",
                        help="mappen med innehållet (standard: content)")  # fmt: skip
    parser.add_argument("--format", choices=["text", "json", "sarif"], default="text",
                        help="utdataformat (standard: text)")  # fmt: skip
    parser.add_argument("--strict", action="store_true",
                        help="låt även varningar ge felkod 1")  # fmt: skip
    cli_swedish.add_school_filter(parser, "kontrollera")
    cli_swedish.add_jobs(parser)
    parser.add_argument("--cache", metavar="MAPP",
                        help=f"sparade resultat för oförändrade skolor (standard: {CACHE} "
                        "bredvid SÖKVÄG)")  # fmt: skip
    parser.add_argument("--ingen-cache", action="store_true",
                        help="kontrollera allt, utan att läsa eller spara cachen")  # fmt: skip
    parser.set_defaults(command=run_check)


def run_granska(args: argparse.Namespace) -> int:
    from generator.check.run import check_content  # noqa: PLC0415 (only when a command runs)
    from generator.review.model import build_review  # noqa: PLC0415 (only this command)
    from generator.review.render import render_review_markdown  # noqa: PLC0415

    checked = check_content(Path(args.path), only=args.skola or ())
    if not checked.valid or checked.organiser is None:
        print(checked.report.format_text(), file=sys.stderr)
        print("Granskningen kräver att innehållet går att läsa. Rätta felen ovan.", file=sys.stderr)
        return EXIT_PROBLEMS
    summaries = [s.summary for s in checked.schools if s.summary is not None]
    review = build_review(checked.organiser.name, summaries, checked.report, reference_date())
    page = render_review_markdown(review)
    if args.out:
        Path(args.out).write_text(page, encoding="utf-8")
        print(f"Skrev granskningen till {args.out}.", file=sys.stderr)
    else:
        sys.stdout.write(page)
    return EXIT_OK


def _add_granska(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = cli_swedish.add_command(
        commands,
        "granska",
        "skriv centrala enhetens granskning av alla planer",
        "Kontrollerar alla enheters planer och skriver granskningen som Markdown: "
        "status, regelresultat, diskrimineringsgrunder och ändrade åtgärder per enhet.",
    )
    parser.add_argument("path", nargs="?", default="content", metavar="SÖKVÄG",
                        help="mappen med innehållet (standard: content)")  # fmt: skip
    parser.add_argument("--out", metavar="FIL",
                        help="skriv sidan till FIL (standard: skärmen)")  # fmt: skip
    cli_swedish.add_school_filter(parser, "granska")
    parser.set_defaults(command=run_granska)


def run_export(args: argparse.Namespace) -> int:
    from generator.build.export import export_sites  # noqa: PLC0415 (only this command needs it)

    report = export_sites(Path(args.config), Path(args.out), args.skola or ())
    print(report.format_text())
    if report.has_errors:
        return EXIT_PROBLEMS
    print(f"Exporterade sidorna till {args.out}/<skola>/docs/ med en mkdocs.yml per skola.")
    return EXIT_OK


def _add_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = cli_swedish.add_command(
        commands,
        "export",
        "skriv de genererade sidorna som vanliga Markdown-filer",
        "Skriver varje skolas sidor till UT/<id>/docs/ och en mkdocs.yml utan trygg-pluginen, "
        "så att de kan byggas med MkDocs, ProperDocs eller Zensical.",
    )
    parser.add_argument("out", metavar="UT", help="mappen att skriva till")
    cli_swedish.add_school_filter(parser, "exportera")
    parser.add_argument("--config", default="mkdocs.yml", metavar="FIL",
                        help="projektets MkDocs-konfiguration (standard: mkdocs.yml)")  # fmt: skip
    parser.set_defaults(command=run_export)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="trygg",
        description=(
            "trygg publicerar skolors trygghetsplaner och årshjul som tillgängliga webbplatser."
        ),
        add_help=False,
    )
    cli_swedish.add_help(root)
    commands = root.add_subparsers(title="kommandon", metavar="KOMMANDO", dest="name")
    _add_check(commands)
    _add_export(commands)
    _add_granska(commands)
    for register in _extra_commands():
        register(commands)
    return root


def _extra_commands() -> list[
    Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]
]:
    from generator.cli import build as cli_site  # noqa: PLC0415 (keeps `trygg check` free of MkDocs imports)

    return cli_site.REGISTER


def main(argv: Sequence[str] | None = None) -> None:
    cli_swedish.install()
    if argv is None:  # the `trygg` command: a short-lived process, whose objects mostly
        gc.disable()  # live to its end; collecting them again and again only costs time
    try:
        args = parser().parse_args(argv)
        command: Command | None = getattr(args, "command", None)
        if command is None:
            parser().print_help()
            sys.exit(EXIT_USAGE)
        sys.exit(_run(command, args))
    except SystemExit as done:
        if argv is None:  # the `trygg` command itself, not a caller in Python
            _exit_now(done)
        raise


def _exit_now(done: SystemExit) -> None:
    """Exit without tearing the interpreter down: after a build of 300 schools that final
    collection of every object takes a tenth of a second, and nothing is left to do."""
    code = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
    if isinstance(done.code, str):
        print(done.code, file=sys.stderr)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


_OS_ERRORS = {
    errno.ENOENT: "filen eller mappen finns inte",
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "filsystemet är skrivskyddat",
    errno.EISDIR: "det är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är inte en mapp",
}


def _run(command: Command, args: argparse.Namespace) -> int:
    """Run a command; failures outside the content become one Swedish line, not a traceback."""
    try:
        return command(args)
    except BrokenPipeError:
        # The reader (e.g. `| head`) has gone; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print("trygg: avbrutet. Tidigare utdata är orörd.", file=sys.stderr)
        return 130
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        reason = _OS_ERRORS.get(error.errno or 0, error.strerror or str(error))
        print(f"trygg: fel: {reason}{where}", file=sys.stderr)
        return EXIT_PROBLEMS
