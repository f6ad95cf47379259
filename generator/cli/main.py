"""The `trygg` command: parse arguments, call the pipeline, map the outcome to an exit code.

Exit codes: 0 when clean, 1 when content has errors (or warnings with --strict),
2 on usage errors, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence

from generator import __version__
from generator.cli import build, content, init, newperiod, preview, review, schemas, upgrade
from generator.cli import swedish as cli_swedish
from generator.cli.exits import EXIT_INTERRUPTED, EXIT_PROBLEMS, EXIT_USAGE
from generator.cli.streams import forgive_gone_readers
from generator.load.epoch import epoch_problem, forget_empty_epoch
from generator.problems import BuildFailed, os_reason
from generator.text import closest

Command = Callable[[argparse.Namespace], int]


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="trygg",
        description=(
            "trygg publicerar skolors trygghetsplaner och årshjul som tillgängliga webbplatser."
        ),
        add_help=False,
    )
    cli_swedish.add_help(root)
    root.add_argument(
        "--version",
        action="version",
        version=f"trygg {__version__}",
        help="visa versionen av trygg och avsluta",
    )
    commands = root.add_subparsers(title="kommandon", metavar="KOMMANDO", dest="name")
    # In the order a huvudman meets them: set up, check, preview, publish, review, then the
    # yearly and occasional ones.
    check, export = content.REGISTER
    for register in [
        *init.REGISTER,
        check,
        *preview.REGISTER,
        *build.REGISTER,
        *review.REGISTER,
        *newperiod.REGISTER,
        export,
        *upgrade.REGISTER,
        *schemas.REGISTER,
    ]:
        register(commands)
    return root


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; an unknown flag is reported with its own command's usage."""
    root = parser()
    commands = next(a for a in root._actions if isinstance(a, argparse._SubParsersAction))
    names = {name: command.prog.split()[-1] for name, command in commands.choices.items()}
    if why := unknown_command(sys.argv[1:] if argv is None else argv, names):
        root.error(why)
    args, unknown = root.parse_known_args(argv)
    if unknown:
        owner = commands.choices.get(args.name or "", root)
        owner.error(f"okända argument: {' '.join(unknown)}")
    return args


def unknown_command(argv: Sequence[str], commands: dict[str, str]) -> str:
    """Why the command asked for is none of `commands` (each command's name and aliases,
    to the command's name), with the nearest as a suggestion (`trygg bulid`: build); ""
    when it is one, or none was asked."""
    names = list(commands)
    asked = next((word for word in argv if not word.startswith("-")), None)
    if asked is None or asked in names:
        return ""
    if near := closest(asked.lower(), names):
        return f"okänt kommando '{asked}'. Menade du: trygg {near}?"
    listed = ", ".join(dict.fromkeys(commands.values()))  # each once, by its own name
    return f"okänt kommando '{asked}'; kommandona är {listed} (se trygg --help)"


class Stopped(KeyboardInterrupt):
    """SIGTERM (a CI cancelling its job): the command stops as after Ctrl-C, removing what
    it had begun and ending its helpers, instead of dying with them still running."""


def _stop(_signal: int, _frame: object) -> None:
    raise Stopped


def main(argv: Sequence[str] | None = None) -> None:
    cli_swedish.install()
    if argv is None:  # the `trygg` command: a short-lived process, whose objects mostly
        gc.disable()  # live to its end; collecting them again and again only costs time
        forgive_gone_readers()  # `trygg build | head`: the exit code stays the build's
        signal.signal(signal.SIGTERM, _stop)
    try:
        args = parse(argv)
        command: Command | None = getattr(args, "command", None)
        if command is None:
            parser().print_help()
            sys.exit(EXIT_USAGE)
        sys.exit(_run(command, args))
    except KeyboardInterrupt:  # while the arguments are read, before a command runs
        print("trygg: avbrutet. Tidigare utdata är orörd.", file=sys.stderr)
        if argv is None:
            _exit_now(SystemExit(EXIT_INTERRUPTED))
        raise SystemExit(EXIT_INTERRUPTED) from None
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
    _end_workers()
    os._exit(code)


def _end_workers() -> None:
    """End the worker processes still there. A pool told to stop without waiting (so that
    its workers end while the build writes its cache) stops them from a thread of this
    process, which `os._exit` ends too: a worker not yet told would wait for work forever,
    holding the command's stdout open (a CI log piped on would never end)."""
    processes = sys.modules.get("multiprocessing.process")
    for child in processes.active_children() if processes is not None else ():
        child.kill()  # a helper ignores SIGTERM (`check.forking.live_as_helper`)


def _run(command: Command, args: argparse.Namespace) -> int:
    """Run a command; failures outside the content become one Swedish line, not a traceback."""
    forget_empty_epoch()
    if why := epoch_problem():  # every command reckons from "today"
        print(f"trygg: fel: {why}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return command(args)
    except BuildFailed as failed:
        print(f"trygg: fel: {failed}", file=sys.stderr)
        print("Inget publicerades; tidigare utdata är orörd.", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("trygg: avbrutet. Tidigare utdata är orörd.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        reason = os_reason(error)
        print(f"trygg: fel: {reason}{where}", file=sys.stderr)
        return EXIT_PROBLEMS
